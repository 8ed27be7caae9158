// Package rand implements pseudo-random numbers: the Source and Rand types
// of math/rand, with gc's algorithms, so a Rand built from NewSource(seed)
// produces exactly the numbers gc's does for that seed (Int, Intn, Int31n,
// Int63n, Float64, Perm, Shuffle, Read, ...). The top-level functions use
// a source seeded anew at every run, as gc's do since Go 1.20 (and Seed is
// a no-op, as since Go 1.24).
//
// rgo's math/rand, written in Go. Not provided: ExpFloat64, NormFloat64 and
// Zipf (gc's ziggurat tables), math/rand/v2 (it needs generics).
package rand

// A Source is a source of uniformly distributed pseudo-random int64 values
// in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also produce uint64 values in
// [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a new pseudo-random Source seeded with the given value.
// It is not safe for concurrent use by multiple goroutines.
func NewSource(seed int64) Source {
	s := new(lfgSource)
	s.Seed(seed)
	return s
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src, if it is a Source64

	// Read's leftover bytes: readVal holds readPos unused bytes.
	readVal int64
	readPos int8
}

// New returns a new Rand that uses random values from src to generate
// other random values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses the provided seed value to initialize the generator to a
// deterministic state.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.Int63()) << 1 >> 1) }

// Int63n returns, as an int64, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n <= 0. Values above the largest
// multiple of n are rejected so that every residue is equally likely.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	limit := int64(mask63 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns, as an int32, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-reject method for [0,n), which Shuffle
// uses (it consumes the source differently from Int31n).
func (r *Rand) int31n(n int32) int32 {
	prod := uint64(r.Uint32()) * uint64(n)
	if low := uint32(prod); low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			prod = uint64(r.Uint32()) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns, as an int, a non-negative pseudo-random number in the
// half-open interval [0,n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		// Rounding can make this exactly 1; draw again then.
		if f := float64(r.Int63()) / (1 << 63); f != 1 {
			return f
		}
	}
}

// Float32 returns, as a float32, a pseudo-random number in [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		if f := float32(r.Float64()); f != 1 {
			return f
		}
	}
}

// Perm returns, as a slice of n ints, a pseudo-random permutation of the
// integers in the half-open interval [0,n) (an inside-out Fisher-Yates
// shuffle).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of n elements, calling swap to
// exchange elements i and j (Fisher-Yates, from the end). It panics if
// n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// Read generates len(p) random bytes and writes them into p. It always
// returns len(p) and a nil error. Each Int63 supplies 7 bytes, low first;
// leftover bytes carry over to the next Read.
func (r *Rand) Read(p []byte) (n int, err error) {
	val, pos := r.readVal, r.readPos
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readVal, r.readPos = val, pos
	return n, nil
}

// The top-level functions' generator.
var global = &Rand{src: new(autoSource)}

func init() { global.s64 = global.src.(*autoSource) }

// Seed is a no-op, as in gc since Go 1.24 (GODEBUG=randseednop=1): the
// top-level functions cannot be made deterministic. Use New(NewSource(seed)).
func Seed(seed int64) {}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func Int63() int64 { return global.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func Uint32() uint32 { return global.Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func Uint64() uint64 { return global.Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func Int31() int32 { return global.Int31() }

// Int returns a non-negative pseudo-random int.
func Int() int { return global.Int() }

// Int63n returns a non-negative pseudo-random number in [0,n).
func Int63n(n int64) int64 { return global.Int63n(n) }

// Int31n returns a non-negative pseudo-random number in [0,n).
func Int31n(n int32) int32 { return global.Int31n(n) }

// Intn returns a non-negative pseudo-random number in [0,n).
func Intn(n int) int { return global.Intn(n) }

// Float64 returns a pseudo-random number in [0.0,1.0).
func Float64() float64 { return global.Float64() }

// Float32 returns a pseudo-random number in [0.0,1.0).
func Float32() float32 { return global.Float32() }

// Perm returns a pseudo-random permutation of the integers in [0,n).
func Perm(n int) []int { return global.Perm(n) }

// Shuffle pseudo-randomizes the order of n elements.
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }

// Read generates len(p) random bytes from the global source into p.
func Read(p []byte) (n int, err error) { return global.Read(p) }
