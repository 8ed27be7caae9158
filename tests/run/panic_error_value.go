// run

package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse() {
	panic(&ParseError{Line: 3, Msg: "unexpected token"})
}

func main() {
	defer fmt.Println("deferred output comes before the panic report")
	parse()
}
