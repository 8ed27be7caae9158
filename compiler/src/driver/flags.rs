//! Command-line flags of `rgo build` and `rgo run`, parsed with the rules of
//! Go's `flag` package so that every message matches `go`'s.
//!
//! Flags come before the positional arguments: the first argument that is
//! not a flag (or a `--`) ends them. A flag is `-name` or `--name`; a value
//! is given as `-name=value` or as the next argument (booleans only take the
//! `=` form). The build flags rgo knows are `-o` (build only), `-exec` (run
//! only), `-gcflags`, `-v`, `-x`, `-a` (accepted: rgo has no build cache)
//! and `-work`.

use super::session::{parse_bool, parse_gcflags_value, GcFlagsArg};

/// Which subcommand the flags belong to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Command {
    Build,
    Run,
}

impl Command {
    pub fn name(self) -> &'static str {
        match self {
            Command::Build => "build",
            Command::Run => "run",
        }
    }

    /// The one-line usage `go` prints after a flag error (with `rgo`).
    pub fn usage_line(self) -> &'static str {
        match self {
            Command::Build => "usage: rgo build [-o output] [build flags] [packages]",
            Command::Run => "usage: rgo run [build flags] [-exec xprog] package [arguments...]",
        }
    }

    /// The short usage: the usage line and where to read more.
    pub fn short_usage(self) -> String {
        format!(
            "{}\nRun 'rgo help {}' for details.\n",
            self.usage_line(),
            self.name()
        )
    }
}

/// The parsed flags and arguments of `rgo build` / `rgo run`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BuildFlags {
    /// `-o`: the output file or directory.
    pub output: Option<String>,
    /// `-exec`: run the program through this command (`rgo run`).
    pub exec: Option<String>,
    /// Every `-gcflags`, in command-line order (later ones win).
    pub gcflags: Vec<GcFlagsArg>,
    /// `-v`: print the names of packages as they are compiled.
    pub verbose: bool,
    /// `-x`: print the commands rgo runs (the link).
    pub print_commands: bool,
    /// `-work`: print the temporary work directory and keep it.
    pub keep_work: bool,
    /// The arguments after the flags.
    pub args: Vec<String>,
}

/// A flag error: `message` is printed (when not empty), then the command's
/// short usage, and rgo exits with status 2, like `go`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagError {
    pub message: String,
}

enum Kind {
    Bool,
    Value,
}

fn kind_of(cmd: Command, name: &str) -> Option<Kind> {
    match name {
        "v" | "x" | "a" | "work" => Some(Kind::Bool),
        "gcflags" => Some(Kind::Value),
        "o" if cmd == Command::Build => Some(Kind::Value),
        "exec" if cmd == Command::Run => Some(Kind::Value),
        _ => None,
    }
}

/// Parses the arguments after `rgo build` / `rgo run`.
pub fn parse(cmd: Command, args: &[String]) -> Result<BuildFlags, FlagError> {
    let mut out = BuildFlags::default();
    let fail = |message: String| Err(FlagError { message });
    let mut i = 0;
    while i < args.len() {
        let s = &args[i];
        if s.len() < 2 || !s.starts_with('-') {
            break;
        }
        let mut name = &s[1..];
        if let Some(n) = name.strip_prefix('-') {
            if n.is_empty() {
                // `--` ends the flags and is dropped.
                i += 1;
                break;
            }
            name = n;
        }
        if name.is_empty() || name.starts_with('-') || name.starts_with('=') {
            return fail(format!("bad flag syntax: {s}"));
        }
        i += 1;
        let (name, value) = match name[1..].find('=') {
            Some(j) => (&name[..j + 1], Some(&name[j + 2..])),
            None => (name, None),
        };
        let Some(kind) = kind_of(cmd, name) else {
            if name == "h" || name == "help" {
                return fail(String::new());
            }
            return fail(format!("flag provided but not defined: -{name}"));
        };
        match kind {
            Kind::Bool => {
                let b = match value {
                    None => true,
                    Some(v) => match parse_bool(v) {
                        Some(b) => b,
                        None => {
                            return fail(format!(
                                "invalid boolean value \"{v}\" for -{name}: parse error"
                            ))
                        }
                    },
                };
                match name {
                    "v" => out.verbose = b,
                    "x" => out.print_commands = b,
                    "work" => out.keep_work = b,
                    _ => {}
                }
            }
            Kind::Value => {
                let v = match value {
                    Some(v) => v.to_string(),
                    None if i < args.len() => {
                        i += 1;
                        args[i - 1].clone()
                    }
                    None => return fail(format!("flag needs an argument: -{name}")),
                };
                match name {
                    "o" => out.output = Some(v),
                    "exec" => out.exec = Some(v),
                    _ => match parse_gcflags_value(&v) {
                        Ok(g) => out.gcflags.push(g),
                        Err(e) => {
                            return fail(format!("invalid value \"{v}\" for flag -{name}: {e}"))
                        }
                    },
                }
            }
        }
    }
    out.args = args[i..].to_vec();
    Ok(out)
}

