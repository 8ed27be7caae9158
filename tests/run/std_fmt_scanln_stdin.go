// run

// fmt.Scanln reads one line of input at a time; a line with too few or too
// many fields is an error. fmt.Scanf reads the trailer.
package main

import "fmt"

func main() {
	for {
		var cmd string
		var a, b int
		n, err := fmt.Scanln(&cmd, &a, &b)
		if err != nil {
			if err.Error() == "EOF" || cmd == "end" {
				fmt.Println("done:", n, err)
				break
			}
			fmt.Printf("line error after %d fields: %v\n", n, err)
			// skip the rest of the bad line
			var junk string
			for {
				if _, err := fmt.Scanln(&junk); err == nil || err.Error() != "expected newline" {
					break
				}
			}
			continue
		}
		switch cmd {
		case "add":
			fmt.Println(a + b)
		case "mul":
			fmt.Println(a * b)
		default:
			fmt.Println("unknown", cmd)
		}
	}
	var x, y int
	n, err := fmt.Scanf("%d-%d\n", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Scanf("%d-%d", &x, &y)
	fmt.Println(n, err, x, y)
}
