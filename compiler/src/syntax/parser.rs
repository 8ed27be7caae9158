//! The parser: tokens to AST, written with chumsky 0.13 combinators.
//!
//! `parse_file` lexes the source (`lexer.rs`), runs the chumsky grammar over
//! the token slice and returns the arena-allocated `ast::File` with every
//! syntax error. The grammar follows gc's recursive-descent parser
//! (`cmd/compile/internal/syntax/parser.go`) production by production, so
//! that errors arise where gc's arise; the `*_parser` functions are named
//! after gc's productions.
//!
//! Invariants and design:
//! - Errors are `PErr` values. A "custom" error carries gc's final message
//!   and wins over chumsky's generic "found X" errors at the same position
//!   (see `PErr::merge`); chumsky keeps the error at the furthest position,
//!   which for Go's LL(1)-like grammar is where gc's parser stops too. Errors
//!   are emitted only from `fail` (the analogue of gc's `syntaxError`) and
//!   from `validate` steps that check shapes after the fact.
//! - Composite-literal restriction: there are two expression parsers. The
//!   "no-literal" one (gc's `xnest < 0`) is used in `if`/`for`/`switch`
//!   headers; there a bare `T{` ends the expression, while parentheses,
//!   brackets, call arguments and explicit literal types (`[]T{`, `map[K]V{`,
//!   `struct{...}{`) re-enable literals.
//! - `NodeId`s come from a counter in the parser state; the state implements
//!   chumsky's `Inspector`, so backtracking rewinds the counter and ids stay
//!   dense (every id handed out belongs to a node of the final tree).
//! - Nesting is unbounded: chumsky's `recursive` grows the stack on the heap
//!   (its `stacker` feature), so 100000 nested parentheses parse, as in gc.
//! - Recovery is gc-like: a bad statement is skipped up to the next `;` or
//!   closing `}`, a bad top-level declaration up to the next declaration
//!   keyword; errors after the first one that sit at end of file are dropped
//!   (gc does the same).
//!
//! The overview of the pipeline lives in `compiler/src/lib.rs`.

use super::ast::*;
use super::lexer::unquote_string;
use super::span::{FileId, Span};
use super::token::{Keyword as K, SemiKind, Token as T};
use crate::diag::Diagnostic;
use bumpalo::Bump;
use chumsky::input::{Input, InputRef, MapExtra, MappedInput};
use chumsky::inspector::Inspector;
use chumsky::label::LabelError;
use chumsky::prelude::*;
use chumsky::recursive::Indirect;
use chumsky::util::MaybeRef;

impl chumsky::span::Span for Span {
    type Context = FileId;
    type Offset = u32;

    fn new(context: FileId, range: std::ops::Range<u32>) -> Self {
        Span::new(context, range.start, range.end)
    }

    fn context(&self) -> FileId {
        self.file
    }

    fn start(&self) -> u32 {
        self.lo
    }

    fn end(&self) -> u32 {
        self.hi
    }
}

type In<'t, 'a> = MappedInput<'t, T<'a>, Span, &'t [(T<'a>, Span)]>;
type Ex<'t, 'a> = extra::Full<PErr<'a>, PState<'t, 'a>, ()>;
type Bx<'t, 'a, O> = Boxed<'t, 't, In<'t, 'a>, O, Ex<'t, 'a>>;
type Rec<'t, 'a, O> = Recursive<Indirect<'t, 't, In<'t, 'a>, O, Ex<'t, 'a>>>;
type RecD<'t, 'a, O> = Recursive<chumsky::recursive::Direct<'t, 't, In<'t, 'a>, O, Ex<'t, 'a>>>;
type Me<'t, 'b, 'a> = MapExtra<'t, 'b, In<'t, 'a>, Ex<'t, 'a>>;
type Ir<'t, 'b, 'a> = InputRef<'t, 'b, In<'t, 'a>, Ex<'t, 'a>>;

/// A syntax error: either one of chumsky's "found X" errors (`msg == None`)
/// or a custom error with gc's final message.
#[derive(Clone, Debug)]
pub struct PErr<'a> {
    pub span: Span,
    pub found: Option<T<'a>>,
    msg: Option<ErrMsg>,
}

/// A custom message: gc's shape rendered lazily (errors are created often
/// while backtracking and rarely reported), or final text.
#[derive(Clone, Debug)]
enum ErrMsg {
    Gc(Msg),
    Text(String),
}

impl PErr<'_> {
    fn message(&self) -> String {
        match &self.msg {
            Some(ErrMsg::Gc(m)) => render(*m, self.found),
            Some(ErrMsg::Text(t)) => t.clone(),
            None => format!("syntax error: unexpected {}", describe(self.found)),
        }
    }
}

impl<'t, 'a: 't> chumsky::error::Error<'t, In<'t, 'a>> for PErr<'a> {
    fn merge(self, other: Self) -> Self {
        if self.msg.is_none() && other.msg.is_some() {
            other
        } else {
            self
        }
    }
}

impl<'t, 'a: 't, L> LabelError<'t, In<'t, 'a>, L> for PErr<'a> {
    fn expected_found<E: IntoIterator<Item = L>>(
        _: E,
        found: Option<MaybeRef<'t, T<'a>>>,
        span: Span,
    ) -> Self {
        PErr {
            span,
            found: found.as_deref().copied(),
            msg: None,
        }
    }
}

/// Parser state: the `NodeId` counter (rewound on backtracking) and lookup
/// data for custom errors.
pub struct PState<'t, 'a> {
    next_id: u32,
    toks: &'t [(T<'a>, Span)],
    eof: Span,
    pragmas: &'t [(u32, Vec<&'a str>)],
    /// Whether the last top-level declaration was a function without body
    /// (for gc's `unexpected semicolon or newline before {`).
    last_bodiless: bool,
    /// Set by top-level recovery, which stops at a declaration keyword: the
    /// terminator check after it then expects no semicolon (gc's `advance`).
    top_recovered: bool,
}

impl PState<'_, '_> {
    fn fresh(&mut self) -> NodeId {
        let id = NodeId(self.next_id);
        self.next_id += 1;
        id
    }
}

impl<'src, I: Input<'src>> Inspector<'src, I> for PState<'_, '_> {
    type Checkpoint = u32;

    fn on_token(&mut self, _: &I::Token) {}

    fn on_save<'parse>(&self, _: &chumsky::input::Cursor<'src, 'parse, I>) -> u32 {
        self.next_id
    }

    fn on_rewind<'parse>(&mut self, marker: &chumsky::input::Checkpoint<'src, 'parse, I, u32>) {
        self.next_id = *marker.inspector();
    }
}

/// gc's token description after `unexpected `.
fn describe(t: Option<T<'_>>) -> String {
    match t {
        Some(t) => t.describe(),
        None => "EOF".into(),
    }
}

/// The shape of a gc syntax error message (gc's `syntaxErrorAt` rules).
#[derive(Clone, Copy, Debug)]
enum Msg {
    /// `unexpected X, expected Y`
    Expected(&'static str),
    /// `unexpected X in/at/after ...`
    Suffix(&'static str),
    /// A message that does not mention the current token.
    Plain(&'static str),
}

fn render(msg: Msg, found: Option<T<'_>>) -> String {
    match msg {
        Msg::Expected(y) => format!("syntax error: unexpected {}, expected {y}", describe(found)),
        Msg::Suffix(s) => format!("syntax error: unexpected {} {s}", describe(found)),
        Msg::Plain(s) => format!("syntax error: {s}"),
    }
}

fn custom_err<'a>(span: Span, msg: impl Into<String>) -> PErr<'a> {
    PErr {
        span,
        found: None,
        msg: Some(ErrMsg::Text(msg.into())),
    }
}

/// The token at the current position and its span.
fn here<'t, 'a: 't>(inp: &mut Ir<'t, '_, 'a>) -> (Option<T<'a>>, Span) {
    let idx = inp.cursor().inner().0;
    let st = inp.state();
    match st.toks.get(idx) {
        Some(&(t, s)) => (Some(t), s),
        None => (None, st.eof),
    }
}

/// Always fails with gc's message at the current token (gc's `syntaxError`).
fn fail<'t, 'a: 't, O: 't>(msg: Msg) -> impl Parser<'t, In<'t, 'a>, O, Ex<'t, 'a>> + Clone {
    custom(move |inp: &mut Ir<'t, '_, 'a>| {
        let (found, span) = here(inp);
        Err(PErr {
            span: span.start(),
            found,
            msg: Some(ErrMsg::Gc(msg)),
        })
    })
}

/// Always fails with gc's "unexpected X, expected Y", where the message
/// depends on state (used for top-level errors).
fn top_fail<'t, 'a: 't, O: 't>() -> impl Parser<'t, In<'t, 'a>, O, Ex<'t, 'a>> + Clone {
    custom(move |inp: &mut Ir<'t, '_, 'a>| {
        let (found, span) = here(inp);
        let bodiless = inp.state().last_bodiless;
        let msg = if found == Some(T::LBrace) && bodiless {
            Msg::Plain("unexpected semicolon or newline before {")
        } else {
            Msg::Plain("non-declaration statement outside function body")
        };
        Err(PErr {
            span: span.start(),
            found,
            msg: Some(ErrMsg::Gc(msg)),
        })
    })
}

fn tk<'t, 'a: 't>(t: T<'a>) -> impl Parser<'t, In<'t, 'a>, Span, Ex<'t, 'a>> + Clone {
    just(t).map_with(|_, e| e.span())
}

fn kw<'t, 'a: 't>(k: K) -> impl Parser<'t, In<'t, 'a>, Span, Ex<'t, 'a>> + Clone {
    tk(T::Kw(k))
}

/// gc's `want(tok)`: the token or `unexpected X, expected tok`.
fn want<'t, 'a: 't>(
    t: T<'a>,
    name: &'static str,
) -> impl Parser<'t, In<'t, 'a>, Span, Ex<'t, 'a>> + Clone {
    tk(t).or(fail(Msg::Expected(name)))
}

/// Succeeds without consuming if the next token is `t`.
fn peek<'t, 'a: 't>(t: T<'a>) -> impl Parser<'t, In<'t, 'a>, (), Ex<'t, 'a>> + Clone {
    just(t).ignored().rewind()
}

fn semi<'t, 'a: 't>() -> impl Parser<'t, In<'t, 'a>, SemiKind, Ex<'t, 'a>> + Clone {
    select! { T::Semi(k) => k }
}

fn ident_parser<'t, 'a: 't>() -> impl Parser<'t, In<'t, 'a>, Ident<'a>, Ex<'t, 'a>> + Clone {
    select! { T::Ident(s) => s }.map_with(|name, e: &mut Me<'t, '_, 'a>| Ident {
        id: e.state().fresh(),
        name,
        span: e.span(),
    })
}

/// An identifier, or gc's `unexpected X, expected name`.
fn name_parser<'t, 'a: 't>() -> impl Parser<'t, In<'t, 'a>, Ident<'a>, Ex<'t, 'a>> + Clone {
    ident_parser().or(fail(Msg::Expected("name")))
}

/// Allocation helpers shared by all productions.
#[derive(Clone, Copy)]
struct Ar<'a> {
    bump: &'a Bump,
}

impl<'a> Ar<'a> {
    fn expr(self, id: NodeId, kind: ExprKind<'a>, span: Span) -> &'a Expr<'a> {
        self.bump.alloc(Expr { id, kind, span })
    }

    fn slice<X>(self, v: Vec<X>) -> &'a [X] {
        self.bump.alloc_slice_fill_iter(v)
    }

    fn stmt(self, kind: StmtKind<'a>, span: Span) -> &'a Stmt<'a> {
        self.bump.alloc(Stmt { kind, span })
    }

    fn bad(self, e: &mut Me<'_, '_, 'a>) -> &'a Expr<'a> {
        let sp = e.span();
        self.expr(e.state().fresh(), ExprKind::Bad, sp)
    }
}

fn ident_expr<'a>(ar: Ar<'a>, id: Ident<'a>, st: &mut PState<'_, 'a>) -> &'a Expr<'a> {
    ar.expr(st.fresh(), ExprKind::Ident(id), id.span)
}

/// A parsed list with its closing delimiter's span.
type Listed<O> = (Vec<O>, Span);

/// gc's `list`: `[ elem { sep elem } [sep] ] close`, with gc's error
/// `unexpected X in <ctx>; possibly missing <sep> or <close>`.
fn list_parser<'t, 'a: 't, O: 't>(
    elem: impl Parser<'t, In<'t, 'a>, O, Ex<'t, 'a>> + Clone + 't,
    sep: T<'a>,
    close: T<'a>,
    ctx: &'static str,
) -> Bx<'t, 'a, Listed<O>> {
    let sep_p = if sep == T::Comma {
        just(T::Comma).ignored().boxed()
    } else {
        semi().ignored().boxed()
    };
    elem.separated_by(sep_p)
        .allow_trailing()
        .collect::<Vec<O>>()
        .then(
            tk(close)
                .or(fail(Msg::Suffix(ctx)))
                .recover_with(via_parser(close_recovery_parser(close))),
        )
        .boxed()
}

/// Recovery for a list missing its closing token (gc's `list`): skips to a
/// closing bracket or statement keyword; consumes it if it is `close`.
fn close_recovery_parser<'t, 'a: 't>(
    close: T<'a>,
) -> impl Parser<'t, In<'t, 'a>, Span, Ex<'t, 'a>> + Clone {
    custom(move |inp: &mut Ir<'t, '_, 'a>| loop {
        let (t, sp) = here(inp);
        match t {
            Some(t) if t == close => {
                inp.skip();
                return Ok(sp);
            }
            None | Some(T::RParen | T::RBrack | T::RBrace) => return Ok(sp.start()),
            Some(t) if in_stopset(&t) => return Ok(sp.start()),
            _ => inp.skip(),
        }
    })
}

