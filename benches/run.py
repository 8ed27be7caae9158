#!/usr/bin/env python3
"""make bench: rgo against gc on the programs in benches/programs/.

For each program: compile it with rgo (`rgo build`) and with gc
(`go build -a`, so that gc also compiles every package from source, as rgo
always does), then run both binaries RUNS times, rgo and gc runs
interleaved, check that they print the same output, and print one table
with medians: run time (wall), peak RSS (the child's ru_maxrss from
/usr/bin/time -f %M), compile time and binary size, each with the rgo/gc ratio.

Usage: benches/run.py [--runs N] [--rgo PATH] [--go PATH] [PROGRAM...]
Without gc (no .venv/bin/go and no --go) only rgo's columns are printed.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


TIME = "/usr/bin/time"


def timed_run(cmd, cwd=None, env=None):
    """Runs cmd; returns (seconds, peak RSS in bytes, stdout, exit status,
    stderr). The peak RSS comes from /usr/bin/time -f %M when present (a
    child's ru_maxrss as seen by Python would include the RSS of the forked
    Python process before exec), else it is None."""
    full = [TIME, "-f", "%M"] + cmd if os.path.exists(TIME) else cmd
    start = time.monotonic()
    p = subprocess.run(full, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    secs = time.monotonic() - start
    err = p.stderr
    rss = None
    if full is not cmd:
        lines = err.rstrip(b"\n").split(b"\n")
        try:
            rss = int(lines[-1]) * 1024
            err = b"\n".join(lines[:-1])
        except ValueError:
            pass
    return secs, rss, p.stdout, p.returncode, err


def build(tool, src, out, env):
    if tool[0] == "rgo":
        cmd = [tool[1], "build", "-o", out, src]
    else:
        cmd = [tool[1], "build", "-a", "-o", out, src]
    secs, _, _, status, err = timed_run(cmd, cwd=os.path.dirname(src), env=env)
    if status != 0:
        sys.stderr.write(f"{tool[0]} build {os.path.basename(src)} failed:\n{err.decode(errors='replace')}\n")
        return None
    return secs


def fmt_secs(s):
    return "-" if s is None else f"{s:.3f}s"


def fmt_mb(b):
    return "-" if b is None else f"{b / 1e6:.1f}MB"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}x"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rgo", default=os.path.join(ROOT, "target/release/rgo"))
    ap.add_argument("--go", default=os.path.join(ROOT, ".venv/bin/go"))
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()

    progdir = os.path.join(HERE, "programs")
    names = args.programs or sorted(f[:-3] for f in os.listdir(progdir) if f.endswith(".go"))
    have_gc = os.path.exists(args.go)
    env = dict(os.environ)
    env.setdefault("GOTOOLCHAIN", "local")
    work = tempfile.mkdtemp(prefix="rgo-bench")
    env["GOCACHE"] = os.path.join(work, "gocache")
    tools = [("rgo", args.rgo)] + ([("gc", args.go)] if have_gc else [])
    rows = []
    try:
        for name in names:
            src = os.path.join(progdir, name + ".go")
            res = {}
            for tool in tools:
                exe = os.path.join(work, f"{name}.{tool[0]}")
                res[tool[0]] = {"exe": exe, "compile": build(tool, src, exe, env), "runs": [], "rss": []}
                if res[tool[0]]["compile"] is not None:
                    res[tool[0]]["size"] = os.path.getsize(exe)
            outputs = {}
            for _ in range(args.runs):
                for t, _path in tools:
                    r = res[t]
                    if r["compile"] is None:
                        continue
                    secs, rss, out, status, err = timed_run([r["exe"]], cwd=work)
                    if status != 0:
                        sys.stderr.write(f"{name} ({t}) exited with {status}: {err.decode(errors='replace')[:300]}\n")
                        r["compile"] = None
                        continue
                    outputs.setdefault(t, out)
                    r["runs"].append(secs)
                    r["rss"].append(rss)
            if len(set(outputs.values())) > 1:
                sys.stderr.write(f"{name}: rgo and gc print different output\n")
            row = [name]
            vals = {}
            for t, _path in tools:
                r = res[t]
                ok = r["compile"] is not None and r["runs"]
                vals[t] = (
                    statistics.median(r["runs"]) if ok else None,
                    statistics.median(r["rss"]) if ok and None not in r["rss"] else None,
                    r["compile"],
                    r.get("size") if ok else None,
                )
            rg = vals["rgo"]
            g = vals.get("gc", (None, None, None, None))
            row += [fmt_secs(rg[0]), fmt_secs(g[0]), ratio(rg[0], g[0])]
            row += [fmt_mb(rg[1]), fmt_mb(g[1]), ratio(rg[1], g[1])]
            row += [fmt_secs(rg[2]), fmt_secs(g[2]), ratio(rg[2], g[2])]
            row += [fmt_mb(rg[3]), fmt_mb(g[3]), ratio(rg[3], g[3])]
            rows.append(row)
            print(f"  {name}: done", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    head = ["program", "run rgo", "run gc", "ratio", "RSS rgo", "RSS gc", "ratio",
            "build rgo", "build gc", "ratio", "size rgo", "size gc", "ratio"]
    table = [head] + rows
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    print(f"rgo vs gc, medians of {args.runs} interleaved runs (build: rgo build vs go build -a)")
    for r in table:
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        print("  ".join(cells).rstrip())


if __name__ == "__main__":
    main()
