// run

package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep) + fmt.Sprint("/", len(parts), "/", parts == nil)
}

func sumAll(base int, xs ...int) (total int, count int) {
	total = base
	for _, x := range xs {
		total += x
	}
	count = len(xs)
	return
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 99
	}
}

func describe(args ...any) string {
	var sb strings.Builder
	for i, a := range args {
		fmt.Fprintf(&sb, "%d:%T=%v ", i, a, a)
	}
	return sb.String()
}

func pair() (int, string) { return 7, "seven" }

func main() {
	fmt.Println(join(","))
	fmt.Println(join(",", "a"))
	fmt.Println(join("-", "a", "b", "c"))
	parts := []string{"x", "y"}
	fmt.Println(join("+", parts...))
	fmt.Println(sumAll(10))
	fmt.Println(sumAll(10, 1, 2, 3))
	nums := []int{1, 2, 3}
	modify(nums...)
	fmt.Println(nums)
	modify(4, 5)
	fmt.Println(describe(1, "two", 3.0, nil, []int{4}, pair == nil))
	fmt.Println(describe(pair()))
	var none []any
	fmt.Println(describe(none...) == "")
	f := fmt.Sprintf
	fmt.Println(f("%03d|%-4s|%x", 5, "ab", 255))
	g := func(prefix string, vals ...float64) string {
		return fmt.Sprint(prefix, vals)
	}
	fmt.Println(g("v"), g("v", 1.5, 2))
}
