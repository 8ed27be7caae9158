// run

// Width and precision from arguments with *, including negative widths,
// bad star arguments and explicit argument indexes.
package main

import "fmt"

func main() {
	for _, w := range []int{0, 3, 8, -8} {
		fmt.Printf("[%*d] [%*s] [%-*v]\n", w, 7, w, "ab", w, true)
	}
	for p := 0; p <= 4; p++ {
		fmt.Printf("[%.*f] [%8.*e] [%.*s] [%.*g]\n", p, 2.71828, p, 12345.678, p, "gopher", p, 1.0/3)
	}
	fmt.Printf("[%*.*f]\n", 10, 2, 3.14159)
	fmt.Printf("[%-*.*f]\n", 10, 2, 3.14159)
	fmt.Printf("[%*d]\n", "x", 5)
	fmt.Printf("[%.*d]\n", 1.5, 5)
	fmt.Printf("[%*d]\n", 10000000, 5)
	fmt.Printf("[%.*d]\n", -1, 5)
	fmt.Printf("[%[2]*[1]d]\n", 12, 5)
	fmt.Printf("[%[3]*.[2]*[1]f]\n", 12.0, 2, 6)
	fmt.Printf("[%[1]d %[1]x %[1]o %#[1]b]\n", 10)
	fmt.Printf("[%d %d %[1]d %d]\n", 1, 2)
	fmt.Printf("[%[5]d]\n", 1, 2)
	fmt.Printf("[%[0]d]\n", 1)
	fmt.Printf("[%[x]d]\n", 1)
	fmt.Printf("[%[2]d %d]\n", 1)
	fmt.Printf("[%.3x] [%.10d] [%8.3d] [%-8.3d] [%08.3d]\n", 255, -42, 7, 7, 7)
	fmt.Printf("[%.0d] [%.0d] [%5.0d]\n", 0, 1, 0)
	fmt.Printf("[%6.2v] [%.1v]\n", 3.14159, "xyz")
	fmt.Printf("[%010.3f] [%-010.3f] [%+010.3f]\n", -3.14159, 3.14159, 3.14159)
	fmt.Printf("[%5c] [%-5c] [%05c]\n", 'x', 'y', 'z')
	fmt.Printf("[%08q] [%-8q] [%.2q]\n", "ab", "cd", "efgh")
	fmt.Printf("[%5t] [%-6t|]\n", true, false)
}
