// run

// fmt.Scan reads whitespace-separated numbers from standard input:
// a count, then that many values, then the rest until EOF.
package main

import "fmt"

func main() {
	var n int
	if _, err := fmt.Scan(&n); err != nil {
		fmt.Println("read count:", err)
		return
	}
	sum := 0
	for i := 0; i < n; i++ {
		var v int
		if _, err := fmt.Scan(&v); err != nil {
			fmt.Println("read value:", err)
			return
		}
		sum += v
	}
	fmt.Println("sum of", n, "values:", sum)
	var names []string
	for {
		var name string
		var score float64
		k, err := fmt.Scan(&name, &score)
		if err != nil {
			fmt.Println("stopped after", k, "with", err)
			break
		}
		names = append(names, fmt.Sprintf("%s=%.1f", name, score))
	}
	fmt.Println(names)
}
