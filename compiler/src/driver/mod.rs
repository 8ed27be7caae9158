//! The `rgo` command: a `go`-compatible command line (`rgo build`, `rgo run`,
//! `rgo version`, `rgo help`) around the compiler pipeline.
//!
//! `main` runs the whole command on a thread with a 256 MiB stack (deeply
//! nested programs must not overflow the recursive phases) and turns a
//! panic into gc's `internal compiler error` and exit status 2. A build is:
//! `load` (find and read every package, `go`'s loader errors), then per
//! package in dependency order: parse (syntax errors stop the build), type
//! check (errors stop the build); then the back end
//! (`codegen::build_object`) turns every package into one object file,
//! which `link` links with the runtime by `cc`. Compiler messages go to
//! stderr under a `# package` header line, as `go` prints them; every
//! message and exit status mirrors `go` (go1.27.3), with `go` spelled
//! `rgo`. `Session` (the `-gcflags` settings) and `LoadedPackage` are the
//! back end's inputs.

pub mod flags;
pub mod header;
pub mod link;
pub mod load;
pub mod session;
pub mod test;

pub use session::{Dumps, GcFlags, OptLevel, Session};

use crate::codegen;
use crate::diag::{self, Diagnostic};
use crate::syntax::ast::{self, NodeIds};
use crate::syntax::span::SourceMap;
use crate::types::{Info, PkgId, TyCtx};
use flags::{BuildFlags, Command};
use load::{LoadConfig, Program};
use session::GcParse;
use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// One checked package, as the back end receives it.
pub struct LoadedPackage<'a> {
    pub id: PkgId,
    /// The package path symbols use: `main` for the main package.
    pub path: String,
    pub files: Vec<&'a ast::File<'a>>,
    /// Whether the package comes from rgo's standard library.
    pub is_std: bool,
}

/// rgo's version, in the place of go's `go1.27.3`.
pub const VERSION: &str = concat!("rgo", env!("CARGO_PKG_VERSION"));

/// The stack size of the compiler thread.
const STACK_SIZE: usize = 256 << 20;

/// The function the back end is compiling, for internal compiler errors.
static CURRENT_FUNCTION: Mutex<Option<String>> = Mutex::new(None);

/// Records the function being compiled (or `None` when done); a panic
/// names it in the internal compiler error message.
pub fn set_current_function(name: Option<&str>) {
    if let Ok(mut f) = CURRENT_FUNCTION.lock() {
        *f = name.map(str::to_string);
    }
}

/// The `rgo` command: returns the exit status.
pub fn main() -> i32 {
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    std::panic::set_hook(Box::new(|info| {
        let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
            s.to_string()
        } else if let Some(s) = info.payload().downcast_ref::<String>() {
            s.clone()
        } else {
            "unknown panic".to_string()
        };
        let mut text = format!("rgo: internal compiler error: {msg}\n");
        if let Some(f) = CURRENT_FUNCTION.lock().ok().and_then(|f| f.clone()) {
            text.push_str(&format!("\twhile compiling {f}\n"));
        }
        if let Some(loc) = info.location() {
            text.push_str(&format!("\tat {}:{}\n", loc.file(), loc.line()));
        }
        let _ = std::io::stderr().write_all(text.as_bytes());
    }));
    let worker = std::thread::Builder::new()
        .name("rgo".to_string())
        .stack_size(STACK_SIZE)
        .spawn(move || run(&args));
    match worker {
        Ok(handle) => handle.join().unwrap_or(2),
        Err(e) => {
            eprintln!("rgo: cannot start the compiler thread: {e}");
            2
        }
    }
}

