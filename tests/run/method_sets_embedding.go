// run

package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string)  { l.lines = append(l.lines, l.prefix+s) }
func (l Logger) Count() int     { return len(l.lines) }
func (l *Logger) Reset()        { l.lines = nil }
func (l Logger) Prefix() string { return l.prefix }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Value() int { return c.n }

// Service embeds a value and a pointer.
type Service struct {
	Logger
	*Counter
	Name string
}

// Shadowing: Service2's own Count hides the promoted one.
type Service2 struct {
	Service
}

func (s Service2) Count() int { return -1 }

type LogCounter interface {
	Log(string)
	Count() int
}

type Incrementer interface {
	Inc() int
	Value() int
}

type Deep struct{ Service2 }

func main() {
	s := Service{Logger{prefix: "> "}, &Counter{}, "svc"}
	s.Log("start")
	s.Inc()
	s.Inc()
	fmt.Println(s.Count(), s.Value(), s.Prefix(), s.lines)
	var lc LogCounter = &s
	lc.Log("via iface")
	fmt.Println(lc.Count(), s.Count())
	var inc Incrementer = s // Counter is embedded by pointer: value Service has Inc
	inc.Inc()
	fmt.Println(inc.Value(), s.Value(), s.Counter.n)
	s2 := Service2{s}
	fmt.Println(s2.Count(), s2.Service.Count(), s2.Logger.Count())
	var lc2 LogCounter = &s2
	fmt.Println(lc2.Count())
	d := &Deep{s2}
	d.Log("deep")
	d.Reset()
	fmt.Println(d.Count(), d.Service.Count(), d.Inc(), d.Name)
	var inc2 Incrementer = d
	fmt.Println(inc2.Inc(), s.Value())
	f := d.Log
	f("bound")
	fmt.Println(d.Logger.lines)
	g := (*Deep).Inc
	fmt.Println(g(d))
	h := Service.Prefix
	fmt.Println(h(s))
	k := (*Service).Log
	k(&s, "mexpr")
	fmt.Println(s.lines)
	var anyv any = d
	if ic, ok := anyv.(Incrementer); ok {
		fmt.Println("dynamic", ic.Value())
	}
	_, ok := anyv.(LogCounter)
	fmt.Println(ok)
	_, ok = any(*d).(LogCounter)
	fmt.Println(ok)
}
