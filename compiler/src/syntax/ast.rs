//! The abstract syntax tree, allocated in a `bumpalo` arena.
//!
//! The shape follows `go/ast` closely so that Go's documentation carries over:
//! a `File` holds declarations; expressions and types share one `Expr` enum
//! (as in Go, a type is an expression until the checker says otherwise).
//!
//! Invariants:
//! - Every node lives in the arena of its package (`&'a` references only).
//! - Every `Expr` and every `Ident` carries a `NodeId` unique within one
//!   build (all files, all packages). The type checker's side tables
//!   (`types::Info`) are keyed by it. `NodeId`s are dense: the parser hands
//!   them out from one counter (`NodeIds`).
//! - Spans are byte ranges; positions that gc reports (for example the `&`
//!   of `&T{}` or the `(` of a call for some errors) are kept as extra fields.
//!
//! The overview of the pipeline lives in `compiler/src/lib.rs`.

use super::span::Span;

/// Identity of an expression or identifier node, dense within a build.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct NodeId(pub u32);

impl std::fmt::Display for NodeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "n{}", self.0)
    }
}

/// The counter that hands out `NodeId`s; one per build.
#[derive(Default, Debug)]
pub struct NodeIds {
    pub next: u32,
}

impl NodeIds {
    pub fn fresh(&mut self) -> NodeId {
        let id = NodeId(self.next);
        self.next += 1;
        id
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Ident<'a> {
    pub id: NodeId,
    pub name: &'a str,
    pub span: Span,
}

impl Ident<'_> {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// One source file.
#[derive(Debug)]
pub struct File<'a> {
    pub package: Ident<'a>,
    pub imports: &'a [ImportSpec<'a>],
    pub decls: &'a [Decl<'a>],
    pub span: Span,
}

#[derive(Debug)]
pub struct ImportSpec<'a> {
    /// `None`, or the name: an identifier, `_` or `.`.
    pub name: Option<Ident<'a>>,
    /// The import path with quotes removed and escapes decoded.
    pub path: &'a str,
    pub path_span: Span,
    pub span: Span,
}

/// A top-level or local declaration.
#[derive(Debug)]
pub enum Decl<'a> {
    /// `var ...` / `var ( ... )`
    Var(&'a GenDecl<'a, ValueSpec<'a>>),
    /// `const ...` / `const ( ... )`. Implicit repetition is NOT expanded by
    /// the parser: a spec with `ty == None && values.is_empty()` repeats the
    /// previous one (the checker handles it, with `iota` = the spec index).
    Const(&'a GenDecl<'a, ValueSpec<'a>>),
    /// `type ...` / `type ( ... )`
    Type(&'a GenDecl<'a, TypeSpec<'a>>),
    Func(&'a FuncDecl<'a>),
    /// A declaration the parser could not make sense of (an error was reported).
    Bad(Span),
}

/// A declaration with one or more specs; `grouped` when written with parentheses.
#[derive(Debug)]
pub struct GenDecl<'a, S> {
    pub specs: &'a [S],
    pub grouped: bool,
    /// The span of the keyword.
    pub kw_span: Span,
    pub span: Span,
}

/// `names [ty] [= values]` in a `var` or `const` declaration.
#[derive(Debug)]
pub struct ValueSpec<'a> {
    pub names: &'a [Ident<'a>],
    pub ty: Option<&'a Expr<'a>>,
    pub values: &'a [&'a Expr<'a>],
    /// Position of this spec within its group (gives `iota`).
    pub index: u32,
    pub span: Span,
}

/// `type Name T` or `type Name = T`.
#[derive(Debug)]
pub struct TypeSpec<'a> {
    pub name: Ident<'a>,
    /// `type Name[P C, ...] T`: the type parameter list (a generic type).
    pub tparams: Option<&'a FieldList<'a>>,
    pub alias: bool,
    pub ty: &'a Expr<'a>,
    pub span: Span,
}

#[derive(Debug)]
pub struct FuncDecl<'a> {
    /// The receiver of a method, as a one-field list.
    pub recv: Option<&'a FieldList<'a>>,
    pub name: Ident<'a>,
    /// `func F[P C, ...](...)`: the type parameter list (a generic function).
    pub tparams: Option<&'a FieldList<'a>>,
    pub ty: &'a FuncType<'a>,
    /// `None` for a declaration without body (bound to the runtime by a
    /// `//rgo:runtime symbol` or `//go:linkname` pragma, see `pragmas`).
    pub body: Option<&'a Block<'a>>,
    /// Comment pragmas immediately above the declaration, e.g.
    /// `//rgo:runtime rt_write` or `//go:noinline`, text after `//`.
    pub pragmas: &'a [&'a str],
    pub span: Span,
}

/// A parameter, result, struct-field or receiver list.
#[derive(Debug)]
pub struct FieldList<'a> {
    pub fields: &'a [Field<'a>],
    /// The span including the delimiters, if there are any.
    pub span: Span,
}