/// gc's `want` with its recovery: the token, or an error after which one
/// token is skipped (none at end of file).
fn want_rec<'t, 'a: 't>(
    t: T<'a>,
    name: &'static str,
) -> impl Parser<'t, In<'t, 'a>, Span, Ex<'t, 'a>> + Clone {
    want(t, name).recover_with(via_parser(custom(|inp: &mut Ir<'t, '_, 'a>| {
        let (t, sp) = here(inp);
        if t.is_some() {
            inp.skip();
        }
        Ok(sp.start())
    })))
}

/// The grammar's mutually recursive parsers.
#[derive(Clone)]
struct G<'t, 'a> {
    ar: Ar<'a>,
    /// Expressions (and types in expression position), literals allowed.
    expr: Rec<'t, 'a, &'a Expr<'a>>,
    /// Expressions in statement headers: a bare `T{` is not a literal.
    expr_nl: Rec<'t, 'a, &'a Expr<'a>>,
    /// Types.
    ty: Rec<'t, 'a, &'a Expr<'a>>,
    /// Blocks `{ ... }` (function bodies, statements).
    block: Rec<'t, 'a, &'a Block<'a>>,
}

impl<'t, 'a: 't> G<'t, 'a> {
    fn ty_req(&self) -> Bx<'t, 'a, &'a Expr<'a>> {
        self.ty.clone().or(fail(Msg::Expected("type"))).boxed()
    }

    fn expr_list(&self, nolit: bool) -> Bx<'t, 'a, Vec<&'a Expr<'a>>> {
        let e = if nolit {
            self.expr_nl.clone()
        } else {
            self.expr.clone()
        };
        e.separated_by(just(T::Comma)).at_least(1).collect().boxed()
    }
}

/// Builds the grammar; returns the file parser.
fn grammar<'t, 'a: 't>(ar: Ar<'a>) -> Bx<'t, 'a, &'a File<'a>> {
    let mut g = G {
        ar,
        expr: Recursive::declare(),
        expr_nl: Recursive::declare(),
        ty: Recursive::declare(),
        block: Recursive::declare(),
    };
    g.ty.define(type_parser(&g));
    g.expr.define(expr_parser(&g, false));
    g.expr_nl.define(expr_parser(&g, true));
    g.block.define(block_parser(&g));
    file_parser(&g)
}

// ---------------------------------------------------------------------------
// Types

/// `pkg.T` or `T` as an expression.
fn qualified_parser<'t, 'a: 't>(ar: Ar<'a>) -> Bx<'t, 'a, &'a Expr<'a>> {
    ident_parser()
        .then(just(T::Dot).ignore_then(ident_parser()).or_not())
        .map_with(move |(x, sel), e: &mut Me<'t, '_, 'a>| {
            let st = e.state();
            let xe = ident_expr(ar, x, st);
            match sel {
                None => xe,
                Some(sel) => ar.expr(
                    st.fresh(),
                    ExprKind::Selector { x: xe, sel },
                    x.span.to(sel.span),
                ),
            }
        })
        .boxed()
}

/// gc's `qualifiedName`: `pkg.T` or `T`, with type arguments `[A, B]` if
/// a generic type is instantiated.
fn type_name_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let targs = tk(T::LBrack)
        .then(
            g.ty_req()
                .separated_by(just(T::Comma))
                .allow_trailing()
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .then_ignore(want(T::RBrack, "]"));
    qualified_parser(ar)
        .then(targs.or_not())
        .map_with(move |(x, targs), e: &mut Me<'t, '_, 'a>| match targs {
            None => x,
            Some((lbrack, ts)) => {
                let span = e.span();
                instance_expr(ar, e.state(), x, lbrack, ts, span)
            }
        })
        .boxed()
}

/// `x[A]` (an `Index`) or `x[A, B]` (an `IndexList`).
fn instance_expr<'a>(
    ar: Ar<'a>,
    st: &mut PState<'_, 'a>,
    x: &'a Expr<'a>,
    lbrack: Span,
    mut ts: Vec<&'a Expr<'a>>,
    span: Span,
) -> &'a Expr<'a> {
    let kind = match ts.len() {
        1 => ExprKind::Index {
            x,
            index: ts.remove(0),
            lbrack,
        },
        _ => ExprKind::IndexList {
            x,
            indices: ar.slice(ts),
            lbrack,
        },
    };
    ar.expr(st.fresh(), kind, span)
}

fn type_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let star = just(T::Star)
        .ignore_then(g.ty_req())
        .map_with(move |x, e: &mut Me<'t, '_, 'a>| {
            ar.expr(e.state().fresh(), ExprKind::Star(x), e.span())
        });
    let paren = just(T::LParen)
        .ignore_then(g.ty_req())
        .then_ignore(want(T::RParen, ")"))
        .map_with(move |x, e: &mut Me<'t, '_, 'a>| {
            ar.expr(e.state().fresh(), ExprKind::Paren(x), e.span())
        });
    let func = kw(K::Func).then(signature_parser(g)).map_with(
        move |(kw, (params, results)), e: &mut Me<'t, '_, 'a>| {
            let ft = ar.bump.alloc(FuncType {
                params,
                results,
                span: kw,
            });
            ar.expr(e.state().fresh(), ExprKind::FuncType(ft), e.span())
        },
    );
    choice((
        type_name_parser(g),
        star,
        paren,
        array_type_parser(g),
        struct_type_parser(g),
        map_type_parser(g),
        chan_type_parser(g),
        func,
        interface_type_parser(g),
    ))
    .boxed()
}

/// `[]T`, `[N]T`, `[...]T`.
fn array_type_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let dots = tk(T::Ellipsis).map_with(move |sp, e: &mut Me<'t, '_, 'a>| {
        ar.expr(e.state().fresh(), ExprKind::Ellipsis(None), sp)
    });
    let len = choice((dots, g.expr.clone()))
        .or_not()
        .then_ignore(want(T::RBrack, "]"));
    just(T::LBrack)
        .ignore_then(len)
        .then(g.ty_req())
        .map_with(move |(len, elem), e: &mut Me<'t, '_, 'a>| {
            ar.expr(
                e.state().fresh(),
                ExprKind::ArrayType { len, elem },
                e.span(),
            )
        })
        .boxed()
}

fn map_type_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    kw(K::Map)
        .ignore_then(want(T::LBrack, "["))
        .ignore_then(g.ty_req())
        .then_ignore(want(T::RBrack, "]"))
        .then(g.ty_req())
        .map_with(move |(key, value), e: &mut Me<'t, '_, 'a>| {
            ar.expr(
                e.state().fresh(),
                ExprKind::MapType { key, value },
                e.span(),
            )
        })
        .boxed()
}

/// `chan T`, `chan<- T`, `<-chan T`.
fn chan_type_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let elem =
        g.ty.clone()
            .or(fail(Msg::Plain("missing channel element type")));
    let fwd = kw(K::Chan)
        .ignore_then(just(T::Arrow).or_not())
        .then(elem.clone())
        .map_with(move |(arrow, elem), e: &mut Me<'t, '_, 'a>| {
            let dir = if arrow.is_some() {
                ChanDir::Send
            } else {
                ChanDir::Both
            };
            ar.expr(
                e.state().fresh(),
                ExprKind::ChanType { dir, elem },
                e.span(),
            )
        });
    let recv = just(T::Arrow)
        .ignore_then(kw(K::Chan).or(fail(Msg::Expected("chan"))))
        .ignore_then(elem)
        .map_with(move |elem, e: &mut Me<'t, '_, 'a>| {
            ar.expr(
                e.state().fresh(),
                ExprKind::ChanType {
                    dir: ChanDir::Recv,
                    elem,
                },
                e.span(),
            )
        });
    choice((fwd, recv)).boxed()
}

/// `struct { fields }`.
fn struct_type_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let tag = select! { T::Lit(LitKind::String, raw) => raw }.map(move |raw| {
        unquote_string(raw)
            .map(|s| &*ar.bump.alloc_str(&s))
            .unwrap_or("")
    });
    let named = ident_parser()
        .separated_by(just(T::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .then(g.ty.clone())
        .then(tag.or_not())
        .map_with(move |((names, ty), tag), e: &mut Me<'t, '_, 'a>| Field {
            names: ar.slice(names),
            ty,
            tag,
            embedded: false,
            span: e.span(),
        });
    // gc's "careful dance" for a single name followed by `[`: `a [N]E` is a
    // field of array type (an element type follows a single length without
    // a trailing comma), `T[A, B]` an embedded instantiated type.
    let array_field = ident_parser()
        .then(tk(T::LBrack))
        .then(g.expr.clone())
        .then_ignore(just(T::RBrack))
        .then(g.ty.clone())
        .then(tag.or_not())
        .map_with(
            move |((((name, lbrack), len), elem), tag), e: &mut Me<'t, '_, 'a>| {
                let ty = ar.expr(
                    e.state().fresh(),
                    ExprKind::ArrayType {
                        len: Some(len),
                        elem,
                    },
                    lbrack.to(elem.span),
                );
                Field {
                    names: ar.slice(vec![name]),
                    ty,
                    tag,
                    embedded: false,
                    span: e.span(),
                }
            },
        );
    let instance_field = ident_parser()
        .then(tk(T::LBrack))
        .then(
            g.expr
                .clone()
                .separated_by(just(T::Comma))
                .allow_trailing()
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .then(want(T::RBrack, "]"))
        .then(tag.or_not())
        .map_with(
            move |((((name, lbrack), xs), rbrack), tag), e: &mut Me<'t, '_, 'a>| {
                let span = e.span();
                let st = e.state();
                let x = ident_expr(ar, name, st);
                let ty = instance_expr(ar, st, x, lbrack, xs, name.span.to(rbrack));
                Field {
                    names: &[],
                    ty,
                    tag,
                    embedded: true,
                    span,
                }
            },
        );
    let ptr =
        tk(T::Star)
            .then(type_name_parser(g))
            .map_with(move |(_, x), e: &mut Me<'t, '_, 'a>| {
                ar.expr(e.state().fresh(), ExprKind::Star(x), e.span())
            });
    let embedded = choice((ptr, type_name_parser(g)))
        .then(tag.or_not())
        .map_with(move |(ty, tag), e: &mut Me<'t, '_, 'a>| Field {
            names: &[],
            ty,
            tag,
            embedded: true,
            span: e.span(),
        });
    let field = choice((
        array_field,
        instance_field,
        named,
        embedded,
        fail(Msg::Expected("field name or embedded type")),
    ));
    kw(K::Struct)
        .ignore_then(want(T::LBrace, "{"))
        .then(list_parser(
            field,
            T::Semi(SemiKind::Explicit),
            T::RBrace,
            "in struct type; possibly missing semicolon or newline or }",
        ))
        .map_with(move |(lb, (fields, rb)), e: &mut Me<'t, '_, 'a>| {
            let fl = ar.bump.alloc(FieldList {
                fields: ar.slice(fields),
                span: lb.to(rb),
            });
            ar.expr(
                e.state().fresh(),
                ExprKind::StructType { fields: fl },
                e.span(),
            )
        })
        .boxed()
}

/// `interface { elems }`.
fn interface_type_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let method = ident_parser().then(signature_parser(g)).map_with(
        move |(name, (params, results)), _e: &mut Me<'t, '_, 'a>| {
            let ft = ar.bump.alloc(FuncType {
                params,
                results,
                span: params.span,
            });
            InterfaceElem::Method { name, ty: ft }
        },
    );
    let embed = constraint_parser(g).map(InterfaceElem::Embed);
    let elem = choice((method, embed, fail(Msg::Expected("~ term or type"))));
    kw(K::Interface)
        .ignore_then(want(T::LBrace, "{"))
        .ignore_then(list_parser(
            elem,
            T::Semi(SemiKind::Explicit),
            T::RBrace,
            "in interface type; possibly missing semicolon or newline or }",
        ))
        .map_with(move |(elems, _), e: &mut Me<'t, '_, 'a>| {
            ar.expr(
                e.state().fresh(),
                ExprKind::InterfaceType {
                    elems: ar.slice(elems),
                },
                e.span(),
            )
        })
        .boxed()
}

/// A constraint: `~T | U | ...` (a `Union`), or a single type.
fn constraint_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let term = just(T::Tilde).or_not().then(g.ty_req());
    term.separated_by(just(T::Op(BinaryOp::Or)))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(move |terms, e: &mut Me<'t, '_, 'a>| {
            if terms.len() == 1 && terms[0].0.is_none() {
                return terms[0].1;
            }
            let terms: Vec<(bool, &'a Expr<'a>)> =
                terms.into_iter().map(|(t, x)| (t.is_some(), x)).collect();
            ar.expr(
                e.state().fresh(),
                ExprKind::Union(ar.slice(terms)),
                e.span(),
            )
        })
        .boxed()
}

