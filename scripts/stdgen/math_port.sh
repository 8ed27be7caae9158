#!/bin/sh
# Ports gc's portable (pure Go) math and math/bits sources into stdlib/.
#
# gc's math functions are Cephes / FreeBSD msun algorithms written in Go;
# rgo uses the very same code so results agree bit for bit. gc's dispatch
# to amd64 assembly (`if haveArchX { return archX(..) }`) is kept;
# stdlib/math/arch.go (hand-written) says which functions gc implements in
# amd64 assembly and ports those (Exp, Log, Hypot) to Go step by step.
# Usage: scripts/stdgen/math_port.sh   (needs gc at $GO, default /opt/govenv/bin/go)
set -eu
GO=${GO:-/opt/govenv/bin/go}
src="$("$GO" env GOROOT)/src/math"
dst="$(cd "$(dirname "$0")/../.." && pwd)/stdlib/math"
ver=$("$GO" env GOVERSION)
port() { # srcfile dstfile
	{
		echo "// Ported from gc $ver's $1 by scripts/stdgen/math_port.sh; DO NOT EDIT."
		echo "// (Copyright The Go Authors; BSD-style license, see gc's LICENSE.)"
		echo
		# Drop gc's copyright header lines, the arch dispatch, and build tags.
		perl -0pe 's{\A(//[^\n]*\n)+\n}{}; s{^//go:build[^\n]*\n}{}mg; s{^//go:generate[^\n]*\n\n?}{}mg' "$src/$1"
	} >"$2"
}
for f in asin.go atan.go atan2.go cbrt.go dim.go exp.go expm1.go floor.go frexp.go hypot.go ldexp.go log.go log10.go log1p.go mod.go modf.go pow.go pow10.go remainder.go sin.go sincos.go sinh.go tan.go tanh.go trig_reduce.go fma.go; do
	port "$f" "$dst/gc_$f"
done
mkdir -p "$dst/bits"
port bits/bits.go "$dst/bits/gc_bits.go"
port bits/bits_tables.go "$dst/bits/gc_bits_tables.go"
"$("$GO" env GOROOT)/bin/gofmt" -l "$dst" || true
echo "ported into $dst"
