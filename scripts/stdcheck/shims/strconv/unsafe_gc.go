// gc helper for the shims: views *byte as the [32]byte it heads.

package strconv

import "unsafe"

func unsafeSlice(p *byte) unsafe.Pointer { return unsafe.Pointer(p) }
