// errorcheck

// Constant conversions that overflow or truncate.
package main

func main() {
	_ = int8(200) // ERROR "constant 200 overflows int8"
	_ = uint(-1) // ERROR "constant -1 overflows uint"
	_ = int(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type int"
	_ = int32(1 << 40) // ERROR "constant 1099511627776 overflows int32"
	_ = uint16(70000) // ERROR "constant 70000 overflows uint16"
	const big = 1 << 100
	_ = int64(big) // ERROR "constant 1267650600228229401496703205376 overflows int64"
	_ = float32(1e100) // ERROR "cannot convert 1e100 \(untyped float constant 1e\+100\) to type float32"
}
