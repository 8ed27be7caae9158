//! Package loading: from the command-line arguments to the source files of
//! every package of the build, in dependency order, with the errors `go`
//! reports before the compiler runs.
//!
//! The rules follow `go` in module mode:
//! - Arguments ending in `.go` are files of one package (`command-line-
//!   arguments`), all in one directory; build constraints are not applied
//!   to them (as in `go`).
//! - Any other argument is a package: a directory (`.`, `./x`, `../x`, `/x`)
//!   or an import path. A directory's package is its `.go` files except
//!   `_test.go` files, files starting with `_` or `.`, files whose name ends
//!   in `_GOOS`/`_GOARCH` for another system than linux/amd64, and files
//!   whose `//go:build` (or `// +build`) constraint is false. The tags that
//!   hold are `linux`, `amd64`, `unix`, `gc` and `go1.1`…`go1.27`.
//! - A directory's import path comes from the nearest `go.mod` above it
//!   (`module example.com/m` and `<modroot>/util` → `example.com/m/util`).
//!   Outside a module rgo still builds the directory (where `go` refuses)
//!   and names it like `go`'s GOPATH mode did: `_/abs/dir`.
//! - Imports: a path whose first element has no dot is a standard package,
//!   read from rgo's `stdlib/<path>`; a path inside the main module is read
//!   from the module; anything else is an error. `unsafe` is left to the
//!   type checker.
//!
//! Paths in messages are printed as `go` prints them: relative to the
//! current directory when that is shorter (`go`'s `base.ShortPath`), and
//! compiler diagnostics use the package directory's short path joined with
//! the file name (`./main.go` for files in the current directory).

use super::header::{read_header, Constraint, HeaderError};
use crate::syntax::span::{FileId, SourceMap};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// The import path of the package formed by files named on the command line.
pub const CMDLINE_PKG: &str = "command-line-arguments";

/// One package of the build, read but not yet parsed.
#[derive(Debug)]
pub struct SourcePackage {
    /// The path the type checker and symbols use: `main` for the main
    /// package, otherwise the import path.
    pub path: String,
    /// The path `go` prints in `# ...` headers and messages:
    /// `command-line-arguments`, `example.com/m`, `_/abs/dir`, `fmt`.
    pub display: String,
    /// The package clause name.
    pub name: String,
    /// The absolute directory.
    pub dir: PathBuf,
    /// The files, sorted by name, already in the `SourceMap`.
    pub files: Vec<FileId>,
    /// Imported paths, sorted and deduplicated (`unsafe` excluded).
    pub imports: Vec<String>,
    /// Whether the package comes from rgo's standard library.
    pub is_std: bool,
    /// Whether this is the package named on the command line.
    pub is_root: bool,
}

/// Everything the build reads.
pub struct Program {
    pub sm: SourceMap,
    /// Dependency order: every package after the packages it imports; the
    /// command-line package is last.
    pub packages: Vec<SourcePackage>,
    /// The name `go build` would give the executable.
    pub exe_name: String,
}

/// Where the loader looks.
pub struct LoadConfig {
    /// The current directory (absolute).
    pub cwd: PathBuf,
    /// rgo's standard library (`<root>/stdlib`).
    pub stdlib: PathBuf,
    /// `rgo build` treats a missing `x.go` argument as a package path (and
    /// says no module provides it), `rgo run` as a file; go does the same.
    pub missing_file_is_package: bool,
}

/// A loading error: the complete text to print on stderr (each line ends
/// in a newline); the exit status is 1.
#[derive(Debug, PartialEq, Eq)]
pub struct LoadError(pub String);

fn err<T>(msg: impl Into<String>) -> Result<T, LoadError> {
    let mut s = msg.into();
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Err(LoadError(s))
}

/// Lexically cleans a path: removes `.` and resolves `..` (like Go's
/// `filepath.Clean`, applied to an absolute path).
pub fn clean(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c.as_os_str()),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// `filepath.Rel(base, target)` for clean absolute paths.
pub fn relative(base: &Path, target: &Path) -> PathBuf {
    let b: Vec<_> = base.components().collect();
    let t: Vec<_> = target.components().collect();
    let common = b.iter().zip(&t).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c.as_os_str());
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// `go`'s `base.ShortPath`: the relative path when it is shorter.
pub fn short_path(cwd: &Path, abs: &Path) -> String {
    let rel = relative(cwd, abs);
    let (r, a) = (
        rel.to_string_lossy().into_owned(),
        abs.to_string_lossy().into_owned(),
    );
    if r.len() < a.len() {
        r
    } else {
        a
    }
}

