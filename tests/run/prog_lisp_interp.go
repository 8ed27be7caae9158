// run

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}

type Symbol string

type List []Value

type Builtin struct {
	name string
	fn   func(args []Value) (Value, error)
}

type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

var ErrUnbound = errors.New("unbound symbol")

type ArityError struct {
	Name      string
	Want, Got int
}

func (e *ArityError) Error() string {
	return fmt.Sprintf("%s: want %d args, got %d", e.Name, e.Want, e.Got)
}

func NewEnv(outer *Env) *Env { return &Env{vars: map[Symbol]Value{}, outer: outer} }

func (e *Env) Find(s Symbol) (Value, error) {
	for env := e; env != nil; env = env.outer {
		if v, ok := env.vars[s]; ok {
			return v, nil
		}
	}
	return nil, fmt.Errorf("lookup %q: %w", string(s), ErrUnbound)
}

func tokenize(src string) []string {
	src = strings.ReplaceAll(src, "(", " ( ")
	src = strings.ReplaceAll(src, ")", " ) ")
	return strings.Fields(src)
}

func parse(tokens []string, pos int) (Value, int, error) {
	if pos >= len(tokens) {
		return nil, pos, errors.New("unexpected EOF")
	}
	tok := tokens[pos]
	switch tok {
	case "(":
		var lst List
		pos++
		for pos < len(tokens) && tokens[pos] != ")" {
			v, np, err := parse(tokens, pos)
			if err != nil {
				return nil, np, err
			}
			lst = append(lst, v)
			pos = np
		}
		if pos >= len(tokens) {
			return nil, pos, errors.New("missing )")
		}
		return lst, pos + 1, nil
	case ")":
		return nil, pos, errors.New("unexpected )")
	}
	if n, err := strconv.Atoi(tok); err == nil {
		return n, pos + 1, nil
	}
	if f, err := strconv.ParseFloat(tok, 64); err == nil {
		return f, pos + 1, nil
	}
	return Symbol(tok), pos + 1, nil
}

func toString(v Value) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case bool:
		if x {
			return "#t"
		}
		return "#f"
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case Symbol:
		return string(x)
	case List:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = toString(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda/%d>", len(x.params))
	case *Builtin:
		return "<builtin " + x.name + ">"
	default:
		return fmt.Sprintf("<?%T>", x)
	}
}

func truthy(v Value) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case int:
		return x != 0
	case List:
		return len(x) > 0
	}
	return true
}

func eval(v Value, env *Env) (Value, error) {
	for {
		switch x := v.(type) {
		case Symbol:
			return env.Find(x)
		case int, float64, bool, nil:
			return x, nil
		case List:
			if len(x) == 0 {
				return x, nil
			}
			if head, ok := x[0].(Symbol); ok {
				switch head {
				case "quote":
					return x[1], nil
				case "if":
					c, err := eval(x[1], env)
					if err != nil {
						return nil, err
					}
					if truthy(c) {
						v = x[2]
					} else if len(x) > 3 {
						v = x[3]
					} else {
						return nil, nil
					}
					continue
				case "define":
					val, err := eval(x[2], env)
					if err != nil {
						return nil, err
					}
					env.vars[x[1].(Symbol)] = val
					return val, nil
				case "lambda":
					ps := x[1].(List)
					params := make([]Symbol, len(ps))
					for i, p := range ps {
						params[i] = p.(Symbol)
					}
					return &Lambda{params, x[2], env}, nil
				case "begin":
					for _, e := range x[1 : len(x)-1] {
						if _, err := eval(e, env); err != nil {
							return nil, err
						}
					}
					v = x[len(x)-1]
					continue
				}
			}
			f, err := eval(x[0], env)
			if err != nil {
				return nil, err
			}
			args := make([]Value, 0, len(x)-1)
			for _, a := range x[1:] {
				av, err := eval(a, env)
				if err != nil {
					return nil, err
				}
				args = append(args, av)
			}
			switch fn := f.(type) {
			case *Builtin:
				return fn.fn(args)
			case *Lambda:
				if len(args) != len(fn.params) {
					return nil, &ArityError{"lambda", len(fn.params), len(args)}
				}
				ne := NewEnv(fn.env)
				for i, p := range fn.params {
					ne.vars[p] = args[i]
				}
				v, env = fn.body, ne
				continue
			default:
				return nil, fmt.Errorf("not a function: %s", toString(f))
			}
		default:
			return nil, fmt.Errorf("cannot eval %T", x)
		}
	}
}

