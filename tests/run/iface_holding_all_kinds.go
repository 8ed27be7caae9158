// run

package main

import "fmt"

type Small struct{ A byte }
type Big struct{ A, B, C, D int64 }
type PtrOnly struct{ p *int }
type Arr1 [1]*int
type Empty struct{}
type MyFunc func() int
type MySlice []string
type MyBool bool

func describe(v any) string {
	return fmt.Sprintf("%T=%v", v, v)
}

func main() {
	x := 5
	vals := []any{
		int8(-1), uint16(65535), int32(-7), uint64(1 << 63), uintptr(10),
		float32(1.25), 2.5, "str", true, MyBool(false), 'r', byte('b'),
		Small{7}, Big{1, 2, 3, 4}, Empty{}, [3]int{1, 2, 3}, [0]int{},
		MySlice{"a", "b"}, []byte("hi"), Arr1{nil}, PtrOnly{nil},
		[2]Small{{1}, {2}}, struct{ X, Y int }{1, 2},
	}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var p any = &x
	*(p.(*int)) = 6
	fmt.Println(x, p == any(&x))
	var f any = MyFunc(func() int { return 9 })
	fmt.Println(f.(MyFunc)())
	var e1, e2 any = Empty{}, Empty{}
	fmt.Println(e1 == e2, any(Small{1}) == any(Small{1}), any(Big{1, 2, 3, 4}) == any(Big{1, 2, 3, 5}))
	fmt.Println(any([2]Small{{1}, {2}}) == any([2]Small{{1}, {2}}), any(int32(1)) == any(int64(1)))
	var n1 any
	var n2 error
	fmt.Println(n1 == nil, n2 == nil, n1 == any(n2))
	var pnil *int
	var ip any = pnil
	fmt.Println(ip == nil, ip.(*int) == nil)
}
