// Benchmark program: fmt-, strconv- and strings-heavy work, the kind of text
// processing ordinary command-line programs do. It prints a checksum so both
// compilers' programs can be checked to agree.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	var sum uint64
	// 1. Format a million integers and floats with strconv, parse them back.
	buf := make([]byte, 0, 64)
	for i := 0; i < 1000000; i++ {
		buf = strconv.AppendInt(buf[:0], int64(i*7919-3000000), 10)
		n, _ := strconv.Atoi(string(buf))
		sum += uint64(n) + uint64(len(buf))
		s := strconv.FormatFloat(float64(i)/7, 'g', -1, 64)
		sum += uint64(len(s))
	}
	// 2. fmt.Sprintf with several verbs, 300k times.
	for i := 0; i < 300000; i++ {
		s := fmt.Sprintf("%d:%x|%6.2f|%s|%q", i, i, float64(i)/3, "name", "v")
		sum += uint64(len(s))
	}
	// 3. Build a large string with a Builder, split it, join it, search it.
	var b strings.Builder
	for i := 0; i < 200000; i++ {
		b.WriteString("field")
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	text := b.String()
	for round := 0; round < 5; round++ {
		parts := strings.Split(text, ",")
		sum += uint64(len(parts))
		joined := strings.Join(parts, ";")
		sum += uint64(strings.Count(joined, "field1"))
		sum += uint64(strings.Index(joined, "field199999"))
		up := strings.ToUpper(joined[:100000])
		sum += uint64(len(strings.Fields(strings.ReplaceAll(up, ";", " "))))
	}
	fmt.Fprintln(os.Stdout, "checksum", sum)
}
