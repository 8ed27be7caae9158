// Differential test: strconv integer/bool parsing and formatting, quoting.
package main

import (
	"os"
	"strconv"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	for _, s := range []string{"0", "-0", "12", "+12", "-12", "x", "", "-", "+", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "123456789012345678901234", "1_000", "0x1F", " 1"} {
		i, err := strconv.Atoi(s)
		out(strconv.Itoa(i) + " " + errs(err))
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bs := range []int{0, 8, 16, 32, 64, 65} {
				v, err := strconv.ParseInt(s, base, bs)
				u, err2 := strconv.ParseUint(s, base, bs)
				out(strconv.FormatInt(v, 10) + " " + errs(err) + " | " + strconv.FormatUint(u, 10) + " " + errs(err2))
			}
		}
	}
	for _, s := range []string{"0b101", "0o17", "017", "0x_1f", "0x__1f", "1__0", "_1", "1_", "0B1", "0XFF", "zz", "ZZ"} {
		v, err := strconv.ParseInt(s, 0, 64)
		out(strconv.FormatInt(v, 10) + " " + errs(err))
		v, err = strconv.ParseInt(s, 36, 64)
		out(strconv.FormatInt(v, 10) + " " + errs(err))
	}
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		out(strconv.FormatBool(b) + " " + errs(err))
	}
	for _, v := range []int64{0, 1, -1, 35, 36, -9223372036854775808, 9223372036854775807, 255} {
		for base := 2; base <= 36; base += 7 {
			out(strconv.FormatInt(v, base) + " " + strconv.FormatUint(uint64(v), base))
		}
		out(string(strconv.AppendInt([]byte("x="), v, 16)))
	}
	for _, s := range []string{"", "hello", "a\"b", "a\\b", "\n\t\r\a\b\f\v\x00\x7f", "héllo", "日本語", "\xff\xfe", "\u00ad", "\U0001F600", "\u2028", "`", "'", "\ufeff"} {
		out(strconv.Quote(s) + " " + strconv.QuoteToASCII(s) + " " + strconv.QuoteToGraphic(s) + " " + strconv.FormatBool(strconv.CanBackquote(s)))
		out(string(strconv.AppendQuote([]byte("q:"), s)))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 0xe9, 0x65e5, 0x1F600, -1, 0x110000, 0xD800, 0xad, 0x2028} {
		out(strconv.QuoteRune(r) + " " + strconv.QuoteRuneToASCII(r) + " " + strconv.QuoteRuneToGraphic(r) + " " + strconv.FormatBool(strconv.IsPrint(r)) + strconv.FormatBool(strconv.IsGraphic(r)))
	}
	n := 0
	for r := rune(0); r < 0x110000; r++ {
		if strconv.IsPrint(r) {
			n += int(r)
		}
		if strconv.IsGraphic(r) {
			n ^= int(r)
		}
	}
	out(strconv.Itoa(n))
	for _, s := range []string{`"abc"`, `"a\nb"`, `'a'`, `'ab'`, "`raw\\n`", "`a\rb`", `"\x41\u00e9\U0001F600\101"`, `"unterminated`, `"bad\q"`, `''`, `'\''`, `"\'"`, `'"'`, `"a"b`, `"\400"`, `"\xZZ"`, `"\uD800"`, "\"a\nb\"", `"é"`, "'\xff'"} {
		u, err := strconv.Unquote(s)
		out(strconv.Quote(u) + " " + errs(err))
		p, err := strconv.QuotedPrefix(s)
		out(strconv.Quote(p) + " " + errs(err))
	}
	for _, s := range []string{`\n`, `\x41z`, `\u00e9`, `é`, `\'`, `\"`, `\q`, `\777`, "a"} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		out(strconv.QuoteRune(v) + " " + strconv.FormatBool(mb) + " " + strconv.Quote(tail) + " " + errs(err))
	}
}
