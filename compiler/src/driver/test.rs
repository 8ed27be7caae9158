//! `rgo test`: builds a package with its `_test.go` files and a generated
//! test main, runs the test binary, and reports like `go test`.
//!
//! The pipeline: `load::load_test` reads the package under test (its
//! `_test.go` files of the same package included), its external test
//! package (`package x_test`) and the generated `_testmain.go`, a `main`
//! package written in Go that lists every `TestXxx`/`BenchmarkXxx` found by
//! parsing the test files and calls `testing.MainStart(...).Run()`. The
//! package under test keeps its import path even when it is a `main`
//! package, so its own `main` is just a function. The binary is compiled
//! and linked like `rgo build`'s, then run in the package directory with
//! the `-test.*` flags `go test` would pass (`-run X` becomes
//! `-test.run=X`; flags rgo does not know are passed through unchanged,
//! so the binary reports them like gc's does).
//!
//! Name matching (`-run`, `-bench`, `-skip`) happens inside the test binary
//! (`stdlib/testing/regexp.go`): sub-test names only exist while tests run,
//! so the driver cannot select them in advance.
//!
//! Output follows `go test`: with no package argument, or with `-bench`,
//! the binary's output is streamed; otherwise it is buffered and shown only
//! on failure or with `-v`. Then `ok  \tPKG\t0.012s` or `FAIL\tPKG\t0.012s`
//! (plus `exit status N` when streamed, and a final `FAIL` when packages
//! were named). The binary's standard error is merged into standard
//! output, as `go test` does. Exit status: 0, or 1 when anything failed.
//!
//! `-escape=compare` (rgo only) builds the binary twice, with escape
//! analysis and with `-gcflags=-d=noescape`, runs the benchmarks with each
//! and prints one table: ns/op, B/op and allocs/op side by side with the
//! ratio off/on.

use super::flags::BuildFlags;
use super::load::{self, LoadConfig, LoadError, TestFiles};
use super::session::{parse_bool, parse_gcflags_value};
use super::WorkDir;
use crate::syntax::ast;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The parsed command line of `rgo test`.
#[derive(Default, Debug)]
struct TestFlags {
    build: BuildFlags,
    /// Package arguments (directories, import paths or `.go` files).
    pkgs: Vec<String>,
    /// Flags for the test binary (`-test.run=X`...), in order.
    bin_args: Vec<String>,
    verbose: bool,
    bench: bool,
    /// `-escape=compare`.
    compare: bool,
    /// `-c`: build the test binary, do not run it.
    compile_only: bool,
}

/// `rgo help test`.
pub const HELP: &str = "\
usage: rgo test [build/test flags] [packages] [build/test flags & test binary flags]

'rgo test' builds the package with its _test.go files (and its external
package NAME_test, if any) and a generated main, runs the test binary in
the package directory, and prints a summary line like 'go test':

\tok   example.com/m\t0.012s
\tFAIL example.com/m\t0.012s

With no package argument the test binary's output is always shown; with
package arguments only for failures, -v or -bench.

Test flags (passed to the binary as -test.NAME): -run re, -skip re,
-bench re, -benchmem, -benchtime 1s|100x, -count n, -cpu list, -short,
-failfast, -v, -timeout d (ignored). Build flags: -gcflags, -x, -work, -a,
-c (build NAME.test, do not run it), -o file.

-escape=compare runs the benchmarks twice, with escape analysis and with
-gcflags=-d=noescape, and prints ns/op, B/op and allocs/op side by side.

rgo runs one goroutine: GOMAXPROCS is 1, so benchmark names have no -N
suffix, and log lines read '???:1:' where gc prints the caller's file:line.
";

const USAGE: &str = "usage: rgo test [build/test flags] [packages] [build/test flags & test binary flags]\nRun 'rgo help test' and 'rgo help testflag' for details.\n";

/// Test flags `go test` forwards to the binary as `-test.NAME`, and whether
/// each takes a value.
const TEST_FLAGS: &[(&str, bool)] = &[
    ("bench", true),
    ("benchmem", false),
    ("benchtime", true),
    ("count", true),
    ("cpu", true),
    ("failfast", false),
    ("list", true),
    ("parallel", true),
    ("run", true),
    ("short", false),
    ("shuffle", true),
    ("skip", true),
    ("timeout", true),
    ("v", false),
];

