// run

// A JSON-like document model (values as an interface with one type per
// kind), a hand-written parser for it, and a pretty printer with
// indentation, key ordering by insertion, and string escaping.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Value interface {
	write(sb *strings.Builder, indent int)
}

type Null struct{}
type Bool bool
type Number float64
type String string
type Array []Value
type Member struct {
	Key string
	Val Value
}
type Object []Member

func pad(sb *strings.Builder, n int) {
	for i := 0; i < n; i++ {
		sb.WriteString("  ")
	}
}

func (Null) write(sb *strings.Builder, _ int) { sb.WriteString("null") }
func (b Bool) write(sb *strings.Builder, _ int) {
	if b {
		sb.WriteString("true")
	} else {
		sb.WriteString("false")
	}
}
func (n Number) write(sb *strings.Builder, _ int) {
	sb.WriteString(strconv.FormatFloat(float64(n), 'g', -1, 64))
}
func (s String) write(sb *strings.Builder, _ int) { sb.WriteString(quote(string(s))) }
func (a Array) write(sb *strings.Builder, indent int) {
	if len(a) == 0 {
		sb.WriteString("[]")
		return
	}
	sb.WriteString("[\n")
	for i, v := range a {
		pad(sb, indent+1)
		v.write(sb, indent+1)
		if i < len(a)-1 {
			sb.WriteByte(',')
		}
		sb.WriteByte('\n')
	}
	pad(sb, indent)
	sb.WriteByte(']')
}
func (o Object) write(sb *strings.Builder, indent int) {
	if len(o) == 0 {
		sb.WriteString("{}")
		return
	}
	sb.WriteString("{\n")
	for i, m := range o {
		pad(sb, indent+1)
		sb.WriteString(quote(m.Key))
		sb.WriteString(": ")
		m.Val.write(sb, indent+1)
		if i < len(o)-1 {
			sb.WriteByte(',')
		}
		sb.WriteByte('\n')
	}
	pad(sb, indent)
	sb.WriteByte('}')
}

func quote(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\t':
			sb.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&sb, `\u%04x`, r)
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

type parser struct {
	s   string
	pos int
}

type ParseError struct {
	Pos  int
	What string
}

func (e ParseError) Error() string { return "offset " + strconv.Itoa(e.Pos) + ": " + e.What }

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *parser) fail(what string) error { return ParseError{p.pos, what} }

func (p *parser) value() (Value, error) {
	p.ws()
	if p.pos >= len(p.s) {
		return nil, p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		p.pos++
		var o Object
		for {
			p.ws()
			if p.pos >= len(p.s) {
				return nil, p.fail("unterminated object")
			}
			if p.s[p.pos] == '}' {
				p.pos++
				return o, nil
			}
			if len(o) > 0 {
				if p.s[p.pos] != ',' {
					return nil, p.fail("expected ,")
				}
				p.pos++
				p.ws()
			}
			k, err := p.str()
			if err != nil {
				return nil, err
			}
			p.ws()
			if p.pos >= len(p.s) || p.s[p.pos] != ':' {
				return nil, p.fail("expected :")
			}
			p.pos++
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			o = append(o, Member{k, v})
		}
	case c == '[':
		p.pos++
		a := Array{}
		for {
			p.ws()
			if p.pos >= len(p.s) {
				return nil, p.fail("unterminated array")
			}
			if p.s[p.pos] == ']' {
				p.pos++
				return a, nil
			}
			if len(a) > 0 {
				if p.s[p.pos] != ',' {
					return nil, p.fail("expected ,")
				}
				p.pos++
			}
			v, err := p.value()
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
	case c == '"':
		s, err := p.str()
		return String(s), err
	case strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return Bool(true), nil
	case strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return Bool(false), nil
	case strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return Null{}, nil
	case c == '-' || c >= '0' && c <= '9':
		start := p.pos
		for p.pos < len(p.s) && strings.IndexByte("+-.eE0123456789", p.s[p.pos]) >= 0 {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			return nil, ParseError{start, "bad number"}
		}
		return Number(f), nil
	}
	return nil, p.fail(fmt.Sprintf("unexpected %q", p.s[p.pos]))
}

func (p *parser) str() (string, error) {
	if p.pos >= len(p.s) || p.s[p.pos] != '"' {
		return "", p.fail("expected string")
	}
	p.pos++
	var sb strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		p.pos++
		switch c {
		case '"':
			return sb.String(), nil
		case '\\':
			if p.pos >= len(p.s) {
				return "", p.fail("bad escape")
			}
			e := p.s[p.pos]
			p.pos++
			switch e {
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			default:
				sb.WriteByte(e)
			}
		default:
			sb.WriteByte(c)
		}
	}
	return "", p.fail("unterminated string")
}

func Parse(s string) (Value, error) {
	p := &parser{s: s}
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.ws()
	if p.pos != len(p.s) {
		return nil, p.fail("trailing data")
	}
	return v, nil
}

func Pretty(v Value) string {
	var sb strings.Builder
	v.write(&sb, 0)
	return sb.String()
}

func count(v Value) (objects, arrays, scalars int) {
	switch x := v.(type) {
	case Object:
		objects++
		for _, m := range x {
			o, a, s := count(m.Val)
			objects, arrays, scalars = objects+o, arrays+a, scalars+s
		}
	case Array:
		arrays++
		for _, e := range x {
			o, a, s := count(e)
			objects, arrays, scalars = objects+o, arrays+a, scalars+s
		}
	default:
		scalars++
	}
	return
}

func main() {
	doc := `{"name": "rgo", "version": 1.5, "tags": ["compiler", "go", "rust"],
	  "nested": {"empty": {}, "list": [], "deep": [[1, 2], [3, [4, {"k": null}]]]},
	  "ok": true, "quote": "say \"hi\"\tnow", "neg": -2.5e-3}`
	v, err := Parse(doc)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(Pretty(v))
	fmt.Println(count(v))
	for _, bad := range []string{`{"a" 1}`, `[1, 2`, `{"a": tru}`, `"open`, `[1] x`, `-`} {
		_, err := Parse(bad)
		fmt.Printf("%-10q %v\n", bad, err)
	}
	built := Object{{"id", Number(7)}, {"items", Array{String("a\nb"), Bool(false), Null{}}}}
	fmt.Println(Pretty(built))
}
