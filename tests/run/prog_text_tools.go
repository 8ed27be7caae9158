// run

// Text utilities: word wrapping with justification, run-length encoding
// and decoding, roman numerals both ways, Caesar/Vigenere ciphers, and a
// word-frequency table computed by sorting (no maps).
package main

import (
	"fmt"
	"sort"
	"strings"
)

func wrap(text string, width int, justify bool) []string {
	words := strings.Fields(text)
	var lines []string
	for len(words) > 0 {
		n, length := 1, len(words[0])
		for n < len(words) && length+1+len(words[n]) <= width {
			length += 1 + len(words[n])
			n++
		}
		line := words[:n]
		words = words[n:]
		if !justify || len(words) == 0 || n == 1 {
			lines = append(lines, strings.Join(line, " "))
			continue
		}
		gaps := n - 1
		spaces := width - (length - gaps)
		var sb strings.Builder
		for i, w := range line {
			sb.WriteString(w)
			if i < gaps {
				k := spaces / gaps
				if i < spaces%gaps {
					k++
				}
				sb.WriteString(strings.Repeat(" ", k))
			}
		}
		lines = append(lines, sb.String())
	}
	return lines
}

func rle(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		if j-i > 1 {
			fmt.Fprintf(&sb, "%d", j-i)
		}
		sb.WriteByte(s[i])
		i = j
	}
	return sb.String()
}

func unrle(s string) string {
	var sb strings.Builder
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		sb.WriteString(strings.Repeat(string(c), n))
		n = 0
	}
	return sb.String()
}

var romanVals = [...]int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanSyms = [...]string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var sb strings.Builder
	for i, v := range romanVals {
		for n >= v {
			sb.WriteString(romanSyms[i])
			n -= v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	val := func(c byte) int {
		switch c {
		case 'I':
			return 1
		case 'V':
			return 5
		case 'X':
			return 10
		case 'L':
			return 50
		case 'C':
			return 100
		case 'D':
			return 500
		case 'M':
			return 1000
		}
		return 0
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if i+1 < len(s) && v < val(s[i+1]) {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func shift(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func vigenere(s, key string, dir int) string {
	out := []rune(s)
	j := 0
	for i, r := range out {
		if (r|0x20) >= 'a' && (r|0x20) <= 'z' {
			out[i] = shift(r, dir*int(key[j%len(key)]-'a'))
			j++
		}
	}
	return string(out)
}

type wordCount struct {
	word  string
	count int
}

func frequencies(text string) []wordCount {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'')
	})
	sort.Strings(words)
	var out []wordCount
	for _, w := range words {
		if n := len(out); n > 0 && out[n-1].word == w {
			out[n-1].count++
		} else {
			out = append(out, wordCount{w, 1})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].count > out[j].count })
	return out
}

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

func main() {
	for _, w := range []int{30, 45} {
		for _, l := range wrap(text, w, true) {
			fmt.Printf("|%-*s|\n", w, l)
		}
		fmt.Println()
	}
	for _, s := range []string{"aaabccddddde", "abc", "", "zzzzzzzzzzzz"} {
		e := rle(s)
		fmt.Printf("%q -> %q -> %v\n", s, e, unrle(e) == s)
	}
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Print(n, "=", r, "=", fromRoman(r), " ")
	}
	fmt.Println()
	enc := vigenere("Attack at Dawn!", "lemon", 1)
	fmt.Println(enc, vigenere(enc, "lemon", -1))
	freq := frequencies(text)
	for _, wc := range freq[:6] {
		fmt.Printf("%-6s %d\n", wc.word, wc.count)
	}
	fmt.Println(len(freq))
}
