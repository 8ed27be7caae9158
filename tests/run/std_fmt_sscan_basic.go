// run

// Sscan and Sscanln parse space-separated values of the basic types.
package main

import "fmt"

type Level uint8
type Name string

func main() {
	var (
		i   int
		u   uint
		f   float64
		f32 float32
		s   string
		b   bool
		bs  []byte
	)
	n, err := fmt.Sscan("  42\n 7  3.25 -1.5e2 word true bytes", &i, &u, &f, &f32, &s, &b, &bs)
	fmt.Println(n, err)
	fmt.Println(i, u, f, f32, s, b, string(bs))

	// %v accepts base prefixes and underscores for integers.
	var a, c, d, e int
	n, err = fmt.Sscan("0x1F 0b101 0o17 1_000", &a, &c, &d, &e)
	fmt.Println(n, err, a, c, d, e)
	n, err = fmt.Sscan("017 -0x10", &a, &c)
	fmt.Println(n, err, a, c)

	// Booleans in their several spellings.
	for _, in := range []string{"true", "T", "false", "F", "1", "0", "TRUE", "False"} {
		var v bool
		_, err := fmt.Sscan(in, &v)
		fmt.Print(v, " ", err, "; ")
	}
	fmt.Println()

	// Floats: special values, hex, exponent forms.
	for _, in := range []string{"Inf", "-inf", "NaN", "0x1p-2", "1e-3", ".5", "6.", "1_000.5"} {
		var v float64
		n, err := fmt.Sscan(in, &v)
		fmt.Println(in, n, v, err)
	}

	// Named types are scanned by their underlying kind.
	var lv Level
	var nm Name
	n, err = fmt.Sscan("9 gopher", &lv, &nm)
	fmt.Println(n, err, lv, nm)

	// Sscanln stops at the newline.
	var x, y int
	n, err = fmt.Sscanln("5 6\n7", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanln("5\n6", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("5 6 7", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("8 9   \n", &x, &y)
	fmt.Println(n, err, x, y)

	// Fewer inputs than operands.
	n, err = fmt.Sscan("1", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscan("   ", &s)
	fmt.Println(n, err)
}
