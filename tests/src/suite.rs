//! Test jobs and how each kind is executed against rgo or gc.
//!
//! A [`Job`] is one test file (times one variant for `// run` tests).  In
//! test mode the compiler under test is rgo; in oracle and bless modes it is
//! gc, driven through exactly the same steps, so the goldens and `// ERROR`
//! annotations are continuously re-derived from the reference toolchain.
//! Every job gets a private scratch directory as its working directory.

use crate::clicase::CliCase;
use crate::errorcheck;
use crate::exec::{self, Outcome, Status};
use crate::golden::{self, Expect, Goldens};
use crate::options::{Mode, Options, Variant};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What to do with one test file.
#[derive(Debug)]
pub enum Kind {
    Run {
        args: Vec<String>,
    },
    Compile {
        gcflags: Vec<String>,
    },
    ErrorCheck {
        gcflags: Vec<String>,
        want_error: bool,
    },
    Cli(CliCase),
    Skip(String),
    /// The test file itself is malformed.
    Broken(String),
}

/// One unit of work: a test file, a kind, and (for run tests) a variant.
#[derive(Debug)]
pub struct Job {
    /// Path below `tests/` without extension, e.g. `run/fib_recursive`.
    pub name: String,
    pub path: PathBuf,
    pub variant: &'static Variant,
    pub kind: Kind,
}

impl Job {
    /// The name shown in reports: `run/fib` or `run/fib [noescape]`.
    pub fn label(&self) -> String {
        if self.variant.gcflags.is_empty() && self.variant.env.is_empty() {
            self.name.clone()
        } else {
            format!("{} [{}]", self.name, self.variant.name)
        }
    }
}

/// The result of a job.
#[derive(Debug)]
pub enum Verdict {
    Pass,
    Fail {
        summary: String,
        details: Vec<String>,
    },
    Skip(String),
}

fn fail(summary: impl Into<String>, details: Vec<String>) -> Verdict {
    Verdict::Fail {
        summary: summary.into(),
        details,
    }
}

/// The compiler being exercised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Rgo,
    Gc,
}

/// Shared state of a suite run.
pub struct Ctx {
    pub opts: Options,
    /// Per-run scratch root; each job uses a numbered subdirectory.
    pub scratch: PathBuf,
    /// Persistent go build cache and GOPATH (under `target/testsuite/`).
    pub gocache: PathBuf,
    pub gopath: PathBuf,
}

impl Ctx {
    pub fn tool(&self) -> Tool {
        match self.opts.mode {
            Mode::Test => Tool::Rgo,
            Mode::Oracle | Mode::Bless => Tool::Gc,
        }
    }

    /// A command for `tool` running in `cwd`, with a hermetic go environment
    /// (also given to rgo, so that `scripts/go-as-rgo` shares the cache).
    pub fn command(&self, tool: Tool, cwd: &Path) -> Command {
        let mut c = Command::new(match tool {
            Tool::Rgo => &self.opts.rgo,
            Tool::Gc => &self.opts.go,
        });
        c.current_dir(cwd)
            .env("GOCACHE", &self.gocache)
            .env("GOPATH", &self.gopath)
            .env("GOTOOLCHAIN", "local")
            .env("GOENV", "off")
            .env("GOFLAGS", "")
            .env("PWD", cwd)
            .env_remove("GO111MODULE")
            .env_remove("GOROOT");
        c
    }

    fn build_failure(&self, what: &str, o: &Outcome) -> Verdict {
        if let Some(p) = golden::rust_panic(o) {
            return fail(format!("rgo crashed: {p}"), tail(&o.combined(), 6));
        }
        fail(
            format!("{what} ({})", o.status.describe()),
            tail(&o.combined(), 8),
        )
    }
}

fn tail(s: &str, n: usize) -> Vec<String> {
    s.lines().take(n).map(|l| format!("| {l}")).collect()
}

/// Runs one job in `dir` (created here, removed afterwards unless `--keep`).
pub fn execute(ctx: &Ctx, job: &Job, dir: &Path) -> Verdict {
    if let Err(e) = fs::create_dir_all(dir) {
        return fail(format!("cannot create {}: {e}", dir.display()), vec![]);
    }
    let v = match &job.kind {
        Kind::Run { args } => run_test(ctx, job, args, dir),
        Kind::Compile { gcflags } => compile(ctx, job, gcflags, dir),
        Kind::ErrorCheck {
            gcflags,
            want_error,
        } => error_check(ctx, job, gcflags, *want_error, dir),
        Kind::Cli(case) => cli(ctx, job, case, dir),
        Kind::Skip(why) => Verdict::Skip(why.clone()),
        Kind::Broken(why) => fail(format!("malformed test: {why}"), vec![]),
    };
    if !ctx.opts.keep {
        let _ = fs::remove_dir_all(dir);
    }
    v
}

