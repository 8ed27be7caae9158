// run

// Reading integers from standard input with bufio.Scanner(ScanWords) and
// strconv.Atoi, the fast-input pattern of programming contests: the
// first number is a count, then queries.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	next := func() int {
		if !sc.Scan() {
			return -1
		}
		v, err := strconv.Atoi(sc.Text())
		if err != nil {
			fmt.Fprintln(w, "bad:", err)
			return 0
		}
		return v
	}
	n := next()
	a := make([]int, n)
	for i := range a {
		a[i] = next()
	}
	sort.Ints(a)
	prefix := make([]int, n+1)
	for i, v := range a {
		prefix[i+1] = prefix[i] + v
	}
	q := next()
	for ; q > 0; q-- {
		x := next()
		i := sort.SearchInts(a, x)
		found := i < n && a[i] == x
		fmt.Fprintf(w, "x=%d rank=%d found=%t sum<x=%d\n", x, i, found, prefix[i])
	}
	fmt.Fprintln(w, "min", a[0], "max", a[n-1], "total", prefix[n])
}
