// run

// Tests regexp's matching and finding API: Compile errors, MatchString,
// Find*/FindAll*/Submatch variants with their index forms, named groups
// and SubexpNames, String, Longest, NumSubexp and the []byte variants.

package main

import (
	"fmt"
	"regexp"
)

func main() {
	// Compile errors carry gc's messages.
	for _, pat := range []string{
		`a(b`, `a)b`, `[z-a]`, `*a`, `a**`, `x{1001}`, `\8`, `(?P<n>a)(?P<n>b)`,
		`(?P<>a)`, `[[:foo:]]`, `\pX`, `\p{Klingon}`, `a{2,1}`, `(?z)`, "\xff", `[a`, `\`,
		`(?i)abc`, `a|b|c`,
	} {
		re, err := regexp.Compile(pat)
		if err != nil {
			fmt.Printf("Compile(%q): error: %v\n", pat, err)
			continue
		}
		fmt.Printf("Compile(%q): ok %q subexp=%d\n", pat, re.String(), re.NumSubexp())
	}
	_, err := regexp.CompilePOSIX(`a\d`)
	fmt.Println("CompilePOSIX:", err)

	// MustCompile panics with the error text.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile(`(unclosed`)
	}()

	// MatchString, Match and the package-level helpers.
	m, err := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(m, err)
	m, err = regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "Job[48]")
	fmt.Println(m, err)
	m, err = regexp.Match(`o+`, []byte("foo"))
	fmt.Println(m, err)
	m, err = regexp.MatchString(`(`, "x")
	fmt.Println(m, err)

	re := regexp.MustCompile(`fo.?`)
	fmt.Printf("%q\n", re.FindString("seafood fool"))
	fmt.Printf("%q\n", re.FindString("meat"))
	fmt.Println(re.FindStringIndex("seafood fool"))
	fmt.Println(re.FindStringIndex("meat") == nil)
	fmt.Printf("%q\n", re.FindAllString("seafood fool foo fo", -1))
	fmt.Printf("%q\n", re.FindAllString("seafood fool foo fo", 2))
	fmt.Println(re.FindAllStringIndex("seafood fool foo fo", -1))
	fmt.Println(re.FindAllString("meat", -1) == nil)

	// Submatches.
	re = regexp.MustCompile(`a(x*)b(y|z)?c`)
	fmt.Printf("%q\n", re.FindStringSubmatch("-axxxbyc-"))
	fmt.Printf("%q\n", re.FindStringSubmatch("-abzc-"))
	fmt.Printf("%q\n", re.FindStringSubmatch("-abc-"))
	fmt.Println(re.FindStringSubmatchIndex("-axxxbyc-"))
	fmt.Println(re.FindStringSubmatchIndex("-abc-"))
	fmt.Printf("%q\n", re.FindAllStringSubmatch("-axxxbyc- -abzc- abc", -1))
	fmt.Println(re.FindAllStringSubmatchIndex("-axxxbyc- -abzc- abc", -1))

	// Empty matches and their positions.
	re = regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", re.FindAllString("baaab", -1))
	fmt.Println(re.FindAllStringIndex("baaab", -1))
	re = regexp.MustCompile(``)
	fmt.Println(re.FindAllStringIndex("héllo", -1))

	// Named groups.
	re = regexp.MustCompile(`(?P<first>[a-zA-Z]+) (?<last>[a-zA-Z]+)(?:, (\d+))?`)
	fmt.Printf("%q %d\n", re.SubexpNames(), re.NumSubexp())
	fmt.Println(re.SubexpIndex("last"), re.SubexpIndex("first"), re.SubexpIndex("nope"))
	match := re.FindStringSubmatch("Alan Turing, 1912")
	for i, name := range re.SubexpNames() {
		fmt.Printf("%d %q = %q\n", i, name, match[i])
	}
	fmt.Println(re.String())

	// Leftmost-first versus leftmost-longest.
	re = regexp.MustCompile(`a(|b)`)
	fmt.Println(re.FindString("ab"))
	re.Longest()
	fmt.Println(re.FindString("ab"))
	re = regexp.MustCompilePOSIX(`(a|ab)(c|bcd)(d*)`)
	fmt.Printf("%q\n", re.FindStringSubmatch("abcd"))
	re = regexp.MustCompile(`(a|ab)(c|bcd)(d*)`)
	fmt.Printf("%q\n", re.FindStringSubmatch("abcd"))

	// LiteralPrefix.
	for _, p := range []string{`abc`, `abc+`, `(?i)abc`, `^abc`, `a|b`} {
		prefix, complete := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%q: %q %v\n", p, prefix, complete)
	}

	// []byte variants.
	re = regexp.MustCompile(`(\w+)@(\w+)\.com`)
	b := []byte("alice@example.com, bob@test.com; nobody@nowhere.org")
	fmt.Println(re.Match(b))
	fmt.Printf("%q\n", re.Find(b))
	fmt.Println(re.FindIndex(b))
	fmt.Printf("%q\n", re.FindSubmatch(b))
	fmt.Println(re.FindSubmatchIndex(b))
	fmt.Printf("%q\n", re.FindAll(b, -1))
	fmt.Println(re.FindAllIndex(b, -1))
	fmt.Printf("%q\n", re.FindAllSubmatch(b, -1))
	fmt.Println(re.FindAllSubmatchIndex(b, -1))
	fmt.Println(re.Find([]byte("none")) == nil)

	// The one-pass, backtracking and NFA matchers all get a turn.
	for _, p := range []string{`^(\d+)-(\d+)$`, `(\d+)-(\d+)`, `(a+|b+)*c`, `x*y*z*$`} {
		re := regexp.MustCompile(p)
		for _, s := range []string{"12-345", "aaabbbc", "xxyz", "abc 1-2 x", ""} {
			fmt.Printf("%s %q %v %q\n", p, s, re.FindStringSubmatchIndex(s), re.FindAllString(s, -1))
		}
	}
	long := ""
	for i := 0; i < 500; i++ {
		long += "ab"
	}
	re = regexp.MustCompile(`(ab)+(c?)$`)
	fmt.Println(re.FindStringSubmatchIndex(long))

	// MatchReader and FindReaderIndex.
	fmt.Println(regexp.MustCompile(`b+`).MatchReader(stringReader("aabbcc")))
	fmt.Println(regexp.MustCompile(`b+`).FindReaderIndex(stringReader("aabbcc")))

	// Copy and MarshalText.
	re2 := regexp.MustCompile(`x+y`).Copy()
	t, err := re2.MarshalText()
	fmt.Printf("%s %v\n", t, err)
	var re3 regexp.Regexp
	fmt.Println(re3.UnmarshalText([]byte(`[0-9]+`)), re3.FindString("ab123c"))
}

type sr struct {
	s string
	i int
}

func (r *sr) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) {
		return 0, 0, eof{}
	}
	c := rune(r.s[r.i])
	r.i++
	return c, 1, nil
}

type eof struct{}

func (eof) Error() string { return "EOF" }

func stringReader(s string) *sr { return &sr{s: s} }
