//! How gc prints an expression in `-m` lines, and where it positions it.
//!
//! gc prints IR nodes, not source: composite literals lose their bodies
//! (`T{...}`, or `T{}` when empty), conversions to unnamed types get
//! parentheses (`([]byte)(s)`), constants print as their values, function
//! literals as `func literal`, and spacing is normalised (`a + b`,
//! `f(a, b)`). Positions are gc's too: a call or conversion is at its `(`,
//! a binary expression at its operator, a composite literal at its `{`, a
//! selector at its `.`, an index or slice at its `[`.
//!
//! Two entry points build the same small expression tree (`Node`) and print
//! it with one printer: `site_text` from the AST with the checker's `Info`
//! (what lowering should call to fill `AllocSite::text`), and `parse_source`
//! from a span of source text, which escape analysis uses when a site has
//! no text. See `escape/mod.rs` for the overview.

use crate::syntax::ast::{self, ExprKind as AK};
use crate::syntax::lexer;
use crate::syntax::span::FileId;
use crate::syntax::token::{Keyword, Token};
use crate::types::{Info, Mode, TyCtx};

/// A printable expression with gc's position (a byte offset).
#[derive(Clone, Debug)]
pub struct Node {
    pub kind: NodeKind,
    /// gc's position of the node, as a byte offset in the file.
    pub pos: u32,
}

#[derive(Clone, Debug)]
pub enum NodeKind {
    /// An identifier, literal, or constant value, printed as is.
    Leaf(String),
    /// A type, printed as is (`[]byte`, `map[string]int`).
    Type(String),
    Paren(Box<Node>),
    Selector(Box<Node>, String),
    Index(Box<Node>, Box<Node>),
    Slice(Box<Node>, [Option<Box<Node>>; 3], bool),
    TypeAssert(Box<Node>, Box<Node>),
    Call(Box<Node>, Vec<Node>, bool),
    /// A composite literal: its type (if written) and whether it has elements.
    Composite(Option<Box<Node>>, bool),
    FuncLit,
    Unary(&'static str, Box<Node>),
    Binary(&'static str, u8, Box<Node>, Box<Node>),
    /// `return a, b` (for `-m=2` explanations; positioned at `return`).
    Return(Vec<Node>),
    /// `a, b = x, y`, `x := y` or `s += t` (positioned at the operator).
    Assign(Vec<Node>, String, Vec<Node>),
}

/// Prints `n` the way gc's `-m` output prints the node.
pub fn print(n: &Node) -> String {
    let mut s = String::new();
    print_into(n, &mut s);
    s
}

fn is_unnamed_type(n: &Node) -> bool {
    match &n.kind {
        NodeKind::Type(t) => {
            t.starts_with(['[', '*', '('])
                || t.starts_with("map[")
                || t.starts_with("chan")
                || t.starts_with("func")
                || t.starts_with("struct")
                || t.starts_with("interface")
        }
        NodeKind::Unary("*", _) => true,
        NodeKind::Paren(x) => is_unnamed_type(x),
        _ => false,
    }
}

fn print_into(n: &Node, s: &mut String) {
    match &n.kind {
        NodeKind::Leaf(t) | NodeKind::Type(t) => s.push_str(t),
        NodeKind::Paren(x) => {
            s.push('(');
            print_into(x, s);
            s.push(')');
        }
        NodeKind::Selector(x, sel) => {
            print_into(x, s);
            s.push('.');
            s.push_str(sel);
        }
        NodeKind::Index(x, i) => {
            print_into(x, s);
            s.push('[');
            print_into(i, s);
            s.push(']');
        }
        NodeKind::Slice(x, parts, three) => {
            print_into(x, s);
            s.push('[');
            for (i, p) in parts.iter().enumerate() {
                if i == 2 && !*three {
                    break;
                }
                if i > 0 {
                    s.push(':');
                }
                if let Some(p) = p {
                    print_into(p, s);
                }
            }
            s.push(']');
        }
        NodeKind::TypeAssert(x, t) => {
            print_into(x, s);
            s.push_str(".(");
            print_into(t, s);
            s.push(')');
        }
        NodeKind::Call(f, args, ddd) => {
            // Conversions to unnamed types are parenthesised: `([]byte)(s)`.
            let inner = match &f.kind {
                NodeKind::Paren(x) => x,
                _ => f,
            };
            if is_unnamed_type(inner) {
                s.push('(');
                print_into(inner, s);
                s.push(')');
            } else {
                print_into(f, s);
            }
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                print_into(a, s);
            }
            if *ddd {
                s.push_str("...");
            }
            s.push(')');
        }
        NodeKind::Composite(t, nonempty) => {
            if let Some(t) = t {
                print_into(t, s);
            }
            s.push_str(if *nonempty { "{...}" } else { "{}" });
        }
        NodeKind::FuncLit => s.push_str("func literal"),
        NodeKind::Unary(op, x) => {
            s.push_str(op);
            print_into(x, s);
        }
        NodeKind::Binary(op, _, x, y) => {
            print_into(x, s);
            s.push(' ');
            s.push_str(op);
            s.push(' ');
            print_into(y, s);
        }
        NodeKind::Return(xs) => {
            s.push_str("return");
            if !xs.is_empty() {
                s.push(' ');
                print_list(xs, s);
            }
        }
        NodeKind::Assign(l, op, r) => {
            print_list(l, s);
            s.push(' ');
            s.push_str(op);
            s.push(' ');
            print_list(r, s);
        }
    }
}

fn print_list(xs: &[Node], s: &mut String) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        print_into(x, s);
    }
}

