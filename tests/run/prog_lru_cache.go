// run

// An LRU cache without maps: entries live in a slice-backed doubly linked
// list with a free list, and lookups go through an open-addressing hash
// table of indices written in the program.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type entry struct {
	key        string
	value      int
	prev, next int32
	used       bool
}

type LRU struct {
	entries    []entry
	head, tail int32 // most and least recently used; -1 when empty
	free       []int32
	table      []int32 // -1 empty, -2 deleted, else entry index
	size       int
	hits, miss int
	evicted    []string
}

func NewLRU(capacity int) *LRU {
	c := &LRU{entries: make([]entry, capacity), head: -1, tail: -1}
	for i := capacity - 1; i >= 0; i-- {
		c.free = append(c.free, int32(i))
	}
	c.table = make([]int32, capacity*2+1)
	for i := range c.table {
		c.table[i] = -1
	}
	return c
}

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// slot finds key's slot, or the slot where it would be inserted.
func (c *LRU) slot(key string) (int, bool) {
	n := len(c.table)
	i := int(hash(key) % uint32(n))
	firstDeleted := -1
	for probes := 0; probes < n; probes++ {
		switch e := c.table[i]; {
		case e == -1:
			if firstDeleted >= 0 {
				return firstDeleted, false
			}
			return i, false
		case e == -2:
			if firstDeleted < 0 {
				firstDeleted = i
			}
		case c.entries[e].key == key:
			return i, true
		}
		i = (i + 1) % n
	}
	return firstDeleted, false
}

func (c *LRU) unlink(i int32) {
	e := &c.entries[i]
	if e.prev >= 0 {
		c.entries[e.prev].next = e.next
	} else {
		c.head = e.next
	}
	if e.next >= 0 {
		c.entries[e.next].prev = e.prev
	} else {
		c.tail = e.prev
	}
}

func (c *LRU) pushFront(i int32) {
	e := &c.entries[i]
	e.prev, e.next = -1, c.head
	if c.head >= 0 {
		c.entries[c.head].prev = i
	}
	c.head = i
	if c.tail < 0 {
		c.tail = i
	}
}

func (c *LRU) Get(key string) (int, bool) {
	s, ok := c.slot(key)
	if !ok {
		c.miss++
		return 0, false
	}
	c.hits++
	i := c.table[s]
	c.unlink(i)
	c.pushFront(i)
	return c.entries[i].value, true
}

func (c *LRU) Put(key string, value int) {
	s, ok := c.slot(key)
	if ok {
		i := c.table[s]
		c.entries[i].value = value
		c.unlink(i)
		c.pushFront(i)
		return
	}
	if len(c.free) == 0 {
		victim := c.tail
		vk := c.entries[victim].key
		c.evicted = append(c.evicted, vk)
		vs, _ := c.slot(vk)
		c.table[vs] = -2
		c.unlink(victim)
		c.entries[victim] = entry{}
		c.free = append(c.free, victim)
		c.size--
		s, _ = c.slot(key)
	}
	i := c.free[len(c.free)-1]
	c.free = c.free[:len(c.free)-1]
	c.entries[i] = entry{key: key, value: value, used: true}
	c.pushFront(i)
	c.table[s] = i
	c.size++
}

func (c *LRU) Keys() []string {
	var ks []string
	for i := c.head; i >= 0; i = c.entries[i].next {
		ks = append(ks, c.entries[i].key)
	}
	return ks
}

func main() {
	c := NewLRU(4)
	ops := "put a 1;put b 2;put c 3;get a;put d 4;put e 5;get b;get c;put a 10;get a;put f 6;get d;get e;put g 7;put h 8;get a;get f"
	for _, op := range strings.Split(ops, ";") {
		f := strings.Fields(op)
		switch f[0] {
		case "put":
			v, err := strconv.Atoi(f[2])
			if err != nil {
				panic(err)
			}
			c.Put(f[1], v)
			fmt.Printf("%-9s -> %v\n", op, c.Keys())
		case "get":
			v, ok := c.Get(f[1])
			fmt.Printf("%-9s -> %d %v %v\n", op, v, ok, c.Keys())
		}
	}
	fmt.Println("size", c.size, "hits", c.hits, "misses", c.miss)
	fmt.Println("evicted", c.evicted)
	// Stress: many keys through a small cache; deleted slots are reused.
	big := NewLRU(8)
	for i := 0; i < 1000; i++ {
		k := fmt.Sprintf("k%d", i%37)
		if _, ok := big.Get(k); !ok {
			big.Put(k, i)
		}
	}
	fmt.Println(big.size, big.hits, big.miss, len(big.evicted), big.Keys())
}
