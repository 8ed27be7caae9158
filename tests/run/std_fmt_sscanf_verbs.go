// run

// Sscanf with the integer, float, string, character and boolean verbs,
// widths and literal text.
package main

import "fmt"

type point struct{ x, y int }

func parsePoint(s string) (point, error) {
	var p point
	_, err := fmt.Sscanf(s, "(%d,%d)", &p.x, &p.y)
	return p, err
}

func main() {
	var a, b, c, d int
	n, err := fmt.Sscanf("ff 777 1010 -12", "%x %o %b %d", &a, &b, &c, &d)
	fmt.Println(n, err, a, b, c, d)
	n, err = fmt.Sscanf("FF", "%X", &a)
	fmt.Println(n, err, a)

	var f, g float64
	var e float32
	n, err = fmt.Sscanf("3.14 2.5e3 -0.125", "%f %g %e", &f, &g, &e)
	fmt.Println(n, err, f, g, e)

	var s1, s2 string
	n, err = fmt.Sscanf("key=value rest", "key=%s %s", &s1, &s2)
	fmt.Println(n, err, s1, s2)
	n, err = fmt.Sscanf(`"quoted string" `+"`raw\\n`", "%q %q", &s1, &s2)
	fmt.Printf("%d %v %q %q\n", n, err, s1, s2)
	n, err = fmt.Sscanf("676f70686572e", "%x", &s1)
	fmt.Println(n, err, s1)

	var r1, r2, r3 rune
	n, err = fmt.Sscanf("a é", "%c%c%c", &r1, &r2, &r3)
	fmt.Printf("%d %v %q %q %q\n", n, err, r1, r2, r3)

	var ok1, ok2 bool
	n, err = fmt.Sscanf("true,false", "%t,%t", &ok1, &ok2)
	fmt.Println(n, err, ok1, ok2)

	// Widths limit how many runes each operand consumes.
	var y, mo, dd int
	n, err = fmt.Sscanf("20240315", "%4d%2d%2d", &y, &mo, &dd)
	fmt.Println(n, err, y, mo, dd)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s1, &s2)
	fmt.Println(n, err, s1, s2)

	// %% matches a percent sign.
	var pct int
	n, err = fmt.Sscanf("85%", "%d%%", &pct)
	fmt.Println(n, err, pct)

	// Spaces in the format match any run of spaces in the input.
	n, err = fmt.Sscanf("1    2\t3", "%d %d %d", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	// Newlines must match.
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)

	for _, in := range []string{"(1,2)", "(10,-20)", "(3;4)", "(5,"} {
		p, err := parsePoint(in)
		fmt.Printf("%-8s %+v %v\n", in, p, err)
	}

	var i8 int8
	var u16 uint16
	var i64 int64
	var u64 uint64
	n, err = fmt.Sscanf("-128 65535 -9223372036854775808 18446744073709551615", "%d %d %d %d", &i8, &u16, &i64, &u64)
	fmt.Println(n, err, i8, u16, i64, u64)
}