// ------------------------------------------------------------------ from the AST

/// How gc prints the expression `e` in `-m` lines. Lowering calls this to
/// fill `AllocSite::text` (for `&T{}` pass the `&` expression; for an
/// interface conversion, the converted operand or the explicit conversion).
pub fn site_text(e: &ast::Expr, info: &Info, tcx: &TyCtx) -> String {
    print(&from_ast(e, info, tcx))
}

/// The tree for an AST expression; constants print as their values.
pub fn from_ast(e: &ast::Expr, info: &Info, tcx: &TyCtx) -> Node {
    let tv = info.types.get(e.id);
    let leaf = |s: String, pos: u32| Node {
        kind: NodeKind::Leaf(s),
        pos,
    };
    if let Some(tv) = tv {
        if tv.mode == Mode::Constant {
            if let Some(v) = &tv.value {
                return leaf(const_text(v, tcx, tv.ty), e.span.lo);
            }
        }
        if tv.mode == Mode::TypeExpr {
            return Node {
                kind: NodeKind::Type(type_text(e)),
                pos: e.span.lo,
            };
        }
    }
    let b = |x: &ast::Expr| Box::new(from_ast(x, info, tcx));
    match &e.kind {
        AK::Ident(i) => leaf(i.name.to_string(), e.span.lo),
        AK::BasicLit { raw, .. } => leaf(raw.to_string(), e.span.lo),
        AK::CompositeLit {
            ty, elts, lbrace, ..
        } => Node {
            kind: NodeKind::Composite(
                ty.map(|t| {
                    Box::new(Node {
                        kind: NodeKind::Type(type_text(t)),
                        pos: t.span.lo,
                    })
                }),
                !elts.is_empty(),
            ),
            pos: lbrace.lo,
        },
        AK::FuncLit { .. } => Node {
            kind: NodeKind::FuncLit,
            pos: e.span.lo,
        },
        AK::Paren(x) => from_ast(x, info, tcx),
        AK::Selector { x, sel } => Node {
            kind: NodeKind::Selector(b(x), sel.name.to_string()),
            pos: sel.span.lo.saturating_sub(1),
        },
        AK::Index { x, index, lbrack } => Node {
            kind: NodeKind::Index(b(x), b(index)),
            pos: lbrack.lo,
        },
        AK::Slice {
            x,
            lo,
            hi,
            max,
            slice3,
            lbrack,
        } => Node {
            kind: NodeKind::Slice(b(x), [lo.map(b), hi.map(b), max.map(b)], *slice3),
            pos: lbrack.lo,
        },
        AK::TypeAssert { x, ty, lparen } => {
            let t = ty
                .map(|t| Node {
                    kind: NodeKind::Type(type_text(t)),
                    pos: t.span.lo,
                })
                .unwrap_or(Node {
                    kind: NodeKind::Leaf("type".into()),
                    pos: lparen.lo,
                });
            Node {
                kind: NodeKind::TypeAssert(b(x), Box::new(t)),
                pos: lparen.lo.saturating_sub(1),
            }
        }
        AK::Call {
            fun,
            args,
            ellipsis,
            lparen,
            ..
        } => {
            let f = match info.types.get(fun.id).map(|t| t.mode) {
                Some(Mode::TypeExpr) => Node {
                    kind: NodeKind::Type(type_text(fun)),
                    pos: fun.span.lo,
                },
                _ => from_ast(fun, info, tcx),
            };
            let args = args.iter().map(|a| from_ast(a, info, tcx)).collect();
            Node {
                kind: NodeKind::Call(Box::new(f), args, ellipsis.is_some()),
                pos: lparen.lo,
            }
        }
        AK::Star(x) => Node {
            kind: NodeKind::Unary("*", b(x)),
            pos: e.span.lo,
        },
        AK::Unary { op, x, op_span } => {
            let o = match op {
                ast::UnaryOp::Pos => "+",
                ast::UnaryOp::Neg => "-",
                ast::UnaryOp::Not => "!",
                ast::UnaryOp::Xor => "^",
                ast::UnaryOp::Addr => "&",
                ast::UnaryOp::Recv => "<-",
            };
            Node {
                kind: NodeKind::Unary(o, b(x)),
                pos: op_span.lo,
            }
        }
        AK::Binary { op, x, y, op_span } => Node {
            kind: NodeKind::Binary(op.as_str(), op.precedence(), b(x), b(y)),
            pos: op_span.lo,
        },
        _ => Node {
            kind: NodeKind::Type(type_text(e)),
            pos: e.span.lo,
        },
    }
}

