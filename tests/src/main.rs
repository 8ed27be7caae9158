//! The rgo test runner (`cargo run -p testsuite -- [options] [FILTER...]`).
//!
//! It walks `tests/run`, `tests/errorcheck`, `tests/escape` and `tests/cli`,
//! dispatches each `.go` file on its first-line recipe (as Go's own `test/`
//! tree does) and each `cli/*.txt` case on its `args:` line, runs the jobs in
//! parallel, prints one block per failure, and ends with the line
//! `N passed, N failed[, N skipped]`; the exit status is 1 if anything failed.
//! All expectations come from gc: `--oracle` re-checks them against gc and
//! `--bless` rewrites them from gc.  `tests/xfail.txt` lists tests that are
//! expected to fail for now (test mode only; an unexpected pass is a failure).

mod clicase;
mod errorcheck;
mod exec;
mod golden;
mod options;
mod recipe;
mod suite;

use options::{Mode, Options, VARIANTS};
use std::collections::HashSet;
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use suite::{Ctx, Job, Kind, Verdict};

/// The test directories, in the order they are reported.
const DIRS: &[&str] = &["run", "errorcheck", "escape", "cli"];

fn main() {
    std::process::exit(real_main());
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            // Go's `x.dir/` directories hold the extra files of test x.go.
            if p.extension().is_none_or(|e| e != "dir") {
                walk(&p, out);
            }
        } else {
            out.push(p);
        }
    }
}

/// Finds every test below `tests/` and turns it into jobs.
fn discover(opts: &Options) -> Vec<Job> {
    let tests = opts.root.join("tests");
    let mut jobs = Vec::new();
    for d in DIRS {
        if !opts.dirs.is_empty() && !opts.dirs.iter().any(|x| x == d) {
            continue;
        }
        let mut files = Vec::new();
        walk(&tests.join(d), &mut files);
        for path in files {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            let want_ext = if *d == "cli" { "txt" } else { "go" };
            if ext != want_ext {
                continue;
            }
            let rel = path
                .strip_prefix(&tests)
                .unwrap_or(&path)
                .with_extension("");
            let name = rel.to_string_lossy().replace('\\', "/");
            if !opts.selected(&name) {
                continue;
            }
            let plain = &VARIANTS[0];
            let one = |kind| Job {
                name: name.clone(),
                path: path.clone(),
                variant: plain,
                kind,
            };
            let text = match fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    jobs.push(one(Kind::Broken(e.to_string())));
                    continue;
                }
            };
            if *d == "cli" {
                jobs.push(one(match clicase::parse(&text) {
                    Ok(c) => Kind::Cli(c),
                    Err(e) => Kind::Broken(e),
                }));
                continue;
            }
            match recipe::parse(&text) {
                Ok(recipe::Recipe::Run { args }) => {
                    for v in &opts.variants {
                        jobs.push(Job {
                            name: name.clone(),
                            path: path.clone(),
                            variant: v,
                            kind: Kind::Run { args: args.clone() },
                        });
                    }
                }
                Ok(recipe::Recipe::Compile { gcflags }) => {
                    jobs.push(one(Kind::Compile { gcflags }))
                }
                Ok(recipe::Recipe::ErrorCheck {
                    gcflags,
                    want_error,
                }) => jobs.push(one(Kind::ErrorCheck {
                    gcflags,
                    want_error,
                })),
                Ok(recipe::Recipe::Skip(why)) => jobs.push(one(Kind::Skip(why))),
                Err(e) => jobs.push(one(Kind::Broken(e))),
            }
        }
    }
    jobs
}

