//! The file header reader: the package clause, the imports and the build
//! constraint of a Go file, read the way the `go` command reads them
//! (`go/build` + `go/parser` in `ImportsOnly` mode) before the compiler runs.
//!
//! `go` reports problems in this part of a file itself, with `go/parser`'s
//! wording and without the `# package` header line: `expected 'package',
//! found 'EOF'` for an empty file, `illegal character U+007F` for an ELF
//! binary, and so on. Only the first error (by position) is shown. This
//! module reproduces that: a small Go tokenizer (go/scanner's rules:
//! automatic semicolons, comments, literals, illegal characters) and the
//! three productions of go/parser that `ImportsOnly` runs. The real parser
//! (`crate::syntax`) reads the whole file afterwards.

/// What the header holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    pub package: String,
    /// 1-based line and byte column of the package name.
    pub package_pos: (u32, u32),
    pub imports: Vec<HeaderImport>,
    /// The expression of the `//go:build` line above the package clause, or
    /// the `// +build` lines (joined with ` && `, each in the old syntax),
    /// if any.
    pub constraint: Option<Constraint>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Constraint {
    GoBuild(String),
    PlusBuild(Vec<String>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderImport {
    /// The import path, unquoted.
    pub path: String,
    /// 1-based line and byte column of the path's string literal.
    pub pos: (u32, u32),
}

/// A problem in the header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// A go/parser error: `line:col: message`.
    Syntax {
        line: u32,
        col: u32,
        message: String,
    },
    /// go/build's `unexpected NUL in input` (only reported for files named
    /// on the command line; `go` reports directories' files through
    /// go/parser, see `load.rs`).
    Nul,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Eof,
    Illegal,
    Ident,
    Keyword,
    Int,
    Float,
    Imag,
    Char,
    Str,
    Semi,
    Op,
}

impl Tok {
    fn is_literal(self) -> bool {
        matches!(
            self,
            Tok::Ident | Tok::Int | Tok::Float | Tok::Imag | Tok::Char | Tok::Str
        )
    }
}

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

/// Go's operators, longest first so that the first match is the longest.
const OPERATORS: &[&str] = &[
    "&^=", "<<=", ">>=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=", ":=", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", "~", "+", "-", "*", "/", "%", "&",
    "|", "^", "<", ">", "=", "!", "(", ")", "[", "]", "{", "}", ",", ";", ".", ":",
];

struct Scanner<'s> {
    src: &'s [u8],
    off: usize,
    line: u32,
    line_start: usize,
    insert_semi: bool,
    errors: Vec<(u32, u32, String)>,
}

struct Token {
    tok: Tok,
    lit: String,
    line: u32,
    col: u32,
}

impl<'s> Scanner<'s> {
    fn new(src: &'s [u8]) -> Scanner<'s> {
        let mut s = Scanner {
            src,
            off: 0,
            line: 1,
            line_start: 0,
            insert_semi: false,
            errors: Vec::new(),
        };
        if src.starts_with("\u{feff}".as_bytes()) {
            s.off = 3;
        }
        s
    }

    fn pos(&self, off: usize) -> (u32, u32) {
        (self.line, (off - self.line_start) as u32 + 1)
    }

    fn error(&mut self, off: usize, msg: impl Into<String>) {
        let (l, c) = self.pos(off);
        self.errors.push((l, c, msg.into()));
    }

    /// Decodes the character at `off`: `(char, width)`; `None` for an
    /// invalid UTF-8 sequence (width 1).
    fn char_at(&self, off: usize) -> (Option<char>, usize) {
        let b = self.src[off];
        if b < 0x80 {
            return (Some(b as char), 1);
        }
        let w = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return (None, 1),
        };
        match self
            .src
            .get(off..off + w)
            .and_then(|s| std::str::from_utf8(s).ok())
        {
            Some(s) => (s.chars().next(), w),
            None => (None, 1),
        }
    }

