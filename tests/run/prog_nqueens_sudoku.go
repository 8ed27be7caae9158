// run

// Backtracking search: N-queens counts for several board sizes with
// bitmasks, and a sudoku solver over a [9][9]uint8 grid passed by pointer.
package main

import "fmt"

func queens(n int) int {
	var solve func(row int, cols, d1, d2 uint32) int
	solve = func(row int, cols, d1, d2 uint32) int {
		if row == n {
			return 1
		}
		count := 0
		avail := ^(cols | d1 | d2) & (1<<uint(n) - 1)
		for avail != 0 {
			bit := avail & -avail
			avail ^= bit
			count += solve(row+1, cols|bit, (d1|bit)<<1, (d2|bit)>>1)
		}
		return count
	}
	return solve(0, 0, 0, 0)
}

type Grid [9][9]uint8

func (g *Grid) ok(r, c int, v uint8) bool {
	for i := 0; i < 9; i++ {
		if g[r][i] == v || g[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if g[i][j] == v {
				return false
			}
		}
	}
	return true
}

func (g *Grid) Solve(steps *int) bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if g[r][c] != 0 {
				continue
			}
			for v := uint8(1); v <= 9; v++ {
				if g.ok(r, c, v) {
					g[r][c] = v
					*steps++
					if g.Solve(steps) {
						return true
					}
					g[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (g Grid) String() string {
	s := ""
	for r, row := range g {
		if r > 0 && r%3 == 0 {
			s += "------+-------+------\n"
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				s += "| "
			}
			s += fmt.Sprint(v, " ")
		}
		s += "\n"
	}
	return s
}

func parse(rows [9]string) Grid {
	var g Grid
	for r, row := range rows {
		for c := 0; c < 9; c++ {
			if row[c] != '.' {
				g[r][c] = row[c] - '0'
			}
		}
	}
	return g
}

func main() {
	for n := 1; n <= 10; n++ {
		fmt.Printf("queens(%d) = %d\n", n, queens(n))
	}
	g := parse([9]string{
		"53..7....",
		"6..195...",
		".98....6.",
		"8...6...3",
		"4..8.3..1",
		"7...2...6",
		".6....28.",
		"...419..5",
		"....8..79",
	})
	orig := g
	steps := 0
	fmt.Println(g.Solve(&steps), steps)
	fmt.Print(g)
	fmt.Println(orig[0][2], g[0][2], orig == g)
	bad := orig
	bad[0][2] = 5
	fmt.Println(bad.Solve(&steps))
}
