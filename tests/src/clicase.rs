//! The data format of command-line cases, `tests/cli/<name>.txt`.
//!
//! ```text
//! # What the case checks (comment lines start with '#').
//! args: build -gcflags='-m -l' main.go
//! hexfile: junk.go 7f454c4600
//! -- main.go --
//! package main
//! ```
//!
//! `args:` (required) is the command line after the program name, split with
//! shell-like quoting; it is run as `go ARGS` (oracle, bless) or `rgo ARGS`
//! (test) in a fresh scratch directory holding the listed files: `-- NAME --`
//! sections as in txtar (an empty section makes an empty file) and
//! `hexfile: NAME HEX` for binary contents.  `exists: NAME` requires the
//! command to create that file (checked for gc too), and `skip: REASON`
//! skips the case. `env: KEY=VALUE` sets an environment variable for the
//! command. `allocsites: POS CALLS NAME` checks a row of the
//! `GODEBUG=allocsites=1` table on stderr (`runtime/src/allocsites.rs`):
//! the site at `POS` (`main.go:12:9`, the `-m` position without its
//! directory) must show `CALLS` times the allocations and bytes per call
//! that the program printed on stdout in a line `NAME: A allocs/call, B
//! bytes/call` (no row at all when they are 0). gc has no such table, so the
//! per-call figures come from the program itself (`testing.AllocsPerRun`,
//! `MemStats` deltas) and stdout must match the `.out` golden recorded with
//! gc: the row is checked against gc's facts, never against rgo's own
//! output. The table is required from rgo proper, not from gc or gc posing
//! as rgo (which print none). `stderr: exact` compares the command's whole
//! stderr, in order, with the `<name>.stderr` golden written from gc's
//! (for `-m` output, whose order the errorcheck files do not check).
//! Goldens are `<name>.out` and `<name>.err` (see the `golden` module).

use crate::recipe::split_quoted;

/// A parsed `.txt` case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliCase {
    pub args: Vec<String>,
    pub files: Vec<(String, Vec<u8>)>,
    /// Files the command must create.
    pub exists: Vec<String>,
    pub skip: Option<String>,
    /// Environment for the command.
    pub env: Vec<(String, String)>,
    /// Expected rows of the allocation-site table: position, number of
    /// calls, and the name of the stdout line with the per-call figures.
    pub allocsites: Vec<(String, u64, String)>,
    /// `stderr: exact`: the whole stderr must equal the `.stderr` golden.
    pub exact_stderr: bool,
}

fn unhex(s: &str) -> Result<Vec<u8>, String> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if !s.len().is_multiple_of(2) {
        return Err("hexfile: odd number of hex digits".into());
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(|e| format!("hexfile: {e}")))
        .collect()
}

fn section_name(line: &str) -> Option<&str> {
    line.strip_prefix("-- ")?.strip_suffix(" --").map(str::trim)
}

/// Parses the text of a case file.
pub fn parse(text: &str) -> Result<CliCase, String> {
    let mut case = CliCase {
        args: Vec::new(),
        files: Vec::new(),
        exists: Vec::new(),
        skip: None,
        env: Vec::new(),
        allocsites: Vec::new(),
        exact_stderr: false,
    };
    let mut have_args = false;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(raw) = lines.peek() {
        let line = raw.trim_end_matches(['\n', '\r']);
        if section_name(line).is_some() {
            break;
        }
        lines.next();
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, val) = line
            .split_once(':')
            .ok_or_else(|| format!("bad line {line:?}"))?;
        match key.trim() {
            "args" => {
                case.args = split_quoted(val)?;
                have_args = true;
            }
            "hexfile" => {
                let (name, hex) = val.trim().split_once(' ').unwrap_or((val.trim(), ""));
                case.files.push((name.to_string(), unhex(hex)?));
            }
            "exists" => case.exists.push(val.trim().to_string()),
            "stderr" if val.trim() == "exact" => case.exact_stderr = true,
            "skip" => case.skip = Some(val.trim().to_string()),
            "env" => {
                let (k, v) = val
                    .trim()
                    .split_once('=')
                    .ok_or_else(|| format!("env: want KEY=VALUE, got {val:?}"))?;
                case.env.push((k.to_string(), v.to_string()));
            }
            "allocsites" => {
                let f: Vec<&str> = val.split_whitespace().collect();
                match f.as_slice() {
                    [pos, n, name] => {
                        let n = n.parse::<u64>().map_err(|e| format!("allocsites: {e}"))?;
                        case.allocsites.push((pos.to_string(), n, name.to_string()))
                    }
                    _ => return Err(format!("allocsites: want POS CALLS NAME, got {val:?}")),
                }
            }
            k => return Err(format!("unknown key {k:?}")),
        }
    }
    let mut current: Option<(String, Vec<u8>)> = None;
    for raw in lines {
        let line = raw.trim_end_matches(['\n', '\r']);
        if let Some(name) = section_name(line) {
            case.files.extend(current.take());
            current = Some((name.to_string(), Vec::new()));
        } else if let Some((_, data)) = current.as_mut() {
            data.extend_from_slice(raw.as_bytes());
        }
    }
    case.files.extend(current);
    if !have_args {
        return Err("missing 'args:' line".into());
    }
    for name in case.files.iter().map(|(n, _)| n).chain(&case.exists) {
        if name.is_empty() || name.contains("..") || name.starts_with('/') {
            return Err(format!("bad file name {name:?}"));
        }
    }
    Ok(case)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_case() {
        let c = parse(
            "# comment\nargs: build -gcflags='-m -l' main.go\nhexfile: b.go 00 ff\nexists: out\n\
             -- empty.go --\n-- main.go --\npackage main\n\nfunc main() {}\n",
        )
        .unwrap();
        assert_eq!(c.args, ["build", "-gcflags=-m -l", "main.go"]);
        assert_eq!(c.files[0], ("b.go".to_string(), vec![0, 255]));
        assert_eq!(c.files[1], ("empty.go".to_string(), vec![]));
        assert_eq!(c.files[2].1, b"package main\n\nfunc main() {}\n");
        assert_eq!(c.exists, ["out"]);
        assert_eq!(c.skip, None);
    }

    #[test]
    fn errors() {
        assert!(parse("# no args\n").is_err());
        assert!(parse("args: x\nhexfile: a 0\n").is_err());
        assert!(parse("args: x\nbogus: 1\n").is_err());
        assert!(parse("args: x\n-- ../evil --\n").is_err());
    }
}