/// The name `go build` gives the executable of a package: the last element
/// of its import path, skipping a major-version suffix (`example.com/foo/v2`
/// → `foo`).
pub fn exe_name_for_path(import_path: &str) -> String {
    let mut elems = import_path.rsplit('/');
    let last = elems.next().unwrap_or(import_path);
    // Go's `isVersionElement`: `v2`, `v3`… but neither `v0…` nor `v1`.
    let is_major = last.len() > 1
        && last.starts_with('v')
        && last[1..].bytes().all(|b| b.is_ascii_digit())
        && !last[1..].starts_with('0')
        && last != "v1";
    if is_major {
        if let Some(prev) = elems.next() {
            return prev.to_string();
        }
    }
    last.to_string()
}

/// The name `go build` gives the executable of command-line files: the first
/// file's base name without `.go`.
pub fn exe_name_for_files(first_file: &str) -> String {
    let base = first_file.rsplit('/').next().unwrap_or(first_file);
    base.strip_suffix(".go").unwrap_or(base).to_string()
}

#[cfg(test)]
mod tests {
    use super::super::session::Pattern;
    use super::*;

    fn p(cmd: Command, args: &[&str]) -> Result<BuildFlags, FlagError> {
        parse(cmd, &args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn build_flags() {
        let f = p(
            Command::Build,
            &["-o", "out", "-v", "-gcflags=-m -l", "x.go", "-v"],
        )
        .unwrap();
        assert_eq!(f.output.as_deref(), Some("out"));
        assert!(f.verbose);
        assert_eq!(f.gcflags[0].args, vec!["-m", "-l"]);
        assert_eq!(f.args, vec!["x.go", "-v"]);
        let f = p(
            Command::Build,
            &["--o=out", "-gcflags", "all=-m", "--", "-x.go"],
        )
        .unwrap();
        assert_eq!(f.output.as_deref(), Some("out"));
        assert_eq!(f.gcflags[0].pattern, Pattern::All);
        assert_eq!(f.args, vec!["-x.go"]);
    }

    #[test]
    fn flag_errors() {
        let msg = |cmd, a: &[&str]| p(cmd, a).unwrap_err().message;
        assert_eq!(
            msg(Command::Build, &["-nosuchflag"]),
            "flag provided but not defined: -nosuchflag"
        );
        assert_eq!(
            msg(Command::Run, &["-o", "x"]),
            "flag provided but not defined: -o"
        );
        assert_eq!(msg(Command::Build, &["-o"]), "flag needs an argument: -o");
        assert_eq!(
            msg(Command::Build, &["-v=x"]),
            "invalid boolean value \"x\" for -v: parse error"
        );
        assert_eq!(msg(Command::Build, &["---x"]), "bad flag syntax: ---x");
        assert_eq!(
            msg(Command::Build, &["-gcflags=foo"]),
            "invalid value \"foo\" for flag -gcflags: missing =<value> in <pattern>=<value>"
        );
        assert_eq!(msg(Command::Build, &["-h"]), "");
    }

    #[test]
    fn run_args() {
        let f = p(Command::Run, &["-gcflags=-m", "a.go", "b.go", "-x", "y"]).unwrap();
        assert_eq!(f.args, vec!["a.go", "b.go", "-x", "y"]);
    }

    #[test]
    fn output_names() {
        assert_eq!(exe_name_for_files("main.go"), "main");
        assert_eq!(exe_name_for_files("sub/dir/prog.go"), "prog");
        assert_eq!(exe_name_for_path("example.com/m"), "m");
        assert_eq!(exe_name_for_path("example.com/foo/v2"), "foo");
        assert_eq!(exe_name_for_path("example.com/foo/v0"), "v0");
        assert_eq!(exe_name_for_path("example.com/foo/v1"), "v1");
        assert_eq!(exe_name_for_path("hello"), "hello");
    }
}
