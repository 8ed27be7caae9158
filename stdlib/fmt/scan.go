// Scanning: Scan, Scanln, Scanf and their Fscan*/Sscan* forms.
//
// rgo's scanner, written for rgo with gc's observable behaviour: the same
// input is consumed, the same values are stored and the same errors are
// returned (texts included). A scan state (scanner) reads runes from an
// io.RuneScanner; readers without UnreadRune are wrapped in a one-rune
// lookback reader (runeReader) that reads a byte at a time, so at most the
// one rune looked at past a token is lost between calls on a plain
// io.Reader, as with gc. Errors inside a scan are raised with panic of a
// scanFailure and turned into the returned error by recoverScan at the
// boundary of each exported entry point. Complex operands are read as gc
// reads them ("(N+Ni)" or "N+Ni", no spaces inside); named complex types
// are not supported yet (they fail with "can't scan type").

package fmt

import (
	"errors"
	"internal/reflectlite"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input.
	SkipSpace()
	// Token skips space if skipSpace is true, then returns the run of
	// runes satisfying f (or non-space runes when f is nil).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it was set.
	Width() (wid int, ok bool)
	// Read must not be called: ScanState implementations read runes.
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in the
// receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan scans text read from standard input, storing successive
// space-separated values into successive arguments. Newlines count as
// space.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is like Scan, but stops scanning at a newline and after the final
// item there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input according to format.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// stringSource is the io.Reader over a string used by the Sscan functions.
type stringSource struct{ s string }

func (r *stringSource) Read(b []byte) (n int, err error) {
	n = copy(b, r.s)
	r.s = r.s[n:]
	if n == 0 {
		err = io.EOF
	}
	return
}

// Sscan scans the argument string, storing successive space-separated
// values into successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringSource{str}, a...)
}

// Sscanln is like Sscan, but stops scanning at a newline.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringSource{str}, a...)
}

// Sscanf scans the argument string according to format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringSource{str}, format, a...)
}

// Fscan scans text read from r, storing successive space-separated values
// into successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, true, false).scanAll(a)
}

// Fscanln is like Fscan, but stops scanning at a newline.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, false, true).scanAll(a)
}

// Fscanf scans text read from r according to format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(r, false, false).scanFormat(format, a)
}

// scanFailure carries an error out of a scan by panicking.
type scanFailure struct{ err error }

// eofRune is what nextRune returns at the end of the input.
const eofRune = -1

// noLimit is the "unbounded" value of widths and rune limits.
const noLimit = 1 << 30

// scanner is the state of one Scan/Scanln/Scanf call; it is also the
// ScanState handed to custom Scanners.
type scanner struct {
	src       io.RuneScanner
	buf       buffer // the token being accumulated
	count     int    // runes consumed so far
	atEOF     bool   // EOF (or, for Scanln, the newline) has been read
	nlIsEnd   bool   // a newline ends the scan (Scanln)
	nlIsSpace bool   // a newline counts as space (Scan)
	argLimit  int    // count may not pass this while scanning one operand
	maxWid    int    // width of the current operand (noLimit if none)
}

func newScanner(r io.Reader, nlIsSpace, nlIsEnd bool) *scanner {
	s := &scanner{nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, argLimit: noLimit, maxWid: noLimit}
	if rs, ok := r.(io.RuneScanner); ok {
		s.src = rs
	} else {
		s.src = &runeReader{r: r, peek: -1}
	}
	return s
}

// Read is part of ScanState; scanners must use ReadRune.
func (s *scanner) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// ReadRune reads the next rune, honouring the operand's width and the
// newline rule of Scanln.
func (s *scanner) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, 0, io.EOF
	}
	r, size, err = s.src.ReadRune()
	switch {
	case err == nil:
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	case err == io.EOF:
		s.atEOF = true
	}
	return
}

// UnreadRune steps back over the last rune read.
func (s *scanner) UnreadRune() error {
	s.src.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

// Width reports the width of the current operand, if one was given.
func (s *scanner) Width() (wid int, ok bool) {
	if s.maxWid == noLimit {
		return 0, false
	}
	return s.maxWid, true
}

// SkipSpace skips spaces; a newline is space for Scan and an error
// ("unexpected newline") otherwise. "\r\n" counts as a newline.
func (s *scanner) SkipSpace() {
	for {
		r := s.nextRune()
		switch {
		case r == eofRune:
			return
		case r == '\r' && s.peek("\n"):
			continue
		case r == '\n':
			if s.nlIsSpace {
				continue
			}
			s.fail("unexpected newline")
			return
		case !isSpace(r):
			s.UnreadRune()
			return
		}
	}
}

// Token is ScanState's Token: errors come back as values.
func (s *scanner) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			sf, ok := e.(scanFailure)
			if !ok {
				panic(e)
			}
			err = sf.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// nextRune returns the next rune or eofRune; read errors other than EOF
// end the scan.
func (s *scanner) nextRune() rune {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eofRune
		}
		s.failWith(err)
	}
	return r
}

