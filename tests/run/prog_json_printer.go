// run

// A JSON-like document model over interface values: a parser from text into
// map[string]any / []any / float64 / string / bool / nil, a pretty printer
// and a compact encoder driven by type switches, and path queries.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type parser struct {
	s   string
	i   int
	err error
}

func (p *parser) ws() {
	for p.i < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.i]) >= 0 {
		p.i++
	}
}

func (p *parser) failf(format string, args ...any) {
	if p.err == nil {
		p.err = fmt.Errorf("offset %d: %s", p.i, fmt.Sprintf(format, args...))
	}
	panic(p.err)
}

func (p *parser) value() any {
	p.ws()
	if p.i >= len(p.s) {
		p.failf("unexpected end of input")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		p.i++
		obj := map[string]any{}
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return obj
		}
		for {
			p.ws()
			key, ok := p.value().(string)
			if !ok {
				p.failf("object key must be a string")
			}
			p.ws()
			p.expect(':')
			obj[key] = p.value()
			p.ws()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			p.expect('}')
			return obj
		}
	case c == '[':
		p.i++
		arr := []any{}
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return arr
		}
		for {
			arr = append(arr, p.value())
			p.ws()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			p.expect(']')
			return arr
		}
	case c == '"':
		j := p.i + 1
		for j < len(p.s) && p.s[j] != '"' {
			if p.s[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(p.s) {
			p.failf("unterminated string")
		}
		str, err := strconv.Unquote(p.s[p.i : j+1])
		if err != nil {
			p.failf("bad string %s: %v", p.s[p.i:j+1], err)
		}
		p.i = j + 1
		return str
	case c == '-' || c >= '0' && c <= '9':
		j := p.i + 1
		for j < len(p.s) && strings.IndexByte("0123456789.eE+-", p.s[j]) >= 0 {
			j++
		}
		f, err := strconv.ParseFloat(p.s[p.i:j], 64)
		if err != nil {
			p.failf("bad number: %v", errors.Unwrap(err))
		}
		p.i = j
		return f
	}
	for word, v := range map[string]any{"true": true, "false": false, "null": nil} {
		if strings.HasPrefix(p.s[p.i:], word) {
			p.i += len(word)
			return v
		}
	}
	p.failf("unexpected character %q", p.s[p.i])
	return nil
}

func (p *parser) expect(c byte) {
	if p.i >= len(p.s) || p.s[p.i] != c {
		p.failf("expected %q", c)
	}
	p.i++
}

func Parse(s string) (v any, err error) {
	p := &parser{s: s}
	defer func() {
		if r := recover(); r != nil {
			if r != p.err {
				panic(r)
			}
			v, err = nil, p.err
		}
	}()
	v = p.value()
	p.ws()
	if p.i != len(p.s) {
		p.failf("trailing data")
	}
	return v, nil
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func formatNumber(f float64) string {
	if f == float64(int64(f)) && f < 1e15 && f > -1e15 {
		return strconv.FormatInt(int64(f), 10)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

func Pretty(b *strings.Builder, v any, indent string) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case float64:
		b.WriteString(formatNumber(x))
	case string:
		b.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(indent + "  ")
			Pretty(b, e, indent+"  ")
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "]")
	case map[string]any:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		b.WriteString("{\n")
		for i, k := range sortedKeys(x) {
			fmt.Fprintf(b, "%s  %q: ", indent, k)
			Pretty(b, x[k], indent+"  ")
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(indent + "}")
	default:
		fmt.Fprintf(b, "<unsupported %T>", x)
	}
}

func Compact(v any) string {
	switch x := v.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = Compact(e)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case map[string]any:
		parts := []string{}
		for _, k := range sortedKeys(x) {
			parts = append(parts, strconv.Quote(k)+":"+Compact(x[k]))
		}
		return "{" + strings.Join(parts, ",") + "}"
	default:
		var b strings.Builder
		Pretty(&b, v, "")
		return b.String()
	}
}

// Get follows a dotted path such as "servers.1.ports.0".
func Get(v any, path string) (any, error) {
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			next, ok := x[part]
			if !ok {
				return nil, fmt.Errorf("%s: no key %q", path, part)
			}
			v = next
		case []any:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, fmt.Errorf("%s: bad index %q for array of %d", path, part, len(x))
			}
			v = x[i]
		default:
			return nil, fmt.Errorf("%s: cannot index %T with %q", path, v, part)
		}
	}
	return v, nil
}

// Stats counts the nodes of each kind in a document.
func Stats(v any, counts map[string]int) {
	switch x := v.(type) {
	case map[string]any:
		counts["object"]++
		for _, e := range x {
			Stats(e, counts)
		}
	case []any:
		counts["array"]++
		for _, e := range x {
			Stats(e, counts)
		}
	case string:
		counts["string"]++
	case float64:
		counts["number"]++
	case bool:
		counts["bool"]++
	case nil:
		counts["null"]++
	}
}

const doc = `{
  "name": "cluster-7", "version": 3, "ratio": 0.125, "enabled": true,
  "owner": null, "tags": ["prod", "eu-west", "tab\there"],
  "servers": [
    {"host": "alpha", "ports": [80, 443], "load": -1.5e-3},
    {"host": "beta", "ports": [], "meta": {}, "weight": 1e21},
    {"host": "gamma \u00e9\"q\"", "ports": [8080], "primary": false}
  ]
}`

func main() {
	v, err := Parse(doc)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	var b strings.Builder
	Pretty(&b, v, "")
	fmt.Println(b.String())
	fmt.Println(Compact(v))

	for _, path := range []string{"name", "servers.1.host", "servers.0.ports.1", "servers.2.host",
		"servers.5", "tags.x", "version.major", "owner", "missing", "servers.0.load"} {
		got, err := Get(v, path)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-18s %-8T %s\n", path, got, Compact(got))
	}

	counts := map[string]int{}
	Stats(v, counts)
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, counts[k])
	}
	fmt.Println()

	extra := map[string]any{"doc": v, "list": []any{1.0, "two", []any{}, map[string]any{"x": nil}}, "fn": func() {}}
	fmt.Println(Compact(extra))

	for _, bad := range []string{`{"a": }`, `[1, 2`, `{"a" 1}`, `"open`, `[1] x`, `{1: 2}`, `-`, `tru`, `"bad \q"`} {
		_, err := Parse(bad)
		fmt.Printf("%-10s -> %v\n", bad, err)
	}
}
