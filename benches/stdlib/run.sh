#!/bin/sh
# Benchmarks rgo against gc on the fmt/strconv/strings program(s) here.
#
# Each program is built by both compilers, both binaries must print the same
# output, then they are run interleaved (rgo, gc, rgo, gc, ...) RUNS times
# (default 5) and the median wall-clock times and their ratio are printed.
# Usage: benches/stdlib/run.sh [RUNS]   (RGO, GO override the compilers)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
RGO=${RGO:-$root/target/release/rgo}
GO=${GO:-$root/.venv/bin/go}
runs=${1:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# now_ns prints a monotonic-enough timestamp in nanoseconds.
now_ns() { date +%s%N; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf '%-14s %10s %10s %7s\n' program rgo_ms gc_ms ratio
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
		t0=$(now_ns); "$tmp/$name.rgo" >/dev/null; t1=$(now_ns)
		echo $(((t1 - t0) / 1000000)) >>"$tmp/r"
		t0=$(now_ns); "$tmp/$name.gc" >/dev/null; t1=$(now_ns)
		echo $(((t1 - t0) / 1000000)) >>"$tmp/g"
		i=$((i + 1))
	done
	r=$(median <"$tmp/r")
	g=$(median <"$tmp/g")
	printf '%-14s %10s %10s %7s\n' "$name" "$r" "$g" "$(awk -v r="$r" -v g="$g" 'BEGIN {printf "%.2f", r / g}')"
done