// mustRune is nextRune where the end of input is io.ErrUnexpectedEOF.
func (s *scanner) mustRune() rune {
	r := s.nextRune()
	if r == eofRune {
		s.failWith(io.ErrUnexpectedEOF)
	}
	return r
}

func (s *scanner) failWith(err error) { panic(scanFailure{err}) }

func (s *scanner) fail(msg string) { panic(scanFailure{errors.New(msg)}) }

// recoverScan turns a scan's panic into its error result: a scanFailure
// gives its error, a bare io.EOF (input ended before an operand) gives
// io.EOF, and anything else keeps panicking.
func recoverScan(errp *error) {
	e := recover()
	if e == nil {
		return
	}
	if sf, ok := e.(scanFailure); ok {
		*errp = sf.err
		return
	}
	if err, ok := e.(error); ok && err == io.EOF {
		*errp = err
		return
	}
	panic(e)
}

// spaceRanges are the runes fmt treats as space, as sorted ranges.
var spaceRanges = [...][2]uint16{
	{0x0009, 0x000d},
	{0x0020, 0x0020},
	{0x0085, 0x0085},
	{0x00a0, 0x00a0},
	{0x1680, 0x1680},
	{0x2000, 0x200a},
	{0x2028, 0x2029},
	{0x202f, 0x202f},
	{0x205f, 0x205f},
	{0x3000, 0x3000},
}

func isSpace(r rune) bool {
	if r < 0 || r >= 1<<16 {
		return false
	}
	x := uint16(r)
	for _, rg := range spaceRanges {
		if x < rg[0] {
			return false
		}
		if x <= rg[1] {
			return true
		}
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// token appends to s.buf the run of runes satisfying f.
func (s *scanner) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.nextRune()
		if r == eofRune {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.buf.writeRune(r)
	}
	return s.buf
}

// runeIn reports whether r occurs in set.
func runeIn(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// consume reads the next rune and reports whether it is in set; a rune in
// set is appended to the token when accept is true, and a rune not in set
// is put back only when accept is true (as gc does).
func (s *scanner) consume(set string, accept bool) bool {
	r := s.nextRune()
	if r == eofRune {
		return false
	}
	if runeIn(set, r) {
		if accept {
			s.buf.writeRune(r)
		}
		return true
	}
	if accept {
		s.UnreadRune()
	}
	return false
}

// accept appends the next rune to the token if it is in set.
func (s *scanner) accept(set string) bool { return s.consume(set, true) }

// peek reports whether the next rune is in set without consuming it.
func (s *scanner) peek(set string) bool {
	r := s.nextRune()
	if r != eofRune {
		s.UnreadRune()
	}
	return runeIn(set, r)
}

// notEOF raises io.EOF when the input is exhausted.
func (s *scanner) notEOF() {
	if s.nextRune() == eofRune {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// checkVerb fails with "bad verb" unless verb is one of ok.
func (s *scanner) checkVerb(verb rune, ok, typ string) bool {
	if runeIn(ok, verb) {
		return true
	}
	s.fail("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

var (
	errScanBool = errors.New("syntax error scanning boolean")
)

// scanBool reads 0, 1, t, true, f, false (any case).
func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.checkVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.nextRune() {
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.failWith(errScanBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.failWith(errScanBool)
		}
	}
	return false
}

const (
	digitsBin  = "01"
	digitsOct  = "01234567"
	digitsDec  = "0123456789"
	digitsHex  = "0123456789aAbBcCdDeEfF"
	signs      = "+-"
	floatVerbs = "beEfFgGv"
)

// intBase returns the base and digit set of an integer verb.
func (s *scanner) intBase(verb rune) (int, string) {
	s.checkVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, digitsBin
	case 'o':
		return 8, digitsOct
	case 'x', 'X', 'U':
		return 16, digitsHex
	}
	return 10, digitsDec
}

// prefixBase reads %v's optional 0b/0o/0x/0 prefix; base 0 lets strconv
// interpret it.
func (s *scanner) prefixBase() (base int, digits string, sawZero bool) {
	if !s.peek("0") {
		return 0, digitsDec + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, digitsBin + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, digitsOct + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, digitsHex + "_", true
	}
	return 0, digitsOct + "_", true
}

// digitRun reads the digits of a number (at least one unless some were
// already read) and returns the token so far.
func (s *scanner) digitRun(digits string, have bool) string {
	if !have {
		s.notEOF()
		if !s.accept(digits) {
			s.fail("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

// scanChar reads one rune as an integer value (%c).
func (s *scanner) scanChar(bits int) int64 {
	s.notEOF()
	r := s.nextRune()
	sh := uint(64 - bits)
	if (int64(r)<<sh)>>sh != int64(r) {
		s.fail("overflow on character value " + string(r))
	}
	return int64(r)
}

// intToken reads the token of an integer for verb, returning its base.
func (s *scanner) intToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.notEOF()
	base, digits := s.intBase(verb)
	have := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.fail("bad unicode format ")
		}
	} else {
		if signed {
			s.accept(signs)
		}
		if verb == 'v' {
			base, digits, have = s.prefixBase()
		}
	}
	return s.digitRun(digits, have), base
}

func (s *scanner) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanChar(bits)
	}
	tok, base := s.intToken(verb, true)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.failWith(err)
	}
	sh := uint(64 - bits)
	if (i<<sh)>>sh != i {
		s.fail("integer overflow on token " + tok)
	}
	return i
}

func (s *scanner) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanChar(bits))
	}
	tok, base := s.intToken(verb, false)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.failWith(err)
	}
	sh := uint(64 - bits)
	if (u<<sh)>>sh != u {
		s.fail("unsigned integer overflow on token " + tok)
	}
	return u
}

