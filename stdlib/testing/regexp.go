// A small regular-expression engine for -test.run, -test.bench and
// -test.skip, standing in for package regexp (which rgo's standard library
// does not have yet). It accepts RE2 syntax as test names need it:
// literals, '.', '^', '$', character classes ([a-z], [^x], \d \w \s and
// their negations), groups ((...), (?:...)), alternation, and the
// repetitions * + ? {n} {n,} {n,m} (with an optional lazy '?', which does
// not change whether a string matches). Matching is unanchored
// (regexp.MatchString) and backtracking, which is fine for test names.
// Errors read like package regexp's: "error parsing regexp: missing
// closing ): `(a`".

package testing

import "unicode/utf8"

const (
	reLit = iota
	reAny
	reClass
	reBegin
	reEnd
	reWordB
	reNotWordB
	reConcat
	reAlt
	reRepeat
	reEmpty
)

type reNode struct {
	op     int
	lit    rune
	ranges []rune // reClass: lo, hi pairs
	neg    bool
	sub    []*reNode
	min    int
	max    int // -1: unbounded
}

type reError struct {
	code string
	expr string
}

func (e *reError) Error() string {
	return "error parsing regexp: " + e.code + ": `" + e.expr + "`"
}

type reParser struct {
	src string
	pos int
}

// compileRegexp parses a pattern.
func compileRegexp(s string) (*reNode, error) {
	p := &reParser{src: s}
	n, err := p.alt(0)
	if err != nil {
		return nil, err
	}
	if p.pos < len(p.src) {
		// Only an unmatched ')' stops the top level.
		return nil, &reError{"unexpected )", s}
	}
	return n, nil
}

func (p *reParser) alt(depth int) (*reNode, error) {
	var alts []*reNode
	for {
		c, err := p.concat(depth)
		if err != nil {
			return nil, err
		}
		alts = append(alts, c)
		if p.pos < len(p.src) && p.src[p.pos] == '|' {
			p.pos++
			continue
		}
		break
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &reNode{op: reAlt, sub: alts}, nil
}

func (p *reParser) concat(depth int) (*reNode, error) {
	n := &reNode{op: reConcat}
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == '|' {
			break
		}
		if c == ')' {
			if depth == 0 {
				return nil, &reError{"unexpected )", p.src}
			}
			break
		}
		if c == '*' || c == '+' || c == '?' {
			return nil, &reError{"missing argument to repetition operator", p.src[p.pos : p.pos+1]}
		}
		atom, err := p.atom(depth)
		if err != nil {
			return nil, err
		}
		atom, err = p.repeat(atom)
		if err != nil {
			return nil, err
		}
		n.sub = append(n.sub, atom)
	}
	return n, nil
}

func (p *reParser) repeat(atom *reNode) (*reNode, error) {
	start := p.pos
	repeated := false
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		min, max := 0, 0
		switch c {
		case '*':
			min, max = 0, -1
			p.pos++
		case '+':
			min, max = 1, -1
			p.pos++
		case '?':
			min, max = 0, 1
			p.pos++
		case '{':
			lo, hi, ok := p.braces()
			if !ok {
				return atom, nil
			}
			if lo > 1000 || hi > 1000 || (hi >= 0 && hi < lo) {
				return nil, &reError{"invalid repeat count", p.src[start:p.pos]}
			}
			min, max = lo, hi
		default:
			return atom, nil
		}
		if repeated {
			return nil, &reError{"invalid nested repetition operator", p.src[start:p.pos]}
		}
		repeated = true
		if p.pos < len(p.src) && p.src[p.pos] == '?' {
			p.pos++
		}
		atom = &reNode{op: reRepeat, sub: []*reNode{atom}, min: min, max: max}
	}
	return atom, nil
}

