// Package list implements a doubly linked list.
//
// rgo's container/list, written in Go. A List is a ring through a sentinel
// element (root): root.next is the front, root.prev the back, and an empty
// list's root points to itself. The zero List is ready to use: the ring is
// made on first insertion (lazyInit). Every Element records its list, so
// operations given an element of another list (or a removed one) do
// nothing, as gc's do.
package list

// Element is an element of a linked list.
type Element struct {
	next, prev *Element
	list       *List // nil once removed
	Value      any
}

// Next returns the next list element or nil.
func (e *Element) Next() *Element {
	if n := e.next; e.list != nil && n != &e.list.root {
		return n
	}
	return nil
}

// Prev returns the previous list element or nil.
func (e *Element) Prev() *Element {
	if p := e.prev; e.list != nil && p != &e.list.root {
		return p
	}
	return nil
}

// List represents a doubly linked list. The zero value is an empty list.
type List struct {
	root Element // sentinel; only next and prev are used
	len  int     // elements, not counting the sentinel
}

// Init initializes or clears list l.
func (l *List) Init() *List {
	l.root.next = &l.root
	l.root.prev = &l.root
	l.len = 0
	return l
}

// New returns an initialized list.
func New() *List { return new(List).Init() }

// Len returns the number of elements of list l in O(1).
func (l *List) Len() int { return l.len }

// Front returns the first element of list l or nil if the list is empty.
func (l *List) Front() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.next
}

// Back returns the last element of list l or nil if the list is empty.
func (l *List) Back() *Element {
	if l.len == 0 {
		return nil
	}
	return l.root.prev
}

func (l *List) lazyInit() {
	if l.root.next == nil {
		l.Init()
	}
}

// link puts e after at and returns e.
func (l *List) link(e, at *Element) *Element {
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
	e.list = l
	l.len++
	return e
}

// unlink takes e out of its ring.
func (l *List) unlink(e *Element) {
	e.prev.next = e.next
	e.next.prev = e.prev
	e.next = nil // let the collector have what e pointed to
	e.prev = nil
	e.list = nil
	l.len--
}

// relink moves e (already in l) to just after at.
func (l *List) relink(e, at *Element) {
	if e == at {
		return
	}
	e.prev.next = e.next
	e.next.prev = e.prev
	e.prev = at
	e.next = at.next
	e.prev.next = e
	e.next.prev = e
}

// Remove removes e from l if e is an element of list l and returns e.Value.
func (l *List) Remove(e *Element) any {
	if e.list == l {
		l.unlink(e)
	}
	return e.Value
}

// PushFront inserts a new element with value v at the front of list l.
func (l *List) PushFront(v any) *Element {
	l.lazyInit()
	return l.link(&Element{Value: v}, &l.root)
}

// PushBack inserts a new element with value v at the back of list l.
func (l *List) PushBack(v any) *Element {
	l.lazyInit()
	return l.link(&Element{Value: v}, l.root.prev)
}

// InsertBefore inserts a new element with value v immediately before mark
// and returns it; if mark is not an element of l, l is unchanged and the
// result is nil.
func (l *List) InsertBefore(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark.prev)
}

// InsertAfter inserts a new element with value v immediately after mark
// and returns it; if mark is not an element of l, l is unchanged and the
// result is nil.
func (l *List) InsertAfter(v any, mark *Element) *Element {
	if mark.list != l {
		return nil
	}
	return l.link(&Element{Value: v}, mark)
}

// MoveToFront moves e to the front of l (if e is an element of l).
func (l *List) MoveToFront(e *Element) {
	if e.list != l || l.root.next == e {
		return
	}
	l.relink(e, &l.root)
}

// MoveToBack moves e to the back of l (if e is an element of l).
func (l *List) MoveToBack(e *Element) {
	if e.list != l || l.root.prev == e {
		return
	}
	l.relink(e, l.root.prev)
}

// MoveBefore moves e to just before mark (if both are elements of l and
// differ).
func (l *List) MoveBefore(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark.prev)
}

// MoveAfter moves e to just after mark (if both are elements of l and
// differ).
func (l *List) MoveAfter(e, mark *Element) {
	if e.list != l || e == mark || mark.list != l {
		return
	}
	l.relink(e, mark)
}

// PushBackList inserts a copy of other at the back of l. l and other may
// be the same list; they must not be nil.
func (l *List) PushBackList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Front(); i > 0; i, e = i-1, e.Next() {
		l.link(&Element{Value: e.Value}, l.root.prev)
	}
}

// PushFrontList inserts a copy of other at the front of l. l and other may
// be the same list; they must not be nil.
func (l *List) PushFrontList(other *List) {
	l.lazyInit()
	for i, e := other.Len(), other.Back(); i > 0; i, e = i-1, e.Prev() {
		l.link(&Element{Value: e.Value}, &l.root)
	}
}
