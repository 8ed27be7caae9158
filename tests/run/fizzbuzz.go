// run

// FizzBuzz with an if/else chain.
package main

import "fmt"

func fizzbuzz(i int) string {
	if i%15 == 0 {
		return "FizzBuzz"
	} else if i%3 == 0 {
		return "Fizz"
	} else if i%5 == 0 {
		return "Buzz"
	}
	return ""
}

func main() {
	for i := 1; i <= 31; i++ {
		s := fizzbuzz(i)
		if s == "" {
			fmt.Println(i)
		} else {
			fmt.Println(s)
		}
	}
}
