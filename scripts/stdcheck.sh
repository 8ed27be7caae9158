#!/bin/sh
# Differential check of rgo's stdlib against gc's standard library.
#
# 1. Copies stdlib/ into a scratch module `rgostd` ($STDCHECK, default
#    /tmp/stdcheck), rewrites imports of rgo's packages to rgostd/...,
#    deletes every body-less `//rgo:runtime` function and drops in the gc
#    stand-ins from scripts/stdcheck/shims/<pkg>/ (a shim directory holding
#    a file named REPLACE replaces the package wholesale).
# 2. Runs `go vet` over the module.
# 3. For each scripts/stdcheck/tests/*.go, runs it once as written (real
#    std) and once with imports rewritten to rgostd/..., and requires
#    byte-identical output (stdout and stderr; a test whose first lines
#    include `// stdcheck: mask-addresses` has heap addresses masked).
# Usage: scripts/stdcheck.sh [test-name-substring]
set -eu
GO=${GO:-/opt/govenv/bin/go}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${STDCHECK:-/tmp/stdcheck}
filter=${1:-}
export GOFLAGS=-mod=mod GOTOOLCHAIN=local GOCACHE=${GOCACHE:-/tmp/stdcheck-gocache}

rm -rf "$dir"
mkdir -p "$dir"
cp -r "$root"/stdlib/. "$dir"/
printf 'module rgostd\n\ngo 1.24\n' >"$dir/go.mod"
pkgs=$(cd "$root/stdlib" && find . -name '*.go' -exec dirname {} \; | sed 's|^\./||' | sort -u)
alt=$(echo "$pkgs" | sed 's|/|\\/|g' | paste -sd'|' -)

rewrite() { # files...: "pkg" -> "rgostd/pkg" in import position
	perl -0pi -e 's/^(\s*(?:import\s+)?(?:\w+\s+)?)"('"$alt"')"/$1"rgostd\/$2"/mg' "$@"
}
find "$dir" -name '*.go' | while read -r f; do rewrite "$f"; done
# Delete body-less runtime-bound declarations (pragma + signature line).
find "$dir" -name '*.go' | xargs perl -0pi -e 's#^(?://go:noescape\n)?//rgo:runtime \S+\n(func [^\n\x7b]*)\n#// (gc stand-in in shim) $1\n#mg'
# Drop in the shims.
(cd "$root/scripts/stdcheck/shims" && find . -type d) | while read -r d; do
	src="$root/scripts/stdcheck/shims/$d"
	ls "$src"/*.go >/dev/null 2>&1 || continue
	if [ -e "$src/REPLACE" ]; then rm -f "$dir/$d"/*.go; fi
	cp "$src"/*.go "$dir/$d"/
	for f in "$src"/*.go; do rewrite "$dir/$d/$(basename "$f")"; done
done
# Shims import gc's packages under aliases (gostrconv "strconv"): undo the
# rewrite for aliased go* imports.
find "$dir" -name '*_gc.go' | xargs perl -pi -e 's/^(\s*(?:import\s+)?go\w+\s+)"rgostd\//$1"/'

cd "$dir"
"$GO" vet ./...
echo "vet ok"

fail=0
mkdir -p "$dir/_t"
for t in "$root"/scripts/stdcheck/tests/*.go; do
	name=$(basename "$t" .go)
	case "$name" in *"$filter"*) ;; *) continue ;; esac
	mkdir -p "$dir/_t/gc_$name" "$dir/_t/rgo_$name"
	cp "$t" "$dir/_t/gc_$name/main.go"
	cp "$t" "$dir/_t/rgo_$name/main.go"
	rewrite "$dir/_t/rgo_$name/main.go"
	want=$("$GO" run "./_t/gc_$name" 2>&1) || true
	got=$("$GO" run "./_t/rgo_$name" 2>&1) || true
	if grep -q '^// stdcheck: mask-addresses' "$t"; then
		# Heap addresses differ from run to run: mask them.
		mask='s/0x[0-9a-f]{10,12}/0xADDR/g; s/\b[0-9]{13,15}\b/ADDR/g; s/\b[0-9a-f]{10,12}\b/ADDR/g'
		want=$(printf '%s\n' "$want" | sed -E "$mask")
		got=$(printf '%s\n' "$got" | sed -E "$mask")
	fi
	if [ "$want" = "$got" ]; then
		echo "ok   $name ($(printf '%s\n' "$want" | wc -l) lines)"
	else
		echo "FAIL $name"
		printf '%s\n' "$want" >"$dir/_t/$name.want"
		printf '%s\n' "$got" >"$dir/_t/$name.got"
		diff "$dir/_t/$name.want" "$dir/_t/$name.got" | head -${DIFFLINES:-20}
		fail=1
	fi
done
exit $fail