/// A type parameter list `[P, Q C1, R C2]` as a `FieldList` (each field's
/// type is its constraint).
fn tparams_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a FieldList<'a>> {
    let ar = g.ar;
    let group = ident_parser()
        .separated_by(just(T::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .then(constraint_parser(g))
        .map_with(move |(names, ty), e: &mut Me<'t, '_, 'a>| Field {
            names: ar.slice(names),
            ty,
            tag: None,
            embedded: false,
            span: e.span(),
        });
    tk(T::LBrack)
        .then(
            group
                .separated_by(just(T::Comma))
                .allow_trailing()
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .then(want(T::RBrack, "]"))
        .map(move |((lb, fields), rb)| {
            &*ar.bump.alloc(FieldList {
                fields: ar.slice(fields),
                span: lb.to(rb),
            })
        })
        .boxed()
}

/// One entry of a parameter list before gc's distribution of types.
#[derive(Clone, Copy)]
enum Param<'a> {
    Name(Ident<'a>),
    Named(Ident<'a>, &'a Expr<'a>),
    Type(&'a Expr<'a>),
}

/// `( params )` as a `FieldList`, with gc's checks (`dddok`: a final `...T` is allowed).
fn params_parser<'t, 'a: 't>(g: &G<'t, 'a>, dddok: bool) -> Bx<'t, 'a, &'a FieldList<'a>> {
    let ar = g.ar;
    let dots = tk(T::Ellipsis)
        .then(g.ty.clone().or(fail(Msg::Plain("... is missing type"))))
        .map_with(move |(_, t), e: &mut Me<'t, '_, 'a>| {
            ar.expr(e.state().fresh(), ExprKind::Ellipsis(Some(t)), e.span())
        });
    let ptype = choice((dots, g.ty.clone())).boxed();
    let entry = choice((
        qualified_parser(ar).try_map(|x, sp| {
            if matches!(x.kind, ExprKind::Selector { .. }) {
                Ok(Param::Type(x))
            } else {
                Err(PErr {
                    span: sp,
                    found: None,
                    msg: None,
                })
            }
        }),
        ident_parser()
            .then(ptype.clone())
            .map(|(n, t)| Param::Named(n, t)),
        ident_parser().map(Param::Name),
        ptype.map(Param::Type),
        fail(Msg::Expected(")")),
    ));
    tk(T::LParen)
        .then(list_parser(
            entry,
            T::Comma,
            T::RParen,
            "in parameter list; possibly missing comma or )",
        ))
        .validate(move |(lp, (list, rp)), e, emitter| {
            let span = lp.to(rp);
            let fields = distribute_params(
                ar,
                list,
                rp,
                dddok,
                &mut |sp, m| emitter.emit(custom_err(sp, m)),
                e.state(),
            );
            &*ar.bump.alloc(FieldList {
                fields: ar.slice(fields),
                span,
            })
        })
        .boxed()
}

/// gc's `paramList` post-processing: decides which entries are names and
/// groups `a, b T` into one field.
fn distribute_params<'a>(
    ar: Ar<'a>,
    list: Vec<Param<'a>>,
    close: Span,
    dddok: bool,
    err: &mut dyn FnMut(Span, String),
    st: &mut PState<'_, 'a>,
) -> Vec<Field<'a>> {
    let named = list
        .iter()
        .filter(|p| matches!(p, Param::Named(..)))
        .count();
    let typed = list.iter().filter(|p| !matches!(p, Param::Name(_))).count();
    let mut out: Vec<Field<'a>> = Vec::new();
    if named == 0 {
        for p in &list {
            let ty = match *p {
                Param::Name(n) => ident_expr(ar, n, st),
                Param::Type(t) | Param::Named(_, t) => t,
            };
            out.push(Field {
                names: &[],
                ty,
                tag: None,
                embedded: false,
                span: ty.span,
            });
        }
    } else {
        // Sweep right to left, giving lone names the type to their right.
        let mut err_pos: Option<Span> = None;
        let mut typ: Option<&'a Expr<'a>> = None;
        let mut groups: Vec<(Vec<Ident<'a>>, &'a Expr<'a>)> = Vec::new();
        for p in list.iter().rev() {
            match *p {
                Param::Named(n, t) => {
                    typ = Some(t);
                    groups.push((vec![n], t));
                }
                Param::Type(t) => {
                    typ = Some(t);
                    err_pos = Some(t.span.start());
                    groups.push((
                        vec![Ident {
                            id: st.fresh(),
                            name: "_",
                            span: t.span.start(),
                        }],
                        t,
                    ));
                }
                Param::Name(n) => match typ {
                    Some(t) => match groups.last_mut() {
                        Some((names, gt)) if std::ptr::eq(*gt, t) => names.insert(0, n),
                        _ => groups.push((vec![n], t)),
                    },
                    None => {
                        err_pos = Some(n.span.start());
                        let bad = ar.expr(st.fresh(), ExprKind::Bad, n.span);
                        groups.push((vec![n], bad));
                    }
                },
            }
        }
        if let Some(pos) = err_pos {
            if named == typed {
                err(close.start(), "syntax error: missing parameter type".into());
            } else {
                err(pos, "syntax error: missing parameter name".into());
            }
        }
        for (names, ty) in groups.into_iter().rev() {
            let span = names[0].span.to(ty.span);
            out.push(Field {
                names: ar.slice(names),
                ty,
                tag: None,
                embedded: false,
                span,
            });
        }
    }
    // Check the use of `...`.
    let n = out.len();
    for (i, f) in out.iter().enumerate() {
        if let ExprKind::Ellipsis(Some(_)) = f.ty.kind {
            if !dddok || i + 1 < n || f.names.len() > 1 {
                let msg = if dddok {
                    "can only use ... with final parameter"
                } else {
                    "invalid use of ..."
                };
                err(f.ty.span.start(), msg.into());
                break;
            }
        }
    }
    out
}

/// A signature: parameters and optional results.
fn signature_parser<'t, 'a: 't>(
    g: &G<'t, 'a>,
) -> Bx<'t, 'a, (&'a FieldList<'a>, &'a FieldList<'a>)> {
    let ar = g.ar;
    let single = g.ty.clone().map(move |t: &'a Expr<'a>| {
        let f = Field {
            names: &[],
            ty: t,
            tag: None,
            embedded: false,
            span: t.span,
        };
        &*ar.bump.alloc(FieldList {
            fields: ar.bump.alloc_slice_fill_iter([f]),
            span: t.span,
        })
    });
    let results = choice((params_parser(g, false), single)).or_not().map_with(
        move |r, e: &mut Me<'t, '_, 'a>| {
            r.unwrap_or_else(|| {
                let sp = e.span();
                &*ar.bump.alloc(FieldList {
                    fields: &[],
                    span: sp.start(),
                })
            })
        },
    );
    want(T::LParen, "(")
        .rewind()
        .ignore_then(params_parser(g, true))
        .then(results)
        .boxed()
}

// ---------------------------------------------------------------------------
// Expressions

/// `{ elements }` of a composite literal; returns elements and brace spans.
fn complit_body_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, (Vec<&'a Expr<'a>>, Span, Span)> {
    let ar = g.ar;
    recursive(move |body: RecD<'t, 'a, (Vec<&'a Expr<'a>>, Span, Span)>| {
        let elided = body.map_with(move |(elts, lbrace, rbrace), e: &mut Me<'t, '_, 'a>| {
            ar.expr(
                e.state().fresh(),
                ExprKind::CompositeLit {
                    ty: None,
                    elts: ar.slice(elts),
                    lbrace,
                    rbrace,
                },
                e.span(),
            )
        });
        let value = choice((elided, g.expr.clone())).boxed();
        let elem = value
            .clone()
            .then(tk(T::Colon).then(value).or_not())
            .map_with(move |(k, v), e: &mut Me<'t, '_, 'a>| match v {
                None => k,
                Some((colon, v)) => ar.expr(
                    e.state().fresh(),
                    ExprKind::KeyValue {
                        key: k,
                        value: v,
                        colon,
                    },
                    e.span(),
                ),
            });
        tk(T::LBrace)
            .then(list_parser(
                elem,
                T::Comma,
                T::RBrace,
                "in composite literal; possibly missing comma or }",
            ))
            .map(|(lb, (elts, rb))| (elts, lb, rb))
    })
    .boxed()
}

/// A type followed by an optional literal body.
fn with_complit<'t, 'a: 't>(
    g: &G<'t, 'a>,
    ty: Bx<'t, 'a, &'a Expr<'a>>,
) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    ty.then(complit_body_parser(g).or_not())
        .map_with(move |(ty, body), e: &mut Me<'t, '_, 'a>| match body {
            None => ty,
            Some((elts, lbrace, rbrace)) => ar.expr(
                e.state().fresh(),
                ExprKind::CompositeLit {
                    ty: Some(ty),
                    elts: ar.slice(elts),
                    lbrace,
                    rbrace,
                },
                e.span(),
            ),
        })
        .boxed()
}

/// gc's `operand`: names, literals, parenthesized expressions, function
/// literals and types.
fn operand_parser<'t, 'a: 't>(g: &G<'t, 'a>, nolit: bool) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let name = if nolit {
        ident_parser()
            .map_with(move |id, e: &mut Me<'t, '_, 'a>| ident_expr(ar, id, e.state()))
            .boxed()
    } else {
        with_complit(g, qualified_parser(ar))
    };
    let lit = select! { T::Lit(k, raw) => (k, raw) }.map_with(
        move |(kind, raw), e: &mut Me<'t, '_, 'a>| {
            ar.expr(
                e.state().fresh(),
                ExprKind::BasicLit { kind, raw },
                e.span(),
            )
        },
    );
    let paren = just(T::LParen)
        .ignore_then(g.expr.clone())
        .then_ignore(want_rec(T::RParen, ")"))
        .map_with(move |x, e: &mut Me<'t, '_, 'a>| {
            ar.expr(e.state().fresh(), ExprKind::Paren(x), e.span())
        });
    let func = kw(K::Func)
        .then(signature_parser(g))
        .then(g.block.clone().or_not())
        .map_with(
            move |((kw, (params, results)), body), e: &mut Me<'t, '_, 'a>| {
                let ty = ar.bump.alloc(FuncType {
                    params,
                    results,
                    span: kw,
                });
                let kind = match body {
                    Some(body) => ExprKind::FuncLit { ty, body },
                    None => ExprKind::FuncType(ty),
                };
                ar.expr(e.state().fresh(), kind, e.span())
            },
        );
    choice((
        name,
        lit,
        paren,
        func,
        with_complit(g, array_type_parser(g)),
        with_complit(g, struct_type_parser(g)),
        with_complit(g, map_type_parser(g)),
        chan_type_parser(g),
        interface_type_parser(g),
        fail(Msg::Expected("expression")),
    ))
    .boxed()
}

/// A postfix operation of a primary expression.
enum Post<'a> {
    Sel(Ident<'a>),
    Assert(Option<&'a Expr<'a>>, Span),
    Index(&'a Expr<'a>, Span),
    IndexList(Vec<&'a Expr<'a>>, Span),
    Slice(
        Option<&'a Expr<'a>>,
        Option<&'a Expr<'a>>,
        Option<&'a Expr<'a>>,
        bool,
        Span,
    ),
    Call(Vec<&'a Expr<'a>>, Option<Span>, Span, Span),
    /// `G[T]{...}`: a composite literal of a generic type's instance.
    Lit(Vec<&'a Expr<'a>>, Span, Span),
}