fn gcflags_arg(flags: &[&str]) -> Option<String> {
    let flags: Vec<&str> = flags.iter().copied().filter(|f| !f.is_empty()).collect();
    (!flags.is_empty()).then(|| format!("-gcflags={}", flags.join(" ")))
}

/// Compares `got` with the goldens of `test`, or rewrites them in bless mode.
fn settle(ctx: &Ctx, test: &Path, got: &Expect, map: fn(&str) -> String) -> Verdict {
    let g = Goldens::beside(test);
    let want = match g.load() {
        Ok(w) => w,
        Err(e) => return fail(format!("cannot read goldens: {e}"), vec![]),
    };
    if ctx.opts.mode == Mode::Bless {
        if want != *got {
            if let Err(e) = g.store(got) {
                return fail(format!("cannot write goldens: {e}"), vec![]);
            }
            eprintln!("bless: updated goldens of {}", test.display());
        }
        return Verdict::Pass;
    }
    let problems = golden::compare(&want, got, map);
    match problems.split_first() {
        None => Verdict::Pass,
        Some((first, rest)) => fail(first.clone(), rest.to_vec()),
    }
}

fn run_test(ctx: &Ctx, job: &Job, args: &[String], dir: &Path) -> Verdict {
    let tool = ctx.tool();
    let stem = job.path.file_stem().unwrap_or_default();
    let exe = dir.join(stem);
    let mut cmd = ctx.command(tool, dir);
    cmd.arg("build");
    cmd.args(gcflags_arg(&[job.variant.gcflags]));
    cmd.arg("-o").arg(&exe).arg(&job.path);
    let b = exec::run(cmd, None, ctx.opts.build_timeout);
    if !b.status.success() {
        return ctx.build_failure("build failed", &b);
    }
    if !exe.is_file() {
        return fail(
            format!("build succeeded but wrote no {}", exe.display()),
            vec![],
        );
    }
    let stdin = fs::read(job.path.with_extension("in")).ok();
    let mut cmd = Command::new(&exe);
    cmd.args(args).current_dir(dir);
    cmd.envs(job.variant.env.iter().copied());
    let r = exec::run(cmd, stdin, ctx.opts.run_timeout);
    if let Status::TimedOut(_) | Status::NotStarted(_) = r.status {
        return fail(
            format!("program {}", r.status.describe()),
            tail(&String::from_utf8_lossy(&r.stdout), 4),
        );
    }
    settle(ctx, &job.path, &golden::observed(&r, false), golden::same)
}

fn compile(ctx: &Ctx, job: &Job, gcflags: &[String], dir: &Path) -> Verdict {
    let mut cmd = ctx.command(ctx.tool(), dir);
    let flags: Vec<&str> = gcflags.iter().map(String::as_str).collect();
    cmd.arg("build").args(gcflags_arg(&flags));
    cmd.arg("-o").arg("/dev/null").arg(&job.path);
    let b = exec::run(cmd, None, ctx.opts.build_timeout);
    if !b.status.success() {
        return ctx.build_failure("compilation failed", &b);
    }
    Verdict::Pass
}

fn error_check(ctx: &Ctx, job: &Job, gcflags: &[String], want_error: bool, dir: &Path) -> Verdict {
    let src = match fs::read_to_string(&job.path) {
        Ok(s) => s,
        Err(e) => return fail(format!("cannot read: {e}"), vec![]),
    };
    let short = job
        .path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let wants = match errorcheck::wanted_errors(&src, &short) {
        Ok(w) => w,
        Err(e) => return fail(format!("malformed test: {e}"), vec![]),
    };
    let mut cmd = ctx.command(ctx.tool(), dir);
    let flags: Vec<&str> = gcflags.iter().map(String::as_str).collect();
    cmd.arg("build").args(gcflags_arg(&flags));
    cmd.arg("-o").arg("/dev/null").arg(&job.path);
    let b = exec::run(cmd, None, ctx.opts.build_timeout);
    if let Some(p) = golden::rust_panic(&b) {
        return fail(format!("rgo crashed: {p}"), tail(&b.combined(), 6));
    }
    match &b.status {
        Status::Exited(0) if want_error => {
            return fail("compilation succeeded unexpectedly", tail(&b.combined(), 8))
        }
        Status::Exited(0) => {}
        Status::Exited(_) if !want_error => return ctx.build_failure("compilation failed", &b),
        Status::Exited(_) => {}
        other => {
            return fail(
                format!("compiler {}", other.describe()),
                tail(&b.combined(), 8),
            )
        }
    }
    let rep = errorcheck::check(&b.combined(), &wants, &short);
    if rep.ok() {
        return Verdict::Pass;
    }
    fail(
        format!(
            "{} missing, {} unmatched diagnostics",
            rep.missing.len(),
            rep.unmatched.len()
        ),
        rep.lines(),
    )
}

