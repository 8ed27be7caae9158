// run

package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Job struct {
	ID   int
	Data []int
}

type Result struct {
	JobID  int
	Sum    int
	Worker int
	Err    error
}

func process(j Job) (int, error) {
	if len(j.Data) == 0 {
		return 0, fmt.Errorf("job %d: empty", j.ID)
	}
	s := 0
	for _, v := range j.Data {
		s += v * v
	}
	return s, nil
}

func workerPool(n int, jobs []Job) []Result {
	jobCh := make(chan Job)
	resCh := make(chan Result, len(jobs))
	var wg sync.WaitGroup
	for w := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobCh {
				s, err := process(j)
				resCh <- Result{j.ID, s, w, err}
			}
		}()
	}
	go func() {
		for _, j := range jobs {
			jobCh <- j
		}
		close(jobCh)
	}()
	wg.Wait()
	close(resCh)
	var out []Result
	for r := range resCh {
		out = append(out, r)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].JobID < out[b].JobID })
	return out
}

func pipeline() {
	gen := func(n int) <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			for i := 1; i <= n; i++ {
				ch <- i
			}
		}()
		return ch
	}
	sq := func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			defer close(out)
			for v := range in {
				out <- v * v
			}
		}()
		return out
	}
	merge := func(cs ...<-chan int) <-chan int {
		out := make(chan int, 4)
		var wg sync.WaitGroup
		wg.Add(len(cs))
		for _, c := range cs {
			go func(c <-chan int) {
				defer wg.Done()
				for v := range c {
					out <- v
				}
			}(c)
		}
		go func() { wg.Wait(); close(out) }()
		return out
	}
	src := gen(50)
	total := 0
	count := 0
	for v := range merge(sq(src), sq(src), sq(src)) {
		total += v
		count++
	}
	fmt.Println("pipeline:", count, total)
}

func timeouts() {
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		select {
		case slow <- "late":
		default:
		}
	}()
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout waiting for slow")
	}
	fast := make(chan string, 1)
	go func() { fast <- "quick" }()
	select {
	case v := <-fast:
		fmt.Println("got", v)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout (unexpected)")
	}
	ticks := 0
	tk := time.NewTicker(2 * time.Millisecond)
	deadline := time.After(5 * time.Second)
loop:
	for {
		select {
		case <-tk.C:
			ticks++
			if ticks == 3 {
				tk.Stop()
				break loop
			}
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticked:", ticks)
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	var jobs []Job
	for i := 0; i < 20; i++ {
		d := make([]int, i%5)
		for k := range d {
			d[k] = i + k
		}
		jobs = append(jobs, Job{i, d})
	}
	res := workerPool(4, jobs)
	workersSeen := map[int]bool{}
	for _, r := range res {
		workersSeen[r.Worker] = true
		if r.Err != nil {
			fmt.Printf("job %2d error: %v\n", r.JobID, r.Err)
		} else {
			fmt.Printf("job %2d sum=%d\n", r.JobID, r.Sum)
		}
	}
	fmt.Println("workers used <= 4:", len(workersSeen) <= 4)
	pipeline()
	timeouts()

	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	keys := []string{"a", "b", "c"}
	for i := range 300 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc(keys[i%3])
		}()
	}
	wg.Wait()
	fmt.Println(c.m["a"], c.m["b"], c.m["c"])

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	results := make(chan int)
	sem := make(chan struct{}, 2)
	var active, maxActive int
	var mu sync.Mutex
	for i := 0; i < 8; i++ {
		go func(i int) {
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
			results <- i * 10
		}(i)
	}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += <-results
	}
	fmt.Println("sem sum", sum, "max<=2", maxActive <= 2)
}
