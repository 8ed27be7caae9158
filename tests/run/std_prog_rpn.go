// run

// A reverse-Polish calculator reading expressions from stdin, one per line,
// with errors returned as values and formatted results.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

var errStack = errors.New("stack underflow")

type calcError struct {
	tok string
	err error
}

func (e *calcError) Error() string { return fmt.Sprintf("at %q: %v", e.tok, e.err) }
func (e *calcError) Unwrap() error { return e.err }

func eval(expr string) (float64, error) {
	var st []float64
	pop := func() (float64, bool) {
		if len(st) == 0 {
			return 0, false
		}
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v, true
	}
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/", "^":
			b, ok1 := pop()
			a, ok2 := pop()
			if !ok1 || !ok2 {
				return 0, &calcError{tok, errStack}
			}
			var r float64
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				r = a / b
			case "^":
				r = math.Pow(a, b)
			}
			st = append(st, r)
		case "sqrt":
			a, ok := pop()
			if !ok {
				return 0, &calcError{tok, errStack}
			}
			st = append(st, math.Sqrt(a))
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, &calcError{tok, err}
			}
			st = append(st, v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left on the stack", len(st))
	}
	return st[0], nil
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		v, err := eval(in.Text())
		switch {
		case errors.Is(err, errStack):
			fmt.Println("underflow:", err)
		case err != nil:
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("bad number:", ne.Num, "-", err)
			} else {
				fmt.Println("error:", err)
			}
		default:
			fmt.Printf("%s = %v (%.3e)\n", in.Text(), v, v)
		}
	}
}
