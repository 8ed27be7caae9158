// errorcheck -0 -m=2 -l

package main

import "fmt"

type Stack struct {
	data []int
}

func (s *Stack) Push(v int) { s.data = append(s.data, v) } // ERROR "append\(s\.data, v\) escapes to heap in \(\*Stack\)\.Push:$" "  flow: \{heap\} ← &\{storage for append\(s\.data, v\)\}:$" "    from append\(s\.data, v\) \(spill\) at .*escape_m2_struct_methods\.go:11:46$" "    from s\.data = append\(s\.data, v\) \(assign\) at .*escape_m2_struct_methods\.go:11:38$" "parameter s leaks to \{heap\} for \(\*Stack\)\.Push with derefs=1:$" "  flow: \{temp\} ← \*s:$" "    from s\.data \(dot of pointer\) at .*escape_m2_struct_methods\.go:11:48$" "    from append\(s\.data, v\) \(call parameter\) at .*escape_m2_struct_methods\.go:11:46$" "  flow: \{heap\} ← \{temp\}:$" "leaking param content: s$" "append escapes to heap$"

func (s *Stack) Pop() int { // ERROR "s does not escape$"
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1] // ERROR "\(\*Stack\)\.Pop ignoring self-assignment in s\.data = s\.data\[:len\(s\.data\) - 1\]$"
	return v
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) } // ERROR "p\.X escapes to heap in Point\.String:$" "  flow: \{storage for \.\.\. argument\} ← &\{storage for p\.X\}:$" "    from p\.X \(spill\) at .*escape_m2_struct_methods\.go:21:65$" "    from \.\.\. argument \(slice-literal-element\) at .*escape_m2_struct_methods\.go:21:52$" "  flow: \{heap\} ← \{storage for \.\.\. argument\}:$" "    from \.\.\. argument \(spill\) at .*escape_m2_struct_methods\.go:21:52$" "    from fmt\.Sprintf\(.\(%d,%d\)., \.\.\. argument\.\.\.\) \(call parameter\) at .*escape_m2_struct_methods\.go:21:52$" "p\.Y escapes to heap in Point\.String:$" "  flow: \{storage for \.\.\. argument\} ← &\{storage for p\.Y\}:$" "    from p\.Y \(spill\) at .*escape_m2_struct_methods\.go:21:70$" "\.\.\. argument does not escape$" "p\.X escapes to heap$" "p\.Y escapes to heap$"

func main() {
	s := &Stack{} // ERROR "&Stack\{\} does not escape$"
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Pop()) // ERROR "\(\*Stack\)\.Pop\(s\) escapes to heap in main:$" "  flow: \{storage for \.\.\. argument\} ← &\{storage for \(\*Stack\)\.Pop\(s\)\}:$" "    from \(\*Stack\)\.Pop\(s\) \(spill\) at .*escape_m2_struct_methods\.go:27:19$" "    from \.\.\. argument \(slice-literal-element\) at .*escape_m2_struct_methods\.go:27:13$" "  flow: \{heap\} ← \{storage for \.\.\. argument\}:$" "    from \.\.\. argument \(spill\) at .*escape_m2_struct_methods\.go:27:13$" "    from fmt\.Println\(\.\.\. argument\.\.\.\) \(call parameter\) at .*escape_m2_struct_methods\.go:27:13$" "\.\.\. argument does not escape$" "\(\*Stack\)\.Pop\(s\) escapes to heap$"
	p := Point{1, 2}
	fmt.Println(p) // ERROR "p escapes to heap in main:$" "  flow: \{storage for \.\.\. argument\} ← &\{storage for p\}:$" "    from p \(spill\) at .*escape_m2_struct_methods\.go:29:14$" "    from \.\.\. argument \(slice-literal-element\) at .*escape_m2_struct_methods\.go:29:13$" "  flow: \{heap\} ← \{storage for \.\.\. argument\}:$" "    from \.\.\. argument \(spill\) at .*escape_m2_struct_methods\.go:29:13$" "    from fmt\.Println\(\.\.\. argument\.\.\.\) \(call parameter\) at .*escape_m2_struct_methods\.go:29:13$" "\.\.\. argument does not escape$" "p escapes to heap$"
	fmt.Println(p.String()) // ERROR "Point\.String\(p\) escapes to heap in main:$" "  flow: \{storage for \.\.\. argument\} ← &\{storage for Point\.String\(p\)\}:$" "    from Point\.String\(p\) \(spill\) at .*escape_m2_struct_methods\.go:30:22$" "    from \.\.\. argument \(slice-literal-element\) at .*escape_m2_struct_methods\.go:30:13$" "  flow: \{heap\} ← \{storage for \.\.\. argument\}:$" "    from \.\.\. argument \(spill\) at .*escape_m2_struct_methods\.go:30:13$" "    from fmt\.Println\(\.\.\. argument\.\.\.\) \(call parameter\) at .*escape_m2_struct_methods\.go:30:13$" "\.\.\. argument does not escape$" "Point\.String\(p\) escapes to heap$"
}
