// run

// A type implementing fmt.Scanner controls how it is scanned, using the
// ScanState's Token, ReadRune, UnreadRune, SkipSpace and Width.
package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Color struct{ R, G, B uint8 }

func (c *Color) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, func(r rune) bool { return r == '#' || unicode.IsDigit(r) || strings.ContainsRune("abcdefABCDEF", r) })
	if err != nil {
		return err
	}
	if len(tok) != 7 || tok[0] != '#' {
		return errors.New("bad color " + string(tok))
	}
	_, err = fmt.Sscanf(string(tok[1:]), "%2x%2x%2x", &c.R, &c.G, &c.B)
	return err
}

type Words []string

func (w *Words) Scan(st fmt.ScanState, verb rune) error {
	for {
		tok, err := st.Token(true, unicode.IsLetter)
		if err != nil {
			return err
		}
		if len(tok) == 0 {
			return nil
		}
		*w = append(*w, strings.ToUpper(string(tok)))
	}
}

type Pair struct{ K, V string }

func (p *Pair) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	var sb strings.Builder
	for {
		r, _, err := st.ReadRune()
		if err != nil {
			return err
		}
		if r == '=' {
			break
		}
		sb.WriteRune(r)
	}
	p.K = sb.String()
	tok, err := st.Token(false, nil)
	p.V = string(tok)
	if wid, ok := st.Width(); ok {
		fmt.Println("width", wid)
	}
	return err
}

func main() {
	var c1, c2 Color
	n, err := fmt.Sscan("#ff8000 #0a0B0c", &c1, &c2)
	fmt.Println(n, err, c1, c2)
	n, err = fmt.Sscan("#12345", &c1)
	fmt.Println(n, err)

	var w Words
	n, err = fmt.Sscan("go is fun", &w)
	fmt.Println(n, err, w)

	var p Pair
	var x int
	n, err = fmt.Sscan("lang=go 5", &p, &x)
	fmt.Println(n, err, p, x)
	n, err = fmt.Sscanf("k=v", "%5v", &p)
	fmt.Println(n, err, p)
	n, err = fmt.Sscan("novalue", &p)
	fmt.Println(n, err)
}
