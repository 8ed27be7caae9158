// run

// Conway's Game of Life on a toroidal grid: patterns parsed from text,
// generations printed, population statistics, and cycle detection by
// remembering every board seen so far.
package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	cells := make([][]bool, h)
	for y := range cells {
		cells[y] = make([]bool, w)
	}
	return &Grid{w: w, h: h, cells: cells}
}

// Place copies a pattern written with '#' (alive) and '.' (dead) at (x, y).
func (g *Grid) Place(x, y int, pattern string) {
	for dy, row := range strings.Split(strings.TrimSpace(pattern), "\n") {
		for dx, c := range strings.TrimSpace(row) {
			if c == '#' {
				g.Set(x+dx, y+dy, true)
			}
		}
	}
}

func (g *Grid) wrap(x, y int) (int, int) {
	return ((x % g.w) + g.w) % g.w, ((y % g.h) + g.h) % g.h
}

func (g *Grid) Set(x, y int, alive bool) {
	x, y = g.wrap(x, y)
	g.cells[y][x] = alive
}

func (g *Grid) Alive(x, y int) bool {
	x, y = g.wrap(x, y)
	return g.cells[y][x]
}

func (g *Grid) Neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

// Rule decides the next state of a cell from its state and neighbour count.
type Rule func(alive bool, n int) bool

func Conway(alive bool, n int) bool { return n == 3 || alive && n == 2 }

// HighLife is B36/S23.
func HighLife(alive bool, n int) bool { return n == 3 || !alive && n == 6 || alive && n == 2 }

func (g *Grid) Step(rule Rule, next *Grid) {
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			next.cells[y][x] = rule(g.cells[y][x], g.Neighbours(x, y))
		}
	}
}

func (g *Grid) Population() int {
	n := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func (g *Grid) String() string {
	var b strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// BoundingBox returns the smallest rectangle holding every live cell.
func (g *Grid) BoundingBox() (x0, y0, x1, y1 int, ok bool) {
	x0, y0 = g.w, g.h
	x1, y1 = -1, -1
	for y, row := range g.cells {
		for x, c := range row {
			if c {
				x0, y0 = min(x0, x), min(y0, y)
				x1, y1 = max(x1, x), max(y1, y)
			}
		}
	}
	return x0, y0, x1, y1, x1 >= 0
}

type Sim struct {
	cur, next *Grid
	rule      Rule
	gen       int
	seen      map[string]int
}

func NewSim(g *Grid, rule Rule) *Sim {
	return &Sim{cur: g, next: NewGrid(g.w, g.h), rule: rule, seen: map[string]int{}}
}

// Advance runs one generation and reports a cycle (first generation and
// period) once a board repeats.
func (s *Sim) Advance() (start, period int, cycled bool) {
	s.seen[s.cur.String()] = s.gen
	s.cur.Step(s.rule, s.next)
	s.cur, s.next = s.next, s.cur
	s.gen++
	if g, ok := s.seen[s.cur.String()]; ok {
		return g, s.gen - g, true
	}
	return 0, 0, false
}

const glider = `
.#.
..#
###`

const blinker = "###"

const rpentomino = `
.##
##.
.#.`

const beacon = `
##..
##..
..##
..##`

func run(name string, w, h int, rule Rule, show, limit int, patterns ...func(*Grid)) {
	g := NewGrid(w, h)
	for _, p := range patterns {
		p(g)
	}
	s := NewSim(g, rule)
	fmt.Printf("== %s (%dx%d), population %d\n", name, w, h, g.Population())
	pops := []int{g.Population()}
	for s.gen < limit {
		if s.gen < show {
			fmt.Printf("gen %d:\n%s", s.gen, s.cur)
		}
		start, period, cycled := s.Advance()
		pops = append(pops, s.cur.Population())
		if cycled {
			fmt.Printf("cycle: generation %d repeats generation %d (period %d)\n", s.gen, start, period)
			break
		}
	}
	if x0, y0, x1, y1, ok := s.cur.BoundingBox(); ok {
		fmt.Printf("after %d generations: population %d, box (%d,%d)-(%d,%d)\n", s.gen, s.cur.Population(), x0, y0, x1, y1)
	} else {
		fmt.Printf("after %d generations: extinct\n", s.gen)
	}
	peak, at := 0, 0
	for i, p := range pops {
		if p > peak {
			peak, at = p, i
		}
	}
	fmt.Printf("peak population %d at generation %d\n", peak, at)
}

func at(x, y int, pattern string) func(*Grid) {
	return func(g *Grid) { g.Place(x, y, pattern) }
}

func main() {
	run("blinker", 5, 5, Conway, 3, 10, at(1, 2, blinker))
	run("beacon", 6, 6, Conway, 3, 10, at(1, 1, beacon))
	run("glider", 8, 8, Conway, 5, 100, at(0, 0, glider))
	run("r-pentomino", 24, 16, Conway, 2, 300, at(10, 6, rpentomino))
	run("block + glider", 10, 10, Conway, 0, 200, at(0, 0, glider), at(6, 6, "##\n##"))
	run("diehard-ish", 12, 8, Conway, 0, 200, at(2, 3, "......#.\n##......\n.#...###"))
	run("highlife replicator", 16, 16, HighLife, 2, 60, at(6, 6, ".###\n#..#\n#...\n#..."))
	run("lonely", 4, 4, Conway, 2, 5, func(g *Grid) { g.Set(1, 1, true); g.Set(-1, -1, true) })
}
