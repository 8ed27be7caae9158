// run

package main

import (
	"errors"
	"fmt"
	"strings"
)

// A small stack-based calculator with an error type hierarchy.

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LPAREN
	RPAREN
)

func (k TokenKind) String() string {
	return [...]string{"NUM", "OP", "LPAREN", "RPAREN"}[k]
}

type Token struct {
	Kind TokenKind
	Val  string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

var ErrDivZero = errors.New("division by zero")

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j], i})
			i = j
		case strings.IndexByte("+-*/", c) >= 0:
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() int {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Val == "+" || t.Val == "-"); t = p.peek() {
		p.pos++
		r := p.term()
		if t.Val == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Val == "*" || t.Val == "/"); t = p.peek() {
		p.pos++
		r := p.factor()
		if t.Val == "*" {
			v *= r
		} else {
			if r == 0 {
				panic(ErrDivZero)
			}
			v /= r
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.peek()
	if t == nil {
		panic(SyntaxError{-1, "unexpected end"})
	}
	p.pos++
	switch t.Kind {
	case NUM:
		n := 0
		for _, c := range t.Val {
			n = n*10 + int(c-'0')
		}
		return n
	case LPAREN:
		v := p.expr()
		if nt := p.peek(); nt == nil || nt.Kind != RPAREN {
			panic(SyntaxError{t.Pos, "missing )"})
		}
		p.pos++
		return v
	case OP:
		if t.Val == "-" {
			return -p.factor()
		}
	}
	panic(SyntaxError{t.Pos, "unexpected " + t.Kind.String()})
}

func eval(s string) (v int, err error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, fmt.Errorf("tokenize: %w", err)
	}
	defer func() {
		switch r := recover().(type) {
		case nil:
		case SyntaxError:
			err = fmt.Errorf("parse %q: %w", s, r)
		case error:
			err = r
		default:
			panic(r)
		}
	}()
	p := &parser{toks: toks}
	v = p.expr()
	if p.pos != len(toks) {
		return 0, SyntaxError{p.toks[p.pos].Pos, "trailing tokens"}
	}
	return v, nil
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1+2)*3", "10/(5-5)", "2 * (3 + 4", "7 $ 2", "-3 * -3", "1 2", "", "100/7/2"} {
		v, err := eval(s)
		var se SyntaxError
		fmt.Printf("%-12q => %4d  err=%v  syntax=%t divzero=%t\n", s, v, err, errors.As(err, &se), errors.Is(err, ErrDivZero))
		if errors.As(err, &se) {
			fmt.Printf("   at %d: %+v\n", se.Pos, se)
		}
	}
	toks, _ := tokenize("(1+22)")
	fmt.Printf("%v\n%+v\n", toks, toks[1])
}
