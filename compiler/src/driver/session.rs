//! The compiler flags of one build (`-gcflags`), parsed into a `Session`
//! that every later phase reads.
//!
//! The syntax is gc's: `-gcflags` holds a list of compiler flags, split like
//! a shell would split them (`-gcflags='-m -l'`), optionally prefixed by a
//! package pattern (`-gcflags=all=-m`). Without a pattern the flags apply to
//! the packages named on the command line only (for rgo: the main package);
//! with one they apply to every package the pattern matches. As in `go`, a
//! later `-gcflags` replaces an earlier one for the packages it matches.
//! The compiler flags themselves are gc's `-m` (counted: `-m -m` or
//! `-m=2`), `-l`, `-N`, `-S` and `-d=key[=value],...`; the `-d` keys are
//! rgo's own dumps (`tokens`, `ast`, `types`, `ir`, `escape`, `clif`, `asm`) and
//! settings (`noescape`, `opt=none|speed`).

use std::fmt::Write as _;

/// Cranelift's optimisation level.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum OptLevel {
    /// No optimisation (`-N` or `-d=opt=none`).
    None,
    /// Cranelift's `speed` level: the default.
    #[default]
    Speed,
}

/// Which intermediate forms to print (to stdout), from `-d=...`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Dumps {
    /// The tokens of every file, inserted semicolons included (printed by the driver).
    pub tokens: bool,
    /// The AST of every file (printed by the driver).
    pub ast: bool,
    /// Package-level objects and their types (printed by the driver).
    pub types: bool,
    /// The IR after lowering (printed by the back end).
    pub ir: bool,
    /// Escape analysis' graph and decisions (printed by the back end).
    pub escape: bool,
    /// The Cranelift IR of every function (printed by the back end).
    pub clif: bool,
    /// The machine code, disassembled by `objdump` (printed by the driver).
    pub asm: bool,
}

impl Dumps {
    /// Whether any dump is requested.
    pub fn any(&self) -> bool {
        self.tokens || self.ast || self.types || self.ir || self.escape || self.clif || self.asm
    }
}

/// The compiler flags that apply to one package.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct GcFlags {
    /// `-m` count: 0 prints nothing, 1 prints gc's escape decisions, 2 and
    /// more print the reasons too (`-m=2`, `-m -m`).
    pub m_level: u8,
    pub dumps: Dumps,
    /// `-d=noescape`: allocate every allocation site on the heap.
    pub noescape: bool,
    pub opt: OptLevel,
    /// `-l`: rgo never inlines; accepted for gc compatibility.
    pub no_inline: bool,
}

/// Everything the phases after type checking need to know about the build.
///
/// The flat fields are the flags of the main package (what a plain
/// `-gcflags=...` sets); `flags_for` gives the flags of any package.
#[derive(Clone, Debug, Default)]
pub struct Session {
    pub m_level: u8,
    pub dumps: Dumps,
    pub noescape: bool,
    pub opt: OptLevel,
    pub no_inline: bool,
    /// Flags for the other packages of the build, by import path, when some
    /// pattern (`all=`, `std=`, `fmt=`…) gave them any.
    pub per_package: Vec<(String, GcFlags)>,
    /// The import path of the main package as symbols spell it (`main`).
    pub main_path: String,
}

impl Session {
    /// A session whose main package uses `main` and the others `per_package`.
    pub fn new(main: GcFlags, per_package: Vec<(String, GcFlags)>) -> Session {
        Session {
            m_level: main.m_level,
            dumps: main.dumps,
            noescape: main.noescape,
            opt: main.opt,
            no_inline: main.no_inline,
            per_package,
            main_path: "main".to_string(),
        }
    }

    /// The flags of the main package.
    pub fn main_flags(&self) -> GcFlags {
        GcFlags {
            m_level: self.m_level,
            dumps: self.dumps,
            noescape: self.noescape,
            opt: self.opt,
            no_inline: self.no_inline,
        }
    }

    /// The flags that apply to the package with import path `path` (the
    /// main package is `main`).
    pub fn flags_for(&self, path: &str) -> GcFlags {
        if path == self.main_path {
            return self.main_flags();
        }
        self.per_package
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, f)| *f)
            .unwrap_or_default()
    }
}

/// Which packages one `-gcflags` value applies to.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Pattern {
    /// No pattern: the packages named on the command line.
    CommandLine,
    /// `all=`: every package of the build.
    All,
    /// `std=`: the standard library packages.
    Std,
    /// An import path pattern, where `...` matches any string.
    Path(String),
}

