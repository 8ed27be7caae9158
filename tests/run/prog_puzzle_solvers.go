// run

// Backtracking puzzle solvers: N-queens (all solutions counted with bit
// masks, the first one drawn), a Sudoku solver with constraint bitsets and
// the most-constrained-cell heuristic, and a knight's tour by Warnsdorff's
// rule.
package main

import (
	"errors"
	"fmt"
	"math/bits"
	"strings"
)

func queens(n int) (count int, first []int) {
	cols := make([]int, n)
	var place func(row int, used, diag1, diag2 uint)
	place = func(row int, used, diag1, diag2 uint) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
		free := ^(used | diag1 | diag2) & (1<<uint(n) - 1)
		for free != 0 {
			bit := free & -free
			free &^= bit
			cols[row] = bits.TrailingZeros(bit)
			place(row+1, used|bit, (diag1|bit)<<1, (diag2|bit)>>1)
		}
	}
	place(0, 0, 0, 0)
	return
}

func drawBoard(cols []int) string {
	var b strings.Builder
	for _, c := range cols {
		b.WriteString(strings.Repeat(". ", c) + "Q" + strings.Repeat(" .", len(cols)-c-1) + "\n")
	}
	return b.String()
}

type Sudoku struct {
	cells            [81]int8
	rows, cols, boxs [9]uint16 // digits used, bit d for digit d
	guesses          int
}

var ErrInvalid = errors.New("invalid puzzle")
var ErrNoSolution = errors.New("no solution")

func box(r, c int) int { return r/3*3 + c/3 }

func ParseSudoku(s string) (*Sudoku, error) {
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return nil, fmt.Errorf("%w: %d cells", ErrInvalid, len(s))
	}
	p := &Sudoku{}
	for i := 0; i < 81; i++ {
		ch := s[i]
		if ch == '.' || ch == '0' {
			continue
		}
		if ch < '1' || ch > '9' {
			return nil, fmt.Errorf("%w: bad character %q at %d", ErrInvalid, ch, i)
		}
		if !p.set(i, int8(ch-'0')) {
			return nil, fmt.Errorf("%w: digit %c repeated at row %d col %d", ErrInvalid, ch, i/9+1, i%9+1)
		}
	}
	return p, nil
}

func (p *Sudoku) set(i int, d int8) bool {
	r, c := i/9, i%9
	bit := uint16(1) << d
	if (p.rows[r]|p.cols[c]|p.boxs[box(r, c)])&bit != 0 {
		return false
	}
	p.cells[i] = d
	p.rows[r] |= bit
	p.cols[c] |= bit
	p.boxs[box(r, c)] |= bit
	return true
}

func (p *Sudoku) clear(i int) {
	r, c := i/9, i%9
	bit := ^(uint16(1) << p.cells[i])
	p.rows[r] &= bit
	p.cols[c] &= bit
	p.boxs[box(r, c)] &= bit
	p.cells[i] = 0
}

func (p *Sudoku) Solve() bool {
	best, bestCount := -1, 10
	var bestFree uint16
	for i, v := range p.cells {
		if v != 0 {
			continue
		}
		r, c := i/9, i%9
		free := ^(p.rows[r] | p.cols[c] | p.boxs[box(r, c)]) & 0x3FE
		if n := bits.OnesCount16(free); n < bestCount {
			best, bestCount, bestFree = i, n, free
			if n == 0 {
				return false
			}
		}
	}
	if best < 0 {
		return true
	}
	for d := int8(1); d <= 9; d++ {
		if bestFree&(1<<d) == 0 {
			continue
		}
		p.guesses++
		p.set(best, d)
		if p.Solve() {
			return true
		}
		p.clear(best)
	}
	return false
}

func (p *Sudoku) String() string {
	var b strings.Builder
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			b.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				b.WriteString("| ")
			}
			if v := p.cells[r*9+c]; v == 0 {
				b.WriteString(". ")
			} else {
				b.WriteString(fmt.Sprintf("%d ", v))
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func solve(name, puzzle string) {
	p, err := ParseSudoku(puzzle)
	if err != nil {
		fmt.Printf("%s: %v (invalid=%v)\n", name, err, errors.Is(err, ErrInvalid))
		return
	}
	if !p.Solve() {
		fmt.Printf("%s: %v after %d guesses\n", name, ErrNoSolution, p.guesses)
		return
	}
	fmt.Printf("%s: solved with %d guesses\n%s", name, p.guesses, p)
}

func knightsTour(n, start int) ([]int, bool) {
	board := make([]int, n*n)
	moves := [8][2]int{{1, 2}, {2, 1}, {2, -1}, {1, -2}, {-1, -2}, {-2, -1}, {-2, 1}, {-1, 2}}
	next := func(sq int) []int {
		var out []int
		r, c := sq/n, sq%n
		for _, m := range moves {
			nr, nc := r+m[0], c+m[1]
			if nr >= 0 && nr < n && nc >= 0 && nc < n && board[nr*n+nc] == 0 {
				out = append(out, nr*n+nc)
			}
		}
		return out
	}
	sq := start
	board[sq] = 1
	for step := 2; step <= n*n; step++ {
		cands := next(sq)
		if len(cands) == 0 {
			return board, false
		}
		best, bestDeg := -1, 9
		for _, c := range cands {
			board[c] = -1
			d := len(next(c))
			board[c] = 0
			if d < bestDeg {
				best, bestDeg = c, d
			}
		}
		sq = best
		board[sq] = step
	}
	return board, true
}

func main() {
	for n := 1; n <= 10; n++ {
		count, first := queens(n)
		fmt.Printf("%2d-queens: %4d solutions, first %v\n", n, count, first)
	}
	_, eight := queens(8)
	fmt.Print(drawBoard(eight))

	solve("easy", `
		53..7.... 6..195... .98....6.
		8...6...3 4..8.3..1 7...2...6
		.6....28. ...419..5 ....8..79`)
	solve("hard", `
		8........ ..36..... .7..9.2..
		.5...7... ....457.. ...1...3.
		..1....68 ..85...1. .9....4..`)
	solve("contradiction", `
		12345678. ........9 .........
		......... ......... .........
		......... ......... .........`)
	solve("short", "123")
	solve("duplicate", "11"+strings.Repeat(".", 79))
	solve("letter", "x"+strings.Repeat(".", 80))

	for _, n := range []int{5, 6, 8} {
		board, ok := knightsTour(n, 0)
		fmt.Printf("knight's tour %dx%d complete=%v\n", n, n, ok)
		if ok {
			for r := 0; r < n; r++ {
				for c := 0; c < n; c++ {
					fmt.Printf("%3d", board[r*n+c])
				}
				fmt.Println()
			}
		}
	}
}
