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
//! `parse_source` turns a span of source text into a small expression tree
//! (`Node`), each node with gc's position and its own source extent. `print`
//! prints a tree as the source says; `print_with` lets the caller print any
//! node itself, which is how escape analysis prints what only its IR knows
//! (method calls in method-expression form, variadic slices, typed
//! constants; `escape/report.rs`) at every depth of an expression. See
//! `escape/mod.rs` for the overview.

use crate::syntax::lexer;
use crate::syntax::span::FileId;
use crate::syntax::token::{Keyword, Token};
use crate::types::TyCtx;

/// A printable expression with gc's position (a byte offset).
#[derive(Clone, Debug)]
pub struct Node {
    pub kind: NodeKind,
    /// gc's position of the node, as a byte offset in the file.
    pub pos: u32,
    /// The node's source text is `lo..hi` (byte offsets in the file): the
    /// span of the IR expression made from it.
    pub lo: u32,
    pub hi: u32,
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

/// Calls `f` on every node of the tree `n`, `n` included, parents first.
pub fn visit_mut(n: &mut Node, f: &mut dyn FnMut(&mut Node)) {
    f(n);
    match &mut n.kind {
        NodeKind::Leaf(_) | NodeKind::Type(_) | NodeKind::FuncLit => {}
        NodeKind::Paren(x) | NodeKind::Selector(x, _) | NodeKind::Unary(_, x) => visit_mut(x, f),
        NodeKind::Index(x, i) | NodeKind::TypeAssert(x, i) | NodeKind::Binary(_, _, x, i) => {
            visit_mut(x, f);
            visit_mut(i, f);
        }
        NodeKind::Slice(x, parts, _) => {
            visit_mut(x, f);
            for p in parts.iter_mut().flatten() {
                visit_mut(p, f);
            }
        }
        NodeKind::Call(x, args, _) => {
            visit_mut(x, f);
            args.iter_mut().for_each(|a| visit_mut(a, f));
        }
        NodeKind::Composite(t, _) => {
            if let Some(t) = t {
                visit_mut(t, f);
            }
        }
        NodeKind::Return(xs) => xs.iter_mut().for_each(|a| visit_mut(a, f)),
        NodeKind::Assign(l, _, r) => {
            l.iter_mut().for_each(|a| visit_mut(a, f));
            r.iter_mut().for_each(|a| visit_mut(a, f));
        }
    }
}

/// Prints `n` the way gc's `-m` output prints the node.
pub fn print(n: &Node) -> String {
    print_with(n, &|_| None)
}

/// Prints `n` like `print`, except that every node (the root included) for
/// which `own` returns a text is printed as that text.
pub fn print_with(n: &Node, own: &dyn Fn(&Node) -> Option<String>) -> String {
    if let Some(t) = own(n) {
        return t;
    }
    let mut s = String::new();
    print_into(n, &mut s, &|c, s| s.push_str(&print_with(c, own)));
    s
}

/// Prints a child node into the string.
type Child<'a> = dyn Fn(&Node, &mut String) + 'a;

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

/// gc's precedence of the node `n` (its `OpPrec`), with source parentheses
/// looked through: gc's IR keeps none and prints them from precedence.
/// Operations gc's table leaves out (string concatenation, `func literal`,
/// `real`, `imag`, `complex`, `recover`) have 0, so gc parenthesises them
/// as operands: `(a + b) == c`, `(func literal)()`.
fn gc_prec(n: &Node) -> u8 {
    match &n.kind {
        NodeKind::Paren(x) => gc_prec(x),
        NodeKind::Type(t) if t.starts_with('*') => 7,
        NodeKind::FuncLit => 0,
        NodeKind::Call(f, _, _) => match &f.kind {
            NodeKind::Leaf(b) if matches!(b.as_str(), "real" | "imag" | "complex" | "recover") => 0,
            _ => 8,
        },
        NodeKind::Unary(..) => 7,
        // A concatenation is marked with precedence 0 (see `mark_concat`).
        NodeKind::Binary(_, 0, _, _) => 0,
        NodeKind::Binary(op, _, _, _) => binary_prec(op),
        _ => 8,
    }
}

fn binary_prec(op: &str) -> u8 {
    match op {
        "*" | "/" | "%" | "<<" | ">>" | "&" | "&^" => 6,
        "+" | "-" | "|" | "^" => 5,
        "==" | "!=" | "<" | "<=" | ">" | ">=" => 4,
        "&&" => 2,
        _ => 1,
    }
}

fn strip_parens(mut n: &Node) -> &Node {
    while let NodeKind::Paren(x) = &n.kind {
        n = x;
    }
    n
}

/// Prints the operand `x` in a context of precedence `prec`, in
/// parentheses when its own is lower (gc's `exprFmt`).
fn operand(x: &Node, prec: u8, s: &mut String, child: &Child) {
    let x = strip_parens(x);
    if gc_prec(x) < prec {
        s.push('(');
        child(x, s);
        s.push(')');
    } else {
        child(x, s);
    }
}

/// Prints `n` itself, each child through `child`. An own text for the root
/// is `print_with`'s business.
fn print_into(n: &Node, s: &mut String, child: &Child) {
    match &n.kind {
        NodeKind::Leaf(t) | NodeKind::Type(t) => s.push_str(t),
        NodeKind::Paren(x) => child(strip_parens(x), s),
        NodeKind::Selector(x, sel) => {
            operand(x, 8, s, child);
            s.push('.');
            s.push_str(sel);
        }
        NodeKind::Index(x, i) => {
            operand(x, 8, s, child);
            s.push('[');
            child(strip_parens(i), s);
            s.push(']');
        }
        NodeKind::Slice(x, parts, three) => {
            operand(x, 8, s, child);
            s.push('[');
            for (i, p) in parts.iter().enumerate() {
                if i == 2 && !*three {
                    break;
                }
                if i > 0 {
                    s.push(':');
                }
                if let Some(p) = p {
                    child(p, s);
                }
            }
            s.push(']');
        }
        NodeKind::TypeAssert(x, t) => {
            operand(x, 8, s, child);
            s.push_str(".(");
            child(t, s);
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
                child(inner, s);
                s.push(')');
            } else {
                operand(f, 8, s, child);
            }
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                child(strip_parens(a), s);
            }
            if *ddd {
                s.push_str("...");
            }
            s.push(')');
        }
        NodeKind::Composite(t, nonempty) => {
            if let Some(t) = t {
                child(t, s);
            }
            s.push_str(if *nonempty { "{...}" } else { "{}" });
        }
        NodeKind::FuncLit => s.push_str("func literal"),
        NodeKind::Unary(op, x) => {
            s.push_str(op);
            // gc prints a unary operand at precedence 8: another unary
            // operator is parenthesised, after a space when it is the same
            // one (`<- (<-c)`); `new(x)` prints as `&.autotmp_N`, so its
            // own text may need them too: `*(&.autotmp_N)`.
            let x = strip_parens(x);
            let mut text = String::new();
            child(x, &mut text);
            if gc_prec(x) < 8 || text.starts_with('&') {
                if matches!(&x.kind, NodeKind::Unary(o, _) if o == op) {
                    s.push(' ');
                }
                s.push('(');
                s.push_str(&text);
                s.push(')');
            } else {
                s.push_str(&text);
            }
        }
        NodeKind::Binary(op, prec, x, y) => {
            // A concatenation (precedence 0) is gc's list of operands.
            let p = if *prec == 0 { 0 } else { binary_prec(op) };
            operand(x, p, s, child);
            s.push(' ');
            s.push_str(op);
            s.push(' ');
            operand(y, if p == 0 { 0 } else { p + 1 }, s, child);
        }
        NodeKind::Return(xs) => {
            s.push_str("return");
            if !xs.is_empty() {
                s.push(' ');
                print_list(xs, s, child);
            }
        }
        NodeKind::Assign(l, op, r) => {
            print_list(l, s, child);
            s.push(' ');
            s.push_str(op);
            s.push(' ');
            print_list(r, s, child);
        }
    }
}