    fn newline(&mut self, off: usize) {
        // Like go/token's `AddLine`, a newline ending the file starts no
        // line: the EOF is reported at the end of the last line.
        if off + 1 >= self.src.len() {
            return;
        }
        self.line += 1;
        self.line_start = off + 1;
    }

    /// Skips a comment starting at `self.off` (`//` or `/*`). Returns true
    /// if it contained (or, for `//`, ended at) a newline.
    fn skip_comment(&mut self) -> bool {
        let start = self.off;
        if self.src[self.off + 1] == b'/' {
            while self.off < self.src.len() && self.src[self.off] != b'\n' {
                self.off += 1;
            }
            return true;
        }
        self.off += 2;
        let mut nl = false;
        while self.off + 1 < self.src.len()
            && !(self.src[self.off] == b'*' && self.src[self.off + 1] == b'/')
        {
            if self.src[self.off] == b'\n' {
                let o = self.off;
                self.newline(o);
                nl = true;
            }
            self.off += 1;
        }
        if self.off + 1 >= self.src.len() {
            self.off = self.src.len();
            self.error(start, "comment not terminated");
            return nl;
        }
        self.off += 2;
        nl
    }

    fn next(&mut self) -> Token {
        loop {
            // White space; a newline ends the line's statement.
            while self.off < self.src.len() {
                match self.src[self.off] {
                    b' ' | b'\t' | b'\r' => self.off += 1,
                    b'\n' if !self.insert_semi => {
                        let o = self.off;
                        self.newline(o);
                        self.off += 1;
                    }
                    _ => break,
                }
            }
            let start = self.off;
            let (line, col) = self.pos(start);
            let tok = |tok, lit: &str| Token {
                tok,
                lit: lit.to_string(),
                line,
                col,
            };
            if self.off >= self.src.len() {
                if self.insert_semi {
                    self.insert_semi = false;
                    return tok(Tok::Semi, "\n");
                }
                return tok(Tok::Eof, "");
            }
            let b = self.src[self.off];
            if b == b'\n' {
                self.insert_semi = false;
                self.newline(start);
                self.off += 1;
                return tok(Tok::Semi, "\n");
            }
            if b == b'/' && matches!(self.src.get(self.off + 1), Some(b'/') | Some(b'*')) {
                if self.insert_semi {
                    // A comment ending the line acts like a newline.
                    let save = (self.off, self.line, self.line_start, self.errors.len());
                    if self.skip_comment() {
                        self.off = save.0;
                        self.line = save.1;
                        self.line_start = save.2;
                        self.errors.truncate(save.3);
                        self.insert_semi = false;
                        return tok(Tok::Semi, "\n");
                    }
                } else {
                    self.skip_comment();
                }
                continue;
            }
            let (ch, w) = self.char_at(self.off);
            let Some(ch) = ch else {
                self.off += 1;
                self.error(start, "illegal UTF-8 encoding");
                return tok(Tok::Illegal, "");
            };
            if ch.is_alphabetic() || ch == '_' {
                while self.off < self.src.len() {
                    match self.char_at(self.off) {
                        (Some(c), w) if c.is_alphanumeric() || c == '_' => self.off += w,
                        _ => break,
                    }
                }
                let word = String::from_utf8_lossy(&self.src[start..self.off]).into_owned();
                if KEYWORDS.contains(&word.as_str()) {
                    self.insert_semi = matches!(
                        word.as_str(),
                        "break" | "continue" | "fallthrough" | "return"
                    );
                    return Token {
                        tok: Tok::Keyword,
                        lit: word,
                        line,
                        col,
                    };
                }
                self.insert_semi = true;
                return Token {
                    tok: Tok::Ident,
                    lit: word,
                    line,
                    col,
                };
            }
            if ch.is_ascii_digit()
                || (ch == '.'
                    && self
                        .src
                        .get(self.off + 1)
                        .is_some_and(|c| c.is_ascii_digit()))
            {
                let mut kind = Tok::Int;
                while self.off < self.src.len() {
                    let c = self.src[self.off];
                    if c == b'.'
                        || c == b'p'
                        || c == b'P'
                        || ((c == b'e' || c == b'E') && kind == Tok::Int)
                    {
                        kind = Tok::Float;
                    }
                    let exponent_sign = (c == b'+' || c == b'-')
                        && matches!(self.src[self.off - 1], b'e' | b'E' | b'p' | b'P');
                    if c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || exponent_sign {
                        self.off += 1;
                    } else {
                        break;
                    }
                }
                if self.src[self.off - 1] == b'i' {
                    kind = Tok::Imag;
                }
                self.insert_semi = true;
                let lit = String::from_utf8_lossy(&self.src[start..self.off]).into_owned();
                return Token {
                    tok: kind,
                    lit,
                    line,
                    col,
                };
            }
            match ch {
                '"' | '\'' | '`' => {
                    self.off += 1;
                    let mut closed = false;
                    while self.off < self.src.len() {
                        let c = self.src[self.off];
                        if c == b'\n' {
                            if ch != '`' {
                                break;
                            }
                            let o = self.off;
                            self.newline(o);
                        }
                        self.off += 1;
                        if c == b'\\'
                            && ch != '`'
                            && self.off < self.src.len()
                            && self.src[self.off] != b'\n'
                        {
                            self.off += 1;
                        } else if c == ch as u8 {
                            closed = true;
                            break;
                        }
                    }
                    if !closed {
                        let msg = match ch {
                            '"' => "string literal not terminated",
                            '\'' => "rune literal not terminated",
                            _ => "raw string literal not terminated",
                        };
                        self.error(start, msg);
                    }
                    self.insert_semi = true;
                    let lit = String::from_utf8_lossy(&self.src[start..self.off]).into_owned();
                    let kind = if ch == '\'' { Tok::Char } else { Tok::Str };
                    return Token {
                        tok: kind,
                        lit,
                        line,
                        col,
                    };
                }
                _ => {}
            }
            let rest = &self.src[self.off..];
            if let Some(op) = OPERATORS.iter().find(|op| rest.starts_with(op.as_bytes())) {
                self.off += op.len();
                self.insert_semi = matches!(*op, ")" | "]" | "}" | "++" | "--");
                if *op == ";" {
                    return tok(Tok::Semi, ";");
                }
                return tok(Tok::Op, op);
            }
            self.off += w;
            let msg = if ch == '\0' {
                "illegal character NUL".to_string()
            } else if ch == '\u{feff}' {
                "illegal byte order mark".to_string()
            } else {
                illegal_char_message(ch)
            };
            self.error(start, msg);
            return tok(Tok::Illegal, "");
        }
    }
}

