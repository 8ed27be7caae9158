// run

// bufio.Scanner limits and options: lines longer than the buffer fail with
// ErrTooLong, Buffer raises the limit, empty input, a split function that
// returns an error, and ErrFinalToken.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strings"
)

func main() {
	long := strings.Repeat("x", 70000)
	sc := bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter\n"))
	for sc.Scan() {
		fmt.Println("token of", len(sc.Text()))
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	sc = bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter\n"))
	sc.Buffer(make([]byte, 100), 100000)
	for sc.Scan() {
		fmt.Println("token of", len(sc.Text()))
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader(""))
	fmt.Println(sc.Scan(), sc.Err())

	errBad := errors.New("bad byte")
	sc = bufio.NewScanner(strings.NewReader("ab#cd"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) == 0 {
			return 0, nil, nil
		}
		if data[0] == '#' {
			return 0, nil, errBad
		}
		return 1, data[:1], nil
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), " ")
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("1 2 STOP 3 4"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && string(tok) == "STOP" {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Print("[", sc.Text(), "]")
	}
	fmt.Println(sc.Err())
	adv, tok, err := bufio.ScanLines([]byte("no newline"), false)
	fmt.Println(adv, tok == nil, err)
	adv, tok, err = bufio.ScanLines([]byte("line\r\nrest"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
}
