// run

// An LRU cache built from a doubly linked list with a sentinel node and a
// map from keys to list nodes, with eviction callbacks, hit statistics, a
// TTL variant through embedding, and a memoised function on top.
package main

import (
	"fmt"
	"strings"
)

type node struct {
	key        string
	value      int
	prev, next *node
}

type list struct {
	root node // sentinel: root.next is the front (most recent)
	len  int
}

func (l *list) init() *list {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

func (l *list) insertAfter(n, at *node) {
	n.prev = at
	n.next = at.next
	at.next.prev = n
	at.next = n
	l.len++
}

func (l *list) remove(n *node) {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
	l.len--
}

func (l *list) moveToFront(n *node) {
	if l.root.next == n {
		return
	}
	l.remove(n)
	l.insertAfter(n, &l.root)
}

func (l *list) back() *node {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

type Stats struct {
	Hits, Misses, Evictions int
}

func (s Stats) HitRate() float64 {
	if s.Hits+s.Misses == 0 {
		return 0
	}
	return float64(s.Hits) / float64(s.Hits+s.Misses)
}

type LRU struct {
	Stats
	capacity int
	items    map[string]*node
	order    list
	OnEvict  func(key string, value int)
}

func NewLRU(capacity int) *LRU {
	c := &LRU{capacity: capacity, items: make(map[string]*node, capacity)}
	c.order.init()
	return c
}

func (c *LRU) Get(key string) (int, bool) {
	n, ok := c.items[key]
	if !ok {
		c.Misses++
		return 0, false
	}
	c.Hits++
	c.order.moveToFront(n)
	return n.value, true
}

func (c *LRU) Put(key string, value int) {
	if n, ok := c.items[key]; ok {
		n.value = value
		c.order.moveToFront(n)
		return
	}
	if c.order.len >= c.capacity {
		c.evict()
	}
	n := &node{key: key, value: value}
	c.order.insertAfter(n, &c.order.root)
	c.items[key] = n
}

func (c *LRU) evict() {
	old := c.order.back()
	if old == nil {
		return
	}
	c.order.remove(old)
	delete(c.items, old.key)
	c.Evictions++
	if c.OnEvict != nil {
		c.OnEvict(old.key, old.value)
	}
}

func (c *LRU) Delete(key string) bool {
	n, ok := c.items[key]
	if ok {
		c.order.remove(n)
		delete(c.items, key)
	}
	return ok
}

func (c *LRU) Len() int { return c.order.len }

func (c *LRU) String() string {
	var parts []string
	for n := c.order.root.next; n != &c.order.root; n = n.next {
		parts = append(parts, fmt.Sprintf("%s:%d", n.key, n.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// check verifies the list and the map agree, in both directions.
func (c *LRU) check() error {
	count := 0
	for n := c.order.root.next; n != &c.order.root; n = n.next {
		if n.next.prev != n {
			return fmt.Errorf("broken back link at %s", n.key)
		}
		if c.items[n.key] != n {
			return fmt.Errorf("map does not point at node %s", n.key)
		}
		count++
	}
	if count != len(c.items) || count != c.order.len {
		return fmt.Errorf("list has %d nodes, map %d, len %d", count, len(c.items), c.order.len)
	}
	return nil
}

// TTLCache expires entries after a number of ticks of a logical clock.
type TTLCache struct {
	*LRU
	ttl     int
	now     int
	written map[string]int
}

func NewTTL(capacity, ttl int) *TTLCache {
	return &TTLCache{LRU: NewLRU(capacity), ttl: ttl, written: map[string]int{}}
}

func (t *TTLCache) Tick() { t.now++ }

func (t *TTLCache) Put(key string, v int) {
	t.LRU.Put(key, v)
	t.written[key] = t.now
}

func (t *TTLCache) Get(key string) (int, bool) {
	if w, ok := t.written[key]; ok && t.now-w >= t.ttl {
		t.Delete(key)
		delete(t.written, key)
		t.Misses++
		return 0, false
	}
	return t.LRU.Get(key)
}

func memoize(cache *LRU, f func(int) int) func(int) int {
	return func(n int) int {
		key := fmt.Sprint(n)
		if v, ok := cache.Get(key); ok {
			return v
		}
		v := f(n)
		cache.Put(key, v)
		return v
	}
}

func main() {
	c := NewLRU(3)
	var evicted []string
	c.OnEvict = func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c, c.Len())
	v, ok := c.Get("a")
	fmt.Println("get a:", v, ok, c)
	c.Put("d", 4)
	fmt.Println("put d:", c, "evicted", evicted)
	_, ok = c.Get("b")
	fmt.Println("get b:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c, "evicted", evicted)
	fmt.Println("delete c:", c.Delete("c"), c.Delete("zz"), c)
	c.Put("f", 6)
	c.Put("g", 7)
	fmt.Println(c, "evicted", evicted, "check:", c.check())
	fmt.Printf("hits=%d misses=%d evictions=%d rate=%.2f\n", c.Hits, c.Misses, c.Evictions, c.HitRate())

	// A skewed access pattern over many keys.
	big := NewLRU(16)
	for i := 0; i < 2000; i++ {
		k := (i * i * 7) % 97
		if i%3 == 0 {
			k %= 10 // hot keys
		}
		key := fmt.Sprintf("k%02d", k)
		if _, ok := big.Get(key); !ok {
			big.Put(key, i)
		}
	}
	fmt.Printf("big: len=%d hits=%d misses=%d evictions=%d rate=%.3f check=%v\n",
		big.Len(), big.Hits, big.Misses, big.Evictions, big.HitRate(), big.check())

	t := NewTTL(4, 3)
	t.Put("x", 10)
	t.Tick()
	t.Put("y", 20)
	for i := 0; i < 4; i++ {
		xv, xok := t.Get("x")
		yv, yok := t.Get("y")
		fmt.Printf("tick %d: x=%d,%v y=%d,%v %v\n", t.now, xv, xok, yv, yok, t.LRU)
		t.Tick()
	}
	fmt.Printf("ttl stats: %+v\n", t.Stats)

	calls := 0
	var fib func(int) int
	fib = memoize(NewLRU(8), func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println("fib(60) =", fib(60), "calls:", calls)
	fmt.Println("fib(30) =", fib(30), "calls:", calls)
}
