// run

// A tokenizer and recursive-descent parser for arithmetic expressions with
// variables, unary minus, exponentiation and function calls, evaluated over
// an AST of interface-typed nodes.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Kind int

const (
	NUM Kind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	COMMA
	EOF
)

func (k Kind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN", "COMMA", "EOF"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("at %d: %s", e.Pos, e.Msg) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case isDigit(c) || c == '.':
			start := i
			for i < len(src) && (isDigit(src[i]) || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{NUM, src[start:i], start})
		case isAlpha(c):
			start := i
			for i < len(src) && (isAlpha(src[i]) || isDigit(src[i])) {
				i++
			}
			toks = append(toks, Token{IDENT, src[start:i], start})
		case strings.IndexByte("+-*/^%", c) >= 0:
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		case c == ',':
			toks = append(toks, Token{COMMA, ",", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

type Node interface {
	Eval(env *Env) (float64, error)
	String() string
}

type Num float64
type Var string
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	L, R Node
}
type Call struct {
	Fn   string
	Args []Node
}

type Builtin struct {
	name string
	fn   func([]float64) (float64, error)
}

type Env struct {
	vars  []string
	vals  []float64
	funcs []Builtin
}

func (e *Env) Set(name string, v float64) {
	for i, n := range e.vars {
		if n == name {
			e.vals[i] = v
			return
		}
	}
	e.vars = append(e.vars, name)
	e.vals = append(e.vals, v)
}

func (e *Env) Get(name string) (float64, bool) {
	for i, n := range e.vars {
		if n == name {
			return e.vals[i], true
		}
	}
	return 0, false
}

func (n Num) Eval(*Env) (float64, error) { return float64(n), nil }
func (n Num) String() string             { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(e *Env) (float64, error) {
	if x, ok := e.Get(string(v)); ok {
		return x, nil
	}
	return 0, fmt.Errorf("undefined: %s", string(v))
}
func (v Var) String() string { return string(v) }
func (u *Unary) Eval(e *Env) (float64, error) {
	x, err := u.X.Eval(e)
	return -x, err
}
func (u *Unary) String() string { return "(" + u.Op + u.X.String() + ")" }
func (b *Binary) Eval(e *Env) (float64, error) {
	l, err := b.L.Eval(e)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(e)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/":
		if r == 0 {
			return 0, fmt.Errorf("division by zero in %v", b)
		}
		return l / r, nil
	case "%":
		return float64(int(l) % int(r)), nil
	case "^":
		res := 1.0
		for i := 0; i < int(r); i++ {
			res *= l
		}
		return res, nil
	}
	return 0, fmt.Errorf("bad op %s", b.Op)
}
func (b *Binary) String() string { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }
func (c *Call) Eval(e *Env) (float64, error) {
	args := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := a.Eval(e)
		if err != nil {
			return 0, err
		}
		args[i] = v
	}
	for _, f := range e.funcs {
		if f.name == c.Fn {
			return f.fn(args)
		}
	}
	return 0, fmt.Errorf("unknown function %s/%d", c.Fn, len(args))
}
func (c *Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() Token { return p.toks[p.pos] }
func (p *Parser) next() Token {
	t := p.toks[p.pos]
	if t.Kind != EOF {
		p.pos++
	}
	return t
}

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *Parser) parseExpr(minPrec int) (Node, error) {
	left, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < minPrec {
			return left, nil
		}
		p.next()
		next := prec(t.Text) + 1
		if t.Text == "^" {
			next = prec(t.Text) // right associative
		}
		right, err := p.parseExpr(next)
		if err != nil {
			return nil, err
		}
		left = &Binary{t.Text, left, right}
	}
}

func (p *Parser) parseUnary() (Node, error) {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		x, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		return &Unary{"-", x}, nil
	}
	return p.parsePrimary()
}

func (p *Parser) parsePrimary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, &SyntaxError{t.Pos, "bad number " + t.Text}
		}
		return Num(v), nil
	case IDENT:
		if p.peek().Kind != LPAREN {
			return Var(t.Text), nil
		}
		p.next()
		c := &Call{Fn: t.Text}
		for p.peek().Kind != RPAREN {
			a, err := p.parseExpr(1)
			if err != nil {
				return nil, err
			}
			c.Args = append(c.Args, a)
			if p.peek().Kind == COMMA {
				p.next()
			}
		}
		p.next()
		return c, nil
	case LPAREN:
		x, err := p.parseExpr(1)
		if err != nil {
			return nil, err
		}
		if r := p.next(); r.Kind != RPAREN {
			return nil, &SyntaxError{r.Pos, "expected ) got " + r.Kind.String()}
		}
		return x, nil
	}
	return nil, &SyntaxError{t.Pos, "unexpected " + t.Kind.String()}
}

func Parse(src string) (Node, error) {
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	p := &Parser{toks: toks}
	n, err := p.parseExpr(1)
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.Kind != EOF {
		return nil, &SyntaxError{t.Pos, "trailing " + t.Text}
	}
	return n, nil
}

func main() {
	env := &Env{}
	env.Set("x", 3)
	env.Set("pi", 3.14159)
	env.funcs = append(env.funcs, Builtin{"max", func(a []float64) (float64, error) {
		if len(a) == 0 {
			return 0, fmt.Errorf("max of nothing")
		}
		m := a[0]
		for _, v := range a[1:] {
			m = max(m, v)
		}
		return m, nil
	}})
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x * -x + 1",
		"pi * x ^ 2",
		"max(1, x, 2 * x, 4) / 2",
		"max()",
		"10 % 4 + y",
		"1 / (x - 3)",
		"3 + * 4",
		"(1 + 2",
		"2 $ 3",
		"1.5.2 + 1",
		"1 2",
	}
	for _, in := range inputs {
		n, err := Parse(in)
		if err != nil {
			var se *SyntaxError
			se, _ = err.(*SyntaxError)
			fmt.Printf("%-24q syntax error: %v (pos %d)\n", in, err, se.Pos)
			continue
		}
		v, err := n.Eval(env)
		if err != nil {
			fmt.Printf("%-24q %s => error: %v\n", in, n, err)
			continue
		}
		fmt.Printf("%-24q %s => %g\n", in, n, v)
	}
}
