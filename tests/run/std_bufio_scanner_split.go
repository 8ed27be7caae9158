// run

// bufio.Scanner with the built-in split functions (lines, words, runes,
// bytes) and a custom one, over strings, plus Buffer limits.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	text := "alpha beta\r\n  gamma\n\ndelta  épsilon\nlast"
	for _, mode := range []string{"lines", "words", "runes"} {
		sc := bufio.NewScanner(strings.NewReader(text))
		switch mode {
		case "words":
			sc.Split(bufio.ScanWords)
		case "runes":
			sc.Split(bufio.ScanRunes)
		}
		var toks []string
		for sc.Scan() {
			toks = append(toks, sc.Text())
		}
		fmt.Printf("%s %d %q %v\n", mode, len(toks), toks, sc.Err())
	}
	sc := bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%v ", sc.Bytes())
	}
	fmt.Println()

	// Comma-separated values with a custom split function.
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
		if atEOF && len(data) > 0 {
			return len(data), bytes.TrimSpace(data), nil
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(strings.NewReader("1, 2,3 ,, 42"))
	sc.Split(commas)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println()

	// A token longer than the buffer limit.
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)

	// Stop early with ErrFinalToken.
	stopAt := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "STOP" {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	}
	sc = bufio.NewScanner(strings.NewReader("one two STOP three"))
	sc.Split(stopAt)
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(sc.Err())
}