/// One entry of a `FieldList`: `a, b T`, `T` alone (unnamed), or an embedded
/// struct field `T` / `*T` (`names` empty, `embedded` true).
#[derive(Debug)]
pub struct Field<'a> {
    pub names: &'a [Ident<'a>],
    pub ty: &'a Expr<'a>,
    /// Struct field tag, unquoted.
    pub tag: Option<&'a str>,
    pub embedded: bool,
    pub span: Span,
}

#[derive(Debug)]
pub struct FuncType<'a> {
    pub params: &'a FieldList<'a>,
    /// Empty when the function has no results.
    pub results: &'a FieldList<'a>,
    /// Span of the `func` keyword, or of the parameter list for methods in
    /// interfaces and function declarations.
    pub span: Span,
}

/// An interface element: a method `Name(params) results` or an embedded
/// interface `I` / `pkg.I`.
#[derive(Debug)]
pub enum InterfaceElem<'a> {
    Method {
        name: Ident<'a>,
        ty: &'a FuncType<'a>,
    },
    Embed(&'a Expr<'a>),
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinaryOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Rem => "%",
            BinaryOp::And => "&",
            BinaryOp::Or => "|",
            BinaryOp::Xor => "^",
            BinaryOp::Shl => "<<",
            BinaryOp::Shr => ">>",
            BinaryOp::AndNot => "&^",
            BinaryOp::LAnd => "&&",
            BinaryOp::LOr => "||",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::Le => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::Ge => ">=",
        }
    }

    /// Go's precedence: 5 `* / % << >> & &^`, 4 `+ - | ^`, 3 comparisons, 2 `&&`, 1 `||`.
    pub fn precedence(self) -> u8 {
        match self {
            BinaryOp::Mul
            | BinaryOp::Div
            | BinaryOp::Rem
            | BinaryOp::Shl
            | BinaryOp::Shr
            | BinaryOp::And
            | BinaryOp::AndNot => 5,
            BinaryOp::Add | BinaryOp::Sub | BinaryOp::Or | BinaryOp::Xor => 4,
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge => 3,
            BinaryOp::LAnd => 2,
            BinaryOp::LOr => 1,
        }
    }

    pub fn is_comparison(self) -> bool {
        self.precedence() == 3
    }
}

/// An expression or a type.
#[derive(Debug)]
pub struct Expr<'a> {
    pub id: NodeId,
    pub kind: ExprKind<'a>,
    pub span: Span,
}

#[derive(Debug)]
pub enum ExprKind<'a> {
    Ident(Ident<'a>),
    /// A literal; `raw` is the source text (`0x1F`, `'a'`, `"a\n"`, `` `raw` ``).
    BasicLit {
        kind: LitKind,
        raw: &'a str,
    },
    /// `T{...}`; `ty` is `None` for elided types inside another literal.
    CompositeLit {
        ty: Option<&'a Expr<'a>>,
        elts: &'a [&'a Expr<'a>],
        lbrace: Span,
        rbrace: Span,
    },
    FuncLit {
        ty: &'a FuncType<'a>,
        body: &'a Block<'a>,
    },
    Paren(&'a Expr<'a>),
    /// `x.sel`
    Selector {
        x: &'a Expr<'a>,
        sel: Ident<'a>,
    },
    /// `x[index]`
    Index {
        x: &'a Expr<'a>,
        index: &'a Expr<'a>,
        lbrack: Span,
    },
    /// `x[a, b, ...]`: an instantiation with several type arguments
    /// (`x[a]` with one is an `Index`; the checker tells them apart).
    IndexList {
        x: &'a Expr<'a>,
        indices: &'a [&'a Expr<'a>],
        lbrack: Span,
    },
    /// A constraint's type set `~A | B` (in an interface or type parameter
    /// list): terms with their tilde flag.
    Union(&'a [(bool, &'a Expr<'a>)]),
    /// `x[lo:hi]` or `x[lo:hi:max]` (`slice3`).
    Slice {
        x: &'a Expr<'a>,
        lo: Option<&'a Expr<'a>>,
        hi: Option<&'a Expr<'a>>,
        max: Option<&'a Expr<'a>>,
        slice3: bool,
        lbrack: Span,
    },
    /// `x.(T)`, or `x.(type)` in a type switch header (`ty == None`).
    TypeAssert {
        x: &'a Expr<'a>,
        ty: Option<&'a Expr<'a>>,
        lparen: Span,
    },
    /// `fun(args)`; `ellipsis` is the span of a trailing `...`.
    Call {
        fun: &'a Expr<'a>,
        args: &'a [&'a Expr<'a>],
        ellipsis: Option<Span>,
        lparen: Span,
        rparen: Span,
    },
    /// `*x`: a dereference or a pointer type.
    Star(&'a Expr<'a>),
    Unary {
        op: UnaryOp,
        x: &'a Expr<'a>,
        op_span: Span,
    },
    Binary {
        op: BinaryOp,
        x: &'a Expr<'a>,
        y: &'a Expr<'a>,
        op_span: Span,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        key: &'a Expr<'a>,
        value: &'a Expr<'a>,
        colon: Span,
    },

    // Types.
    /// `[len]T`; `len == None` means a slice type `[]T`; `[...]T` has
    /// `len == Some(Ellipsis)`.
    ArrayType {
        len: Option<&'a Expr<'a>>,
        elem: &'a Expr<'a>,
    },
    StructType {
        fields: &'a FieldList<'a>,
    },
    FuncType(&'a FuncType<'a>),
    InterfaceType {
        elems: &'a [InterfaceElem<'a>],
    },
    MapType {
        key: &'a Expr<'a>,
        value: &'a Expr<'a>,
    },
    ChanType {
        dir: ChanDir,
        elem: &'a Expr<'a>,
    },
    /// `...T` as the type of a final parameter, or the `...` of `[...]T` (elem None).
    Ellipsis(Option<&'a Expr<'a>>),

    /// Something the parser could not make sense of (an error was reported).
    Bad,
}