/// gc's `pexpr`: an operand followed by selectors, index and slice
/// expressions, type assertions and calls.
fn primary_parser<'t, 'a: 't>(g: &G<'t, 'a>, nolit: bool) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let expr = g.expr.clone();
    let sel = just(T::Dot).ignore_then(choice((
        ident_parser().map(Post::Sel),
        tk(T::LParen)
            .then(choice((kw(K::Type).to(None), g.ty_req().map(Some))))
            .then_ignore(want(T::RParen, ")"))
            .map(|(lp, t)| Post::Assert(t, lp)),
        fail(Msg::Expected("name or (")),
    )));
    let slice_rest = just(T::Colon)
        .ignore_then(expr.clone().or_not())
        .then(tk(T::Colon).then(expr.clone().or_not()).or_not())
        .then(want(T::RBrack, "]"));
    // `x[a, b]`: more type arguments of an instantiation.
    let more = just(T::Comma)
        .ignore_then(
            expr.clone()
                .separated_by(just(T::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .then(want(T::RBrack, "]"));
    let index = tk(T::LBrack)
        .then(expr.clone().or_not().then(choice((
            tk(T::RBrack).map(|rb| Err((rb, Vec::new()))),
            more.map(|(v, rb)| Err((rb, v))),
            slice_rest.map(Ok),
            fail(Msg::Expected("comma, : or ]")),
        ))))
        .validate(move |(lb, (lo, rest)), e, emitter| match rest {
            Err((_, more)) if !more.is_empty() && lo.is_some() => {
                let mut v = vec![lo.unwrap()];
                v.extend(more);
                Post::IndexList(v, lb)
            }
            Err((rb, _)) => match lo {
                Some(i) => Post::Index(i, lb),
                None => {
                    // `x[]`: gc complains about the missing operand.
                    emitter.emit(custom_err(
                        rb,
                        "syntax error: unexpected ], expected operand",
                    ));
                    Post::Index(ar.bad(e), lb)
                }
            },
            Ok(((hi, max), rb)) => {
                let slice3 = max.is_some();
                if let Some((colon2, max)) = max {
                    if hi.is_none() {
                        emitter.emit(custom_err(colon2, "middle index required in 3-index slice"));
                    }
                    if max.is_none() {
                        emitter.emit(custom_err(rb, "final index required in 3-index slice"));
                    }
                }
                Post::Slice(lo, hi, max.and_then(|(_, m)| m), slice3, lb)
            }
        });
    // Arguments; a `...` may only follow the last one (gc's `argList`).
    let arg = expr.clone().then(tk(T::Ellipsis).or_not());
    let call = tk(T::LParen)
        .then(list_parser(
            arg,
            T::Comma,
            T::RParen,
            "in argument list; possibly missing comma or )",
        ))
        .validate(|(lp, (args, rp)), _, emitter| {
            if let Some(i) = args.iter().position(|(_, d)| d.is_some()) {
                if let Some((next, _)) = args.get(i + 1) {
                    let found = match next.kind {
                        ExprKind::Ident(id) => format!("name {}", id.name),
                        ExprKind::BasicLit { raw, .. } => format!("literal {raw}"),
                        _ => expr_string(next),
                    };
                    emitter.emit(custom_err(
                        next.span.start(),
                        format!("syntax error: unexpected {found}, expected )"),
                    ));
                }
            }
            let ellipsis = args.last().and_then(|(_, d)| *d);
            Post::Call(args.into_iter().map(|(a, _)| a).collect(), ellipsis, lp, rp)
        });
    let lit = complit_body_parser(g).map(|(elts, lb, rb)| Post::Lit(elts, lb, rb));
    let post = if nolit {
        choice((sel, index, call)).boxed()
    } else {
        choice((sel, index, call, lit)).boxed()
    };
    operand_parser(g, nolit)
        .foldl_with(post.repeated(), move |x, p, e: &mut Me<'t, '_, 'a>| {
            let span = e.span();
            let kind = match p {
                Post::Sel(sel) => ExprKind::Selector { x, sel },
                Post::Assert(ty, lparen) => ExprKind::TypeAssert { x, ty, lparen },
                Post::Index(index, lbrack) => ExprKind::Index { x, index, lbrack },
                Post::Lit(elts, lbrace, rbrace) => ExprKind::CompositeLit {
                    ty: Some(x),
                    elts: ar.slice(elts),
                    lbrace,
                    rbrace,
                },
                Post::IndexList(indices, lbrack) => ExprKind::IndexList {
                    x,
                    indices: ar.slice(indices),
                    lbrack,
                },
                Post::Slice(lo, hi, max, slice3, lbrack) => ExprKind::Slice {
                    x,
                    lo,
                    hi,
                    max,
                    slice3,
                    lbrack,
                },
                Post::Call(args, ellipsis, lparen, rparen) => ExprKind::Call {
                    fun: x,
                    args: ar.slice(args),
                    ellipsis,
                    lparen,
                    rparen,
                },
            };
            ar.expr(e.state().fresh(), kind, span)
        })
        .boxed()
}

/// gc's `unaryExpr` and `binaryExpr` (precedence climbing over `BinaryOp::precedence`).
fn expr_parser<'t, 'a: 't>(g: &G<'t, 'a>, nolit: bool) -> Bx<'t, 'a, &'a Expr<'a>> {
    let ar = g.ar;
    let primary = primary_parser(g, nolit);
    let unary = recursive(move |unary: RecD<'t, 'a, &'a Expr<'a>>| {
        let op = select! {
            T::Op(BinaryOp::Add) => Some(UnaryOp::Pos),
            T::Op(BinaryOp::Sub) => Some(UnaryOp::Neg),
            T::Not => Some(UnaryOp::Not),
            T::Op(BinaryOp::Xor) => Some(UnaryOp::Xor),
            T::Op(BinaryOp::And) => Some(UnaryOp::Addr),
            T::Arrow => Some(UnaryOp::Recv),
            T::Star => None,
        }
        .map_with(|op, e: &mut Me<'t, '_, 'a>| (op, e.span()));
        let prefixed = op
            .then(unary)
            .validate(move |((op, op_span), x), e, emitter| {
                let span = e.span();
                let id = e.state().fresh();
                match op {
                    None => ar.expr(id, ExprKind::Star(x), span),
                    Some(UnaryOp::Recv) => match x.kind {
                        // `<-chan T` is a receive-only channel type.
                        ExprKind::ChanType {
                            dir: ChanDir::Both,
                            elem,
                        } => ar.expr(
                            id,
                            ExprKind::ChanType {
                                dir: ChanDir::Recv,
                                elem,
                            },
                            span,
                        ),
                        ExprKind::ChanType {
                            dir: ChanDir::Send, ..
                        } => {
                            emitter.emit(custom_err(
                                x.span.start(),
                                "syntax error: unexpected <-, expected chan",
                            ));
                            ar.expr(id, ExprKind::Bad, span)
                        }
                        _ => ar.expr(
                            id,
                            ExprKind::Unary {
                                op: UnaryOp::Recv,
                                x,
                                op_span,
                            },
                            span,
                        ),
                    },
                    Some(op) => ar.expr(id, ExprKind::Unary { op, x, op_span }, span),
                }
            });
        choice((prefixed, primary))
    })
    .boxed();
    let mut level: Bx<'t, 'a, &'a Expr<'a>> = unary;
    for prec in (1..=5u8).rev() {
        let op = select! {
            T::Op(op) if op.precedence() == prec => op,
            T::Star if prec == 5 => BinaryOp::Mul,
        }
        .map_with(|op, e: &mut Me<'t, '_, 'a>| (op, e.span()));
        level = level
            .clone()
            .foldl_with(
                op.then(level).repeated(),
                move |x, ((op, op_span), y), e: &mut Me<'t, '_, 'a>| {
                    let span = x.span.to(y.span);
                    ar.expr(
                        e.state().fresh(),
                        ExprKind::Binary { op, x, y, op_span },
                        span,
                    )
                },
            )
            .boxed();
    }
    level
}

// ---------------------------------------------------------------------------
// Statements

/// A simple statement, or a range clause in a `for` header.
enum Simple<'a> {
    Stmt(&'a Stmt<'a>),
    Range {
        key: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        extra: Option<&'a Expr<'a>>,
        op: Option<AssignOp>,
        x: &'a Expr<'a>,
        range_span: Span,
        span: Span,
    },
}

fn simple_stmt<'a>(s: &Simple<'a>) -> Option<&'a Stmt<'a>> {
    match s {
        Simple::Stmt(s) => Some(s),
        Simple::Range { .. } => None,
    }
}

/// The tail of a simple statement after its first expression list.
#[derive(Clone)]
enum Tail<'a> {
    Assign(AssignOp, Span, Vec<&'a Expr<'a>>),
    Range(Option<AssignOp>, Span, &'a Expr<'a>),
    IncDec(bool, Span),
    Send(Span, &'a Expr<'a>),
    None,
}

/// gc's `simpleStmt`; `nolit` in headers, `range_ok` in `for` headers.
fn simple_stmt_parser<'t, 'a: 't>(
    g: &G<'t, 'a>,
    nolit: bool,
    range_ok: bool,
) -> Bx<'t, 'a, Simple<'a>> {
    let ar = g.ar;
    let e1 = if nolit {
        g.expr_nl.clone()
    } else {
        g.expr.clone()
    };
    let rhs = g.expr_list(nolit);
    let assign_op = choice((
        just(T::Define).to(AssignOp::Define),
        just(T::Assign).to(AssignOp::Assign),
    ))
    .map_with(|op, e: &mut Me<'t, '_, 'a>| (op, e.span()));
    let range = kw(K::Range).then(e1.clone());
    let assign_rhs = if range_ok {
        assign_op
            .then(choice((
                range.clone().map(|(sp, x)| (None, Some((sp, x)))),
                rhs.clone().map(|r| (Some(r), None)),
            )))
            .map(|((op, sp), (rhs, range))| match range {
                Some((rsp, x)) => Tail::Range(Some(op), rsp, x),
                None => Tail::Assign(op, sp, rhs.unwrap_or_default()),
            })
            .boxed()
    } else {
        assign_op
            .then(rhs.clone())
            .map(|((op, sp), rhs)| Tail::Assign(op, sp, rhs))
            .boxed()
    };
    let op_assign = select! { T::AssignOp(op) => op }
        .map_with(|op, e: &mut Me<'t, '_, 'a>| (op, e.span()))
        .then(e1.clone())
        .map(|((op, sp), y)| Tail::Assign(AssignOp::Op(op), sp, vec![y]));
    let incdec = select! { T::Inc => true, T::Dec => false }
        .map_with(|inc, e: &mut Me<'t, '_, 'a>| Tail::IncDec(inc, e.span()));
    let send = tk(T::Arrow)
        .then(e1.clone())
        .map(|(sp, v)| Tail::Send(sp, v));
    let single_tail = choice((
        assign_rhs.clone(),
        op_assign,
        incdec,
        send,
        empty().to(Tail::None),
    ));
    let multi_tail = choice((assign_rhs, fail(Msg::Expected(":= or = or comma"))));
    let rest = choice((
        just(T::Comma)
            .ignore_then(
                e1.clone()
                    .separated_by(just(T::Comma))
                    .at_least(1)
                    .collect::<Vec<_>>(),
            )
            .then(multi_tail)
            .map(|(r, t)| (r, t)),
        single_tail.map(|t| (Vec::new(), t)),
    ));
    let stmt = e1
        .then(rest)
        .map_with(move |(first, (more, tail)), e: &mut Me<'t, '_, 'a>| {
            let span = e.span();
            let mut lhs = vec![first];
            lhs.extend(more);
            let kind = match tail {
                Tail::None => StmtKind::Expr(first),
                Tail::Assign(op, op_span, rhs) => StmtKind::Assign {
                    lhs: ar.slice(lhs),
                    op,
                    rhs: ar.slice(rhs),
                    op_span,
                },
                Tail::IncDec(inc, op_span) => StmtKind::IncDec {
                    x: first,
                    inc,
                    op_span,
                },
                Tail::Send(arrow, value) => StmtKind::Send {
                    ch: first,
                    value,
                    arrow,
                },
                Tail::Range(op, range_span, x) => {
                    return Simple::Range {
                        key: lhs.first().copied(),
                        value: lhs.get(1).copied(),
                        extra: lhs.get(2).copied(),
                        op,
                        x,
                        range_span,
                        span,
                    };
                }
            };
            Simple::Stmt(ar.stmt(kind, span))
        });
    if range_ok {
        let bare_range = range.map_with(|(range_span, x), e: &mut Me<'t, '_, 'a>| Simple::Range {
            key: None,
            value: None,
            extra: None,
            op: None,
            x,
            range_span,
            span: e.span(),
        });
        choice((bare_range, stmt)).boxed()
    } else {
        stmt.boxed()
    }
}

/// Renders an expression the way gc's `syntax.String` does, for messages.
fn expr_string(x: &Expr<'_>) -> String {
    match &x.kind {
        ExprKind::Ident(id) => id.name.to_string(),
        ExprKind::BasicLit { raw, .. } => raw.to_string(),
        ExprKind::Paren(x) => format!("({})", expr_string(x)),
        ExprKind::Selector { x, sel } => format!("{}.{}", expr_string(x), sel.name),
        ExprKind::Index { x, index, .. } => format!("{}[{}]", expr_string(x), expr_string(index)),
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            let a: Vec<String> = args.iter().map(|a| expr_string(a)).collect();
            format!(
                "{}({}{})",
                expr_string(fun),
                a.join(", "),
                if ellipsis.is_some() { "..." } else { "" }
            )
        }
        ExprKind::Star(x) => format!("*{}", expr_string(x)),
        ExprKind::Unary { op, x, .. } => {
            let o = match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::Xor => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
            };
            format!("{o}{}", expr_string(x))
        }
        ExprKind::Binary { op, x, y, .. } => {
            format!("{} {} {}", expr_string(x), op.as_str(), expr_string(y))
        }
        ExprKind::CompositeLit { ty: Some(t), .. } => format!("{}{{…}}", expr_string(t)),
        ExprKind::FuncLit { .. } => "func(…) {…}".into(),
        _ => "…".into(),
    }
}

fn emphasize(list: &[&Expr<'_>]) -> String {
    let v: Vec<String> = list
        .iter()
        .map(|x| match x.kind {
            ExprKind::Binary { .. } => format!("({})", expr_string(x)),
            _ => expr_string(x),
        })
        .collect();
    v.join(", ")
}

fn list_string(list: &[&Expr<'_>]) -> String {
    list.iter()
        .map(|x| expr_string(x))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The condition of a header (`if x {`), or gc's `cannot use ... as value`.
fn cond_of<'a>(s: &'a Stmt<'a>, err: &mut dyn FnMut(Span, String)) -> Option<&'a Expr<'a>> {
    let what = match &s.kind {
        StmtKind::Expr(x) => return Some(x),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Assign,
            rhs,
            ..
        } => format!("assignment {} = {}", emphasize(lhs), emphasize(rhs)),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            rhs,
            ..
        } => format!("{} := {}", list_string(lhs), list_string(rhs)),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Op(op),
            rhs,
            ..
        } => format!("{} {}= {}", list_string(lhs), op.as_str(), list_string(rhs)),
        StmtKind::IncDec { x, inc, .. } => {
            format!("{}{}", expr_string(x), if *inc { "++" } else { "--" })
        }
        StmtKind::Send { ch, value, .. } => {
            format!("{} <- {}", expr_string(ch), expr_string(value))
        }
        _ => "statement".into(),
    };
    let pos = match &s.kind {
        StmtKind::Assign { op_span, .. }
        | StmtKind::IncDec { op_span, .. }
        | StmtKind::Send { arrow: op_span, .. } => (*op_span).start(),
        _ => s.span.start(),
    };
    err(pos, format!("syntax error: cannot use {what} as value"));
    None
}

/// The parts of a statement header (gc's `header`).
struct Header<'a> {
    init: Option<&'a Stmt<'a>>,
    cond: Option<&'a Stmt<'a>>,
    post: Option<&'a Stmt<'a>>,
    range: Option<Simple<'a>>,
    /// The semicolon after the init statement, if any.
    semi: Option<(SemiKind, Span)>,
}