/// The normalised source spelling of a type expression.
fn type_text(e: &ast::Expr) -> String {
    match &e.kind {
        AK::Ident(i) => i.name.to_string(),
        AK::Selector { x, sel } => format!("{}.{}", type_text(x), sel.name),
        AK::Paren(x) => type_text(x),
        AK::Star(x) => format!("*{}", type_text(x)),
        AK::ArrayType { len: None, elem } => format!("[]{}", type_text(elem)),
        AK::ArrayType { len: Some(l), elem } => match &l.kind {
            AK::BasicLit { raw, .. } => format!("[{raw}]{}", type_text(elem)),
            _ => format!("[...]{}", type_text(elem)),
        },
        AK::MapType { key, value } => format!("map[{}]{}", type_text(key), type_text(value)),
        AK::ChanType { elem, .. } => format!("chan {}", type_text(elem)),
        AK::StructType { fields } if fields.fields.is_empty() => "struct {}".into(),
        AK::StructType { .. } => "struct { ... }".into(),
        AK::InterfaceType { elems: [] } => "interface {}".into(),
        AK::FuncType(_) => "func(...)".into(),
        _ => "?".into(),
    }
}

/// A constant as gc prints it: runes as character literals, strings quoted.
pub fn const_text(v: &crate::types::ConstValue, tcx: &TyCtx, ty: crate::types::TypeId) -> String {
    use crate::types::{BasicKind, ConstValue, Type};
    match (v, tcx.ty(ty)) {
        (ConstValue::Int(i), Type::Basic(BasicKind::UntypedRune)) => {
            rune_lit(i.try_into().unwrap_or(0u32))
        }
        (ConstValue::String(s), _) => crate::types::constant::go_quote(s),
        _ => v.describe(),
    }
}

fn rune_lit(c: u32) -> String {
    match char::from_u32(c) {
        Some('\'') => "'\\''".into(),
        Some('\\') => "'\\\\'".into(),
        Some('\n') => "'\\n'".into(),
        Some('\t') => "'\\t'".into(),
        Some(ch) if !ch.is_control() => format!("'{ch}'"),
        _ => format!("'\\x{c:02x}'"),
    }
}

// ------------------------------------------------------------------ from source