/// Reads `tests/xfail.txt`: one test name (all variants) or label
/// (`name [variant]`) per line; `#` starts a comment.
fn load_xfail(root: &Path) -> HashSet<String> {
    let Ok(text) = fs::read_to_string(root.join("tests/xfail.txt")) else {
        return HashSet::new();
    };
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn real_main() -> i32 {
    let opts = match Options::parse(std::env::args().skip(1)) {
        Ok(Some(o)) => o,
        Ok(None) => return 0,
        Err(e) => {
            eprintln!("testsuite: {e}");
            return 2;
        }
    };
    let jobs = discover(&opts);
    if opts.list {
        for j in &jobs {
            println!("{}", j.label());
        }
        return 0;
    }
    let (tool_name, tool) = match opts.mode {
        Mode::Test => ("rgo", &opts.rgo),
        Mode::Oracle | Mode::Bless => ("gc", &opts.go),
    };
    if !tool.is_file() {
        let hint = match opts.mode {
            Mode::Test => {
                "build it with `cargo build --release` (or `make build`), or pass --rgo / set RGO"
            }
            _ => "install it with `make gc`, or pass --go / set GO",
        };
        eprintln!(
            "testsuite: {tool_name} not found at {}: {hint}",
            tool.display()
        );
        return 2;
    }
    let mode = match opts.mode {
        Mode::Test => "test (rgo vs goldens)",
        Mode::Oracle => "oracle (gc vs goldens)",
        Mode::Bless => "bless (goldens from gc)",
    };
    println!(
        "testsuite: mode {mode}; {tool_name} = {}; {} jobs",
        tool.display(),
        opts.jobs
    );
    let on: Vec<&str> = opts.variants.iter().map(|v| v.name).collect();
    let off: Vec<&str> = VARIANTS
        .iter()
        .filter(|v| !opts.variants.iter().any(|o| o.name == v.name))
        .map(|v| v.name)
        .collect();
    let variants_note = if off.is_empty() {
        format!("run-test variants: {}", on.join(", "))
    } else if opts.mode == Mode::Test {
        format!(
            "run-test variants: {} -- NOT running: {} (use --variants all or RGO_TEST_VARIANTS=all)",
            on.join(", "),
            off.join(", ")
        )
    } else {
        format!(
            "run-test variants: {} (gc does not know rgo's {} flags)",
            on.join(", "),
            off.join(", ")
        )
    };
    println!("testsuite: {variants_note}");

    let xfail = if opts.mode == Mode::Test && !opts.no_xfail {
        load_xfail(&opts.root)
    } else {
        HashSet::new()
    };
    let target = opts.root.join("target/testsuite");
    let scratch = std::env::temp_dir().join(format!("rgo-testsuite-{}", std::process::id()));
    let ctx = Ctx {
        gocache: target.join("gocache"),
        gopath: target.join("gopath"),
        scratch,
        opts,
    };
    for d in [&ctx.gocache, &ctx.gopath, &ctx.scratch] {
        if let Err(e) = fs::create_dir_all(d) {
            eprintln!("testsuite: cannot create {}: {e}", d.display());
            return 2;
        }
    }

    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, Verdict)>();
    let (mut passed, mut failed, mut skipped, mut xfailed) = (0, 0, 0, 0);
    let mut failures: Vec<String> = Vec::new();
    thread::scope(|s| {
        for _ in 0..ctx.opts.jobs.min(jobs.len().max(1)) {
            let tx = tx.clone();
            let (ctx, jobs, next) = (&ctx, &jobs, &next);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(job) = jobs.get(i) else { break };
                let dir = ctx.scratch.join(format!("{i:04}"));
                let v = panic::catch_unwind(AssertUnwindSafe(|| suite::execute(ctx, job, &dir)))
                    .unwrap_or_else(|_| Verdict::Fail {
                        summary: "the test runner panicked".into(),
                        details: vec![],
                    });
                if tx.send((i, v)).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, v) in rx {
            let job = &jobs[i];
            let label = job.label();
            let expected_fail = xfail.contains(&job.name) || xfail.contains(&label);
            match (v, expected_fail) {
                (Verdict::Pass, false) => {
                    passed += 1;
                    if ctx.opts.verbose {
                        println!("ok   {label}");
                    }
                }
                (Verdict::Pass, true) => {
                    failed += 1;
                    failures.push(label.clone());
                    println!(
                        "FAIL {label}: XPASS -- passes but is listed in tests/xfail.txt; remove it"
                    );
                }
                (Verdict::Skip(why), _) => {
                    skipped += 1;
                    if ctx.opts.verbose {
                        println!("skip {label}: {why}");
                    }
                }
                (Verdict::Fail { summary, .. }, true) => {
                    skipped += 1;
                    xfailed += 1;
                    if ctx.opts.verbose {
                        println!("xfail {label}: {summary}");
                    }
                }
                (Verdict::Fail { summary, details }, false) => {
                    failed += 1;
                    failures.push(label.clone());
                    println!("FAIL {label}: {summary}");
                    let limit = if ctx.opts.verbose { usize::MAX } else { 12 };
                    for d in details.iter().take(limit) {
                        println!("     {d}");
                    }
                    if details.len() > limit {
                        println!("     ... {} more (use -v)", details.len() - limit);
                    }
                }
            }
        }
    });
    if !ctx.opts.keep {
        let _ = fs::remove_dir_all(&ctx.scratch);
    } else {
        println!("testsuite: scratch kept in {}", ctx.scratch.display());
    }
    let listed: HashSet<&str> = jobs.iter().map(|j| j.name.as_str()).collect();
    let labels: HashSet<String> = jobs.iter().map(Job::label).collect();
    for x in &xfail {
        if ctx.opts.filters.is_empty()
            && ctx.opts.dirs.is_empty()
            && !listed.contains(x.as_str())
            && !labels.contains(x)
        {
            println!("testsuite: warning: tests/xfail.txt names no test: {x}");
        }
    }
    if !failures.is_empty() {
        failures.sort();
        println!("failed: {}", failures.join(" "));
    }
    if xfailed > 0 {
        println!("testsuite: {xfailed} expected failures (tests/xfail.txt) counted as skipped");
    }
    if jobs.is_empty() {
        println!("testsuite: no test matched the filters");
    }
    println!("testsuite: {variants_note}");
    if skipped > 0 {
        println!("{passed} passed, {failed} failed, {skipped} skipped");
    } else {
        println!("{passed} passed, {failed} failed");
    }
    i32::from(failed > 0)
}
