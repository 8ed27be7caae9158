// run

// The three for forms, with break and continue.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("three-clause:", sum)

	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println("condition only:", n)

	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	fmt.Println("infinite with break:", k)

	odd := 0
	for i := 0; i < 20; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println("continue skips evens:", odd)

	j := 10
	for ; j > 0; j -= 3 {
	}
	fmt.Println("empty body:", j)

	count := 0
	for i := 0; ; i++ {
		if i >= 5 {
			break
		}
		count++
	}
	fmt.Println("no condition:", count)

	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println("outer variable:", i)
}
