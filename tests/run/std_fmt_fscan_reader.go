// run

// Fscan over a bufio.Reader wrapping standard input: a matrix given as
// rows and columns followed by its entries, then Fscanf on a strings.Reader.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReader(os.Stdin)
	var rows, cols int
	if _, err := fmt.Fscan(in, &rows, &cols); err != nil {
		fmt.Println(err)
		return
	}
	m := make([][]float64, rows)
	for r := range m {
		m[r] = make([]float64, cols)
		for c := range m[r] {
			fmt.Fscan(in, &m[r][c])
		}
	}
	for c := 0; c < cols; c++ {
		for r := 0; r < rows; r++ {
			fmt.Printf("%6.2f", m[r][c])
		}
		fmt.Println()
	}
	// The rest of the input is one word per line.
	var words []string
	for {
		var w string
		if _, err := fmt.Fscanln(in, &w); err != nil {
			fmt.Println("err:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Println(strings.Join(words, "+"))

	sr := strings.NewReader("id:7 name:gopher\nid:8 name:badger\n")
	for {
		var id int
		var name string
		_, err := fmt.Fscanf(sr, "id:%d name:%s\n", &id, &name)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(id, name)
	}
}
