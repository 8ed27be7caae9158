// run

// Recursion: Ackermann, mutual recursion, Towers of Hanoi, power.
package main

import "fmt"

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	if n == 3 {
		fmt.Println("move disk 3 from", from, "to", to)
	}
	return moves + 1 + hanoi(n-1, via, to, from)
}

func pow(b, e int) int {
	if e == 0 {
		return 1
	}
	h := pow(b, e/2)
	if e%2 == 0 {
		return h * h
	}
	return h * h * b
}

func main() {
	fmt.Println(ack(2, 3), ack(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println("hanoi moves:", hanoi(10, "A", "C", "B"))
	fmt.Println(pow(2, 10), pow(3, 13), pow(7, 0), pow(-2, 5))
}
