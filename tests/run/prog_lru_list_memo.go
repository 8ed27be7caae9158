// run

package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap     int
	ll      *list.List
	items   map[string]*list.Element
	hits    int
	misses  int
	evicted []string
	OnEvict func(key string, value int)
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).value, true
	}
	c.misses++
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry{key, value})
	c.items[key] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry)
		delete(c.items, e.key)
		c.evicted = append(c.evicted, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
	}
}

func (c *LRU) String() string {
	var sb strings.Builder
	sb.WriteByte('[')
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		if el != c.ll.Front() {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%s:%d", e.key, e.value)
	}
	sb.WriteByte(']')
	return sb.String()
}

func fibMemo() func(int) int {
	memo := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	return fib
}

func main() {
	c := NewLRU(3)
	evictSum := 0
	c.OnEvict = func(k string, v int) { evictSum += v }
	script := "put a 1;put b 2;put c 3;get a;put d 4;get b;get c;put e 5;put a 10;get a;get d;put f 6;get zz"
	for _, cmd := range strings.Split(script, ";") {
		parts := strings.Fields(cmd)
		switch parts[0] {
		case "put":
			var v int
			fmt.Sscan(parts[2], &v)
			c.Put(parts[1], v)
			fmt.Printf("%-10s -> %v\n", cmd, c)
		case "get":
			v, ok := c.Get(parts[1])
			fmt.Printf("%-10s -> %d %t %v\n", cmd, v, ok, c)
		}
	}
	fmt.Println("hits", c.hits, "misses", c.misses, "evicted", c.evicted, "sum", evictSum)
	fib := fibMemo()
	fmt.Println(fib(90))
	big := NewLRU(100)
	for i := 0; i < 10000; i++ {
		big.Put(fmt.Sprintf("k%d", i%250), i)
		if i%7 == 0 {
			big.Get(fmt.Sprintf("k%d", (i*13)%250))
		}
	}
	fmt.Println(big.ll.Len(), len(big.items), big.hits, big.misses, len(big.evicted))
}