fn print_list(xs: &[Node], s: &mut String, child: &Child) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        child(x, s);
    }
}

/// A constant as gc prints it: runes as character literals, strings quoted.
pub fn const_text(v: &crate::types::ConstValue, tcx: &TyCtx, ty: crate::types::TypeId) -> String {
    use crate::types::{BasicKind, ConstValue, Type};
    match (v, tcx.ty(ty)) {
        (ConstValue::Int(i), Type::Basic(BasicKind::UntypedRune)) => {
            rune_lit(i.try_into().unwrap_or(0u32))
        }
        (ConstValue::String(s), _) => shorten_quoted(crate::types::constant::go_quote_bytes(s)),
        _ => v.describe(),
    }
}

/// go/constant's `String` of a string constant, which gc prints: a quoted
/// text longer than 72 characters keeps its first 69 and ends in `...`.
pub fn shorten_quoted(q: String) -> String {
    const MAX: usize = 72;
    if q.chars().count() <= MAX {
        return q;
    }
    let mut s: String = q.chars().take(MAX - 3).collect();
    s.push_str("...");
    s
}

fn rune_lit(c: u32) -> String {
    crate::types::constant::go_quote_rune(c)
}

// ------------------------------------------------------------------ from source

/// Parses the expression in `src[lo..hi]` into a printable tree; byte
/// offsets in the result are relative to the start of `src`.
pub fn parse_source(src: &str, lo: u32, hi: u32) -> Option<Node> {
    let text = src.get(lo as usize..hi as usize)?;
    let lexed = lexer::lex(FileId(0), text);
    let toks: Vec<(Token, u32, u32)> = lexed
        .tokens
        .iter()
        .filter(|(t, _)| !t.is_semi())
        .map(|(t, s)| (*t, s.lo + lo, s.hi + lo))
        .collect();
    let mut p = P {
        toks,
        i: 0,
        end: lo,
    };
    let start = p.pos();
    if p.peek() == Some(Token::Kw(Keyword::Return)) {
        let pos = p.pos();
        p.bump();
        let xs = if p.peek().is_some() {
            p.expr_list()?
        } else {
            Vec::new()
        };
        return Some(p.node(NodeKind::Return(xs), pos, start));
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
        return Some(p.node(NodeKind::Assign(lhs, op, rhs), pos, start));
    }
    Some(n)
}

