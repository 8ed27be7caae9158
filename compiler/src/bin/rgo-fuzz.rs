//! `rgo-fuzz`: a deterministic mutation fuzzer for the front end (lexer,
//! parser, type checker), runnable on stable Rust (`make fuzz`).
//!
//! Seeds are the `.go` files under `tests/`, `stdlib/` and `examples/`. Each
//! round picks a seed, applies one to four mutations (byte flips, deletions,
//! duplications, splices from another seed, Go tokens and brackets inserted,
//! truncation, invalid UTF-8, deep nesting) and runs
//! `rgo::frontend::check_package_source` on it, on a thread with the driver's
//! stack size. The invariant checked is the front end's contract: no panic,
//! no hang, whatever the input. A panic or a round that spends more than
//! `--hang` seconds of CPU (the worker thread's own CPU time, so that a
//! loaded machine does not turn a slow round into a finding) saves the
//! input under `target/fuzz/` and exits with status 1.
//!
//! Usage: `rgo-fuzz [--seconds N] [--seed N] [--hang N] [--root DIR]`
//! (defaults: 60 s, seed 1, 20 s, the current directory). The same seed and
//! corpus give the same sequence of inputs, so a failure can be replayed.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The driver's compiler-thread stack (see `driver::main`).
const STACK: usize = 256 << 20;

