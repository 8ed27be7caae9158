// run

package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	to     string
	weight int
}

type Graph struct {
	adj   map[string][]Edge
	nodes []string
}

func NewGraph() *Graph { return &Graph{adj: make(map[string][]Edge)} }

func (g *Graph) addNode(n string) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph) AddEdge(a, b string, w int) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], Edge{b, w})
	g.adj[b] = append(g.adj[b], Edge{a, w})
}

type item struct {
	node  string
	dist  int
	index int
}

type PQ []*item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].dist == pq[j].dist {
		return pq[i].node < pq[j].node
	}
	return pq[i].dist < pq[j].dist
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	items := map[string]*item{}
	pq := &PQ{}
	for _, n := range g.nodes {
		d := math.MaxInt
		if n == src {
			d = 0
		}
		dist[n] = d
		it := &item{node: n, dist: d}
		items[n] = it
		heap.Push(pq, it)
	}
	for pq.Len() > 0 {
		u := heap.Pop(pq).(*item)
		if u.dist == math.MaxInt {
			break
		}
		for _, e := range g.adj[u.node] {
			alt := u.dist + e.weight
			if alt < dist[e.to] {
				dist[e.to] = alt
				prev[e.to] = u.node
				it := items[e.to]
				it.dist = alt
				heap.Fix(pq, it.index)
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) []string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return p
}

func (g *Graph) BFS(src string) []string {
	seen := map[string]bool{src: true}
	q := list.New()
	q.PushBack(src)
	var order []string
	for q.Len() > 0 {
		e := q.Front()
		q.Remove(e)
		n := e.Value.(string)
		order = append(order, n)
		for _, ed := range g.adj[n] {
			if !seen[ed.to] {
				seen[ed.to] = true
				q.PushBack(ed.to)
			}
		}
	}
	return order
}

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] > h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	g := NewGraph()
	edges := `A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1`
	for _, line := range strings.Split(edges, "\n") {
		var a, b string
		var w int
		n, err := fmt.Sscanf(line, "%s %s %d", &a, &b, &w)
		if err != nil || n != 3 {
			fmt.Println("bad line", line, err)
			continue
		}
		g.AddEdge(a, b, w)
	}
	dist, prev := g.Dijkstra("A")
	for _, n := range g.nodes {
		if dist[n] == math.MaxInt {
			fmt.Printf("%s: unreachable\n", n)
			continue
		}
		fmt.Printf("%s: %3d via %s\n", n, dist[n], strings.Join(path(prev, n), "->"))
	}
	fmt.Println("bfs:", g.BFS("A"))
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 10)
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)
	l := list.New()
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
	}
	l.MoveToFront(l.Back())
	l.InsertAfter(99, l.Front())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
