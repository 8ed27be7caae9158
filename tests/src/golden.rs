//! Golden files and how outputs are compared with them.
//!
//! A `.out` golden holds a program's exact stdout (absent means empty).  A
//! `.err` golden exists only when gc's program (or go command) exited
//! non-zero and holds two lines: `exit status N` and the first line of
//! stderr, where for command-line cases a leading `# package` header line is
//! skipped and a `dir/file.go:LINE` prefix is cut to `file.go:LINE`.  Goldens
//! are only ever written from gc's behaviour (bless mode); this module also
//! renders short diffs for failure reports.

use crate::errorcheck::normalise_path;
use crate::exec::{Outcome, Status};
use regex::Regex;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The expectation for one program run, as stored next to its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expect {
    pub stdout: Vec<u8>,
    /// `None`: exit status 0 and stderr unchecked.
    pub err: Option<ErrLine>,
}

/// Contents of a `.err` golden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrLine {
    pub status: String,
    pub first: String,
}

/// Paths of the goldens belonging to a test file (`x.go` → `x.out`, `x.err`).
pub struct Goldens {
    pub out: PathBuf,
    pub err: PathBuf,
}

impl Goldens {
    pub fn beside(test: &Path) -> Goldens {
        Goldens {
            out: test.with_extension("out"),
            err: test.with_extension("err"),
        }
    }

    pub fn load(&self) -> io::Result<Expect> {
        let stdout = match fs::read(&self.out) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(e),
        };
        let err = match fs::read_to_string(&self.err) {
            Ok(s) => {
                let mut lines = s.lines();
                Some(ErrLine {
                    status: lines.next().unwrap_or("").to_string(),
                    first: lines.next().unwrap_or("").to_string(),
                })
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(e),
        };
        Ok(Expect { stdout, err })
    }

    /// Writes (or removes) the goldens so that they describe `e`.
    pub fn store(&self, e: &Expect) -> io::Result<()> {
        write_or_remove(
            &self.out,
            (!e.stdout.is_empty()).then_some(e.stdout.as_slice()),
        )?;
        let err = e
            .err
            .as_ref()
            .map(|l| format!("{}\n{}\n", l.status, l.first).into_bytes());
        write_or_remove(&self.err, err.as_deref())
    }
}

fn write_or_remove(p: &Path, data: Option<&[u8]>) -> io::Result<()> {
    match data {
        Some(d) => fs::write(p, d),
        None => match fs::remove_file(p) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        },
    }
}

/// The first line of `stderr`; with `skip_header`, a leading `# pkg` line is
/// skipped (the go command's package banner before compile errors).
pub fn first_line(stderr: &[u8], skip_header: bool) -> String {
    let s = String::from_utf8_lossy(stderr);
    let mut lines = s.lines();
    let mut l = lines.next().unwrap_or("");
    if skip_header && l.starts_with("# ") {
        l = lines.next().unwrap_or("");
    }
    normalise_path(l)
}

/// What a finished run says, in golden form.
pub fn observed(o: &Outcome, skip_header: bool) -> Expect {
    Expect {
        stdout: o.stdout.clone(),
        err: (!o.status.success()).then(|| ErrLine {
            status: o.status.describe(),
            first: first_line(&o.stderr, skip_header),
        }),
    }
}

fn self_name_rx() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| Regex::new(r#"(^|[\s'"(])go([\s:])"#).unwrap())
}

/// Turns gc's self-references into rgo's: `go build: ...` → `rgo build: ...`,
/// `Run 'go help'` → `Run 'rgo help'`; `go.mod` and `x.go:` are untouched.
/// `scripts/go-as-rgo` applies the same rule with sed.
pub fn rgoify(line: &str) -> String {
    // Applied twice because adjacent matches share their separator.
    let once = self_name_rx().replace_all(line, "${1}rgo${2}");
    // `go files` names the language, not the command (`no go files listed`).
    self_name_rx()
        .replace_all(&once, "${1}rgo${2}")
        .replace("rgo files", "go files")
}

fn show(b: &[u8]) -> String {
    let s = String::from_utf8_lossy(b);
    let mut t: String = s.chars().take(120).collect();
    if s.chars().count() > 120 {
        t.push('…');
    }
    format!("{t:?}")
}

/// A short diff of two byte strings: the first differing line and the totals.
pub fn short_diff(what: &str, want: &[u8], got: &[u8]) -> Vec<String> {
    let w: Vec<&[u8]> = want.split(|&b| b == b'\n').collect();
    let g: Vec<&[u8]> = got.split(|&b| b == b'\n').collect();
    let i = w.iter().zip(&g).take_while(|(a, b)| a == b).count();
    let mut v = vec![format!(
        "{what} differs at line {} (want {} bytes/{} lines, got {} bytes/{} lines)",
        i + 1,
        want.len(),
        want.iter().filter(|&&b| b == b'\n').count(),
        got.len(),
        got.iter().filter(|&&b| b == b'\n').count()
    )];
    v.push(format!(
        "  want: {}",
        w.get(i).map_or("<end>".into(), |l| show(l))
    ));
    v.push(format!(
        "  got:  {}",
        g.get(i).map_or("<end>".into(), |l| show(l))
    ));
    v
}

