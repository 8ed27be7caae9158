// run

// A small CSV report over stdin: split fields, parse numbers with strconv
// (reporting bad rows with the *NumError text), sort by a column, and print
// an aligned table with totals.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type row struct {
	city  string
	pop   int
	area  float64
	ratio float64
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var rows []row
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, ",")
		if len(f) != 3 {
			fmt.Printf("line %d: want 3 fields, got %d\n", line, len(f))
			continue
		}
		pop, err := strconv.Atoi(strings.TrimSpace(f[1]))
		if err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		area, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		if err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		rows = append(rows, row{strings.TrimSpace(f[0]), pop, area, float64(pop) / area})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].ratio > rows[j].ratio })
	fmt.Printf("%-12s %10s %9s %10s\n", "city", "population", "km²", "per km²")
	total, totalArea := 0, 0.0
	for _, r := range rows {
		fmt.Printf("%-12s %10d %9.1f %10.2f\n", r.city, r.pop, r.area, r.ratio)
		total += r.pop
		totalArea += r.area
	}
	fmt.Printf("%-12s %10d %9.1f %10.2f\n", "TOTAL", total, totalArea, float64(total)/totalArea)
}
