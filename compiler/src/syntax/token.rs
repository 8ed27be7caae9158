//! Go tokens, as produced by `lexer.rs` and consumed by `parser.rs`.
//!
//! A token borrows its text (identifiers, literals) from the source, so a
//! `Token<'a>` is `Copy`. Semicolons remember why they exist (`SemiKind`): an
//! explicit `;`, one inserted at a newline, or one inserted at end of file,
//! because gc's syntax errors name them differently (`unexpected semicolon`,
//! `unexpected newline`, `unexpected EOF`). `Token::describe` renders a token
//! the way gc's parser does in `syntax error: unexpected X` messages.
//! The pipeline overview lives in `compiler/src/lib.rs`.

use super::ast::{BinaryOp, LitKind};
use std::fmt;

/// Why a semicolon token exists.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum SemiKind {
    /// A `;` written in the source.
    Explicit,
    /// Inserted at a newline (or at a general comment spanning lines).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

/// The keywords of Go, in gc's order.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Keyword {
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Keyword {
    /// The keyword for `s`, if `s` is one.
    pub fn lookup(s: &str) -> Option<Keyword> {
        use Keyword::*;
        Some(match s {
            "break" => Break,
            "case" => Case,
            "chan" => Chan,
            "const" => Const,
            "continue" => Continue,
            "default" => Default,
            "defer" => Defer,
            "else" => Else,
            "fallthrough" => Fallthrough,
            "for" => For,
            "func" => Func,
            "go" => Go,
            "goto" => Goto,
            "if" => If,
            "import" => Import,
            "interface" => Interface,
            "map" => Map,
            "package" => Package,
            "range" => Range,
            "return" => Return,
            "select" => Select,
            "struct" => Struct,
            "switch" => Switch,
            "type" => Type,
            "var" => Var,
            _ => return None,
        })
    }

    /// The keyword as written in Go source.
    pub fn as_str(self) -> &'static str {
        use Keyword::*;
        match self {
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }
}

/// One Go token. Operators that can be binary carry their `BinaryOp`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Token<'a> {
    Ident(&'a str),
    /// A literal with its raw source text.
    Lit(LitKind, &'a str),
    Kw(Keyword),
    /// A binary operator other than `*` (`+ - / % & | ^ << >> &^ && || == != < <= > >=`).
    /// `+ - ^ &` are also unary operators.
    Op(BinaryOp),
    /// `op=`, for example `+=`, `<<=`, `&^=`.
    AssignOp(BinaryOp),
    /// `*`: multiplication, dereference or pointer type.
    Star,
    /// `!`
    Not,
    /// `~`
    Tilde,
    /// `<-`
    Arrow,
    /// `++`
    Inc,
    /// `--`
    Dec,
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `...`
    Ellipsis,
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Dot,
    Colon,
    Semi(SemiKind),
}

impl Token<'_> {
    /// True for any semicolon, explicit or inserted.
    pub fn is_semi(&self) -> bool {
        matches!(self, Token::Semi(_))
    }

    /// How gc's parser names this token after `unexpected ` (its
    /// `syntaxErrorAt`): `name x`, `literal "s"`, `newline`, `keyword func`,
    /// `comma`, `{`, `+=`, `++`.
    pub fn describe(&self) -> String {
        match self {
            Token::Ident(s) => format!("name {s}"),
            Token::Lit(_, raw) => format!("literal {raw}"),
            Token::Kw(k) => format!("keyword {}", k.as_str()),
            Token::Semi(SemiKind::Explicit) => "semicolon".into(),
            Token::Semi(SemiKind::Newline) => "newline".into(),
            Token::Semi(SemiKind::Eof) => "EOF".into(),
            Token::Comma => "comma".into(),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for Token<'_> {
    /// The token as written in Go source (inserted semicolons print as `;`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Token::Ident(s) => s,
            Token::Lit(_, s) => s,
            Token::Kw(k) => k.as_str(),
            Token::Op(op) => op.as_str(),
            Token::AssignOp(op) => return write!(f, "{}=", op.as_str()),
            Token::Star => "*",
            Token::Not => "!",
            Token::Tilde => "~",
            Token::Arrow => "<-",
            Token::Inc => "++",
            Token::Dec => "--",
            Token::Assign => "=",
            Token::Define => ":=",
            Token::Ellipsis => "...",
            Token::LParen => "(",
            Token::RParen => ")",
            Token::LBrack => "[",
            Token::RBrack => "]",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::Comma => ",",
            Token::Dot => ".",
            Token::Colon => ":",
            Token::Semi(_) => ";",
        };
        f.write_str(s)
    }
}
