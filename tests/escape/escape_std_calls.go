// errorcheck -0 -m -l

// -m on user code that calls into the standard library: the summaries rgo
// computes for its own std (strings.Builder, bytes.Buffer, strconv, sort,
// errors, fmt, bufio, io, os, sync.Pool) give gc's lines.

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

type P struct{ X, Y int }

func useBuilder(parts []string) string { // ERROR "^parts does not escape$"
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
		sb.WriteByte(',')
	}
	return sb.String()
}

func useBuffer(b []byte) int { // ERROR "^b does not escape$"
	var buf bytes.Buffer
	buf.Write(b)
	buf.WriteString("x")
	return buf.Len()
}

func conv(n int) string { return strconv.Itoa(n) + strconv.FormatBool(true) } // ERROR "^strconv\.Itoa\(n\) \+ strconv\.FormatBool\(true\) escapes to heap$"

func sorter(ps []P) { // ERROR "^leaking param: ps$"
	sort.Slice(ps, func(i, j int) bool { return ps[i].X < ps[j].X }) // ERROR "^ps escapes to heap$" "^func literal does not escape$"
}

func errs(s string) error { // ERROR "^leaking param: s$"
	if s == "" {
		return errors.New("empty")
	}
	return fmt.Errorf("bad %q", s) // ERROR "^\.\.\. argument does not escape$" "^s escapes to heap$"
}

func split(s string) []string { return strings.Split(strings.TrimSpace(s), ",") } // ERROR "^leaking param: s$"

func scan(r io.Reader) (n int) { // ERROR "^leaking param: r$"
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		n += utf8.RuneCountInString(sc.Text())
	}
	return
}

func pool(p *sync.Pool) []byte { // ERROR "^leaking param: p$"
	b := p.Get().([]byte)
	p.Put(b[:0]) // ERROR "^b\[:0\] escapes to heap$"
	return b
}

func main() {
	fmt.Println(useBuilder([]string{"a", "b"}), useBuffer([]byte("hi")), conv(3)) // ERROR "^\.\.\. argument does not escape$" "^useBuilder\(\[\]string\{\.\.\.\}\) escapes to heap$" "^\[\]string\{\.\.\.\} does not escape$" "^useBuffer\(\(\[\]byte\)\(\"hi\"\)\) escapes to heap$" "^\(\[\]byte\)\(\"hi\"\) does not escape$" "^zero-copy string->\[\]byte conversion$" "^conv\(3\) escapes to heap$"
	ps := []P{{2, 1}, {1, 2}} // ERROR "^\[\]P\{\.\.\.\} escapes to heap$"
	sorter(ps)
	fmt.Printf("%v %+v\n", ps, ps[0]) // ERROR "^\.\.\. argument does not escape$" "^ps escapes to heap$" "^ps\[0\] escapes to heap$"
	fmt.Println(errs(""), errs("x"), split(" a,b "), scan(strings.NewReader("héllo\nwörld\n"))) // ERROR "^\.\.\. argument does not escape$" "^split\(\" a,b \"\) escapes to heap$" "^scan\(strings\.NewReader\(\"héllo\\nwörld\\n\"\)\) escapes to heap$"
	p := &sync.Pool{New: func() any { return make([]byte, 0, 8) }} // ERROR "^make\(\[\]byte, 0, 8\) escapes to heap$" "^&sync\.Pool\{\.\.\.\} escapes to heap$" "^func literal escapes to heap$"
	fmt.Println(len(pool(p))) // ERROR "^\.\.\. argument does not escape$" "^len\(pool\(p\)\) escapes to heap$"
	data, err := os.ReadFile("/nonexistent")
	fmt.Println(len(data), err) // ERROR "^\.\.\. argument does not escape$" "^len\(data\) escapes to heap$"
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "%d %s\n", 42, strings.ToUpper("x")) // ERROR "^\.\.\. argument does not escape$" "^42 escapes to heap$" "^strings\.ToUpper\(\"x\"\) escapes to heap$"
	w.Flush()
	n, err := strconv.Atoi("12")
	fmt.Println(n, err, strings.Fields(" a b "), strings.Repeat("-", 3), bytes.Equal([]byte("a"), []byte("a"))) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$" "^strings\.Fields\(\" a b \"\) escapes to heap$" "^strings\.Repeat\(\"-\", 3\) escapes to heap$" "^bytes\.Equal\(\(\[\]byte\)\(\"a\"\), \(\[\]byte\)\(\"a\"\)\) escapes to heap$" "^\(\[\]byte\)\(\"a\"\) does not escape$" "^zero-copy string->\[\]byte conversion$"
}
