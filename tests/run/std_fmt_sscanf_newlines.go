// run

// Sscanf's rules for spaces and newlines in the format and the input,
// checked over a grid of formats and inputs.
package main

import "fmt"

func main() {
	formats := []string{"%d %d", "%d\n%d", "%d%d", "%d \n%d", "%d\n %d", " %d %d ", "%d,%d", "%d , %d", "%d\n\n%d"}
	inputs := []string{"1 2", "1\n2", "1  2", "1\n\n2", "1 \n 2", "12", "1,2", "1 , 2", "1\r\n2", " 1 2\n", "1\t2"}
	for _, f := range formats {
		for _, in := range inputs {
			var a, b int
			n, err := fmt.Sscanf(in, f, &a, &b)
			res := fmt.Sprintf("%d %d %d", n, a, b)
			if err != nil {
				res += " " + err.Error()
			}
			fmt.Printf("%-10q %-10q %s\n", f, in, res)
		}
	}
	var s string
	var c rune
	n, err := fmt.Sscanf("  x", "%c", &c)
	fmt.Printf("%d %v %q\n", n, err, c)
	n, err = fmt.Sscanf("  x", " %c", &c)
	fmt.Printf("%d %v %q\n", n, err, c)
	n, err = fmt.Sscanf("ab\n", "%s\n", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("ab", "%s\n", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("ab\n\n", "%s", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanln("  7  \n", &n)
	fmt.Println(n, err)
	var x, y int
	n, err = fmt.Sscan("\n\n 3 \n\n 4 \n", &x, &y)
	fmt.Println(n, err, x, y)
}