/// The name compiler diagnostics use for a file: `./main.go` in the current
/// directory, `sub/main.go`, `../main.go`, or an absolute path.
pub fn diag_path(cwd: &Path, dir: &Path, file: &str) -> String {
    let d = short_path(cwd, dir);
    if d == "." {
        format!("./{file}")
    } else {
        format!("{d}/{file}")
    }
}

/// go/build's known operating systems and architectures, for file name
/// suffixes (`x_windows.go`, `x_arm64.go`, `x_linux_amd64.go`).
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];
const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// go/build's `goodOSArchFile` for linux/amd64.
pub fn good_os_arch_file(name: &str) -> bool {
    let stem = name.strip_suffix(".go").unwrap_or(name);
    let stem = stem.strip_suffix("_test").unwrap_or(stem);
    let parts: Vec<&str> = stem.split('_').collect();
    let n = parts.len();
    if n >= 3 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
        return parts[n - 2] == "linux" && parts[n - 1] == "amd64";
    }
    if n >= 2 {
        let last = parts[n - 1];
        if KNOWN_OS.contains(&last) {
            return last == "linux";
        }
        if KNOWN_ARCH.contains(&last) {
            return last == "amd64";
        }
    }
    true
}

/// Whether a build tag holds for rgo on linux/amd64.
fn tag_holds(tag: &str) -> bool {
    if let Some(minor) = tag.strip_prefix("go1.") {
        return minor.parse::<u32>().is_ok_and(|m| (1..=27).contains(&m));
    }
    matches!(tag, "linux" | "amd64" | "unix" | "gc")
}

/// Evaluates a `//go:build` expression (`||`, `&&`, `!`, parentheses, tags).
/// `None` when the expression does not parse.
pub fn eval_go_build(expr: &str) -> Option<bool> {
    let mut toks = Vec::new();
    let b = expr.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' => i += 1,
            b'(' | b')' | b'!' => {
                toks.push(&expr[i..i + 1]);
                i += 1;
            }
            b'&' | b'|' if b.get(i + 1) == Some(&b[i]) => {
                toks.push(&expr[i..i + 2]);
                i += 2;
            }
            c if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' => {
                let s = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.')
                {
                    i += 1;
                }
                toks.push(&expr[s..i]);
            }
            _ => return None,
        }
    }
    fn or(t: &[&str], i: &mut usize) -> Option<bool> {
        let mut v = and(t, i)?;
        while t.get(*i) == Some(&"||") {
            *i += 1;
            v |= and(t, i)?;
        }
        Some(v)
    }
    fn and(t: &[&str], i: &mut usize) -> Option<bool> {
        let mut v = not(t, i)?;
        while t.get(*i) == Some(&"&&") {
            *i += 1;
            v &= not(t, i)?;
        }
        Some(v)
    }
    fn not(t: &[&str], i: &mut usize) -> Option<bool> {
        match *t.get(*i)? {
            "!" => {
                *i += 1;
                Some(!not(t, i)?)
            }
            "(" => {
                *i += 1;
                let v = or(t, i)?;
                if t.get(*i) != Some(&")") {
                    return None;
                }
                *i += 1;
                Some(v)
            }
            ")" | "&&" | "||" => None,
            tag => {
                *i += 1;
                Some(tag_holds(tag))
            }
        }
    }
    let mut i = 0;
    let v = or(&toks, &mut i)?;
    (i == toks.len()).then_some(v)
}

/// Whether a file with this constraint is part of the build.
fn constraint_holds(c: &Constraint) -> bool {
    match c {
        // An expression that does not parse is left to the compiler.
        Constraint::GoBuild(e) => eval_go_build(e).unwrap_or(true),
        // Each `// +build` line must hold: an OR of space-separated terms,
        // each an AND of comma-separated (possibly negated) tags.
        Constraint::PlusBuild(lines) => lines.iter().all(|l| {
            l.split_whitespace().any(|term| {
                term.split(',').all(|t| match t.strip_prefix('!') {
                    Some(t) => !tag_holds(t),
                    None => tag_holds(t),
                })
            })
        }),
    }
}