fn parse_flags(args: &[String]) -> Result<TestFlags, String> {
    let mut tf = TestFlags::default();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if a == "-args" || a == "--args" {
            tf.bin_args.extend(args[i..].iter().cloned());
            break;
        }
        if a.len() < 2 || !a.starts_with('-') {
            tf.pkgs.push(a.clone());
            continue;
        }
        let body = a.trim_start_matches('-');
        let (name, value) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        let take_value = |i: &mut usize| -> Result<String, String> {
            if let Some(v) = &value {
                return Ok(v.clone());
            }
            match args.get(*i) {
                Some(v) => {
                    *i += 1;
                    Ok(v.clone())
                }
                None => Err(format!("flag needs an argument: -{name}")),
            }
        };
        let bool_value = |v: &Option<String>| -> Result<bool, String> {
            match v {
                None => Ok(true),
                Some(v) => parse_bool(v).ok_or_else(|| {
                    format!("invalid boolean value \"{v}\" for -{name}: parse error")
                }),
            }
        };
        match name {
            "gcflags" => {
                let v = take_value(&mut i)?;
                tf.build.gcflags.push(parse_gcflags_value(&v)?);
            }
            "x" => tf.build.print_commands = bool_value(&value)?,
            "work" => tf.build.keep_work = bool_value(&value)?,
            "a" => {
                bool_value(&value)?;
            }
            "c" => tf.compile_only = bool_value(&value)?,
            "o" => tf.build.output = Some(take_value(&mut i)?),
            "escape" => {
                let v = take_value(&mut i)?;
                if v != "compare" {
                    return Err(format!(
                        "invalid value \"{v}\" for flag -escape: the only mode is compare"
                    ));
                }
                tf.compare = true;
            }
            _ => match TEST_FLAGS.iter().find(|(n, _)| *n == name) {
                Some(&(n, true)) => {
                    let v = take_value(&mut i)?;
                    if n == "bench" {
                        tf.bench = !v.is_empty();
                    }
                    tf.bin_args.push(format!("-test.{n}={v}"));
                }
                Some(&(n, false)) => {
                    let b = bool_value(&value)?;
                    if n == "v" {
                        tf.verbose = b;
                    }
                    tf.bin_args.push(format!("-test.{n}={b}"));
                }
                // Unknown flags go to the test binary, which reports them.
                None => tf.bin_args.push(a.clone()),
            },
        }
    }
    Ok(tf)
}

/// `rgo test`.
pub fn test(args: &[String]) -> i32 {
    let tf = match parse_flags(args) {
        Ok(t) => t,
        Err(msg) => {
            eprint!("{msg}\n{USAGE}");
            return 2;
        }
    };
    if tf.compare {
        return compare(&tf);
    }
    let built = match build(&tf, None) {
        Ok(b) => b,
        Err(status) => return status,
    };
    let Some(exe) = built.exe.as_ref() else {
        return 0;
    };
    if tf.compile_only {
        return 0;
    }
    let stream = tf.pkgs.is_empty() || tf.bench;
    let run = run_binary(&tf, exe, &built.dir, stream, &tf.bin_args);
    report(&tf, &built.display, &run, stream)
}

/// A built test binary (or the reason there is none).
struct Built {
    /// `None` when the package has no test files (already reported).
    exe: Option<PathBuf>,
    display: String,
    dir: PathBuf,
    /// Keeps the work directory (and the binary) alive.
    _work: WorkDir,
}

