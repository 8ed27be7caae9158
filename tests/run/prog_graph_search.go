// run

// Graph algorithms over adjacency slices: BFS shortest paths, iterative
// and recursive DFS, topological sort (Kahn), connected components with
// union-find, Dijkstra with an array-based heap, and cycle detection.
package main

import (
	"fmt"
	"strings"
)

type Edge struct {
	To, W int
}

type Graph struct {
	N        int
	Adj      [][]Edge
	Directed bool
	Names    []string
}

func NewGraph(names []string, directed bool) *Graph {
	return &Graph{N: len(names), Adj: make([][]Edge, len(names)), Directed: directed, Names: names}
}

func (g *Graph) AddEdge(a, b, w int) {
	g.Adj[a] = append(g.Adj[a], Edge{b, w})
	if !g.Directed {
		g.Adj[b] = append(g.Adj[b], Edge{a, w})
	}
}

func (g *Graph) BFS(src int) (dist, prev []int) {
	dist = make([]int, g.N)
	prev = make([]int, g.N)
	for i := range dist {
		dist[i], prev[i] = -1, -1
	}
	dist[src] = 0
	queue := []int{src}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, e := range g.Adj[u] {
			if dist[e.To] < 0 {
				dist[e.To] = dist[u] + 1
				prev[e.To] = u
				queue = append(queue, e.To)
			}
		}
	}
	return
}

func (g *Graph) Path(prev []int, to int) string {
	var parts []string
	for v := to; v >= 0; v = prev[v] {
		parts = append([]string{g.Names[v]}, parts...)
	}
	return strings.Join(parts, "->")
}

func (g *Graph) DFSRecursive(u int, seen []bool, visit func(int)) {
	seen[u] = true
	visit(u)
	for _, e := range g.Adj[u] {
		if !seen[e.To] {
			g.DFSRecursive(e.To, seen, visit)
		}
	}
}

func (g *Graph) DFSIterative(src int) []int {
	seen := make([]bool, g.N)
	var order []int
	stack := []int{src}
	for len(stack) > 0 {
		u := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[u] {
			continue
		}
		seen[u] = true
		order = append(order, u)
		for i := len(g.Adj[u]) - 1; i >= 0; i-- {
			if v := g.Adj[u][i].To; !seen[v] {
				stack = append(stack, v)
			}
		}
	}
	return order
}

func (g *Graph) TopoSort() ([]int, bool) {
	indeg := make([]int, g.N)
	for u := range g.Adj {
		for _, e := range g.Adj[u] {
			indeg[e.To]++
		}
	}
	var q, out []int
	for v, d := range indeg {
		if d == 0 {
			q = append(q, v)
		}
	}
	for len(q) > 0 {
		u := q[0]
		q = q[1:]
		out = append(out, u)
		for _, e := range g.Adj[u] {
			indeg[e.To]--
			if indeg[e.To] == 0 {
				q = append(q, e.To)
			}
		}
	}
	return out, len(out) == g.N
}

type UnionFind struct{ parent, rank []int }

func NewUF(n int) *UnionFind {
	u := &UnionFind{make([]int, n), make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case u.rank[ra] < u.rank[rb]:
		ra, rb = rb, ra
	case u.rank[ra] == u.rank[rb]:
		u.rank[ra]++
	}
	u.parent[rb] = ra
	return true
}

type item struct{ node, dist int }

