// Replacer: many old/new replacements in one pass.
//
// gc picks among several algorithms (byte maps, a single-string
// Boyer-Moore, a lookup trie) that all compute the same result; rgo uses
// one generic algorithm with that result: scanning left to right, at each
// position the old strings are tried in argument order and the first match
// is replaced; after an empty-string match, the next byte is copied before
// another match is tried.

package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use by multiple goroutines.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target
// string, without overlapping matches, and comparisons are done in
// argument order. NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// match returns the index of the pair matching at s[i:] (in argument
// order, skipping empty olds when noEmpty is set), or -1.
func (r *Replacer) match(s string, i int, noEmpty bool) int {
	for k := 0; k < len(r.oldnew); k += 2 {
		old := r.oldnew[k]
		if old == "" && noEmpty {
			continue
		}
		if HasPrefix(s[i:], old) {
			return k
		}
	}
	return -1
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	r.replace(&b, s)
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	var b []byte
	r.replace(&b, s)
	return w.Write(b)
}

func (r *Replacer) replace(out *[]byte, s string) {
	b := *out
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, prevMatchEmpty)
		if k >= 0 {
			old := r.oldnew[k]
			b = append(b, r.oldnew[k+1]...)
			if old == "" {
				prevMatchEmpty = true
				continue
			}
			prevMatchEmpty = false
			i += len(old)
			continue
		}
		prevMatchEmpty = false
		if i < len(s) {
			b = append(b, s[i])
		}
		i++
	}
	*out = b
}
