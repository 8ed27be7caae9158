// Test and benchmark name matching for -test.run, -test.bench and
// -test.skip: gc's src/testing/match.go, with a slice in place of the
// map of sub-test names and the package's own regexp engine (regexp.go).

package testing

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// matcher sanitizes, uniques, and filters names of subtests and subbenchmarks.
type matcher struct {
	filter filterMatch
	skip   filterMatch

	// subNames counts the sub-tests created with each name (gc: a map).
	subNames []subName
}

type subName struct {
	name string
	n    int32
}

type filterMatch interface {
	// matches checks the name against the receiver's pattern strings
	// using the given match function.
	matches(name []string) (ok, partial bool)

	// verify checks that the receiver's pattern strings are valid
	// filters by calling the given match function.
	verify(name string) error
}

// simpleMatch matches a test name if all of the pattern strings match in
// sequence.
type simpleMatch []string

// alternationMatch matches a test name if one of the alternations match.
type alternationMatch []filterMatch

func newMatcher(patterns, name, skips string) *matcher {
	var filter, skip filterMatch
	if patterns == "" {
		filter = simpleMatch{} // always partial true
	} else {
		filter = splitRegexp(patterns)
		if err := filter.verify(name); err != nil {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for %s\n", err)
			os.Exit(1)
		}
	}
	if skips == "" {
		skip = alternationMatch{} // always false
	} else {
		skip = splitRegexp(skips)
		if err := skip.verify("-test.skip"); err != nil {
			fmt.Fprintf(os.Stderr, "testing: invalid regexp for %v\n", err)
			os.Exit(1)
		}
	}
	return &matcher{filter: filter, skip: skip}
}

func (m *matcher) fullName(c *common, subname string) (name string, ok, partial bool) {
	name = subname
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	elem := strings.Split(name, "/")
	ok, partial = m.filter.matches(elem)
	if !ok {
		return name, false, false
	}
	skip, partialSkip := m.skip.matches(elem)
	if skip && !partialSkip {
		return name, false, false
	}
	return name, ok, partial
}

func (m simpleMatch) matches(name []string) (ok, partial bool) {
	for i, s := range name {
		if i >= len(m) {
			break
		}
		if ok, _ := matchString(m[i], s); !ok {
			return false, false
		}
	}
	return true, len(name) < len(m)
}

func (m simpleMatch) verify(name string) error {
	for i, s := range m {
		m[i] = rewrite(s)
	}
	// Verify filters before doing any processing.
	for i, s := range m {
		if _, err := matchString(s, "non-empty"); err != nil {
			return fmt.Errorf("element %d of %s (%q): %s", i, name, s, err)
		}
	}
	return nil
}

func (m alternationMatch) matches(name []string) (ok, partial bool) {
	for _, m := range m {
		if ok, partial = m.matches(name); ok {
			return ok, partial
		}
	}
	return false, false
}

func (m alternationMatch) verify(name string) error {
	for i, m := range m {
		if err := m.verify(name); err != nil {
			return fmt.Errorf("alternation %d of %s", i, err)
		}
	}
	return nil
}

func splitRegexp(s string) filterMatch {
	a := make(simpleMatch, 0, strings.Count(s, "/"))
	b := make(alternationMatch, 0, strings.Count(s, "|"))
	cs := 0
	cp := 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 { // An unmatched ']' is legal.
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				s = s[i+1:]
				i = 0
				continue
			}
		case '|':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				s = s[i+1:]
				i = 0
				b = append(b, a)
				a = make(simpleMatch, 0, len(a))
				continue
			}
		}
		i++
	}
	a = append(a, s)
	if len(b) == 0 {
		return a
	}
	return append(b, a)
}

func (m *matcher) count(name string) int32 {
	for _, s := range m.subNames {
		if s.name == name {
			return s.n
		}
	}
	return 0
}

func (m *matcher) setCount(name string, n int32) {
	for i := range m.subNames {
		if m.subNames[i].name == name {
			m.subNames[i].n = n
			return
		}
	}
	m.subNames = append(m.subNames, subName{name, n})
}

// unique creates a unique name for the given parent and subname by affixing
// it with one or more counts, if necessary.
func (m *matcher) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := m.count(base)
		if n < 0 {
			panic("subtest count overflow")
		}
		m.setCount(base, n+1)
		if n == 0 && subname != "" {
			prefix, nn := parseSubtestNumber(base)
			if len(prefix) < len(base) && nn < m.count(prefix) {
				// This test is explicitly named like "parent/subname#NN",
				// and #NN was already used for the NNth occurrence of
				// "parent/subname". Loop to add a disambiguating suffix.
				continue
			}
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if m.count(name) != 0 {
			// This is the nth occurrence of base, but the name
			// "parent/subname#NN" collides with the first occurrence of
			// a subtest explicitly named "parent/subname#NN". Try the next
			// number.
			continue
		}
		return name
	}
}

// parseSubtestNumber splits a subtest name into a "#%02d"-formatted int32
// suffix (if present), and a prefix preceding that suffix (always).
func parseSubtestNumber(s string) (prefix string, nn int32) {
	i := strings.LastIndex(s, "#")
	if i < 0 {
		return s, 0
	}
	prefix, suffix := s[:i], s[i+1:]
	if len(suffix) < 2 || (len(suffix) > 2 && suffix[0] == '0') {
		// Even if suffix is numeric, it is not a possible output of a
		// "%02" format string: it has either too few digits or too many
		// leading zeroes.
		return s, 0
	}
	if suffix == "00" {
		if !strings.HasSuffix(prefix, "/") {
			// We only use "#00" as a suffix for subtests named with the
			// empty string — it isn't a valid suffix if the subtest name
			// is non-empty.
			return s, 0
		}
	}
	n, err := strconv.ParseInt(suffix, 10, 32)
	if err != nil || n < 0 {
		return s, 0
	}
	return prefix, int32(n)
}

// rewrite rewrites a subname to having only printable characters and no
// white space.
func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case isSpace(r):
			b = append(b, '_')
		case !strconv.IsPrint(r):
			s := strconv.QuoteRune(r)
			b = append(b, s[1:len(s)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

func isSpace(r rune) bool {
	if r < 0x2000 {
		switch r {
		// Note: not the same as Unicode Z class.
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680:
			return true
		}
	} else {
		if r <= 0x200a {
			return true
		}
		switch r {
		case 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
			return true
		}
	}
	return false
}