/// gc's `header(keyword)` for `if` and `switch` (not `for`).
fn header_parser<'t, 'a: 't>(g: &G<'t, 'a>, kwd: K) -> Bx<'t, 'a, Header<'a>> {
    let simple = simple_stmt_parser(g, true, false);
    let simple_s = simple.clone().map(|s| simple_stmt(&s));
    let var_init = kw(K::Var)
        .validate(move |sp, _, emitter| {
            emitter.emit(custom_err(
                sp,
                format!(
                    "syntax error: var declaration not allowed in {} initializer",
                    kwd.as_str()
                ),
            ));
        })
        .or_not();
    let empty_header = peek(T::LBrace).map(|_| Header {
        init: None,
        cond: None,
        post: None,
        range: None,
        semi: None,
    });
    let after_init = choice((
        peek(T::LBrace).map(|_| None),
        semi()
            .map_with(|k, e: &mut Me<'t, '_, 'a>| (k, e.span()))
            .then(choice((peek(T::LBrace).map(|_| None), simple_s.clone())))
            .map(Some),
        fail(Msg::Expected("{")),
    ));
    let with_init = choice((
        peek(T::Semi(SemiKind::Explicit)).map(|_| None),
        var_init.ignore_then(simple_s),
    ))
    .then(after_init)
    .map(|(init, after)| match after {
        None => Header {
            init: None,
            cond: init,
            post: None,
            range: None,
            semi: None,
        },
        Some(((k, sp), cond)) => Header {
            init,
            cond,
            post: None,
            range: None,
            semi: Some((k, sp)),
        },
    });
    choice((empty_header, with_init)).boxed()
}

/// gc's `header(_For)`.
fn for_header_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, Header<'a>> {
    let init_p = simple_stmt_parser(g, true, true);
    let simple = simple_stmt_parser(g, true, false).map(|s| simple_stmt(&s));
    let empty_header = peek(T::LBrace).map(|_| Header {
        init: None,
        cond: None,
        post: None,
        range: None,
        semi: None,
    });
    let three = semi()
        .map_with(|k, e: &mut Me<'t, '_, 'a>| (k, e.span()))
        .then(choice((
            peek(T::LBrace).ignore_then(fail(Msg::Expected("for loop condition"))),
            peek(T::Semi(SemiKind::Explicit)).map(|_| None),
            simple.clone(),
        )))
        .then_ignore(
            semi()
                .ignored()
                .or(fail(Msg::Expected("semicolon or newline"))),
        )
        .then(choice((peek(T::LBrace).map(|_| None), simple)))
        .map(|((semi, cond), post)| (semi, cond, post));
    // gc accepts `for var i = 0; ...` with an error and parses on.
    let var_init = kw(K::Var)
        .validate(|sp, _, emitter| {
            emitter.emit(custom_err(
                sp,
                "syntax error: var declaration not allowed in for initializer",
            ));
        })
        .or_not();
    let with_init = choice((
        peek(T::Semi(SemiKind::Explicit)).map(|_| None),
        var_init.ignore_then(init_p).map(Some),
    ))
    .then(choice((
        peek(T::LBrace).map(|_| None),
        three.map(Some),
        fail(Msg::Expected("{")),
    )));
    let with_init = with_init.try_map(|(init, rest), _| {
        Ok(match (init, rest) {
            (Some(r @ Simple::Range { .. }), _) => Header {
                init: None,
                cond: None,
                post: None,
                range: Some(r),
                semi: None,
            },
            (Some(Simple::Stmt(s)), None) => Header {
                init: None,
                cond: Some(s),
                post: None,
                range: None,
                semi: None,
            },
            (None, None) => Header {
                init: None,
                cond: None,
                post: None,
                range: None,
                semi: None,
            },
            (init, Some((semi, cond, post))) => Header {
                init: init.as_ref().and_then(simple_stmt),
                cond,
                post,
                range: None,
                semi: Some(semi),
            },
        })
    });
    choice((empty_header, with_init)).boxed()
}

/// A block whose `{` gc demands with `expected { after <ctx>`.
fn block_after<'t, 'a: 't>(
    g: &G<'t, 'a>,
    ctx: &'static str,
    stmts: Bx<'t, 'a, Vec<Stmt<'a>>>,
) -> Bx<'t, 'a, &'a Block<'a>> {
    peek(T::LBrace)
        .or(fail(Msg::Expected(ctx)))
        .ignore_then(g.block.clone())
        .recover_with(via_parser(
            just(T::LBrace)
                .not()
                .ignore_then(block_recovery_parser(g.ar, stmts)),
        ))
        .boxed()
}

/// The statements of a block or case clause, up to `}`/`case`/`default`.
/// `closing` names what gc expects when a statement cannot start here.
fn stmt_list_parser<'t, 'a: 't>(
    stmt: Bx<'t, 'a, Stmt<'a>>,
    closing: &'static str,
) -> Bx<'t, 'a, Vec<Stmt<'a>>> {
    // In a `{ ... }` block, gc's `stmtList` also ends at a token that cannot
    // start a statement (`stmtOrNil` returns nil): the block's `want(})`
    // then reports it and skips that one token.
    let block = closing == "}";
    let cannot_start = any()
        .filter(move |t: &T<'a>| block && !can_start_stmt(t))
        .ignored();
    let stop = choice((
        just(T::RBrace).ignored(),
        just(T::Kw(K::Case)).ignored(),
        just(T::Kw(K::Default)).ignored(),
        cannot_start,
        end(),
    ));
    let term = choice((
        semi().ignored(),
        peek(T::RBrace),
        end(),
        fail(Msg::Suffix("at end of statement")),
    ));
    let item = stop
        .not()
        .ignore_then(
            choice((stmt, fail(Msg::Expected(closing))))
                .recover_with(via_parser(skip_stmt_parser(false))),
        )
        .then_ignore(term.recover_with(via_parser(skip_stmt_parser(true).ignored())));
    item.repeated().collect().boxed()
}

/// Error recovery: skips a broken statement up to and including the next
/// `;` (including it if `consume_semi`), or up to a `}`/`case`/`default`
/// (gc's `advance(_Semi, _Rbrace, _Case, _Default)`). Fails if it would skip
/// nothing.
fn skip_stmt_parser<'t, 'a: 't>(
    consume_semi: bool,
) -> impl Parser<'t, In<'t, 'a>, Stmt<'a>, Ex<'t, 'a>> + Clone {
    custom(move |inp: &mut Ir<'t, '_, 'a>| {
        let (_, start) = here(inp);
        let mut n = 0;
        let mut last = start;
        loop {
            let (t, sp) = here(inp);
            match t {
                None => break,
                Some(T::Semi(_)) if consume_semi => {
                    inp.skip();
                    n += 1;
                    last = sp;
                    break;
                }
                Some(T::Semi(_) | T::RBrace | T::Kw(K::Case | K::Default)) => break,
                _ => {}
            }
            inp.skip();
            n += 1;
            last = sp;
        }
        if n == 0 {
            return Err(PErr {
                span: start,
                found: None,
                msg: None,
            });
        }
        Ok(Stmt {
            kind: StmtKind::Bad,
            span: start.to(last),
        })
    })
}

/// gc's `stopset`: keywords that start a statement, where recovery stops.
fn in_stopset(t: &T<'_>) -> bool {
    matches!(
        t,
        T::Kw(
            K::Break
                | K::Const
                | K::Continue
                | K::Defer
                | K::Fallthrough
                | K::For
                | K::Go
                | K::Goto
                | K::If
                | K::Return
                | K::Select
                | K::Switch
                | K::Type
                | K::Var
        )
    )
}

/// Recovery for a missing `{` after a statement header (gc's `blockStmt`):
/// skips to a name or `}`, then parses the rest as the block's statements.
fn block_recovery_parser<'t, 'a: 't>(
    ar: Ar<'a>,
    stmts: Bx<'t, 'a, Vec<Stmt<'a>>>,
) -> Bx<'t, 'a, &'a Block<'a>> {
    let skip = custom(|inp: &mut Ir<'t, '_, 'a>| {
        let (_, start) = here(inp);
        loop {
            match here(inp).0 {
                None | Some(T::Ident(_) | T::RBrace) => break,
                Some(t) if in_stopset(&t) => break,
                _ => inp.skip(),
            }
        }
        Ok(start)
    });
    skip.then(choice((
        tk(T::RBrace).map(|rb| (Vec::new(), rb)),
        stmts.then(want(T::RBrace, "}")),
    )))
    .map(move |(lbrace, (stmts, rbrace))| {
        &*ar.bump.alloc(Block {
            stmts: ar.slice(stmts),
            lbrace,
            rbrace,
        })
    })
    .boxed()
}

/// gc's `stmtOrNil`: the tokens that begin some statement (`;` is the
/// empty statement).
fn can_start_stmt(t: &T<'_>) -> bool {
    can_start_simple(t)
        || matches!(
            t,
            T::LBrace
                | T::Semi(_)
                | T::Kw(
                    K::Var
                        | K::Const
                        | K::Type
                        | K::For
                        | K::Switch
                        | K::Select
                        | K::If
                        | K::Fallthrough
                        | K::Break
                        | K::Continue
                        | K::Go
                        | K::Defer
                        | K::Goto
                        | K::Return
                )
        )
}

fn can_start_simple(t: &T<'_>) -> bool {
    matches!(
        t,
        T::Ident(_)
            | T::Lit(..)
            | T::Kw(K::Func | K::Struct | K::Map | K::Chan | K::Interface)
            | T::LParen
            | T::LBrack
            | T::Arrow
            | T::Star
            | T::Not
            | T::Op(BinaryOp::Add | BinaryOp::Sub | BinaryOp::Xor | BinaryOp::And)
    )
}

/// `{ stmts }` and, inside, every statement form.
fn block_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a Block<'a>> {
    let ar = g.ar;
    let g2 = g.clone();
    let stmt: Rec<'t, 'a, Stmt<'a>> = {
        let mut r = Recursive::declare();
        r.define(stmt_parser(&g2, r.clone()));
        r
    };
    let stmts = stmt_list_parser(stmt.clone().boxed(), "}");
    tk(T::LBrace)
        .then(stmts)
        .then(want_rec(T::RBrace, "}"))
        .map(move |((lbrace, stmts), rbrace)| {
            &*ar.bump.alloc(Block {
                stmts: ar.slice(stmts),
                lbrace,
                rbrace,
            })
        })
        .boxed()
}

fn block_stmt<'a>(ar: Ar<'a>, b: &'a Block<'a>) -> &'a Stmt<'a> {
    ar.stmt(StmtKind::Block(b), b.lbrace.to(b.rbrace))
}