/// Parses the expression in `src[lo..hi]` into a printable tree; byte
/// offsets in the result are relative to the start of `src`.
pub fn parse_source(src: &str, lo: u32, hi: u32) -> Option<Node> {
    let text = src.get(lo as usize..hi as usize)?;
    let lexed = lexer::lex(FileId(0), text);
    let toks: Vec<(Token, u32)> = lexed
        .tokens
        .iter()
        .filter(|(t, _)| !t.is_semi())
        .map(|(t, s)| (*t, s.lo + lo))
        .collect();
    let mut p = P { toks, i: 0 };
    if p.peek() == Some(Token::Kw(Keyword::Return)) {
        let pos = p.pos();
        p.bump();
        let xs = if p.peek().is_some() {
            p.expr_list()?
        } else {
            Vec::new()
        };
        return Some(Node {
            kind: NodeKind::Return(xs),
            pos,
        });
    }
    let n = p.expr(0)?;
    // A statement `lhs op rhs`: its text is gc's for `-m=2` explanations.
    if matches!(
        p.peek(),
        Some(Token::Comma | Token::Assign | Token::Define | Token::AssignOp(_))
    ) {
        let mut lhs = vec![n];
        while p.eat(Token::Comma) {
            lhs.push(p.expr(0)?);
        }
        let pos = p.pos();
        let op = match p.bump()?.0 {
            Token::Assign => "=".to_string(),
            Token::Define => ":=".to_string(),
            Token::AssignOp(op) => format!("{}=", op.as_str()),
            _ => return None,
        };
        let rhs = p.expr_list()?;
        return Some(Node {
            kind: NodeKind::Assign(lhs, op, rhs),
            pos,
        });
    }
    Some(n)
}

struct P<'a> {
    toks: Vec<(Token<'a>, u32)>,
    i: usize,
}

