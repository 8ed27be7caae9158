// run

// runtime.Caller, runtime.Callers with CallersFrames, and FuncForPC: the
// function names and the lines of the calls on the stack.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(path string) string {
	return path[strings.LastIndex(path, "/")+1:]
}

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprintf("%s:%d %v", base(file), line, ok)
}

type T struct{ name string }

func (t *T) method() string {
	return where()
}

func stack() []string {
	pc := make([]uintptr, 10)
	n := runtime.Callers(1, pc)
	frames := runtime.CallersFrames(pc[:n])
	var out []string
	for {
		f, more := frames.Next()
		if f.Function == "runtime.main" || f.Function == "runtime.goexit" {
			break
		}
		out = append(out, fmt.Sprintf("%s %s:%d", f.Function, base(f.File), f.Line))
		if !more {
			break
		}
	}
	return out
}

func recurse(n int) []string {
	if n == 0 {
		return stack()
	}
	return recurse(n - 1)
}

func main() {
	fmt.Println(where())
	t := &T{"x"}
	fmt.Println(t.method())
	func() {
		fmt.Println(where())
	}()
	for _, s := range recurse(2) {
		fmt.Println(s)
	}
	pc, _, line, _ := runtime.Caller(0)
	fmt.Println(runtime.FuncForPC(pc).Name(), line)
	f := runtime.FuncForPC(pc)
	file, line2 := f.FileLine(pc)
	fmt.Println(base(file), line2 == line, f.Entry() <= pc)
	_, _, _, ok := runtime.Caller(100)
	fmt.Println(ok)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
}
