// run

// A discrete-event task scheduler built on a hand-written binary min-heap:
// tasks with priorities, deadlines and dependencies run on a simulated clock
// with a fixed number of workers; the heap works on any heap.Interface.
package main

import (
	"fmt"
	"sort"
	"strings"
)

// Interface mirrors container/heap: a sortable collection that can grow and
// shrink at its end.
type Interface interface {
	sort.Interface
	Push(x any)
	Pop() any
}

func heapInit(h Interface) {
	for i := h.Len()/2 - 1; i >= 0; i-- {
		down(h, i, h.Len())
	}
}

func heapPush(h Interface, x any) {
	h.Push(x)
	up(h, h.Len()-1)
}

func heapPop(h Interface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	down(h, 0, n)
	return h.Pop()
}

func up(h Interface, j int) {
	for j > 0 {
		i := (j - 1) / 2
		if i == j || !h.Less(j, i) {
			break
		}
		h.Swap(i, j)
		j = i
	}
}

func down(h Interface, i, n int) {
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		j := l
		if r := l + 1; r < n && h.Less(r, l) {
			j = r
		}
		if !h.Less(j, i) {
			return
		}
		h.Swap(i, j)
		i = j
	}
}

type maxInts []int

func (h maxInts) Len() int           { return len(h) }
func (h maxInts) Less(i, j int) bool { return h[i] > h[j] }
func (h maxInts) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *maxInts) Push(x any)        { *h = append(*h, x.(int)) }
func (h *maxInts) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

type Task struct {
	ID       int
	Name     string
	Priority int // lower runs first
	Duration int
	Deadline int
	Deps     []int

	remaining int // unfinished dependencies
	dependent []*Task
	start     int
	finish    int
}

type event struct {
	time   int
	worker int
	task   *Task
}

type readyQueue []*Task

func (q readyQueue) Len() int { return len(q) }
func (q readyQueue) Less(i, j int) bool {
	a, b := q[i], q[j]
	if a.Priority != b.Priority {
		return a.Priority < b.Priority
	}
	if a.Deadline != b.Deadline {
		return a.Deadline < b.Deadline
	}
	return a.ID < b.ID
}
func (q readyQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *readyQueue) Push(x any)   { *q = append(*q, x.(*Task)) }
func (q *readyQueue) Pop() any {
	old := *q
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*q = old[:len(old)-1]
	return t
}

type eventQueue []event

func (q eventQueue) Len() int { return len(q) }
func (q eventQueue) Less(i, j int) bool {
	if q[i].time != q[j].time {
		return q[i].time < q[j].time
	}
	return q[i].worker < q[j].worker
}
func (q eventQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *eventQueue) Push(x any)   { *q = append(*q, x.(event)) }
func (q *eventQueue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	return e
}

type Scheduler struct {
	tasks   map[int]*Task
	ready   readyQueue
	events  eventQueue
	clock   int
	workers []bool
	log     []string
}

func NewScheduler(nworkers int) *Scheduler {
	return &Scheduler{
		tasks:   map[int]*Task{},
		workers: make([]bool, nworkers),
	}
}

func (s *Scheduler) Add(t *Task) { s.tasks[t.ID] = t }

func (s *Scheduler) logf(format string, args ...any) {
	s.log = append(s.log, fmt.Sprintf("t=%3d ", s.clock)+fmt.Sprintf(format, args...))
}

