// run

package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"os"
)

func main() {
	data := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Println(hex.EncodeToString(data[:10]))
	b, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(b), err)
	_, err = hex.DecodeString("4865zz")
	fmt.Println(err)
	_, err = hex.DecodeString("486")
	fmt.Println(err)
	fmt.Print(hex.Dump(data[:20]))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Close()
	fmt.Println(hex.AppendEncode([]byte("x:"), []byte{1, 255}))

	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := enc.EncodeToString([]byte("hello?>>world"))
		back, err := enc.DecodeString(s)
		fmt.Println(s, string(back), err)
	}
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16))

	fmt.Println(crc32.ChecksumIEEE(data))
	fmt.Println(crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	h := crc32.NewIEEE()
	h.Write(data[:5])
	h.Write(data[5:])
	fmt.Printf("%08x %d\n", h.Sum32(), h.Size())
	fmt.Println(crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)), crc64.Checksum(data, crc64.MakeTable(crc64.ISO)))
	fmt.Println(adler32.Checksum(data))
}
