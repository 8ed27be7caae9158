// run

// strings.Title and bytes.Title (deprecated, still used): word starts
// after spaces, punctuation and non-letters, not after letters, digits or _.
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{
		"hello world", "  leading and  double  spaces", "o'neil is-here", "snake_case x2y 3rd",
		"élan vital ñandú", "ǆemal", "tab\tsep\nnew line", "a.b,c;d(e)f", "", "ALREADY Up",
		"über\u00a0straße", "日本 語",
	} {
		fmt.Printf("%q %q\n", strings.Title(s), bytes.Title([]byte(s)))
	}
}
