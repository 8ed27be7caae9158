//! Command-line options of the test runner and the table of build variants.
//!
//! Run tests are built once per enabled [`Variant`]; the table is the single
//! place to add modes (e.g. Cranelift opt levels).  Variants marked
//! `default` run unless `--variants` or `RGO_TEST_VARIANTS` says otherwise:
//! every run test is checked with escape analysis on and off
//! (`-d=noescape`), and with Cranelift's `opt_level=speed` (the default, in
//! the plain variant) and `none` (`-d=opt=none`); none of these may change a
//! program's output.  The `gcstress` and `gcmark` variants (not default;
//! `make test-gc`) run each program with one of the collector's stress modes
//! (stop-the-world collection at every allocation; incremental marking
//! always on, one object per allocation) and the heap verifier on.

use std::env;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One way of building every `// run` test; the expectations never change.
#[derive(Debug)]
pub struct Variant {
    pub name: &'static str,
    /// Passed to `rgo build` as `-gcflags=<gcflags>` (empty: no flag).
    pub gcflags: &'static str,
    /// Extra environment for running the built program.
    pub env: &'static [(&'static str, &'static str)],
    /// Runs without `--variants`.
    pub default: bool,
}

/// All variants, plain first.  gc does not understand rgo's `-d=` keys, so
/// oracle and bless modes use the plain variant only.
pub const VARIANTS: &[Variant] = &[
    Variant {
        name: "plain",
        gcflags: "",
        env: &[],
        default: true,
    },
    Variant {
        name: "noescape",
        gcflags: "-d=noescape",
        env: &[],
        default: true,
    },
    // The plain variant uses Cranelift's default `opt_level=speed`; this one
    // builds every run test with `opt_level=none`, which must agree.
    Variant {
        name: "optnone",
        gcflags: "-d=opt=none",
        env: &[],
        default: true,
    },
    // The collector's stress mode (`make test-gc`): collect at every
    // allocation, poison freed memory, verify the heap after every cycle.
    Variant {
        name: "gcstress",
        gcflags: "",
        env: &[("GODEBUG", "gcstress=1,gcverify=1")],
        default: false,
    },
    // Incremental marking under stress (`make test-gc`): a cycle is always
    // marking, one object per allocation, so the program runs with the
    // write barrier on; every mark termination is checked against a mark
    // from the current roots (gccheckmark: a missing barrier is a fatal
    // error), freed memory is poisoned and the heap verified.
    Variant {
        name: "gcmark",
        gcflags: "",
        env: &[("GODEBUG", "gcmarkstress=1,gccheckmark=1,gcverify=1")],
        default: false,
    },
];

/// What the runner does with each test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Check rgo against the goldens.
    Test,
    /// Check gc against the goldens (they must be up to date).
    Oracle,
    /// Rewrite the goldens from gc.
    Bless,
}

/// Parsed command line.
#[derive(Debug)]
pub struct Options {
    pub mode: Mode,
    pub filters: Vec<String>,
    /// Test directories to walk (`run`, `errorcheck`, ...); empty means all.
    pub dirs: Vec<String>,
    pub jobs: usize,
    pub rgo: PathBuf,
    pub go: PathBuf,
    pub variants: Vec<&'static Variant>,
    pub verbose: bool,
    pub list: bool,
    pub keep: bool,
    /// Ignore tests/xfail.txt (it lists rgo's known failures, not another compiler's).
    pub no_xfail: bool,
    pub run_timeout: Duration,
    pub build_timeout: Duration,
    /// Workspace root (parent of `tests/`).
    pub root: PathBuf,
}

pub const USAGE: &str = "\
usage: testsuite [options] [FILTER...]

Runs tests/{run,errorcheck,escape,cli} against rgo; expectations come from gc.
A test runs if its name (e.g. run/fib_recursive, cli/unknown_flag) contains
any FILTER substring.

options:
  -j, --jobs N        parallel jobs (default: number of cores)
  --dir NAME          only tests/NAME (run, errorcheck, escape, cli); repeatable
  --rgo PATH          rgo binary (env RGO; default target/release/rgo,
                      else target/debug/rgo)
  --go PATH           gc's go command (env GO; default .venv/bin/go)
  --oracle            check gc itself against every golden and annotation
  --bless             rewrite .out/.err goldens from gc (never from rgo)
  --variants LIST     run-test variants: all, or names joined by commas
                      (env RGO_TEST_VARIANTS; default: plain,noescape,optnone)
  --timeout SECS      per test-program run deadline, in CPU seconds (default 20;
                      wall-clock time is capped at four times it)
  --build-timeout S   per compiler/go-command deadline, the same way (default 300)
  --list              list the selected tests and exit
  --keep              keep the scratch directory
  --no-xfail          ignore tests/xfail.txt (for selftest: gc has no known failures)
  -v, --verbose       print passing tests and full failure details
  -h, --help          this help
";

fn value(
    args: &mut impl Iterator<Item = String>,
    flag: &str,
    inline: Option<String>,
) -> Result<String, String> {
    inline
        .or_else(|| args.next())
        .ok_or_else(|| format!("flag needs an argument: {flag}"))
}

fn parse_variants(s: &str) -> Result<Vec<&'static Variant>, String> {
    if s == "all" {
        return Ok(VARIANTS.iter().collect());
    }
    s.split(',')
        .filter(|n| !n.is_empty())
        .map(|n| {
            VARIANTS.iter().find(|v| v.name == n).ok_or_else(|| {
                let names: Vec<&str> = VARIANTS.iter().map(|v| v.name).collect();
                format!("unknown variant {n:?} (known: {})", names.join(", "))
            })
        })
        .collect()
}

