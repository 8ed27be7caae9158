// run

package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := [3]int(s)
	a[0] = 100
	fmt.Println(a, s)
	p := (*[2]int)(s)
	p[1] = 200
	fmt.Println(*p, s)
	var e [0]int = [0]int(s[:0])
	fmt.Println(e, len(e))
	b := [4]int(s)
	fmt.Println(b)
}