func (g *Graph) Dijkstra(src int) []int {
	const inf = int(^uint(0) >> 1)
	dist := make([]int, g.N)
	for i := range dist {
		dist[i] = inf
	}
	dist[src] = 0
	h := []item{{src, 0}}
	for len(h) > 0 {
		top := h[0]
		h[0] = h[len(h)-1]
		h = h[:len(h)-1]
		for i := 0; ; {
			m, l, r := i, 2*i+1, 2*i+2
			if l < len(h) && h[l].dist < h[m].dist {
				m = l
			}
			if r < len(h) && h[r].dist < h[m].dist {
				m = r
			}
			if m == i {
				break
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
		if top.dist > dist[top.node] {
			continue
		}
		for _, e := range g.Adj[top.node] {
			if nd := top.dist + e.W; nd < dist[e.To] {
				dist[e.To] = nd
				h = append(h, item{e.To, nd})
				for i := len(h) - 1; i > 0 && h[(i-1)/2].dist > h[i].dist; i = (i - 1) / 2 {
					h[i], h[(i-1)/2] = h[(i-1)/2], h[i]
				}
			}
		}
	}
	for i, d := range dist {
		if d == inf {
			dist[i] = -1
		}
	}
	return dist
}

func (g *Graph) HasCycle() bool {
	const (
		white = iota
		grey
		black
	)
	color := make([]int8, g.N)
	var visit func(u int) bool
	visit = func(u int) bool {
		color[u] = grey
		for _, e := range g.Adj[u] {
			switch color[e.To] {
			case grey:
				return true
			case white:
				if visit(e.To) {
					return true
				}
			}
		}
		color[u] = black
		return false
	}
	for u := 0; u < g.N; u++ {
		if color[u] == white && visit(u) {
			return true
		}
	}
	return false
}

func main() {
	names := []string{"A", "B", "C", "D", "E", "F", "G", "H"}
	g := NewGraph(names, false)
	for _, e := range [][3]int{{0, 1, 4}, {0, 2, 1}, {2, 1, 2}, {1, 3, 5}, {2, 3, 8}, {3, 4, 3}, {4, 5, 1}, {6, 7, 2}} {
		g.AddEdge(e[0], e[1], e[2])
	}
	dist, prev := g.BFS(0)
	fmt.Println("bfs dist", dist)
	fmt.Println("path to F:", g.Path(prev, 5))
	var rec []string
	g.DFSRecursive(0, make([]bool, g.N), func(u int) { rec = append(rec, names[u]) })
	fmt.Println("dfs rec", rec)
	fmt.Println("dfs iter", g.DFSIterative(0))
	fmt.Println("dijkstra", g.Dijkstra(0))
	uf := NewUF(g.N)
	for u := range g.Adj {
		for _, e := range g.Adj[u] {
			uf.Union(u, e.To)
		}
	}
	comps := 0
	for i := 0; i < g.N; i++ {
		if uf.Find(i) == i {
			comps++
		}
	}
	fmt.Println("components", comps, uf.Find(7) == uf.Find(6), uf.Find(0) == uf.Find(6))
	dag := NewGraph([]string{"shirt", "tie", "jacket", "belt", "pants", "shoes", "socks"}, true)
	for _, e := range [][2]int{{0, 1}, {1, 2}, {0, 3}, {3, 2}, {4, 3}, {4, 5}, {6, 5}} {
		dag.AddEdge(e[0], e[1], 1)
	}
	order, ok := dag.TopoSort()
	var words []string
	for _, v := range order {
		words = append(words, dag.Names[v])
	}
	fmt.Println("topo", ok, words, "cycle:", dag.HasCycle())
	dag.AddEdge(2, 0, 1)
	_, ok = dag.TopoSort()
	fmt.Println("topo after back edge", ok, "cycle:", dag.HasCycle())
	// A grid maze solved with BFS over implicit edges.
	maze := []string{
		"S.#.....",
		".##.###.",
		"....#...",
		"#.#.#.#.",
		"..#...#E",
	}
	type pt struct{ r, c int }
	start, end := pt{0, 0}, pt{4, 7}
	steps := map2(len(maze), len(maze[0]))
	steps[start.r][start.c] = 0
	q := []pt{start}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		for _, d := range [4]pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= len(maze) || n.c >= len(maze[0]) || maze[n.r][n.c] == '#' || steps[n.r][n.c] >= 0 {
				continue
			}
			steps[n.r][n.c] = steps[p.r][p.c] + 1
			q = append(q, n)
		}
	}
	fmt.Println("maze steps", steps[end.r][end.c])
}

func map2(r, c int) [][]int {
	g := make([][]int, r)
	for i := range g {
		g[i] = make([]int, c)
		for j := range g[i] {
			g[i][j] = -1
		}
	}
	return g
}