// braces parses {n}, {n,} or {n,m} at p.pos; without one, it leaves p.pos
// alone and the '{' is a literal.
func (p *reParser) braces() (lo, hi int, ok bool) {
	i := p.pos + 1
	num := func() (int, bool) {
		s := i
		v := 0
		for i < len(p.src) && p.src[i] >= '0' && p.src[i] <= '9' {
			if v < 100000 {
				v = v*10 + int(p.src[i]-'0')
			}
			i++
		}
		return v, i > s
	}
	lo, ok = num()
	if !ok {
		return 0, 0, false
	}
	hi = lo
	if i < len(p.src) && p.src[i] == ',' {
		i++
		hi = -1
		if v, ok2 := num(); ok2 {
			hi = v
		}
	}
	if i >= len(p.src) || p.src[i] != '}' {
		return 0, 0, false
	}
	p.pos = i + 1
	return lo, hi, true
}

func (p *reParser) atom(depth int) (*reNode, error) {
	c := p.src[p.pos]
	switch c {
	case '(':
		start := p.pos
		p.pos++
		if p.pos+1 < len(p.src) && p.src[p.pos] == '?' && p.src[p.pos+1] == ':' {
			p.pos += 2
		}
		n, err := p.alt(depth + 1)
		if err != nil {
			return nil, err
		}
		if p.pos >= len(p.src) || p.src[p.pos] != ')' {
			return nil, &reError{"missing closing )", p.src[start:]}
		}
		p.pos++
		return n, nil
	case '.':
		p.pos++
		return &reNode{op: reAny}, nil
	case '^':
		p.pos++
		return &reNode{op: reBegin}, nil
	case '$':
		p.pos++
		return &reNode{op: reEnd}, nil
	case '[':
		return p.class()
	case '\\':
		return p.escape(false)
	}
	r, size := decodeRune(p.src[p.pos:])
	p.pos += size
	return &reNode{op: reLit, lit: r}, nil
}

func decodeRune(s string) (rune, int) {
	return utf8.DecodeRuneInString(s)
}

var (
	digitRanges = []rune{'0', '9'}
	wordRanges  = []rune{'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}
	spaceRanges = []rune{'\t', '\n', '\f', '\r', ' ', ' '}
)

// escape parses a backslash escape; inClass restricts it to what a
// character class allows.
func (p *reParser) escape(inClass bool) (*reNode, error) {
	start := p.pos
	p.pos++
	if p.pos >= len(p.src) {
		return nil, &reError{"trailing backslash at end of expression", ""}
	}
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'd', 'D':
		return &reNode{op: reClass, ranges: digitRanges, neg: c == 'D'}, nil
	case 'w', 'W':
		return &reNode{op: reClass, ranges: wordRanges, neg: c == 'W'}, nil
	case 's', 'S':
		return &reNode{op: reClass, ranges: spaceRanges, neg: c == 'S'}, nil
	case 'b', 'B':
		if !inClass {
			if c == 'b' {
				return &reNode{op: reWordB}, nil
			}
			return &reNode{op: reNotWordB}, nil
		}
	case 'n':
		return &reNode{op: reLit, lit: '\n'}, nil
	case 't':
		return &reNode{op: reLit, lit: '\t'}, nil
	case 'r':
		return &reNode{op: reLit, lit: '\r'}, nil
	case 'f':
		return &reNode{op: reLit, lit: '\f'}, nil
	case 'v':
		return &reNode{op: reLit, lit: '\v'}, nil
	case 'a':
		return &reNode{op: reLit, lit: 7}, nil
	}
	if c < 0x80 && !isAlnum(c) {
		return &reNode{op: reLit, lit: rune(c)}, nil
	}
	return nil, &reError{"invalid escape sequence", p.src[start:p.pos]}
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func (p *reParser) class() (*reNode, error) {
	start := p.pos
	p.pos++
	n := &reNode{op: reClass}
	if p.pos < len(p.src) && p.src[p.pos] == '^' {
		n.neg = true
		p.pos++
	}
	first := true
	for {
		if p.pos >= len(p.src) {
			return nil, &reError{"missing closing ]", p.src[start:]}
		}
		c := p.src[p.pos]
		if c == ']' && !first {
			p.pos++
			return n, nil
		}
		first = false
		var lo rune
		if c == '\\' {
			e, err := p.escape(true)
			if err != nil {
				return nil, err
			}
			if e.op == reClass {
				if e.neg {
					// A negated class inside a class: add its complement.
					prev := rune(0)
					for i := 0; i < len(e.ranges); i += 2 {
						if e.ranges[i] > prev {
							n.ranges = append(n.ranges, prev, e.ranges[i]-1)
						}
						prev = e.ranges[i+1] + 1
					}
					n.ranges = append(n.ranges, prev, 0x10FFFF)
				} else {
					n.ranges = append(n.ranges, e.ranges...)
				}
				continue
			}
			lo = e.lit
		} else {
			r, size := decodeRune(p.src[p.pos:])
			p.pos += size
			lo = r
		}
		hi := lo
		if p.pos+1 < len(p.src) && p.src[p.pos] == '-' && p.src[p.pos+1] != ']' {
			rs := p.pos - 1
			p.pos++
			if p.src[p.pos] == '\\' {
				e, err := p.escape(true)
				if err != nil {
					return nil, err
				}
				hi = e.lit
			} else {
				r, size := decodeRune(p.src[p.pos:])
				p.pos += size
				hi = r
			}
			if hi < lo {
				return nil, &reError{"invalid character class range", p.src[rs:p.pos]}
			}
		}
		n.ranges = append(n.ranges, lo, hi)
	}
}

func isWordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return isAlnum(c) || c == '_'
}

