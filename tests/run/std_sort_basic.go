// run

// sort.Ints, Strings, Float64s (with NaN and -0), the *AreSorted checks and
// the IntSlice/StringSlice/Float64Slice types.
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 0, 5, 3, 9, -7, 2}
	fmt.Println(sort.IntsAreSorted(ints))
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "apple", "Banana", "cherry", "", "apple", "äpfel", "Zebra"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{3.5, math.Inf(-1), 1, math.NaN(), -2, math.Inf(1), 0, math.Copysign(0, -1), 1e-300}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	big := make([]int, 500)
	x := 12345
	for i := range big {
		x = (x*1103515245 + 12345) % 2147483648
		big[i] = x % 1000
	}
	sort.Ints(big)
	fmt.Println(sort.IntsAreSorted(big), big[0], big[249], big[499])
	s := sort.IntSlice{3, 1, 2}
	s.Sort()
	fmt.Println(s, s.Len(), s.Search(2), s.Search(10))
	ss := sort.StringSlice{"c", "a", "b"}
	sort.Sort(sort.Reverse(ss))
	fmt.Println(ss)
	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, sort.IntsAreSorted(nil))
}
