// errorcheck

// Generic functions used as values where nothing determines their type
// arguments.
package main

func Double[T ~int | ~float64](x T) T { return x * 2 }

func Apply[T any](xs []T, f func(T) T) []T { return xs }

func First2[E any, S ~[]E](s S) E { return s[0] }

func main() {
	f := Double            // ERROR "cannot use generic function Double without instantiation"
	_ = Apply(nil, Double) // ERROR "in call to Apply, cannot infer T \(declared at .*:9:12\)"
	g := First2[int]       // ERROR "cannot infer S \(declared at .*:11:20\)"
	var h any = Double     // ERROR "cannot use generic function Double without instantiation"
	_ = []any{Double}      // ERROR "cannot use generic function Double without instantiation"
	_, _, _ = f, g, h
}
