//! Unit tests of the escape analysis on hand-built programs; end-to-end
//! expectations live in `tests/escape/*.go` (checked against gc).

use super::*;

#[test]
fn empty_program_has_no_batches_and_no_notes() {
    let mut prog = Program::default();
    let tcx = TyCtx::new();
    let sm = SourceMap::default();
    assert!(bottom_up_batches(&prog).is_empty());
    let notes = analyze(
        &mut prog,
        &tcx,
        &sm,
        &EscapeOptions {
            m_level: 1,
            noescape: false,
        },
    );
    assert!(notes.is_empty());
}
