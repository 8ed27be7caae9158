// run

// Writing a JSON-like encoder by hand with a type switch, strconv quoting
// and sorted map keys, then pretty-printing it with indentation.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func encode(sb *strings.Builder, v any, indent string, depth int) {
	pad := strings.Repeat(indent, depth+1)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad)
			encode(sb, e, indent, depth+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(strings.Repeat(indent, depth) + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s%q: ", pad, k)
			encode(sb, x[k], indent, depth+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(strings.Repeat(indent, depth) + "}")
	default:
		fmt.Fprintf(sb, "\"<%T>\"", x)
	}
}

func main() {
	doc := map[string]any{
		"name":    "rgo",
		"version": 0.1,
		"stable":  false,
		"tags":    []any{"go", "compiler", "rust\tbased"},
		"deps":    map[string]any{"cranelift": "0.135", "chumsky": nil},
		"count":   42,
		"empty":   []any{},
		"weird":   struct{}{},
		"unicode": "héllo \"wörld\"\n",
		"nums":    []any{1, 2.5, -3e-9, 1e21},
	}
	var sb strings.Builder
	encode(&sb, doc, "  ", 0)
	fmt.Println(sb.String())
	sb.Reset()
	encode(&sb, []any{nil, true}, "\t", 0)
	fmt.Println(sb.String())
}