#[derive(Debug)]
pub struct Block<'a> {
    pub stmts: &'a [Stmt<'a>],
    pub lbrace: Span,
    pub rbrace: Span,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`
    Op(BinaryOp),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Debug)]
pub struct Stmt<'a> {
    pub kind: StmtKind<'a>,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind<'a> {
    Decl(Decl<'a>),
    /// An empty statement (a lone `;`).
    Empty,
    Labeled {
        label: Ident<'a>,
        stmt: &'a Stmt<'a>,
    },
    Expr(&'a Expr<'a>),
    /// `ch <- value`
    Send {
        ch: &'a Expr<'a>,
        value: &'a Expr<'a>,
        arrow: Span,
    },
    /// `x++` / `x--`
    IncDec {
        x: &'a Expr<'a>,
        inc: bool,
        op_span: Span,
    },
    Assign {
        lhs: &'a [&'a Expr<'a>],
        op: AssignOp,
        rhs: &'a [&'a Expr<'a>],
        op_span: Span,
    },
    Go(&'a Expr<'a>),
    Defer(&'a Expr<'a>),
    Return(&'a [&'a Expr<'a>]),
    Branch {
        kind: BranchKind,
        label: Option<Ident<'a>>,
    },
    Block(&'a Block<'a>),
    If {
        init: Option<&'a Stmt<'a>>,
        cond: &'a Expr<'a>,
        then: &'a Block<'a>,
        /// Either a `Block` or another `If` statement.
        els: Option<&'a Stmt<'a>>,
    },
    Switch {
        init: Option<&'a Stmt<'a>>,
        tag: Option<&'a Expr<'a>>,
        body: &'a [CaseClause<'a>],
        lbrace: Span,
        rbrace: Span,
    },
    /// `switch [init;] [x :=] y.(type) { ... }`
    TypeSwitch {
        init: Option<&'a Stmt<'a>>,
        bind: Option<Ident<'a>>,
        /// The `y` of `y.(type)`.
        x: &'a Expr<'a>,
        body: &'a [CaseClause<'a>],
        lbrace: Span,
        rbrace: Span,
    },
    Select {
        body: &'a [CommClause<'a>],
        lbrace: Span,
        rbrace: Span,
    },
    For {
        init: Option<&'a Stmt<'a>>,
        cond: Option<&'a Expr<'a>>,
        post: Option<&'a Stmt<'a>>,
        body: &'a Block<'a>,
    },
    /// `for [key [, value] (=|:=)] range x { ... }`; `op` is `None` when
    /// there is no key.
    Range {
        key: Option<&'a Expr<'a>>,
        value: Option<&'a Expr<'a>>,
        /// A third iteration variable (always an error, reported by the
        /// checker as types2 does).
        extra: Option<&'a Expr<'a>>,
        op: Option<AssignOp>,
        x: &'a Expr<'a>,
        body: &'a Block<'a>,
        range_span: Span,
    },
    /// A statement the parser could not make sense of (an error was reported).
    Bad,
}

/// `case a, b:` / `default:` in an expression or type switch. In a type
/// switch the list holds types (and possibly `nil`).
#[derive(Debug)]
pub struct CaseClause<'a> {
    /// Empty for `default`.
    pub list: &'a [&'a Expr<'a>],
    pub is_default: bool,
    pub body: &'a [Stmt<'a>],
    /// The span of `case`/`default` up to the colon.
    pub span: Span,
    /// For type switches with a binding: a fresh id that names this
    /// clause's implicit variable in `types::Info::implicits`.
    pub implicit: NodeId,
}

/// `case send-or-receive:` / `default:` in a select.
#[derive(Debug)]
pub struct CommClause<'a> {
    /// `None` for `default`; otherwise a `Send`, `Expr(<-ch)` or `Assign` with a receive.
    pub comm: Option<&'a Stmt<'a>>,
    pub body: &'a [Stmt<'a>],
    pub span: Span,
}