/// Dispatches on the subcommand.
fn run(args: &[String]) -> i32 {
    let Some(cmd) = args.first() else {
        eprint!("{}", main_usage());
        return 2;
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "build" => build_or_run(Command::Build, rest),
        "run" => build_or_run(Command::Run, rest),
        "version" => version(rest),
        "help" | "-h" | "-help" | "--help" => help(rest),
        "test" => test::test(rest),
        c if c.starts_with('-') => {
            let name = c.trim_start_matches('-');
            let name = name.split('=').next().unwrap_or(name);
            eprint!("flag provided but not defined: -{name}\n{}", main_usage());
            2
        }
        c => {
            eprintln!("rgo {c}: unknown command\nRun 'rgo help' for usage.");
            2
        }
    }
}

fn version(args: &[String]) -> i32 {
    if let Some(a) = args.first() {
        if a.starts_with('-') {
            let name = a.trim_start_matches('-');
            let name = name.split('=').next().unwrap_or(name);
            eprintln!("flag provided but not defined: -{name}\nusage: rgo version\nRun 'rgo help version' for details.");
            return 2;
        }
        eprintln!("rgo version: reading the version of executables is not supported");
        return 1;
    }
    println!("rgo version {VERSION} linux/amd64");
    0
}

/// The text of `rgo help` (stdout) and of `rgo` alone (stderr, status 2).
pub fn main_usage() -> String {
    "Rgo is a tool for compiling Go source code into native executables.\n\
     \n\
     Usage:\n\
     \n\
     \trgo <command> [arguments]\n\
     \n\
     The commands are:\n\
     \n\
     \tbuild       compile packages and dependencies\n\
     \thelp        show help for a command\n\
     \trun         compile and run Go program\n\
     \ttest        test packages\n\
     \tversion     print rgo version\n\
     \n\
     Use \"rgo help <command>\" for more information about a command.\n\
     \n\
     rgo needs no environment: it finds its standard library and runtime\n\
     next to its own executable ($RGO_ROOT overrides the location).\n\
     \n"
    .to_string()
}

const HELP_BUILD_FLAGS: &str = "\
The build flags are shared by the build and run commands:

\t-a
\t\taccepted for compatibility: rgo has no build cache and always
\t\trebuilds every package.
\t-gcflags '[pattern=]arg list'
\t\targuments to pass to the compiler. Without a pattern they apply
\t\tto the packages named on the command line; 'all=' applies them to
\t\tevery package, 'std=' to the standard library, an import path
\t\tpattern (with '...') to the packages it matches.
\t\tThe compiler accepts gc's -m (print escape analysis decisions;
\t\t-m=2 or -m -m for the reasons), -l (no inlining: rgo never
\t\tinlines), -N (no optimization), -S (print the machine code) and
\t\t-d=key[,key...] with rgo's keys: ast, types, ir, escape, clif, asm
\t\t(print that form of the program on standard output), noescape
\t\t(allocate everything on the heap) and opt=none|speed. Run
\t\t'rgo build -gcflags=-d=help' for the list.
\t-v
\t\tprint the names of packages as they are compiled.
\t-work
\t\tprint the name of the temporary work directory and
\t\tdo not delete it when exiting.
\t-x
\t\tprint the commands.
";

fn help_build() -> String {
    format!(
        "usage: rgo build [-o output] [build flags] [packages]\n\
         \n\
         Build compiles the packages named by the import paths,\n\
         along with their dependencies, but it does not install the results.\n\
         \n\
         If the arguments to build are a list of .go files from a single directory,\n\
         build treats them as a list of source files specifying a single package.\n\
         \n\
         When compiling packages, build ignores files that end in '_test.go'.\n\
         \n\
         When compiling a single main package, build writes the resulting\n\
         executable to an output file named after the last non-major-version\n\
         component of the package import path (the directory's name outside\n\
         a module). So 'rgo build example/sam' writes 'sam', and\n\
         'rgo build example.com/foo/v2' writes 'foo', not 'v2'.\n\
         \n\
         When compiling a package from a list of .go files, the executable\n\
         is named after the first source file.\n\
         'rgo build ed.go rx.go' writes 'ed'.\n\
         \n\
         When compiling a non-main package, build compiles the package but\n\
         discards the result, serving only as a check that it can be built.\n\
         \n\
         The -o flag forces build to write the resulting executable to the\n\
         named output file or directory. If the named output is an existing\n\
         directory or ends with a slash, the executable is written to that\n\
         directory.\n\
         \n\
         {HELP_BUILD_FLAGS}\n\
         Packages are directories (., ./dir, ../dir) or import paths: a path\n\
         in the current module (found from go.mod), or a standard package\n\
         from rgo's standard library.\n\
         \n\
         See also: rgo run.\n"
    )
}

