// errorcheck

// Method values and expressions with receivers of the wrong kind.
package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int { return c.n }

func newCounter() Counter { return Counter{} }

func main() {
	newCounter().Inc() // ERROR "cannot call pointer method Inc on Counter"
	_ = Counter.Inc // ERROR "invalid method expression Counter\.Inc \(needs pointer receiver \(\*Counter\)\.Inc\)"
	_ = (*Counter).Get
	m := map[string]Counter{}
	m["a"].Inc() // ERROR "cannot call pointer method Inc on Counter"
	f := Counter.Get
	f() // ERROR "not enough arguments in call to f"
	_ = Counter.Missing // ERROR "Counter\.Missing undefined \(type Counter has no field or method Missing\)"
}
