//! Diagnostics as data, rendered in one place.
//!
//! Every phase reports problems as `Diagnostic` values; only `render` turns
//! them into text. The text format is gc's: `path:LINE:COL: message`, one per
//! line, the first 10 reported sorted by position, the tenth followed by `too many errors`.
//! The same format carries `-m` escape-analysis notes, so the test runner can
//! check both with one matcher.

use crate::syntax::span::{SourceMap, Span};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Severity {
    Error,
    /// `-m` output and other informational lines: never counted as errors.
    Note,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    /// A `syntax error: ...` (gc counts only messages with that prefix as
    /// syntax errors): it stops the build before type checking, and only one
    /// is reported per line. Other parser and lexer errors (`invalid
    /// character ...`, `newline in string`) are reported, and the files are
    /// still type-checked, like gc.
    pub syntax: bool,
    /// Reported by gc's parser rather than its type checker: every lexer and
    /// parser error, and the label and branch errors of `syntax/branches.go`
    /// (`label L defined and not used`, `break is not in a loop, switch, or
    /// select`, `goto L jumps into block ...`), which gc's parser checks as
    /// each function body ends. They precede every type error in report
    /// order, which decides which ten errors gc shows.
    pub parsed: bool,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
            syntax: false,
            parsed: false,
        }
    }

    /// A label or branch error: found by rgo's checker, but by gc's parser
    /// (see `parsed`).
    pub fn branch(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            parsed: true,
            ..Diagnostic::error(span, message)
        }
    }

    /// An error of the lexer or parser; see `syntax` for which ones stop the
    /// build.
    pub fn syntax(span: Span, message: impl Into<String>) -> Diagnostic {
        let message = message.into();
        Diagnostic {
            severity: Severity::Error,
            span,
            syntax: message.starts_with("syntax error"),
            parsed: true,
            message,
        }
    }

    pub fn note(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Note,
            span,
            message: message.into(),
            syntax: false,
            parsed: false,
        }
    }
}

/// The most errors gc prints before giving up.
pub const MAX_ERRORS: usize = 10;

/// Renders errors the way gc does. gc's `ErrorfAt` sees errors in the order
/// the compiler reports them (the checker's order, which follows types2's):
/// it drops a syntax error on the line of the previous syntax error (the
/// parser reports one per line) and an error equal to the previous one
/// (same line, same text), and at the tenth error it accepts it prints what
/// it has, sorted by position (`FlushErrors`, which also drops exact
/// repeats), then `too many errors` at the tenth error's position. So with
/// many errors the ten shown are the first ten reported, not the ten first
/// in the file.
pub fn render_errors(sm: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut kept: Vec<&Diagnostic> = Vec::new();
    let mut last_syntax_line: Option<(u32, u32)> = None;
    let mut last_other: Option<((u32, u32), &str)> = None;
    let mut too_many = None;
    let mut errs: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    // gc's parser reports in source order; ours (chumsky's recovery) may
    // not, so syntax errors (which stop the build before type checking)
    // are put in source order first.
    if errs.iter().any(|d| d.syntax) {
        errs.sort_by_key(|d| (d.span.file, d.span.lo));
    }
    // gc parses every file (checking each function body's labels and
    // branches as the body ends) before it type-checks any: errors of the
    // parser come first, each group in the order it was reported.
    errs.sort_by_key(|d| !d.parsed);
    for d in errs {
        let line = (d.span.file.0, sm.pos(d.span).line);
        if d.syntax {
            if last_syntax_line == Some(line) {
                continue;
            }
            last_syntax_line = Some(line);
        } else {
            if last_other == Some((line, d.message.as_str())) {
                continue;
            }
            last_other = Some((line, d.message.as_str()));
        }
        kept.push(d);
        if kept.len() == MAX_ERRORS {
            too_many = Some(sm.pos(d.span));
            break;
        }
    }
    kept.sort_by_key(|d| (d.span.file, d.span.lo));
    let mut out = String::new();
    let mut prev: Option<(String, &str)> = None;
    for d in kept {
        let pos = sm.pos(d.span).to_string();
        if prev
            .as_ref()
            .is_some_and(|(p, m)| *p == pos && *m == d.message)
        {
            continue;
        }
        out.push_str(&format!("{pos}: {}\n", d.message));
        prev = Some((pos, d.message.as_str()));
    }
    if let Some(pos) = too_many {
        out.push_str(&format!("{pos}: too many errors\n"));
    }
    out
}

/// A note whose span starts here is printed without a position, as gc
/// prints what it made without one (`moved to heap: #next`).
pub const NO_POS: u32 = u32::MAX;

/// Renders notes (for example `-m` lines) in the order given.
pub fn render_notes(sm: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags.iter().filter(|d| d.severity == Severity::Note) {
        if d.span.lo == NO_POS {
            out.push_str(&format!("{}\n", d.message));
        } else {
            out.push_str(&format!("{}: {}\n", sm.pos(d.span), d.message));
        }
    }
    out
}
