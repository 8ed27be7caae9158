// run

// Tokenising text with Fields, FieldsFunc, Split variants and Join, as a
// log-line parser would.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	lines := []string{
		"2024-01-02 12:00:01 INFO  server started  port=8080",
		"  2024-01-02 12:00:05 WARN disk  usage=91%\t",
		"",
		"2024-01-02 12:01:00 ERROR  conn reset by peer",
	}
	for _, l := range lines {
		f := strings.Fields(l)
		fmt.Printf("%d %q\n", len(f), f)
		if len(f) >= 3 {
			fmt.Println(" level:", f[2], "msg:", strings.Join(f[3:], " "))
		}
	}
	isSep := func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) }
	fmt.Printf("%q\n", strings.FieldsFunc("a, b;;c ,d ;", isSep))
	fmt.Printf("%q\n", strings.FieldsFunc("", isSep))
	fmt.Printf("%q\n", strings.FieldsFunc("αβγ1δε2", unicode.IsDigit))

	csv := "name,age,,city,"
	fmt.Printf("%q\n", strings.Split(csv, ","))
	fmt.Printf("%q\n", strings.SplitN(csv, ",", 2))
	fmt.Printf("%q\n", strings.SplitN(csv, ",", 0))
	fmt.Printf("%q\n", strings.SplitN(csv, ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter(csv, ","))
	fmt.Printf("%q\n", strings.SplitAfterN(csv, ",", 3))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("a--b--c", "--"))
	fmt.Printf("%q\n", strings.Split("héllo", ""))

	parts := []string{"usr", "local", "bin"}
	fmt.Println("/" + strings.Join(parts, "/"))
	fmt.Printf("%q %q\n", strings.Join(nil, ","), strings.Join([]string{"only"}, ","))
	fmt.Println(strings.Repeat("=-", 10) + "=")
	fmt.Printf("%q\n", strings.Repeat("x", 0))

	kv := "host=example.org; port = 443 ;tls=on"
	conf := map[string]string{}
	for _, item := range strings.Split(kv, ";") {
		k, v, ok := strings.Cut(item, "=")
		if !ok {
			continue
		}
		conf[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	fmt.Println(conf)
}
