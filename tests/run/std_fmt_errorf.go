// run

// fmt.Errorf wraps errors with %w (one or several), and errors.Is, As and
// Unwrap see through the wrapping.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return fmt.Errorf("find: empty key")
	}
	return &QueryError{key, ErrNotFound}
}

func main() {
	e1 := fmt.Errorf("loading config: %w", io.EOF)
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, io.EOF), errors.Unwrap(e1) == io.EOF, errors.Is(e1, ErrNotFound))
	e2 := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", find("users")))
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound))
	var qe *QueryError
	if errors.As(e2, &qe) {
		fmt.Println("query was", qe.Query)
	}
	e3 := fmt.Errorf("no wrap: %v", io.EOF)
	fmt.Println(e3, errors.Is(e3, io.EOF), errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("two: %w and %w", io.EOF, ErrNotFound)
	fmt.Println(e4, errors.Is(e4, io.EOF), errors.Is(e4, ErrNotFound), errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("%w", nil)
	fmt.Println(e5)
	e6 := fmt.Errorf("bad %w", "string")
	fmt.Println(e6)
	fmt.Println(find(""))
	fmt.Fprintln(os.Stdout, fmt.Errorf("code %d: %s", 404, "missing"))
	fmt.Printf("%T %T %T\n", e1, e3, e4)
}
