// errorcheck -0 -m=2 -l

package main

import (
	"fmt"
	"sync"
)

type Job struct{ id, cost int }

func (j *Job) Run(n int) { j.cost += n } // ERROR "j does not escape$"

func record(p *int, label string) { *p = len(label) } // ERROR "p does not escape$" "label does not escape$"
func total(xs ...int) int { // ERROR "xs does not escape$"
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func capturedArgs(f func(int), wg *sync.WaitGroup) int { // ERROR "parameter wg leaks to \{heap\} for capturedArgs with derefs=0:$" "  flow: \.autotmp_6 ← wg:$" "    from \.autotmp_6 = wg \(assign-pair\) at .*escape_m2_go_defer\.go:27:2$" "  flow: \{heap\} ← \.autotmp_6:$" "    from \(\*sync\.WaitGroup\)\.Done\(\.autotmp_6\) \(call parameter\) at .*escape_m2_go_defer\.go:27:15$" "f does not escape$" "leaking param: wg$"
	j := &Job{id: 1}                       // ERROR "&Job\{\.\.\.\} does not escape$"
	defer j.Run(2)                         // ERROR "capturedArgs capturing by value: \.autotmp_4 \(addr=false assign=false width=8\)$"
	defer f(4)                             // ERROR "capturedArgs capturing by value: \.autotmp_5 \(addr=false assign=false width=8\)$"
	defer wg.Done()                        // ERROR "capturedArgs capturing by value: \.autotmp_6 \(addr=false assign=false width=8\)$"
	defer fmt.Println("job", j.id, j.cost) // ERROR "capturedArgs capturing by value: \.autotmp_7 \(addr=false assign=false width=16\)$" "capturedArgs capturing by value: \.autotmp_8 \(addr=false assign=false width=16\)$" "capturedArgs capturing by value: \.autotmp_9 \(addr=false assign=false width=16\)$" "\"job\" escapes to heap in capturedArgs:$" "  flow: \.autotmp_7 ← &\{storage for \"job\"\}:$" "    from \"job\" \(spill\) at .*escape_m2_go_defer\.go:28:20$" "    from \.autotmp_7, \.autotmp_8, \.autotmp_9 = \"job\", j\.id, j\.cost \(assign-pair\) at .*escape_m2_go_defer\.go:28:2$" "  flow: \{storage for \.\.\. argument\} ← \.autotmp_7:$" "    from \.\.\. argument \(slice-literal-element\) at .*escape_m2_go_defer\.go:28:19$" "  flow: \{heap\} ← \{storage for \.\.\. argument\}:$" "    from \.\.\. argument \(spill\) at .*escape_m2_go_defer\.go:28:19$" "    from fmt\.Println\(\.\.\. argument\.\.\.\) \(call parameter\) at .*escape_m2_go_defer\.go:28:19$" "j\.id escapes to heap in capturedArgs:$" "  flow: \.autotmp_8 ← &\{storage for j\.id\}:$" "    from j\.id \(spill\) at .*escape_m2_go_defer\.go:28:28$" "  flow: \{storage for \.\.\. argument\} ← \.autotmp_8:$" "j\.cost escapes to heap in capturedArgs:$" "  flow: \.autotmp_9 ← &\{storage for j\.cost\}:$" "    from j\.cost \(spill\) at .*escape_m2_go_defer\.go:28:34$" "  flow: \{storage for \.\.\. argument\} ← \.autotmp_9:$" "\"job\" escapes to heap$" "j\.id escapes to heap$" "j\.cost escapes to heap$" "\.\.\. argument does not escape$"
	x := 0
	defer record(&x, "abc") // ERROR "capturedArgs capturing by value: \.autotmp_11 \(addr=false assign=false width=8\)$"
	return j.cost + x
}

func goStatements(wg *sync.WaitGroup, jobs []*Job) { // ERROR "goStatements capturing by value: wg \(addr=false assign=false width=8\)$" "parameter wg leaks to \{heap\} for goStatements with derefs=0:$" "  flow: \{heap\} ← wg:$" "    from \(\*sync\.WaitGroup\)\.Add\(wg, 1\) \(call parameter\) at .*escape_m2_go_defer\.go:36:9$" "parameter jobs leaks to \{storage for func literal\} for goStatements with derefs=1:$" "  flow: \{temp\} ← jobs:$" "  flow: j ← \*\{temp\}:$" "    from for loop \(range-deref\) at .*escape_m2_go_defer\.go:35:14$" "  flow: \.autotmp_4 ← j:$" "    from \.autotmp_3, \.autotmp_4 = func literal, j \(assign-pair\) at .*escape_m2_go_defer\.go:37:3$" "  flow: \{storage for func literal\} ← \.autotmp_4:$" "    from \.autotmp_4 \(captured by a closure\) at .*escape_m2_go_defer\.go:37:3$" "parameter wg leaks to \{storage for func literal\} for goStatements with derefs=0:$" "  flow: \{storage for func literal\} ← wg:$" "    from wg \(captured by a closure\) at .*escape_m2_go_defer\.go:38:10$" "leaking param: wg$" "leaking param content: jobs$"
	for _, j := range jobs {
		wg.Add(1)
		go func(j *Job) { // ERROR "func literal escapes to heap in goStatements:$" "  flow: \{heap\} ← &\{storage for func literal\}:$" "    from func literal \(spill\) at .*escape_m2_go_defer\.go:37:3$" "goStatements capturing by value: \.autotmp_3 \(addr=false assign=false width=8\)$" "goStatements capturing by value: \.autotmp_4 \(addr=false assign=false width=8\)$" "  flow: \.autotmp_3 ← &\{storage for func literal\}:$" "    from func literal \(spill\) at .*escape_m2_go_defer\.go:37:6$" "    from \.autotmp_3, \.autotmp_4 = func literal, j \(assign-pair\) at .*escape_m2_go_defer\.go:37:3$" "  flow: \{storage for func literal\} ← \.autotmp_3:$" "    from \.autotmp_3 \(captured by a closure\) at .*escape_m2_go_defer\.go:37:6$" "j does not escape$" "func literal escapes to heap$"
			defer wg.Done() // ERROR "goStatements\.func1 capturing by value: \.autotmp_1 \(addr=false assign=false width=8\)$"
			j.Run(1)
		}(j)
	}
	go total(len(jobs), cap(jobs)) // ERROR "func literal escapes to heap in goStatements:$" "  flow: \{heap\} ← &\{storage for func literal\}:$" "    from func literal \(spill\) at .*escape_m2_go_defer\.go:42:2$" "goStatements capturing by value: \.autotmp_5 \(addr=false assign=false width=8\)$" "goStatements capturing by value: \.autotmp_6 \(addr=false assign=false width=8\)$" "\.\.\. argument does not escape$"
	ch := make(chan int)
	defer close(ch) // ERROR "goStatements capturing by value: \.autotmp_8 \(addr=false assign=false width=8\)$"
}

func main() {
	var wg sync.WaitGroup                // ERROR "wg escapes to heap in main:$" "  flow: \{heap\} ← &wg:$" "    from &wg \(address-of\) at .*escape_m2_go_defer\.go:49:34$" "    from capturedArgs\(func literal, &wg\) \(call parameter\) at .*escape_m2_go_defer\.go:49:19$" "    from &wg \(address-of\) at .*escape_m2_go_defer\.go:50:15$" "    from goStatements\(&wg, \[\]\*Job\{\.\.\.\}\) \(call parameter\) at .*escape_m2_go_defer\.go:50:14$" "    from wg \(address-of\) at .*escape_m2_go_defer\.go:51:4$" "    from \(\*sync\.WaitGroup\)\.Wait\(wg\) \(call parameter\) at .*escape_m2_go_defer\.go:51:9$" "moved to heap: wg$"
	n := capturedArgs(func(int) {}, &wg) // ERROR "func literal does not escape$"
	goStatements(&wg, []*Job{{id: n}})   // ERROR "&Job\{\.\.\.\} escapes to heap in main:$" "  flow: \{storage for \[\]\*Job\{\.\.\.\}\} ← &\{storage for &Job\{\.\.\.\}\}:$" "    from &Job\{\.\.\.\} \(spill\) at .*escape_m2_go_defer\.go:50:27$" "    from \[\]\*Job\{\.\.\.\} \(slice-literal-element\) at .*escape_m2_go_defer\.go:50:26$" "  flow: \{heap\} ← \{storage for \[\]\*Job\{\.\.\.\}\}:$" "    from \[\]\*Job\{\.\.\.\} \(spill\) at .*escape_m2_go_defer\.go:50:26$" "    from goStatements\(&wg, \[\]\*Job\{\.\.\.\}\) \(call parameter\) at .*escape_m2_go_defer\.go:50:14$" "\[\]\*Job\{\.\.\.\} does not escape$" "&Job\{\.\.\.\} escapes to heap$"
	wg.Wait()
}
