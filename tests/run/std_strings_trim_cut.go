// run

// Trimming and cutting: Trim, TrimLeft/Right, TrimFunc, TrimPrefix/Suffix,
// TrimSpace, Cut, CutPrefix, CutSuffix, applied to config-file lines.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	raw := []string{
		"  # comment",
		"name = \"rgo\"  ",
		"\tversion=0.1 # trailing comment",
		"flags = --fast,--small",
		"[section]",
		"empty=",
		"novalue",
		"  \u00a0spaced\u2003key\u3000 = 1",
	}
	for _, line := range raw {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if after, ok := strings.CutPrefix(line, "["); ok {
			name, _ := strings.CutSuffix(after, "]")
			fmt.Printf("section %q\n", name)
			continue
		}
		if before, _, found := strings.Cut(line, "#"); found {
			line = strings.TrimRight(before, " \t")
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			fmt.Printf("bad line %q\n", line)
			continue
		}
		k = strings.TrimSpace(k)
		v = strings.Trim(strings.TrimSpace(v), `"`)
		fmt.Printf("%q => %q\n", k, v)
	}

	fmt.Printf("%q\n", strings.Trim("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimLeft("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.TrimRight("xxhixyx", "xy"))
	fmt.Printf("%q\n", strings.Trim("  both  ", ""))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("%q\n", strings.TrimLeftFunc("¡¡Hola!!", unicode.IsPunct))
	fmt.Printf("%q\n", strings.TrimRightFunc("¡¡Hola!!", unicode.IsPunct))
	fmt.Printf("%q\n", strings.TrimSpace("\t\n\v\f\r \u0085\u00a0x y\u2028"))
	fmt.Printf("%q\n", strings.Trim("ééaéé", "é"))
	b, a, f := strings.Cut("k:v:w", ":")
	fmt.Printf("%q %q %t\n", b, a, f)
	b, a, f = strings.Cut("kvw", ":")
	fmt.Printf("%q %q %t\n", b, a, f)
	s, ok := strings.CutPrefix("abc", "")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("abc", "x")
	fmt.Println(s, ok)
}
