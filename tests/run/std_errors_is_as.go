// run

// errors.New, Is, As and Unwrap over chains of custom error types, with Is
// and As methods, pointer and value receivers.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

var ErrPermission = errors.New("permission denied")

type PathErr struct {
	Op, Path string
	Err      error
}

func (e *PathErr) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathErr) Unwrap() error { return e.Err }

type Timeout struct{ Secs int }

func (t Timeout) Error() string   { return fmt.Sprintf("timeout after %ds", t.Secs) }
func (t Timeout) Is(e error) bool { return e == ErrTemporary }

var ErrTemporary = errors.New("temporary")

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type asAny struct{}

func (asAny) Error() string { return "asAny" }
func (asAny) As(target any) bool {
	if p, ok := target.(*Code); ok {
		*p = 99
		return true
	}
	return false
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1 == e2, errors.Is(e1, e2), errors.Is(e1, e1))
	pe := &PathErr{"open", "/etc/x", ErrPermission}
	var err error = pe
	fmt.Println(err, errors.Is(err, ErrPermission), errors.Unwrap(err) == ErrPermission, errors.Unwrap(ErrPermission) == nil)
	var target *PathErr
	fmt.Println(errors.As(err, &target), target.Path)
	wrapped := fmt.Errorf("ctx: %w", Timeout{5})
	fmt.Println(wrapped, errors.Is(wrapped, ErrTemporary), errors.Is(wrapped, io.EOF))
	var to Timeout
	fmt.Println(errors.As(wrapped, &to), to.Secs)
	var c Code
	fmt.Println(errors.As(fmt.Errorf("x: %w", Code(7)), &c), c)
	fmt.Println(errors.As(asAny{}, &c), c)
	fmt.Println(errors.As(io.EOF, &c), errors.Is(nil, io.EOF), errors.Is(nil, nil), errors.Unwrap(nil) == nil)
	var iface interface{ Error() string }
	fmt.Println(errors.As(pe, &iface), iface)
	_, ferr := os.Open("/nonexistent/file.txt")
	var ope *os.PathError
	fmt.Println(errors.As(ferr, &ope), ope.Op, ope.Path, ope.Err)
	fmt.Println(errors.Is(ferr, os.ErrNotExist), os.IsNotExist(ferr))
	fmt.Println(errors.ErrUnsupported)
}
