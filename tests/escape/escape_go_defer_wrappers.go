// errorcheck -0 -m -l

package main

import (
	"fmt"
	"sync"
)

var sink any

type Job struct{ id, cost int }

func (j *Job) Run(n int) { j.cost += n } // ERROR "j does not escape$"

type Runner interface{ Run(n int) }

func record(p *int, label string) { *p = len(label) } // ERROR "p does not escape$" "label does not escape$"
func total(xs ...int) int { // ERROR "xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}
func keep(j *Job, xs ...int) { sink = j } // ERROR "leaking param: j$" "xs does not escape$"
func tick()                  {}

// Arguments that are constants, nil or new(T) are evaluated inside the
// wrapper: a wrapper that captures nothing is a function of its own.
func constantArgs() {
	defer total(1, 2, 3)  // ERROR "\.\.\. argument does not escape$"
	defer keep(nil, 4, 5) // ERROR "\.\.\. argument does not escape$"
	tick()
	defer fmt.Println("done") // ERROR "\"done\" escapes to heap$" "\.\.\. argument does not escape$"
}

func capturedArgs(r Runner, f func(int), wg *sync.WaitGroup) int { // ERROR "leaking param: r$" "f does not escape$" "leaking param: wg$"
	j := &Job{id: 1} // ERROR "&Job\{\.\.\.\} does not escape$"
	defer j.Run(2)
	defer r.Run(3)
	defer f(4)
	defer wg.Done()
	defer fmt.Println("job", j.id, j.cost) // ERROR "\"job\" escapes to heap$" "j\.id escapes to heap$" "j\.cost escapes to heap$" "\.\.\. argument does not escape$"
	x := 0
	defer record(&x, "abc")
	return j.cost + x
}

func goStatements(wg *sync.WaitGroup, jobs []*Job) { // ERROR "leaking param: wg$" "leaking param content: jobs$"
	for _, j := range jobs {
		wg.Add(1)
		go func(j *Job) { // ERROR "j does not escape$" "func literal escapes to heap$"
			defer wg.Done()
			j.Run(1)
		}(j)
	}
	go total(len(jobs), cap(jobs)) // ERROR "\.\.\. argument does not escape$"
	go tick()
}

func loopDefers(xs []int) (sum int) { // ERROR "leaking param: xs$" "moved to heap: sum$"
	for i, x := range xs {
		defer func() { sum += x }() // ERROR "func literal escapes to heap$"
		defer record(&xs[i], "x")
		defer total(i, x) // ERROR "\.\.\. argument does not escape$"
	}
	return 0
}

func main() {
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	constantArgs()
	j := &Job{}                                     // ERROR "&Job\{\} escapes to heap$"
	fmt.Println(capturedArgs(j, func(int) {}, &wg)) // ERROR "\.\.\. argument does not escape$" "capturedArgs\(j, func literal, &wg\) escapes to heap$" "func literal does not escape$"
	goStatements(&wg, []*Job{j})                    // ERROR "\[\]\*Job\{\.\.\.\} does not escape$"
	wg.Wait()
	fmt.Println(loopDefers([]int{1, 2})) // ERROR "\.\.\. argument does not escape$" "loopDefers\(\[\]int\{\.\.\.\}\) escapes to heap$" "\[\]int\{\.\.\.\} escapes to heap$"
}
