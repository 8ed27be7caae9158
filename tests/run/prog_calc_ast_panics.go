// run

package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	COMMA
	EOF
)

type Token struct {
	Kind TokenKind
	Text string
	Pos  int
	Num  float64
}

func (t Token) String() string {
	switch t.Kind {
	case NUM:
		return fmt.Sprintf("NUM(%g)", t.Num)
	case EOF:
		return "EOF"
	}
	return fmt.Sprintf("%q", t.Text)
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.' || rs[j] == 'e') {
				j++
			}
			f, err := strconv.ParseFloat(string(rs[i:j]), 64)
			if err != nil {
				return nil, &SyntaxError{i, err.Error()}
			}
			toks = append(toks, Token{NUM, string(rs[i:j]), i, f})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, Token{Kind: IDENT, Text: string(rs[i:j]), Pos: i})
			i = j
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, Token{Kind: OP, Text: string(r), Pos: i})
			i++
		case r == '(':
			toks = append(toks, Token{Kind: LPAREN, Text: "(", Pos: i})
			i++
		case r == ')':
			toks = append(toks, Token{Kind: RPAREN, Text: ")", Pos: i})
			i++
		case r == ',':
			toks = append(toks, Token{Kind: COMMA, Text: ",", Pos: i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", r)}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(rs)}), nil
}

type Node interface {
	Eval(env map[string]float64) float64
	String() string
}

type (
	Num    float64
	Var    string
	BinOp  struct {
		Op   byte
		L, R Node
	}
	Neg  struct{ X Node }
	Call struct {
		Fn   string
		Args []Node
	}
)

func (n Num) Eval(map[string]float64) float64 { return float64(n) }
func (n Num) String() string                  { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env map[string]float64) float64 {
	x, ok := env[string(v)]
	if !ok {
		panic(fmt.Errorf("undefined variable %s", string(v)))
	}
	return x
}
func (v Var) String() string { return string(v) }
func (b *BinOp) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	case '%':
		return math.Mod(l, r)
	case '^':
		return math.Pow(l, r)
	}
	panic("bad op")
}
func (b *BinOp) String() string  { return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" }
func (n *Neg) Eval(env map[string]float64) float64 { return -n.X.Eval(env) }
func (n *Neg) String() string    { return "(-" + n.X.String() + ")" }

var funcs = map[string]func(...float64) (float64, error){
	"sqrt": func(a ...float64) (float64, error) {
		if len(a) != 1 {
			return 0, fmt.Errorf("sqrt takes 1 arg")
		}
		return math.Sqrt(a[0]), nil
	},
	"max": func(a ...float64) (float64, error) {
		if len(a) == 0 {
			return 0, fmt.Errorf("max needs args")
		}
		m := a[0]
		for _, v := range a[1:] {
			m = math.Max(m, v)
		}
		return m, nil
	},
	"hyp": func(a ...float64) (float64, error) { return math.Hypot(a[0], a[1]), nil },
}

func (c *Call) Eval(env map[string]float64) float64 {
	f, ok := funcs[c.Fn]
	if !ok {
		panic(fmt.Errorf("unknown function %s", c.Fn))
	}
	args := make([]float64, len(c.Args))
	for i, a := range c.Args {
		args[i] = a.Eval(env)
	}
	v, err := f(args...)
	if err != nil {
		panic(err)
	}
	return v
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
func (p *Parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *Parser) expr(minPrec int) Node {
	lhs := p.unary()
	for {
		t := p.peek()
		if t.Kind != OP || prec[t.Text] < minPrec {
			return lhs
		}
		p.next()
		q := prec[t.Text] + 1
		if t.Text == "^" {
			q = prec[t.Text]
		}
		rhs := p.expr(q)
		lhs = &BinOp{t.Text[0], lhs, rhs}
	}
}

func (p *Parser) unary() Node {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		return &Neg{p.unary()}
	}
	return p.primary()
}

func (p *Parser) primary() Node {
	t := p.next()
	switch t.Kind {
	case NUM:
		return Num(t.Num)
	case IDENT:
		if p.peek().Kind == LPAREN {
			p.next()
			c := &Call{Fn: t.Text}
			for p.peek().Kind != RPAREN {
				c.Args = append(c.Args, p.expr(1))
				if p.peek().Kind == COMMA {
					p.next()
				} else if p.peek().Kind != RPAREN {
					panic(&SyntaxError{p.peek().Pos, "expected , or )"})
				}
			}
			p.next()
			return c
		}
		return Var(t.Text)
	case LPAREN:
		n := p.expr(1)
		if p.next().Kind != RPAREN {
			panic(&SyntaxError{t.Pos, "unclosed ("})
		}
		return n
	}
	panic(&SyntaxError{t.Pos, "unexpected " + t.String()})
}

func evaluate(src string, env map[string]float64) (res float64, tree string, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case *SyntaxError:
				err = e
			case error:
				err = fmt.Errorf("eval: %w", e)
			default:
				panic(r)
			}
		}
	}()
	toks, err := lex(src)
	if err != nil {
		return 0, "", err
	}
	p := &Parser{toks: toks}
	n := p.expr(1)
	if p.peek().Kind != EOF {
		return 0, "", &SyntaxError{p.peek().Pos, "trailing " + p.peek().String()}
	}
	return n.Eval(env), n.String(), nil
}

func main() {
	env := map[string]float64{"x": 3, "y": 4, "pi": math.Pi}
	for _, src := range []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-x ^ 2",
		"sqrt(x*x + y*y)",
		"max(1, x, y, 2) % 3",
		"hyp(5, 12) / 0",
		"10 / 4 - 0.5",
		"1e3 + .5",
		"z + 1",
		"foo(1)",
		"sqrt(1, 2)",
		"(1 + 2",
		"1 + * 2",
		"3 $ 4",
		"max(1 2)",
		"2 3",
		"-(-(-1))",
		"pi * 2",
	} {
		v, tree, err := evaluate(src, env)
		if err != nil {
			fmt.Printf("%-20s ERROR %v\n", src, err)
			continue
		}
		fmt.Printf("%-20s = %-12.6g %s\n", src, v, tree)
	}
}