struct P<'a> {
    /// Tokens with their start and end offsets.
    toks: Vec<(Token<'a>, u32, u32)>,
    i: usize,
    /// The end of the last token consumed.
    end: u32,
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
        let (t, lo, hi) = t?;
        self.end = hi;
        Some((t, lo))
    }

    fn eat(&mut self, t: Token) -> bool {
        if self.peek() == Some(t) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// A node whose source starts at `lo` and ends with the last token
    /// consumed.
    fn node(&self, kind: NodeKind, pos: u32, lo: u32) -> Node {
        Node {
            kind,
            pos,
            lo,
            hi: self.end,
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
            let lo = x.lo;
            x = self.node(
                NodeKind::Binary(op, prec, Box::new(x), Box::new(y)),
                pos,
                lo,
            );
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
        Some(self.node(NodeKind::Unary(op, Box::new(x)), pos, pos))
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
                if self.eat(Token::Arrow) {
                    return Some(format!("chan<- {}", self.type_lit()?));
                }
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
                // Parameters and results are skipped: the printer takes
                // the spelling of such a type from the type checker.
                self.bump();
                self.skip_group();
                match self.peek() {
                    Some(Token::LParen) => {
                        self.skip_group();
                    }
                    Some(
                        Token::Ident(_)
                        | Token::Star
                        | Token::LBrack
                        | Token::Arrow
                        | Token::Kw(
                            Keyword::Map
                            | Keyword::Chan
                            | Keyword::Func
                            | Keyword::Struct
                            | Keyword::Interface,
                        ),
                    ) => {
                        self.type_lit();
                    }
                    _ => {}
                }
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
                    if let Some((Token::Ident(sel), _, _)) = self.toks.get(self.i + 1) {
                        let sel = *sel;
                        self.bump();
                        self.bump();
                        return Some(self.type_args(format!("{name}.{sel}")));
                    }
                }
                Some(self.type_args(name.to_string()))
            }
            _ => None,
        }
    }

    /// `name[A, B]` after a type name: gc prints an instantiation's type
    /// arguments separated by bare commas (`Pair[string,int]`).
    fn type_args(&mut self, name: String) -> String {
        if self.peek() != Some(Token::LBrack) {
            return name;
        }
        self.bump();
        let mut args = Vec::new();
        while let Some(t) = self.peek() {
            match t {
                Token::RBrack => break,
                Token::Comma => {
                    self.bump();
                }
                _ => match self.type_lit() {
                    Some(a) => args.push(a),
                    None => {
                        self.bump();
                    }
                },
            }
        }
        self.bump();
        format!("{name}[{}]", args.join(","))
    }

    fn operand(&mut self) -> Option<Node> {
        let pos = self.pos();
        match self.peek()? {
            Token::Ident(name) => {
                self.bump();
                Some(self.node(NodeKind::Leaf(name.to_string()), pos, pos))
            }
            Token::Lit(_, raw) => {
                self.bump();
                Some(self.node(NodeKind::Leaf(raw.to_string()), pos, pos))
            }
            Token::LParen => {
                self.bump();
                let x = self.expr(0)?;
                self.eat(Token::RParen);
                Some(self.node(NodeKind::Paren(Box::new(x)), pos, pos))
            }
            Token::Kw(Keyword::Func) => {
                self.bump();
                // Parameters, then results up to the body.
                self.skip_group();
                while let Some(t) = self.peek() {
                    if t == Token::LBrace {
                        self.skip_group();
                        return Some(self.node(NodeKind::FuncLit, pos, pos));
                    }
                    if matches!(t, Token::LParen) {
                        self.skip_group();
                    } else {
                        self.bump();
                    }
                }
                Some(self.node(NodeKind::Type("func(...)".into()), pos, pos))
            }
            Token::LBrack
            | Token::Kw(Keyword::Map)
            | Token::Kw(Keyword::Chan)
            | Token::Kw(Keyword::Struct)
            | Token::Kw(Keyword::Interface) => {
                let t = self.type_lit()?;
                Some(self.node(NodeKind::Type(t), pos, pos))
            }
            _ => None,
        }
    }

    fn primary(&mut self) -> Option<Node> {
        let mut x = self.operand()?;
        let lo = x.lo;
        loop {
            let pos = self.pos();
            match self.peek() {
                Some(Token::Dot) => {
                    self.bump();
                    match self.peek() {
                        Some(Token::Ident(sel)) => {
                            self.bump();
                            x = self.node(
                                NodeKind::Selector(Box::new(x), sel.to_string()),
                                pos,
                                lo,
                            );
                        }
                        Some(Token::LParen) => {
                            self.bump();
                            let t = if self.eat(Token::Kw(Keyword::Type)) {
                                self.node(NodeKind::Leaf("type".into()), pos, pos)
                            } else {
                                let tp = self.pos();
                                let t = self.type_lit()?;
                                self.node(NodeKind::Type(t), tp, tp)
                            };
                            self.eat(Token::RParen);
                            x = self.node(NodeKind::TypeAssert(Box::new(x), Box::new(t)), pos, lo);
                        }
                        _ => return Some(x),
                    }
                }
                Some(Token::LBrack) => {
                    self.bump();
                    let mut parts: [Option<Box<Node>>; 3] = [None, None, None];
                    let mut colons = 0;
                    // `G[A, B]`: an instantiation with several type arguments.
                    let mut targs: Vec<Node> = Vec::new();
                    loop {
                        match self.peek() {
                            Some(Token::RBrack) | None => {
                                self.bump();
                                break;
                            }
                            Some(Token::Comma) => {
                                self.bump();
                                targs.extend(parts[0].take().map(|b| *b));
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
                    x = if !targs.is_empty() {
                        targs.extend(parts[0].take().map(|b| *b));
                        let args: Vec<String> = targs.iter().map(print).collect();
                        let t = format!("{}[{}]", print(&x), args.join(","));
                        self.node(NodeKind::Type(t), x.pos, lo)
                    } else if colons == 0 {
                        let i = parts[0].take()?;
                        self.node(NodeKind::Index(Box::new(x), i), pos, lo)
                    } else {
                        self.node(NodeKind::Slice(Box::new(x), parts, colons == 2), pos, lo)
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
                                        let t = self.type_lit()?;
                                        self.node(NodeKind::Type(t), tp, tp)
                                    }
                                    _ => self.expr(0)?,
                                };
                                args.push(a);
                            }
                        }
                    }
                    self.bump();
                    x = self.node(NodeKind::Call(Box::new(x), args, ddd), pos, lo);
                }
                Some(Token::LBrace) => {
                    let nonempty = !self.skip_group().is_empty();
                    let t = match x.kind {
                        NodeKind::Leaf(s) | NodeKind::Type(s) => Node {
                            kind: NodeKind::Type(s),
                            ..x
                        },
                        _ => x,
                    };
                    x = self.node(NodeKind::Composite(Some(Box::new(t)), nonempty), pos, lo);
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