fn help_run() -> String {
    "usage: rgo run [build flags] [-exec xprog] package [arguments...]\n\
     \n\
     Run compiles and runs the named main Go package.\n\
     Typically the package is specified as a list of .go source files from a single\n\
     directory, but it may also be a directory (., ./dir) or an import path.\n\
     \n\
     By default, 'rgo run' runs the compiled binary directly: 'a.out arguments...'.\n\
     If the -exec flag is given, 'rgo run' invokes the binary using xprog:\n\
     \t'xprog a.out arguments...'.\n\
     \n\
     The exit status of Run is not the exit status of the compiled binary:\n\
     when the program fails, run prints 'exit status N' (or the signal that\n\
     ended it) and exits with status 1.\n\
     \n\
     For more about build flags, see 'rgo help build'.\n\
     \n\
     See also: rgo build.\n"
        .to_string()
}

fn help(args: &[String]) -> i32 {
    match args {
        [] => {
            print!("{}", main_usage());
            0
        }
        [t] if t == "build" => {
            print!("{}", help_build());
            0
        }
        [t] if t == "run" => {
            print!("{}", help_run());
            0
        }
        [t] if t == "version" => {
            print!("usage: rgo version\n\nVersion prints the rgo version: 'rgo version {VERSION} linux/amd64'.\n");
            0
        }
        [t] if t == "test" => {
            print!("{}", test::HELP);
            0
        }
        _ => {
            eprintln!(
                "rgo help {}: unknown help topic. Run 'rgo help'.",
                args.join(" ")
            );
            2
        }
    }
}

/// A temporary work directory, removed when dropped unless kept.
struct WorkDir {
    path: PathBuf,
    keep: bool,
}

