// run

// An expression tokenizer and evaluator using strings.Reader rune by
// rune, unicode classes, strconv.ParseFloat and fmt errors.
package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

type token struct {
	kind string
	text string
}

func tokenize(src string) ([]token, error) {
	r := strings.NewReader(src)
	var toks []token
	for {
		c, _, err := r.ReadRune()
		if err == io.EOF {
			return toks, nil
		}
		switch {
		case unicode.IsSpace(c):
		case unicode.IsDigit(c) || c == '.':
			var sb strings.Builder
			for err == nil && (unicode.IsDigit(c) || c == '.' || c == 'e') {
				sb.WriteRune(c)
				c, _, err = r.ReadRune()
			}
			if err == nil {
				r.UnreadRune()
			}
			toks = append(toks, token{"num", sb.String()})
		case strings.ContainsRune("+-*/()", c):
			toks = append(toks, token{"op", string(c)})
		default:
			return nil, fmt.Errorf("unexpected %q at offset %d", c, int(r.Size())-r.Len()-len(string(c)))
		}
	}
}

type parser struct {
	toks []token
	pos  int
}

var errEnd = errors.New("unexpected end of input")

func (p *parser) peek() *token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && p.peek() != nil && (p.peek().text == "+" || p.peek().text == "-") {
		op := p.toks[p.pos].text
		p.pos++
		var w float64
		w, err = p.term()
		if op == "+" {
			v += w
		} else {
			v -= w
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && p.peek() != nil && (p.peek().text == "*" || p.peek().text == "/") {
		op := p.toks[p.pos].text
		p.pos++
		var w float64
		w, err = p.factor()
		if op == "*" {
			v *= w
		} else {
			v /= w
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.peek()
	if t == nil {
		return 0, errEnd
	}
	p.pos++
	switch {
	case t.kind == "num":
		return strconv.ParseFloat(t.text, 64)
	case t.text == "(":
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.peek() == nil || p.peek().text != ")" {
			return 0, errors.New("missing )")
		}
		p.pos++
		return v, nil
	case t.text == "-":
		v, err := p.factor()
		return -v, err
	}
	return 0, fmt.Errorf("unexpected %s", t.text)
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1+2)*3", "-4 / (2 - 4)", "2 * (3", "1 / 0", "0 / 0 + 1", "3 $ 4", "1.5e3 - 1..2", "", "7 -"} {
		toks, err := tokenize(src)
		if err != nil {
			fmt.Printf("%-14q tokenize: %v\n", src, err)
			continue
		}
		p := &parser{toks: toks}
		v, err := p.expr()
		if err == nil && p.pos != len(toks) {
			err = fmt.Errorf("trailing %q", toks[p.pos].text)
		}
		fmt.Printf("%-14q %d tokens => %v, %v\n", src, len(toks), v, err)
	}
}
