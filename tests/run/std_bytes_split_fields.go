// run

// Parsing a binary-ish record format with the bytes package: splitting,
// IndexByte, HasPrefix, TrimRight, Fields and bytes.Buffer assembly.
package main

import (
	"bytes"
	"fmt"
	"strconv"
)

var raw = []byte("HDR v2\x00\x00\nrec 1 alpha 10\nrec 2 beta -3\nbad\nrec 3 gamma x\nEND\n")

func main() {
	lines := bytes.Split(bytes.TrimRight(raw, "\n"), []byte("\n"))
	hdr := bytes.TrimRight(lines[0], "\x00")
	fmt.Printf("%q %t\n", hdr, bytes.HasPrefix(hdr, []byte("HDR ")))
	var out bytes.Buffer
	sum := 0
	for i, l := range lines[1:] {
		if bytes.Equal(l, []byte("END")) {
			break
		}
		f := bytes.Fields(l)
		if len(f) != 4 || !bytes.Equal(f[0], []byte("rec")) {
			fmt.Printf("line %d: malformed %q\n", i+2, l)
			continue
		}
		v, err := strconv.Atoi(string(f[3]))
		if err != nil {
			fmt.Printf("line %d: %v\n", i+2, err)
			continue
		}
		sum += v
		out.Write(bytes.ToUpper(f[2]))
		out.WriteByte('=')
		out.WriteString(strconv.Itoa(v))
		out.WriteByte(';')
	}
	fmt.Println(out.String(), sum)
	fmt.Println(bytes.IndexByte(raw, 0), bytes.Count(raw, []byte("rec")), bytes.LastIndex(raw, []byte("rec")))
	fmt.Printf("%q\n", bytes.SplitN(raw, []byte(" "), 3))
	fmt.Printf("%q\n", bytes.Fields([]byte("  \t\n ")))
	fmt.Println(bytes.ContainsAny(raw, "xyz"), bytes.ContainsRune(raw, 'β'), bytes.IndexAny(raw, "0123456789"))
}
