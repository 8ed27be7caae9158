// run

// Graph algorithms over adjacency lists: BFS shortest hops, iterative and
// recursive DFS, topological sort with cycle detection, connected
// components, and Dijkstra's algorithm with a hand-written binary heap,
// used to route between cities and through a grid maze.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Edge struct {
	To     int
	Weight int
}

type Graph struct {
	names []string
	index map[string]int
	adj   [][]Edge
}

func NewGraph() *Graph { return &Graph{index: map[string]int{}} }

func (g *Graph) node(name string) int {
	if i, ok := g.index[name]; ok {
		return i
	}
	g.index[name] = len(g.names)
	g.names = append(g.names, name)
	g.adj = append(g.adj, nil)
	return len(g.names) - 1
}

func (g *Graph) AddEdge(from, to string, w int, directed bool) {
	a, b := g.node(from), g.node(to)
	g.adj[a] = append(g.adj[a], Edge{b, w})
	if !directed {
		g.adj[b] = append(g.adj[b], Edge{a, w})
	}
}

func (g *Graph) path(prev []int, to int) string {
	var p []string
	for v := to; v != -1; v = prev[v] {
		p = append(p, g.names[v])
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return strings.Join(p, " -> ")
}

func (g *Graph) BFS(from, to string) (int, string) {
	src, dst := g.index[from], g.index[to]
	dist := make([]int, len(g.names))
	prev := make([]int, len(g.names))
	for i := range dist {
		dist[i], prev[i] = -1, -1
	}
	dist[src] = 0
	queue := []int{src}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, e := range g.adj[v] {
			if dist[e.To] < 0 {
				dist[e.To] = dist[v] + 1
				prev[e.To] = v
				queue = append(queue, e.To)
			}
		}
	}
	if dist[dst] < 0 {
		return -1, "unreachable"
	}
	return dist[dst], g.path(prev, dst)
}

