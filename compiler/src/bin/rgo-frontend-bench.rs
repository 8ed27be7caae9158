//! `rgo-frontend-bench FILE [RUNS]`: times rgo's front end (lex, parse,
//! type-check; `rgo::frontend::check_package_source`) on one file and prints
//! one line: `lines N runs R median SECONDS lines/s X`.
//!
//! Driven by `benches/frontend/run.py` (`make bench-frontend`), which also
//! times gc on the same file. The file must check clean (the run fails
//! otherwise), so the measurement covers the whole checker, not an early exit.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: rgo-frontend-bench FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5).max(1);
    let src = match std::fs::read(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("rgo-frontend-bench: {path}: {e}");
            std::process::exit(2);
        }
    };
    let lines = src.iter().filter(|&&b| b == b'\n').count();
    let src2 = src.clone();
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut times = Vec::new();
            for _ in 0..runs {
                let t = Instant::now();
                let out = rgo::frontend::check_package_source(&[("bench.go", &src2)]);
                times.push(t.elapsed().as_secs_f64());
                if !out.checked || !out.rendered.is_empty() {
                    eprint!(
                        "rgo-frontend-bench: the file does not check clean:\n{}",
                        out.rendered
                    );
                    std::process::exit(1);
                }
            }
            times
        });
    let Ok(Ok(mut times)) = worker.map(|h| h.join()) else {
        eprintln!("rgo-frontend-bench: the front end failed");
        std::process::exit(1);
    };
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "lines {lines} runs {runs} median {median:.4} lines/s {:.0}",
        lines as f64 / median
    );
}