fn default_rgo(root: &Path) -> PathBuf {
    let release = root.join("target/release/rgo");
    if release.exists() {
        return release;
    }
    root.join("target/debug/rgo")
}

impl Options {
    /// Parses `args` (without the program name).  `Ok(None)` means help was printed.
    pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<Options>, String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("tests/ has a parent")
            .to_path_buf();
        let mut o = Options {
            mode: Mode::Test,
            filters: Vec::new(),
            dirs: Vec::new(),
            jobs: std::thread::available_parallelism().map_or(2, |n| n.get()),
            rgo: env::var_os("RGO").map_or_else(|| default_rgo(&root), PathBuf::from),
            go: env::var_os("GO").map_or_else(|| root.join(".venv/bin/go"), PathBuf::from),
            variants: Vec::new(),
            verbose: false,
            list: false,
            keep: false,
            no_xfail: false,
            run_timeout: Duration::from_secs(20),
            build_timeout: Duration::from_secs(300),
            root,
        };
        let mut variants = env::var("RGO_TEST_VARIANTS").ok().filter(|s| !s.is_empty());
        let mut args = args.into_iter();
        while let Some(a) = args.next() {
            let (flag, inline) = match a.split_once('=') {
                Some((f, v)) if f.starts_with('-') => (f.to_string(), Some(v.to_string())),
                _ => (a.clone(), None),
            };
            match flag.as_str() {
                "-h" | "--help" => {
                    print!("{USAGE}");
                    return Ok(None);
                }
                "-v" | "--verbose" => o.verbose = true,
                "--oracle" => o.mode = Mode::Oracle,
                "--bless" => o.mode = Mode::Bless,
                "--list" => o.list = true,
                "--keep" => o.keep = true,
                "--no-xfail" => o.no_xfail = true,
                "-j" | "--jobs" => {
                    let v = value(&mut args, &flag, inline)?;
                    o.jobs = v.parse().map_err(|_| format!("bad -j value {v:?}"))?;
                }
                "--dir" => o.dirs.push(value(&mut args, &flag, inline)?),
                "--rgo" => o.rgo = value(&mut args, &flag, inline)?.into(),
                "--go" => o.go = value(&mut args, &flag, inline)?.into(),
                "--variants" => variants = Some(value(&mut args, &flag, inline)?),
                "--timeout" | "--build-timeout" => {
                    let v = value(&mut args, &flag, inline)?;
                    let secs: u64 = v.parse().map_err(|_| format!("bad {flag} value {v:?}"))?;
                    if flag == "--timeout" {
                        o.run_timeout = Duration::from_secs(secs);
                    } else {
                        o.build_timeout = Duration::from_secs(secs);
                    }
                }
                f if f.starts_with("-j") && f[2..].parse::<usize>().is_ok() => {
                    o.jobs = f[2..].parse().unwrap();
                }
                f if f.starts_with('-') => return Err(format!("unknown flag {f}\n\n{USAGE}")),
                _ => o.filters.push(a),
            }
        }
        o.jobs = o.jobs.max(1);
        for d in &o.dirs {
            if !["run", "errorcheck", "escape", "cli"].contains(&d.as_str()) {
                return Err(format!("unknown test directory {d:?}"));
            }
        }
        o.variants = match variants {
            Some(v) => parse_variants(&v)?,
            None => VARIANTS.iter().filter(|v| v.default).collect(),
        };
        if o.variants.is_empty() {
            return Err("no variants selected".into());
        }
        if o.mode != Mode::Test {
            o.variants = vec![&VARIANTS[0]];
        }
        o.rgo = std::path::absolute(&o.rgo).map_err(|e| e.to_string())?;
        o.go = std::path::absolute(&o.go).map_err(|e| e.to_string())?;
        Ok(Some(o))
    }

    /// Does a test called `name` pass the filters?
    pub fn selected(&self, name: &str) -> bool {
        self.filters.is_empty() || self.filters.iter().any(|f| name.contains(f.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(v: &[&str]) -> Options {
        Options::parse(v.iter().map(|s| s.to_string()))
            .unwrap()
            .unwrap()
    }

    #[test]
    fn flags() {
        let o = parse(&[
            "-j",
            "3",
            "--rgo=/x/rgo",
            "run/fib",
            "--variants",
            "all",
            "-v",
        ]);
        assert_eq!(o.jobs, 3);
        assert_eq!(o.rgo, PathBuf::from("/x/rgo"));
        assert_eq!(o.filters, ["run/fib"]);
        assert_eq!(o.variants.len(), VARIANTS.len());
        assert!(o.verbose);
        assert_eq!(parse(&["-j4"]).jobs, 4);
        assert_eq!(parse(&["--dir", "run", "--dir=cli"]).dirs, ["run", "cli"]);
        assert!(parse(&["x", "y"]).selected("a/y/b"));
        assert!(!parse(&["x"]).selected("run/fib"));
    }

    #[test]
    fn oracle_uses_plain_only() {
        let o = parse(&["--oracle", "--variants=all"]);
        assert_eq!(o.mode, Mode::Oracle);
        assert_eq!(o.variants.len(), 1);
        assert_eq!(o.variants[0].name, "plain");
    }

    #[test]
    fn errors() {
        assert!(Options::parse(["--nope".to_string()]).is_err());
        assert!(Options::parse(["--variants=bogus".to_string()]).is_err());
        assert!(Options::parse(["-j".to_string()]).is_err());
        assert!(Options::parse(["--dir=nope".to_string()]).is_err());
    }
}