impl WorkDir {
    fn new(keep: bool) -> Result<WorkDir, String> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let path = std::env::temp_dir().join(format!("rgo-build{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&path).map_err(|e| format!("rgo: creating work directory: {e}"))?;
        Ok(WorkDir { path, keep })
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

/// `rgo build` and `rgo run`.
fn build_or_run(cmd: Command, args: &[String]) -> i32 {
    let bf = match flags::parse(cmd, args) {
        Ok(f) => f,
        Err(e) => {
            if !e.message.is_empty() {
                eprintln!("{}", e.message);
            }
            eprint!("{}", cmd.short_usage());
            return 2;
        }
    };
    // `rgo run`: the leading `.go` arguments are the files, or the first
    // argument is the package; the rest are the program's arguments.
    let (pkg_args, prog_args): (Vec<String>, Vec<String>) = match cmd {
        Command::Build => (bf.args.clone(), Vec::new()),
        Command::Run => {
            let n = bf.args.iter().take_while(|a| a.ends_with(".go")).count();
            if bf.args.is_empty() {
                eprintln!("rgo: no go files listed");
                return 1;
            }
            let n = if n == 0 { 1 } else { n };
            (bf.args[..n].to_vec(), bf.args[n..].to_vec())
        }
    };
    let install = match link::find_install() {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("rgo: cannot determine current directory: {e}");
            return 1;
        }
    };
    let cfg = LoadConfig {
        cwd: cwd.clone(),
        stdlib: install.stdlib.clone(),
        missing_file_is_package: cmd == Command::Build,
    };
    let program = match load::load(&cfg, &pkg_args) {
        Ok(p) => p,
        Err(load::LoadError(msg)) => {
            eprint!("{msg}");
            return 1;
        }
    };
    let root = program
        .packages
        .last()
        .expect("the loader returns the root package");
    let is_main = root.name == "main";
    if cmd == Command::Run && !is_main {
        eprintln!("package {} is not a main package", root.display);
        return 1;
    }
    // Where the executable goes (checked before compiling, like `go`).
    let output = match (cmd, is_main) {
        (Command::Build, true) => match output_path(&bf, &program, &cwd) {
            Ok(o) => Some(o),
            Err(msg) => {
                eprintln!("{msg}");
                return 1;
            }
        },
        _ => None,
    };
    let work = match WorkDir::new(bf.keep_work) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    if bf.keep_work {
        eprintln!("WORK={}", work.path.display());
    }
    let object = match compile(&bf, &program, is_main) {
        Ok(Some(o)) => o,
        Ok(None) => return 0,
        Err(status) => return status,
    };
    let runtime = match link::find_runtime(&install) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{e}");
            return 1;
        }
    };
    let obj_path = work.path.join("main.o");
    if let Err(e) = std::fs::write(&obj_path, &object) {
        eprintln!("rgo: writing {}: {e}", obj_path.display());
        return 1;
    }
    let exe_dir = work.path.join("exe");
    let _ = std::fs::create_dir_all(&exe_dir);
    let linked = match &output {
        // Never let the linker replace a device such as /dev/null: the
        // linker unlinks its output first. Link into the work dir instead.
        Some(o) if !is_special_file(o) => o.clone(),
        _ => exe_dir.join(&program.exe_name),
    };
    let mut link_cmd = link::link_command(&obj_path, &runtime, &linked);
    if bf.print_commands {
        eprintln!("{}", link::show_command(&link_cmd));
    }
    if let Err(msg) = link::link(&mut link_cmd) {
        eprint!("{msg}");
        if !msg.ends_with('\n') {
            eprintln!();
        }
        return 1;
    }
    match cmd {
        Command::Build => 0,
        Command::Run => run_program(&bf, &linked, &prog_args),
    }
}

/// The executable's path for `rgo build`, or `go`'s complaint about it.
fn output_path(bf: &BuildFlags, program: &Program, cwd: &Path) -> Result<PathBuf, String> {
    let root = program.packages.last().expect("root package");
    let out = match &bf.output {
        Some(o) if o.ends_with('/') => {
            let d = cwd.join(o);
            std::fs::create_dir_all(&d).map_err(|e| {
                format!(
                    "{0}: rgo build {0}: mkdir {o}: {1}",
                    root.display,
                    load::io_reason(&e)
                )
            })?;
            return Ok(d.join(&program.exe_name));
        }
        Some(o) => {
            let p = cwd.join(o);
            if p.is_dir() {
                return Ok(p.join(&program.exe_name));
            }
            if let Some(parent) = p.parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            (o.clone(), p)
        }
        None => {
            let p = cwd.join(&program.exe_name);
            if p.is_dir() {
                return Err(format!(
                    "rgo: build output \"{}\" already exists and is a directory",
                    program.exe_name
                ));
            }
            (program.exe_name.clone(), p)
        }
    };
    let (shown, path) = out;
    if path.is_file() && !is_object_or_empty(&path) {
        return Err(format!(
            "{0}: rgo build {0}: build output \"{shown}\" already exists and is not an object file",
            root.display
        ));
    }
    Ok(path)
}

/// `go`'s rule for overwriting: only empty files and object files
/// (ELF, archives) may be replaced by the build output.
fn is_object_or_empty(p: &Path) -> bool {
    use std::io::Read as _;
    let mut buf = [0u8; 8];
    let Ok(mut f) = std::fs::File::open(p) else {
        return false;
    };
    let n = f.read(&mut buf).unwrap_or(0);
    n == 0 || buf[..n].starts_with(b"\x7fELF") || buf[..n].starts_with(b"!<arch>\n")
}

