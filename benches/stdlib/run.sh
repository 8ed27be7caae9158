#!/bin/sh
# Benchmarks rgo against gc on the fmt/strconv/strings program(s) here.
#
# Each program is built by both compilers, both binaries must print the same
# output, then they are run interleaved (rgo, gc, rgo, gc, ...) RUNS times
# (default 5) and the median wall-clock and CPU (user+sys) times and their
# ratios are printed. On a loaded machine compare the CPU columns.
# Usage: benches/stdlib/run.sh [RUNS]   (RGO, GO override the compilers)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
RGO=${RGO:-$root/target/release/rgo}
GO=${GO:-$root/.venv/bin/go}
runs=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# timed BIN: runs BIN and prints "wall_ms cpu_ms" (GNU time's %e, %U, %S).
timed() {
	/usr/bin/time -f '%e %U %S' -o "$tmp/t" "$1" >/dev/null
	awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$tmp/t"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-12s %9s %9s %6s %9s %9s %6s\n' program rgo_wall gc_wall ratio rgo_cpu gc_cpu ratio
for src in "$(dirname "$0")"/*.go; do
	name=$(basename "$src" .go)
	"$RGO" build -o "$tmp/$name.rgo" "$src"
	"$GO" build -o "$tmp/$name.gc" "$src"
	a=$("$tmp/$name.rgo")
	b=$("$tmp/$name.gc")
	if [ "$a" != "$b" ]; then
		echo "$name: outputs differ: rgo '$a' gc '$b'" >&2
		exit 1
	fi
	: >"$tmp/r" && : >"$tmp/g"
	i=0
	while [ $i -lt "$runs" ]; do
		timed "$tmp/$name.rgo" >>"$tmp/r"
		timed "$tmp/$name.gc" >>"$tmp/g"
		i=$((i + 1))
	done
	rw=$(cut -d' ' -f1 "$tmp/r" | median)
	gw=$(cut -d' ' -f1 "$tmp/g" | median)
	rc=$(cut -d' ' -f2 "$tmp/r" | median)
	gc=$(cut -d' ' -f2 "$tmp/g" | median)
	ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
	printf '%-12s %9s %9s %6s %9s %9s %6s\n' "$name" "$rw" "$gw" "$(ratio "$rw" "$gw")" "$rc" "$gc" "$(ratio "$rc" "$gc")"
done