/// Compares what happened with what the goldens say; empty means a match.
/// `map_expected` rewrites the expected first stderr line (see [`rgoify`]).
pub fn compare(want: &Expect, got: &Expect, map_expected: fn(&str) -> String) -> Vec<String> {
    let mut problems = Vec::new();
    match (&want.err, &got.err) {
        (None, None) => {}
        (None, Some(g)) => problems.push(format!(
            "want exit status 0, got {}; stderr: {}",
            g.status,
            show(g.first.as_bytes())
        )),
        (Some(w), None) => problems.push(format!(
            "want {} with stderr {}, got exit status 0",
            w.status,
            show(w.first.as_bytes())
        )),
        (Some(w), Some(g)) => {
            if w.status != g.status {
                problems.push(format!("want {}, got {}", w.status, g.status));
            }
            let wf = map_expected(&w.first);
            if wf != g.first {
                problems.push("stderr's first line differs".to_string());
                problems.push(format!("  want: {}", show(wf.as_bytes())));
                problems.push(format!("  got:  {}", show(g.first.as_bytes())));
            }
        }
    }
    if want.stdout != got.stdout {
        problems.extend(short_diff("stdout", &want.stdout, &got.stdout));
    }
    problems
}

/// Identity mapping for [`compare`].
pub fn same(s: &str) -> String {
    s.to_string()
}

/// Makes `go test` output comparable between runs: timings become
/// `0.000s` / `(0.00s)`, the `cpu:` line `cpu: CPU`, and a benchmark result
/// line keeps only its name (without the `-GOMAXPROCS` suffix) and the
/// metrics that do not measure time (`B/op`, `allocs/op`, custom units),
/// tab-separated. Everything else is kept byte for byte.
pub fn normalise_test_output(out: &[u8]) -> Vec<u8> {
    static TIMING: OnceLock<Regex> = OnceLock::new();
    static DURATION: OnceLock<Regex> = OnceLock::new();
    static SUFFIX: OnceLock<Regex> = OnceLock::new();
    let timing = TIMING.get_or_init(|| Regex::new(r"^(ok  |FAIL)\t(\S+)\t\d+\.\d+s").unwrap());
    let duration = DURATION.get_or_init(|| Regex::new(r"\(\d+\.\d+s\)").unwrap());
    let suffix = SUFFIX.get_or_init(|| Regex::new(r"-\d+$").unwrap());
    let text = String::from_utf8_lossy(out);
    let mut res = String::new();
    for line in text.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        let fields: Vec<&str> = body.split_whitespace().collect();
        let is_result = body.starts_with("Benchmark")
            && fields.len() >= 4
            && fields[1].parse::<u64>().is_ok()
            && fields[3] == "ns/op";
        let norm = if is_result {
            let mut v = vec![suffix.replace(fields[0], "").into_owned()];
            for pair in fields[2..].chunks(2) {
                if pair.len() == 2 && pair[1] != "ns/op" && pair[1] != "MB/s" {
                    v.push(format!("{} {}", pair[0], pair[1]));
                }
            }
            v.join("\t")
        } else if body.starts_with("cpu: ") {
            "cpu: CPU".to_string()
        } else {
            let b = timing.replace(body, "$1\t$2\t0.000s");
            duration.replace_all(&b, "(0.00s)").into_owned()
        };
        res.push_str(&norm);
        res.push_str(nl);
    }
    res.into_bytes()
}

/// Is this an rgo crash (a Rust panic) rather than a diagnostic?
pub fn rust_panic(o: &Outcome) -> Option<String> {
    let s = String::from_utf8_lossy(&o.stderr);
    if o.status == Status::Exited(101) || s.contains("panicked at") {
        let l = s
            .lines()
            .find(|l| l.contains("panicked at"))
            .unwrap_or("exit status 101");
        return Some(l.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_output_is_normalised() {
        let got = normalise_test_output(
            b"cpu: AMD EPYC\nBenchmarkX-2   \t     100\t        23.63 ns/op\t       8 B/op\t       1 allocs/op\n--- FAIL: TestA (0.01s)\nFAIL\tpkg\t0.123s\nok  \tpkg\t1.5s [no tests to run]\n",
        );
        assert_eq!(
            String::from_utf8(got).unwrap(),
            "cpu: CPU\nBenchmarkX\t8 B/op\t1 allocs/op\n--- FAIL: TestA (0.00s)\nFAIL\tpkg\t0.000s\nok  \tpkg\t0.000s [no tests to run]\n"
        );
    }

    #[test]
    fn rgoify_only_self_references() {
        assert_eq!(
            rgoify("go frob: unknown command"),
            "rgo frob: unknown command"
        );
        assert_eq!(rgoify("go: reading bin.go: x"), "rgo: reading bin.go: x");
        assert_eq!(
            rgoify("nosuch.go: go.mod file not found; see 'go help modules'"),
            "nosuch.go: go.mod file not found; see 'rgo help modules'"
        );
        assert_eq!(
            rgoify("usage: go build [-o output]"),
            "usage: rgo build [-o output]"
        );
        assert_eq!(
            rgoify("flag provided but not defined: -x"),
            "flag provided but not defined: -x"
        );
    }

    #[test]
    fn first_line_skips_header() {
        let e = b"# command-line-arguments\n./x.go:3:2: declared and not used: y\n";
        assert_eq!(first_line(e, true), "x.go:3:2: declared and not used: y");
        assert_eq!(first_line(e, false), "# command-line-arguments");
        assert_eq!(first_line(b"", true), "");
    }

    #[test]
    fn compare_reports() {
        let want = Expect {
            stdout: b"a\nb\n".to_vec(),
            err: Some(ErrLine {
                status: "exit status 2".into(),
                first: "panic: boom".into(),
            }),
        };
        assert!(compare(&want, &want.clone(), same).is_empty());
        let got = Expect {
            stdout: b"a\nc\n".to_vec(),
            err: None,
        };
        let p = compare(&want, &got, same);
        assert!(p[0].contains("got exit status 0"), "{p:?}");
        assert!(p[1].contains("line 2"), "{p:?}");
    }
}