impl Pattern {
    /// Whether the pattern selects a package. `is_main` marks the package
    /// named on the command line; `is_std` the standard library ones.
    pub fn matches(&self, path: &str, is_main: bool, is_std: bool) -> bool {
        match self {
            Pattern::CommandLine => is_main,
            Pattern::All => true,
            Pattern::Std => is_std,
            Pattern::Path(p) => match_path_pattern(p, path),
        }
    }
}

/// Go's import path pattern match: `...` matches any string (including
/// slashes), and `x/...` also matches `x` itself.
pub fn match_path_pattern(pattern: &str, path: &str) -> bool {
    if let Some(prefix) = pattern.strip_suffix("/...") {
        if path == prefix {
            return true;
        }
    }
    fn go(p: &[u8], s: &[u8]) -> bool {
        if p.is_empty() {
            return s.is_empty();
        }
        if p.starts_with(b"...") {
            return (0..=s.len()).any(|i| go(&p[3..], &s[i..]));
        }
        !s.is_empty() && p[0] == s[0] && go(&p[1..], &s[1..])
    }
    go(pattern.as_bytes(), path.as_bytes())
}

/// One `-gcflags` occurrence: the pattern and the compiler flags, not yet
/// interpreted (as in `go`, they are parsed when the package is compiled).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct GcFlagsArg {
    pub pattern: Pattern,
    pub args: Vec<String>,
}

/// Parses the value of one `-gcflags`, like `go`'s `PerPackageFlag.set`.
/// The error is the reason `go` prints after `invalid value "…" for flag
/// -gcflags: `.
pub fn parse_gcflags_value(v: &str) -> Result<GcFlagsArg, String> {
    let v = v.trim();
    if v.is_empty() {
        return Ok(GcFlagsArg {
            pattern: Pattern::CommandLine,
            args: Vec::new(),
        });
    }
    let (pattern, rest) = if !v.starts_with('-') {
        let Some(i) = v.find('=') else {
            return Err("missing =<value> in <pattern>=<value>".to_string());
        };
        if i == 0 {
            return Err("missing <pattern> in <pattern>=<value>".to_string());
        }
        if v.starts_with('\'') || v.starts_with('"') {
            return Err(format!(
                "parameter may not start with quote character {}",
                &v[..1]
            ));
        }
        let pat = v[..i].trim();
        let pattern = match pat {
            "all" => Pattern::All,
            "std" => Pattern::Std,
            p => Pattern::Path(p.to_string()),
        };
        (pattern, &v[i + 1..])
    } else {
        (Pattern::CommandLine, v)
    };
    Ok(GcFlagsArg {
        pattern,
        args: quoted_split(rest)?,
    })
}

/// Splits a string into fields like `cmd/internal/quoted.Split`: fields are
/// separated by white space and may be quoted with `'` or `"` (no escapes).
pub fn quoted_split(s: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches([' ', '\t', '\n', '\r']);
        if rest.is_empty() {
            return Ok(out);
        }
        let first = rest.as_bytes()[0];
        if first == b'\'' || first == b'"' {
            let q = first as char;
            match rest[1..].find(q) {
                Some(j) => {
                    out.push(rest[1..1 + j].to_string());
                    rest = &rest[j + 2..];
                }
                None => return Err(format!("unterminated {q} string")),
            }
        } else {
            let end = rest.find([' ', '\t', '\n', '\r']).unwrap_or(rest.len());
            out.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
}

/// The `-d` keys rgo understands, with their `-d help` descriptions.
pub const DEBUG_KEYS: &[(&str, &str)] = &[
    (
        "asm",
        "print the machine code of the package (objdump -d of the object)",
    ),
    ("ast", "print the syntax tree of every file"),
    ("clif", "print the Cranelift IR of every function"),
    (
        "escape",
        "print the escape analysis graph and its decisions",
    ),
    ("ir", "print rgo's IR of every function after lowering"),
    (
        "noescape",
        "disable escape analysis: every allocation goes to the heap",
    ),
    ("opt", "Cranelift optimisation level: none or speed"),
    ("types", "print the package-level objects and their types"),
];

/// Why a compiler flag list was rejected: gc prints `message`, then (unless
/// `usage` is false) its usage text, and the build fails with status 1.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct GcFlagsError {
    pub message: String,
    pub usage: bool,
}

