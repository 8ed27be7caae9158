// run

// A small CSV reader that handles quoted fields with embedded commas,
// quotes and newlines, reading from standard input rune by rune through
// bufio.Reader, reporting the records as %q.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

var errQuote = errors.New("bare quote in unquoted field")

func readRecord(r *bufio.Reader) ([]string, error) {
	var fields []string
	var sb strings.Builder
	inQuotes, quotedField, any := false, false, false
	for {
		c, _, err := r.ReadRune()
		if err == io.EOF {
			if inQuotes {
				return nil, io.ErrUnexpectedEOF
			}
			if !any {
				return nil, io.EOF
			}
			return append(fields, sb.String()), nil
		}
		any = true
		switch {
		case inQuotes && c == '"':
			next, _, err := r.ReadRune()
			if err == nil && next == '"' {
				sb.WriteRune('"')
			} else {
				if err == nil {
					r.UnreadRune()
				}
				inQuotes = false
			}
		case inQuotes:
			sb.WriteRune(c)
		case c == '"':
			if sb.Len() > 0 {
				return nil, errQuote
			}
			inQuotes, quotedField = true, true
		case c == ',':
			fields = append(fields, sb.String())
			sb.Reset()
			quotedField = false
		case c == '\n':
			return append(fields, sb.String()), nil
		case c == '\r':
		default:
			sb.WriteRune(c)
		}
		_ = quotedField
	}
}

func main() {
	r := bufio.NewReader(os.Stdin)
	for n := 1; ; n++ {
		rec, err := readRecord(r)
		if err == io.EOF {
			fmt.Println("end")
			break
		}
		if err != nil {
			fmt.Printf("record %d: %v\n", n, err)
			r.ReadString('\n')
			continue
		}
		fmt.Printf("%d: %d %q\n", n, len(rec), rec)
	}
}
