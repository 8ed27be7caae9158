// run

package main

import "fmt"

type P struct{ x, y int }

func (p P) Sum() int { return p.x + p.y }

type Summer interface{ Sum() int }

func main() {
	var p *P
	var s Summer = p
	fmt.Println(s != nil)
	fmt.Println(s.Sum())
}
