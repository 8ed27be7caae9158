//! The front end as one library call: lex, parse and type-check a package
//! held in memory, without loading imports or generating code.
//!
//! Used by the fuzzer (`rgo-fuzz`, `make fuzz`) and by the front-end
//! benchmark (`benches/frontend`). Imports resolve to nothing, so a program
//! that uses `fmt` gets `undefined: fmt`-style errors; that is fine for both
//! uses, which care about the phases' robustness and speed, not the verdict.
//! Like the driver, syntax errors stop before type checking, and the work runs
//! on the caller's thread (run it on a thread with a large stack, as the
//! driver does, for deeply nested input).

use crate::diag::{self, Diagnostic};
use crate::syntax::ast::NodeIds;
use crate::syntax::span::SourceMap;
use crate::types::{Info, TyCtx};

/// What one front-end run produced.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Whether type checking ran (no `syntax error`).
    pub checked: bool,
    /// The diagnostics as gc would print them (at most ten, sorted).
    pub rendered: String,
}

/// Parses and type-checks the files `(name, bytes)` as one package.
pub fn check_package_source(files: &[(&str, &[u8])]) -> Outcome {
    let mut sm = SourceMap::default();
    let ids_of: Vec<_> = files
        .iter()
        .map(|(name, bytes)| sm.add_bytes(format!("./{name}"), bytes))
        .collect();
    let arena = bumpalo::Bump::new();
    let mut ids = NodeIds::default();
    let mut parsed = Vec::new();
    let mut errors: Vec<Diagnostic> = Vec::new();
    let mut out = Outcome::default();
    for &fid in &ids_of {
        let sf = sm.file(fid);
        let (file, diags) =
            crate::syntax::parse_source(&arena, fid, &sf.text, &sf.invalid_utf8, &mut ids);
        parsed.push(file);
        errors.extend(diags);
    }
    if !errors.iter().any(|d| d.syntax) && !parsed.is_empty() {
        let mut tcx = TyCtx::new();
        let mut info = Info::default();
        crate::types::check::init_universe(&mut tcx);
        let (_, diags) =
            crate::types::check::check_package(&mut tcx, &mut info, &sm, "main", &parsed, &|_| {
                None
            });
        errors.extend(diags);
        out.checked = true;
    }
    out.rendered = diag::render_errors(&sm, &errors);
    out
}
