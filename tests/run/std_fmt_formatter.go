// run

// A type implementing fmt.Formatter controls its own output for every verb
// and sees flags, width and precision through fmt.State.
package main

import (
	"fmt"
	"strings"
)

type money int64

func (m money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		sign := ""
		v := int64(m)
		if v < 0 {
			sign = "-"
			v = -v
		} else if f.Flag('+') {
			sign = "+"
		}
		s := fmt.Sprintf("%s$%d.%02d", sign, v/100, v%100)
		if w, ok := f.Width(); ok && len(s) < w {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d cents", int64(m))
	default:
		fmt.Fprintf(f, "%%!%c(money=%d)", verb, int64(m))
	}
}

type probe struct{}

func (probe) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "<%c w=%d,%v p=%d,%v flags=", verb, w, wok, p, pok)
	for _, c := range "-+# 0" {
		if s.Flag(int(c)) {
			fmt.Fprintf(s, "%c", c)
		}
	}
	fmt.Fprint(s, " fs=", fmt.FormatString(s, verb), ">")
}

func main() {
	fmt.Println(money(1234), money(-5))
	fmt.Printf("%v|%+v|%10v|%-10v|%d|%x\n", money(99), money(99), money(250), money(250), money(7), money(7))
	fmt.Printf("%s\n", []money{1, 20, 300})
	fmt.Printf("%v\n", probe{})
	fmt.Printf("%+8.3q\n", probe{})
	fmt.Printf("%-#x\n", probe{})
	fmt.Printf("% 05d\n", probe{})
	fmt.Printf("%*.*e\n", 4, 2, probe{})
	fmt.Println(fmt.Sprint(probe{}), fmt.Sprintf("%[1]T", money(0)))
}
