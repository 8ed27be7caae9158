// run

package main

import "fmt"

func main() {
	primes := []int{}
next:
	for n := 2; len(primes) < 15; n++ {
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for i, row := range matrix {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	count := 0
outer:
	for i := 0; i < 5; i++ {
	inner:
		for j := 0; j < 5; j++ {
			switch {
			case j > i:
				continue outer
			case (i+j)%3 == 0:
				continue inner
			case i == 4 && j == 2:
				break outer
			}
			count++
		}
	}
	fmt.Println(count)
	s := "a1b2c3"
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
			if c == '2' {
				break
			}
		default:
			continue
		}
	}
	fmt.Println(digits)
	i := 0
	for {
		i++
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
}
