// errorcheck

// Complex constants: exact arithmetic, and the checks on division by zero,
// conversion and mixing with floats.
package main

const z = 0i
const ok = real((1 + 2i) * (3 - 1i)) // 5: an untyped float constant

var arr [int(ok)]int

func main() {
	_ = 1 / z          // ERROR "invalid operation: division by zero"
	_ = int(1 + 2i)    // ERROR "cannot convert 1 \+ 2i \(untyped complex constant \(1 \+ 2i\)\) to type int"
	_ = int(2 + 0i)    // ok: no imaginary part
	_ = complex(1, 2i) // ERROR "invalid operation: complex\(1, 2i\) \(mismatched types untyped float and untyped complex\)"
	var x float32 = 1
	_ = complex(x, 1.5)
	_ = complex(x, float64(1)) // ERROR "invalid operation: complex\(x, float64\(1\)\) \(mismatched types float32 and float64\)"
	_ = arr
}