// floatToken reads the longest prefix that looks like a float: nan, inf,
// decimal or hexadecimal mantissa, optional exponent.
func (s *scanner) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(signs)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits, exp := digitsDec+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = digitsHex+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(signs)
		for s.accept(digitsDec + "_") {
		}
	}
	return string(s.buf)
}

// parseFloat converts a float token; a decimal mantissa with a binary
// exponent ("1.5p3") is accepted as fmt has always done.
func (s *scanner) parseFloat(str string, bits int) float64 {
	p := -1
	hex := false
	for i := 0; i < len(str); i++ {
		switch str[i] {
		case 'p':
			if p < 0 {
				p = i
			}
		case 'x', 'X':
			hex = true
		}
	}
	if p >= 0 && !hex {
		f, err := strconv.ParseFloat(str[:p], bits)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok {
				ne.Num = str
			}
			s.failWith(err)
		}
		e, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok {
				ne.Num = str
			}
			s.failWith(err)
		}
		return math.Ldexp(f, e)
	}
	f, err := strconv.ParseFloat(str, bits)
	if err != nil {
		s.failWith(err)
	}
	return f
}

func (s *scanner) scanFloat(verb rune, bits int, typ string) (float64, bool) {
	if !s.checkVerb(verb, floatVerbs, typ) {
		return 0, false
	}
	s.SkipSpace()
	s.notEOF()
	return s.parseFloat(s.floatToken(), bits), true
}

var errComplex = errors.New("syntax error scanning complex number")

// complexTokens reads the real and imaginary parts of a complex operand,
// "(N+Ni)" with optional parentheses and no spaces; the imaginary part
// keeps its sign.
func (s *scanner) complexTokens() (re, im string) {
	parens := s.accept("(")
	re = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.failWith(errComplex)
	}
	sign := string(s.buf)
	im = s.floatToken()
	if !s.accept("i") {
		s.failWith(errComplex)
	}
	if parens && !s.accept(")") {
		s.failWith(errComplex)
	}
	return re, sign + im
}

// scanComplex reads a complex operand of bits 64 or 128 (each part is
// parsed at half that size).
func (s *scanner) scanComplex(verb rune, bits int) complex128 {
	if !s.checkVerb(verb, floatVerbs, "complex") {
		return 0
	}
	s.SkipSpace()
	s.notEOF()
	re, im := s.complexTokens()
	return complex(s.parseFloat(re, bits/2), s.parseFloat(im, bits/2))
}

// scanString reads a string operand: a space-delimited word (%s, %v), a Go
// quoted string (%q) or hex-encoded bytes (%x, %X).
func (s *scanner) scanString(verb rune) string {
	if !s.checkVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	return string(s.token(true, notSpace))
}

