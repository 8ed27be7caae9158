// run

// Reading a gradebook from standard input with fmt.Fscanf on a
// bufio.Reader ("name score score score" per line), then reporting.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
)

type student struct {
	name   string
	scores [3]int
	avg    float64
}

func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	if _, err := fmt.Fscanf(in, "%d\n", &n); err != nil {
		fmt.Println("header:", err)
		return
	}
	var class []student
	for i := 0; i < n; i++ {
		var s student
		_, err := fmt.Fscanf(in, "%s %d %d %d\n", &s.name, &s.scores[0], &s.scores[1], &s.scores[2])
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Printf("record %d: %v\n", i+1, err)
			in.ReadString('\n')
			continue
		}
		s.avg = float64(s.scores[0]+s.scores[1]+s.scores[2]) / 3
		class = append(class, s)
	}
	sort.Slice(class, func(i, j int) bool { return class[i].avg > class[j].avg })
	for rank, s := range class {
		grade := "F"
		switch {
		case s.avg >= 90:
			grade = "A"
		case s.avg >= 80:
			grade = "B"
		case s.avg >= 70:
			grade = "C"
		}
		fmt.Printf("%d. %-6s %v avg=%6.2f %s\n", rank+1, s.name, s.scores, s.avg, grade)
	}
}
