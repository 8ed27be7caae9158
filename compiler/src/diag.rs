//! Diagnostics as data, rendered in one place.
//!
//! Every phase reports problems as `Diagnostic` values; only `render` turns
//! them into text. The text format is gc's: `path:LINE:COL: message`, one per
//! line, sorted by position, at most 10 errors, the tenth followed by `too many errors`.
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
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
            syntax: false,
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
            message,
        }
    }

    pub fn note(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Note,
            span,
            message: message.into(),
            syntax: false,
        }
    }
}

/// The most errors gc prints before giving up.
pub const MAX_ERRORS: usize = 10;

/// Renders errors the way gc does: sorted by position, at most `MAX_ERRORS`
/// and then `too many errors`. Like gc's `FlushErrors`, an error identical to
/// the previous one (same line, same text) is dropped, and a syntax error on
/// the same line as the previous syntax error is dropped (gc's parser reports
/// one syntax error per line).
pub fn render_errors(sm: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut errs: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    errs.sort_by_key(|d| (d.span.file, d.span.lo));
    let mut out = String::new();
    let mut last: Option<((u32, u32), &str)> = None;
    let mut last_syntax_line: Option<(u32, u32)> = None;
    let mut n = 0;
    for d in errs {
        let pos = sm.pos(d.span);
        let line = (d.span.file.0, pos.line);
        if last == Some((line, d.message.as_str())) || (d.syntax && last_syntax_line == Some(line))
        {
            continue;
        }
        last = Some((line, d.message.as_str()));
        if d.syntax {
            last_syntax_line = Some(line);
        }
        out.push_str(&format!("{pos}: {}\n", d.message));
        n += 1;
        // gc stops at the tenth error it reports and says so at its position.
        if n == MAX_ERRORS {
            out.push_str(&format!("{pos}: too many errors\n"));
            break;
        }
    }
    out
}

/// Renders notes (for example `-m` lines) in the order given.
pub fn render_notes(sm: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags.iter().filter(|d| d.severity == Severity::Note) {
        out.push_str(&format!("{}: {}\n", sm.pos(d.span), d.message));
    }
    out
}
