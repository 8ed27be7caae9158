// errorcheck

// Typed constant arithmetic that overflows its type.
package main

const (
	maxI8 int8  = 127
	maxU8 uint8 = 255
	big         = 1 << 62
)

const (
	a = maxI8 + 1 // ERROR "maxI8 \+ 1 \(constant 128 of type int8\) overflows int8"
	b = maxU8 * 2 // ERROR "maxU8 \* 2 \(constant 510 of type uint8\) overflows uint8"
	c = -maxU8 // ERROR "-maxU8 \(constant -255 of type uint8\) overflows uint8"
	d int64 = big * 4 // ERROR "cannot use big \* 4 \(untyped int constant 18446744073709551616\) as int64 value in constant declaration \(overflows\)"
	e = uint(0) - 1 // ERROR "uint\(0\) - 1 \(constant -1 of type uint\) overflows uint"
)

func main() {
	var x int32 = big // ERROR "cannot use big \(untyped int constant 4611686018427387904\) as int32 value in variable declaration \(overflows\)"
	_ = x
	println(a, b, c, d, e)
}
