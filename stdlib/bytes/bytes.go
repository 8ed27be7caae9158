// Package bytes implements functions for the manipulation of byte slices.
// It is analogous to the facilities of the strings package.
//
// rgo's bytes, written in Go. Searching functions work on the bytes
// directly; transforming ones share code with package strings' rules and
// return results with gc's aliasing (subslices of the input with their
// capacity clipped where gc clips it).
package bytes

import (
	"internal/bytealg"
	"unicode"
	"unicode/utf8"
)

// Equal reports whether a and b are the same length and contain the same
// bytes. A nil argument is equivalent to an empty slice.
func Equal(a, b []byte) bool {
	return string(a) == string(b)
}

// Compare returns an integer comparing two byte slices lexicographically.
// The result will be 0 if a == b, -1 if a < b, and +1 if a > b.
func Compare(a, b []byte) int {
	return bytealg.Compare(a, b)
}

// Clone returns a copy of b[:len(b)]. Clone(nil) returns nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// IndexByte returns the index of the first instance of c in b, or -1 if c
// is not present in b.
func IndexByte(b []byte, c byte) int {
	return bytealg.IndexByte(b, c)
}

// LastIndexByte returns the index of the last instance of c in s, or -1 if
// c is not present in s.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of sep in s, or -1 if sep
// is not present in s.
func Index(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return 0
	}
	return bytealg.Index(s, sep)
}

// LastIndex returns the index of the last instance of sep in s, or -1 if
// sep is not present in s.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	if n == 0 {
		return len(s)
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == sep[0] && string(s[i:i+n]) == string(sep) {
			return i
		}
	}
	return -1
}

// IndexRune interprets s as a sequence of UTF-8-encoded code points. It
// returns the byte index of the first occurrence in s of the given rune,
// or -1 if rune is not present in s. If r is utf8.RuneError, it returns
// the first instance of any invalid UTF-8 byte sequence.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			r1, n := utf8.DecodeRune(s[i:])
			if r1 == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	return Index(s, b[:n])
}

// IndexAny interprets s as a sequence of UTF-8-encoded Unicode code points.
// It returns the byte index of the first occurrence in s of any of the
// Unicode code points in chars.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRune(s[i:])
		if indexRuneString(chars, r) >= 0 {
			return i
		}
		i += width
	}
	return -1
}

// LastIndexAny returns the byte index of the last occurrence in s of any of
// the Unicode code points in chars.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if indexRuneString(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

func indexRuneString(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

// IndexFunc returns the byte index in s of the first Unicode code point
// satisfying f(c), or -1 if none do.
func IndexFunc(s []byte, f func(r rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the byte index in s of the last Unicode code point
// satisfying f(c), or -1 if none do.
func LastIndexFunc(s []byte, f func(r rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	start := 0
	for start < len(s) {
		r, wid := utf8.DecodeRune(s[start:])
		if f(r) == truth {
			return start
		}
		start += wid
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

// ContainsAny reports whether any of the UTF-8-encoded code points in
// chars are within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune is contained in the UTF-8-encoded
// byte slice b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether any of the UTF-8-encoded code points r
// within b satisfy f(r).
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// Count counts the number of non-overlapping instances of sep in s. If sep
// is an empty slice, Count returns 1 + the number of UTF-8-encoded code
// points in s.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	if len(sep) == 1 {
		return bytealg.Count(s, sep[0])
	}
	n := 0
	for {
		i := Index(s, sep)
		if i == -1 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// HasPrefix reports whether the byte slice s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether the byte slice s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Cut slices s around the first instance of sep, returning the text before
// and after sep. The found result reports whether sep appears in s.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// CutPrefix returns s without the provided leading prefix byte slice and
// reports whether it found the prefix.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without the provided ending suffix byte slice and
// reports whether it found the suffix.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// explode splits s into a slice of UTF-8 sequences, one per Unicode code
// point (still slices of bytes), up to a maximum of n byte slices.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	var size int
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size = utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// genSplit splits s around each instance of sep, including sepSave bytes
// of sep in the subslices.
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

// SplitN slices s into subslices separated by sep and returns a slice of
// the subslices between those separators (see strings.SplitN for n).
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN slices s into subslices after each instance of sep.
func SplitAfterN(s, sep []byte, n int) [][]byte {
	return genSplit(s, sep, len(sep), n)
}

// Split slices s into all subslices separated by sep and returns a slice of
// the subslices between those separators.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter slices s into all subslices after each instance of sep.
func SplitAfter(s, sep []byte) [][]byte {
	return genSplit(s, sep, len(sep), -1)
}

// Fields interprets s as a sequence of UTF-8-encoded code points. It splits
// the slice s around each instance of one or more consecutive white space
// characters, as defined by unicode.IsSpace.
func Fields(s []byte) [][]byte {
	return FieldsFunc(s, unicode.IsSpace)
}

// FieldsFunc interprets s as a sequence of UTF-8-encoded code points. It
// splits the slice s at each run of code points c satisfying f(c).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var spans [][2]int
	start := -1
	for i := 0; i < len(s); {
		size := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				start = -1
			}
		} else {
			if start < 0 {
				start = i
			}
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
	}
	a := make([][]byte, len(spans))
	for i, span := range spans {
		a[i] = s[span[0]:span[1]:span[1]]
	}
	return a
}

// Join concatenates the elements of s to create a new byte slice. The
// separator sep is placed between elements in the resulting slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		// Just return a copy.
		return append([]byte(nil), s[0]...)
	}
	var b []byte
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

// Repeat returns a new byte slice consisting of count copies of b. It
// panics if count is negative or if the result overflows.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > 0 && count > maxInt/len(b) {
		panic("bytes: Repeat output length overflow")
	}
	nb := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		nb = append(nb, b...)
	}
	return nb
}

