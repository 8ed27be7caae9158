// run

package main

import "fmt"


type Inner struct{ A, B int }
type Outer struct {
	Inner
	C  []int
	M  map[string]*Inner
	P  *Inner
	F  func()
	I  interface{}
	E  error
	Ch chan int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pair struct {
	K string
	V Temp
}

type List struct {
	Val  int
	Next *List
}

func main() {
	o := Outer{Inner: Inner{1, 2}, C: []int{3}, M: map[string]*Inner{"x": nil}, I: 5}
	fmt.Printf("%v\n", o.Inner)
	fmt.Printf("%+v\n", o.Inner)
	fmt.Printf("%v %+v\n", o.C, o.M)
	fmt.Printf("%v %d\n", o.I, o.I)
	fmt.Printf("%v %+v\n", o.E, o.P)
	fmt.Println(Temp(21.55), []Temp{1, 2}, map[string]Temp{"a": 3})
	fmt.Printf("%v %+v\n", Pair{"k", 20}, []Pair{{"a", 1}})
	fmt.Printf("%#v\n", Pair{"k", 20})
	fmt.Printf("%#v\n", Inner{})
	fmt.Printf("%#v %#v %#v\n", "s", 42, 3.0)
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, true})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v\n", &Inner{1, 2})
	fmt.Printf("%v\n", &Inner{1, 2})
	fmt.Printf("%+v\n", &List{1, nil})
	fmt.Printf("%v\n", struct {
		a *int
		b []string
	}{nil, nil})
	fmt.Printf("%T %T %T %T %T\n", o, &o, o.M, o.F, 'x')
	fmt.Printf("%T %T %T\n", nil, []interface{}{1}, struct{ X int }{})
	fmt.Printf("[%5s][%-5s][%.2s][%5.1s]\n", "abc", "abc", "abc", "abc")
	fmt.Printf("[%5d][%-5d][%05d][%x][%X][%#X]\n", 42, 42, -42, -255, 3054, 3054)
	fmt.Printf("[%8.3f][%-8.2f][%+.1e][%g][%g][%g]\n", 3.14159, 2.5, 12345.678, 0.1, 1e-5, 123456789.0)
	fmt.Printf("[%v][%v][%v][%v]\n", 1e6, 1e-4, float32(1.1), 2.0/3)
	fmt.Printf("[%t][%v][%08b][%o][%O]\n", false, 'a', 5, 64, 64)
	fmt.Printf("[%c][%q][%U][%#U]\n", 65, 'x', 0x1F600, 'A')
	fmt.Printf("[%x][% X][%#x]\n", "hello", []byte{1, 171}, "hi")
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("%v %v\n", int8(-5), uint64(18446744073709551615))
	fmt.Printf("%s %v\n", []string{"a", "b"}, [][]int{{1}, {2, 3}})
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%v %v\n", complex(1, -2), complex64(3))
	fmt.Printf("%.2f %8.3v|\n", 1+2i, 3.14159)
	var e error
	var ip *int
	fmt.Println(e, ip, o.F == nil, o.Ch, []int(nil), map[int]int(nil))
	fmt.Printf("%d %v\n", []int(nil), map[string]int{})
	fmt.Println(fmt.Sprintf("%3c|%-4q|%x", 'z', 'y', 'é'))
	fmt.Printf("%v|%s|%d\n", Temp(5), Temp(5), Inner{3, 4})
	fmt.Printf("%5t|%-7v|%3v\n", true, nil, []int{1})
	fmt.Printf("%.3s|%.0f|%.0f|%.0f\n", "日本語日本語", 0.5, 1.5, 2.5)
	fmt.Printf("%e %E %.3g %10.4g|\n", 0.0, 1e10, 1234567.0, 0.000012345)
	fmt.Printf("%v %v %v\n", 1e20, 1e21, 123456789012.0)
	fmt.Printf("%x %X\n", 3.5, -1.25)
	fmt.Printf("%+q %#q %#q\n", "héllo", "back`tick", "plain")
	fmt.Printf("%08.3f|%-08.3f|%+08d\n", -3.14159, 2.5, 42)
}