func (s *scanner) quoted() string {
	s.notEOF()
	switch q := s.nextRune(); q {
	case '`':
		for {
			r := s.mustRune()
			if r == q {
				return string(s.buf)
			}
			s.buf.writeRune(r)
		}
	case '"':
		s.buf.writeByte('"')
		for {
			r := s.mustRune()
			s.buf.writeRune(r)
			if r == '\\' {
				s.buf.writeRune(s.mustRune())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.failWith(err)
		}
		return str
	}
	s.fail("expected quoted string")
	return ""
}

func hexVal(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return -1, false
}

func (s *scanner) hexBytes() string {
	s.notEOF()
	for {
		r := s.nextRune()
		if r == eofRune {
			break
		}
		hi, ok := hexVal(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexVal(s.mustRune())
		if !ok {
			s.fail("illegal hex digit")
		}
		s.buf.writeByte(byte(hi<<4 | lo))
	}
	if len(s.buf) == 0 {
		s.fail("no hex data for %x string")
	}
	return string(s.buf)
}

// intSize is the size in bits of int and uint.
const intSize = 32 << (^uint(0) >> 63)

// scanOne scans one operand with verb into the pointer arg.
func (s *scanner) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.failWith(err)
		}
		return
	}
	switch p := arg.(type) {
	case *bool:
		*p = s.scanBool(verb)
	case *int:
		*p = int(s.scanInt(verb, intSize))
	case *int8:
		*p = int8(s.scanInt(verb, 8))
	case *int16:
		*p = int16(s.scanInt(verb, 16))
	case *int32:
		*p = int32(s.scanInt(verb, 32))
	case *int64:
		*p = s.scanInt(verb, 64)
	case *uint:
		*p = uint(s.scanUint(verb, intSize))
	case *uint8:
		*p = uint8(s.scanUint(verb, 8))
	case *uint16:
		*p = uint16(s.scanUint(verb, 16))
	case *uint32:
		*p = uint32(s.scanUint(verb, 32))
	case *uint64:
		*p = s.scanUint(verb, 64)
	case *uintptr:
		*p = uintptr(s.scanUint(verb, 64))
	case *float32:
		if f, ok := s.scanFloat(verb, 32, "float32"); ok {
			*p = float32(f)
		}
	case *float64:
		if f, ok := s.scanFloat(verb, 64, "float64"); ok {
			*p = f
		}
	case *complex64:
		*p = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*p = s.scanComplex(verb, 128)
	case *string:
		*p = s.scanString(verb)
	case *[]byte:
		*p = []byte(s.scanString(verb))
	default:
		s.scanValue(verb, arg)
	}
}

// scanValue handles pointers to named types through reflectlite.
func (s *scanner) scanValue(verb rune, arg any) {
	pv := reflectlite.ValueOf(arg)
	if pv.Kind() != reflectlite.Pointer {
		typ := "<nil>"
		if pv.IsValid() {
			typ = pv.Type().String()
		}
		s.fail("type not a pointer: " + typ)
		return
	}
	v := pv.Elem()
	switch v.Kind() {
	case reflectlite.Bool:
		v.SetBool(s.scanBool(verb))
	case reflectlite.Int, reflectlite.Int8, reflectlite.Int16, reflectlite.Int32, reflectlite.Int64:
		v.SetInt(s.scanInt(verb, v.Type().Bits()))
	case reflectlite.Uint, reflectlite.Uint8, reflectlite.Uint16, reflectlite.Uint32, reflectlite.Uint64, reflectlite.Uintptr:
		v.SetUint(s.scanUint(verb, v.Type().Bits()))
	case reflectlite.String:
		v.SetString(s.scanString(verb))
	case reflectlite.Slice:
		if v.Type().Elem().Kind() != reflectlite.Uint8 {
			s.fail("can't scan type: " + pv.Type().String())
		}
		v.SetBytes([]byte(s.scanString(verb)))
	case reflectlite.Float32, reflectlite.Float64:
		s.SkipSpace()
		s.notEOF()
		v.SetFloat(s.parseFloat(s.floatToken(), v.Type().Bits()))
	default:
		s.fail("can't scan type: " + pv.Type().String())
	}
}

// scanAll implements Fscan and Fscanln.
func (s *scanner) scanAll(a []any) (n int, err error) {
	defer recoverScan(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		n++
	}
	if s.nlIsEnd {
		for {
			r := s.nextRune()
			if r == '\n' || r == eofRune {
				break
			}
			if !isSpace(r) {
				s.fail("expected newline")
			}
		}
	}
	return
}