/// CPU time used so far by the calling thread (Linux: the first field of
/// `/proc/thread-self/schedstat`, in nanoseconds), if the kernel reports it.
fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    (ns > 0).then(|| Duration::from_nanos(ns))
}

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Fragments a Go programmer's typo or a truncated edit would produce.
const DICT: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ";",
    ",",
    ".",
    ":",
    ":=",
    "=",
    "...",
    "<-",
    "*",
    "&",
    "\n",
    "func",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map[",
    "chan",
    "go",
    "defer",
    "return",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default:",
    "select",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "package",
    "import",
    "nil",
    "iota",
    "_",
    "x",
    "int",
    "string",
    "byte",
    "rune",
    "any",
    "error",
    "len(",
    "append(",
    "make(",
    "new(",
    ".(type)",
    "1 << 70",
    "0x",
    "1e400",
    "'",
    "\"",
    "`",
    "/*",
    "//",
    "\\",
    "\u{fffd}",
    "\u{feff}",
    "\0",
    "é",
    "+=",
    "&^",
    "++",
    "--",
    "!",
    "^",
    "%",
    "&&",
    "||",
    "==",
    "!=",
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>]) {
    let len = input.len();
    match rng.below(11) {
        0 if len > 0 => {
            let i = rng.below(len);
            input[i] ^= 1 << rng.below(8);
        }
        1 if len > 0 => {
            let i = rng.below(len);
            let n = 1 + rng.below(16.min(len - i));
            input.drain(i..i + n);
        }
        2 if len > 0 => {
            let i = rng.below(len);
            let n = 1 + rng.below(64.min(len - i));
            let chunk = input[i..i + n].to_vec();
            let at = rng.below(len + 1);
            input.splice(at..at, chunk);
        }
        3 => {
            let d = DICT[rng.below(DICT.len())].as_bytes();
            let at = rng.below(len + 1);
            input.splice(at..at, d.iter().copied());
        }
        4 if len > 0 => input.truncate(rng.below(len)),
        5 => {
            let other = &corpus[rng.below(corpus.len())];
            if !other.is_empty() {
                let i = rng.below(other.len());
                let n = 1 + rng.below(256.min(other.len() - i));
                let at = rng.below(len + 1);
                input.splice(at..at, other[i..i + n].iter().copied());
            }
        }
        6 => {
            let at = rng.below(len + 1);
            let bad = [0xff, 0xfe, 0xc3, 0x80 | rng.below(64) as u8];
            let n = 1 + rng.below(bad.len());
            input.splice(at..at, bad[..n].iter().copied());
        }
        7 => {
            // Deep nesting: gc parses it; rgo must not overflow its stack.
            let (open, close) =
                [("(", ")"), ("[", "]"), ("{", "}"), ("[]", ""), ("*", "")][rng.below(5)];
            let depth = 1 + rng.below(5000);
            let at = rng.below(len + 1);
            let mut s = open.repeat(depth).into_bytes();
            s.extend_from_slice(b"x");
            s.extend_from_slice(close.repeat(depth).as_bytes());
            input.splice(at..at, s);
        }
        8 => {
            let at = rng.below(len + 1);
            let n = 1 + rng.below(32);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            input.splice(at..at, bytes);
        }
        _ => {
            // Swap two lines.
            let lines: Vec<usize> = input
                .iter()
                .enumerate()
                .filter(|(_, &b)| b == b'\n')
                .map(|(i, _)| i)
                .collect();
            if lines.len() > 2 {
                let a = rng.below(lines.len() - 1);
                let (s, e) = (lines[a] + 1, lines[a + 1] + 1);
                let line = input[s..e].to_vec();
                input.drain(s..e);
                let at = lines[rng.below(lines.len() - 1)].min(input.len());
                input.splice(at..at, line);
            }
        }
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seconds: u64 = arg(&args, "--seconds")
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed: u64 = arg(&args, "--seed")
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let hang: u64 = arg(&args, "--hang")
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let root = PathBuf::from(arg(&args, "--root").unwrap_or_else(|| ".".into()));
    let mut paths = Vec::new();
    for d in ["tests", "stdlib", "examples"] {
        collect(&root.join(d), &mut paths);
    }
    let corpus: Vec<Vec<u8>> = paths.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    if corpus.is_empty() {
        eprintln!("rgo-fuzz: no .go seeds under {}", root.display());
        std::process::exit(2);
    }
    let out_dir = root.join("target/fuzz");
    let _ = std::fs::create_dir_all(&out_dir);
    // Panics are findings, reported once below; keep the default hook quiet.
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let start = Instant::now();
    let (mut rounds, mut checked) = (0u64, 0u64);
    while start.elapsed() < Duration::from_secs(seconds) {
        let mut input = corpus[rng.below(corpus.len())].clone();
        for _ in 0..1 + rng.below(4) {
            mutate(&mut rng, &mut input, &corpus);
        }
        // Written before the run, so that a stack overflow (which aborts the
        // process) leaves the input behind.
        let current = out_dir.join("current.go");
        let _ = std::fs::write(&current, &input);
        let data = input.clone();
        let t0 = Instant::now();
        let worker = std::thread::Builder::new()
            .stack_size(STACK)
            .spawn(move || {
                let r = std::panic::catch_unwind(|| {
                    rgo::frontend::check_package_source(&[("fuzz.go", &data)]).checked
                });
                (r, thread_cpu())
            });
        let (verdict, cpu) = match worker.map(|h| h.join()) {
            Ok(Ok((r, cpu))) => (r, cpu),
            _ => (
                Err(Box::new("thread failed") as Box<dyn std::any::Any + Send>),
                None,
            ),
        };
        rounds += 1;
        let fail = |what: &str| {
            let path = out_dir.join(format!("{what}-seed{seed}-round{rounds}.go"));
            let _ = std::fs::write(&path, &input);
            eprintln!(
                "rgo-fuzz: {what} on round {rounds}; input saved to {}",
                path.display()
            );
            std::process::exit(1);
        };
        match verdict {
            Ok(true) => checked += 1,
            Ok(false) => {}
            Err(_) => fail("panic"),
        }
        if cpu.unwrap_or_else(|| t0.elapsed()) > Duration::from_secs(hang) {
            fail("hang");
        }
    }
    let _ = std::fs::remove_file(out_dir.join("current.go"));
    println!(
        "rgo-fuzz: {rounds} inputs in {:.0?} from {} seeds (seed {seed}), {checked} reached the type checker; no panic, no hang",
        start.elapsed(),
        corpus.len()
    );
}