/// go/scanner's `illegal character %#U`: `U+0040 '@'` for a printable
/// character, `U+007F` otherwise.
fn illegal_char_message(ch: char) -> String {
    let printable = !ch.is_control() && !ch.is_whitespace() || ch == ' ';
    if printable {
        format!("illegal character U+{:04X} '{ch}'", ch as u32)
    } else {
        format!("illegal character U+{:04X}", ch as u32)
    }
}

struct Parser<'s> {
    sc: Scanner<'s>,
    t: Token,
    /// Parser errors (go/parser drops a second error on the same line).
    errors: Vec<(u32, u32, String)>,
}

impl Parser<'_> {
    fn next(&mut self) {
        self.t = self.sc.next();
    }

    fn error(&mut self, line: u32, col: u32, msg: String) {
        if self.errors.last().is_some_and(|e| e.0 == line)
            || self.sc.errors.iter().any(|e| e.0 == line)
        {
            return;
        }
        self.errors.push((line, col, msg));
    }

    /// go/parser's `errorExpected` at the current token.
    fn error_expected(&mut self, what: &str) {
        let found = match self.t.tok {
            Tok::Semi if self.t.lit == "\n" => "newline".to_string(),
            Tok::Semi => "';'".to_string(),
            t if t.is_literal() => self.t.lit.clone(),
            Tok::Eof => "'EOF'".to_string(),
            Tok::Illegal => "'ILLEGAL'".to_string(),
            _ => format!("'{}'", self.t.lit),
        };
        let (l, c) = (self.t.line, self.t.col);
        self.error(l, c, format!("expected {what}, found {found}"));
    }

    fn is_op(&self, op: &str) -> bool {
        self.t.tok == Tok::Op && self.t.lit == op
    }

    fn expect_semi(&mut self) {
        if self.is_op(")") || self.is_op("}") {
            return;
        }
        if self.is_op(",") {
            self.error_expected("';'");
            self.next();
            return;
        }
        if self.t.tok == Tok::Semi {
            self.next();
            return;
        }
        self.error_expected("';'");
        // go/parser advances to the next statement keyword; for the header,
        // skipping to the end of the line is equivalent.
        let line = self.t.line;
        while self.t.tok != Tok::Eof && self.t.line == line && self.t.tok != Tok::Semi {
            self.next();
        }
        if self.t.tok == Tok::Semi {
            self.next();
        }
    }

    fn import_spec(&mut self, imports: &mut Vec<HeaderImport>) {
        if self.t.tok == Tok::Ident || self.is_op(".") {
            self.next();
        }
        let (line, col) = (self.t.line, self.t.col);
        if self.t.tok == Tok::Str {
            let lit = self.t.lit.clone();
            imports.push(HeaderImport {
                path: unquote(&lit),
                pos: (line, col),
            });
            self.next();
        } else if self.t.tok.is_literal() {
            self.error(line, col, "import path must be a string".to_string());
            self.next();
        } else {
            self.error(line, col, "missing import path".to_string());
            while !(self.t.tok == Tok::Eof || self.t.tok == Tok::Semi || self.is_op(")")) {
                self.next();
            }
        }
        self.expect_semi();
    }
}

