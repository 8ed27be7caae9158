//! Integration tests of the `rgo` command line on bad inputs.
//!
//! Every expected text was taken from go1.27.3 (`go build` / `go run` on
//! the same inputs, in module mode), with the command name `go` replaced by
//! `rgo`; the exit statuses are go's too.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A scratch directory holding a `go.mod` for `example.com/m`.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("rgo-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("go.mod"), "module example.com/m\n\ngo 1.22\n").unwrap();
        Scratch(dir)
    }

    fn file(&self, rel: &str, content: &[u8]) -> &Self {
        let p = self.0.join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, content).unwrap();
        self
    }

    fn dir(&self, rel: &str) -> &Self {
        std::fs::create_dir_all(self.0.join(rel)).unwrap();
        self
    }

    /// Runs rgo in the scratch directory: `(status, stdout, stderr)`.
    fn rgo(&self, args: &[&str]) -> (i32, String, String) {
        rgo_in(&self.0, args)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn rgo_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rgo"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn check(s: &Scratch, args: &[&str], status: i32, stderr: &str) {
    let (st, _, err) = s.rgo(args);
    assert_eq!(err, stderr, "stderr of rgo {args:?}");
    assert_eq!(st, status, "status of rgo {args:?}");
}

#[test]
fn unknown_flag() {
    let s = Scratch::new("flag");
    check(
        &s,
        &["build", "-nosuchflag"],
        2,
        "flag provided but not defined: -nosuchflag\nusage: rgo build [-o output] [build flags] [packages]\nRun 'rgo help build' for details.\n",
    );
    check(
        &s,
        &["run", "-o", "x", "main.go"],
        2,
        "flag provided but not defined: -o\nusage: rgo run [build flags] [-exec xprog] package [arguments...]\nRun 'rgo help run' for details.\n",
    );
    check(
        &s,
        &["build", "-o"],
        2,
        "flag needs an argument: -o\nusage: rgo build [-o output] [build flags] [packages]\nRun 'rgo help build' for details.\n",
    );
    check(
        &s,
        &["build", "-gcflags=foo"],
        2,
        "invalid value \"foo\" for flag -gcflags: missing =<value> in <pattern>=<value>\nusage: rgo build [-o output] [build flags] [packages]\nRun 'rgo help build' for details.\n",
    );
}

#[test]
fn unknown_command() {
    let s = Scratch::new("cmd");
    check(
        &s,
        &["foo"],
        2,
        "rgo foo: unknown command\nRun 'rgo help' for usage.\n",
    );
    check(
        &s,
        &["help", "foo"],
        2,
        "rgo help foo: unknown help topic. Run 'rgo help'.\n",
    );
    let (st, out, _) = s.rgo(&["version"]);
    assert_eq!(st, 0);
    assert!(
        out.starts_with("rgo version rgo") && out.ends_with(" linux/amd64\n"),
        "{out}"
    );
}

#[test]
fn missing_file_and_dir() {
    let s = Scratch::new("missing");
    check(
        &s,
        &["run", "nosuch.go"],
        1,
        "stat nosuch.go: no such file or directory\n",
    );
    // `go build` words this as a module lookup failure; rgo uses `go run`'s
    // message for both commands.
    check(
        &s,
        &["build", "nosuch.go"],
        1,
        "stat nosuch.go: no such file or directory\n",
    );
    let abs = s.0.join("nosuchdir");
    check(
        &s,
        &["build", "./nosuchdir"],
        1,
        &format!("stat {}: directory not found\n", abs.display()),
    );
    check(&s, &["run"], 1, "rgo: no go files listed\n");
}

