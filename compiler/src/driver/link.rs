//! Finding rgo's installation (standard library and runtime) and linking
//! the object the back end produced into an executable with the system `cc`.
//!
//! The installation root is `$RGO_ROOT` when set; otherwise the first
//! directory above the `rgo` executable that holds both `stdlib/` and
//! `runtime/`; otherwise the source tree rgo was built from. The runtime
//! archive is looked for next to the `rgo` executable first (a Cargo target
//! directory holds both, whatever `CARGO_TARGET_DIR` is), then in
//! `<root>/target/<profile>/` for rgo's own profile and then the other one.
//!
//! Link command (Debian's `cc` is GCC and links PIE by default):
//! `cc -o OUT obj.o librgo_runtime.a -no-pie -Wl,--gc-sections -lgcc_s
//! -lutil -lrt -lpthread -lm -ldl -lc`. `-no-pie` is chosen because it accepts both
//! position-independent and absolute Cranelift objects (a PIE link rejects
//! absolute 32-bit relocations), and a Go program gains nothing from
//! address randomisation of its text. The libraries are those a Rust
//! `staticlib` needs on glibc (`--print native-static-libs`).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The installation rgo uses.
#[derive(Clone, Debug)]
pub struct Install {
    pub root: PathBuf,
    pub stdlib: PathBuf,
}

fn is_root(dir: &Path) -> bool {
    dir.join("stdlib").is_dir() && dir.join("runtime").is_dir()
}

/// Finds rgo's installation root.
pub fn find_install() -> Result<Install, String> {
    if let Some(r) = std::env::var_os("RGO_ROOT").filter(|r| !r.is_empty()) {
        let root = PathBuf::from(r);
        if !root.join("stdlib").is_dir() {
            return Err(format!(
                "rgo: RGO_ROOT={}: no stdlib directory in it",
                root.display()
            ));
        }
        return Ok(Install {
            stdlib: root.join("stdlib"),
            root,
        });
    }
    let mut candidates = Vec::new();
    if let Ok(exe) = std::env::current_exe() {
        let exe = exe.canonicalize().unwrap_or(exe);
        candidates.extend(exe.ancestors().skip(1).map(Path::to_path_buf));
    }
    // The source tree rgo was built from: `compiler/..`.
    candidates.push(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."));
    for c in candidates {
        if is_root(&c) {
            let root = c.canonicalize().unwrap_or(c);
            return Ok(Install {
                stdlib: root.join("stdlib"),
                root,
            });
        }
    }
    Err("rgo: cannot find rgo's installation (a directory holding stdlib/ and runtime/); set RGO_ROOT".to_string())
}

/// The name of the runtime archive.
pub const RUNTIME_LIB: &str = "librgo_runtime.a";

/// Finds the runtime archive, or the message saying how to build it.
pub fn find_runtime(install: &Install) -> Result<PathBuf, String> {
    let mut candidates = Vec::new();
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf));
    if let Some(d) = &exe_dir {
        candidates.push(d.join(RUNTIME_LIB));
        // Test binaries live in `<target>/<profile>/deps/`.
        if d.ends_with("deps") {
            if let Some(p) = d.parent() {
                candidates.push(p.join(RUNTIME_LIB));
            }
        }
    }
    let profiles = if cfg!(debug_assertions) {
        ["debug", "release"]
    } else {
        ["release", "debug"]
    };
    for p in profiles {
        candidates.push(install.root.join("target").join(p).join(RUNTIME_LIB));
    }
    if let Some(found) = candidates.iter().find(|c| c.is_file()) {
        return Ok(found.clone());
    }
    Err(format!(
        "rgo: runtime library not found at {}; run 'make build'",
        candidates[0].display()
    ))
}

/// The libraries a Rust staticlib needs on glibc, after the archive.
pub const SYSTEM_LIBS: &[&str] = &[
    "-lgcc_s",
    "-lutil",
    "-lrt",
    "-lpthread",
    "-lm",
    "-ldl",
    "-lc",
];

/// The `cc` command that links `object` with the runtime into `out`.
pub fn link_command(object: &Path, runtime: &Path, out: &Path) -> Command {
    let cc = std::env::var("CC")
        .ok()
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "cc".to_string());
    let mut cmd = Command::new(cc);
    cmd.arg("-o")
        .arg(out)
        .arg(object)
        .arg(runtime)
        .arg("-no-pie")
        .arg("-Wl,--gc-sections");
    cmd.args(SYSTEM_LIBS);
    cmd
}

/// Renders a command like `go build -x` does: words separated by spaces.
pub fn show_command(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// Runs the linker; on failure, the message to print (the linker's output
/// included).
pub fn link(cmd: &mut Command) -> Result<(), String> {
    let output = cmd.output().map_err(|e| {
        format!(
            "rgo: cannot run the C linker '{}': {e}",
            cmd.get_program().to_string_lossy()
        )
    })?;
    if output.status.success() {
        return Ok(());
    }
    let mut msg = String::from("rgo: linking failed:\n");
    msg.push_str(&show_command(cmd));
    msg.push('\n');
    msg.push_str(&String::from_utf8_lossy(&output.stderr));
    msg.push_str(&String::from_utf8_lossy(&output.stdout));
    Err(msg)
}

/// Disassembles an object with `objdump` (for `-d=asm` / `-S`).
pub fn disassemble(object: &Path) -> Result<String, String> {
    let out = Command::new("objdump")
        .args(["-d", "--no-show-raw-insn", "-r"])
        .arg(object)
        .output()
        .map_err(|e| format!("rgo: -d=asm needs objdump: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "rgo: objdump failed: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_a_c_object() {
        // A C object stands in for the back end's: it must link with the
        // same command, without the runtime (an empty archive stands in).
        let dir = std::env::temp_dir().join(format!("rgo-link-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let c = dir.join("m.c");
        std::fs::write(&c, "int main(void) { return 7; }\n").unwrap();
        let obj = dir.join("m.o");
        let ok = Command::new("cc")
            .arg("-c")
            .arg("-o")
            .arg(&obj)
            .arg(&c)
            .status();
        if !ok.is_ok_and(|s| s.success()) {
            return; // No C compiler: nothing to test.
        }
        let ar = dir.join("libempty.a");
        std::fs::write(&ar, "!<arch>\n").unwrap();
        let exe = dir.join("m");
        link(&mut link_command(&obj, &ar, &exe)).unwrap();
        let st = Command::new(&exe).status().unwrap();
        assert_eq!(st.code(), Some(7));
        let bad = link(&mut link_command(&dir.join("missing.o"), &ar, &exe)).unwrap_err();
        assert!(bad.starts_with("rgo: linking failed:\n"), "{bad}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
