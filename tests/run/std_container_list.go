// run

// container/list: insertion, moves, removal, lists of lists, foreign
// elements (ignored), and an LRU cache built on it.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) string {
	s := "["
	for e := l.Front(); e != nil; e = e.Next() {
		if e != l.Front() {
			s += " "
		}
		s += fmt.Sprint(e.Value)
	}
	s += "] back:"
	for e := l.Back(); e != nil; e = e.Prev() {
		s += fmt.Sprint(" ", e.Value)
	}
	return s + fmt.Sprint(" len=", l.Len())
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val int
}

func (c *LRU) Get(k string) (int, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*entry).key)
		fmt.Println("evict", old.Value.(*entry).key)
	}
}

func main() {
	var l list.List // zero value is usable
	fmt.Println(dump(&l), l.Front() == nil, l.Back() == nil)
	e1 := l.PushBack(1)
	e2 := l.PushBack(2)
	e0 := l.PushFront(0)
	l.InsertAfter(15, e1)
	l.InsertBefore(-1, e0)
	fmt.Println(dump(&l))
	l.MoveToBack(e0)
	l.MoveToFront(e2)
	l.MoveAfter(e1, e2)
	l.MoveBefore(e0, e1)
	fmt.Println(dump(&l))
	fmt.Println(l.Remove(e1), dump(&l), e1.Next() == nil, e1.Prev() == nil)
	fmt.Println(l.Remove(e1), dump(&l)) // removing twice does nothing

	other := list.New()
	f := other.PushBack("x")
	fmt.Println(l.InsertAfter(99, f) == nil, l.InsertBefore(99, f) == nil)
	l.MoveToFront(f)
	l.Remove(f)
	fmt.Println(dump(&l), dump(other))

	l.PushBackList(&l)
	fmt.Println(dump(&l))
	other.PushFrontList(&l)
	fmt.Println(dump(other))
	l.Init()
	fmt.Println(dump(&l))

	c := &LRU{cap: 2, ll: list.New(), items: map[string]*list.Element{}}
	c.Put("a", 1)
	c.Put("b", 2)
	c.Get("a")
	c.Put("c", 3)
	_, okb := c.Get("b")
	va, oka := c.Get("a")
	c.Put("a", 10)
	c.Put("d", 4)
	vd, _ := c.Get("d")
	fmt.Println(okb, va, oka, vd, c.ll.Len())
}
