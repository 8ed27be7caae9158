// run

// Custom error types through errors.Is, As and Unwrap: sentinel values,
// an Is method, an As target interface, wrapping with %w, multi-%w and Join.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type StatusErr int

func (s StatusErr) Error() string { return fmt.Sprintf("status %d", int(s)) }
func (s StatusErr) Is(target error) bool {
	t, ok := target.(StatusErr)
	return ok && (t == 0 || t/100 == s/100)
}

type temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func find(key string) error {
	if key == "" {
		return &QueryError{"<empty>", ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", key, &QueryError{key, StatusErr(404)})
}

func main() {
	e1 := find("")
	e2 := find("x")
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e1, ErrNotFound), errors.Is(e2, ErrNotFound))
	fmt.Println(errors.Is(e2, StatusErr(404)), errors.Is(e2, StatusErr(400)), errors.Is(e2, StatusErr(500)), errors.Is(e2, StatusErr(0)))
	var qe *QueryError
	if errors.As(e2, &qe) {
		fmt.Println("query:", qe.Query, "inner:", qe.Err)
	}
	var st StatusErr
	fmt.Println(errors.As(e2, &st), st)
	fmt.Println(errors.Unwrap(e2) == error(qe), errors.Unwrap(errors.Unwrap(e2)), errors.Unwrap(ErrNotFound))

	var tmp temporary
	e3 := fmt.Errorf("dial: %w", netErr{"timeout"})
	fmt.Println(errors.As(e3, &tmp), tmp.Temporary())

	multi := fmt.Errorf("both: %w and %w", ErrNotFound, io.EOF)
	fmt.Println(multi, errors.Is(multi, io.EOF), errors.Is(multi, ErrNotFound), errors.Unwrap(multi))
	j := errors.Join(e1, nil, io.ErrUnexpectedEOF)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrNotFound), errors.Is(j, io.ErrUnexpectedEOF), errors.As(j, &qe), qe.Query)
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	if u, ok := j.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}

	_, err := os.Open("/definitely/not/here")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, nil), errors.Is(nil, nil))
	wrapped := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.Unwrap(wrapped) == nil)
}
