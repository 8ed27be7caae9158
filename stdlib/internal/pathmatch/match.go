// Package pathmatch is the shell-pattern matcher behind path.Match and
// path/filepath.Match.
//
// A pattern is read as a sequence of chunks, each a run of stars followed
// by the fixed-width text up to the next star outside a character class.
// A chunk without stars must match where the name continues; a chunk with
// stars is tried at the current position and then one byte further at a
// time, never skipping a '/', and the first place where it matches is
// taken (the last chunk must also reach the end of the name). A trailing
// star matches any rest without a '/'.
//
// When the pattern is malformed matters as much as whether it matches,
// because gc's two Match functions differ there: each chunk that is tried
// is parsed completely (so a bad class is reported even when an earlier
// character already failed), but the chunks after the first one that
// cannot match are only checked when the caller asks for it (path.Match
// does, filepath.Match does not).
package pathmatch

import "unicode/utf8"

// Match reports whether name matches pattern, and whether the pattern was
// found malformed (in which case matched is false). With checkRest the
// whole pattern is checked even after a chunk fails to match.
func Match(pattern, name string, checkRest bool) (matched, bad bool) {
	for len(pattern) > 0 {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		last := pattern == ""
		if star && chunk == "" {
			for i := 0; i < len(name); i++ {
				if name[i] == '/' {
					return false, false
				}
			}
			return true, false
		}
		after, ok, bad := matchChunk(chunk, name)
		if bad {
			return false, true
		}
		if ok && (after == "" || !last) {
			name = after
			continue
		}
		found := false
		if star {
			for i := 0; i < len(name) && name[i] != '/'; i++ {
				// The chunk parsed cleanly above, so it cannot be bad here.
				after, ok, _ := matchChunk(chunk, name[i+1:])
				if ok && (after == "" || !last) {
					name = after
					found = true
					break
				}
			}
		}
		if !found {
			for checkRest && pattern != "" {
				_, chunk, pattern = nextChunk(pattern)
				if _, _, bad := matchChunk(chunk, ""); bad {
					return false, true
				}
			}
			return false, false
		}
	}
	return name == "", false
}

// nextChunk splits off the leading chunk of pattern: whether it starts
// with stars, its text after them, and the remaining pattern. An escaped
// character and a '*' inside brackets do not end the chunk.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for len(pattern) > 0 && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' && i+1 < len(pattern) {
			i++
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchChunk matches the star-free chunk against the start of s and
// returns the rest of s. After the first mismatch it keeps parsing the
// chunk without reading s, so that a malformed chunk is always reported
// (bad).
func matchChunk(chunk, s string) (rest string, ok, bad bool) {
	failed := false
	for len(chunk) > 0 {
		if len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := len(chunk) > 0 && chunk[0] == '^'
			if negated {
				chunk = chunk[1:]
			}
			in := false
			for ranges := 0; ; ranges++ {
				if ranges > 0 && len(chunk) > 0 && chunk[0] == ']' {
					chunk = chunk[1:]
					break
				}
				lo, after, good := classChar(chunk)
				if !good {
					return "", false, true
				}
				hi := lo
				chunk = after
				if chunk[0] == '-' {
					if hi, chunk, good = classChar(chunk[1:]); !good {
						return "", false, true
					}
				}
				if lo <= r && r <= hi {
					in = true
				}
			}
			if in == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == '/' {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if len(chunk) == 0 {
					return "", false, true
				}
			}
			if !failed {
				if chunk[0] != s[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, false
	}
	return s, true, false
}

// classChar reads one possibly escaped character of a class range. It
// must be valid UTF-8, and something (at least the closing ']') must
// follow it.
func classChar(p string) (r rune, rest string, ok bool) {
	if len(p) == 0 || p[0] == '-' || p[0] == ']' {
		return 0, "", false
	}
	if p[0] == '\\' {
		p = p[1:]
		if len(p) == 0 {
			return 0, "", false
		}
	}
	r, n := utf8.DecodeRuneInString(p)
	if r == utf8.RuneError && n == 1 || len(p) == n {
		return 0, "", false
	}
	return r, p[n:], true
}