/// A file read and its header scanned.
struct ReadFile {
    name: String,
    abs: PathBuf,
    text: Vec<u8>,
    header: super::header::Header,
}

/// The loader's state.
struct Loader<'c> {
    cfg: &'c LoadConfig,
    /// `(module path, module root)` of the nearest go.mod, if any.
    module: Option<(String, PathBuf)>,
    sm: SourceMap,
    done: Vec<SourcePackage>,
    /// Packages by import path: index into `done`, or `None` while loading
    /// (for cycle detection).
    state: HashMap<String, Option<usize>>,
    /// The import chain being loaded: `(import path, file that imports it)`.
    stack: Vec<(String, String)>,
    /// How messages name the command-line package.
    root_display: String,
    /// `rgo test`: the command-line package keeps its import path even
    /// when it is a `main` package (the generated test main is `main`).
    test_mode: bool,
}

/// Finds `go.mod` in `dir` or above and reads its `module` line.
pub fn find_module(dir: &Path) -> Option<(String, PathBuf)> {
    let mut d = Some(dir);
    while let Some(cur) = d {
        let gomod = cur.join("go.mod");
        if let Ok(text) = std::fs::read_to_string(&gomod) {
            for line in text.lines() {
                let l = line.trim();
                if let Some(rest) = l.strip_prefix("module") {
                    if rest.starts_with([' ', '\t']) {
                        let m = rest
                            .split("//")
                            .next()
                            .unwrap_or("")
                            .trim()
                            .trim_matches('"');
                        return Some((m.to_string(), cur.to_path_buf()));
                    }
                }
            }
            return None;
        }
        d = cur.parent();
    }
    None
}

/// Whether a path names a directory rather than an import path.
fn is_dir_arg(a: &str) -> bool {
    a == "." || a == ".." || a.starts_with("./") || a.starts_with("../") || a.starts_with('/')
}

/// Loads the package named by the command-line arguments and everything it
/// imports.
pub fn load(cfg: &LoadConfig, args: &[String]) -> Result<Program, LoadError> {
    let mut l = Loader {
        cfg,
        module: find_module(&cfg.cwd),
        sm: SourceMap::default(),
        done: Vec::new(),
        state: HashMap::new(),
        stack: Vec::new(),
        root_display: CMDLINE_PKG.to_string(),
        test_mode: false,
    };
    let default = [".".to_string()];
    let args = if args.is_empty() { &default[..] } else { args };
    let exe_name;
    let root = if args[0].ends_with(".go") {
        let (pkg, name) = l.load_files(args)?;
        exe_name = name;
        pkg
    } else {
        if args.len() > 1 {
            return err("rgo: building more than one package at a time is not supported");
        }
        let (dir, path, display, is_std) = l.resolve_arg(&args[0])?;
        let files = l.read_dir(&dir, &display)?;
        l.root_display = display.clone();
        exe_name = super::flags::exe_name_for_path(if is_std || l.module.is_some() {
            &display
        } else {
            dir.file_name().and_then(|n| n.to_str()).unwrap_or("main")
        });
        l.module = find_module(&dir);
        l.make_package(dir, path, display, files, is_std, true)?
    };
    debug_assert_eq!(root, l.done.len() - 1);
    Ok(Program {
        sm: l.sm,
        packages: l.done,
        exe_name,
    })
}

/// The test files of the package under test, as `rgo test` scans them for
/// test and benchmark functions.
pub struct TestFiles {
    /// The import path of the package under test.
    pub import_path: String,
    /// `(file name, text)` of the `_test.go` files in the package itself.
    pub internal: Vec<(String, String)>,
    /// `(file name, text)` of the files of the external `_test` package.
    pub external: Vec<(String, String)>,
}

/// What `rgo test` builds: the package under test with its `_test.go`
/// files, its external test package (`package x_test`) if any, and the
/// generated test main (package `main`, last).
pub struct TestProgram {
    pub program: Program,
    /// The package as `go test` prints it (`ok  \tDISPLAY\t0.01s`).
    pub display: String,
    /// The package directory: the test binary runs there.
    pub dir: PathBuf,
    /// Whether the package has any `_test.go` file.
    pub has_tests: bool,
}

