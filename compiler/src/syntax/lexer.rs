//! The lexer: Go source text to tokens, with Go's automatic semicolons.
//!
//! `lex` scans the whole file at once and returns every token with its span,
//! the lexical errors (worded exactly like gc's scanner, without the
//! `syntax error: ` prefix that gc reserves for parser errors) and the comment
//! pragmas (`//go:...`, `//rgo:...`) that precede each `func` keyword.
//!
//! Invariants:
//! - The token list is never empty of meaning: lexing never fails; bad input
//!   produces a diagnostic and the lexer skips the offending character (as
//!   gc's scanner does) or produces a best-effort literal token.
//! - A semicolon is inserted at a newline (or at a general comment spanning
//!   lines, or at end of file) when the previous token is an identifier, a
//!   literal, one of `break continue fallthrough return`, or one of
//!   `++ -- ) ] }`. Inserted semicolons are `Token::Semi(SemiKind::Newline)` /
//!   `Token::Semi(SemiKind::Eof)` so that errors can say `unexpected newline`.
//! - Spans are byte ranges into the source; an inserted semicolon has the
//!   empty span at the newline (or at the end of the file).
//!
//! Source text arrives as `&str`, so truly invalid UTF-8 cannot occur here:
//! the driver decodes a file lossily (`SourceFile::from_bytes`) and passes
//! the offsets of the U+FFFD characters that stand for invalid bytes; each is
//! reported as `invalid UTF-8 encoding` wherever it is (code, literal or
//! comment), like gc's scanner. A genuine U+FFFD outside literals is an
//! invalid character like any other.
//! The pipeline overview lives in `compiler/src/lib.rs`.

use super::ast::{BinaryOp, LitKind};
use super::span::{FileId, Span};
use super::token::{Keyword, SemiKind, Token};
use crate::diag::Diagnostic;

/// The result of lexing one file.
#[derive(Debug, Default)]
pub struct Lexed<'a> {
    pub tokens: Vec<(Token<'a>, Span)>,
    /// For each `func` keyword preceded by pragma comments: the byte offset of
    /// the keyword and the pragma texts (after `//`), in source order.
    pub pragmas: Vec<(u32, Vec<&'a str>)>,
    /// Lexical errors, in source order.
    pub errors: Vec<Diagnostic>,
}

/// Lexes `src` (the text of file `file`) into tokens.
pub fn lex(file: FileId, src: &str) -> Lexed<'_> {
    lex_source(file, src, &[])
}

/// Lexes `src`, whose U+FFFD characters at the (ascending) offsets
/// `invalid_utf8` replace invalid bytes of the file.
pub fn lex_source<'a>(file: FileId, src: &'a str, invalid_utf8: &[u32]) -> Lexed<'a> {
    let mut lx = Lexer {
        src,
        b: src.as_bytes(),
        pos: 0,
        file,
        nlsemi: false,
        out: Lexed::default(),
        pending: Vec::new(),
        invalid_utf8: invalid_utf8.to_vec(),
    };
    for &at in invalid_utf8 {
        lx.error_at(at as usize, "invalid UTF-8 encoding".to_string());
    }
    lx.run();
    lx.out
}

/// The `-d=tokens` dump of one file: a token per line, `line:col`, the kind
/// as gc's syntax errors name it, and the text; inserted semicolons show as
/// `newline` or `EOF`, which is how the parser sees the end of a statement.
pub fn dump_tokens(file: FileId, sm: &super::span::SourceMap) -> String {
    use std::fmt::Write;
    let sf = sm.file(file);
    let lexed = lex_source(file, &sf.text, &sf.invalid_utf8);
    let mut out = String::new();
    for (t, sp) in &lexed.tokens {
        let (line, col) = sf.line_col(sp.lo);
        let _ = writeln!(out, "{line}:{col}\t{}", t.describe());
    }
    for d in &lexed.errors {
        let (line, col) = sf.line_col(d.span.lo);
        let _ = writeln!(out, "{line}:{col}\terror: {}", d.message);
    }
    out
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    file: FileId,
    /// Whether a newline or EOF here becomes a semicolon.
    nlsemi: bool,
    out: Lexed<'a>,
    /// Pragmas seen since the last non-semicolon token.
    pending: Vec<&'a str>,
    /// Offsets of replacement characters for invalid bytes (reported up front).
    invalid_utf8: Vec<u32>,
}

