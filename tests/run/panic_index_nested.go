// run

package main

import "fmt"

type Grid struct{ cells [][]int }

func (g *Grid) At(r, c int) int { return g.cells[r][c] }

func main() {
	g := &Grid{cells: [][]int{{1, 2}, {3}}}
	fmt.Println(g.At(0, 1), g.At(1, 0))
	fmt.Println(g.At(1, 1))
}
