#!/usr/bin/env python3
"""Front-end throughput: rgo's lex+parse+type-check vs gc's whole compile.

Generates a large, valid Go program (structs, methods, interfaces, closures,
switches, loops, constants; no imports, so both compilers see the same
work), then reports the median over --runs of:
  - rgo's front end in-process (target/release/rgo-frontend-bench), and
  - gc's `go build` of the same file (.venv/bin/go; build cache disabled with
    -a would rebuild the runtime, so GOCACHE points at a fresh directory
    warmed once with the runtime and reused, and the file changes each run).
Usage: benches/frontend/run.py [--funcs N] [--runs R] [--quick]
"""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def gen(n):
    out = ["package main", ""]
    for i in range(n):
        out += [
            f"type Shape{i} interface {{ Area() float64; Name() string }}",
            f"type Rect{i} struct {{ W, H float64; tags []string; next *Rect{i} }}",
            f"func (r *Rect{i}) Area() float64 {{ return r.W * r.H }}",
            f"func (r *Rect{i}) Name() string {{ return \"rect{i}\" }}",
            f"const (K{i}a = iota * {i + 1}; K{i}b; K{i}c = 1 << 10)",
            f"func work{i}(xs []int, m map[string]int) (sum int, err error) {{",
            f"\tvar s Shape{i} = &Rect{i}{{W: {i}, H: 2}}",
            "\tfor i, x := range xs {",
            "\t\tswitch {",
            "\t\tcase x%3 == 0:",
            "\t\t\tsum += x * i",
            "\t\tcase x > 100:",
            "\t\t\tcontinue",
            "\t\tdefault:",
            "\t\t\tsum -= len(s.Name())",
            "\t\t}",
            "\t}",
            "\tf := func(k string) int { v, ok := m[k]; if !ok { return -1 }; return v }",
            f"\tsum += f(\"k{i}\") + K{i}b + int(s.Area())",
            "\tif sum < 0 {",
            "\t\treturn 0, nil",
            "\t}",
            "\treturn",
            "}",
            "",
        ]
    out += ["func main() {", "\tm := map[string]int{}", "\txs := []int{1, 2, 3}"]
    out += [f"\twork{i}(xs, m)" for i in range(n)]
    out += ["}", ""]
    return "\n".join(out)

def median_time(cmd, runs, cwd=None, env=None):
    ts = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
        ts.append(time.perf_counter() - t)
    return statistics.median(ts)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--funcs", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="500 functions, 3 runs (for make bench)")
    a = ap.parse_args()
    if a.quick:
        a.funcs, a.runs = 500, 3
    bench = os.path.join(ROOT, "target/release/rgo-frontend-bench")
    gc = os.path.join(ROOT, ".venv/bin/go")
    d = tempfile.mkdtemp()
    try:
        src = gen(a.funcs)
        path = os.path.join(d, "bench.go")
        open(path, "w").write(src)
        lines = src.count("\n")
        out = subprocess.run([bench, path, str(a.runs)], check=True, capture_output=True, text=True).stdout
        rgo = float(out.split()[5])
        print(f"program: {lines} lines, {a.funcs} generated functions")
        print(f"rgo front end (lex+parse+check), median of {a.runs}: {rgo:.3f}s  {lines / rgo:,.0f} lines/s")
        if os.path.exists(gc):
            env = dict(os.environ, GOCACHE=os.path.join(d, "cache"), GOFLAGS="", GO111MODULE="off")
            subprocess.run([gc, "build", "-o", os.devnull, "bench.go"], cwd=d, env=env, check=True)
            ts = []
            for r in range(a.runs):
                # A changed file defeats the build cache; the runtime stays cached.
                open(path, "w").write(src + f"\n// run {r}\n")
                t = time.perf_counter()
                subprocess.run([gc, "build", "-o", os.devnull, "bench.go"], cwd=d, env=env, check=True)
                ts.append(time.perf_counter() - t)
            g = statistics.median(ts)
            print(f"gc whole compile (go build), median of {a.runs}:     {g:.3f}s  {lines / g:,.0f} lines/s")
            print(f"rgo front end / gc compile: {rgo / g:.2f}x the time")
        else:
            print("gc not installed (.venv/bin/go): run `make gc` to compare")
    finally:
        shutil.rmtree(d)

if __name__ == "__main__":
    sys.exit(main())