func (s *Scheduler) Run() error {
	for _, t := range s.tasks {
		t.remaining = len(t.Deps)
		for _, d := range t.Deps {
			dep, ok := s.tasks[d]
			if !ok {
				return fmt.Errorf("task %d (%s) depends on unknown task %d", t.ID, t.Name, d)
			}
			dep.dependent = append(dep.dependent, t)
		}
	}
	for _, t := range s.tasks {
		sort.Slice(t.dependent, func(i, j int) bool { return t.dependent[i].ID < t.dependent[j].ID })
		if t.remaining == 0 {
			heapPush(&s.ready, t)
		}
	}
	done := 0
	for {
		s.dispatch()
		if s.events.Len() == 0 {
			break
		}
		ev := heapPop(&s.events).(event)
		s.clock = ev.time
		s.workers[ev.worker] = false
		ev.task.finish = s.clock
		done++
		late := ""
		if s.clock > ev.task.Deadline {
			late = fmt.Sprintf(" LATE by %d", s.clock-ev.task.Deadline)
		}
		s.logf("w%d done  %-10s%s", ev.worker, ev.task.Name, late)
		for _, d := range ev.task.dependent {
			if d.remaining--; d.remaining == 0 {
				heapPush(&s.ready, d)
			}
		}
	}
	if done != len(s.tasks) {
		var stuck []string
		for _, t := range s.tasks {
			if t.remaining > 0 {
				stuck = append(stuck, t.Name)
			}
		}
		sort.Strings(stuck)
		return fmt.Errorf("dependency cycle: %d tasks never became ready: %s", len(stuck), strings.Join(stuck, ", "))
	}
	return nil
}

func (s *Scheduler) dispatch() {
	for w, busy := range s.workers {
		if busy || s.ready.Len() == 0 {
			continue
		}
		t := heapPop(&s.ready).(*Task)
		s.workers[w] = true
		t.start = s.clock
		heapPush(&s.events, event{s.clock + t.Duration, w, t})
		s.logf("w%d start %-10s (prio %d, %d ticks)", w, t.Name, t.Priority, t.Duration)
	}
}

func (s *Scheduler) Report() {
	ids := make([]int, 0, len(s.tasks))
	for id := range s.tasks {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	total, late := 0, 0
	for _, id := range ids {
		t := s.tasks[id]
		bar := strings.Repeat(" ", t.start) + strings.Repeat("#", t.finish-t.start)
		fmt.Printf("%2d %-10s |%-40s| %3d-%3d\n", t.ID, t.Name, bar, t.start, t.finish)
		total = max(total, t.finish)
		if t.finish > t.Deadline {
			late++
		}
	}
	fmt.Printf("makespan %d, %d late\n", total, late)
}

func main() {
	h := &maxInts{5, 1, 9, 3, 7}
	heapInit(h)
	for _, x := range []int{2, 8, 2, 6} {
		heapPush(h, x)
	}
	fmt.Print("max-heap drain (top ", (*h)[0], "):")
	for h.Len() > 0 {
		fmt.Print(" ", heapPop(h))
	}
	fmt.Println()

	build := func(workers int) *Scheduler {
		s := NewScheduler(workers)
		s.Add(&Task{ID: 1, Name: "fetch", Priority: 1, Duration: 3, Deadline: 5})
		s.Add(&Task{ID: 2, Name: "configure", Priority: 2, Duration: 2, Deadline: 8, Deps: []int{1}})
		s.Add(&Task{ID: 3, Name: "lint", Priority: 5, Duration: 4, Deadline: 30})
		s.Add(&Task{ID: 4, Name: "compile", Priority: 1, Duration: 8, Deadline: 16, Deps: []int{2}})
		s.Add(&Task{ID: 5, Name: "docs", Priority: 9, Duration: 5, Deadline: 40})
		s.Add(&Task{ID: 6, Name: "unit-test", Priority: 2, Duration: 6, Deadline: 22, Deps: []int{4}})
		s.Add(&Task{ID: 7, Name: "integ-test", Priority: 2, Duration: 9, Deadline: 28, Deps: []int{4, 3}})
		s.Add(&Task{ID: 8, Name: "package", Priority: 1, Duration: 2, Deadline: 30, Deps: []int{6, 7}})
		s.Add(&Task{ID: 9, Name: "publish", Priority: 0, Duration: 1, Deadline: 31, Deps: []int{8, 5}})
		return s
	}
	for _, n := range []int{1, 2, 3} {
		s := build(n)
		if err := s.Run(); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("=== %d worker(s)\n", n)
		if n == 2 {
			fmt.Println(strings.Join(s.log, "\n"))
		}
		s.Report()
	}

	s := build(2)
	s.tasks[1].Deps = []int{9}
	fmt.Println("error:", s.Run())
	s = build(2)
	s.tasks[3].Deps = []int{42}
	fmt.Println("error:", s.Run())
}
