// run

package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				goto found
			}
			_ = j
		}
		_ = i
	}
	return -1, -1
found:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -2, -2
}

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(find(grid, 5))
	fmt.Println(find(grid, 9))
	n := 0
outer:
	for a := 0; a < 4; a++ {
		for b := 0; b < 4; b++ {
			switch {
			case b > a:
				continue outer
			case a == 3:
				break outer
			}
			n += a*10 + b
		}
	}
	fmt.Println(n)
	k := 10
retry:
	k -= 3
	if k > 0 {
		goto retry
	}
	fmt.Println(k)
	x := 0
sw:
	switch {
	case x < 3:
		x++
		if x == 2 {
			break sw
		}
		goto sw
	}
	fmt.Println(x)
}
