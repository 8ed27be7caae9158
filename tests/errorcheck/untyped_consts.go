// errorcheck

// Untyped constants that do not fit the type their context requires.
package main

func takeInt8(i int8)   {}
func takeUint(u uint)   {}
func takeInt(i int)     {}
func takeStr(s string)  {}
func takeF32(f float32) {}

func main() {
	takeInt8(-129) // ERROR "cannot use -129 \(untyped int constant\) as int8 value in argument to takeInt8 \(overflows\)"
	takeUint(-1) // ERROR "cannot use -1 \(untyped int constant\) as uint value in argument to takeUint \(overflows\)"
	takeInt(2.5) // ERROR "cannot use 2\.5 \(untyped float constant\) as int value in argument to takeInt \(truncated\)"
	takeStr('a') // ERROR "cannot use 'a' \(untyped rune constant 97\) as string value in argument to takeStr"
	takeInt(1e3)
	takeF32(1e40) // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in argument to takeF32 \(overflows\)"
	var u8 uint8 = 255 + 1 // ERROR "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in variable declaration \(overflows\)"
	var i16 int16 = 1 << 15 // ERROR "cannot use 1 << 15 \(untyped int constant 32768\) as int16 value in variable declaration \(overflows\)"
	_, _ = u8, i16
}