/// Runs the built program like `go run`: standard streams inherited; a
/// failure prints `exit status N` or `signal: NAME` and gives status 1.
fn run_program(bf: &BuildFlags, exe: &Path, args: &[String]) -> i32 {
    let mut cmd = match &bf.exec {
        Some(x) => {
            let words = session::quoted_split(x).unwrap_or_else(|_| vec![x.clone()]);
            let mut c = std::process::Command::new(&words[0]);
            c.args(&words[1..]).arg(exe);
            c
        }
        None => std::process::Command::new(exe),
    };
    cmd.args(args);
    if bf.print_commands {
        eprintln!("{}", link::show_command(&cmd));
    }
    // Like `go run`, let an interrupt from the terminal reach the program
    // (same process group) without killing rgo first.
    let _ignore = IgnoreInterrupts::new();
    let status = match cmd.status() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("fork/exec {}: {}", exe.display(), load::io_reason(&e));
            return 1;
        }
    };
    use std::os::unix::process::ExitStatusExt as _;
    if let Some(code) = status.code() {
        if code == 0 {
            return 0;
        }
        eprintln!("exit status {code}");
        return 1;
    }
    if let Some(sig) = status.signal() {
        let core = if status.core_dumped() {
            " (core dumped)"
        } else {
            ""
        };
        eprintln!("signal: {}{core}", signal_name(sig));
    }
    1
}

/// Go's description of a Linux signal (`syscall.Signal.String`).
pub fn signal_name(sig: i32) -> String {
    const NAMES: [&str; 31] = [
        "hangup",
        "interrupt",
        "quit",
        "illegal instruction",
        "trace/breakpoint trap",
        "aborted",
        "bus error",
        "floating point exception",
        "killed",
        "user defined signal 1",
        "segmentation fault",
        "user defined signal 2",
        "broken pipe",
        "alarm clock",
        "terminated",
        "stack fault",
        "child exited",
        "continued",
        "stopped (signal)",
        "stopped",
        "stopped (tty input)",
        "stopped (tty output)",
        "urgent I/O condition",
        "CPU time limit exceeded",
        "file size limit exceeded",
        "virtual timer expired",
        "profiling timer expired",
        "window changed",
        "I/O possible",
        "power failure",
        "bad system call",
    ];
    match usize::try_from(sig)
        .ok()
        .and_then(|s| s.checked_sub(1))
        .and_then(|i| NAMES.get(i))
    {
        Some(n) => n.to_string(),
        None => format!("signal {sig}"),
    }
}

/// Ignores SIGINT and SIGQUIT while alive (restoring the defaults after).
struct IgnoreInterrupts;

extern "C" {
    /// C's `signal(2)`; the C library is always linked into a Rust program.
    fn signal(signum: i32, handler: usize) -> usize;
}

const SIGINT: i32 = 2;
const SIGQUIT: i32 = 3;
const SIG_DFL: usize = 0;
const SIG_IGN: usize = 1;

impl IgnoreInterrupts {
    fn new() -> IgnoreInterrupts {
        // SAFETY: installing SIG_IGN for these signals has no preconditions.
        unsafe {
            signal(SIGINT, SIG_IGN);
            signal(SIGQUIT, SIG_IGN);
        }
        IgnoreInterrupts
    }
}

impl Drop for IgnoreInterrupts {
    fn drop(&mut self) {
        // SAFETY: as above.
        unsafe {
            signal(SIGINT, SIG_DFL);
            signal(SIGQUIT, SIG_DFL);
        }
    }
}