// matchSpace matches a run of spaces in the format (starting at format[0])
// against the input and returns its length. Newlines in the format must
// match newlines in the input (or EOF); other spaces match zero or more
// spaces, except that a space not preceded by a newline needs at least one
// space in the input.
func (s *scanner) matchSpace(format string) int {
	i := 0
	newlines := 0
	trailing := false
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if !isSpace(c) {
			break
		}
		if c == '\n' {
			newlines++
			trailing = false
		} else {
			trailing = true
		}
		i += w
	}
	for j := 0; j < newlines; j++ {
		in := s.nextRune()
		for isSpace(in) && in != '\n' {
			in = s.nextRune()
		}
		if in != '\n' && in != eofRune {
			s.fail("newline in format does not match input")
		}
	}
	if trailing {
		in := s.nextRune()
		if newlines == 0 {
			if !isSpace(in) && in != eofRune {
				s.fail("expected space in input to match format")
			}
			if in == '\n' {
				s.fail("newline in input does not match format")
			}
		}
		for isSpace(in) && in != '\n' {
			in = s.nextRune()
		}
		if in != eofRune {
			s.UnreadRune()
		}
	}
	return i
}

// matchLiteral consumes the literal text and spaces of format up to the
// next verb. It returns how many bytes of format were matched, or -1 when
// the input differs from a literal rune.
func (s *scanner) matchLiteral(format string) int {
	i := 0
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(c) {
			i += s.matchSpace(format[i:])
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.fail("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return i
			}
			i += w // "%%" matches a single %
		}
		if in := s.mustRune(); in != c {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// scanFormat implements Fscanf.
func (s *scanner) scanFormat(format string, a []any) (n int, err error) {
	defer recoverScan(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.matchLiteral(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.fail("input does not match format")
			}
			break
		}
		i++
		wid, hasWid, ni := parsenum(format, i, end)
		i = ni
		s.maxWid = noLimit
		if hasWid {
			s.maxWid = wid
		}
		verb, vw := utf8.DecodeRuneInString(format[i:])
		i += vw
		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			s.SkipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.fail("missing literal %")
			}
			continue
		}
		s.argLimit = noLimit
		if lim := s.count + s.maxWid; lim < s.argLimit {
			s.argLimit = lim
		}
		if n >= len(a) {
			s.fail("too few operands for format '%" + format[i-vw:] + "'")
		}
		s.scanOne(verb, a[n])
		n++
		s.argLimit = noLimit
	}
	if n < len(a) {
		s.fail("too many operands")
	}
	return
}

// runeReader gives a plain io.Reader ReadRune and a one-rune UnreadRune,
// reading a byte at a time so that no input past the last rune is taken.
type runeReader struct {
	r       io.Reader
	b       [utf8.UTFMax]byte
	pending int               // bytes left over in pend (after bad UTF-8)
	pend    [utf8.UTFMax]byte // bytes to return before reading more
	peek    rune              // >= 0: the next rune; < 0: ^(the last rune)
}

func (r *runeReader) readByte() (byte, error) {
	if r.pending > 0 {
		b := r.pend[0]
		copy(r.pend[0:], r.pend[1:])
		r.pending--
		return b, nil
	}
	n, err := io.ReadFull(r.r, r.pend[:1])
	if n != 1 {
		return 0, err
	}
	return r.pend[0], err
}

func (r *runeReader) ReadRune() (rr rune, size int, err error) {
	if r.peek >= 0 {
		rr = r.peek
		r.peek = ^rr
		return rr, utf8.RuneLen(rr), nil
	}
	r.b[0], err = r.readByte()
	if err != nil {
		return
	}
	if r.b[0] < utf8.RuneSelf {
		rr = rune(r.b[0])
		r.peek = ^rr
		return rr, 1, nil
	}
	n := 1
	for ; !utf8.FullRune(r.b[:n]); n++ {
		r.b[n], err = r.readByte()
		if err != nil {
			if err != io.EOF {
				return
			}
			err = nil
			break
		}
	}
	rr, size = utf8.DecodeRune(r.b[:n])
	if size < n {
		copy(r.pend[r.pending:], r.b[size:n])
		r.pending += n - size
	}
	r.peek = ^rr
	return
}

func (r *runeReader) UnreadRune() error {
	if r.peek >= 0 {
		return errors.New("fmt: scanning called UnreadRune with no rune available")
	}
	r.peek = ^r.peek
	return nil
}
