// run

// Writing a generated report to a file through bufio.Writer with Flush,
// then reading it back with bufio.Scanner and comparing sizes.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "bufw")
	if err != nil {
		fmt.Println(err)
		return
	}
	path := dir + "/report.txt"
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	w := bufio.NewWriterSize(f, 64)
	total := 0
	for i := 1; i <= 20; i++ {
		n, _ := fmt.Fprintf(w, "%03d %s %8.3f\n", i, strings.Repeat("*", i%7), float64(i)/7)
		total += n
	}
	fmt.Println("buffered before flush:", w.Buffered() > 0)
	if err := w.Flush(); err != nil {
		fmt.Println("flush:", err)
	}
	f.Close()
	data, _ := os.ReadFile(path)
	fmt.Println(total, len(data))

	rf, _ := os.Open(path)
	sc := bufio.NewScanner(rf)
	lines, stars := 0, 0
	for sc.Scan() {
		lines++
		stars += strings.Count(sc.Text(), "*")
		if lines%5 == 0 {
			fmt.Println(sc.Text())
		}
	}
	rf.Close()
	fmt.Println(lines, stars, sc.Err())
	fmt.Println(os.Remove(path), os.Remove(dir))
}