// Map returns a copy of the byte slice s with all its characters modified
// according to the mapping function. If mapping returns a negative value,
// the character is dropped from the byte slice with no replacement.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		wid := 1
		r := rune(s[i])
		if r >= utf8.RuneSelf {
			r, wid = utf8.DecodeRune(s[i:])
		}
		r = mapping(r)
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += wid
	}
	return b
}

// ToUpper returns a copy of the byte slice s with all Unicode letters
// mapped to their upper case.
func ToUpper(s []byte) []byte { return Map(unicode.ToUpper, s) }

// ToLower returns a copy of the byte slice s with all Unicode letters
// mapped to their lower case.
func ToLower(s []byte) []byte { return Map(unicode.ToLower, s) }

// ToTitle treats s as UTF-8-encoded bytes and returns a copy with all the
// Unicode letters mapped to their title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// Title treats s as UTF-8 text and returns a copy with the first letter of
// every word mapped to its title case (the word rule of strings.Title).
//
// Deprecated: as gc's, it cannot handle Unicode punctuation properly.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		start := wordBoundary(prev)
		prev = r
		if start {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// wordBoundary reports whether a word may start after r (strings.Title's
// rule).
func wordBoundary(r rune) bool {
	if r < 0x80 {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_')
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// TrimLeftFunc treats s as UTF-8-encoded bytes and returns a subslice of s
// by slicing off all leading UTF-8-encoded code points c that satisfy f(c).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, wid := utf8.DecodeRune(s[i:])
		i += wid
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points c that satisfy f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// trimLeftCutset removes the leading runes of s that occur in cutset.
func trimLeftCutset(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		if indexRuneString(cutset, r) < 0 {
			break
		}
		s = s[n:]
	}
	return s
}

// trimRightCutset removes the trailing runes of s that occur in cutset.
func trimRightCutset(s []byte, cutset string) []byte {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRune(s)
		if indexRuneString(cutset, r) < 0 {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// Trim returns a subslice of s by slicing off all leading and trailing
// UTF-8-encoded code points contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		// This is what we've historically done.
		return nil
	}
	if cutset == "" {
		return s
	}
	s = trimRightCutset(trimLeftCutset(s, cutset), cutset)
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimLeft returns a subslice of s by slicing off all leading UTF-8-encoded
// code points contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	s = trimLeftCutset(s, cutset)
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimRight returns a subslice of s by slicing off all trailing
// UTF-8-encoded code points that are contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return trimRightCutset(s, cutset)
}

// TrimSpace returns a subslice of s by slicing off all leading and trailing
// white space, as defined by Unicode.
func TrimSpace(s []byte) []byte {
	// Fast path for ASCII: look for the first ASCII non-space byte
	start := 0
	for ; start < len(s); start++ {
		c := s[start]
		if c >= utf8.RuneSelf {
			// If we run into a non-ASCII byte, fall back to the
			// slower unicode-aware method on the remaining bytes
			return TrimFunc(s[start:], unicode.IsSpace)
		}
		if !(c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ') {
			break
		}
	}
	// Now look for the first ASCII non-space byte from the end
	stop := len(s)
	for ; stop > start; stop-- {
		c := s[stop-1]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:stop], unicode.IsSpace)
		}
		if !(c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == ' ') {
			break
		}
	}
	// At this point s[start:stop] starts and ends with an ASCII
	// non-space bytes, so we're done. Non-ASCII cases have already
	// been handled above.
	if start == stop {
		// Special case to preserve previous TrimLeftFunc behavior,
		// returning nil instead of empty slice if all spaces.
		return nil
	}
	return s[start:stop]
}

// TrimPrefix returns s without the provided leading prefix string.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the provided trailing suffix string.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Runes interprets s as a sequence of UTF-8-encoded code points. It
// returns a slice of runes (Unicode code points) equivalent to s.
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	i := 0
	for len(s) > 0 {
		r, l := utf8.DecodeRune(s)
		t[i] = r
		i++
		s = s[l:]
	}
	return t
}

// Replace returns a copy of the slice s with the first n non-overlapping
// instances of old replaced by new (see strings.Replace).
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		// Compute number of replacements.
		m = Count(s, old)
	}
	if m == 0 {
		// Just return a copy.
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	// Apply replacements to buffer.
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w := 0
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRune(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		w += copy(t[w:], s[start:j])
		w += copy(t[w:], new)
		start = j + len(old)
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

// ReplaceAll returns a copy of the slice s with all non-overlapping
// instances of old replaced by new.
func ReplaceAll(s, old, new []byte) []byte {
	return Replace(s, old, new, -1)
}

// EqualFold reports whether s and t, interpreted as UTF-8 strings, are
// equal under simple Unicode case-folding.
func EqualFold(s, t []byte) bool {
	for len(s) != 0 && len(t) != 0 {
		sr, ss := utf8.DecodeRune(s)
		tr, ts := utf8.DecodeRune(t)
		s, t = s[ss:], t[ts:]
		if tr == sr {
			continue
		}
		if tr < sr {
			tr, sr = sr, tr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r == tr {
			continue
		}
		return false
	}
	return len(s) == len(t)
}