fn replace_bytes(hay: &[u8], from: &str, to: &str) -> Vec<u8> {
    if from.is_empty() {
        return hay.to_vec();
    }
    let from = from.as_bytes();
    let mut out = Vec::with_capacity(hay.len());
    let mut i = 0;
    while i < hay.len() {
        if hay[i..].starts_with(from) {
            out.extend_from_slice(to.as_bytes());
            i += from.len();
        } else {
            out.push(hay[i]);
            i += 1;
        }
    }
    out
}

fn cli(ctx: &Ctx, job: &Job, case: &CliCase, dir: &Path) -> Verdict {
    if let Some(why) = &case.skip {
        return Verdict::Skip(why.clone());
    }
    for (name, data) in &case.files {
        let p = dir.join(name);
        if let Some(parent) = p.parent() {
            let _ = fs::create_dir_all(parent);
        }
        if let Err(e) = fs::write(&p, data) {
            return fail(format!("cannot write {}: {e}", p.display()), vec![]);
        }
    }
    let tool = ctx.tool();
    let mut cmd = ctx.command(tool, dir);
    cmd.args(&case.args);
    for (k, v) in &case.env {
        cmd.env(k, v);
    }
    let mut o = exec::run(cmd, None, ctx.opts.build_timeout);
    if let Status::TimedOut(_) | Status::NotStarted(_) = o.status {
        return fail(o.status.describe(), vec![]);
    }
    if tool == Tool::Rgo {
        if let Some(p) = golden::rust_panic(&o) {
            return fail(format!("rgo crashed: {p}"), tail(&o.combined(), 6));
        }
    }
    let mut dirs = vec![dir.display().to_string()];
    if let Ok(c) = dir.canonicalize() {
        dirs.push(c.display().to_string());
    }
    for d in &dirs {
        o.stdout = replace_bytes(&o.stdout, d, "$WORK");
        o.stderr = replace_bytes(&o.stderr, d, "$WORK");
    }
    if case.args.first().map(String::as_str) == Some("test") {
        o.stdout = golden::normalise_test_output(&o.stdout);
    }
    let missing: Vec<String> = case
        .exists
        .iter()
        .filter(|f| !dir.join(f).exists())
        .map(|f| format!("the command did not create {f}"))
        .collect();
    // rgo proper must print the allocation-site table; gc (oracle, bless)
    // and gc posing as rgo (selftest, which sets GO_FOR_RGO) print none.
    let rgo_proper = tool == Tool::Rgo && std::env::var_os("GO_FOR_RGO").is_none();
    let mut missing = missing;
    if case.exact_stderr {
        missing.extend(check_exact_stderr(ctx, &job.path, &o.stderr));
    }
    missing.extend(check_allocsites(
        &case.allocsites,
        &o.stdout,
        &o.stderr,
        rgo_proper,
    ));
    let map = if tool == Tool::Rgo {
        golden::rgoify
    } else {
        golden::same
    };
    match settle(ctx, &job.path, &golden::observed(&o, true), map) {
        Verdict::Pass if !missing.is_empty() => fail(missing[0].clone(), missing[1..].to_vec()),
        Verdict::Fail {
            summary,
            mut details,
        } => {
            details.extend(missing);
            Verdict::Fail { summary, details }
        }
        v => v,
    }
}

/// `stderr: exact`: in bless mode writes the `.stderr` golden from gc's
/// stderr; otherwise compares stderr with it, line by line, in order.
fn check_exact_stderr(ctx: &Ctx, case: &Path, stderr: &[u8]) -> Vec<String> {
    let path = case.with_extension("stderr");
    let got = String::from_utf8_lossy(stderr);
    if ctx.opts.mode == Mode::Bless {
        return match fs::write(&path, got.as_bytes()) {
            Ok(()) => Vec::new(),
            Err(e) => vec![format!("cannot write {}: {e}", path.display())],
        };
    }
    let want = match fs::read_to_string(&path) {
        Ok(w) => w,
        Err(e) => return vec![format!("no golden {}: {e}", path.display())],
    };
    if want == got {
        return Vec::new();
    }
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let at = w
        .iter()
        .zip(&g)
        .position(|(a, b)| a != b)
        .unwrap_or(w.len().min(g.len()));
    vec![format!(
        "stderr differs from {} at line {}: want {:?}, got {:?}",
        path.display(),
        at + 1,
        w.get(at).copied().unwrap_or("<end>"),
        g.get(at).copied().unwrap_or("<end>")
    )]
}

