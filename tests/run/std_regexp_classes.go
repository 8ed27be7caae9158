// run

// Tests regexp's flags and character classes: (?i), (?m), (?s), (?U) and
// their scoped forms, Perl classes (\d \w \s \b), POSIX classes ([[:alpha:]]),
// Unicode classes (\pL, \p{Greek}, \PN, \p{^Lu}, case-folded \p{Lu}),
// ranges, negation, and the rune-by-rune handling of non-ASCII input.

package main

import (
	"fmt"
	"regexp"
)

func show(pat string, inputs ...string) {
	re, err := regexp.Compile(pat)
	if err != nil {
		fmt.Printf("%-24q error: %v\n", pat, err)
		return
	}
	for _, s := range inputs {
		fmt.Printf("%-24q %-20q %v %q\n", pat, s, re.MatchString(s), re.FindAllString(s, -1))
	}
}

func main() {
	// Flags.
	show(`(?i)hello`, "Hello HELLO hello hElLo", "help")
	show(`(?i)straße`, "STRASSE", "STRAßE", "Straße")
	show(`(?i)k`, "K k \u212a")
	show(`(?i)[a-c]+`, "xABCabcx")
	show(`(?i:ab)c`, "ABc ABC abc")
	show(`^line\d$`, "line1\nline2\nline3")
	show(`(?m)^line\d$`, "line1\nline2\nline3")
	show(`(?m)^$`, "a\n\nb\n")
	show(`a.b`, "a\nb a-b")
	show(`(?s)a.b`, "a\nb a-b")
	show(`a+`, "aaa")
	show(`(?U)a+`, "aaa")
	show(`(?U)a+?`, "aaa")
	show(`a{2,3}`, "aaaaaaa")
	show(`a{2,3}?`, "aaaaaaa")
	show(`(?i)(?-i:a)b`, "ab aB Ab AB")
	show(`\Aab\z`, "ab", "ab\n")
	show(`ab$`, "ab\n", "ab")

	// Perl classes and word boundaries.
	show(`\d+`, "a1b22c333 ٣٤")
	show(`\D+`, "a1b22c333")
	show(`\w+`, "hello_world, héllo 42")
	show(`\W+`, "hello_world, héllo 42")
	show(`\s+`, "a b\tc\nd\re\ff\vg")
	show(`\S+`, "a b\tc")
	show(`\bfoo\b`, "foo food foo.bar xfoo")
	show(`\Boo\B`, "foo food boot")
	show(`[\d\s]+`, "x 1 2 3y")
	show(`[^\d]+`, "ab12cd")

	// POSIX classes.
	show(`[[:alpha:]]+`, "abc123DEF")
	show(`[[:digit:]]+`, "abc123DEF")
	show(`[[:alnum:]]+`, "ab_c1-2")
	show(`[[:upper:][:digit:]]+`, "abCD12ef")
	show(`[[:^lower:]]+`, "abCD12ef")
	show(`[[:space:]]+`, "a \t\nb")
	show(`[[:punct:]]+`, "a!@#b,c.")
	show(`[[:xdigit:]]+`, "0x1fZz")
	show(`[[:word:]]+`, "foo_bar-baz")
	show(`(?i)[[:upper:]]+`, "abCD")

	// Unicode classes.
	show(`\pL+`, "héllo wörld 123 Ωμέγα")
	show(`\p{L}+`, "日本語abc")
	show(`\PL+`, "héllo wörld 123")
	show(`\p{Greek}+`, "abc αβγ ΔΕΖ def")
	show(`\P{Greek}+`, "abc αβγ def")
	show(`\p{^Greek}+`, "abc αβγ def")
	show(`\p{Lu}+`, "HeLLo ÀÉÎ")
	show(`(?i)\p{Lu}+`, "HeLLo ÀÉÎ")
	show(`\p{Ll}`, "aB")
	show(`\p{Nd}+`, "12٣٤५")
	show(`\p{Han}+`, "漢字かなカナ")
	show(`\p{Hiragana}+|\p{Katakana}+`, "漢字かなカナ")
	show(`\p{Cyrillic}+`, "Привет world")
	show(`\p{Sc}`, "$5 €3 ¥7")
	show(`\p{Zs}`, "a b\u00a0c")
	show(`\p{Any}+`, "ab\n")
	show(`\p{Lc}+`, "Ab1")
	show(`\p{Letter}+`, "ab1")
	show(`\p{Cased_Letter}+`, "Ab1")
	show(`\p{greek}+`, "αβ")
	show(`\p{Assigned}+`, "a\U000E0080b")
	show(`\p{Braille}+`, "⠁⠃x")
	show(`[\p{Greek}\d]+`, "α1β2 x")
	show(`[^\p{L}\s]+`, "ab 12!? cd")
	show(`[α-ω]+`, "αβγ ΑΒΓ")
	show(`(?i)[α-ω]+`, "αβγ ΑΒΓ")
	show(`\x{1F600}|\x41`, "A😀")
	show(`[\x{100}-\x{10FFFF}]+`, "ascii ĀĐ ünï 😀")
	show(`.`, "é日😀\xff")
	show(`\C`, "é")
	show(`\Q.*+\E+`, ".*++.*")

	// String forms after simplification.
	for _, p := range []string{`(?i)abc`, `[a-zA-Z]`, `\pL`, `a{2,5}`, `(?s).`, `[[:digit:]]`, `(?:a|b)|c`, `x*?y+?`, `\p{Greek}`} {
		fmt.Printf("%q -> %q\n", p, regexp.MustCompile(p).String())
	}
}