/// Removes the quotes of a string literal and decodes the simple escapes
/// (import paths hold no others in practice).
fn unquote(lit: &str) -> String {
    if lit.len() >= 2 && lit.starts_with('`') {
        return lit[1..lit.len() - 1].to_string();
    }
    crate::types::constant::unquote_string(lit).unwrap_or_else(|| lit.trim_matches('"').to_string())
}

/// Reads the header of a file: go/parser's result in `ImportsOnly` mode.
/// `cmdline` selects go/build's treatment of NUL bytes for files named on
/// the command line.
pub fn read_header(src: &[u8], cmdline: bool) -> Result<Header, HeaderError> {
    let mut p = Parser {
        sc: Scanner::new(src),
        t: Token {
            tok: Tok::Eof,
            lit: String::new(),
            line: 1,
            col: 1,
        },
        errors: Vec::new(),
    };
    p.next();
    let result = parse_header(&mut p);
    let mut errors = p.sc.errors.clone();
    errors.extend(p.errors.iter().cloned());
    errors.sort();
    if cmdline {
        // go/build's reader stops at a NUL byte inside the header; after a
        // syntax error it reads the whole file and stops at any NUL.
        let header_end = if errors.is_empty() {
            p.sc.off.min(src.len())
        } else {
            src.len()
        };
        if src[..header_end].contains(&0) {
            return Err(HeaderError::Nul);
        }
    }
    if let Some((line, col, message)) = errors.into_iter().next() {
        return Err(HeaderError::Syntax { line, col, message });
    }
    let mut h = result.expect("no errors implies a header");
    h.constraint = find_constraint(src);
    Ok(h)
}