fn is_letter(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

fn is_hex(c: u8) -> bool {
    c.is_ascii_hexdigit()
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Formats a char like Go's `%q`: `'a'`, `'\n'`, `'\x00'`.
fn quote_char(c: char) -> String {
    match c {
        '\'' => "'\\''".into(),
        '\\' => "'\\\\'".into(),
        '\n' => "'\\n'".into(),
        '\t' => "'\\t'".into(),
        '\r' => "'\\r'".into(),
        '\x07' => "'\\a'".into(),
        '\x08' => "'\\b'".into(),
        '\x0c' => "'\\f'".into(),
        '\x0b' => "'\\v'".into(),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("'\\x{:02x}'", c as u32),
        c => format!("'{c}'"),
    }
}

/// Formats a code point like Go's `%#U`: `U+0040 '@'`.
pub(crate) fn unicode_desc(c: u32) -> String {
    match char::from_u32(c) {
        Some(ch) if !ch.is_control() => format!("U+{c:04X} '{ch}'"),
        _ => format!("U+{c:04X}"),
    }
}

/// The index of the first misplaced `_` separator in a number literal, as gc's
/// `invalidSep`.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && is_hex(d)) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

impl<'a> Lexer<'a> {
    fn span(&self, lo: usize, hi: usize) -> Span {
        Span::new(self.file, lo as u32, hi as u32)
    }

    fn error_at(&mut self, at: usize, msg: impl Into<String>) {
        let sp = self.span(at, at);
        self.out.errors.push(Diagnostic::syntax(sp, msg));
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn peek_at(&self, off: usize) -> Option<u8> {
        self.b.get(self.pos + off).copied()
    }

    /// The char at the current position (the source is valid UTF-8).
    fn cur_char(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    fn push(&mut self, tok: Token<'a>, lo: usize) {
        if !tok.is_semi() {
            if tok == Token::Kw(Keyword::Func) && !self.pending.is_empty() {
                let p = std::mem::take(&mut self.pending);
                self.out.pragmas.push((lo as u32, p));
            }
            self.pending.clear();
        }
        self.nlsemi = matches!(
            tok,
            Token::Ident(_)
                | Token::Lit(..)
                | Token::Kw(
                    Keyword::Break | Keyword::Continue | Keyword::Fallthrough | Keyword::Return
                )
                | Token::Inc
                | Token::Dec
                | Token::RParen
                | Token::RBrack
                | Token::RBrace
        );
        let sp = self.span(lo, self.pos);
        self.out.tokens.push((tok, sp));
    }

    fn run(&mut self) {
        // A byte order mark is allowed only as the first character.
        if self.src.starts_with('\u{feff}') {
            self.pos = 3;
        }
        loop {
            // Skip white space; a newline ends the statement if nlsemi is set.
            while let Some(c) = self.peek() {
                match c {
                    b' ' | b'\t' | b'\r' => self.pos += 1,
                    b'\n' => {
                        if self.nlsemi {
                            let lo = self.pos;
                            self.pos += 1;
                            self.nlsemi = false;
                            let sp = self.span(lo, lo);
                            self.out.tokens.push((Token::Semi(SemiKind::Newline), sp));
                        } else {
                            self.pos += 1;
                        }
                    }
                    _ => break,
                }
            }
            let lo = self.pos;
            let Some(c) = self.peek() else {
                if self.nlsemi {
                    self.nlsemi = false;
                    let sp = self.span(lo, lo);
                    self.out.tokens.push((Token::Semi(SemiKind::Eof), sp));
                }
                return;
            };
            if is_letter(c) || (c >= 0x80 && self.at_ident_char(true)) {
                self.ident(lo);
                continue;
            }
            self.pos += 1;
            let tok = match c {
                b'0'..=b'9' => {
                    self.pos = lo;
                    self.number(lo, false);
                    continue;
                }
                b'"' => {
                    self.std_string(lo);
                    continue;
                }
                b'`' => {
                    self.raw_string(lo);
                    continue;
                }
                b'\'' => {
                    self.rune(lo);
                    continue;
                }
                b'(' => Token::LParen,
                b'[' => Token::LBrack,
                b'{' => Token::LBrace,
                b',' => Token::Comma,
                b';' => Token::Semi(SemiKind::Explicit),
                b')' => Token::RParen,
                b']' => Token::RBrack,
                b'}' => Token::RBrace,
                b':' => {
                    if self.peek() == Some(b'=') {
                        self.pos += 1;
                        Token::Define
                    } else {
                        Token::Colon
                    }
                }
                b'.' => {
                    if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                        self.pos = lo;
                        self.number(lo, true);
                        continue;
                    }
                    if self.peek() == Some(b'.') && self.peek_at(1) == Some(b'.') {
                        self.pos += 2;
                        Token::Ellipsis
                    } else {
                        Token::Dot
                    }
                }
                b'+' => match self.peek() {
                    Some(b'+') => {
                        self.pos += 1;
                        Token::Inc
                    }
                    _ => self.assign_op(BinaryOp::Add),
                },
                b'-' => match self.peek() {
                    Some(b'-') => {
                        self.pos += 1;
                        Token::Dec
                    }
                    _ => self.assign_op(BinaryOp::Sub),
                },
                b'*' => {
                    if self.peek() == Some(b'=') {
                        self.pos += 1;
                        Token::AssignOp(BinaryOp::Mul)
                    } else {
                        Token::Star
                    }
                }
                b'/' => match self.peek() {
                    Some(b'/') => {
                        self.line_comment(lo);
                        continue;
                    }
                    Some(b'*') => {
                        self.pos += 1;
                        let had_nl = self.general_comment(lo);
                        if had_nl && self.nlsemi {
                            self.nlsemi = false;
                            let sp = self.span(lo, lo);
                            self.out.tokens.push((Token::Semi(SemiKind::Newline), sp));
                        }
                        continue;
                    }
                    _ => self.assign_op(BinaryOp::Div),
                },
                b'%' => self.assign_op(BinaryOp::Rem),
                b'&' => match self.peek() {
                    Some(b'&') => {
                        self.pos += 1;
                        Token::Op(BinaryOp::LAnd)
                    }
                    Some(b'^') => {
                        self.pos += 1;
                        self.assign_op(BinaryOp::AndNot)
                    }
                    _ => self.assign_op(BinaryOp::And),
                },
                b'|' => match self.peek() {
                    Some(b'|') => {
                        self.pos += 1;
                        Token::Op(BinaryOp::LOr)
                    }
                    _ => self.assign_op(BinaryOp::Or),
                },
                b'^' => self.assign_op(BinaryOp::Xor),
                b'<' => match self.peek() {
                    Some(b'=') => {
                        self.pos += 1;
                        Token::Op(BinaryOp::Le)
                    }
                    Some(b'<') => {
                        self.pos += 1;
                        self.assign_op(BinaryOp::Shl)
                    }
                    Some(b'-') => {
                        self.pos += 1;
                        Token::Arrow
                    }
                    _ => Token::Op(BinaryOp::Lt),
                },
                b'>' => match self.peek() {
                    Some(b'=') => {
                        self.pos += 1;
                        Token::Op(BinaryOp::Ge)
                    }
                    Some(b'>') => {
                        self.pos += 1;
                        self.assign_op(BinaryOp::Shr)
                    }
                    _ => Token::Op(BinaryOp::Gt),
                },
                b'=' => {
                    if self.peek() == Some(b'=') {
                        self.pos += 1;
                        Token::Op(BinaryOp::Eq)
                    } else {
                        Token::Assign
                    }
                }
                b'!' => {
                    if self.peek() == Some(b'=') {
                        self.pos += 1;
                        Token::Op(BinaryOp::Ne)
                    } else {
                        Token::Not
                    }
                }
                b'~' => Token::Tilde,
                _ => {
                    // An invalid character: report it and skip it, like gc.
                    self.pos = lo;
                    let ch = self.cur_char().unwrap_or('\0');
                    self.pos += ch.len_utf8();
                    self.bad_char(lo, ch);
                    continue;
                }
            };
            self.push(tok, lo);
        }
    }

    fn bad_char(&mut self, at: usize, ch: char) {
        let msg = match ch {
            '\0' => "invalid NUL character".to_string(),
            '\u{fffd}' if self.invalid_utf8.binary_search(&(at as u32)).is_ok() => return,
            '\u{feff}' => "invalid BOM in the middle of the file".to_string(),
            _ => format!("invalid character {}", unicode_desc(ch as u32)),
        };
        self.error_at(at, msg);
    }

    fn assign_op(&mut self, op: BinaryOp) -> Token<'a> {
        if self.peek() == Some(b'=') {
            self.pos += 1;
            Token::AssignOp(op)
        } else {
            Token::Op(op)
        }
    }

    /// Whether the (non-ASCII) char at the current position may appear in an
    /// identifier, reporting gc's errors for digits and other characters.
    fn at_ident_char(&mut self, first: bool) -> bool {
        let Some(ch) = self.cur_char() else {
            return false;
        };
        if ch.is_alphabetic() || ch == '_' {
            return true;
        }
        if ch.is_numeric() {
            if first {
                self.error_at(
                    self.pos,
                    format!(
                        "identifier cannot begin with digit {}",
                        unicode_desc(ch as u32)
                    ),
                );
            }
            return true;
        }
        if (ch as u32) >= 0x80 && !first {
            if ch == '\u{fffd}' || ch == '\u{feff}' || ch.is_whitespace() {
                return false;
            }
            self.error_at(
                self.pos,
                format!(
                    "invalid character {} in identifier",
                    unicode_desc(ch as u32)
                ),
            );
            return true;
        }
        false
    }

    fn ident(&mut self, lo: usize) {
        loop {
            match self.peek() {
                Some(c) if is_letter(c) || c.is_ascii_digit() => self.pos += 1,
                Some(c) if c >= 0x80 => {
                    if self.at_ident_char(self.pos == lo) {
                        self.pos += self.cur_char().map_or(1, char::len_utf8);
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let text = &self.src[lo..self.pos];
        let tok = match Keyword::lookup(text) {
            Some(k) => Token::Kw(k),
            None => Token::Ident(text),
        };
        self.push(tok, lo);
    }

    /// Scans `{ digit | '_' }` as gc's `digits`: returns bit 0 if a digit was
    /// seen, bit 1 if a separator was seen; records the first invalid digit.
    fn digits(&mut self, lo: usize, base: u32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' + base as u8;
            while let Some(c) = self.peek() {
                if !(c.is_ascii_digit() || c == b'_') {
                    break;
                }
                let ds = if c == b'_' { 2 } else { 1 };
                if c != b'_' && c >= max && invalid.is_none() {
                    *invalid = Some(self.pos - lo);
                }
                digsep |= ds;
                self.pos += 1;
            }
        } else {
            while let Some(c) = self.peek() {
                if !(is_hex(c) || c == b'_') {
                    break;
                }
                digsep |= if c == b'_' { 2 } else { 1 };
                self.pos += 1;
            }
        }
        digsep
    }

    fn number(&mut self, lo: usize, mut seen_point: bool) {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0;
        let mut invalid = None;
        if seen_point {
            // Skip the leading '.'.
            self.pos += 1;
        } else {
            if self.peek() == Some(b'0') {
                self.pos += 1;
                match self.peek().map(|c| c.to_ascii_lowercase()) {
                    Some(b'x') => {
                        self.pos += 1;
                        base = 16;
                        prefix = b'x';
                    }
                    Some(b'o') => {
                        self.pos += 1;
                        base = 8;
                        prefix = b'o';
                    }
                    Some(b'b') => {
                        self.pos += 1;
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1;
                    }
                }
            }
            digsep |= self.digits(lo, base, &mut invalid);
            if self.peek() == Some(b'.') {
                if prefix == b'o' || prefix == b'b' {
                    self.error_at(
                        self.pos,
                        format!("invalid radix point in {} literal", base_name(base)),
                    );
                    ok = false;
                }
                self.pos += 1;
                seen_point = true;
            }
        }
        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(lo, base, &mut invalid);
        }
        if digsep & 1 == 0 && ok {
            self.error_at(
                self.pos,
                format!("{} literal has no digits", base_name(base)),
            );
            ok = false;
        }
        let e = self.peek().map(|c| c.to_ascii_lowercase());
        if e == Some(b'e') || e == Some(b'p') {
            let e = e.unwrap();
            let ch = self.peek().unwrap() as char;
            if ok {
                if e == b'e' && prefix != 0 && prefix != b'0' {
                    self.error_at(
                        self.pos,
                        format!("{} exponent requires decimal mantissa", quote_char(ch)),
                    );
                    ok = false;
                } else if e == b'p' && prefix != b'x' {
                    self.error_at(
                        self.pos,
                        format!("{} exponent requires hexadecimal mantissa", quote_char(ch)),
                    );
                    ok = false;
                }
            }
            self.pos += 1;
            kind = LitKind::Float;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            let mut none = None;
            let ds = self.digits(lo, 10, &mut none);
            digsep = ds | (digsep & 2);
            if ds & 1 == 0 && ok {
                self.error_at(self.pos, "exponent has no digits");
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            self.error_at(self.pos, "hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if self.peek() == Some(b'i') {
            kind = LitKind::Imag;
            self.pos += 1;
        }
        let text = &self.src[lo..self.pos];
        if kind == LitKind::Int && ok {
            if let Some(i) = invalid {
                let d = text.as_bytes()[i] as char;
                self.error_at(
                    lo + i,
                    format!(
                        "invalid digit {} in {} literal",
                        quote_char(d),
                        base_name(base)
                    ),
                );
                ok = false;
            }
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(text.as_bytes()) {
                self.error_at(lo + i, "'_' must separate successive digits");
            }
        }
        self.push(Token::Lit(kind, text), lo);
    }

    /// Scans an escape after the backslash, as gc's `escape`; returns false
    /// (after reporting) if it is invalid.
    fn escape(&mut self, quote: u8) -> bool {
        let Some(c) = self.peek() else { return true };
        let (n, base, max): (u32, u32, u32) = match c {
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => {
                self.pos += 1;
                return true;
            }
            c if c == quote => {
                self.pos += 1;
                return true;
            }
            b'0'..=b'7' => (3, 8, 255),
            b'x' => {
                self.pos += 1;
                (2, 16, 255)
            }
            b'u' => {
                self.pos += 1;
                (4, 16, 0x10ffff)
            }
            b'U' => {
                self.pos += 1;
                (8, 16, 0x10ffff)
            }
            _ => {
                self.error_at(self.pos, "unknown escape");
                return false;
            }
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            let Some(ch) = self.cur_char() else {
                return true;
            };
            let d = match ch.to_digit(16) {
                Some(d) => d,
                None => base,
            };
            if d >= base {
                self.error_at(
                    self.pos,
                    format!(
                        "invalid character {} in {} escape",
                        quote_char(ch),
                        base_name(base)
                    ),
                );
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.pos += 1;
        }
        if x > max && base == 8 {
            self.error_at(self.pos, format!("octal escape value {x} > 255"));
            return false;
        }
        if x > max || (0xd800..0xe000).contains(&x) {
            self.error_at(
                self.pos,
                format!("escape is invalid Unicode code point {}", unicode_desc(x)),
            );
            return false;
        }
        true
    }

    fn rune(&mut self, lo: usize) {
        let mut ok = true;
        let mut n = 0;
        loop {
            match self.peek() {
                Some(b'\'') => {
                    if ok {
                        if n == 0 {
                            self.error_at(self.pos, "empty rune literal or unescaped '");
                        } else if n != 1 {
                            self.error_at(lo, "more than one character in rune literal");
                        }
                    }
                    self.pos += 1;
                    break;
                }
                Some(b'\\') => {
                    self.pos += 1;
                    if !self.escape(b'\'') {
                        ok = false;
                    }
                }
                Some(b'\n') => {
                    if ok {
                        self.error_at(self.pos, "newline in rune literal");
                    }
                    break;
                }
                None => {
                    if ok {
                        self.error_at(lo, "rune literal not terminated");
                    }
                    break;
                }
                Some(_) => {
                    self.pos += self.cur_char().map_or(1, char::len_utf8);
                }
            }
            n += 1;
        }
        let text = &self.src[lo..self.pos];
        self.push(Token::Lit(LitKind::Char, text), lo);
    }

    fn std_string(&mut self, lo: usize) {
        loop {
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    break;
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(b'"');
                }
                Some(b'\n') => {
                    self.error_at(self.pos, "newline in string");
                    break;
                }
                None => {
                    self.error_at(lo, "string not terminated");
                    break;
                }
                Some(_) => self.pos += self.cur_char().map_or(1, char::len_utf8),
            }
        }
        let text = &self.src[lo..self.pos];
        self.push(Token::Lit(LitKind::String, text), lo);
    }

    fn raw_string(&mut self, lo: usize) {
        match self.src[self.pos..].find('`') {
            Some(i) => self.pos += i + 1,
            None => {
                self.pos = self.b.len();
                self.error_at(lo, "string not terminated");
            }
        }
        let text = &self.src[lo..self.pos];
        self.push(Token::Lit(LitKind::String, text), lo);
    }

    /// Skips a `//` comment (not its newline), recording pragmas.
    fn line_comment(&mut self, lo: usize) {
        let end = self.src[lo..].find('\n').map_or(self.b.len(), |i| lo + i);
        let text = &self.src[lo + 2..end];
        if text.starts_with("go:") || text.starts_with("rgo:") {
            self.pending.push(text.trim_end_matches('\r'));
        }
        self.pos = end;
    }

    /// Skips a `/* */` comment; returns whether it contained a newline.
    fn general_comment(&mut self, lo: usize) -> bool {
        match self.src[self.pos..].find("*/") {
            Some(i) => {
                let body = &self.src[self.pos..self.pos + i];
                self.pos += i + 2;
                body.contains('\n')
            }
            None => {
                self.error_at(lo, "comment not terminated");
                self.pos = self.b.len();
                false
            }
        }
    }
}

/// Decodes the value of a string literal token (interpreted or raw): escapes
/// are decoded and carriage returns dropped from raw strings. Returns `None`
/// if the literal is malformed (the lexer already reported it).
pub fn unquote_string(raw: &str) -> Option<String> {
    let b = raw.as_bytes();
    if b.len() >= 2 && b[0] == b'`' && b[b.len() - 1] == b'`' {
        return Some(raw[1..raw.len() - 1].replace('\r', ""));
    }
    if b.len() < 2 || b[0] != b'"' || b[b.len() - 1] != b'"' {
        return None;
    }
    let mut out: Vec<u8> = Vec::with_capacity(raw.len());
    let inner = &raw[1..raw.len() - 1];
    let mut chars = inner.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let (_, e) = chars.next()?;
        let simple = match e {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            '"' => Some(b'"'),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v);
            continue;
        }
        let (n, base, byte) = match e {
            '0'..='7' => (2, 8, true),
            'x' => (2, 16, true),
            'u' => (4, 16, false),
            'U' => (8, 16, false),
            _ => return None,
        };
        let mut x: u32 = if base == 8 { e.to_digit(8)? } else { 0 };
        for _ in 0..n {
            let (_, d) = chars.next()?;
            x = x.checked_mul(base)?.checked_add(d.to_digit(base)?)?;
        }
        if byte {
            out.push(u8::try_from(x).ok()?);
        } else {
            let ch = char::from_u32(x)?;
            let mut buf = [0; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
    }
    // Byte escapes may produce invalid UTF-8; keep it lossless where possible.
    Some(
        String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<String> {
        lex(FileId(0), src)
            .tokens
            .iter()
            .map(|(t, _)| match t {
                Token::Semi(SemiKind::Newline) => "NL".to_string(),
                Token::Semi(SemiKind::Eof) => "EOF".to_string(),
                t => t.to_string(),
            })
            .collect()
    }

    fn errs(src: &str) -> Vec<(u32, String)> {
        lex(FileId(0), src)
            .errors
            .into_iter()
            .map(|d| (d.span.lo, d.message))
            .collect()
    }

    #[test]
    fn semicolon_rule() {
        assert_eq!(toks("x\ny"), ["x", "NL", "y", "EOF"]);
        assert_eq!(toks("return\n"), ["return", "NL"]);
        assert_eq!(toks("f(\n)\n"), ["f", "(", ")", "NL"]);
        assert_eq!(toks("x++\ny--\n"), ["x", "++", "NL", "y", "--", "NL"]);
        assert_eq!(toks("a[1]\n}\n"), ["a", "[", "1", "]", "NL", "}", "NL"]);
        assert_eq!(toks("x +\ny"), ["x", "+", "y", "EOF"]);
        assert_eq!(toks("x // c\ny"), ["x", "NL", "y", "EOF"]);
        assert_eq!(toks("x /* a\nb */ y"), ["x", "NL", "y", "EOF"]);
        assert_eq!(toks("x /* a b */ y"), ["x", "y", "EOF"]);
        assert_eq!(
            toks("break\ncontinue\nfallthrough\nfunc\n"),
            ["break", "NL", "continue", "NL", "fallthrough", "NL", "func"]
        );
        assert_eq!(toks("x;y"), ["x", ";", "y", "EOF"]);
    }

    #[test]
    fn operators() {
        let src = "&^ &^= <- ... := ~ << >>= && || != <= ++ -- *= . : , |=";
        assert_eq!(
            toks(src),
            [
                "&^", "&^=", "<-", "...", ":=", "~", "<<", ">>=", "&&", "||", "!=", "<=", "++",
                "--", "*=", ".", ":", ",", "|="
            ]
        );
    }

    #[test]
    fn literals() {
        let l = lex(FileId(0), "0x1F 0o17 0b101 017 1_000 1.5e3 0x1p-2 .5 1. 2i 0x1.8p1 'a' '\\n' '\\x41' '\\u00e9' \"a\\tb\" `r\r\naw`");
        assert!(l.errors.is_empty(), "{:?}", l.errors);
        let kinds: Vec<LitKind> = l
            .tokens
            .iter()
            .filter_map(|(t, _)| {
                if let Token::Lit(k, _) = t {
                    Some(*k)
                } else {
                    None
                }
            })
            .collect();
        use LitKind::*;
        assert_eq!(
            kinds,
            [
                Int, Int, Int, Int, Int, Float, Float, Float, Float, Imag, Float, Char, Char, Char,
                Char, String, String
            ]
        );
        assert_eq!(unquote_string("`r\r\naw`").unwrap(), "r\naw");
        assert_eq!(
            unquote_string("\"a\\tb\\x41\\101\\u00e9\"").unwrap(),
            "a\tbAAé"
        );
    }

    #[test]
    fn lexical_errors() {
        assert_eq!(errs("@"), [(0, "invalid character U+0040 '@'".to_string())]);
        assert_eq!(
            errs("x = 08"),
            [(5, "invalid digit '8' in octal literal".to_string())]
        );
        assert_eq!(
            errs("1__2"),
            [(2, "'_' must separate successive digits".to_string())]
        );
        assert_eq!(
            errs("'ab'"),
            [(0, "more than one character in rune literal".to_string())]
        );
        assert_eq!(
            errs("\"abc\n\""),
            [
                (4, "newline in string".to_string()),
                (5, "string not terminated".to_string())
            ]
        );
        assert_eq!(errs("`abc"), [(0, "string not terminated".to_string())]);
        assert_eq!(errs("'a"), [(0, "rune literal not terminated".to_string())]);
        // A genuine U+FFFD is a character like any other; one standing for
        // invalid bytes is reported wherever it is, even in a literal.
        assert_eq!(
            errs("x\u{fffd}"),
            [(1, "invalid character U+FFFD '\u{fffd}'".to_string())]
        );
        let l = lex_source(FileId(0), "x \u{fffd} \"a\u{fffd}\"", &[2, 7]);
        let e: Vec<_> = l
            .errors
            .iter()
            .map(|d| (d.span.lo, d.message.clone()))
            .collect();
        assert_eq!(
            e,
            [
                (2, "invalid UTF-8 encoding".to_string()),
                (7, "invalid UTF-8 encoding".to_string())
            ]
        );
        assert_eq!(errs("/* x"), [(0, "comment not terminated".to_string())]);
        assert_eq!(
            errs("0x"),
            [(2, "hexadecimal literal has no digits".to_string())]
        );
        assert_eq!(
            errs("0x1.5"),
            [(
                5,
                "hexadecimal mantissa requires a 'p' exponent".to_string()
            )]
        );
        assert_eq!(errs("1e"), [(2, "exponent has no digits".to_string())]);
        assert_eq!(errs("\"\\q\""), [(2, "unknown escape".to_string())]);
        assert_eq!(
            errs("'\\400'"),
            [(5, "octal escape value 256 > 255".to_string())]
        );
    }

    #[test]
    fn pragmas_attach_to_func() {
        let l = lex(
            FileId(0),
            "package p\n//go:noinline\n//rgo:runtime rt_x\nfunc f()\n// plain\nfunc g() {}\n",
        );
        assert_eq!(l.pragmas.len(), 1);
        assert_eq!(l.pragmas[0].1, ["go:noinline", "rgo:runtime rt_x"]);
    }
}
