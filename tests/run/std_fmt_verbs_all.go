// run

package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Pos   *Point
	Attrs map[string]int
	Inner struct {
		A bool
		B float64
	}
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	prec, ok := f.Precision()
	if !ok {
		prec = 1
	}
	w, wok := f.Width()
	s := fmt.Sprintf("%.*f°C", prec, float64(t))
	if wok {
		for len([]rune(s)) < w {
			if f.Flag('-') {
				s += " "
			} else {
				s = " " + s
			}
		}
	}
	fmt.Fprint(f, s)
}

type Secret string

func (Secret) GoString() string { return "Secret(***)" }

func main() {
	ints := []int{0, 7, -7, 255, 1 << 20}
	for _, n := range ints {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%O|%b|%c|%q|%U|%#U|\n",
			n, n, n, n, n, n, n, n, n, n, n, n, n%128+65, n%128+65, n, n%200+65)
	}
	floats := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e-7, 123456.789}
	for _, f := range floats {
		fmt.Printf("|%f|%.2f|%8.3f|%-10.1f|%e|%E|%g|%G|%.3g|%+.1e|%x|\n", f, f, f, f, f, f, f, f, f, f, f)
	}
	strs := []string{"", "hi", "héllo", "tab\there", `q"uote`}
	for _, s := range strs {
		fmt.Printf("|%s|%10s|%-10s|%.2s|%q|%+q|%#q|%x|% x|%X|\n", s, s, s, s, s, s, s, s, s, s)
	}
	bs := []byte("go!")
	fmt.Printf("%v %s %x %X %q %d\n", bs, bs, bs, bs, bs, bs)
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	p := Point{3, -4}
	pp := &p
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", pp, pp, pp)
	n := Named{Name: "n1", Tags: []string{"a", "b"}, Pos: nil, Attrs: map[string]int{"z": 26, "a": 1, "m": 13}}
	n.Inner.A = true
	n.Inner.B = 2.5
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", n)
	fmt.Printf("%v %d %s %x %q\n", Blue, Blue, Green, Red, Color(9))
	fmt.Printf("%v|%6.2v|%-9v|%.0v\n", Temp(21.456), Temp(21.456), Temp(3), Temp(-4.5))
	fmt.Printf("%v %#v %s\n", Secret("pw"), Secret("pw"), Secret("pw"))
	fmt.Printf("%v %v\n", []any{1, "a", nil, 2.5, Red}, map[Color][]int{Blue: {1}, Red: {2, 3}})
	fmt.Printf("%v %+v\n", []*Point{pp, nil}[1], [2]Point{{1, 2}, {3, 4}})
	fmt.Printf("%6.2f%%|%-8q|%08.3f|%+08d|% d|% d\n", 99.5, 'x', -3.14159, 42, 42, -42)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 12, 6, 12, 3, 2.0/3)
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%v %v\n", errors.New("boom"), fmt.Errorf("wrap: %w", os.ErrNotExist))
	var ip *int
	var e error
	fmt.Printf("%v %v %d\n", ip, e, []int(nil))
	fmt.Printf("%x %X\n", "hello", []string{"ab", "cd"})
	fmt.Printf("%8.3s|%-8.3s|\n", "abcdef", "abcdef")
	fmt.Printf("%c%c%c %q\n", 0x4e16, 0x754c, '!', []rune("hé"))
	fmt.Printf("%t\n", 1)
	fmt.Printf("%v %v %v\n", int8(-128), uint64(18446744073709551615), uintptr(0))
	fmt.Printf("%.3e %.0f %.0f %.0f\n", 123456.0, 0.5, 1.5, 2.5)
	fmt.Printf("%g %g %g %g\n", 1e6, 1e20, 1e21, 1e-4)
	fmt.Printf("%v %v\n", float32(0.1), float64(float32(0.1)))
	fmt.Printf("%6.1f|%-7.2e|\n", float32(2.25), float32(1234.5))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, []int{1}))
	fmt.Println(fmt.Sprintln("x", 1), len(fmt.Sprintln()))
	fmt.Printf("%08b %016b\n", uint8(5), int16(-1)&0x7fff)
	fmt.Printf("%#v %#v %#v %#v\n", []int{1}, map[string]bool{"k": true}, "s", 1.0)
	fmt.Printf("%#v %#v\n", []any{nil, 1}, struct{ A *int }{})
	fmt.Printf("%p\n", nil)
	type inner struct{ V []int }
	type outer struct {
		I  inner
		P  *inner
		M  map[int]inner
		IS []inner
	}
	o := outer{I: inner{[]int{1, 2}}, P: &inner{[]int{3}}, M: map[int]inner{2: {nil}, 1: {[]int{9}}}, IS: []inner{{}, {[]int{0}}}}
	fmt.Printf("%v\n%+v\n", o.I, o.M)
	fmt.Printf("%v %+v\n", o.IS, *o.P)
}
