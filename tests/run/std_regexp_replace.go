// run

// Tests regexp's replacing and splitting API: ReplaceAllString with $1,
// ${name} and $$ expansion, ReplaceAllLiteralString, ReplaceAllStringFunc,
// Expand/ExpandString, Split, QuoteMeta and the []byte variants.

package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`a(x*)b`)
	in := "-ab-axxb-"
	for _, tmpl := range []string{"T", "$1", "$1W", "${1}W", "$$1", "$", "$2", "${", "${1", "$x", "<$0>"} {
		fmt.Printf("%q -> %q | %q\n", tmpl, re.ReplaceAllString(in, tmpl), re.ReplaceAllLiteralString(in, tmpl))
	}

	re = regexp.MustCompile(`(?P<key>\w+)=(?P<value>\w+)`)
	src := "a=1, bb=22; ccc=333"
	fmt.Println(re.ReplaceAllString(src, "${value}:${key}"))
	fmt.Println(re.ReplaceAllString(src, "$value:$key"))
	fmt.Println(re.ReplaceAllString(src, "$key_x"))
	fmt.Println(re.ReplaceAllString(src, "${key}_x"))
	fmt.Println(re.ReplaceAllStringFunc(src, strings.ToUpper))
	fmt.Println(re.ReplaceAllStringFunc(src, func(s string) string { return "[" + s + "]" }))
	fmt.Printf("%s\n", re.ReplaceAll([]byte(src), []byte("<$2>")))
	fmt.Printf("%s\n", re.ReplaceAllLiteral([]byte(src), []byte("<$2>")))
	fmt.Printf("%s\n", re.ReplaceAllFunc([]byte(src), func(b []byte) []byte { return []byte("(" + string(b) + ")") }))

	// Empty matches interleave with the input as in gc.
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(`b*`).ReplaceAllString("abbbc", "X"))
	fmt.Println(regexp.MustCompile(``).ReplaceAllString("héllo", "|"))

	// Expand.
	content := `
	# comment line
	option1: value1
	option2: value2

	# another comment line
	option3: value3
`
	pattern := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	template := "$key=$value\n"
	var result []byte
	for _, submatches := range pattern.FindAllStringSubmatchIndex(content, -1) {
		result = pattern.ExpandString(result, template, content, submatches)
	}
	fmt.Print(string(result))
	result = nil
	for _, submatches := range pattern.FindAllSubmatchIndex([]byte(content), -1) {
		result = pattern.Expand(result, []byte("${value}<-$1;"), []byte(content), submatches)
	}
	fmt.Println(string(result))

	// Split.
	for _, c := range []struct {
		pat, s string
		n      int
	}{
		{`a`, "banana", -1},
		{`a`, "banana", 0},
		{`a`, "banana", 1},
		{`a`, "banana", 2},
		{`z+`, "pizza", -1},
		{`z+`, "pizza", 0},
		{`z+`, "pizza", 1},
		{`z+`, "pizza", 2},
		{``, "abc", -1},
		{`x*`, "axbxxc", -1},
		{`\s*,\s*`, "a , b,c ,  d", -1},
		{`,`, "", -1},
		{`[^,]`, "", -1},
	} {
		fmt.Printf("Split(%q, %q, %d) = %q\n", c.pat, c.s, c.n, regexp.MustCompile(c.pat).Split(c.s, c.n))
	}

	// QuoteMeta.
	for _, s := range []string{`Escaping symbols like: .+*?()|[]{}^$`, "plain", "", `\.`, "日本\x00"} {
		q := regexp.QuoteMeta(s)
		re := regexp.MustCompile(q)
		fmt.Printf("%q %v\n", q, re.MatchString(s))
	}
}
