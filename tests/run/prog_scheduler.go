// run

// A discrete-event task scheduler built on a binary heap written in the
// program (container/heap's interface, re-implemented): tasks have priorities and durations, a
// simulated clock advances, and periodic tasks re-enqueue themselves.
package main

import "fmt"

type Task struct {
	ID       int
	Name     string
	Priority int
	Ready    int // time at which the task becomes runnable
	Cost     int
	Period   int // 0 for one-shot tasks
	runs     int
}

// HeapInterface is container/heap's contract, re-implemented here.
type HeapInterface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
	Push(x any)
	Pop() any
}

func up(h HeapInterface, i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !h.Less(i, p) {
			break
		}
		h.Swap(i, p)
		i = p
	}
}

func down(h HeapInterface, i, n int) {
	for {
		l, r := 2*i+1, 2*i+2
		m := i
		if l < n && h.Less(l, m) {
			m = l
		}
		if r < n && h.Less(r, m) {
			m = r
		}
		if m == i {
			return
		}
		h.Swap(i, m)
		i = m
	}
}

func HeapPush(h HeapInterface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

func HeapPop(h HeapInterface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

// TaskHeap orders tasks by a comparison chosen at construction.
type TaskHeap struct {
	items []*Task
	less  func(a, b *Task) bool
}

func (h *TaskHeap) Len() int           { return len(h.items) }
func (h *TaskHeap) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *TaskHeap) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *TaskHeap) Push(x any)         { h.items = append(h.items, x.(*Task)) }
func (h *TaskHeap) Pop() any {
	n := len(h.items) - 1
	t := h.items[n]
	h.items[n] = nil
	h.items = h.items[:n]
	return t
}
func (h *TaskHeap) Peek() *Task { return h.items[0] }

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type WordHeap []string

func (h WordHeap) Len() int { return len(h) }
func (h WordHeap) Less(i, j int) bool {
	return len(h[i]) < len(h[j]) || len(h[i]) == len(h[j]) && h[i] < h[j]
}
func (h WordHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *WordHeap) Push(x any)   { *h = append(*h, x.(string)) }
func (h *WordHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Scheduler struct {
	clock   int
	waiting TaskHeap // by Ready time
	ready   TaskHeap // by Priority, then ID
	log     []string
	busy    int
}

func NewScheduler() *Scheduler {
	s := &Scheduler{}
	s.waiting.less = func(a, b *Task) bool {
		if a.Ready != b.Ready {
			return a.Ready < b.Ready
		}
		return a.ID < b.ID
	}
	s.ready.less = func(a, b *Task) bool {
		if a.Priority != b.Priority {
			return a.Priority > b.Priority
		}
		return a.ID < b.ID
	}
	return s
}

func (s *Scheduler) Submit(t *Task) { HeapPush(&s.waiting, t) }

func (s *Scheduler) promote() {
	for s.waiting.Len() > 0 && s.waiting.Peek().Ready <= s.clock {
		HeapPush(&s.ready, HeapPop(&s.waiting))
	}
}

func (s *Scheduler) Run(until int) {
	for s.clock < until {
		s.promote()
		if s.ready.Len() == 0 {
			if s.waiting.Len() == 0 {
				break
			}
			s.clock = s.waiting.Peek().Ready
			continue
		}
		t := HeapPop(&s.ready).(*Task)
		t.runs++
		s.log = append(s.log, fmt.Sprintf("t=%3d run %-8s (prio %d, #%d)", s.clock, t.Name, t.Priority, t.runs))
		s.clock += t.Cost
		s.busy += t.Cost
		if t.Period > 0 {
			t.Ready += t.Period
			if t.Ready < s.clock {
				t.Ready = s.clock
			}
			s.Submit(t)
		}
	}
}

func main() {
	s := NewScheduler()
	tasks := []*Task{
		{ID: 1, Name: "sensor", Priority: 5, Ready: 0, Cost: 2, Period: 10},
		{ID: 2, Name: "logger", Priority: 1, Ready: 0, Cost: 5, Period: 25},
		{ID: 3, Name: "backup", Priority: 0, Ready: 12, Cost: 20},
		{ID: 4, Name: "alarm", Priority: 9, Ready: 33, Cost: 1},
		{ID: 5, Name: "ui", Priority: 3, Ready: 3, Cost: 4, Period: 15},
	}
	for _, t := range tasks {
		s.Submit(t)
	}
	s.Run(100)
	for _, l := range s.log {
		fmt.Println(l)
	}
	fmt.Printf("clock %d, busy %d, utilisation %.1f%%\n", s.clock, s.busy, 100*float64(s.busy)/float64(s.clock))
	for _, t := range tasks {
		fmt.Printf("%-8s ran %d times\n", t.Name, t.runs)
	}
	// The heap on its own, with ints and strings.
	ih := &IntHeap{}
	for _, v := range []int{5, 3, 9, 1, 7, 3, 8, 2} {
		HeapPush(ih, v)
	}
	for ih.Len() > 0 {
		fmt.Print(HeapPop(ih), " ")
	}
	fmt.Println()
	wh := &WordHeap{}
	for _, w := range []string{"pear", "fig", "banana", "kiwi", "apple", "date"} {
		HeapPush(wh, w)
	}
	for wh.Len() > 0 {
		fmt.Print(HeapPop(wh).(string), " ")
	}
	fmt.Println()
}