#[test]
fn empty_and_binary_files() {
    let s = Scratch::new("bad");
    s.file("empty/e.go", b"")
        .file("nopkg/n.go", b"func main() {}\n");
    let mut elf = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00".to_vec();
    elf.extend_from_slice(&[0u8; 40]);
    s.file("bin/b.go", &elf);
    check(
        &s,
        &["build", "./empty"],
        1,
        "empty/e.go:1:1: expected 'package', found 'EOF'\n",
    );
    check(
        &s,
        &["build", "empty/e.go"],
        1,
        "empty/e.go:1:1: expected 'package', found 'EOF'\n",
    );
    check(
        &s,
        &["build", "./nopkg"],
        1,
        "nopkg/n.go:1:1: expected 'package', found 'func'\n",
    );
    check(
        &s,
        &["build", "./bin"],
        1,
        "bin/b.go:1:1: illegal character U+007F\n",
    );
    check(
        &s,
        &["build", "bin/b.go"],
        1,
        "rgo: reading bin/b.go: unexpected NUL in input\n",
    );
    let (st, _, err) = rgo_in(&s.0.join("empty"), &["build", "e.go"]);
    assert_eq!(
        (st, err.as_str()),
        (1, "e.go:1:1: expected 'package', found 'EOF'\n")
    );
}

#[test]
fn package_problems() {
    let s = Scratch::new("pkgs");
    s.file("mixed/a.go", b"package main\nfunc main(){}\n")
        .file("mixed/b.go", b"package foo\n");
    s.file("nogo/readme.txt", b"hi\n");
    s.file(
        "ign/i.go",
        b"//go:build ignore\n\npackage main\nfunc main(){}\n",
    );
    s.file("lib/l.go", b"package lib\n");
    let d = |rel: &str| s.0.join(rel).display().to_string();
    check(
        &s,
        &["build", "./mixed"],
        1,
        &format!(
            "found packages main (a.go) and foo (b.go) in {}\n",
            d("mixed")
        ),
    );
    check(
        &s,
        &["build", "mixed/a.go", "mixed/b.go"],
        1,
        &format!(
            "found packages main (a.go) and foo (b.go) in {}\n",
            d("mixed")
        ),
    );
    check(
        &s,
        &["build", "./nogo"],
        1,
        &format!("no Go files in {}\n", d("nogo")),
    );
    check(
        &s,
        &["build", "./ign"],
        1,
        &format!(
            "package example.com/m/ign: build constraints exclude all Go files in {}\n",
            d("ign")
        ),
    );
    check(
        &s,
        &["build", "mixed/a.go", "nogo/readme.txt"],
        1,
        "named files must be .go files: nogo/readme.txt\n",
    );
    check(
        &s,
        &["build", "mixed/a.go", "lib/l.go"],
        1,
        "named files must all be in one directory; have mixed and lib\n",
    );
    check(
        &s,
        &["run", "./lib"],
        1,
        "package example.com/m/lib is not a main package\n",
    );
    s.dir("out");
    s.file("out/main.go", b"package main\nfunc main(){}\n");
    check(
        &s,
        &["build", "./out"],
        1,
        "rgo: build output \"out\" already exists and is a directory\n",
    );
}

#[test]
fn import_cycle() {
    let s = Scratch::new("cycle");
    s.file(
        "cyc/a/a.go",
        b"package a\n\nimport \"example.com/m/cyc/b\"\n\nvar X = b.Y\n",
    );
    s.file(
        "cyc/b/b.go",
        b"package b\n\nimport \"example.com/m/cyc/a\"\n\nvar Y = a.X\n",
    );
    s.file(
        "cyc/main.go",
        b"package main\n\nimport \"example.com/m/cyc/a\"\n\nfunc main() { println(a.X) }\n",
    );
    check(
        &s,
        &["build", "-o", "x", "cyc/main.go"],
        1,
        "package command-line-arguments\n\timports example.com/m/cyc/a from main.go\n\timports example.com/m/cyc/b from a.go\n\timports example.com/m/cyc/a from b.go: import cycle not allowed\n",
    );
}

#[test]
fn bad_gcflags() {
    let s = Scratch::new("gcflags");
    s.file("p/main.go", b"package main\n\nfunc main() {}\n");
    let (st, _, err) = s.rgo(&["build", "-o", "x", "-gcflags=-foo", "./p"]);
    assert_eq!(st, 1);
    assert!(
        err.starts_with("# example.com/m/p\nflag provided but not defined: -foo\nusage: compile [options] file.go...\n"),
        "{err}"
    );
}
