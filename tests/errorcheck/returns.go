// errorcheck

// Missing returns and return statements with the wrong number of values.
package main

func noReturn(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func tooMany() int {
	return 1, 2 // ERROR "too many return values"
}

func notEnough() (int, string) {
	return 1 // ERROR "not enough return values\n\thave \(number\)\n\twant \(int, string\)"
}

func none() {
	return 5 // ERROR "too many return values"
}

func loopNoReturn() int {
	for i := 0; i < 3; i++ {
		return i
	}
} // ERROR "missing return"

func main() {
	noReturn(1)
	tooMany()
	notEnough()
	none()
	loopNoReturn()
}
