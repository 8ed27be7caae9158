// errorcheck -0 -m -l

// Functions over ints and bools allocate nothing, so -m -l reports nothing.
package main

func sum(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += i
	}
	return t
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func even(n int) bool {
	return n%2 == 0
}

func main() {
	q, r := divmod(sum(10), 7)
	println(q, r, even(q))
}
