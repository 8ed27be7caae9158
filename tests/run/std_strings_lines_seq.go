// run

// Processing multi-line text with strings helpers only: Index loops,
// LastIndex for extensions, Cut in a loop, Count of lines and Title-free
// capitalisation, as a path and log utility would.
package main

import (
	"fmt"
	"strings"
)

func ext(path string) string {
	slash := strings.LastIndex(path, "/")
	dot := strings.LastIndex(path, ".")
	if dot <= slash+1 {
		return ""
	}
	return path[dot:]
}

func dirBase(path string) (string, string) {
	i := strings.LastIndexByte(path, '/')
	if i < 0 {
		return ".", path
	}
	if i == 0 {
		return "/", path[1:]
	}
	return path[:i], path[i+1:]
}

func main() {
	for _, p := range []string{"/usr/lib/libc.so.6", "main.go", ".bashrc", "/etc/", "dir/file.tar.gz", "/x", "a/b.c/d"} {
		d, b := dirBase(p)
		fmt.Printf("%-20q ext=%-6q dir=%-10q base=%q\n", p, ext(p), d, b)
	}
	text := "GET /a 200\nPOST /b 500\nGET /c 404\n\nGET /a 200"
	fmt.Println(strings.Count(text, "\n")+1, "lines,", strings.Count(text, "GET"), "GETs")
	rest := text
	for len(rest) > 0 {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" {
			fmt.Println("(blank)")
			continue
		}
		method, tail, _ := strings.Cut(line, " ")
		path, code, _ := strings.Cut(tail, " ")
		fmt.Printf("%-5s %-3s %s ok=%t\n", method, path, code, strings.HasPrefix(code, "2"))
	}
	s := "a,b,,c"
	for i := strings.Index(s, ","); i >= 0; i = strings.Index(s, ",") {
		fmt.Printf("[%s]", s[:i])
		s = s[i+1:]
	}
	fmt.Printf("[%s]\n", s)
}