/// Per-package compiler flags from every `-gcflags` (the last matching one
/// wins, as in `go`), parsed; on an error, gc's message under the package's
/// header and status 1.
fn session_for(bf: &BuildFlags, program: &Program) -> Result<Session, i32> {
    let mut main = GcFlags::default();
    let mut per_package = Vec::new();
    // The last package is the one whose `main` the program runs (for
    // `rgo test`, the generated test main, which no pattern-less flag
    // names; the package under test is then one of the others).
    let last = program.packages.len().saturating_sub(1);
    for (i, p) in program.packages.iter().enumerate() {
        let Some(arg) = bf
            .gcflags
            .iter()
            .rev()
            .find(|g| g.pattern.matches(&p.display, p.is_root, p.is_std))
        else {
            continue;
        };
        let flags = match session::parse_gc_args(&arg.args) {
            Ok(GcParse::Flags(f)) => f,
            Ok(GcParse::DebugHelp) => {
                eprint!("# {}\n{}", p.display, session::debug_help());
                return Err(1);
            }
            Err(e) => {
                let mut text = format!("# {}\n", p.display);
                if !e.message.is_empty() {
                    text.push_str(&e.message);
                    text.push('\n');
                }
                if e.usage {
                    text.push_str(&session::compile_usage());
                }
                eprint!("{text}");
                return Err(1);
            }
        };
        if i == last {
            main = flags;
        } else {
            per_package.push((p.path.clone(), flags));
        }
    }
    let mut sess = Session::new(main, per_package);
    if let Some(root) = program.packages.last() {
        sess.main_path = root.path.clone();
    }
    Ok(sess)
}

/// Prints diagnostics under `# package` headers: each package's share,
/// in dependency order, errors sorted as gc sorts them, notes as given.
fn print_grouped(program: &Program, diags: &[Diagnostic], notes: bool) {
    let mut owner: HashMap<u32, usize> = HashMap::new();
    for (i, p) in program.packages.iter().enumerate() {
        for f in &p.files {
            owner.insert(f.0, i);
        }
    }
    let last = program.packages.len() - 1;
    let mut out = String::new();
    for (i, p) in program.packages.iter().enumerate() {
        let mine: Vec<Diagnostic> = diags
            .iter()
            .filter(|d| owner.get(&d.span.file.0).copied().unwrap_or(last) == i)
            .cloned()
            .collect();
        if mine.is_empty() {
            continue;
        }
        let body = if notes {
            diag::render_notes(&program.sm, &mine)
        } else {
            diag::render_errors(&program.sm, &mine)
        };
        if !body.is_empty() {
            out.push_str(&format!("# {}\n{body}", p.display));
        }
    }
    eprint!("{out}");
}

