// Neighbouring floating-point values.
//
// For finite floats of one sign, the IEEE 754 encodings, read as unsigned
// integers, are ordered like the values they encode: adding one to the
// bits moves one step away from zero, subtracting one moves toward it
// (from the largest finite value the step up reaches infinity, from the
// smallest subnormal the step down reaches zero). Zero is the one place
// where the sign changes, so stepping off it is done explicitly.

package math

// Nextafter returns the next representable float64 value after x towards y.
//
// Special cases are:
//
//	Nextafter(x, x)   = x
//	Nextafter(NaN, y) = NaN
//	Nextafter(x, NaN) = NaN
func Nextafter(x, y float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		// The smallest subnormal, with the sign of the direction.
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		// Moving away from zero.
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the next representable float32 value after x towards y.
//
// Special cases are:
//
//	Nextafter32(x, x)   = x
//	Nextafter32(NaN, y) = NaN
//	Nextafter32(x, NaN) = NaN
func Nextafter32(x, y float32) float32 {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