func numOp(name string, op func(a, b int) int) *Builtin {
	return &Builtin{name, func(args []Value) (Value, error) {
		if len(args) < 1 {
			return nil, &ArityError{name, 1, 0}
		}
		acc, ok := args[0].(int)
		if !ok {
			return nil, fmt.Errorf("%s: not an int: %v", name, toString(args[0]))
		}
		for _, a := range args[1:] {
			n, ok := a.(int)
			if !ok {
				return nil, fmt.Errorf("%s: not an int: %v", name, toString(a))
			}
			acc = op(acc, n)
		}
		return acc, nil
	}}
}

func cmpOp(name string, op func(a, b int) bool) *Builtin {
	return &Builtin{name, func(args []Value) (Value, error) {
		if len(args) != 2 {
			return nil, &ArityError{name, 2, len(args)}
		}
		return op(args[0].(int), args[1].(int)), nil
	}}
}

func globalEnv() *Env {
	env := NewEnv(nil)
	for _, b := range []*Builtin{
		numOp("+", func(a, b int) int { return a + b }),
		numOp("-", func(a, b int) int { return a - b }),
		numOp("*", func(a, b int) int { return a * b }),
		numOp("/", func(a, b int) int { return a / b }),
		cmpOp("<", func(a, b int) bool { return a < b }),
		cmpOp("=", func(a, b int) bool { return a == b }),
		cmpOp(">", func(a, b int) bool { return a > b }),
		{"list", func(args []Value) (Value, error) { return List(args), nil }},
		{"car", func(args []Value) (Value, error) { return args[0].(List)[0], nil }},
		{"cdr", func(args []Value) (Value, error) { return args[0].(List)[1:], nil }},
		{"cons", func(args []Value) (Value, error) {
			tail, _ := args[1].(List)
			return append(List{args[0]}, tail...), nil
		}},
		{"null?", func(args []Value) (Value, error) {
			l, ok := args[0].(List)
			return ok && len(l) == 0, nil
		}},
	} {
		env.vars[Symbol(b.name)] = b
	}
	return env
}

func run(env *Env, src string) {
	toks := tokenize(src)
	pos := 0
	for pos < len(toks) {
		expr, np, err := parse(toks, pos)
		if err != nil {
			fmt.Println("parse error:", err)
			return
		}
		pos = np
		res, err := eval(expr, env)
		if err != nil {
			var ae *ArityError
			switch {
			case errors.Is(err, ErrUnbound):
				fmt.Println("error (unbound):", err)
			case errors.As(err, &ae):
				fmt.Printf("error (arity %d/%d): %v\n", ae.Got, ae.Want, err)
			default:
				fmt.Println("error:", err)
			}
			continue
		}
		fmt.Printf("%-40s => %s\n", toString(expr), toString(res))
	}
}

func main() {
	env := globalEnv()
	run(env, `
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 10)
(fact 20)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define map (lambda (f l) (if (null? l) (quote ()) (cons (f (car l)) (map f (cdr l))))))
(map fact (list 1 2 3 4 5 6))
(define loop (lambda (i acc) (if (= i 0) acc (loop (- i 1) (+ acc i)))))
(loop 5000 0)
(define make-adder (lambda (n) (lambda (x) (+ x n))))
((make-adder 7) 35)
(undefined-thing 1)
((lambda (a b) a) 1)
(+ 1 (quote x))
(begin (define x 3) (define y 4) (* x y))
(list 1.5 2 (quote sym) (list))
(1 2)
`)
	run(env, "(+ 1 2")
}
