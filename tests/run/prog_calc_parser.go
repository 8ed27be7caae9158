// run

// A tokenizer, a recursive-descent parser building an AST, and an evaluator
// for integer arithmetic with variables, assignments and function calls.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type TokenKind int

const (
	EOF TokenKind = iota
	Number
	Ident
	Punct
)

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
}

func (t Token) String() string {
	switch t.Kind {
	case EOF:
		return "end of input"
	case Number:
		return "number " + t.Text
	case Ident:
		return "identifier " + t.Text
	}
	return strconv.Quote(t.Text)
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			toks = append(toks, Token{Number, src[i:j], i})
			i = j
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			j := i
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			toks = append(toks, Token{Ident, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/%()=,^", rune(c)):
			toks = append(toks, Token{Punct, src[i : i+1], i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", c)}
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

// Expression nodes.
type Expr interface {
	Eval(env *Env) int
	String() string
}

type Num int
type Var string
type Unary struct {
	Op string
	X  Expr
}
type Binary struct {
	Op   string
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}
type Assign struct {
	Name string
	X    Expr
}

func (n Num) String() string    { return strconv.Itoa(int(n)) }
func (v Var) String() string    { return string(v) }
func (u *Unary) String() string { return "(" + u.Op + u.X.String() + ")" }
func (b *Binary) String() string {
	return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")"
}
func (c *Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}
func (a *Assign) String() string { return a.Name + " = " + a.X.String() }

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token {
	t := p.toks[p.pos]
	if t.Kind != EOF {
		p.pos++
	}
	return t
}
func (p *parser) fail(t Token, format string, args ...any) {
	panic(&SyntaxError{t.Pos, fmt.Sprintf(format, args...)})
}
func (p *parser) expect(text string) {
	if t := p.next(); t.Text != text || t.Kind != Punct {
		p.fail(t, "expected %q, found %v", text, t)
	}
}

// statement := ident '=' expr | expr
func (p *parser) statement() Expr {
	if p.peek().Kind == Ident && p.toks[p.pos+1].Text == "=" {
		name := p.next().Text
		p.next()
		return &Assign{name, p.expr()}
	}
	return p.expr()
}

// expr := term {('+'|'-') term}
func (p *parser) expr() Expr {
	x := p.term()
	for t := p.peek(); t.Text == "+" || t.Text == "-"; t = p.peek() {
		p.next()
		x = &Binary{t.Text, x, p.term()}
	}
	return x
}

// term := unary {('*'|'/'|'%') unary}
func (p *parser) term() Expr {
	x := p.unary()
	for t := p.peek(); t.Text == "*" || t.Text == "/" || t.Text == "%"; t = p.peek() {
		p.next()
		x = &Binary{t.Text, x, p.unary()}
	}
	return x
}

// unary := '-' unary | power
func (p *parser) unary() Expr {
	if p.peek().Text == "-" {
		p.next()
		return &Unary{"-", p.unary()}
	}
	return p.power()
}

// power := primary ['^' unary]   (right associative)
func (p *parser) power() Expr {
	x := p.primary()
	if p.peek().Text == "^" {
		p.next()
		return &Binary{"^", x, p.unary()}
	}
	return x
}

func (p *parser) primary() Expr {
	t := p.next()
	switch {
	case t.Kind == Number:
		n, err := strconv.Atoi(t.Text)
		if err != nil {
			p.fail(t, "%v", err)
		}
		return Num(n)
	case t.Kind == Ident && p.peek().Text == "(":
		p.next()
		c := &Call{Fn: t.Text}
		for p.peek().Text != ")" {
			if len(c.Args) > 0 {
				p.expect(",")
			}
			c.Args = append(c.Args, p.expr())
		}
		p.next()
		return c
	case t.Kind == Ident:
		return Var(t.Text)
	case t.Text == "(":
		x := p.expr()
		p.expect(")")
		return x
	}
	p.fail(t, "unexpected %v", t)
	return nil
}

func Parse(src string) (e Expr, err error) {
	toks, err := tokenize(src)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			e, err = nil, se
		}
	}()
	p := &parser{toks: toks}
	e = p.statement()
	if t := p.peek(); t.Kind != EOF {
		p.fail(t, "unexpected %v after expression", t)
	}
	return e, nil
}

type Env struct {
	names  []string
	values []int
}

var ErrUndefined = errors.New("undefined variable")

func (env *Env) lookup(name string) (int, bool) {
	for i, n := range env.names {
		if n == name {
			return env.values[i], true
		}
	}
	return 0, false
}

func (env *Env) set(name string, v int) {
	for i, n := range env.names {
		if n == name {
			env.values[i] = v
			return
		}
	}
	env.names = append(env.names, name)
	env.values = append(env.values, v)
}

func (n Num) Eval(*Env) int { return int(n) }
func (v Var) Eval(env *Env) int {
	x, ok := env.lookup(string(v))
	if !ok {
		panic(fmt.Errorf("%w %s", ErrUndefined, string(v)))
	}
	return x
}
func (u *Unary) Eval(env *Env) int { return -u.X.Eval(env) }
func (a *Assign) Eval(env *Env) int {
	v := a.X.Eval(env)
	env.set(a.Name, v)
	return v
}
func (b *Binary) Eval(env *Env) int {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case "+":
		return l + r
	case "-":
		return l - r
	case "*":
		return l * r
	case "/":
		return l / r
	case "%":
		return l % r
	}
	result := 1
	for ; r > 0; r-- {
		result *= l
	}
	return result
}
func (c *Call) Eval(env *Env) int {
	args := make([]int, len(c.Args))
	for i, a := range c.Args {
		args[i] = a.Eval(env)
	}
	switch {
	case c.Fn == "max" && len(args) > 0:
		return max(args[0], args[1:]...)
	case c.Fn == "abs" && len(args) == 1:
		if args[0] < 0 {
			return -args[0]
		}
		return args[0]
	case c.Fn == "sum":
		s := 0
		for _, a := range args {
			s += a
		}
		return s
	}
	panic(fmt.Errorf("bad call %s with %d arguments", c.Fn, len(args)))
}

func max(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func evaluate(env *Env, e Expr) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	return e.Eval(env), nil
}

func main() {
	env := &Env{}
	lines := []string{
		"x = 6 * 7",
		"y = x - 2 * (3 + 4)",
		"x + y * 2",
		"-x % 5 + -(-3)",
		"2 ^ 3 ^ 2",
		"z = max(x, y, 100 / 3, abs(-50))",
		"sum(1, 2, 3, 4, sum(5, 6))",
		"rate = z * 3 / 7",
		"undefinedName + 1",
		"10 / (x - 42)",
		"abs(1, 2)",
		"3 + * 4",
		"(1 + 2",
		"7 $ 3",
		"a = b = 1",
		"99999999999999999999",
	}
	for _, src := range lines {
		e, err := Parse(src)
		if err != nil {
			fmt.Printf("%-34s parse: %v\n", src, err)
			continue
		}
		v, err := evaluate(env, e)
		switch {
		case errors.Is(err, ErrUndefined):
			fmt.Printf("%-34s undefined: %v\n", src, err)
		case err != nil:
			fmt.Printf("%-34s eval: %v\n", src, err)
		default:
			fmt.Printf("%-34s %-40s = %d\n", src, e, v)
		}
	}
	for i, n := range env.names {
		fmt.Printf("%s=%d ", n, env.values[i])
	}
	fmt.Println()
}
