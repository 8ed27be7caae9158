#!/usr/bin/env python3
"""Allocator and GC benchmarks: rgo against gc, measured in the same run.

Builds every program in this directory with rgo and with gc, runs each
case several times with rgo and gc runs interleaved, checks that both print
the same stdout, and prints medians and rgo/gc ratios of wall time, CPU
time (user + sys, all threads) and peak RSS (getrusage of the child).
For the small-object cases it also prints nanoseconds per allocation, and
for longlived the longest GC pause each program reports on stderr.

Usage: benches/alloc/run.py [--runs N] [--quick] [--rgo PATH] [--go PATH] [CASE...]
Called by `make bench-alloc`; self-contained so `make bench` can call it.
"""

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# name, program, args, allocations (for ns/alloc), quick args
CASES = [
    ("small16", "small", ["16", "20000000"], 20000000, ["16", "2000000"]),
    ("small64", "small", ["64", "20000000"], 20000000, ["64", "2000000"]),
    ("small1024", "small", ["1024", "2000000"], 2000000, ["1024", "200000"]),
    ("binarytrees", "binarytrees", ["18"], None, ["14"]),
    ("longlived", "longlived", ["128", "2000000"], None, ["32", "200000"]),
]


def build(tool, prog, out):
    src = os.path.join(HERE, prog + ".go")
    env = dict(os.environ, GOTOOLCHAIN="local", GOFLAGS="")
    r = subprocess.run([tool, "build", "-o", out, src], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{tool} build {prog}.go failed:\n{r.stdout}{r.stderr}")


def measure(exe, args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    p = subprocess.Popen([exe] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    wall = time.monotonic() - t0
    status = p.returncode
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if status != 0:
        sys.exit(f"{exe} {' '.join(args)} exited with {status}:\n{err.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "wall": wall,
        "cpu": cpu,
        "out": out,
        "err": err.decode(errors="replace"),
    }


def peak_rss_kb(exe, args):
    """Peak RSS of one run in KiB, from `/usr/bin/time -f %M` (the maxrss
    of a child forked by Python would include Python's own pages)."""
    r = subprocess.run(["/usr/bin/time", "-f", "%M", exe] + args,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return int(r.stderr.strip().splitlines()[-1])


def max_pause_ms(err):
    m = re.search(r"max-pause-ns (\d+)", err)
    return int(m.group(1)) / 1e6 if m else None


def fmt_ratio(a, b):
    return f"{a / b:5.2f}x" if b else "   - "


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="runs per program and case (default 5)")
    ap.add_argument("--quick", action="store_true", help="small inputs (a smoke test of the script)")
    ap.add_argument("--rgo", default=os.path.join(ROOT, "target/release/rgo"))
    ap.add_argument("--go", default=os.path.join(ROOT, ".venv/bin/go"))
    ap.add_argument("cases", nargs="*")
    o = ap.parse_args()
    cases = [c for c in CASES if not o.cases or c[0] in o.cases]
    tmp = tempfile.mkdtemp(prefix="rgo-bench-alloc-")
    exes = {}
    for prog in sorted({c[1] for c in cases}):
        for tool, path in (("rgo", o.rgo), ("gc", o.go)):
            exe = os.path.join(tmp, f"{prog}-{tool}")
            build(path, prog, exe)
            exes[(prog, tool)] = exe
    print(f"# bench-alloc: {o.runs} interleaved runs each, medians; "
          f"{time.strftime('%Y-%m-%d')}; {os.cpu_count()} CPUs; load {os.getloadavg()[0]:.1f}")
    print(f"{'case':<12} {'rgo wall':>9} {'gc wall':>9} {'ratio':>6}  {'rgo cpu':>8} {'gc cpu':>8} {'ratio':>6}"
          f"  {'rgo RSS':>8} {'gc RSS':>8} {'ratio':>6}  extra")
    for name, prog, args, nalloc, quick in cases:
        a = quick if o.quick else args
        res = {"rgo": [], "gc": []}
        for _ in range(o.runs):
            for tool in ("rgo", "gc"):
                res[tool].append(measure(exes[(prog, tool)], a))
        if res["rgo"][0]["out"] != res["gc"][0]["out"]:
            sys.exit(f"{name}: rgo and gc print different output")
        rss = {t: statistics.median(peak_rss_kb(exes[(prog, t)], a) for _ in range(max(1, o.runs // 2)))
               for t in ("rgo", "gc")}
        med = {t: {k: statistics.median(r[k] for r in res[t]) for k in ("wall", "cpu")} for t in res}
        extra = ""
        if nalloc:
            n = nalloc if not o.quick else int(a[1])
            extra = (f"ns/alloc (cpu): rgo {med['rgo']['cpu'] / n * 1e9:.1f}, "
                     f"gc {med['gc']['cpu'] / n * 1e9:.1f}")
        pauses = {t: [max_pause_ms(r["err"]) for r in res[t]] for t in res}
        if all(p is not None for p in pauses["rgo"] + pauses["gc"]):
            extra = (f"max pause ms: rgo {statistics.median(pauses['rgo']):.1f}, "
                     f"gc {statistics.median(pauses['gc']):.1f}")
        r, g = med["rgo"], med["gc"]
        print(f"{name:<12} {r['wall']:8.3f}s {g['wall']:8.3f}s {fmt_ratio(r['wall'], g['wall'])}"
              f"  {r['cpu']:7.3f}s {g['cpu']:7.3f}s {fmt_ratio(r['cpu'], g['cpu'])}"
              f"  {rss['rgo'] / 1024:6.1f}MB {rss['gc'] / 1024:6.1f}MB {fmt_ratio(rss['rgo'], rss['gc'])}  {extra}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
