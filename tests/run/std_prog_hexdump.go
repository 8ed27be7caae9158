// run

// A hexdump of stdin in the format of `hexdump -C`, using io.ReadFull on a
// bufio.Reader, fmt's %08x and % x, and printable-character filtering.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	buf := make([]byte, 16)
	off := 0
	for {
		n, err := io.ReadFull(r, buf)
		if n > 0 {
			var text strings.Builder
			for _, c := range buf[:n] {
				if c >= 0x20 && c < 0x7f {
					text.WriteByte(c)
				} else {
					text.WriteByte('.')
				}
			}
			hex := fmt.Sprintf("% x", buf[:n])
			if n > 8 {
				hex = hex[:23] + " " + hex[23:]
			}
			fmt.Printf("%08x  %-49s |%s|\n", off, hex, text.String())
			off += n
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	fmt.Printf("%08x\n", off)
}