/// Builds the test binary, with `extra_gcflags` added after the user's
/// (`-d=noescape` for `-escape=compare`: escape analysis is whole-program,
/// so it then puts every allocation site of the program on the heap). On
/// failure, the messages have been printed.
fn build(tf: &TestFlags, extra_gcflags: Option<&str>) -> Result<Built, i32> {
    let install = match super::link::find_install() {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{e}");
            return Err(1);
        }
    };
    let cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("rgo: cannot determine current directory: {e}");
            return Err(1);
        }
    };
    let cfg = LoadConfig {
        cwd: cwd.clone(),
        stdlib: install.stdlib.clone(),
        missing_file_is_package: false,
    };
    let mut gen = |files: &TestFiles| generate_main(files);
    let tp = match load::load_test(&cfg, &tf.pkgs, &mut gen) {
        Ok(p) => p,
        Err(LoadError(msg)) => {
            eprint!("{msg}");
            if !tf.pkgs.is_empty() {
                println!("FAIL");
            }
            return Err(1);
        }
    };
    let work = WorkDir::new(tf.build.keep_work).map_err(|e| {
        eprintln!("{e}");
        1
    })?;
    if tf.build.keep_work {
        eprintln!("WORK={}", work.path.display());
    }
    if !tp.has_tests {
        println!("?   \t{}\t[no test files]", tp.display);
        return Ok(Built {
            exe: None,
            display: tp.display,
            dir: tp.dir,
            _work: work,
        });
    }
    let mut bf = tf.build.clone();
    if let Some(g) = extra_gcflags {
        match parse_gcflags_value(g) {
            Ok(a) => bf.gcflags.push(a),
            Err(e) => {
                eprintln!("{e}");
                return Err(2);
            }
        }
    }
    let build_failed = |tf: &TestFlags| {
        println!("FAIL\t{} [build failed]", tp.display);
        if !tf.pkgs.is_empty() {
            println!("FAIL");
        }
        1
    };
    let object = match super::compile(&bf, &tp.program, true) {
        Ok(Some(o)) => o,
        Ok(None) | Err(_) => return Err(build_failed(tf)),
    };
    let runtime = super::link::find_runtime(&install).map_err(|e| {
        eprintln!("{e}");
        1
    })?;
    let obj_path = work.path.join("main.o");
    if let Err(e) = std::fs::write(&obj_path, &object) {
        eprintln!("rgo: writing {}: {e}", obj_path.display());
        return Err(1);
    }
    let exe = match (&tf.build.output, tf.compile_only) {
        (Some(o), _) => cwd.join(o),
        (None, true) => cwd.join(&tp.program.exe_name),
        (None, false) => work.path.join(&tp.program.exe_name),
    };
    let mut link_cmd = super::link::link_command(&obj_path, &runtime, &exe);
    if tf.build.print_commands {
        eprintln!("{}", super::link::show_command(&link_cmd));
    }
    if let Err(msg) = super::link::link(&mut link_cmd) {
        eprint!("{msg}");
        if !msg.ends_with('\n') {
            eprintln!();
        }
        return Err(build_failed(tf));
    }
    Ok(Built {
        exe: Some(exe),
        display: tp.display,
        dir: tp.dir,
        _work: work,
    })
}

/// One run of a test binary.
struct Run {
    /// The merged stdout and stderr when buffered (empty when streamed).
    output: Vec<u8>,
    /// `None`: success; otherwise `exit status N` / `signal: NAME`.
    failure: Option<String>,
    /// Whether the binary exited (rather than being killed by a signal).
    exited: bool,
    seconds: f64,
}