/// Loads a package for `rgo test`; `testmain` receives the test files and
/// returns the text of the generated main (or a loading error).
pub fn load_test(
    cfg: &LoadConfig,
    args: &[String],
    testmain: &mut dyn FnMut(&TestFiles) -> Result<String, LoadError>,
) -> Result<TestProgram, LoadError> {
    let mut l = Loader {
        cfg,
        module: find_module(&cfg.cwd),
        sm: SourceMap::default(),
        done: Vec::new(),
        state: HashMap::new(),
        stack: Vec::new(),
        root_display: CMDLINE_PKG.to_string(),
        test_mode: true,
    };
    let default = [".".to_string()];
    let args = if args.is_empty() { &default[..] } else { args };
    let (dir, import_path, display, is_std, files) = if args[0].ends_with(".go") {
        let (dir, files) = l.read_cmdline_files(args)?;
        let p = CMDLINE_PKG.to_string();
        (dir, p.clone(), p, false, files)
    } else {
        if args.len() > 1 {
            return err("rgo: testing more than one package at a time is not supported");
        }
        let (dir, path, display, is_std) = l.resolve_arg(&args[0])?;
        let files = l.read_dir_files(&dir, &display, true)?;
        (dir, path, display, is_std, files)
    };
    l.root_display = display.clone();
    l.module = find_module(&dir);
    // The package's name is the one its non-test files declare; `_test.go`
    // files declaring `NAME_test` form the external test package.
    let base = files
        .iter()
        .find(|f| !f.name.ends_with("_test.go"))
        .or(files.first())
        .map(|f| f.header.package.clone())
        .unwrap_or_default();
    let xname = format!("{base}_test");
    let has_tests = files.iter().any(|f| f.name.ends_with("_test.go"));
    let (xfiles, pfiles): (Vec<ReadFile>, Vec<ReadFile>) = files
        .into_iter()
        .partition(|f| f.name.ends_with("_test.go") && f.header.package == xname);
    if pfiles.is_empty() {
        return err(format!("no non-test Go files in {}", dir.display()));
    }
    check_one_package(&pfiles, &dir)?;
    let text_of = |fs: &[ReadFile]| -> Vec<(String, String)> {
        fs.iter()
            .filter(|f| f.name.ends_with("_test.go"))
            .map(|f| {
                (
                    f.name.clone(),
                    String::from_utf8_lossy(&f.text).into_owned(),
                )
            })
            .collect()
    };
    let tf = TestFiles {
        import_path: import_path.clone(),
        internal: text_of(&pfiles),
        external: text_of(&xfiles),
    };
    l.make_package(
        dir.clone(),
        import_path.clone(),
        display.clone(),
        pfiles,
        is_std,
        true,
    )?;
    if !xfiles.is_empty() {
        l.make_package(
            dir.clone(),
            format!("{import_path}_test"),
            format!("{display}_test"),
            xfiles,
            false,
            true,
        )?;
    }
    let text = testmain(&tf)?;
    let header = match read_header(text.as_bytes(), false) {
        Ok(h) => h,
        Err(_) => return err("rgo: internal error: the generated test main does not parse"),
    };
    let main_file = ReadFile {
        name: "_testmain.go".to_string(),
        abs: dir.join("_testmain.go"),
        text: text.into_bytes(),
        header,
    };
    l.make_package(
        dir.clone(),
        "main".to_string(),
        format!("{display}.test"),
        vec![main_file],
        false,
        // Like `go test`, pattern-less -gcflags apply to the test main too
        // (and escape analysis, being whole-program, follows its flags).
        true,
    )?;
    let exe_name = format!(
        "{}.test",
        display.rsplit('/').next().unwrap_or(display.as_str())
    );
    Ok(TestProgram {
        program: Program {
            sm: l.sm,
            packages: l.done,
            exe_name,
        },
        display,
        dir,
        has_tests,
    })
}

