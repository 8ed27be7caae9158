//! End-to-end smoke test of the staticlib: compiles `tests/c/smoke.c` (a C
//! stand-in for compiled Go code that defines `rgo_main`) with `cc`, links it
//! against `librgo_runtime.a` the way the rgo driver does, runs it, and
//! compares its stderr and exit status with what gc go1.27.3 prints for the
//! equivalent Go program (quoted in the C file). Skips, loudly, when `cc` is
//! not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

/// gc's stderr for the normal run.
const EXPECTED: &str = "42 hello -7 18446744073709551615 true 1.5 1e+21 0.1\n\
foobar\n\
3 5\n\
1 2 4 8 16 32 64 128 256 512 848 1280 \n\
999 h\u{e9}llo\n";

fn staticlib() -> Option<PathBuf> {
    // The test binary lives in target/<profile>/deps; cargo puts the
    // staticlib built for this test run next to it and in target/<profile>.
    let exe = std::env::current_exe().ok()?;
    let deps = exe.parent()?;
    let uplifted = deps.parent()?.join("librgo_runtime.a");
    let mut newest: Option<(std::time::SystemTime, PathBuf)> = None;
    for e in std::fs::read_dir(deps).ok()?.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with("librgo_runtime") && name.ends_with(".a") {
            let t = e.metadata().ok()?.modified().ok()?;
            if newest.as_ref().is_none_or(|(nt, _)| t > *nt) {
                newest = Some((t, e.path()));
            }
        }
    }
    newest
        .map(|(_, p)| p)
        .or_else(|| uplifted.exists().then_some(uplifted))
}

fn build(dir: &Path) -> Option<PathBuf> {
    if Command::new("cc").arg("--version").output().is_err() {
        eprintln!("\n*** SKIPPING runtime smoke test: `cc` not found ***\n");
        return None;
    }
    let lib = staticlib().expect("librgo_runtime.a not found next to the test binary");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/c/smoke.c");
    let out = dir.join("smoke");
    let status = Command::new("cc")
        .arg("-O1")
        .arg(&src)
        .arg(&lib)
        .args(["-lpthread", "-ldl", "-lm", "-o"])
        .arg(&out)
        .status()
        .expect("running cc");
    assert!(status.success(), "cc failed linking {}", lib.display());
    Some(out)
}

fn run(bin: &Path, arg: Option<&str>) -> (String, Option<i32>) {
    let mut c = Command::new(bin);
    c.env_remove("GOGC");
    if arg == Some("gc") {
        c.env("GOGC", "100");
    }
    if let Some(a) = arg {
        c.arg(a);
    }
    let out = c.output().expect("running smoke binary");
    assert!(out.stdout.is_empty(), "print output must go to stderr");
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

#[test]
fn c_program_links_and_matches_gc() {
    let dir = std::env::temp_dir().join(format!("rgo-runtime-smoke-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let Some(bin) = build(&dir) else { return };

    let (err, code) = run(&bin, None);
    assert_eq!(err, EXPECTED);
    assert_eq!(code, Some(0));

    // Panics: gc's first stderr line, then the goroutine header, status 2.
    let cases = [
        (
            "bounds",
            "panic: runtime error: index out of range [5] with length 3",
        ),
        (
            "segv",
            "panic: runtime error: invalid memory address or nil pointer dereference",
        ),
        (
            "overflow",
            "runtime: goroutine stack exceeds 1000000000-byte limit",
        ),
    ];
    for (arg, first) in cases {
        let (err, code) = run(&bin, Some(arg));
        let rest = err
            .strip_prefix(EXPECTED)
            .unwrap_or_else(|| panic!("{arg}: {err}"));
        assert_eq!(rest.lines().next(), Some(first), "{arg}: {rest}");
        assert_eq!(code, Some(2), "{arg}");
        if arg != "overflow" {
            assert!(
                rest.contains("\n\ngoroutine 1 [running]:\n"),
                "{arg}: {rest}"
            );
        } else {
            assert!(rest.contains("\nfatal error: stack overflow\n"), "{rest}");
        }
    }
    // Collector (opt-in via GOGC): 20000 nodes survive ~400 MB of garbage
    // allocated around them, at least one collection ran, HeapSys < 64 MiB.
    let (err, code) = run(&bin, Some("gc"));
    assert_eq!(
        err.strip_prefix(EXPECTED),
        Some("gc 20000 true true\n"),
        "{err}"
    );
    assert_eq!(code, Some(0));

    let (err, code) = run(&bin, Some("exit"));
    assert_eq!(err, EXPECTED);
    assert_eq!(code, Some(3));
    let _ = std::fs::remove_dir_all(&dir);
}
