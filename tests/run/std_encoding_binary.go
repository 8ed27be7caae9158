// run

package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

type Header struct {
	Magic   uint32
	Version uint16
	Flags   uint16
	Size    int64
	Ratio   float32
	Tag     [4]byte
	_       [2]byte
	Ok      bool
	C       complex64
}

func main() {
	b := make([]byte, 8)
	binary.BigEndian.PutUint32(b, 0xdeadbeef)
	binary.LittleEndian.PutUint16(b[4:], 0x1234)
	fmt.Println(b, binary.BigEndian.Uint32(b), binary.LittleEndian.Uint16(b[4:]))
	fmt.Println(binary.BigEndian.AppendUint64(nil, 1<<40), binary.LittleEndian, binary.BigEndian.String())

	var buf bytes.Buffer
	h := Header{Magic: 0xCAFEBABE, Version: 2, Flags: 7, Size: -12345, Ratio: 0.5, Tag: [4]byte{'r', 'g', 'o', '!'}, Ok: true, C: 1 + 2i}
	if err := binary.Write(&buf, binary.LittleEndian, h); err != nil {
		fmt.Println("write:", err)
	}
	fmt.Println(buf.Len(), binary.Size(h), buf.Bytes())
	var h2 Header
	if err := binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &h2); err != nil {
		fmt.Println("read:", err)
	}
	fmt.Printf("%+v\n", h2)
	var buf2 bytes.Buffer
	binary.Write(&buf2, binary.BigEndian, []int32{1, -2, 3})
	binary.Write(&buf2, binary.BigEndian, uint8(9))
	fmt.Println(buf2.Bytes())
	xs := make([]int32, 3)
	binary.Read(&buf2, binary.BigEndian, xs)
	fmt.Println(xs)
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -5)
	fmt.Println(vb)
	u, n := binary.Uvarint(vb)
	s, m := binary.Varint(vb[n:])
	fmt.Println(u, n, s, m)
	err := binary.Read(bytes.NewReader([]byte{1, 2}), binary.LittleEndian, &h2)
	fmt.Println(err)
	err = binary.Write(&buf, binary.LittleEndian, map[int]int{})
	fmt.Println(err)
	out, err := binary.Append(nil, binary.BigEndian, struct{ A, B uint16 }{1, 2})
	fmt.Println(out, err)
}
