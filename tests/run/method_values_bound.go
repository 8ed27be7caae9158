// run

package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type Adder int

func (a Adder) Add(b int) int { return int(a) + b }

type Getter interface{ Get() int }

func main() {
	c := Counter{5}
	get := c.Get // receiver copied now
	inc := c.Inc // &c bound now
	c.n = 100
	inc()
	fmt.Println(get(), c.n)
	p := &c
	pget := p.Get // *p copied now
	p.n = 7
	fmt.Println(pget(), p.Get())
	a := Adder(10)
	add := a.Add
	a = 20
	fmt.Println(add(1), a.Add(1))
	var g Getter = Counter{3}
	gf := g.Get
	g = Counter{4}
	fmt.Println(gf(), g.Get())
	// Method expressions.
	fget := Counter.Get
	finc := (*Counter).Inc
	fpget := (*Counter).Get
	finc(&c)
	fmt.Println(fget(c), fpget(&c))
	fadd := Adder.Add
	fmt.Println(fadd(2, 3))
	ig := Getter.Get
	fmt.Println(ig(Counter{9}))
	fs := []func() int{c.Get, Counter{1}.Get, Counter{2}.Get}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