fn stmt_parser<'t, 'a: 't>(g: &G<'t, 'a>, stmt: Rec<'t, 'a, Stmt<'a>>) -> Bx<'t, 'a, Stmt<'a>> {
    let ar = g.ar;
    let simple = any()
        .filter(can_start_simple)
        .rewind()
        .ignore_then(simple_stmt_parser(g, false, false))
        .map(|s| match s {
            Simple::Stmt(s) => Stmt {
                kind: clone_kind(&s.kind),
                span: s.span,
            },
            Simple::Range { span, .. } => Stmt {
                kind: StmtKind::Bad,
                span,
            },
        });
    let labeled = ident_parser()
        .then(tk(T::Colon))
        .then(choice((
            peek(T::RBrace).map_with(|_, e: &mut Me<'t, '_, 'a>| Stmt {
                kind: StmtKind::Empty,
                span: e.span(),
            }),
            stmt.clone(),
            fail(Msg::Plain("missing statement after label")),
        )))
        .map_with(move |((label, _), s), e: &mut Me<'t, '_, 'a>| Stmt {
            kind: StmtKind::Labeled {
                label,
                stmt: ar.bump.alloc(s),
            },
            span: e.span(),
        });
    let decl = decl_parser(g).map_with(|d, e: &mut Me<'t, '_, 'a>| Stmt {
        kind: StmtKind::Decl(d),
        span: e.span(),
    });
    let block = g.block.clone().map(move |b| Stmt {
        kind: StmtKind::Block(b),
        span: b.lbrace.to(b.rbrace),
    });

    let block_stmts = stmt_list_parser(stmt.clone().boxed(), "}");
    // if
    let if_stmt = recursive(|if_stmt: RecD<'t, 'a, &'a Stmt<'a>>| {
        let els = kw(K::Else).ignore_then(choice((
            if_stmt,
            g.block.clone().map(move |b| block_stmt(ar, b)),
            fail(Msg::Plain("else must be followed by if or statement block")),
        )));
        kw(K::If)
            .then(header_parser(g, K::If))
            .then(block_after(g, "{ after if clause", block_stmts.clone()))
            .then(els.or_not())
            .validate(move |(((if_kw, h), then), els), e, emitter| {
                let mut err = |sp: Span, m: String| emitter.emit(custom_err(sp, m));
                let cond = match h.cond {
                    Some(s) => cond_of(s, &mut err),
                    None => {
                        match h.semi {
                            Some((SemiKind::Newline, sp)) => err(
                                sp,
                                "syntax error: unexpected newline, expected { after if clause"
                                    .into(),
                            ),
                            Some((_, sp)) => {
                                err(sp, "syntax error: missing condition in if statement".into())
                            }
                            None => err(
                                then.lbrace,
                                "syntax error: missing condition in if statement".into(),
                            ),
                        }
                        None
                    }
                };
                let cond = cond.unwrap_or_else(|| ar.expr(e.state().fresh(), ExprKind::Bad, if_kw));
                ar.stmt(
                    StmtKind::If {
                        init: h.init,
                        cond,
                        then,
                        els,
                    },
                    e.span(),
                )
            })
    });

    // for
    let for_stmt = kw(K::For)
        .then(for_header_parser(g))
        .then(block_after(g, "{ after for clause", block_stmts.clone()))
        .validate(move |((_, h), body), e, emitter| {
            let span = e.span();
            if let Some(Simple::Range {
                key,
                value,
                extra,
                op,
                x,
                range_span,
                ..
            }) = h.range
            {
                return Stmt {
                    kind: StmtKind::Range {
                        key,
                        value,
                        extra,
                        op,
                        x,
                        body,
                        range_span,
                    },
                    span,
                };
            }
            let mut err = |sp: Span, m: String| emitter.emit(custom_err(sp, m));
            let cond = h.cond.and_then(|s| cond_of(s, &mut err));
            if let Some(p) = h.post {
                if let StmtKind::Assign {
                    op: AssignOp::Define,
                    ..
                } = p.kind
                {
                    if let StmtKind::Assign { op_span, .. } = p.kind {
                        err(
                            op_span.start(),
                            "syntax error: cannot declare in post statement of for loop".into(),
                        );
                    }
                }
            }
            Stmt {
                kind: StmtKind::For {
                    init: h.init,
                    cond,
                    post: h.post,
                    body,
                },
                span,
            }
        });

    // switch
    let case_stmts = stmt_list_parser(stmt.clone().boxed(), "case or default or }");
    let case_clause = choice((
        kw(K::Case)
            .then(g.expr_list(false))
            .map(|(sp, l)| (sp, l, false)),
        kw(K::Default).map(|sp| (sp, Vec::new(), true)),
    ))
    .then(want_rec(T::Colon, ":"))
    .map_with(|((kw, list, is_default), colon), e: &mut Me<'t, '_, 'a>| {
        (kw.to(colon), list, is_default, e.state().fresh())
    })
    .then(case_stmts.clone())
    .map(
        move |((span, list, is_default, implicit), body)| CaseClause {
            list: ar.slice(list),
            is_default,
            body: ar.slice(body),
            span,
            implicit,
        },
    );
    // gc's caseClause on any other token: report it, skip to a colon or
    // the next clause, then want the colon and parse the statements.
    let bad_clause = custom(|inp: &mut Ir<'t, '_, 'a>| {
        let (t, sp) = here(inp);
        match t {
            None | Some(T::Kw(K::Case | K::Default) | T::RBrace) => Err(PErr {
                span: sp.start(),
                found: t,
                msg: None,
            }),
            Some(_) => {
                loop {
                    match here(inp).0 {
                        None | Some(T::Colon | T::Kw(K::Case | K::Default) | T::RBrace) => break,
                        Some(_) => inp.skip(),
                    }
                }
                Ok((t, sp))
            }
        }
    })
    .validate(|(t, sp), _, emitter| {
        emitter.emit(custom_err(
            sp.start(),
            render(Msg::Expected("case or default or }"), t),
        ));
        sp
    })
    .then(want_rec(T::Colon, ":"))
    .map_with(|(sp, colon), e: &mut Me<'t, '_, 'a>| (sp.to(colon), e.state().fresh()))
    .then(case_stmts.clone())
    .map(move |((span, implicit), body)| CaseClause {
        list: &[],
        is_default: false,
        body: ar.slice(body),
        span,
        implicit,
    });
    let case_clause = choice((case_clause, bad_clause));
    let switch_body = want(T::LBrace, "{")
        .then(case_clause.repeated().collect::<Vec<_>>())
        .then(
            tk(T::RBrace)
                .or(fail(Msg::Expected("case or default or }")))
                .recover_with(via_parser(close_recovery_parser(T::RBrace))),
        );
    let switch_stmt = kw(K::Switch)
        .then(header_parser(g, K::Switch))
        .then(switch_body)
        .validate(move |((_, h), ((lbrace, clauses), rbrace)), e, emitter| {
            let span = e.span();
            let body = ar.slice(clauses);
            // A type switch guard: `x.(type)` or `v := x.(type)`.
            if let Some(s) = h.cond {
                match &s.kind {
                    StmtKind::Expr(Expr {
                        kind: ExprKind::TypeAssert { x, ty: None, .. },
                        ..
                    }) => {
                        return Stmt {
                            kind: StmtKind::TypeSwitch {
                                init: h.init,
                                bind: None,
                                x,
                                body,
                                lbrace,
                                rbrace,
                            },
                            span,
                        };
                    }
                    StmtKind::Assign {
                        lhs,
                        op: AssignOp::Define,
                        rhs,
                        ..
                    } if lhs.len() == 1 && rhs.len() == 1 => {
                        if let (ExprKind::Ident(bind), ExprKind::TypeAssert { x, ty: None, .. }) =
                            (&lhs[0].kind, &rhs[0].kind)
                        {
                            return Stmt {
                                kind: StmtKind::TypeSwitch {
                                    init: h.init,
                                    bind: Some(*bind),
                                    x,
                                    body,
                                    lbrace,
                                    rbrace,
                                },
                                span,
                            };
                        }
                    }
                    _ => {}
                }
            }
            let mut err = |sp: Span, m: String| emitter.emit(custom_err(sp, m));
            let tag = h.cond.and_then(|s| cond_of(s, &mut err));
            Stmt {
                kind: StmtKind::Switch {
                    init: h.init,
                    tag,
                    body,
                    lbrace,
                    rbrace,
                },
                span,
            }
        });

    // select
    let comm = simple_stmt_parser(g, false, false).map(|s| simple_stmt(&s));
    let comm_clause = choice((
        kw(K::Case).then(comm).map(|(sp, c)| (sp, c)),
        kw(K::Default).map(|sp| (sp, None)),
    ))
    .then(want_rec(T::Colon, ":"))
    .then(case_stmts)
    .map(move |(((kw, comm), colon), body)| CommClause {
        comm,
        body: ar.slice(body),
        span: kw.to(colon),
    });
    let select_stmt = kw(K::Select)
        .ignore_then(tk(T::LBrace).or(fail(Msg::Plain("missing { after select clause"))))
        .then(comm_clause.repeated().collect::<Vec<_>>())
        .then(
            tk(T::RBrace)
                .or(fail(Msg::Expected("case or default or }")))
                .recover_with(via_parser(close_recovery_parser(T::RBrace))),
        )
        .map_with(
            move |((lbrace, clauses), rbrace), e: &mut Me<'t, '_, 'a>| Stmt {
                kind: StmtKind::Select {
                    body: ar.slice(clauses),
                    lbrace,
                    rbrace,
                },
                span: e.span(),
            },
        );

    // go, defer
    let call_stmt = choice((kw(K::Go).to(true), kw(K::Defer).to(false)))
        .then(g.expr.clone())
        .validate(move |(is_go, x), e, emitter| {
            if let ExprKind::Paren(_) = x.kind {
                let w = if is_go { "go" } else { "defer" };
                emitter.emit(custom_err(
                    x.span.start(),
                    format!("expression in {w} must not be parenthesized"),
                ));
            }
            Stmt {
                kind: if is_go {
                    StmtKind::Go(x)
                } else {
                    StmtKind::Defer(x)
                },
                span: e.span(),
            }
        });

    // return, branches
    let ret = kw(K::Return)
        .ignore_then(g.expr_list(false).or_not())
        .map_with(move |r, e: &mut Me<'t, '_, 'a>| Stmt {
            kind: StmtKind::Return(ar.slice(r.unwrap_or_default())),
            span: e.span(),
        });
    let branch = choice((
        kw(K::Break)
            .to(BranchKind::Break)
            .then(ident_parser().or_not()),
        kw(K::Continue)
            .to(BranchKind::Continue)
            .then(ident_parser().or_not()),
        kw(K::Goto)
            .to(BranchKind::Goto)
            .then(name_parser().map(Some)),
        kw(K::Fallthrough)
            .to(BranchKind::Fallthrough)
            .then(empty().to(None)),
    ))
    .map_with(|(kind, label), e: &mut Me<'t, '_, 'a>| Stmt {
        kind: StmtKind::Branch { kind, label },
        span: e.span(),
    });
    let empty_stmt = peek(T::Semi(SemiKind::Explicit)).map_with(|_, e: &mut Me<'t, '_, 'a>| Stmt {
        kind: StmtKind::Empty,
        span: e.span(),
    });

    choice((
        labeled,
        simple,
        decl,
        block,
        if_stmt.map(|s: &'a Stmt<'a>| Stmt {
            kind: clone_kind(&s.kind),
            span: s.span,
        }),
        for_stmt,
        switch_stmt,
        select_stmt,
        call_stmt,
        ret,
        branch,
        empty_stmt,
    ))
    .boxed()
}

/// Moves a statement kind out of an arena reference (all fields are references or `Copy`).
fn clone_kind<'a>(k: &StmtKind<'a>) -> StmtKind<'a> {
    use StmtKind::*;
    match k {
        Decl(d) => Decl(match d {
            super::ast::Decl::Var(g) => super::ast::Decl::Var(g),
            super::ast::Decl::Const(g) => super::ast::Decl::Const(g),
            super::ast::Decl::Type(g) => super::ast::Decl::Type(g),
            super::ast::Decl::Func(f) => super::ast::Decl::Func(f),
            super::ast::Decl::Bad(s) => super::ast::Decl::Bad(*s),
        }),
        Empty => Empty,
        Labeled { label, stmt } => Labeled {
            label: *label,
            stmt,
        },
        Expr(x) => Expr(x),
        Send { ch, value, arrow } => Send {
            ch,
            value,
            arrow: *arrow,
        },
        IncDec { x, inc, op_span } => IncDec {
            x,
            inc: *inc,
            op_span: *op_span,
        },
        Assign {
            lhs,
            op,
            rhs,
            op_span,
        } => Assign {
            lhs,
            op: *op,
            rhs,
            op_span: *op_span,
        },
        Go(x) => Go(x),
        Defer(x) => Defer(x),
        Return(r) => Return(r),
        Branch { kind, label } => Branch {
            kind: *kind,
            label: *label,
        },
        Block(b) => Block(b),
        If {
            init,
            cond,
            then,
            els,
        } => If {
            init: *init,
            cond,
            then,
            els: *els,
        },
        Switch {
            init,
            tag,
            body,
            lbrace,
            rbrace,
        } => Switch {
            init: *init,
            tag: *tag,
            body,
            lbrace: *lbrace,
            rbrace: *rbrace,
        },
        TypeSwitch {
            init,
            bind,
            x,
            body,
            lbrace,
            rbrace,
        } => TypeSwitch {
            init: *init,
            bind: *bind,
            x,
            body,
            lbrace: *lbrace,
            rbrace: *rbrace,
        },
        Select {
            body,
            lbrace,
            rbrace,
        } => Select {
            body,
            lbrace: *lbrace,
            rbrace: *rbrace,
        },
        For {
            init,
            cond,
            post,
            body,
        } => For {
            init: *init,
            cond: *cond,
            post: *post,
            body,
        },
        Range {
            key,
            value,
            extra,
            op,
            x,
            body,
            range_span,
        } => Range {
            key: *key,
            value: *value,
            extra: *extra,
            op: *op,
            x,
            body,
            range_span: *range_span,
        },
        Bad => Bad,
    }
}

// ---------------------------------------------------------------------------
// Declarations

/// `kw spec` or `kw ( spec; ... )`.
fn group_parser<'t, 'a: 't, S: 't>(
    ar: Ar<'a>,
    k: K,
    spec: impl Parser<'t, In<'t, 'a>, S, Ex<'t, 'a>> + Clone + 't,
) -> Bx<'t, 'a, &'a GenDecl<'a, S>> {
    let grouped = tk(T::LParen)
        .ignore_then(list_parser(
            spec.clone(),
            T::Semi(SemiKind::Explicit),
            T::RParen,
            "in grouped declaration; possibly missing semicolon or newline or )",
        ))
        .map(|(v, _)| (v, true));
    let single = spec.map(|s| (vec![s], false));
    kw(k)
        .then(choice((grouped, single)))
        .map_with(move |(kw_span, (specs, grouped)), e: &mut Me<'t, '_, 'a>| {
            &*ar.bump.alloc(GenDecl {
                specs: ar.slice(specs),
                grouped,
                kw_span,
                span: e.span(),
            })
        })
        .boxed()
}

/// Accepts `=`, or `:=` with gc's complaint (gc's `gotAssign`).
fn assign_parser<'t, 'a: 't>() -> impl Parser<'t, In<'t, 'a>, (), Ex<'t, 'a>> + Clone {
    choice((
        just(T::Assign).ignored(),
        tk(T::Define).validate(|sp, _, emitter| {
            emitter.emit(custom_err(sp, "syntax error: unexpected :=, expected ="))
        }),
    ))
}

