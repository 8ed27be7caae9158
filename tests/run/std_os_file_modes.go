// run

// os.FileMode (io/fs) rendering and predicates, the O_* flags combined in
// OpenFile, O_TRUNC and O_EXCL behaviour, and *os.PathError's %T.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	for _, m := range []os.FileMode{0, 0o644, 0o755, 0o777 | os.ModeDir, os.ModeSymlink | 0o777, os.ModeNamedPipe | 0o600,
		os.ModeSetuid | os.ModeSetgid | os.ModeSticky | 0o750, os.ModeDevice | os.ModeCharDevice | 0o620, fs.ModeSocket, fs.ModeIrregular} {
		fmt.Printf("%-12v %011o dir=%-5t regular=%-5t perm=%v type=%v\n", m, uint32(m), m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	dir, _ := os.MkdirTemp("", "modes")
	p := dir + "/f"
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_TRUNC, 0o600)
	fmt.Println(err)
	f.WriteString("hello world")
	f.Close()
	f, _ = os.OpenFile(p, os.O_WRONLY|os.O_TRUNC, 0)
	f.WriteString("bye")
	f.Close()
	b, _ := os.ReadFile(p)
	fmt.Printf("%q\n", b)
	_, err = os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	fmt.Printf("%T %v %v\n", err, errors.Is(err, fs.ErrExist), strings.Replace(err.Error(), dir, "D", 1))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, strings.Replace(pe.Path, dir, "D", 1), pe.Err)
	}
	_, err = os.Open(dir + "/missing")
	fmt.Printf("%T %v\n", err, errors.Is(err, fs.ErrNotExist))
	fmt.Println(os.Remove(p), os.Remove(dir))
}