impl Loader<'_> {
    /// Resolves a package argument: `(dir, import path, display, is_std)`.
    fn resolve_arg(&self, a: &str) -> Result<(PathBuf, String, String, bool), LoadError> {
        if is_dir_arg(a) {
            let dir = clean(&self.cfg.cwd.join(a));
            if !dir.is_dir() {
                return err(format!("stat {}: directory not found", dir.display()));
            }
            let module = find_module(&dir);
            let path = match &module {
                Some((m, root)) if dir.starts_with(root) => {
                    let rel = relative(root, &dir);
                    if rel.as_os_str() == "." {
                        m.clone()
                    } else {
                        format!("{m}/{}", rel.to_string_lossy())
                    }
                }
                _ => format!("_{}", dir.display()),
            };
            return Ok((dir, path.clone(), path, false));
        }
        match self.resolve_import(a) {
            Ok((dir, is_std)) => Ok((dir, a.to_string(), a.to_string(), is_std)),
            Err(msg) => err(msg),
        }
    }

    /// Finds the directory of an import path, or `go`'s message.
    fn resolve_import(&self, path: &str) -> Result<(PathBuf, bool), String> {
        let first = path.split('/').next().unwrap_or(path);
        if !first.contains('.') {
            let dir = self.cfg.stdlib.join(path);
            if dir.is_dir()
                && !path
                    .split('/')
                    .any(|e| e == ".." || e == "." || e.is_empty())
            {
                return Ok((dir, true));
            }
            return Err(format!("package {path} is not in std ({})", dir.display()));
        }
        if let Some((m, root)) = &self.module {
            let rest = if path == m {
                Some("")
            } else {
                path.strip_prefix(&format!("{m}/"))
            };
            if let Some(rest) = rest {
                let dir = root.join(rest);
                if dir.is_dir() {
                    return Ok((clean(&dir), false));
                }
            }
        }
        Err(format!("no required module provides package {path}"))
    }

    /// Reads the files named on the command line.
    fn load_files(&mut self, args: &[String]) -> Result<(usize, String), LoadError> {
        let (dir, files) = self.read_cmdline_files(args)?;
        check_one_package(&files, &dir)?;
        self.module = find_module(&dir);
        let exe = super::flags::exe_name_for_files(&args[0]);
        let idx = self.make_package(
            dir,
            CMDLINE_PKG.to_string(),
            CMDLINE_PKG.to_string(),
            files,
            false,
            true,
        )?;
        Ok((idx, exe))
    }

    /// Reads the files named on the command line: their directory and
    /// contents, not yet checked to form one package.
    fn read_cmdline_files(
        &mut self,
        args: &[String],
    ) -> Result<(PathBuf, Vec<ReadFile>), LoadError> {
        let mut dirs: Vec<(String, PathBuf)> = Vec::new();
        for a in args {
            if !a.ends_with(".go") {
                return err(format!("named files must be .go files: {a}"));
            }
            let abs = clean(&self.cfg.cwd.join(a));
            if let Err(e) = std::fs::metadata(&abs) {
                if self.cfg.missing_file_is_package
                    && e.kind() == std::io::ErrorKind::NotFound
                    && find_module(&self.cfg.cwd).is_none()
                {
                    return err(format!(
                        "no required module provides package {a}: go.mod file not found in current directory or any parent directory; see 'rgo help modules'"
                    ));
                }
                return err(format!("stat {a}: {}", io_reason(&e)));
            }
            let dir_arg = match Path::new(a).parent() {
                Some(p) if !p.as_os_str().is_empty() => p.to_string_lossy().into_owned(),
                _ => ".".to_string(),
            };
            let dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
            if let Some((first, d)) = dirs.first() {
                if *d != dir {
                    return err(format!(
                        "named files must all be in one directory; have {first} and {dir_arg}"
                    ));
                }
            }
            dirs.push((dir_arg, dir));
        }
        let dir = dirs[0].1.clone();
        let mut seen: Vec<String> = Vec::new();
        let mut files = Vec::new();
        for a in args {
            let abs = clean(&self.cfg.cwd.join(a));
            let name = abs
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let Some(prev) = seen
                .iter()
                .find(|s| s.to_lowercase() == name.to_lowercase())
            {
                return err(format!(
                    "package {CMDLINE_PKG}: case-insensitive file name collision: \"{prev}\" and \"{name}\""
                ));
            }
            seen.push(name.clone());
            let text = std::fs::read(&abs)
                .map_err(|e| LoadError(format!("open {a}: {}\n", io_reason(&e))))?;
            let header = match read_header(&text, true) {
                Ok(h) => h,
                Err(HeaderError::Nul) => {
                    return err(format!(
                        "rgo: reading {}: unexpected NUL in input",
                        short_path(&self.cfg.cwd, &abs)
                    ))
                }
                Err(HeaderError::Syntax { line, col, message }) => {
                    return err(format!(
                        "{}:{line}:{col}: {message}",
                        short_path(&self.cfg.cwd, &abs)
                    ))
                }
            };
            files.push(ReadFile {
                name,
                abs,
                text,
                header,
            });
        }
        Ok((dir, files))
    }

    /// Reads the Go files of a directory that belong to the build.
    fn read_dir(&mut self, dir: &Path, import_path: &str) -> Result<Vec<ReadFile>, LoadError> {
        self.read_dir_files(dir, import_path, false)
    }

    /// Reads a directory's Go files; with `tests`, `_test.go` files too
    /// (not yet split into the package and its external test package).
    fn read_dir_files(
        &mut self,
        dir: &Path,
        import_path: &str,
        tests: bool,
    ) -> Result<Vec<ReadFile>, LoadError> {
        let rd = std::fs::read_dir(dir)
            .map_err(|e| LoadError(format!("open {}: {}\n", dir.display(), io_reason(&e))))?;
        let mut names: Vec<String> = rd
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().map(|t| !t.is_dir()).unwrap_or(false))
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| n.ends_with(".go") && !n.starts_with('_') && !n.starts_with('.'))
            .filter(|n| tests || !n.ends_with("_test.go"))
            .collect();
        names.sort();
        if names.is_empty() {
            return err(format!("no Go files in {}", dir.display()));
        }
        let mut files = Vec::new();
        for name in names {
            if !good_os_arch_file(&name) {
                continue;
            }
            let abs = dir.join(&name);
            let text = std::fs::read(&abs).map_err(|e| {
                LoadError(format!(
                    "open {}: {}\n",
                    short_path(&self.cfg.cwd, &abs),
                    io_reason(&e)
                ))
            })?;
            let header = match read_header(&text, false) {
                Ok(h) => h,
                Err(HeaderError::Nul) => unreachable!("only command-line files report NUL"),
                Err(HeaderError::Syntax { line, col, message }) => {
                    return err(format!(
                        "{}:{line}:{col}: {message}",
                        short_path(&self.cfg.cwd, &abs)
                    ))
                }
            };
            if header
                .constraint
                .as_ref()
                .is_some_and(|c| !constraint_holds(c))
            {
                continue;
            }
            files.push(ReadFile {
                name,
                abs,
                text,
                header,
            });
        }
        if files.is_empty() {
            return err(format!(
                "package {import_path}: build constraints exclude all Go files in {}",
                dir.display()
            ));
        }
        if !tests {
            check_one_package(&files, dir)?;
        }
        Ok(files)
    }

    /// Adds a package's files to the source map, loads its imports (depth
    /// first, in sorted order) and appends it to `done`.
    fn make_package(
        &mut self,
        dir: PathBuf,
        import_path: String,
        display: String,
        files: Vec<ReadFile>,
        is_std: bool,
        is_root: bool,
    ) -> Result<usize, LoadError> {
        let name = files[0].header.package.clone();
        self.state.insert(import_path.clone(), None);
        // The imports, with the first place each one appears.
        let mut imports: Vec<(String, &ReadFile, (u32, u32))> = Vec::new();
        for f in &files {
            for imp in &f.header.imports {
                if imp.path != "unsafe" && !imports.iter().any(|(p, _, _)| *p == imp.path) {
                    imports.push((imp.path.clone(), f, imp.pos));
                }
            }
        }
        // Resolve every import first so that all unknown ones are reported
        // together, in source order, like `go` does.
        let mut errors = String::new();
        let mut resolved = Vec::new();
        for (path, f, (line, col)) in &imports {
            let pos = format!("{}:{line}:{col}", short_path(&self.cfg.cwd, &f.abs));
            if self.state.contains_key(path) {
                resolved.push((path.clone(), None, f.name.clone(), pos));
                continue;
            }
            match self.resolve_import(path) {
                Ok(d) => resolved.push((path.clone(), Some(d), f.name.clone(), pos)),
                Err(msg) => errors.push_str(&format!("{pos}: {msg}\n")),
            }
        }
        if !errors.is_empty() {
            return Err(LoadError(errors));
        }
        let mut sorted = resolved;
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, resolved_dir, file_name, pos) in sorted {
            self.stack.push((path.clone(), file_name));
            match self.state.get(&path) {
                Some(Some(_)) => {}
                Some(None) => return Err(self.cycle_error()),
                None => {
                    let (d, dep_std) = resolved_dir.expect("resolved above");
                    let dep_files = self.read_dir(&d, &path)?;
                    if dep_files[0].header.package == "main" {
                        return err(format!(
                            "{pos}: import \"{path}\" is a program, not an importable package"
                        ));
                    }
                    self.make_package(d, path.clone(), path.clone(), dep_files, dep_std, false)?;
                }
            }
            self.stack.pop();
        }
        let mut ids = Vec::new();
        for f in &files {
            let text = match String::from_utf8(f.text.clone()) {
                Ok(s) => s,
                // The compiler reports invalid UTF-8 where it matters; the
                // lossy text keeps the rest of the file checkable.
                Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
            };
            ids.push(self.sm.add(diag_path(&self.cfg.cwd, &dir, &f.name), text));
        }
        let mut imports: Vec<String> = imports.into_iter().map(|(p, _, _)| p).collect();
        imports.sort();
        let path = if is_root && name == "main" && !self.test_mode {
            "main".to_string()
        } else {
            import_path.clone()
        };
        self.done.push(SourcePackage {
            path,
            display,
            name,
            dir,
            files: ids,
            imports,
            is_std,
            is_root,
        });
        let idx = self.done.len() - 1;
        self.state.insert(import_path, Some(idx));
        Ok(idx)
    }

    /// `go`'s import cycle message for the current stack.
    fn cycle_error(&self) -> LoadError {
        let mut s = format!("package {}\n", self.root_display);
        for (i, (path, file)) in self.stack.iter().enumerate() {
            let end = if i + 1 == self.stack.len() {
                ": import cycle not allowed"
            } else {
                ""
            };
            s.push_str(&format!("\timports {path} from {file}{end}\n"));
        }
        LoadError(s)
    }
}

