// run

package main

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"html"
	"log"
	"math/big"
	"os"
	"sync"
	"sync/atomic"
)

type cfg struct{ name string }

func main() {
	calls := 0
	get := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(get(), get(), calls)
	a, b := sync.OnceValues(func() (string, error) { return "x", nil })()
	fmt.Println(a, b)
	f := sync.OnceFunc(func() { fmt.Println("once") })
	f()
	f()
	var p atomic.Pointer[cfg]
	fmt.Println(p.Load() == nil)
	p.Store(&cfg{"a"})
	old := p.Swap(&cfg{"b"})
	fmt.Println(old.name, p.Load().name, p.CompareAndSwap(old, nil), p.CompareAndSwap(p.Load(), old), p.Load().name)
	fmt.Println(html.UnescapeString("&lt;b&gt; &amp; &eacute; &#65;"), html.EscapeString("<a href='x'>"))
	l := log.New(os.Stdout, "pfx: ", log.Lmsgprefix)
	l.Println("hello")
	l.SetPrefix("new: ")
	l.Printf("%d", 5)
	fmt.Println(hex.EncodeToString([]byte("hi")), string(hex.AppendEncode(nil, []byte{1, 255})))
	fmt.Println(base64.StdEncoding.EncodeToString([]byte("hello world")), string(base64.StdEncoding.AppendEncode([]byte("x:"), []byte("ab"))))
	buf := binary.AppendUvarint(nil, 300)
	fmt.Println(buf, binary.BigEndian.AppendUint32(nil, 0x01020304))
	n := new(big.Int)
	n.SetString("123456789012345678901234567890", 10)
	n.Mul(n, n)
	fmt.Println(n.String(), n.Text(16))
	r := new(big.Int).Exp(big.NewInt(2), big.NewInt(200), nil)
	fmt.Println(r)
}
