// run

package main

import "fmt"

type P struct{ x, y int }

func (p P) Sum() int { return p.x + p.y }

func main() {
	var p *P
	fmt.Println("calling")
	fmt.Println(p.Sum())
}
