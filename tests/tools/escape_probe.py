#!/usr/bin/env python3
"""Escape-analysis corpus probe: compares rgo's -gcflags=-m output with gc's.

For every program given (default: tests/run/*.go) it builds the program with
gc (`go build -gcflags=FLAGS`) and with rgo (`rgo build -gcflags=FLAGS`), each
in its own temporary directory under the program's own file name so that
positions match, and compares the diagnostic lines: first as multisets
(content), then in order. It prints how many programs match exactly, the
number of differing lines, and the differences ranked by how many programs
show them (positions stripped, so one cause groups together).

    tests/tools/escape_probe.py [--flags '-m -l'] [--jobs 2] [--go .venv/bin/go]
        [--rgo target/release/rgo] [--out DIR] [--from DIR] [--show N] [FILE.go ...]

--out keeps each program's gc.txt/rgo.txt for inspection; --from DIR ranks
what an earlier --out DIR kept, without building anything. Needs nothing but
python3, gc and a built rgo.
"""
import argparse, collections, concurrent.futures as cf, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build(cmd, src, flags):
    d = tempfile.mkdtemp(prefix="escprobe")
    try:
        name = os.path.basename(src)
        shutil.copy(src, os.path.join(d, name))
        p = subprocess.run(cmd + ["build", "-gcflags=" + flags, "-o", os.path.join(d, "a.out"), name],
                           cwd=d, capture_output=True, text=True, timeout=300)
        lines = [l for l in p.stderr.splitlines() if l and not l.startswith("#")]
        return lines, p.returncode
    except subprocess.TimeoutExpired:
        return ["<timeout>"], -1
    finally:
        shutil.rmtree(d, ignore_errors=True)


POS = re.compile(r"^\./[^:]+:\d+:\d+: ")


def key(line):
    """The line without its position (and without positions inside -m=2 notes)."""
    s = POS.sub("", line)
    s = re.sub(r"at \S+\.go:\d+:\d+", "at POS", s)
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--flags", default="-m -l")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--go", default=os.path.join(ROOT, ".venv/bin/go"))
    ap.add_argument("--rgo", default=os.path.join(ROOT, "target/release/rgo"))
    ap.add_argument("--out")
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--from", dest="frm", help="re-rank the outputs an earlier --out kept")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(os.path.join(ROOT, "tests/run", f)
                              for f in os.listdir(os.path.join(ROOT, "tests/run")) if f.endswith(".go"))

    def one(f):
        if a.frm:
            d = os.path.join(a.frm, os.path.basename(f)[:-3])
            rd = lambda n: [l for l in open(os.path.join(d, n)).read().splitlines() if l]
            return f, rd("gc.txt"), 0, rd("rgo.txt"), 0
        g, grc = build([a.go], f, a.flags)
        r, rrc = build([a.rgo], f, a.flags)
        return f, g, grc, r, rrc

    exact = same_set = 0
    ndiff = 0
    missing = collections.defaultdict(set)   # key -> programs (in gc, not rgo)
    extra = collections.defaultdict(set)     # key -> programs (in rgo, not gc)
    examples = {}
    order_only = []
    failed = []
    with cf.ThreadPoolExecutor(a.jobs) as ex:
        for f, g, grc, r, rrc in ex.map(one, files):
            name = os.path.basename(f)
            if a.out:
                d = os.path.join(a.out, name[:-3])
                os.makedirs(d, exist_ok=True)
                open(os.path.join(d, "gc.txt"), "w").write("\n".join(g) + "\n")
                open(os.path.join(d, "rgo.txt"), "w").write("\n".join(r) + "\n")
            if grc != 0 or rrc != 0:
                failed.append((name, grc, rrc))
            if g == r:
                exact += 1
                continue
            cg, cr = collections.Counter(g), collections.Counter(r)
            m, x = cg - cr, cr - cg
            if not m and not x:
                same_set += 1
                order_only.append(name)
                continue
            ndiff += sum(m.values()) + sum(x.values())
            for l in m:
                missing[key(l)].add(name)
                examples.setdefault(("-", key(l)), name + ": " + l)
            for l in x:
                extra[key(l)].add(name)
                examples.setdefault(("+", key(l)), name + ": " + l)
    n = len(files)
    print(f"programs: {n}; exact: {exact}; same lines, other order: {same_set}; "
          f"differing lines: {ndiff}; build failures: {len(failed)}")
    for nm, grc, rrc in failed:
        print(f"  failed: {nm} gc={grc} rgo={rrc}")
    print("order only:", " ".join(order_only))
    rows = [("-", k, v) for k, v in missing.items()] + [("+", k, v) for k, v in extra.items()]
    rows.sort(key=lambda t: (-len(t[2]), t[1]))
    print("\nranked (- only gc prints it, + only rgo prints it; programs):")
    for sign, k, v in rows[:a.show]:
        print(f"{len(v):4} {sign} {k}")
        print(f"       e.g. {examples[(sign, k)]}")


if __name__ == "__main__":
    main()