/// The outcome of parsing a compiler flag list.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum GcParse {
    Flags(GcFlags),
    /// `-d help`: print `debug_help()` and stop.
    DebugHelp,
}

/// Parses compiler flags (the words of a `-gcflags` value) like gc's flag
/// package does: `-m` and `-l` count, `-N` and `-S` are booleans, `-d`
/// takes a value (`-d=ast,ir` or `-d ast`).
pub fn parse_gc_args(args: &[String]) -> Result<GcParse, GcFlagsError> {
    let mut f = GcFlags::default();
    let mut i = 0;
    let fail = |message: String| {
        Err(GcFlagsError {
            message,
            usage: true,
        })
    };
    while i < args.len() {
        let s = &args[i];
        i += 1;
        if s.len() < 2 || !s.starts_with('-') {
            // gc stops at the first non-flag: the rest are file names, which
            // the driver does not pass through -gcflags. Treat it like gc
            // treats a file that does not exist.
            return Err(GcFlagsError {
                message: format!("open {s}: no such file or directory"),
                usage: false,
            });
        }
        let mut name = &s[1..];
        if let Some(n) = name.strip_prefix('-') {
            if n.is_empty() {
                continue;
            }
            name = n;
        }
        if name.is_empty() || name.starts_with('-') || name.starts_with('=') {
            return fail(format!("bad flag syntax: {s}"));
        }
        let (name, value) = match name[1..].find('=') {
            Some(j) => (&name[..j + 1], Some(&name[j + 2..])),
            None => (name, None),
        };
        match name {
            "m" | "l" => {
                // gc's count flags: `-m` adds one, `-m=N` sets N.
                let n = match value {
                    None => None,
                    Some(v) => match v.parse::<u8>() {
                        Ok(n) => Some(n),
                        Err(_) => {
                            return fail(format!(
                                "invalid boolean value \"{v}\" for -{name}: invalid count \"{v}\""
                            ))
                        }
                    },
                };
                if name == "m" {
                    f.m_level = n.unwrap_or(f.m_level.saturating_add(1));
                } else {
                    f.no_inline = n.map(|n| n > 0).unwrap_or(true);
                }
            }
            "N" | "S" => {
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
                if name == "N" {
                    f.opt = if b { OptLevel::None } else { OptLevel::Speed };
                } else {
                    f.dumps.asm = b;
                }
            }
            "d" => {
                let v = match value {
                    Some(v) => v,
                    None if i < args.len() => {
                        i += 1;
                        &args[i - 1]
                    }
                    None => return fail("flag needs an argument: -d".to_string()),
                };
                if v == "help" {
                    return Ok(GcParse::DebugHelp);
                }
                apply_debug(&mut f, v).map_err(|e| GcFlagsError {
                    message: format!("invalid value \"{v}\" for flag -d: {e}\n"),
                    usage: true,
                })?;
            }
            "h" | "help" => {
                return Err(GcFlagsError {
                    message: String::new(),
                    usage: true,
                })
            }
            _ => return fail(format!("flag provided but not defined: -{name}")),
        }
    }
    Ok(GcParse::Flags(f))
}

