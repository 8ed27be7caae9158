package rand

// The seeded generator: an additive lagged Fibonacci generator over a
// register of 607 words, x[n] = x[n-607] + x[n-273] (mod 2^64), the design
// of gc's rngSource, so a Source seeded with s yields gc's sequence for s.
//
// The register is a ring walked backwards by two cursors 273 apart: `feed`
// is overwritten with the sum of itself and `tap`, and that sum is the
// output.

const (
	regLen = 607 // register length (the long lag)
	regTap = 273 // the short lag
	mask63 = 1<<63 - 1

	// The seeding generator: Lehmer's x' = 48271 x mod (2^31 - 1),
	// computed with Schrage's method so that nothing overflows 32 bits.
	lehmerA = 48271
	lehmerM = 1<<31 - 1
	lehmerQ = lehmerM / lehmerA // 44488
	lehmerR = lehmerM % lehmerA // 3399
)

func lehmer(x int32) int32 {
	x = lehmerA*(x%lehmerQ) - lehmerR*(x/lehmerQ)
	if x < 0 {
		x += lehmerM
	}
	return x
}

type lfgSource struct {
	tap, feed int
	reg       [regLen]int64
}

// Seed resets the register: each word is three consecutive Lehmer outputs
// (shifted 40, 20 and 0 bits) XORed with the cooked table, after 20
// discarded Lehmer steps. The seed is reduced mod 2^31-1; zero becomes
// 89482311 (zero is a fixed point of the Lehmer step).
func (s *lfgSource) Seed(seed int64) {
	s.tap = 0
	s.feed = regLen - regTap
	seed %= lehmerM
	if seed < 0 {
		seed += lehmerM
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	for i := 0; i < 20; i++ {
		x = lehmer(x)
	}
	for i := range s.reg {
		x = lehmer(x)
		w := int64(x) << 40
		x = lehmer(x)
		w ^= int64(x) << 20
		x = lehmer(x)
		w ^= int64(x)
		s.reg[i] = w ^ cooked[i]
	}
}

// Uint64 advances the generator one step.
func (s *lfgSource) Uint64() uint64 {
	s.tap--
	if s.tap < 0 {
		s.tap += regLen
	}
	s.feed--
	if s.feed < 0 {
		s.feed += regLen
	}
	sum := s.reg[s.feed] + s.reg[s.tap]
	s.reg[s.feed] = sum
	return uint64(sum)
}

// Int63 is Uint64 without its top bit.
func (s *lfgSource) Int63() int64 { return int64(s.Uint64() & mask63) }

// autoSource backs the top-level functions: gc seeds them from the
// operating system's entropy on every run, so their sequence is not
// reproducible; here a wyrand generator seeded from the clocks.
type autoSource struct {
	state uint64
	ready bool
}

//rgo:runtime rt_nanotime
func nanotime() int64

//go:noescape
//rgo:runtime rt_walltime
func walltime(sec *int64, nsec *int32)

func (a *autoSource) Uint64() uint64 {
	if !a.ready {
		var sec int64
		var nsec int32
		walltime(&sec, &nsec)
		a.state = uint64(nanotime())*0x9E3779B97F4A7C15 ^ uint64(sec)<<30 ^ uint64(nsec)
		a.ready = true
	}
	a.state += 0xa0761d6478bd642f
	hi, lo := mul64(a.state, a.state^0xe7037ed1a0b428db)
	return hi ^ lo
}

func (a *autoSource) Int63() int64 { return int64(a.Uint64() & mask63) }

func (a *autoSource) Seed(int64) {
	panic("internal error: call to runtimeSource.Seed")
}

// mul64 returns the 128-bit product of x and y.
func mul64(x, y uint64) (hi, lo uint64) {
	const m32 = 1<<32 - 1
	x0, x1 := x&m32, x>>32
	y0, y1 := y&m32, y>>32
	w0 := x0 * y0
	t := x1*y0 + w0>>32
	w1, w2 := t&m32, t>>32
	w1 += x0 * y1
	hi = x1*y1 + w2 + w1>>32
	lo = x * y
	return
}