/// Parses, checks and compiles every package. `Ok(None)`: a non-main
/// package was compiled and nothing is to be linked. `Err(status)`: the
/// messages were printed.
fn compile(bf: &BuildFlags, program: &Program, is_main: bool) -> Result<Option<Vec<u8>>, i32> {
    let sess = session_for(bf, program)?;
    let sm: &SourceMap = &program.sm;
    let arena = bumpalo::Bump::new();
    let mut ids = NodeIds::default();
    let mut tcx = TyCtx::new();
    let mut info = Info::default();
    crate::types::check::init_universe(&mut tcx);
    let mut by_path: HashMap<String, PkgId> = HashMap::new();
    let mut loaded: Vec<LoadedPackage<'_>> = Vec::new();
    let mut gen = crate::types::check::Generics::default();
    let mut stdout = std::io::stdout().lock();
    for p in &program.packages {
        if bf.verbose {
            eprintln!("{}", p.display);
        }
        let flags = sess.flags_for(&p.path);
        let mut files = Vec::new();
        let mut errors = Vec::new();
        for &fid in &p.files {
            let sf = sm.file(fid);
            if flags.dumps.tokens {
                let _ = write!(
                    stdout,
                    "# {} (-d=tokens)\n{}",
                    sf.display,
                    crate::syntax::lexer::dump_tokens(fid, sm)
                );
            }
            let (file, diags) =
                crate::syntax::parse_source(&arena, fid, &sf.text, &sf.invalid_utf8, &mut ids);
            files.push(file);
            errors.extend(diags);
        }
        // Like gc, only `syntax error: ...` stops before type checking; the
        // other lexical errors are reported together with the type errors.
        if errors.iter().any(|d| d.syntax) {
            eprint!("# {}\n{}", p.display, diag::render_errors(sm, &errors));
            return Err(1);
        }
        if flags.dumps.ast {
            for f in &files {
                let _ = write!(
                    stdout,
                    "# {} (-d=ast)\n{}",
                    sm.file(f.span.file).display,
                    crate::syntax::dump::dump_file(f, sm)
                );
            }
        }
        let lookup = |path: &str| by_path.get(path).copied();
        let (id, mut diags) = crate::types::check::check_package_in(
            &mut tcx, &mut info, &mut gen, sm, &p.path, &files, &lookup,
        );
        diags.extend(errors);
        if diags.iter().any(|d| d.severity == diag::Severity::Error) {
            eprint!("# {}\n{}", p.display, diag::render_errors(sm, &diags));
            return Err(1);
        }
        if flags.dumps.types {
            let _ = write!(
                stdout,
                "# {} (-d=types)\n{}",
                p.display,
                crate::types::check::dump_types(&tcx, &info, &files, sm)
            );
        }
        by_path.insert(p.path.clone(), id);
        loaded.push(LoadedPackage {
            id,
            path: p.path.clone(),
            files,
            is_std: p.is_std,
        });
    }
    drop(stdout);
    // A non-main package is compiled too, as `go build` compiles it: its
    // `-m` report and any code-generation error are the user's to see; only
    // the object is then dropped.
    let input = codegen::BuildInput {
        sess: &sess,
        sm,
        tcx: &tcx,
        info: &info,
        packages: &loaded,
    };
    let out = match codegen::build_object(&input) {
        Ok(o) => o,
        Err(fail) => {
            print_grouped(program, &fail.notes, true);
            if fail.errors.is_empty() {
                eprintln!("rgo: code generation failed without a diagnostic");
            } else {
                print_grouped(program, &fail.errors, false);
            }
            return Err(1);
        }
    };
    print_grouped(program, &out.notes, true);
    if sess.dumps.asm {
        dump_asm(&out.object);
    }
    Ok(is_main.then_some(out.object))
}

/// Prints the disassembly of the object (`-d=asm`, `-S`) on stdout.
fn dump_asm(object: &[u8]) {
    let Ok(dir) = WorkDir::new(false) else { return };
    let p = dir.path.join("asm.o");
    if std::fs::write(&p, object).is_err() {
        return;
    }
    match link::disassemble(&p) {
        Ok(text) => print!("{text}"),
        Err(e) => eprintln!("{e}"),
    }
}

/// Whether `p` exists and is not a regular file or directory (a device,
/// a FIFO, a socket): `rgo build -o /dev/null` must leave it alone.
fn is_special_file(p: &Path) -> bool {
    if p == Path::new("/dev/null") {
        return true;
    }
    match std::fs::metadata(p) {
        Ok(m) => !m.is_file() && !m.is_dir(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_program_statuses() {
        // `go run` prints `exit status N` / `signal: NAME` and exits 1.
        let bf = BuildFlags::default();
        let sh = Path::new("/bin/sh");
        let args = |s: &str| vec!["-c".to_string(), s.to_string()];
        assert_eq!(run_program(&bf, sh, &args("exit 0")), 0);
        assert_eq!(run_program(&bf, sh, &args("exit 3")), 1);
        assert_eq!(run_program(&bf, sh, &args("kill -9 $$")), 1);
    }

    #[test]
    fn signal_names() {
        assert_eq!(signal_name(9), "killed");
        assert_eq!(signal_name(11), "segmentation fault");
        assert_eq!(signal_name(15), "terminated");
        assert_eq!(signal_name(64), "signal 64");
    }
}