/// Applies a `-d` value: comma-separated `key[=value]` settings.
fn apply_debug(f: &mut GcFlags, v: &str) -> Result<(), String> {
    for item in v.split(',') {
        let (key, val) = match item.find('=') {
            Some(j) => (&item[..j], Some(&item[j + 1..])),
            None => (item, None),
        };
        if key == "opt" {
            f.opt = match val {
                Some("none") | Some("0") => OptLevel::None,
                Some("speed") | Some("1") => OptLevel::Speed,
                _ => return Err("opt must be none or speed".to_string()),
            };
            continue;
        }
        // Boolean keys: `key`, `key=1`, `key=0`, like gc's integer keys.
        let on = match val {
            None => true,
            Some(v) => match v.parse::<i64>() {
                Ok(n) => n != 0,
                Err(_) => return Err(format!("invalid debug value {key}")),
            },
        };
        let slot = match key {
            "tokens" => &mut f.dumps.tokens,
            "ast" => &mut f.dumps.ast,
            "types" => &mut f.dumps.types,
            "ir" => &mut f.dumps.ir,
            "escape" => &mut f.dumps.escape,
            "clif" => &mut f.dumps.clif,
            "asm" => &mut f.dumps.asm,
            "noescape" => &mut f.noescape,
            _ => return Err(format!("unknown debug key {key}")),
        };
        *slot = on;
    }
    Ok(())
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

/// The compiler's usage text, in the format of Go's `flag.PrintDefaults`.
pub fn compile_usage() -> String {
    let mut s = String::from("usage: compile [options] file.go...\n");
    s.push_str("  -N\tdisable optimizations\n");
    s.push_str("  -S\tprint assembly listing\n");
    s.push_str("  -d value\n    \tenable debugging settings; try -d help\n");
    s.push_str("  -l\tdisable inlining\n");
    s.push_str("  -m\tprint optimization decisions\n");
    s
}

/// The text of `-d help`, in gc's format.
pub fn debug_help() -> String {
    let mut s =
        String::from("usage: -d arg[,arg]* and arg is <key>[=<value>]\n\n<key> is one of:\n\n");
    for (k, d) in DEBUG_KEYS {
        let _ = writeln!(s, "\t{k:<20} \t{d}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        quoted_split(s).unwrap()
    }

    fn flags(s: &str) -> GcFlags {
        match parse_gc_args(&words(s)).unwrap() {
            GcParse::Flags(f) => f,
            GcParse::DebugHelp => panic!("help"),
        }
    }

    #[test]
    fn m_counts() {
        assert_eq!(flags("-m").m_level, 1);
        assert_eq!(flags("-m -m").m_level, 2);
        assert_eq!(flags("-m=2").m_level, 2);
        assert_eq!(flags("-m=2 -m").m_level, 3);
        assert!(flags("-m -l").no_inline);
        let e = parse_gc_args(&words("-m=x")).unwrap_err();
        assert_eq!(
            e.message,
            "invalid boolean value \"x\" for -m: invalid count \"x\""
        );
    }

    #[test]
    fn debug_keys() {
        let f = flags("-d=ast,ir -N");
        assert!(f.dumps.ast && f.dumps.ir && !f.dumps.clif);
        assert_eq!(f.opt, OptLevel::None);
        assert_eq!(flags("-d opt=none").opt, OptLevel::None);
        assert!(flags("-d=noescape").noescape);
        assert!(flags("-S").dumps.asm);
        assert!(!flags("-d=asm=0").dumps.asm);
        let e = parse_gc_args(&words("-d=foo")).unwrap_err();
        assert_eq!(
            e.message,
            "invalid value \"foo\" for flag -d: unknown debug key foo\n"
        );
        assert_eq!(
            parse_gc_args(&words("-d=help")).unwrap(),
            GcParse::DebugHelp
        );
    }

    #[test]
    fn unknown_flag() {
        let e = parse_gc_args(&words("-foo")).unwrap_err();
        assert_eq!(e.message, "flag provided but not defined: -foo");
        assert!(e.usage);
    }

    #[test]
    fn gcflags_values() {
        let a = parse_gcflags_value("all=-m -l").unwrap();
        assert_eq!(a.pattern, Pattern::All);
        assert_eq!(a.args, vec!["-m", "-l"]);
        let a = parse_gcflags_value("'-m' \"-d=ast\"").unwrap_err();
        assert_eq!(a, "parameter may not start with quote character '");
        let a = parse_gcflags_value("-m '-d=ast'").unwrap();
        assert_eq!(a.args, vec!["-m", "-d=ast"]);
        assert_eq!(
            parse_gcflags_value("foo").unwrap_err(),
            "missing =<value> in <pattern>=<value>"
        );
        assert_eq!(
            parse_gcflags_value("=-m").unwrap_err(),
            "missing <pattern> in <pattern>=<value>"
        );
        assert_eq!(parse_gcflags_value("").unwrap().args, Vec::<String>::new());
        let a = parse_gcflags_value("example.com/m/...=-m").unwrap();
        assert!(a.pattern.matches("example.com/m", false, false));
        assert!(a.pattern.matches("example.com/m/util", false, false));
        assert!(!a.pattern.matches("fmt", false, true));
    }

    #[test]
    fn session_lookup() {
        let main = GcFlags {
            m_level: 2,
            ..Default::default()
        };
        let fmt = GcFlags {
            m_level: 1,
            ..Default::default()
        };
        let s = Session::new(main, vec![("fmt".to_string(), fmt)]);
        assert_eq!(s.m_level, 2);
        assert_eq!(s.flags_for("main").m_level, 2);
        assert_eq!(s.flags_for("fmt").m_level, 1);
        assert_eq!(s.flags_for("strings").m_level, 0);
    }
}
