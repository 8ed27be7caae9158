// run

// Reading stdin line by line with bufio.Scanner: blank lines, CRLF endings,
// a final line without newline, and a running total of numbers.
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
	lines, sum, bad := 0, 0, 0
	for sc.Scan() {
		line := sc.Text()
		lines++
		fmt.Printf("%2d %q\n", lines, line)
		for _, f := range strings.Fields(line) {
			if n, err := strconv.Atoi(f); err == nil {
				sum += n
			} else {
				bad++
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines:", lines, "sum:", sum, "non-numbers:", bad)
	fmt.Println(sc.Scan(), sc.Text() == "")
}
