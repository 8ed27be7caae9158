// run

// fmt.Errorf: %w with one and several operands, %w misuse, %v of wrapped
// chains, nil operands, and Unwrap on the results.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type timeout struct{ op string }

func (t *timeout) Error() string { return t.op + ": timeout" }

func main() {
	base := &timeout{"read"}
	e1 := fmt.Errorf("fetch %s: %w", "/index", base)
	e2 := fmt.Errorf("handler: %w", e1)
	fmt.Println(e2)
	fmt.Printf("%v | %s | %q\n", e2, e2, e2)
	fmt.Printf("%T %T\n", e1, errors.Unwrap(e2))
	var t *timeout
	fmt.Println(errors.As(e2, &t), t.op, errors.Unwrap(errors.Unwrap(e2)) == base)

	both := fmt.Errorf("%w; %w", io.EOF, os.ErrNotExist)
	fmt.Println(both, errors.Is(both, io.EOF), errors.Is(both, os.ErrNotExist))
	fmt.Printf("%T %v\n", both, errors.Unwrap(both))
	if m, ok := both.(interface{ Unwrap() []error }); ok {
		fmt.Println(m.Unwrap())
	}
	fmt.Println(fmt.Errorf("plain %d", 1), errors.Unwrap(fmt.Errorf("plain")) == nil)
	fmt.Println(fmt.Errorf("nil wrap: %w", nil))
	fmt.Println(fmt.Errorf("not an error: %w", "str"))
	fmt.Println(fmt.Errorf("%w", 42))
	fmt.Println(fmt.Errorf("idx %[2]w then %[1]v", "one", io.ErrUnexpectedEOF))
	e3 := fmt.Errorf("twice %w %w %w", io.EOF, io.EOF, nil)
	fmt.Println(e3, errors.Is(e3, io.EOF))
	fmt.Printf("%+v|%#v\n", fmt.Errorf("x"), errors.New("y") != nil)
	fmt.Printf("%d %x\n", errors.New("hex me"), errors.New("hex me"))
	fmt.Printf("%10v|%-10v|\n", errors.New("pad"), errors.New("pad"))
	fmt.Println(fmt.Sprintf("%w", io.EOF))
	fmt.Printf("%w\n", io.EOF)
}