/// Runs the test binary in the package directory. Streamed: its output
/// goes to our stdout (stderr merged); otherwise it is captured.
fn run_binary(tf: &TestFlags, exe: &Path, dir: &Path, stream: bool, args: &[String]) -> Run {
    let mut cmd = Command::new(exe);
    cmd.args(args).current_dir(dir);
    if tf.build.print_commands {
        eprintln!("{}", super::link::show_command(&cmd));
    }
    let start = std::time::Instant::now();
    let mut output = Vec::new();
    let status = if stream {
        use std::os::fd::AsFd as _;
        let _ = std::io::stdout().flush();
        if let Ok(fd) = std::io::stdout().as_fd().try_clone_to_owned() {
            cmd.stderr(Stdio::from(fd));
        }
        cmd.status()
    } else {
        match std::io::pipe() {
            Ok((mut reader, writer)) => {
                let spawned = writer.try_clone().and_then(|w2| {
                    cmd.stdout(w2).stderr(writer);
                    cmd.spawn()
                });
                // The command holds the pipe's write ends: drop them so
                // that reading ends when the binary exits.
                drop(cmd);
                match spawned {
                    Ok(mut child) => {
                        let _ = reader.read_to_end(&mut output);
                        child.wait()
                    }
                    Err(e) => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    match status {
        Ok(s) => {
            use std::os::unix::process::ExitStatusExt as _;
            let failure = if s.success() {
                None
            } else if let Some(code) = s.code() {
                Some(format!("exit status {code}"))
            } else {
                let sig = s.signal().unwrap_or(0);
                Some(format!("signal: {}", super::signal_name(sig)))
            };
            Run {
                output,
                failure,
                exited: s.code().is_some(),
                seconds,
            }
        }
        Err(e) => Run {
            output,
            failure: Some(format!(
                "fork/exec {}: {}",
                exe.display(),
                load::io_reason(&e)
            )),
            exited: false,
            seconds,
        },
    }
}

/// Prints the run's output and `go test`'s verdict line; the exit status.
fn report(tf: &TestFlags, display: &str, run: &Run, stream: bool) -> i32 {
    let mut out = std::io::stdout().lock();
    let t = format!("{:.3}s", run.seconds);
    match &run.failure {
        None => {
            if tf.verbose {
                let _ = out.write_all(&run.output);
            }
            if !run.output.is_empty() && tf.verbose && !run.output.ends_with(b"\n") {
                let _ = out.write_all(b"\n");
            }
            let norun = if contains(&run.output, b"testing: warning: no tests to run\n") {
                " [no tests to run]"
            } else {
                ""
            };
            let _ = writeln!(out, "ok  \t{display}\t{t}{norun}");
            0
        }
        Some(err) => {
            let _ = out.write_all(&run.output);
            if !run.exited || stream || run.output.is_empty() {
                let _ = writeln!(out, "{err}");
            } else if !run.output.ends_with(b"\n") {
                let _ = out.write_all(b"\n");
            }
            let _ = writeln!(out, "FAIL\t{display}\t{t}");
            if !tf.pkgs.is_empty() {
                let _ = writeln!(out, "FAIL");
            }
            1
        }
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// gc's `isTest`: `name` is `prefix` alone or followed by a character that
/// is not a lower-case letter.
fn is_test_name(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// Test functions found in one package's test files.
#[derive(Default)]
struct Found {
    tests: Vec<String>,
    benchmarks: Vec<String>,
    test_main: bool,
}

/// Whether `ty` is `*<testing>.<name>` for the file's import name of
/// package testing.
fn is_testing_ptr(ty: &ast::Expr<'_>, testing: &str, name: &str) -> bool {
    if let ast::ExprKind::Star(inner) = &ty.kind {
        if let ast::ExprKind::Selector { x, sel } = &inner.kind {
            if let ast::ExprKind::Ident(id) = &x.kind {
                return id.name == testing && sel.name == name;
            }
        }
    }
    false
}

/// Scans test files for `TestXxx(*testing.T)`, `BenchmarkXxx(*testing.B)`
/// and `TestMain(*testing.M)`, in source order; a wrong signature is gc's
/// error.
fn scan(files: &[(String, String)], found: &mut Found) -> Result<(), LoadError> {
    let arena = bumpalo::Bump::new();
    let mut ids = ast::NodeIds::default();
    let mut sm = crate::syntax::span::SourceMap::default();
    let mut errors = String::new();
    for (name, text) in files {
        let fid = sm.add(name.clone(), text.clone());
        let src: &str = arena.alloc_str(text);
        let (file, _) = crate::syntax::parse_file(&arena, fid, src, &mut ids);
        let testing = file
            .imports
            .iter()
            .find(|i| i.path == "testing")
            .map(|i| i.name.map(|n| n.name).unwrap_or("testing"));
        for d in file.decls {
            let ast::Decl::Func(fd) = d else { continue };
            if fd.recv.is_some() {
                continue;
            }
            let fname = fd.name.name;
            let (kind, want) = if fname == "TestMain" {
                ("M", "func TestMain(m *testing.M)")
            } else if is_test_name(fname, "Test") {
                ("T", "")
            } else if is_test_name(fname, "Benchmark") {
                ("B", "")
            } else {
                continue;
            };
            let params = fd.ty.params.fields;
            let nparams: usize = params.iter().map(|f| f.names.len().max(1)).sum();
            let ok = nparams == 1
                && fd.ty.results.fields.is_empty()
                && testing.is_some_and(|t| is_testing_ptr(params[0].ty, t, kind));
            if !ok {
                let pos = sm.pos(fd.name.span);
                let want = if want.is_empty() {
                    let arg = if kind == "T" { "t" } else { "b" };
                    format!("func {fname}({arg} *testing.{kind})")
                } else {
                    want.to_string()
                };
                errors.push_str(&format!(
                    "{name}:{}:{}: wrong signature for {fname}, must be: {want}\n",
                    pos.line,
                    pos.col.saturating_sub(5)
                ));
                continue;
            }
            match kind {
                "M" => found.test_main = true,
                "T" => found.tests.push(fname.to_string()),
                _ => found.benchmarks.push(fname.to_string()),
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(LoadError(errors))
    }
}

/// Quotes a string as a Go interpreted string literal.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The generated test main (gc's `_testmain.go`, reduced).
fn generate_main(files: &TestFiles) -> Result<String, LoadError> {
    let mut internal = Found::default();
    let mut external = Found::default();
    scan(&files.internal, &mut internal)?;
    scan(&files.external, &mut external)?;
    let uses_internal =
        !internal.tests.is_empty() || !internal.benchmarks.is_empty() || internal.test_main;
    let mut s = String::from("// Code generated by 'rgo test'. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"os\"\n\t\"testing\"\n");
    let path = go_quote(&files.import_path);
    if uses_internal {
        s.push_str(&format!("\t_test {path}\n"));
    } else {
        s.push_str(&format!("\t_ {path}\n"));
    }
    let has_x = !files.external.is_empty();
    if has_x {
        let xpath = go_quote(&format!("{}_test", files.import_path));
        let used =
            !external.tests.is_empty() || !external.benchmarks.is_empty() || external.test_main;
        let name = if used { "_xtest" } else { "_" };
        s.push_str(&format!("\t{name} {xpath}\n"));
    }
    s.push_str(")\n\nvar tests = []testing.InternalTest{\n");
    for (pkg, f) in [("_test", &internal), ("_xtest", &external)] {
        for t in &f.tests {
            s.push_str(&format!("\t{{{}, {pkg}.{t}}},\n", go_quote(t)));
        }
    }
    s.push_str("}\n\nvar benchmarks = []testing.InternalBenchmark{\n");
    for (pkg, f) in [("_test", &internal), ("_xtest", &external)] {
        for b in &f.benchmarks {
            s.push_str(&format!("\t{{{}, {pkg}.{b}}},\n", go_quote(b)));
        }
    }
    s.push_str("}\n\n");
    s.push_str(&format!(
        "func main() {{\n\tm := testing.MainStart({path}, tests, benchmarks)\n"
    ));
    if internal.test_main || external.test_main {
        let pkg = if internal.test_main {
            "_test"
        } else {
            "_xtest"
        };
        s.push_str(&format!(
            "\t{pkg}.TestMain(m)\n\tos.Exit(testing.RgoExitCode(m))\n}}\n"
        ));
    } else {
        s.push_str("\tos.Exit(m.Run())\n}\n");
    }
    Ok(s)
}

/// One benchmark result line, parsed (`BenchmarkX-2  100  12.5 ns/op ...`).
#[derive(Debug, Clone, PartialEq)]
struct BenchLine {
    name: String,
    ns: Option<f64>,
    bytes: Option<f64>,
    allocs: Option<f64>,
}

fn parse_bench_lines(out: &[u8]) -> Vec<BenchLine> {
    let text = String::from_utf8_lossy(out);
    let mut v = Vec::new();
    for line in text.lines() {
        if !line.starts_with("Benchmark") {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() < 4 || fields[1].parse::<u64>().is_err() {
            continue;
        }
        let mut b = BenchLine {
            name: fields[0].to_string(),
            ns: None,
            bytes: None,
            allocs: None,
        };
        for w in fields[2..].windows(2) {
            let Ok(x) = w[0].parse::<f64>() else { continue };
            match w[1] {
                "ns/op" => b.ns = Some(x),
                "B/op" => b.bytes = Some(x),
                "allocs/op" => b.allocs = Some(x),
                _ => {}
            }
        }
        v.push(b);
    }
    v
}

/// `-escape=compare`: the benchmarks with escape analysis on and off.
fn compare(tf: &TestFlags) -> i32 {
    let mut args = tf.bin_args.clone();
    if !tf.bench {
        args.push("-test.bench=.".to_string());
    }
    if !args.iter().any(|a| a.starts_with("-test.benchmem")) {
        args.push("-test.benchmem=true".to_string());
    }
    if !args.iter().any(|a| a.starts_with("-test.run")) {
        args.push("-test.run=^$".to_string());
    }
    let mut results = Vec::new();
    for (label, extra) in [("escape on", None), ("escape off", Some("-d=noescape"))] {
        let built = match build(tf, extra) {
            Ok(b) => b,
            Err(status) => return status,
        };
        let Some(exe) = built.exe.as_ref() else {
            return 0;
        };
        let run = run_binary(tf, exe, &built.dir, false, &args);
        if run.failure.is_some() {
            eprintln!("rgo test -escape=compare: the benchmarks failed with {label}:");
            report(tf, &built.display, &run, false);
            return 1;
        }
        results.push((built.display.clone(), parse_bench_lines(&run.output)));
    }
    let (display, on) = &results[0];
    let off = &results[1].1;
    print!("{}", compare_table(display, on, off));
    0
}

fn fmt_opt(x: Option<f64>) -> String {
    match x {
        Some(v) if v.fract() == 0.0 && v.abs() < 1e15 => format!("{v:.0}"),
        Some(v) => format!("{v:.2}"),
        None => "-".to_string(),
    }
}

fn ratio(on: Option<f64>, off: Option<f64>) -> String {
    match (on, off) {
        (Some(a), Some(b)) if a == b => "1.00x".to_string(),
        (Some(a), Some(b)) if a > 0.0 => format!("{:.2}x", b / a),
        (Some(_), Some(_)) => "inf".to_string(),
        _ => "-".to_string(),
    }
}

/// The side-by-side table: one row per benchmark, each metric with escape
/// analysis on, off, and the ratio off/on.
fn compare_table(display: &str, on: &[BenchLine], off: &[BenchLine]) -> String {
    let mut rows = vec![[
        "benchmark".to_string(),
        "ns/op on".to_string(),
        "ns/op off".to_string(),
        "off/on".to_string(),
        "B/op on".to_string(),
        "B/op off".to_string(),
        "off/on".to_string(),
        "allocs on".to_string(),
        "allocs off".to_string(),
        "off/on".to_string(),
    ]];
    for b in on {
        let o = off.iter().find(|x| x.name == b.name);
        let get = |f: fn(&BenchLine) -> Option<f64>| o.and_then(f);
        rows.push([
            b.name.clone(),
            fmt_opt(b.ns),
            fmt_opt(get(|x| x.ns)),
            ratio(b.ns, get(|x| x.ns)),
            fmt_opt(b.bytes),
            fmt_opt(get(|x| x.bytes)),
            ratio(b.bytes, get(|x| x.bytes)),
            fmt_opt(b.allocs),
            fmt_opt(get(|x| x.allocs)),
            ratio(b.allocs, get(|x| x.allocs)),
        ]);
    }
    let mut widths = [0usize; 10];
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.len());
        }
    }
    let mut s = format!(
        "pkg: {display}\nescape analysis on vs off (-gcflags=-d=noescape); off/on is the ratio\n"
    );
    for r in &rows {
        let mut line = String::new();
        for (i, (c, w)) in r.iter().zip(widths).enumerate() {
            if i == 0 {
                line.push_str(&format!("{c:<w$}"));
            } else {
                line.push_str(&format!("  {c:>w$}"));
            }
        }
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_names() {
        assert!(is_test_name("Test", "Test"));
        assert!(is_test_name("TestFoo", "Test"));
        assert!(is_test_name("Test_foo", "Test"));
        assert!(!is_test_name("Testfoo", "Test"));
        assert!(is_test_name("BenchmarkX", "Benchmark"));
    }

    #[test]
    fn flags() {
        let args: Vec<String> = ["-v", "-run", "A|B", "./x", "-bench=.", "-count", "2", "-zz"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let tf = parse_flags(&args).unwrap();
        assert_eq!(tf.pkgs, ["./x"]);
        assert!(tf.verbose && tf.bench);
        assert_eq!(
            tf.bin_args,
            [
                "-test.v=true",
                "-test.run=A|B",
                "-test.bench=.",
                "-test.count=2",
                "-zz"
            ]
        );
    }

    #[test]
    fn bench_lines() {
        let out = b"goos: linux\nBenchmarkAlloc-2   \t     100\t        23.63 ns/op\t       8 B/op\t       1 allocs/op\nPASS\n";
        let v = parse_bench_lines(out);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].name, "BenchmarkAlloc-2");
        assert_eq!(v[0].ns, Some(23.63));
        assert_eq!(v[0].bytes, Some(8.0));
        assert_eq!(v[0].allocs, Some(1.0));
    }
}
