// run

// Error handling in layers: sentinel errors, custom types with fields,
// wrapping with %w at each layer, and inspection with Is/As/Unwrap at the
// top, as a typical program does.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid input")
)

type ValidationError struct {
	Field string
	Value string
}

func (e *ValidationError) Error() string {
	return "validation failed on " + e.Field + "=" + strconv.Quote(e.Value)
}

func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }

type store struct{ items []string }

func (s *store) get(i int) (string, error) {
	if i < 0 || i >= len(s.items) {
		return "", fmt.Errorf("store.get(%d): %w", i, ErrNotFound)
	}
	return s.items[i], nil
}

func parseIndex(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parseIndex: %w", &ValidationError{"index", s})
	}
	return n, nil
}

func lookup(s *store, arg string) (string, error) {
	i, err := parseIndex(arg)
	if err != nil {
		return "", fmt.Errorf("lookup %q: %w", arg, err)
	}
	v, err := s.get(i)
	if err != nil {
		return "", fmt.Errorf("lookup %q: %w", arg, err)
	}
	return v, nil
}

func main() {
	s := &store{items: []string{"zero", "one", "two"}}
	for _, arg := range []string{"1", "7", "x", "-1", "2"} {
		v, err := lookup(s, arg)
		switch {
		case err == nil:
			fmt.Println("ok:", v)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.Is(err, ErrInvalid):
			var ve *ValidationError
			errors.As(err, &ve)
			fmt.Println("invalid field", ve.Field, "|", err)
		default:
			fmt.Println("other:", err)
		}
	}
	err := errors.Join(ErrNotFound, &ValidationError{"name", ""})
	fmt.Println(errors.Is(err, ErrInvalid), errors.Is(err, ErrNotFound))
	fmt.Fprintln(os.Stdout, err)
	chain := fmt.Errorf("a: %w", fmt.Errorf("b: %w", fmt.Errorf("c: %w", ErrNotFound)))
	for e := error(chain); e != nil; e = errors.Unwrap(e) {
		fmt.Println(" ->", e)
	}
}
