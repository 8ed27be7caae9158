// run

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. Ünïcödé wörds: naïve café — résumé; 日本語 テキスト!`

func caesar(s string, shift int) string {
	shift = (shift%26 + 26) % 26
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift))%26
		}
		return r
	}, s)
}

func rle(s string) string {
	var b bytes.Buffer
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if j-i > 1 {
			fmt.Fprintf(&b, "%d", j-i)
		}
		b.WriteRune(rs[i])
		i = j
	}
	return b.String()
}

func unrle(s string) string {
	var b strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	return b.String()
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func reverseWords(s string) string {
	w := strings.Fields(s)
	for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
		w[i], w[j] = w[j], w[i]
	}
	return strings.Join(w, " ")
}

func wrap(s string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(s) {
		l := utf8.RuneCountInString(w)
		if n > 0 && n+1+l > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += l
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}

func main() {
	freq := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
		if w == "" {
			continue
		}
		freq[w]++
		total++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println("total words:", total, "distinct:", len(freq))
	w := bufio.NewWriter(os.Stdout)
	for i, k := range keys {
		if i >= 12 {
			break
		}
		fmt.Fprintf(w, "%2d. %-12s %3d %s\n", i+1, k, freq[k], strings.Repeat("*", freq[k]))
	}
	w.Flush()
	enc := caesar("Hello, World! xyz ABC", 3)
	fmt.Println(enc, "|", caesar(enc, -3), "|", caesar("abc", 29))
	for _, s := range []string{"aaabccddddde", "wwwwwwwwwwwwbbb", "", "ab", "ééé日日x"} {
		r := rle(s)
		fmt.Printf("%q -> %q -> ok=%v\n", s, r, unrle(r) == s)
	}
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "été"} {
		fmt.Println(isPalindrome(s), s)
	}
	fmt.Println(reverseWords("  the sky   is blue "))
	for _, l := range wrap(text, 38) {
		fmt.Printf("|%-38s|\n", l)
	}
	var upper, lower, digit, space, punct, other int
	for _, r := range text {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			digit++
		case unicode.IsSpace(r):
			space++
		case unicode.IsPunct(r):
			punct++
		default:
			other++
		}
	}
	fmt.Println(upper, lower, digit, space, punct, other, len(text), utf8.RuneCountInString(text))
	fmt.Println(strings.Title("hello go world"), strings.ToUpper("straße"), strings.ToTitle("ǆ"), strings.EqualFold("Gö", "GÖ"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.IndexRune("chicken", 'k'))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b,c", ","), len(strings.Split("", ",")))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), string(bytes.ToUpper([]byte("xyz"))))
	buf := make([]byte, 0, 16)
	for _, r := range "aé世🎉" {
		buf = utf8.AppendRune(buf, r)
		fmt.Print(utf8.RuneLen(r), " ")
	}
	fmt.Println(len(buf), utf8.Valid(buf), utf8.ValidString("a\xc0"), utf8.FullRune(buf[:2]))
	rr, size := utf8.DecodeLastRuneInString("héllo世")
	fmt.Println(string(rr), size)
}
