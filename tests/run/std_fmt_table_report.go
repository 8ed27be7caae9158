// run

// A formatted report: aligned columns with widths, precisions and padding,
// totals, percentages and a bar chart built with strings.Repeat.
package main

import (
	"fmt"
	"strings"
)

type item struct {
	name  string
	qty   int
	price float64
}

func main() {
	items := []item{{"apples", 12, 0.5}, {"bananas", 6, 0.25}, {"cherries", 200, 0.1}, {"dragonfruit", 1, 4.75}, {"elderberries", 35, 0.3}}
	fmt.Printf("%-14s %5s %8s %9s\n", "ITEM", "QTY", "PRICE", "TOTAL")
	fmt.Println(strings.Repeat("=", 39))
	var total float64
	for _, it := range items {
		t := float64(it.qty) * it.price
		total += t
		fmt.Printf("%-14.12s %5d %8.2f %9.2f\n", it.name, it.qty, it.price, t)
	}
	fmt.Println(strings.Repeat("-", 39))
	fmt.Printf("%-14s %5s %8s %9.2f\n", "total", "", "", total)
	fmt.Println()
	for _, it := range items {
		t := float64(it.qty) * it.price
		pct := 100 * t / total
		fmt.Printf("%12s %5.1f%% %s\n", it.name, pct, strings.Repeat("#", int(pct/2+0.5)))
	}
	fmt.Printf("|%8.3e|%-12g|%+.0f|%x|\n", total, total, total, int(total*100))
	fmt.Printf("|%6s|%-6s|%06d|%x|%X|%#o|\n", "ab", "ab", -42, "hex", 48879, 8)
}
