// run

// Summing whitespace-separated columns of numbers from standard input
// with bufio.Scanner lines, strings.Fields and strconv, reporting bad
// cells with their positions.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	var sums []float64
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for col, cell := range strings.Fields(line) {
			v, err := strconv.ParseFloat(cell, 64)
			if err != nil {
				fmt.Fprintf(os.Stdout, "%d:%d: %v\n", lineNo, col+1, err)
				continue
			}
			for len(sums) <= col {
				sums = append(sums, 0)
			}
			sums[col] += v
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("scan:", err)
	}
	for i, s := range sums {
		fmt.Printf("col %d: %10.3f\n", i+1, s)
	}
}