impl<'a> P<'a> {
    fn peek(&self) -> Option<Token<'a>> {
        self.toks.get(self.i).map(|t| t.0)
    }

    fn pos(&self) -> u32 {
        self.toks.get(self.i).map(|t| t.1).unwrap_or(0)
    }

    fn bump(&mut self) -> Option<(Token<'a>, u32)> {
        let t = self.toks.get(self.i).copied();
        self.i += 1;
        t
    }

    fn eat(&mut self, t: Token) -> bool {
        if self.peek() == Some(t) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn expr_list(&mut self) -> Option<Vec<Node>> {
        let mut xs = vec![self.expr(0)?];
        while self.eat(Token::Comma) {
            xs.push(self.expr(0)?);
        }
        Some(xs)
    }

    fn expr(&mut self, min_prec: u8) -> Option<Node> {
        let mut x = self.unary()?;
        loop {
            let (op, prec) = match self.peek() {
                Some(Token::Op(op)) => (op.as_str(), op.precedence()),
                Some(Token::Star) => ("*", 5),
                _ => break,
            };
            if prec <= min_prec {
                break;
            }
            let pos = self.pos();
            self.bump();
            let y = self.expr(prec)?;
            x = Node {
                kind: NodeKind::Binary(op, prec, Box::new(x), Box::new(y)),
                pos,
            };
        }
        Some(x)
    }

    fn unary(&mut self) -> Option<Node> {
        let pos = self.pos();
        let op = match self.peek()? {
            Token::Op(o) => match o.as_str() {
                "+" => "+",
                "-" => "-",
                "^" => "^",
                "&" => "&",
                _ => return self.primary(),
            },
            Token::Star => "*",
            Token::Not => "!",
            Token::Arrow => "<-",
            _ => return self.primary(),
        };
        self.bump();
        let x = self.unary()?;
        Some(Node {
            kind: NodeKind::Unary(op, Box::new(x)),
            pos,
        })
    }

    /// Skips a balanced group starting at the current opening token.
    fn skip_group(&mut self) -> String {
        let start = self.i;
        let mut depth = 0;
        while let Some((t, _)) = self.bump() {
            match t {
                Token::LParen | Token::LBrack | Token::LBrace => depth += 1,
                Token::RParen | Token::RBrack | Token::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        let inner = &self.toks[start..self.i];
        if inner.len() <= 2 {
            String::new()
        } else {
            "...".into()
        }
    }

    /// A type literal's spelling, normalised.
    fn type_lit(&mut self) -> Option<String> {
        match self.peek()? {
            Token::LBrack => {
                self.bump();
                let mut len = String::new();
                while let Some(t) = self.peek() {
                    if t == Token::RBrack {
                        break;
                    }
                    self.bump();
                    len.push_str(&tok_text(t));
                }
                self.bump();
                Some(format!("[{len}]{}", self.type_lit()?))
            }
            Token::Star => {
                self.bump();
                Some(format!("*{}", self.type_lit()?))
            }
            Token::Kw(Keyword::Map) => {
                self.bump();
                self.eat(Token::LBrack);
                let k = self.type_lit()?;
                self.eat(Token::RBrack);
                Some(format!("map[{k}]{}", self.type_lit()?))
            }
            Token::Kw(Keyword::Chan) => {
                self.bump();
                Some(format!("chan {}", self.type_lit()?))
            }
            Token::Arrow => {
                self.bump();
                self.bump();
                Some(format!("<-chan {}", self.type_lit()?))
            }
            Token::Kw(Keyword::Struct) | Token::Kw(Keyword::Interface) => {
                let kw = if self.peek() == Some(Token::Kw(Keyword::Struct)) {
                    "struct"
                } else {
                    "interface"
                };
                self.bump();
                let body = self.skip_group();
                Some(if body.is_empty() {
                    format!("{kw} {{}}")
                } else {
                    format!("{kw} {{ {body} }}")
                })
            }
            Token::Kw(Keyword::Func) => {
                self.bump();
                self.skip_group();
                Some("func(...)".into())
            }
            Token::LParen => {
                self.bump();
                let t = self.type_lit()?;
                self.eat(Token::RParen);
                Some(t)
            }
            Token::Ident(name) => {
                self.bump();
                if self.peek() == Some(Token::Dot) {
                    if let Some((Token::Ident(sel), _)) = self.toks.get(self.i + 1) {
                        let sel = *sel;
                        self.i += 2;
                        return Some(format!("{name}.{sel}"));
                    }
                }
                Some(name.to_string())
            }
            _ => None,
        }
    }

    fn operand(&mut self) -> Option<Node> {
        let pos = self.pos();
        match self.peek()? {
            Token::Ident(name) => {
                self.bump();
                Some(Node {
                    kind: NodeKind::Leaf(name.to_string()),
                    pos,
                })
            }
            Token::Lit(_, raw) => {
                self.bump();
                Some(Node {
                    kind: NodeKind::Leaf(raw.to_string()),
                    pos,
                })
            }
            Token::LParen => {
                self.bump();
                let x = self.expr(0)?;
                self.eat(Token::RParen);
                Some(Node {
                    kind: NodeKind::Paren(Box::new(x)),
                    pos,
                })
            }
            Token::Kw(Keyword::Func) => {
                self.bump();
                // Parameters, then results up to the body.
                self.skip_group();
                while let Some(t) = self.peek() {
                    if t == Token::LBrace {
                        self.skip_group();
                        return Some(Node {
                            kind: NodeKind::FuncLit,
                            pos,
                        });
                    }
                    if matches!(t, Token::LParen) {
                        self.skip_group();
                    } else {
                        self.bump();
                    }
                }
                Some(Node {
                    kind: NodeKind::Type("func(...)".into()),
                    pos,
                })
            }
            Token::LBrack
            | Token::Kw(Keyword::Map)
            | Token::Kw(Keyword::Chan)
            | Token::Kw(Keyword::Struct)
            | Token::Kw(Keyword::Interface) => {
                let t = self.type_lit()?;
                Some(Node {
                    kind: NodeKind::Type(t),
                    pos,
                })
            }
            _ => None,
        }
    }

    fn primary(&mut self) -> Option<Node> {
        let mut x = self.operand()?;
        loop {
            let pos = self.pos();
            match self.peek() {
                Some(Token::Dot) => {
                    self.bump();
                    match self.peek() {
                        Some(Token::Ident(sel)) => {
                            self.bump();
                            x = Node {
                                kind: NodeKind::Selector(Box::new(x), sel.to_string()),
                                pos,
                            };
                        }
                        Some(Token::LParen) => {
                            self.bump();
                            let t = if self.eat(Token::Kw(Keyword::Type)) {
                                Node {
                                    kind: NodeKind::Leaf("type".into()),
                                    pos,
                                }
                            } else {
                                let tp = self.pos();
                                Node {
                                    kind: NodeKind::Type(self.type_lit()?),
                                    pos: tp,
                                }
                            };
                            self.eat(Token::RParen);
                            x = Node {
                                kind: NodeKind::TypeAssert(Box::new(x), Box::new(t)),
                                pos,
                            };
                        }
                        _ => return Some(x),
                    }
                }
                Some(Token::LBrack) => {
                    self.bump();
                    let mut parts: [Option<Box<Node>>; 3] = [None, None, None];
                    let mut colons = 0;
                    loop {
                        match self.peek() {
                            Some(Token::RBrack) | None => {
                                self.bump();
                                break;
                            }
                            Some(Token::Colon) => {
                                self.bump();
                                colons += 1;
                            }
                            _ => {
                                let e = self.expr(0)?;
                                if colons < 3 {
                                    parts[colons] = Some(Box::new(e));
                                }
                            }
                        }
                    }
                    x = if colons == 0 {
                        let i = parts[0].take()?;
                        Node {
                            kind: NodeKind::Index(Box::new(x), i),
                            pos,
                        }
                    } else {
                        Node {
                            kind: NodeKind::Slice(Box::new(x), parts, colons == 2),
                            pos,
                        }
                    };
                }
                Some(Token::LParen) => {
                    self.bump();
                    let mut args = Vec::new();
                    let mut ddd = false;
                    while let Some(t) = self.peek() {
                        match t {
                            Token::RParen => break,
                            Token::Comma => {
                                self.bump();
                            }
                            Token::Ellipsis => {
                                self.bump();
                                ddd = true;
                            }
                            _ => {
                                // `make([]int, n)` and `new(T)` take types.
                                let a = match t {
                                    Token::LBrack
                                    | Token::Kw(Keyword::Map)
                                    | Token::Kw(Keyword::Chan)
                                    | Token::Star
                                        if matches!(&x.kind, NodeKind::Leaf(f) if f == "make" || f == "new") =>
                                    {
                                        let tp = self.pos();
                                        Node {
                                            kind: NodeKind::Type(self.type_lit()?),
                                            pos: tp,
                                        }
                                    }
                                    _ => self.expr(0)?,
                                };
                                args.push(a);
                            }
                        }
                    }
                    self.bump();
                    x = Node {
                        kind: NodeKind::Call(Box::new(x), args, ddd),
                        pos,
                    };
                }
                Some(Token::LBrace) => {
                    let nonempty = !self.skip_group().is_empty();
                    let t = match x.kind {
                        NodeKind::Leaf(s) | NodeKind::Type(s) => Node {
                            kind: NodeKind::Type(s),
                            pos: x.pos,
                        },
                        other => Node {
                            kind: other,
                            pos: x.pos,
                        },
                    };
                    x = Node {
                        kind: NodeKind::Composite(Some(Box::new(t)), nonempty),
                        pos,
                    };
                }
                _ => return Some(x),
            }
        }
    }
}

fn tok_text(t: Token) -> String {
    match t {
        Token::Ident(s) | Token::Lit(_, s) => s.to_string(),
        Token::Ellipsis => "...".into(),
        Token::Op(o) => o.as_str().into(),
        Token::Star => "*".into(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(src: &str) -> (String, u32) {
        let n = parse_source(src, 0, src.len() as u32).expect("parses");
        (print(&n), n.pos)
    }

    #[test]
    fn prints_like_gc() {
        assert_eq!(fmt("&T{1, 2}"), ("&T{...}".into(), 0));
        assert_eq!(fmt("[]*int{&n}"), ("[]*int{...}".into(), 6));
        assert_eq!(
            fmt("map[string]int{\"a\": 1}"),
            ("map[string]int{...}".into(), 14)
        );
        assert_eq!(fmt("struct{}{}"), ("struct {}{}".into(), 8));
        assert_eq!(fmt("make([]int,   n)"), ("make([]int, n)".into(), 4));
        assert_eq!(fmt("new(T)"), ("new(T)".into(), 3));
        assert_eq!(fmt("[]byte(s)"), ("([]byte)(s)".into(), 6));
        assert_eq!(fmt("string(rune(n))").0, "string(rune(n))");
        assert_eq!(fmt("s+\"x\""), ("s + \"x\"".into(), 1));
        assert_eq!(fmt("func() int { return n }"), ("func literal".into(), 0));
        assert_eq!(fmt("t.M"), ("t.M".into(), 1));
        assert_eq!(fmt("xs[0]"), ("xs[0]".into(), 2));
        assert_eq!(fmt("s[1:]").0, "s[1:]");
        assert_eq!(fmt("x.(*T)").0, "x.(*T)");
    }
}