/// `var`, `const` and `type` declarations.
fn decl_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, Decl<'a>> {
    let ar = g.ar;
    let names = || {
        name_parser()
            .separated_by(just(T::Comma))
            .at_least(1)
            .collect::<Vec<_>>()
    };
    let var_spec = names()
        .then(choice((
            assign_parser()
                .ignore_then(g.expr_list(false))
                .map(|v| (None, v)),
            g.ty_req()
                .then(assign_parser().ignore_then(g.expr_list(false)).or_not())
                .map(|(t, v)| (Some(t), v.unwrap_or_default())),
        )))
        .map_with(
            move |(names, (ty, values)), e: &mut Me<'t, '_, 'a>| ValueSpec {
                names: ar.slice(names),
                ty,
                values: ar.slice(values),
                index: 0,
                span: e.span(),
            },
        );
    let const_spec = names()
        .then(
            g.ty.clone()
                .or_not()
                .then(assign_parser().ignore_then(g.expr_list(false)).or_not()),
        )
        .map_with(
            move |(names, (ty, values)), e: &mut Me<'t, '_, 'a>| ValueSpec {
                names: ar.slice(names),
                ty,
                values: ar.slice(values.unwrap_or_default()),
                index: 0,
                span: e.span(),
            },
        );
    let type_spec = name_parser()
        .then(
            tparams_ahead_parser(g)
                .ignore_then(tparams_parser(g))
                .or_not(),
        )
        .then(just(T::Assign).or_not())
        .then(g.ty.clone().or(fail(Msg::Suffix("in type declaration"))))
        .map_with(
            |(((name, tparams), alias), ty), e: &mut Me<'t, '_, 'a>| TypeSpec {
                name,
                tparams,
                alias: alias.is_some(),
                ty,
                span: e.span(),
            },
        );
    choice((
        group_parser(ar, K::Var, var_spec).map(Decl::Var),
        group_parser(ar, K::Const, const_spec).map(move |d| Decl::Const(index_specs(ar, d))),
        group_parser(ar, K::Type, type_spec).map(Decl::Type),
    ))
    .boxed()
}

/// gc's `typeDecl` choice between `type T[P C] ...` (a type parameter list)
/// and `type A [N]E`: succeeds, consuming nothing, where gc parses a type
/// parameter list. After `[`, a name followed by `[` starts one; otherwise gc
/// parses an expression and asks `extract_name` whether it splits into a
/// parameter name and a constraint (`P *int,`, `P ~int`, `P interface{}`).
fn tparams_ahead_parser<'t, 'a: 't>(
    g: &G<'t, 'a>,
) -> impl Parser<'t, In<'t, 'a>, (), Ex<'t, 'a>> + Clone {
    let name_lbrack = just(T::LBrack)
        .ignore_then(ident_parser())
        .then(just(T::LBrack))
        .ignored()
        .boxed();
    let x = just(T::LBrack)
        .ignore_then(ident_parser().rewind())
        .ignore_then(g.expr.clone())
        .boxed();
    custom(move |inp: &mut Ir<'t, '_, 'a>| {
        let before = inp.save();
        let mut ok = inp.parse(&name_lbrack).is_ok();
        if !ok {
            inp.rewind(before.clone());
            if let Ok(x) = inp.parse(&x) {
                let (next, _) = here(inp);
                ok = match extract_name(x, next == Some(T::Comma)) {
                    Some(typed) => typed || next != Some(T::RBrack),
                    None => false,
                };
            }
        }
        // The expression's nodes are not part of the tree: rewinding the
        // state too keeps node ids dense.
        inp.rewind(before);
        let (found, span) = here(inp);
        if ok {
            Ok(())
        } else {
            Err(PErr {
                span,
                found,
                msg: None,
            })
        }
    })
}

/// gc's `extractName`: whether `x` can be read as a type parameter name
/// followed by a constraint: `Some(false)` for a bare name, `Some(true)` for
/// `P *E`, `P *E|F`, `P(E)` where the rest is a type element (or `force`,
/// when a comma follows), `None` otherwise.
fn extract_name(x: &Expr<'_>, force: bool) -> Option<bool> {
    match x.kind {
        ExprKind::Ident(_) => Some(false),
        ExprKind::Binary {
            op: BinaryOp::Mul,
            x: name,
            y,
            ..
        } if matches!(name.kind, ExprKind::Ident(_)) && (force || is_type_elem(y)) => Some(true),
        ExprKind::Binary {
            op: BinaryOp::Or,
            x,
            y,
            ..
        } => match extract_name(x, force || is_type_elem(y)) {
            Some(true) => Some(true),
            _ => None,
        },
        ExprKind::Call {
            fun,
            args: [arg],
            ellipsis: None,
            ..
        } if matches!(fun.kind, ExprKind::Ident(_)) && (force || is_type_elem(arg)) => Some(true),
        _ => None,
    }
}

/// gc's `isTypeElem`: `x` is a (possibly parenthesized) type element that
/// cannot be an ordinary value expression.
fn is_type_elem(x: &Expr<'_>) -> bool {
    match x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. }
        | ExprKind::Union(_) => true,
        ExprKind::Star(x) | ExprKind::Unary { x, .. } | ExprKind::Paren(x) => is_type_elem(x),
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        _ => false,
    }
}

/// Numbers the specs of a const group (their `iota`).
fn index_specs<'a>(
    ar: Ar<'a>,
    d: &'a GenDecl<'a, ValueSpec<'a>>,
) -> &'a GenDecl<'a, ValueSpec<'a>> {
    let specs: Vec<ValueSpec<'a>> = d
        .specs
        .iter()
        .enumerate()
        .map(|(i, s)| ValueSpec {
            names: s.names,
            ty: s.ty,
            values: s.values,
            index: i as u32,
            span: s.span,
        })
        .collect();
    ar.bump.alloc(GenDecl {
        specs: ar.slice(specs),
        grouped: d.grouped,
        kw_span: d.kw_span,
        span: d.span,
    })
}

/// `func [recv] name signature [body]`.
fn func_decl_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a FuncDecl<'a>> {
    let ar = g.ar;
    let recv = params_parser(g, false);
    // gc reports receiver-count errors at the token after the receiver.
    let recv_check = |r: Option<&'a FieldList<'a>>,
                      at: Span,
                      emitter: &mut chumsky::input::Emitter<PErr<'a>>| {
        if let Some(r) = r {
            match r.fields.iter().map(|f| f.names.len().max(1)).sum::<usize>() {
                0 => emitter.emit(custom_err(at, "method has no receiver")),
                1 => {}
                _ => emitter.emit(custom_err(at, "method has multiple receivers")),
            }
        }
    };
    let name = choice((
        recv.clone()
            .or_not()
            .then(ident_parser())
            .validate(move |(r, name), _, emitter| {
                recv_check(r, name.span, emitter);
                (r, name)
            }),
        recv.clone()
            .then(fail(Msg::Expected("name")))
            .map(|(r, n)| (Some(r), n)),
        fail(Msg::Expected("name or (")),
    ));
    kw(K::Func)
        .then(name)
        .then(tparams_parser(g).or_not())
        .then(signature_parser(g))
        .then(g.block.clone().or_not())
        .map_with(
            move |((((kw, (recv, name)), tparams), (params, results)), body),
                  e: &mut Me<'t, '_, 'a>| {
                let st = e.state();
                st.last_bodiless = body.is_none();
                let pragmas: &'a [&'a str] = match st.pragmas.iter().find(|(lo, _)| *lo == kw.lo) {
                    Some((_, p)) => ar.bump.alloc_slice_copy(p),
                    None => &[],
                };
                let ty = ar.bump.alloc(FuncType {
                    params,
                    results,
                    span: params.span,
                });
                &*ar.bump.alloc(FuncDecl {
                    recv,
                    name,
                    tparams,
                    ty,
                    body,
                    pragmas,
                    span: e.span(),
                })
            },
        )
        .boxed()
}

/// One import spec: `[name | .] "path"`.
fn import_spec_parser<'t, 'a: 't>(ar: Ar<'a>) -> Bx<'t, 'a, ImportSpec<'a>> {
    let dot = tk(T::Dot).map_with(|sp, e: &mut Me<'t, '_, 'a>| Ident {
        id: e.state().fresh(),
        name: ".",
        span: sp,
    });
    let path = select! { T::Lit(k, raw) => (k, raw) }
        .map_with(|lit, e: &mut Me<'t, '_, 'a>| (lit, e.span()))
        .or(fail(Msg::Plain("missing import path")))
        .validate(move |((kind, raw), sp), _, emitter| {
            if kind != LitKind::String {
                emitter.emit(custom_err(sp, "syntax error: import path must be a string"));
                return ("", sp);
            }
            let p = unquote_string(raw).unwrap_or_default();
            (&*ar.bump.alloc_str(&p), sp)
        });
    choice((ident_parser(), dot))
        .or_not()
        .then(path)
        .map_with(
            |(name, (path, path_span)), e: &mut Me<'t, '_, 'a>| ImportSpec {
                name,
                path,
                path_span,
                span: e.span(),
            },
        )
        .boxed()
}

/// A top-level item before sorting into imports and declarations.
enum Top<'a> {
    Import(Span, Vec<ImportSpec<'a>>),
    Decl(Decl<'a>),
}

fn file_parser<'t, 'a: 't>(g: &G<'t, 'a>) -> Bx<'t, 'a, &'a File<'a>> {
    let ar = g.ar;
    let spec = import_spec_parser(ar);
    let import = kw(K::Import)
        .then(choice((
            tk(T::LParen)
                .ignore_then(list_parser(
                    spec.clone(),
                    T::Semi(SemiKind::Explicit),
                    T::RParen,
                    "in grouped declaration; possibly missing semicolon or newline or )",
                ))
                .map(|(v, _)| v),
            spec.map(|s| vec![s]),
        )))
        .map(|(sp, v)| Top::Import(sp, v));
    let decl = decl_parser(g).map_with(|d, e: &mut Me<'t, '_, 'a>| {
        e.state().last_bodiless = false;
        Top::Decl(d)
    });
    let func = func_decl_parser(g).map(|f| Top::Decl(Decl::Func(f)));
    let term = choice((
        semi().ignored(),
        end(),
        fail(Msg::Suffix("after top level declaration")),
    ));
    // After top-level recovery (gc's `advance(_Import, _Const, _Type, _Var,
    // _Func)`) the next declaration follows without a semicolon.
    let after_recovery = custom(|inp: &mut Ir<'t, '_, 'a>| {
        let recovered = std::mem::take(&mut inp.state().top_recovered);
        let (t, sp) = here(inp);
        match t {
            Some(T::Kw(K::Import | K::Const | K::Type | K::Var | K::Func)) | None if recovered => {
                Ok(())
            }
            _ => Err(PErr {
                span: sp.start(),
                found: t,
                msg: None,
            }),
        }
    });
    let term = choice((after_recovery, term));
    let reset = custom(|inp: &mut Ir<'t, '_, 'a>| {
        inp.state().top_recovered = false;
        Ok::<(), PErr<'a>>(())
    });
    let item = reset
        .ignore_then(choice((import, decl, func, top_fail())))
        .recover_with(via_parser(skip_top_parser()))
        .then_ignore(term.recover_with(via_parser(skip_top_parser().ignored())));
    let package = kw(K::Package)
        .or(fail(Msg::Plain("package statement must be first")))
        .ignore_then(name_parser())
        .then_ignore(
            semi()
                .ignored()
                .or(fail(Msg::Expected("semicolon or newline"))),
        );
    package
        .then(item.repeated().collect::<Vec<_>>())
        .then_ignore(end())
        .validate(move |(package, items), e, emitter| {
            let mut imports = Vec::new();
            let mut decls = Vec::new();
            for it in items {
                match it {
                    Top::Import(sp, v) => {
                        if !decls.is_empty() {
                            emitter.emit(custom_err(
                                sp,
                                "syntax error: imports must appear before other declarations",
                            ));
                        }
                        imports.extend(v);
                    }
                    Top::Decl(d) => decls.push(d),
                }
            }
            let span = e.span();
            &*ar.bump.alloc(File {
                package,
                imports: ar.slice(imports),
                decls: ar.slice(decls),
                span,
            })
        })
        .boxed()
}

/// Error recovery at top level: skips at least one token, then up to the
/// next declaration keyword (gc's `advance(_Import, _Const, _Type, _Var, _Func)`).
fn skip_top_parser<'t, 'a: 't>() -> impl Parser<'t, In<'t, 'a>, Top<'a>, Ex<'t, 'a>> + Clone {
    custom(|inp: &mut Ir<'t, '_, 'a>| {
        let (first, start) = here(inp);
        if first.is_none() {
            return Err(PErr {
                span: start,
                found: None,
                msg: None,
            });
        }
        inp.skip();
        let mut last = start;
        loop {
            let (t, sp) = here(inp);
            match t {
                None | Some(T::Kw(K::Import | K::Const | K::Type | K::Var | K::Func)) => break,
                _ => {
                    inp.skip();
                    last = sp;
                }
            }
        }
        inp.state().top_recovered = true;
        Ok(Top::Decl(Decl::Bad(start.to(last))))
    })
}

/// Parses one file. Never fails: on errors, the returned file holds what
/// could be parsed (possibly `Bad` nodes) and the errors are returned in
/// source order.
pub fn parse_file<'a>(
    arena: &'a bumpalo::Bump,
    file: FileId,
    src: &'a str,
    ids: &mut NodeIds,
) -> (&'a File<'a>, Vec<Diagnostic>) {
    parse_source(arena, file, src, &[], ids)
}