// match reports whether n matches s at i, then k accepts the end position.
func (n *reNode) match(s string, i int, k func(int) bool) bool {
	switch n.op {
	case reEmpty:
		return k(i)
	case reLit:
		if i >= len(s) {
			return false
		}
		r, size := decodeRune(s[i:])
		return r == n.lit && k(i+size)
	case reAny:
		if i >= len(s) {
			return false
		}
		r, size := decodeRune(s[i:])
		return r != '\n' && k(i+size)
	case reClass:
		if i >= len(s) {
			return false
		}
		r, size := decodeRune(s[i:])
		in := false
		for j := 0; j+1 < len(n.ranges); j += 2 {
			if n.ranges[j] <= r && r <= n.ranges[j+1] {
				in = true
				break
			}
		}
		return in != n.neg && k(i+size)
	case reBegin:
		return i == 0 && k(i)
	case reEnd:
		return i == len(s) && k(i)
	case reWordB, reNotWordB:
		b := isWordByte(s, i-1) != isWordByte(s, i)
		return b == (n.op == reWordB) && k(i)
	case reConcat:
		return matchSeq(n.sub, s, i, k)
	case reAlt:
		for _, a := range n.sub {
			if a.match(s, i, k) {
				return true
			}
		}
		return false
	case reRepeat:
		return n.matchRepeat(s, i, 0, k)
	}
	return false
}

func matchSeq(seq []*reNode, s string, i int, k func(int) bool) bool {
	if len(seq) == 0 {
		return k(i)
	}
	return seq[0].match(s, i, func(j int) bool { return matchSeq(seq[1:], s, j, k) })
}

// matchRepeat matches the repetition greedily after count matches so far;
// an iteration that consumes nothing ends the repetition.
func (n *reNode) matchRepeat(s string, i, count int, k func(int) bool) bool {
	if n.max < 0 || count < n.max {
		if n.sub[0].match(s, i, func(j int) bool {
			if j == i && count >= n.min {
				return false
			}
			return n.matchRepeat(s, j, count+1, k)
		}) {
			return true
		}
	}
	return count >= n.min && k(i)
}

// A cache of compiled patterns (the same few are matched many times).
var (
	cachedPats  []string
	cachedNodes []*reNode
)

// matchString reports whether str contains a match of pat
// (regexp.MatchString).
func matchString(pat, str string) (bool, error) {
	var re *reNode
	for i, p := range cachedPats {
		if p == pat {
			re = cachedNodes[i]
			break
		}
	}
	if re == nil {
		var err error
		re, err = compileRegexp(pat)
		if err != nil {
			return false, err
		}
		cachedPats = append(cachedPats, pat)
		cachedNodes = append(cachedNodes, re)
	}
	accept := func(int) bool { return true }
	for i := 0; i <= len(str); i++ {
		if re.match(str, i, accept) {
			return true, nil
		}
	}
	return false, nil
}
