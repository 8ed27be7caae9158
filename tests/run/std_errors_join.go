// run

// errors.Join: formatting, nil handling, Unwrap() []error, and Is/As over the
// joined tree.
package main

import (
	"errors"
	"fmt"
	"io"
)

type tagged struct{ tag string }

func (t *tagged) Error() string { return "tagged " + t.tag }

func main() {
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	a := errors.New("first")
	b := errors.New("second")
	j := errors.Join(a, nil, b)
	fmt.Println(j)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, a), errors.Is(j, b), errors.Is(j, io.EOF), errors.Unwrap(j) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()), u.Unwrap()[1])
	}
	nested := errors.Join(fmt.Errorf("wrap: %w", j), &tagged{"t1"})
	fmt.Println(nested)
	var tg *tagged
	fmt.Println(errors.Is(nested, b), errors.As(nested, &tg), tg.tag)
	single := errors.Join(io.EOF)
	fmt.Println(single, single == io.EOF, errors.Is(single, io.EOF))
	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, fmt.Errorf("item %d failed", i))
	}
	fmt.Println(errors.Join(errs...))
}