/// `parse_file` for text decoded from a file with invalid UTF-8:
/// `invalid_utf8` lists the offsets of the U+FFFD characters that stand for
/// invalid bytes (`SourceFile::invalid_utf8`), each reported like gc.
pub fn parse_source<'a>(
    arena: &'a bumpalo::Bump,
    file: FileId,
    src: &'a str,
    invalid_utf8: &[u32],
    ids: &mut NodeIds,
) -> (&'a File<'a>, Vec<Diagnostic>) {
    let lexed = super::lexer::lex_source(file, src, invalid_utf8);
    let eof = Span::new(file, src.len() as u32, src.len() as u32);
    let ar = Ar { bump: arena };
    let toks: &[(T<'a>, Span)] = &lexed.tokens;
    let mut state = PState {
        next_id: ids.next,
        toks,
        eof,
        pragmas: &lexed.pragmas,
        last_bodiless: false,
        top_recovered: false,
    };
    let (out, errs) = {
        let parser = grammar(ar);
        let input = toks.split_token_span(eof);
        parser
            .parse_with_state(input, &mut state)
            .into_output_errors()
    };
    ids.next = state.next_id;
    let mut diags = lexed.errors;
    for e in errs {
        diags.push(Diagnostic::syntax(e.span, e.message()));
    }
    diags.sort_by_key(|d| d.span.lo);
    // Like gc, drop follow-up errors at end of file.
    if let Some(first) = diags.first().map(|d| d.span.lo) {
        let end = src.len() as u32;
        let mut seen_first = false;
        diags.retain(|d| {
            if d.span.lo == first && !seen_first {
                seen_first = true;
                return true;
            }
            d.span.lo < end
        });
    }
    let file_node = match out {
        Some(f) => f,
        None => {
            let package = Ident {
                id: ids.fresh(),
                name: "_",
                span: Span::new(file, 0, 0),
            };
            &*arena.alloc(File {
                package,
                imports: &[],
                decls: &[],
                span: Span::new(file, 0, src.len() as u32),
            })
        }
    };
    (file_node, diags)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::dump::dump_file;
    use crate::syntax::span::SourceMap;

    /// Parses `src`; returns the dump and `line:col: message` errors.
    fn parse(src: &str) -> (String, Vec<String>) {
        let mut sm = SourceMap::default();
        let fid = sm.add("main.go".into(), src.to_string());
        let arena = Bump::new();
        let mut ids = NodeIds::default();
        let text: &str = &sm.file(fid).text;
        let (f, diags) = parse_file(&arena, fid, text, &mut ids);
        let errs = diags
            .iter()
            .map(|d| {
                let p = sm.pos(d.span);
                format!("{}:{}: {}", p.line, p.col, d.message)
            })
            .collect();
        (dump_file(f, &sm), errs)
    }

    fn ok(src: &str) -> String {
        let (d, e) = parse(src);
        assert!(e.is_empty(), "unexpected errors {e:?} for\n{src}");
        d
    }

    fn body(stmts: &str) -> String {
        ok(&format!("package p\nfunc f() {{\n{stmts}\n}}\n"))
    }

    fn first_err(src: &str) -> String {
        let (_, e) = parse(src);
        e.first().cloned().unwrap_or_default()
    }

    #[test]
    fn declarations() {
        let d = ok("package p\nimport (\n\t\"fmt\"\n\tm \"math\"\n\t. \"os\"\n\t_ \"io\"\n)\nconst (\n\tA = iota\n\tB\n)\nvar x, y int = 1, 2\ntype T struct {\n\ta, b int `tag`\n\t*E\n\tpkg.F\n}\ntype I interface {\n\tM(int) (string, error)\n\tio.Reader\n}\ntype A = T\n//go:noinline\nfunc (t *T) M(a, b int, c ...string) (r int, err error) { return }\nfunc decl()\n");
        assert!(d.contains("Import m \"math\""), "{d}");
        assert!(d.contains("Import . \"os\""));
        assert!(d.contains("ValueSpec #1 B"));
        assert!(d.contains("Field a, b tag=\"tag\""));
        assert!(d.contains("Field (embedded)"));
        assert!(d.contains("Method M"));
        assert!(d.contains("TypeSpec A (alias)"));
        assert!(d.contains("Pragma go:noinline"));
        assert!(d.contains("Field c"));
        assert!(d.contains("Field r"));
        assert!(d.contains("FuncDecl decl") && d.contains("NoBody"));
    }

    #[test]
    fn statements() {
        let d = body("x := []int{1, 2}\nfor i, v := range x {}\nfor range x {}\nfor i := range 10 {}\nfor i := 0; i < 10; i++ {}\nfor {}\nfor x < 1 {}\nif y := f(); y > 0 {} else if z {} else {}\nswitch v := x.(type) { case int, nil: default: }\nswitch a := 1; a { case 1: fallthrough; case 2: }\nswitch {}\nL:\nfor { break L; continue L }\ngoto L\nselect { case v := <-ch: _ = v; case ch <- 1: default: }\ngo f()\ndefer g()\nm[k] += 2\na, b = b, a\nx++\ny--\nch <- 1\nvar z int\nconst c = 1\ntype t int\n{}\n;");
        for want in [
            "Range :=",
            "For",
            "If",
            "TypeSwitch v :=",
            "Switch",
            "Labeled L",
            "Branch Break L",
            "Branch Goto L",
            "Select",
            "CommClause default",
            "Go",
            "Defer",
            "Assign +=",
            "IncDec ++",
            "IncDec --",
            "Send",
            "VarDecl",
            "ConstDecl",
            "TypeDecl",
            "Branch Fallthrough",
            "EmptyStmt",
        ] {
            assert!(d.contains(want), "missing {want} in\n{d}");
        }
    }

    #[test]
    fn expressions() {
        let d = body("_ = (*int)(p)\n_ = (*T).M\n_ = []byte(s)\n_ = struct{ x int }{1}\n_ = map[string]int{\"a\": 1}\n_ = func(x int) int { return x }(1)\n_ = x.(T)\n_ = s[1:2:3]\n_ = s[:]\n_ = a + b*c - d<<2 == e && f || !g\n_ = <-ch\nvar c <-chan int\nvar d chan<- chan int\n_ = [...]int{1}\n_ = &T{}\n_ = f(xs...)\n_ = interface{}(x)\n_ = -^x");
        for want in [
            "Paren",
            "Selector .M",
            "CompositeLit",
            "MapType",
            "FuncLit",
            "TypeAssert",
            "Slice3",
            "Unary Recv",
            "ChanType Recv",
            "ChanType Send",
            "Ellipsis",
            "Unary Addr",
            "Call ...",
            "InterfaceType",
            "Unary Neg",
        ] {
            assert!(d.contains(want), "missing {want} in\n{d}");
        }
        // Precedence: `a + b*c` is `a + (b*c)`; `||` is the root.
        let d = body("_ = a + b*c || d");
        let lines: Vec<&str> = d
            .lines()
            .filter(|l| l.contains("Binary"))
            .map(|l| l.trim())
            .collect();
        assert_eq!(lines[0].split(' ').nth(1), Some("||"));
        assert_eq!(lines[1].split(' ').nth(1), Some("+"));
        assert_eq!(lines[2].split(' ').nth(1), Some("*"));
    }

    #[test]
    fn composite_literal_restriction() {
        // In a header, `T{` starts the block.
        let d = body("if x == T {}\nfor _, v := range []T{{1}} {}\nif (T{}) == x {}");
        assert!(d.contains("If"));
        let (_, e) = parse("package p\nfunc f() {\n\tif x == T{} {}\n}\n");
        assert!(!e.is_empty());
    }

    #[test]
    fn node_ids_are_dense_and_distinct() {
        let src =
            "package p\nfunc f(a int) int { x := a + g(a)[1]; if x > 0 { return x }; return -x }\n";
        let mut sm = SourceMap::default();
        let fid = sm.add("m.go".into(), src.into());
        let arena = Bump::new();
        let mut ids = NodeIds { next: 100 };
        let (f, e) = parse_file(&arena, fid, &sm.file(fid).text, &mut ids);
        assert!(e.is_empty());
        let dump = dump_file(f, &sm);
        // Every identifier and expression node got an id from the counter.
        let nodes = dump
            .lines()
            .filter(|l| l.trim_start().starts_with(|c: char| c.is_uppercase()))
            .count();
        assert!(
            ids.next > 100 && ((ids.next - 100) as usize) <= nodes * 2,
            "ids={} nodes={nodes}",
            ids.next
        );
    }

    /// Messages verified against gc (go1.27.3) on the same inputs.
    #[test]
    fn gc_messages() {
        let cases: &[(&str, &str)] = &[
            ("package main\nfunc main() {\n\tf(a\n}\n", "3:5: syntax error: unexpected newline in argument list; possibly missing comma or )"),
            ("package main\nfunc main() {\n\tf(a b)\n}\n", "3:6: syntax error: unexpected name b in argument list; possibly missing comma or )"),
            ("package main\nfunc main() {\n\tx := []int{1, 2\n\t}\n}\n", "3:17: syntax error: unexpected newline in composite literal; possibly missing comma or }"),
            ("package main\nfunc main() {\n\tx := 1 y := 2\n}\n", "3:9: syntax error: unexpected name y at end of statement"),
            ("package main\nx := 1\n", "2:1: syntax error: non-declaration statement outside function body"),
            ("package main\nfunc main() {\n\tif x > 0\n\t\tx++\n}\n", "4:4: syntax error: cannot use x++ as value"),
            ("package main\nfunc main() {\n\tif x {\n\t} else for {}\n}\n", "4:9: syntax error: else must be followed by if or statement block"),
            ("package main\nfunc main() {\n\tif x {\n", "4:1: syntax error: unexpected EOF, expected }"),
            ("package main\nfunc main()\n{\n}\n", "3:1: syntax error: unexpected semicolon or newline before {"),
            ("package main\nfunc main() {\n\tif x > 0 x++\n}\n", "3:11: syntax error: unexpected name x, expected {"),
            ("package main\nfunc main() {\n\tif {\n}\n}\n", "3:5: syntax error: missing condition in if statement"),
            ("package main\nfunc main() {\n\tfor i := 0; i < 10; i++\n\t{\n\t}\n}\n", "3:25: syntax error: unexpected newline, expected { after for clause"),
            ("package main\nfunc main() {\n\tx := (1 + 2\n}\n", "3:13: syntax error: unexpected newline, expected )"),
            ("package main\nfunc main() {\n\tx := a[1\n}\n", "3:10: syntax error: unexpected newline, expected comma, : or ]"),
            ("package main\ntype T struct {\n\ta int b int\n}\n", "3:8: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }"),
            ("package main\nfunc f(a int b int) {}\n", "2:14: syntax error: unexpected name b in parameter list; possibly missing comma or )"),
            ("package main\nfunc main() {\n\tx := )\n}\n", "3:7: syntax error: unexpected ), expected expression"),
            ("package main\nfunc main() {\n\tx := func\n}\n", "4:1: syntax error: unexpected }, expected ("),
            ("package main\nfunc main() {\n\tx := \"s\" \"t\"\n}\n", "3:11: syntax error: unexpected literal \"t\" at end of statement"),
            ("package main\nfunc main() {}\nimport \"fmt\"\n", "3:1: syntax error: imports must appear before other declarations"),
            ("package\nfunc main() {}\n", "2:1: syntax error: unexpected keyword func, expected name"),
            ("", "1:1: syntax error: package statement must be first"),
            ("package main\nfunc main() {\n\tif x = 1 {\n\t}\n}\n", "3:7: syntax error: cannot use assignment x = 1 as value"),
            ("package main\nfunc main() {\n\ta, b\n}\n", "3:6: syntax error: unexpected newline, expected := or = or comma"),
            ("package main\nfunc main() {\n\t)\n}\n", "3:2: syntax error: unexpected ), expected }"),
            ("package main\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}\n", "4:2: syntax error: unexpected name foo, expected case or default or }"),
            ("package main\nfunc f(a ...int, b int) {}\n", "2:10: can only use ... with final parameter"),
            ("package main\nfunc () m() {}\n", "2:9: method has no receiver"),
            ("package main\nfunc main() {\n\t_ = a[1::3]\n}\n", "3:10: middle index required in 3-index slice"),
            ("package main\nfunc main() {\n\tfor i := 0; i < 1; j := 1 {\n\t}\n}\n", "3:23: syntax error: cannot declare in post statement of for loop"),
            ("package main\nvar x = 1 @ 2\n", "2:11: invalid character U+0040 '@'"),
            ("package main\nvar x = 08\n", "2:10: invalid digit '8' in octal literal"),
            ("package main\nfunc main() {\n\tf(a..., b)\n}\n", "3:10: syntax error: unexpected name b, expected )"),
        ];
        for (src, want) in cases {
            assert_eq!(&first_err(src), want, "for\n{src}");
        }
    }

    /// Deterministic pseudo-random bytes and truncations never panic or hang.
    #[test]
    fn fuzz_no_panic() {
        let base = "package main\n\nimport \"fmt\"\n\ntype T struct{ a, b int }\n\nfunc (t *T) M(x ...int) (int, error) {\n\tswitch v := x.(type) {\n\tcase int:\n\t\treturn v, nil\n\t}\n\tfor i := range 10 {\n\t\tif i > 0 { fmt.Println(T{1, 2}, []int{i}[0]) } else { go func() {}() }\n\t}\n\tselect { case c <- 1: default: }\n\treturn 0, nil\n}\n";
        for cut in 0..base.len() {
            if base.is_char_boundary(cut) {
                let _ = parse(&base[..cut]);
            }
        }
        let mut seed: u64 = 0x9e3779b97f4a7c15;
        let alphabet =
            b"(){}[];:=,.+-*/&|^<>!~'\"` \n\tabcxyz019_func if for go var type struct map chan";
        for _ in 0..300 {
            let mut s = String::from("package p\n");
            for _ in 0..60 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(alphabet[(seed % alphabet.len() as u64) as usize] as char);
            }
            let _ = parse(&s);
        }
        let bytes: Vec<u8> = (0..2000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        let _ = parse(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn deep_nesting() {
        let n = 20000;
        let src = format!("package p\nvar x = {}1{}\n", "(".repeat(n), ")".repeat(n));
        let (_, e) = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || parse(&src))
            .unwrap()
            .join()
            .unwrap();
        assert!(e.is_empty());
    }
}
