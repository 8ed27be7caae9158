// run

// Conway's game of life on a fixed-size torus, with the board as an array
// of arrays (copied by value each generation), pattern detection, and a
// population history.
package main

import (
	"fmt"
	"strings"
)

const W, H = 16, 10

type Board [H][W]bool

func (b *Board) Set(pattern []string, top, left int) {
	for r, line := range pattern {
		for c, ch := range line {
			if ch == '#' {
				b[(top+r)%H][(left+c)%W] = true
			}
		}
	}
}

func (b Board) Neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr := (r + dr + H) % H
			cc := (c + dc + W) % W
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b Board) Step() Board {
	var next Board
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := b.Neighbours(r, c)
			switch {
			case b[r][c] && (n == 2 || n == 3):
				next[r][c] = true
			case !b[r][c] && n == 3:
				next[r][c] = true
			}
		}
	}
	return next
}

func (b Board) Population() int {
	n := 0
	for _, row := range b {
		for _, v := range row {
			if v {
				n++
			}
		}
	}
	return n
}

func (b Board) String() string {
	var sb strings.Builder
	for _, row := range b {
		for _, v := range row {
			if v {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	var b Board
	b.Set([]string{".#.", "..#", "###"}, 0, 0) // glider
	b.Set([]string{"###"}, 5, 10)              // blinker
	b.Set([]string{"##", "##"}, 7, 2)          // block
	fmt.Print(b)
	history := []Board{b}
	var pops []int
	for gen := 1; gen <= 40; gen++ {
		b = b.Step()
		pops = append(pops, b.Population())
		for i, old := range history {
			if old == b {
				fmt.Printf("generation %d repeats generation %d\n", gen, i)
			}
		}
		history = append(history, b)
		if gen%10 == 0 {
			fmt.Printf("generation %d, population %d\n", gen, b.Population())
			fmt.Print(b)
		}
	}
	fmt.Println(pops)
	first := history[0]
	first[0][0] = !first[0][0]
	fmt.Println(first == history[0], history[0][0][0])
}
