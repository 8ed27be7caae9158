// Differential test: fmt verbs, flags, widths and precisions on basic
// kinds, slices, pointers, interfaces, errors and Stringers.
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
)

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type G int

func (g G) GoString() string { return "G!" }

type F int

func (f F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F[%c %d %v %d %v %v%v%v%v%v]", verb, w, wok, p, pok, s.Flag('-'), s.Flag('+'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
	s.Write([]byte(fmt.FormatString(s, verb)))
}

type myInt int
type myStrs []string

func main() {
	ints := []any{0, 1, -1, 42, -42, int8(-128), int16(300), int32(-70000), int64(math.MinInt64), uint(7), uint8(255), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0xdead), myInt(5), 'x', 0x1F600}
	floats := []any{0.0, math.Copysign(0, -1), 1.0, -1.5, 0.1, 0.1 + 0.2, 1e21, 1e20, 1e-7, 1e-5, 123456.789, math.Inf(1), math.Inf(-1), math.NaN(), float32(0.1), float32(1e10), float32(-3.25), 1e100, 5e-324, 100.0, 2.5e6}
	strs := []any{"", "hello", "héllo, 世界", "a\tb\n\"q\"", "\xff", []byte("bytes"), []byte(nil), S("str"), myStrs{"a", "b"}}
	verbs := []string{"%v", "%+v", "%#v", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%X", "%#X", "%o", "%#o", "%O", "%b", "%#b", "%c", "%q", "%#q", "%+q", "%U", "%#U", "%e", "%E", "%f", "%F", "%g", "%G", "%.2f", "%8.3f", "%-8.3f|", "%08.3f", "%+.3e", "%#g", "%#.3g", "%.0f", "%#.0f", "%.3g", "%10.4g", "%x", "%X", "%#x", "%s", "%10s", "%-10s|", "%.2s", "%.0s", "%q", "%x", "% x", "%# x", "%#X", "%t", "%p", "%T", "%010d", "%-010d", "%+010.3f", "% 8.2e", "%.10v", "%6.2v", "%#.4x", "%.3x", "%b", "%.0d", "%5.0d|"}
	all := append(append(append([]any{}, ints...), floats...), strs...)
	all = append(all, true, false, nil, complex(1, -2), complex64(complex(0.5, 3)), G(3), F(9), &E{"boom"}, errors.New("plain"), S("x"))
	for _, v := range verbs {
		for _, a := range all {
			if v == "%p" {
				continue
			}
			fmt.Printf(v+"\n", a)
		}
	}
	fmt.Println(ints...)
	fmt.Println(floats...)
	fmt.Println(strs...)
	fmt.Print(1, 2, "a", 3, "b", "c", 4.5, nil, true, "\n")
	fmt.Print("x", 1, 2, "\n")
	s := fmt.Sprint("a", 1, 2, S("z"), 3)
	fmt.Println(s, len(s))
	fmt.Print(fmt.Sprintln("x", 1, nil))
	// Slices and arrays of basic kinds, nested, interfaces.
	fmt.Println([]int{1, 2, 3}, []string{"a", "b"}, []float64{0.5, 1e21}, [3]bool{true}, [][]int{{1}, {2, 3}}, []any{1, "a", nil, 2.5, []int{4}}, []error{nil, errors.New("e")})
	fmt.Printf("%v %+v %#v %d %x %X %q %s\n", []int{10, 11}, []string{"a"}, []string{"a", "b"}, []int8{-1, 2}, []int{255, 16}, []uint{255}, []string{"q", "r"}, []string{"s"})
	fmt.Printf("%#v %#v %#v %#v %#v\n", []int(nil), []byte(nil), []byte{1, 2}, [2]string{"x", "y"}, []any{1, "s", nil})
	fmt.Printf("%s %x %X % x %q %v %d\n", [3]byte{65, 66, 67}, [2]byte{1, 255}, []uint8{10, 11}, []byte{1, 2, 3}, []byte("hi"), [2]byte{7, 8}, []byte{9})
	fmt.Printf("%v %s %d\n", []S{"a", "b"}, []S{"c"}, []S{"d"})
	fmt.Printf("%v %v\n", []*E{nil}, []error{&E{"x"}})
	fmt.Printf("%06.2f|%-8q|%8q|%x|%X|% X\n", -3.14159, "q", 'r', "hex", "HEX", "sp ace")
	fmt.Printf("%*d|%-*d|%.*f|%*.*f|%*d\n", 5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5, -6, 7)
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f\n", 12.0, 2, 6)
	fmt.Printf("%[5]d %[0]d %[x]d %[2]\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x", nil)
	fmt.Printf("%!\n")
	fmt.Printf("%z %z\n", 1, "s")
	fmt.Printf("%d %s %t %x\n", "str", 5, 1, 2.5)
	fmt.Printf("100%% %c|%5c|%-5c|\n", 'A', 'B', 'C')
	fmt.Printf("%.3q %10.2q %#q %#+q\n", "abcdef", "abcdef", "back`tick", "é")
	fmt.Printf("%U %#U %.6U %#.6U %#U\n", 0x1F600, 'x', 0x41, 0x41, -1)
	fmt.Printf("%*s|%.*s|\n", "x", "y", "x", "y")
	fmt.Printf("%-+8.2f|%+08d|% 08d|%x|%X\n", 3.0, 42, 42, -255, -255)
	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%v %d %s\n", S("v"), S("d"), S("s"))
	fmt.Printf("%v %s %d %x %q\n", &E{"v"}, &E{"s"}, &E{"d"}, &E{"x"}, &E{"q"})
	fmt.Printf("%v %#v %+v\n", G(1), G(2), G(3))
	fmt.Printf("%v|%-8.3x|%+#08d|% 5s|%.1q\n", F(1), F(2), F(3), F(4), F(5))
	fmt.Printf("%w\n", errors.New("not errorf"))
	fmt.Printf("%v %v %.3v %10v|\n", complex(1, 2), complex(-1.5, math.Inf(1)), complex(1.0/3, 2.0/3), complex(1, 0))
	fmt.Printf("%e %f %g\n", float32(1)/3, float32(1)/3, float32(1)/3)
	fmt.Printf("%v %v %v %v %v %v\n", 1e6, 1e-4, 1e-5, 123456789.0, 12345678.9, float32(16777216))
	fmt.Printf("%6.2f%% done, %s\n", 99.5, "ok")
	fmt.Printf("%x %X %#x %x\n", 3.5, -1.25, 1.0, float32(0.1))
	fmt.Printf("%b %b\n", 1.0, float32(2))
	fmt.Printf("%T %T %T %T %T %T %T %T %T %T\n", 1, "s", 2.5, nil, []int{}, S(""), &E{}, errors.New(""), myStrs{}, [2]bool{})
	var np *E
	var ne error
	fmt.Printf("%v %v %d\n", np == nil, ne, []int(nil))
	fmt.Println(np == nil, ne)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 3)
	fmt.Fprint(os.Stdout, "fp", 1, 2, "\n")
	b := fmt.Appendf([]byte("pre:"), "%d-%s", 1, "x")
	b = fmt.Append(b, " ap", 2)
	b = fmt.Appendln(b, " ln")
	os.Stdout.Write(b)
	n, err := fmt.Printf("%s\n", "count me")
	fmt.Println(n, err)
	// Errorf and wrapping.
	base := errors.New("base")
	e1 := fmt.Errorf("ctx: %w", base)
	e2 := fmt.Errorf("more: %w (%d)", e1, 3)
	e3 := fmt.Errorf("two: %w and %w", base, e1)
	e4 := fmt.Errorf("no wrap %v", base)
	e5 := fmt.Errorf("plain")
	e6 := fmt.Errorf("bad %w", "notanerror")
	fmt.Println(e1, "|", e2, "|", e3, "|", e4, "|", e5, "|", e6)
	fmt.Println(errors.Unwrap(e1) == base, errors.Unwrap(e2) == e1, errors.Unwrap(e3), errors.Unwrap(e4))
	fmt.Println(errors.Is(e2, base), errors.Is(e3, base), errors.Is(e4, base), errors.Is(nil, base), errors.Is(nil, nil))
	j := errors.Join(base, nil, e1)
	fmt.Println(j, errors.Is(j, e1), errors.Join(nil, nil) == nil)
	var target *E
	ee := fmt.Errorf("wrapped: %w", &E{"inner"})
	fmt.Println(errors.As(ee, &target), target)
	var target2 *E
	fmt.Println(errors.As(e1, &target2), target2 == nil)
	var anyErr error
	fmt.Println(errors.As(ee, &anyErr), anyErr)
	fmt.Printf("%v %s\n", e3, e2)
	fmt.Printf("%d %s\n", []any{1, "a"}, []any{1, "a"})
	fmt.Printf("%v\n", [][]string{{"a"}, nil})
	fmt.Printf("%08b|%-8o|%#8x|%+.2e|%12.4E|\n", 5, 8, 255, 12345.678, -0.000123)
	fmt.Printf("%.2f %.2f %.2f %.2f %.1f %.1f\n", 2.675, 1.005, 0.125, 0.375, 0.25, 0.35)
	fmt.Printf("%5.1f|%-7.2f|%07.2f|%+.0e\n", 9.96, 1.0, -1.5, 15.0)
	fmt.Printf("%20.15f|%.20g|%.17g\n", math.Pi, 0.1, 0.1)
	fmt.Printf("%v %v\n", int64(math.MaxInt64), uint64(1<<63))
	fmt.Printf("%c%c%c %q %q %q\n", 72, 0x4E16, 0x10FFFF+1, 0x7f, '\n', 0x1F600)
	fmt.Printf("%5q|%-5q|%05d|%x\n", 'a', 'b', -12, "")
	fmt.Printf("%10x|%-10X|%10s|\n", []byte{}, "", "")
}
