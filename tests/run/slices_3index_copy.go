// run

package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := base[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(base)
	s = append(s, 101)
	fmt.Println(base[7], len(s), cap(s))
	s = append(s, 102)
	s[0] = -1
	fmt.Println(base[2], s, cap(s))
	t := base[:0:0]
	t = append(t, 1)
	fmt.Println(base[0], t)
	arr := [5]string{"a", "b", "c", "d", "e"}
	as := arr[1:3:4]
	fmt.Println(as, cap(as))
	// copy with overlap
	c := []int{1, 2, 3, 4, 5, 6}
	n := copy(c[2:], c)
	fmt.Println(n, c)
	c = []int{1, 2, 3, 4, 5, 6}
	n = copy(c, c[2:])
	fmt.Println(n, c)
	bs := make([]byte, 5)
	n = copy(bs, "hello world")
	fmt.Println(n, string(bs))
	n = copy(bs[3:], "XY")
	fmt.Println(n, string(bs))
	var empty []int
	fmt.Println(copy(empty, c), copy(c, empty))
	clear(c)
	fmt.Println(c, len(c))
	strs := []string{"x", "y"}
	clear(strs)
	fmt.Printf("%q\n", strs)
	ss := s[1:2]
	fmt.Println(len(ss), cap(ss), ss[:cap(ss)])
	str := "hello"
	fmt.Println(str[1:3], str[:0] == "", str[5:])
}