func (g *Graph) DFSOrder(from string) []string {
	seen := make([]bool, len(g.names))
	var order []string
	var visit func(v int)
	visit = func(v int) {
		seen[v] = true
		order = append(order, g.names[v])
		for _, e := range g.adj[v] {
			if !seen[e.To] {
				visit(e.To)
			}
		}
	}
	visit(g.index[from])
	return order
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph) TopoSort() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := make([]int, len(g.names))
	var out []string
	var visit func(v int) error
	visit = func(v int) error {
		switch color[v] {
		case grey:
			return fmt.Errorf("%w: through %s", ErrCycle, g.names[v])
		case black:
			return nil
		}
		color[v] = grey
		for _, e := range g.adj[v] {
			if err := visit(e.To); err != nil {
				return err
			}
		}
		color[v] = black
		out = append(out, g.names[v])
		return nil
	}
	for v := range g.names {
		if err := visit(v); err != nil {
			return nil, err
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

func (g *Graph) Components() [][]string {
	comp := make([]int, len(g.names))
	for i := range comp {
		comp[i] = -1
	}
	var groups [][]string
	for s := range g.names {
		if comp[s] >= 0 {
			continue
		}
		id := len(groups)
		groups = append(groups, nil)
		stack := []int{s}
		comp[s] = id
		for len(stack) > 0 {
			v := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			groups[id] = append(groups[id], g.names[v])
			for _, e := range g.adj[v] {
				if comp[e.To] < 0 {
					comp[e.To] = id
					stack = append(stack, e.To)
				}
			}
		}
		sort.Strings(groups[id])
	}
	return groups
}

type item struct{ node, dist int }

type minHeap []item

func (h *minHeap) push(x item) {
	*h = append(*h, x)
	a := *h
	for i := len(a) - 1; i > 0 && a[i].dist < a[(i-1)/2].dist; i = (i - 1) / 2 {
		a[i], a[(i-1)/2] = a[(i-1)/2], a[i]
	}
}

func (h *minHeap) pop() item {
	a := *h
	top := a[0]
	a[0] = a[len(a)-1]
	a = a[:len(a)-1]
	for i := 0; ; {
		m := i
		for _, c := range [2]int{2*i + 1, 2*i + 2} {
			if c < len(a) && a[c].dist < a[m].dist {
				m = c
			}
		}
		if m == i {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return top
}

func (g *Graph) Dijkstra(from string) (dist, prev []int) {
	const inf = int(^uint(0) >> 1)
	dist = make([]int, len(g.names))
	prev = make([]int, len(g.names))
	for i := range dist {
		dist[i], prev[i] = inf, -1
	}
	src := g.index[from]
	dist[src] = 0
	h := &minHeap{{src, 0}}
	for len(*h) > 0 {
		it := h.pop()
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g.adj[it.node] {
			if nd := it.dist + e.Weight; nd < dist[e.To] {
				dist[e.To], prev[e.To] = nd, it.node
				h.push(item{e.To, nd})
			}
		}
	}
	return dist, prev
}

const maze = `
S.#.......
.##.####.#
....#....#
.####.##.#
......#..E`

func main() {
	roads := NewGraph()
	for _, r := range []struct {
		a, b string
		km   int
	}{
		{"Amsterdam", "Berlin", 655}, {"Amsterdam", "Brussels", 210}, {"Brussels", "Paris", 300},
		{"Paris", "Lyon", 465}, {"Lyon", "Milan", 440}, {"Berlin", "Prague", 350},
		{"Prague", "Vienna", 330}, {"Vienna", "Milan", 860}, {"Berlin", "Munich", 585},
		{"Munich", "Vienna", 435}, {"Munich", "Milan", 490}, {"Paris", "Munich", 840},
		{"Dublin", "Cork", 260},
	} {
		roads.AddEdge(r.a, r.b, r.km, false)
	}
	for _, q := range [][2]string{{"Amsterdam", "Milan"}, {"Paris", "Prague"}, {"Cork", "Paris"}} {
		hops, p := roads.BFS(q[0], q[1])
		fmt.Printf("BFS %s->%s: %d hops: %s\n", q[0], q[1], hops, p)
	}
	dist, prev := roads.Dijkstra("Amsterdam")
	for _, city := range []string{"Milan", "Vienna", "Lyon", "Cork"} {
		v := roads.index[city]
		if prev[v] < 0 && dist[v] != 0 {
			fmt.Printf("Dijkstra Amsterdam->%s: no route\n", city)
			continue
		}
		fmt.Printf("Dijkstra Amsterdam->%s: %d km via %s\n", city, dist[v], roads.path(prev, v))
	}
	fmt.Println("DFS from Lyon:", strings.Join(roads.DFSOrder("Lyon"), ", "))
	for i, c := range roads.Components() {
		fmt.Printf("component %d: %v\n", i, c)
	}

	deps := NewGraph()
	for _, d := range []string{"shirt>tie", "tie>jacket", "trousers>shoes", "trousers>belt",
		"belt>jacket", "shirt>belt", "socks>shoes", "undershorts>trousers", "undershorts>shoes"} {
		a, b, _ := strings.Cut(d, ">")
		deps.AddEdge(a, b, 1, true)
	}
	order, err := deps.TopoSort()
	fmt.Println("dress order:", order, err)
	deps.AddEdge("jacket", "shirt", 1, true)
	order, err = deps.TopoSort()
	fmt.Println("with cycle:", order, err, errors.Is(err, ErrCycle))

	grid := NewGraph()
	lines := strings.Split(strings.TrimSpace(maze), "\n")
	name := func(r, c int) string { return fmt.Sprintf("%d,%d", r, c) }
	var start, end string
	for r, line := range lines {
		for c, ch := range line {
			if ch == '#' {
				continue
			}
			switch ch {
			case 'S':
				start = name(r, c)
			case 'E':
				end = name(r, c)
			}
			grid.node(name(r, c))
			for _, d := range [][2]int{{0, 1}, {1, 0}} {
				nr, nc := r+d[0], c+d[1]
				if nr < len(lines) && nc < len(line) && lines[nr][nc] != '#' {
					grid.AddEdge(name(r, c), name(nr, nc), 1, false)
				}
			}
		}
	}
	steps, p := grid.BFS(start, end)
	fmt.Printf("maze: %d steps\n", steps)
	rows := make([][]byte, len(lines))
	for i := range lines {
		rows[i] = []byte(lines[i])
	}
	for _, cell := range strings.Split(p, " -> ")[1:steps] {
		rs, cs, _ := strings.Cut(cell, ",")
		r, _ := strconv.Atoi(rs)
		c, _ := strconv.Atoi(cs)
		rows[r][c] = '*'
	}
	for _, row := range rows {
		fmt.Println(string(row))
	}
}