/// Checks the rows of the `GODEBUG=allocsites=1` table on `stderr` against
/// `want` (position without directory, calls, name of the per-call line on
/// `stdout`: `NAME: A allocs/call, B bytes/call`); the table must be there
/// when `required`.
fn check_allocsites(
    want: &[(String, u64, String)],
    stdout: &[u8],
    stderr: &[u8],
    required: bool,
) -> Vec<String> {
    if want.is_empty() {
        return Vec::new();
    }
    let text = String::from_utf8_lossy(stderr);
    let Some(start) = text.find("allocsites: heap allocations by site") else {
        return if required {
            vec!["stderr has no allocsites table".to_string()]
        } else {
            Vec::new()
        };
    };
    // Rows: BYTES ALLOCS POS REASON...
    let rows: Vec<(u64, u64, String)> = text[start..]
        .lines()
        .skip(2)
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let b = f.next()?.parse().ok()?;
            let n = f.next()?.parse().ok()?;
            let pos = f.next()?;
            let pos = pos.rsplit('/').next().unwrap_or(pos).to_string();
            Some((b, n, pos))
        })
        .collect();
    let out = String::from_utf8_lossy(stdout);
    let mut errs = Vec::new();
    for (pos, calls, name) in want {
        let Some((per_n, per_b)) = per_call(&out, name) else {
            errs.push(format!(
                "allocsites {pos}: stdout has no line {name:?}: A allocs/call, B bytes/call"
            ));
            continue;
        };
        let (n, b) = (calls * per_n, calls * per_b);
        match rows.iter().find(|r| &r.2 == pos) {
            None if n == 0 => {}
            Some(&(gb, gn, _)) if gb == b && gn == n => {}
            Some(&(gb, gn, _)) => errs.push(format!(
                "allocsites {pos}: want {calls} x {name} = {n} allocs {b} bytes, got {gn} allocs {gb} bytes"
            )),
            None => errs.push(format!(
                "allocsites {pos}: no row in the table (want {n} allocs {b} bytes)"
            )),
        }
    }
    errs
}

/// The whole allocations and bytes per call on the line `NAME: A
/// allocs/call, B bytes/call` of `out`.
fn per_call(out: &str, name: &str) -> Option<(u64, u64)> {
    let line = out
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(": "))?;
    let (a, b) = line.split_once(" allocs/call, ")?;
    let b = b.strip_suffix(" bytes/call")?;
    let a: f64 = a.parse().ok()?;
    (a.fract() == 0.0 && a >= 0.0).then_some(())?;
    Some((a as u64, b.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocsites_rows() {
        let err = b"allocsites: heap allocations by site during the run, most bytes first\n     \
            bytes     allocs  site  why\n      1600        100  ./main.go:12:9  &T{...} escapes to heap\n";
        let out = b"f: 1 allocs/call, 16 bytes/call\ng: 2 allocs/call, 32 bytes/call\nh: 0 allocs/call, 0 bytes/call\n";
        let want = |pos: &str, calls, name: &str| vec![(pos.to_string(), calls, name.to_string())];
        assert!(check_allocsites(&want("main.go:12:9", 100, "f"), out, err, true).is_empty());
        assert_eq!(
            check_allocsites(&want("main.go:12:9", 99, "f"), out, err, true).len(),
            1
        );
        assert_eq!(
            check_allocsites(&want("main.go:12:9", 100, "g"), out, err, true).len(),
            1
        );
        assert!(check_allocsites(&want("main.go:9:9", 100, "h"), out, err, true).is_empty());
        assert_eq!(
            check_allocsites(&want("main.go:12:9", 100, "h"), out, err, true).len(),
            1
        );
        assert_eq!(
            check_allocsites(&want("main.go:12:9", 100, "x"), out, err, true).len(),
            1
        );
        assert_eq!(
            check_allocsites(&want("main.go:12:9", 100, "f"), out, b"", true).len(),
            1
        );
        assert!(check_allocsites(&want("main.go:12:9", 100, "f"), out, b"", false).is_empty());
    }

    #[test]
    fn replaces_work_dir() {
        assert_eq!(
            replace_bytes(b"/tmp/x/a.go /tmp/x", "/tmp/x", "$WORK"),
            b"$WORK/a.go $WORK"
        );
    }

    #[test]
    fn gcflags() {
        assert_eq!(gcflags_arg(&[""]), None);
        assert_eq!(
            gcflags_arg(&["-m", "-l"]).as_deref(),
            Some("-gcflags=-m -l")
        );
    }
}
