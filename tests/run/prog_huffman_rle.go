// run

// Lossless compression: run-length encoding of bytes and of bit runs, and a
// Huffman coder (frequency table, tree built with a sorted work list,
// canonical code table, bit writer/reader, round-trip verification).
package main

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// RLE encodes runs as count followed by the byte, e.g. "aaab" -> "3a1b".
func RLEEncode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

var ErrCorrupt = errors.New("corrupt input")

func RLEDecode(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j == len(s) {
			return "", fmt.Errorf("rle at %d: %w", i, ErrCorrupt)
		}
		n, err := strconv.Atoi(s[i:j])
		if err != nil {
			return "", fmt.Errorf("rle count: %w", err)
		}
		b.WriteString(strings.Repeat(s[j:j+1], n))
		i = j + 1
	}
	return b.String(), nil
}

type hnode struct {
	sym         byte
	weight      int
	order       int // tie breaker: creation order
	left, right *hnode
}

func (n *hnode) leaf() bool { return n.left == nil }

type Code struct {
	Bits uint64
	Len  int
}

func (c Code) String() string {
	s := strconv.FormatUint(c.Bits, 2)
	return strings.Repeat("0", c.Len-len(s)) + s
}

type Huffman struct {
	root  *hnode
	codes map[byte]Code
}

func BuildHuffman(data []byte) *Huffman {
	var freq [256]int
	for _, c := range data {
		freq[c]++
	}
	var work []*hnode
	for s, f := range freq {
		if f > 0 {
			work = append(work, &hnode{sym: byte(s), weight: f, order: len(work)})
		}
	}
	order := len(work)
	less := func(a, b *hnode) bool {
		if a.weight != b.weight {
			return a.weight < b.weight
		}
		return a.order < b.order
	}
	for len(work) > 1 {
		sort.Slice(work, func(i, j int) bool { return less(work[i], work[j]) })
		a, b := work[0], work[1]
		work = append(work[2:], &hnode{weight: a.weight + b.weight, order: order, left: a, right: b})
		order++
	}
	h := &Huffman{codes: map[byte]Code{}}
	if len(work) == 0 {
		return h
	}
	h.root = work[0]
	var walk func(n *hnode, c Code)
	walk = func(n *hnode, c Code) {
		if n.leaf() {
			if c.Len == 0 {
				c.Len = 1 // a single-symbol alphabet still needs one bit
			}
			h.codes[n.sym] = c
			return
		}
		walk(n.left, Code{c.Bits << 1, c.Len + 1})
		walk(n.right, Code{c.Bits<<1 | 1, c.Len + 1})
	}
	walk(h.root, Code{})
	return h
}

type BitWriter struct {
	buf   bytes.Buffer
	cur   byte
	nbits int
	total int
}

func (w *BitWriter) Write(c Code) {
	for i := c.Len - 1; i >= 0; i-- {
		w.cur = w.cur<<1 | byte(c.Bits>>uint(i)&1)
		w.nbits++
		w.total++
		if w.nbits == 8 {
			w.buf.WriteByte(w.cur)
			w.cur, w.nbits = 0, 0
		}
	}
}

func (w *BitWriter) Bytes() []byte {
	if w.nbits > 0 {
		w.buf.WriteByte(w.cur << uint(8-w.nbits))
		w.cur, w.nbits = 0, 0
	}
	return w.buf.Bytes()
}

func (h *Huffman) Encode(data []byte) ([]byte, int) {
	var w BitWriter
	for _, c := range data {
		w.Write(h.codes[c])
	}
	total := w.total
	return w.Bytes(), total
}

func (h *Huffman) Decode(enc []byte, nbits int) ([]byte, error) {
	var out []byte
	n := h.root
	if n == nil {
		return nil, nil
	}
	for i := 0; i < nbits; i++ {
		if i/8 >= len(enc) {
			return out, fmt.Errorf("huffman: bit %d: %w", i, ErrCorrupt)
		}
		bit := enc[i/8] >> uint(7-i%8) & 1
		if !n.leaf() {
			if bit == 0 {
				n = n.left
			} else {
				n = n.right
			}
		}
		if n.leaf() {
			out = append(out, n.sym)
			n = h.root
		}
	}
	return out, nil
}

func (h *Huffman) Table() string {
	syms := make([]byte, 0, len(h.codes))
	for s := range h.codes {
		syms = append(syms, s)
	}
	sort.Slice(syms, func(i, j int) bool {
		ci, cj := h.codes[syms[i]], h.codes[syms[j]]
		if ci.Len != cj.Len {
			return ci.Len < cj.Len
		}
		return syms[i] < syms[j]
	})
	var b strings.Builder
	for _, s := range syms {
		fmt.Fprintf(&b, "  %q %v\n", s, h.codes[s])
	}
	return b.String()
}

func compress(name string, data []byte, showTable bool) {
	h := BuildHuffman(data)
	enc, nbits := h.Encode(data)
	dec, err := h.Decode(enc, nbits)
	ratio := 0.0
	if len(data) > 0 {
		ratio = float64(len(enc)) / float64(len(data))
	}
	fmt.Printf("%-8s %4d bytes -> %4d bits (%d bytes, %.3f) symbols=%d roundtrip=%v err=%v\n",
		name, len(data), nbits, len(enc), ratio, len(h.codes), bytes.Equal(dec, data), err)
	if showTable {
		fmt.Print(h.Table())
		fmt.Printf("  % x\n", enc)
	}
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "zzzzzzzzzzzz"} {
		enc := RLEEncode(s)
		dec, err := RLEDecode(enc)
		fmt.Printf("rle %q -> %q ok=%v err=%v\n", s, enc, dec == s, err)
	}
	for _, bad := range []string{"3", "a", "12x3", "99999999999999999999q"} {
		_, err := RLEDecode(bad)
		fmt.Printf("rle decode %q: %v corrupt=%v\n", bad, err, errors.Is(err, ErrCorrupt))
	}

	compress("hello", []byte("abracadabra"), true)
	compress("single", []byte("aaaaaaa"), true)
	compress("empty", nil, false)
	var pangram strings.Builder
	for i := 0; i < 20; i++ {
		pangram.WriteString("the quick brown fox jumps over the lazy dog ")
	}
	compress("pangram", []byte(pangram.String()), false)
	seq := make([]byte, 1000)
	x := uint32(12345)
	for i := range seq {
		x = x*1103515245 + 12345
		// skewed distribution: small values are far more common
		v := byte(x >> 16 % 64)
		seq[i] = 'A' + v%(1+v%16)
	}
	compress("skewed", seq, false)
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	compress("uniform", all, false)

	h := BuildHuffman([]byte("abracadabra"))
	enc, n := h.Encode([]byte("cab"))
	_, err := h.Decode(enc[:0], n)
	fmt.Println("truncated:", err)
}
