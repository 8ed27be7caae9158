// strconv: formatting and parsing numbers, building and splitting strings
// (strconv, strings.Builder, strings.Split, string concatenation).
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	total := 0
	var sb strings.Builder
	for round := 0; round < 40; round++ {
		sb.Reset()
		for i := 0; i < 20000; i++ {
			sb.WriteString(strconv.Itoa(i * round))
			sb.WriteByte(',')
			sb.WriteString(strconv.FormatFloat(float64(i)/7, 'g', -1, 64))
			sb.WriteByte(';')
		}
		for _, rec := range strings.Split(sb.String(), ";") {
			if rec == "" {
				continue
			}
			a, b, _ := strings.Cut(rec, ",")
			n, err := strconv.Atoi(a)
			if err != nil {
				panic(err)
			}
			f, err := strconv.ParseFloat(b, 64)
			if err != nil {
				panic(err)
			}
			total += n + int(f)
		}
	}
	fmt.Println(total)
}
