// Package fmt implements formatted I/O with functions analogous to C's
// printf and scanf.
//
// rgo's fmt, written in Go like gc's: a printer (pp) accumulates bytes in
// a buffer and writes them to an io.Writer in one call.
package fmt

import (
	"io"
	"os"
	"strconv"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// pp is used to store a printer's state.
type pp struct {
	buf []byte
}

func newPrinter() *pp {
	return &pp{}
}

// Fprint formats using the default formats for its operands and writes to w.
// Spaces are added between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print formats using the default formats for its operands and writes to
// standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Sprint formats using the default formats for its operands and returns
// the resulting string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Fprintln formats using the default formats for its operands and writes
// to w. Spaces are always added between operands and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println formats using the default formats for its operands and writes to
// standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// Sprintln formats using the default formats for its operands and returns
// the resulting string.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf formats according to a format specifier and writes to standard
// output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the
// resulting string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Errorf formats according to a format specifier and returns the string as
// a value that satisfies error.
func Errorf(format string, a ...any) error {
	return &fmtError{Sprintf(format, a...)}
}

type fmtError struct {
	s string
}

func (e *fmtError) Error() string {
	return e.s
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for argNum, arg := range a {
		_, isString := arg.(string)
		if argNum > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *pp) doPrintln(a []any) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

// printArg formats one operand with the given verb.
func (p *pp) printArg(arg any, verb rune) {
	if arg == nil {
		switch verb {
		case 'v':
			p.buf = append(p.buf, "<nil>"...)
		default:
			p.badVerb(verb, arg)
		}
		return
	}
	switch f := arg.(type) {
	case bool:
		p.fmtBool(f, verb)
	case int:
		p.fmtInteger(uint64(f), true, verb)
	case int8:
		p.fmtInteger(uint64(f), true, verb)
	case int16:
		p.fmtInteger(uint64(f), true, verb)
	case int32:
		p.fmtInteger(uint64(f), true, verb)
	case int64:
		p.fmtInteger(uint64(f), true, verb)
	case uint:
		p.fmtInteger(uint64(f), false, verb)
	case uint8:
		p.fmtInteger(uint64(f), false, verb)
	case uint16:
		p.fmtInteger(uint64(f), false, verb)
	case uint32:
		p.fmtInteger(uint64(f), false, verb)
	case uint64:
		p.fmtInteger(f, false, verb)
	case uintptr:
		p.fmtInteger(uint64(f), false, verb)
	case string:
		p.fmtString(f, verb)
	case error:
		p.fmtString(f.Error(), verb)
	case Stringer:
		p.fmtString(f.String(), verb)
	default:
		p.buf = append(p.buf, "%!"...)
		p.buf = append(p.buf, byte(verb))
		p.buf = append(p.buf, "(unsupported)"...)
	}
}

func (p *pp) badVerb(verb rune, arg any) {
	p.buf = append(p.buf, "%!"...)
	p.buf = append(p.buf, byte(verb))
	p.buf = append(p.buf, '(')
	if arg == nil {
		p.buf = append(p.buf, "<nil>"...)
	} else {
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, ')')
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.buf = strconv.AppendBool(p.buf, v)
	default:
		p.badVerb(verb, v)
	}
}

func (p *pp) fmtInteger(v uint64, signed bool, verb rune) {
	base := 10
	switch verb {
	case 'v', 'd':
		base = 10
	case 'x':
		base = 16
	case 'o':
		base = 8
	case 'b':
		base = 2
	case 'c':
		p.buf = append(p.buf, string(rune(v))...)
		return
	default:
		p.buf = append(p.buf, "%!"...)
		p.buf = append(p.buf, byte(verb))
		p.buf = append(p.buf, "(int="...)
		p.buf = strconv.AppendInt(p.buf, int64(v), 10)
		p.buf = append(p.buf, ')')
		return
	}
	if signed {
		p.buf = strconv.AppendInt(p.buf, int64(v), base)
	} else {
		p.buf = strconv.AppendUint(p.buf, v, base)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v', 's':
		p.buf = append(p.buf, v...)
	default:
		p.buf = append(p.buf, "%!"...)
		p.buf = append(p.buf, byte(verb))
		p.buf = append(p.buf, "(string="...)
		p.buf = append(p.buf, v...)
		p.buf = append(p.buf, ')')
	}
}

// doPrintf interprets the format string; this early version handles verbs
// without flags, width or precision.
func (p *pp) doPrintf(format string, a []any) {
	argNum := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			p.buf = append(p.buf, c)
			continue
		}
		i++
		if i >= len(format) {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}
		verb := rune(format[i])
		if verb == '%' {
			p.buf = append(p.buf, '%')
			continue
		}
		if argNum >= len(a) {
			p.buf = append(p.buf, "%!"...)
			p.buf = append(p.buf, byte(verb))
			p.buf = append(p.buf, "(MISSING)"...)
			continue
		}
		p.printArg(a[argNum], verb)
		argNum++
	}
	if argNum < len(a) {
		p.buf = append(p.buf, "%!(EXTRA "...)
		for i := argNum; i < len(a); i++ {
			if i > argNum {
				p.buf = append(p.buf, ", "...)
			}
			p.printArg(a[i], 'v')
		}
		p.buf = append(p.buf, ')')
	}
}