/// `found packages main (a.go) and foo (b.go) in DIR`.
fn check_one_package(files: &[ReadFile], dir: &Path) -> Result<(), LoadError> {
    let first = &files[0];
    if let Some(other) = files
        .iter()
        .find(|f| f.header.package != first.header.package)
    {
        return err(format!(
            "found packages {} ({}) and {} ({}) in {}",
            first.header.package,
            first.name,
            other.header.package,
            other.name,
            dir.display()
        ));
    }
    Ok(())
}

/// The text Go prints for an `os` error: `no such file or directory`.
pub fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    // Rust appends ` (os error N)`; Go prints the bare strerror text,
    // lower-cased.
    let s = match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    };
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        let cwd = Path::new("/tmp/w/g");
        assert_eq!(
            diag_path(cwd, Path::new("/tmp/w/g"), "main.go"),
            "./main.go"
        );
        assert_eq!(
            diag_path(cwd, Path::new("/tmp/w/g/sub"), "main.go"),
            "sub/main.go"
        );
        assert_eq!(diag_path(cwd, Path::new("/tmp/w"), "main.go"), "../main.go");
        assert_eq!(diag_path(cwd, Path::new("/opt/x"), "a.go"), "/opt/x/a.go");
        assert_eq!(short_path(cwd, Path::new("/tmp/w/g/e.go")), "e.go");
        assert_eq!(clean(Path::new("/a/b/../c/./d")), PathBuf::from("/a/c/d"));
    }

    #[test]
    fn file_names() {
        assert!(good_os_arch_file("a.go"));
        assert!(good_os_arch_file("a_linux.go"));
        assert!(!good_os_arch_file("a_windows.go"));
        assert!(!good_os_arch_file("a_arm64.go"));
        assert!(good_os_arch_file("a_linux_amd64.go"));
        assert!(!good_os_arch_file("a_linux_arm64.go"));
        assert!(good_os_arch_file("linux.go"));
    }

    #[test]
    fn constraints() {
        assert_eq!(eval_go_build("ignore"), Some(false));
        assert_eq!(eval_go_build("linux && amd64"), Some(true));
        assert_eq!(eval_go_build("!linux || (go1.21 && !cgo)"), Some(true));
        assert_eq!(eval_go_build("windows"), Some(false));
        assert_eq!(eval_go_build("linux &&"), None);
        assert!(!constraint_holds(&Constraint::PlusBuild(vec![
            "ignore".to_string()
        ])));
        assert!(constraint_holds(&Constraint::PlusBuild(vec![
            "darwin linux,amd64".to_string()
        ])));
    }
}