fn parse_header(p: &mut Parser<'_>) -> Option<Header> {
    // go/parser gives up at once when the first token has scanner errors.
    if !p.sc.errors.is_empty() {
        return None;
    }
    let mut h = Header::default();
    if p.t.tok == Tok::Keyword && p.t.lit == "package" {
        p.next();
    } else {
        p.error_expected("'package'");
        p.next();
    }
    if p.t.tok == Tok::Ident {
        h.package = p.t.lit.clone();
        h.package_pos = (p.t.line, p.t.col);
        p.next();
    } else {
        p.error_expected("'IDENT'");
        p.next();
    }
    p.expect_semi();
    if !p.errors.is_empty() || !p.sc.errors.is_empty() {
        return None;
    }
    while p.t.tok == Tok::Keyword && p.t.lit == "import" {
        p.next();
        if p.is_op("(") {
            p.next();
            while !p.is_op(")") && p.t.tok != Tok::Eof {
                p.import_spec(&mut h.imports);
            }
            if p.is_op(")") {
                p.next();
            } else {
                p.error_expected("')'");
            }
            p.expect_semi();
        } else {
            p.import_spec(&mut h.imports);
        }
    }
    Some(h)
}

/// The build constraint in the leading comment lines of a file (before the
/// package clause, preceded only by blank lines and `//` comments).
fn find_constraint(src: &[u8]) -> Option<Constraint> {
    let text = String::from_utf8_lossy(src);
    let mut plus = Vec::new();
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() {
            continue;
        }
        let Some(c) = l.strip_prefix("//") else { break };
        if let Some(e) = c.strip_prefix("go:build") {
            if e.is_empty() || e.starts_with([' ', '\t']) {
                return Some(Constraint::GoBuild(e.trim().to_string()));
            }
        }
        if let Some(e) = c.trim_start().strip_prefix("+build") {
            if e.is_empty() || e.starts_with([' ', '\t']) {
                plus.push(e.trim().to_string());
            }
        }
    }
    if plus.is_empty() {
        None
    } else {
        Some(Constraint::PlusBuild(plus))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &[u8]) -> String {
        match read_header(src, false) {
            Err(HeaderError::Syntax { line, col, message }) => format!("{line}:{col}: {message}"),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn go_parser_messages() {
        // Texts observed from go1.27.3's `go build` on the same inputs.
        assert_eq!(err(b""), "1:1: expected 'package', found 'EOF'");
        assert_eq!(
            err(b"func main() {}\n"),
            "1:1: expected 'package', found 'func'"
        );
        assert_eq!(
            err(b"\x7fELF\x02\x01\x01\x00\x00"),
            "1:1: illegal character U+007F"
        );
        assert_eq!(
            err(b"// c\n\npackage\n"),
            "3:9: expected 'IDENT', found 'EOF'"
        );
        assert_eq!(
            err(b"package main import \"fmt\"\n"),
            "1:14: expected ';', found 'import'"
        );
        assert_eq!(err(b"main\n"), "1:1: expected 'package', found main");
        assert_eq!(
            err(b"package main\nimport fmt\n"),
            "2:11: missing import path"
        );
        assert_eq!(err(b"\xff"), "1:1: illegal UTF-8 encoding");
        assert_eq!(err(b"@"), "1:1: illegal character U+0040 '@'");
    }

    #[test]
    fn headers() {
        let h = read_header(
            b"//go:build linux && !cgo\n\n// Package doc.\npackage foo // c\n\nimport (\n\t\"fmt\"\n\tu \"unicode/utf8\"\n)\nimport \"os\"\n\nfunc f() {}\n",
            true,
        )
        .unwrap();
        assert_eq!(h.package, "foo");
        assert_eq!(h.package_pos, (4, 9));
        let paths: Vec<_> = h.imports.iter().map(|i| (i.path.as_str(), i.pos)).collect();
        assert_eq!(
            paths,
            vec![("fmt", (7, 2)), ("unicode/utf8", (8, 4)), ("os", (10, 8))]
        );
        assert_eq!(
            h.constraint,
            Some(Constraint::GoBuild("linux && !cgo".to_string()))
        );
    }

    #[test]
    fn nul_bytes() {
        assert_eq!(read_header(b"\x7fELF\x00\x00", true), Err(HeaderError::Nul));
        // A NUL after the header is the compiler's business.
        assert!(read_header(b"package main\nfunc main(){}\n\x00", true).is_ok());
    }
}
