//! The typed, desugared intermediate representation.
//!
//! `lower` turns the AST plus the checker's `types::Info` into this IR; the
//! escape analysis (`escape/`) reads it and fills in `AllocSite::placement`;
//! `codegen` turns it into Cranelift IR. It is a tree, like gc's `ir.Node`
//! after walk's early desugaring, because gc's escape analysis is defined over
//! trees: every expression has a type, every allocation is an explicit
//! `AllocSite`.
//!
//! Invariants:
//! - (I1) Every `Expr::ty` is a typed type (never untyped, never a tuple
//!   except the result of a multi-value `Call`, `MapIndex { comma_ok }`,
//!   `TypeAssert { comma_ok }`, `Recv { comma_ok }` or `Select`, which only appear as
//!   the single right-hand side of `Stmt::Assign`).
//! - (I2) Every expression that may allocate at run time names its
//!   `AllocSiteId`. Codegen never allocates without one, so `-m` and the
//!   allocation counters can account for every heap object.
//! - (I3) Evaluation order is explicit: lowering spills call results to
//!   temporaries where Go's order of evaluation requires it, so codegen may
//!   evaluate an expression tree left to right.
//! - (I4) Places (the left side of assignments and the operand of `AddrOf`)
//!   are `Local`, `Global`, `Deref`, `Field` of a place or of a pointer
//!   deref, `Index` of an array place or a slice, `MapIndex`, or `Blank`.
//! - (I5) After `defer::wrap_defers` (run between escape analysis and code
//!   generation), every `Stmt::Defer` and `Stmt::Go` holds a call, with no
//!   arguments, of a func value without results.
//! - (I6) After `stackbuf::move_to_heap_pass` (run right after escape
//!   analysis), `BuiltinOp::MoveToHeap` appears only as `s = MoveToHeap(s)`
//!   on a local slice `s` whose backing store may be a stack buffer.
//!
//! The overview of the pipeline lives in `compiler/src/lib.rs`.

pub mod defer;
pub mod lower;
pub mod print;
pub mod stackbuf;

use crate::syntax::span::Span;
use crate::types::{ConstValue, PkgId, TypeId};
use std::collections::HashMap;
use std::fmt;

macro_rules! id_type {
    ($name:ident, $prefix:literal) => {
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub u32);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

id_type!(FuncId, "fn");
id_type!(LocalId, "v");
id_type!(GlobalId, "g");
id_type!(AllocSiteId, "site");
id_type!(LabelId, "L");

/// The whole program: every function of every package.
#[derive(Default, Debug)]
pub struct Program {
    pub funcs: Vec<Func>,
    pub globals: Vec<Global>,
    pub sites: Vec<AllocSite>,
    /// Functions to run before `main.main`, in order: each package's
    /// variable initialisation function, then its `init` functions,
    /// packages in dependency order.
    pub inits: Vec<FuncId>,
    /// `main.main`.
    pub main: Option<FuncId>,
    /// The closures `defer::wrap_defers` made around deferred calls (sorted):
    /// `recover` looks through them, as gc's does through its wrappers.
    pub defer_wrappers: Vec<FuncId>,
    /// Body-less functions marked `//go:noescape` (sorted): escape analysis
    /// gives their parameters no leaks, as gc does for assembly functions.
    pub noescape: Vec<FuncId>,
    /// Functions marked `//rgo:asm` (sorted): compiled from their Go
    /// bodies, summarised by escape analysis as gc's body-less assembly
    /// functions (see `FuncObj::asm`).
    pub asm: Vec<FuncId>,
    /// The calls (by function and span) of a method of a type parameter in
    /// a generic instance, which gc makes through its shape instance's
    /// dictionary: escape analysis sees a call of an unknown function.
    pub dict_calls: HashMap<(FuncId, Span), DictCall>,
    /// The interface method calls escape analysis's devirtualization made
    /// direct (by function and span): gc calls a generic type's method
    /// there through its instantiated wrapper, and prints it so.
    pub devirtualized: std::collections::HashSet<(FuncId, Span)>,
    /// The reported package's generic instances in gc's order (see
    /// `Checker::gc_instance_order`): escape analysis starts its
    /// bottom-up walk from them in this order, after the other functions.
    pub inst_order: Vec<FuncId>,
    /// `append` sites gc's `slice` pass gave a reusable stack buffer
    /// (`growsliceBuf`; sorted, see `stackbuf.rs`).
    pub append_bufs: Vec<AllocSiteId>,
    /// Range-over-func body closures whose `defer`s belong to the enclosing
    /// function (sorted by function): the local holds that function's frame
    /// record address (`DeferRangeFunc`), as gc's `deferprocat` token.
    pub range_defers: Vec<(FuncId, LocalId)>,
    /// `[]byte(s)` conversion sites that are never written through, so
    /// they view the string's bytes (gc's zero-copy `OSTR2BYTESTMP`;
    /// sorted, filled by escape analysis).
    pub zero_copy: Vec<AllocSiteId>,
}

impl Program {
    pub fn func(&self, id: FuncId) -> &Func {
        &self.funcs[id.index()]
    }

    /// For a range-over-func body closure with `defer`s: the local holding
    /// the frame record they attach to (`range_defers`).
    pub fn range_defer_token(&self, f: FuncId) -> Option<LocalId> {
        self.range_defers
            .binary_search_by_key(&f, |&(g, _)| g)
            .ok()
            .map(|i| self.range_defers[i].1)
    }

    /// Whether statement `s` makes its function need a defer frame record:
    /// a `defer`, or the `DeferRangeFunc` token of range-over-func loops.
    pub fn defers_here(s: &Stmt) -> bool {
        match s {
            Stmt::Defer(_) => true,
            Stmt::Assign(_, rhs) => rhs.iter().any(|e| {
                matches!(
                    e.kind,
                    ExprKind::Builtin {
                        op: BuiltinOp::DeferRangeFunc,
                        ..
                    }
                )
            }),
            _ => false,
        }
    }

    pub fn site(&self, id: AllocSiteId) -> &AllocSite {
        &self.sites[id.index()]
    }

    /// Declares a function nested in `parent`, named after it gc-style
    /// (`parent` + `suffix`: `main.f.func1` for a function literal,
    /// `main.f-range1` for a range-over-func body, `main.f.deferwrap1` for a
    /// defer wrapper; the short name likewise extends the parent's), in
    /// the parent's package. Its parameters, results, locals, body and
    /// captures are the caller's to fill in.
    pub fn new_closure_func(
        &mut self,
        parent: FuncId,
        suffix: &str,
        span: Span,
        sig: TypeId,
        variadic: bool,
        wrapper: bool,
    ) -> FuncId {
        let p = &self.funcs[parent.index()];
        let shape = p.shape.clone().map(|mut s| {
            s.name.push_str(suffix);
            s
        });
        let func = Func {
            name: format!("{}{suffix}", p.name),
            short_name: format!("{}{suffix}", p.short_name),
            pkg: p.pkg,
            span,
            params: Vec::new(),
            results: Vec::new(),
            variadic,
            locals: Vec::new(),
            body: None,
            runtime_symbol: None,
            closure: None,
            sig,
            wrapper,
            shape,
        };
        let id = FuncId(self.funcs.len() as u32);
        self.funcs.push(func);
        id
    }
}

#[derive(Debug)]
pub struct Func {
    /// The link symbol, gc-style: `main.fib`, `main.(*T).M`, `main.T.M`,
    /// `main.main.func1` for function literals.
    pub name: String,
    /// The name used in `-m` output (`fib`, `(*T).M`, `main.func1`).
    pub short_name: String,
    pub pkg: PkgId,
    pub span: Span,
    /// Parameters in order; the receiver of a method comes first.
    pub params: Vec<LocalId>,
    /// Results in order (named or `~r0`, `~r1`…).
    pub results: Vec<LocalId>,
    /// Whether the last parameter is variadic (its type is a slice).
    pub variadic: bool,
    pub locals: Vec<Local>,
    /// `None` for a function bound to the runtime (`runtime_symbol`).
    pub body: Option<Vec<Stmt>>,
    pub runtime_symbol: Option<String>,
    /// For function literals: what they capture from the enclosing function.
    pub closure: Option<ClosureInfo>,
    /// The `TypeId` of this function's signature (a `Type::Func`).
    pub sig: TypeId,
    /// A wrapper lowering generated (gc's `<autogenerated>` functions:
    /// promoted methods, method expressions, interface method values); it
    /// has no source of its own, so `-m` never reports on it.
    pub wrapper: bool,
    /// For an instance of a generic function or method, and the function
    /// literals inside one: gc's shape instance (`types::shape`), which
    /// `-m` names and reports once per shape.
    pub shape: Option<crate::types::shape::ShapeInst>,
}

impl LocalKind {
    /// A temporary of lowering's (`Temp` or `RangeTemp`).
    pub fn is_temp(self) -> bool {
        matches!(self, LocalKind::Temp | LocalKind::RangeTemp)
    }
}

impl Func {
    pub fn local(&self, id: LocalId) -> &Local {
        &self.locals[id.index()]
    }
}

/// A call through a shape instance's dictionary (`Program::dict_calls`).
#[derive(Clone, Copy, Debug)]
pub struct DictCall {
    /// The method's entry in the dictionary: gc numbers the (type
    /// parameter, method) pairs a function uses in order of first use.
    pub index: u32,
    /// The type parameter whose method is called.
    pub tparam: usize,
}

#[derive(Debug)]
pub struct ClosureInfo {
    pub parent: FuncId,
    pub captures: Vec<Capture>,
}

/// A variable of an enclosing function used inside a function literal.
#[derive(Debug)]
pub struct Capture {
    /// The variable in the enclosing function.
    pub outer: LocalId,
    /// The local that stands for it inside the literal.
    pub inner: LocalId,
    /// Captured by reference (the literal or the parent assigns it after
    /// capture, or it is large), as gc decides; by value otherwise.
    pub by_ref: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LocalKind {
    Param,
    Result,
    /// A declared variable.
    Var,
    /// A temporary introduced by lowering (never reported by `-m`).
    Temp,
    /// The temporary holding the operand of a `range` loop, evaluated once
    /// before the loop: gc's `{temp}` of ORANGE, which `-m=2` shows.
    /// Otherwise a `Temp`.
    RangeTemp,
    /// A captured variable inside a function literal (see `Capture`).
    Capture,
}

#[derive(Debug)]
pub struct Local {
    pub name: String,
    pub ty: TypeId,
    pub span: Span,
    pub kind: LocalKind,
    /// `&x` appears somewhere, or a method with pointer receiver is called on
    /// it, or a closure captures it by reference: it needs a memory home.
    pub addr_taken: bool,
    /// The site that `moved to heap: x` is reported for, when the variable's
    /// memory home must outlive the frame. Escape analysis decides.
    pub site: Option<AllocSiteId>,
    /// Loop nesting depth at the declaration (gc's `loopDepth`).
    pub loop_depth: u32,
}

#[derive(Debug)]
pub struct Global {
    /// Link symbol, e.g. `main.counter`, `os.Stdout`.
    pub name: String,
    pub ty: TypeId,
    pub span: Span,
}

/// What kind of allocation a site performs; `-m` describes it.
#[derive(Clone, Debug, PartialEq)]
pub enum AllocKind {
    /// The memory home of an address-taken or by-reference-captured variable.
    Var(FuncId, LocalId),
    /// `new(T)`.
    New,
    /// `&T{...}`.
    AddrOfLit,
    /// The backing array of a slice literal `[]T{...}`.
    SliceLit,
    /// `make([]T, len, cap)`.
    MakeSlice,
    /// `make(map[K]V, hint)` or a map literal.
    MakeMap,
    /// `make(chan T, n)`.
    MakeChan,
    /// A function literal's closure object.
    Closure(FuncId),
    /// Boxing a non-pointer-shaped value into an interface.
    Iface,
    /// The implicit slice of a variadic call.
    Variadic,
    /// `append`'s new backing array when it grows.
    Append,
    /// String concatenation result.
    Concat,
    /// The concatenation of `s += t`. gc's escape analysis sees the
    /// statement as `s = t` (walk builds the concatenation afterwards), so
    /// this site is always on the heap and never reported.
    ConcatAssign,
    /// `[]byte(s)`, `[]rune(s)`, `string(b)`, `string(r)`.
    Convert,
    /// A method value `x.M`.
    MethodValue,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Placement {
    Stack,
    Heap,
}

#[derive(Debug)]
pub struct AllocSite {
    pub kind: AllocKind,
    /// The function containing the site.
    pub func: FuncId,
    pub span: Span,
    /// The allocated type (for `new(T)` it is `T`; for a slice literal the
    /// element type).
    pub ty: TypeId,
    /// How gc prints the expression in `-m` lines (`&T{...}`, `new(int)`,
    /// `[]int{...}`, `make([]int, n)`, `func literal`, `x`).
    pub text: String,
    /// Decided by escape analysis; `Heap` until then (correct, just slower).
    pub placement: Placement,
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: TypeId,
    pub span: Span,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UnOp {
    Neg,
    Not,
    /// Bitwise complement `^x`.
    Compl,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
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
    /// Short-circuit `&&`.
    LAnd,
    /// Short-circuit `||`.
    LOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// What a call calls.
#[derive(Debug, Clone)]
pub enum Callee {
    /// A known function (or method, receiver first in `args`).
    Direct(FuncId),
    /// A function value (closure pointer).
    Indirect(Box<Expr>),
    /// A method through an interface: `recv` is the interface value, `index`
    /// the method's position in the interface's sorted method set.
    Iface { recv: Box<Expr>, index: usize },
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinOp {
    Len,
    Cap,
    Append,
    Copy,
    Print,
    Println,
    Panic,
    Min,
    Max,
    Clear,
    Delete,
    Recover,
    Close,
    /// `complex(re, im)`, `real(c)`, `imag(c)` on values (constant calls
    /// are folded by the checker).
    Complex,
    Real,
    Imag,
    /// `range` over a map (lowering only): `MapIterInit(m)` starts an
    /// iteration in an iterator the code generator places in the frame and
    /// yields its address (a `uintptr`); `MapIterNext(it)` advances it and
    /// reports whether there is an entry; `MapIterKey(it)`/`MapIterElem(it)`
    /// read the current entry's key and value (typed by the expression).
    MapIterInit,
    MapIterNext,
    MapIterKey,
    MapIterElem,
    /// `PanicRangeState(state)` (lowering of range-over-func only): gc's
    /// `runtime.panicrangestate`, the run-time error of an iterator that
    /// misbehaved (`state` is an `RF_*` value, see `lower::range_func`).
    PanicRangeState,
    /// `DeferRangeFunc()` (lowering of range-over-func only): the address
    /// of the current function's defer frame record, a `uintptr` through
    /// which `defer`s in a loop body attach to this function (gc's
    /// `runtime.deferrangefunc`). A function containing it has a frame
    /// record, as if it contained `defer`.
    DeferRangeFunc,
    /// `MoveToHeap(keep_cap)(s)` (gc's `OMOVE2HEAP`, inserted by
    /// `stackbuf::move_to_heap_pass` after escape analysis): `s`, copied to
    /// the heap if its backing store is in the current frame.
    MoveToHeap(bool),
    /// `unsafe.Add(p, n)`: `p` moved `n` (an `int`) bytes.
    UnsafeAdd,
    /// `unsafe.Slice(p, n)` or `unsafe.String(p, n)` (by `ty`): the slice
    /// or string of `n` (an `int`) elements at `p`.
    UnsafeMake,
    /// `unsafe.SliceData(s)` or `unsafe.StringData(s)`: the data pointer.
    UnsafeData,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    /// A constant of type `ty` (already converted and rounded by the checker).
    Const(ConstValue),
    /// The zero value of `ty` (also `nil`).
    Zero,
    Local(LocalId),
    Global(GlobalId),
    /// A top-level function used as a value.
    FuncRef(FuncId),
    /// The blank identifier as an assignment target.
    Blank,
    /// `*p` (nil-checked).
    Deref(Box<Expr>),
    /// Field `index` of a struct-typed expression.
    Field(Box<Expr>, usize),
    /// `x[i]` on an array, slice, or string (bounds-checked; strings give a byte).
    Index(Box<Expr>, Box<Expr>),
    /// `m[k]`; with `comma_ok` the type is a tuple `(V, bool)`.
    MapIndex {
        map: Box<Expr>,
        key: Box<Expr>,
        comma_ok: bool,
    },
    /// `&place`: the operand is a place (I4) whose local, if any, is
    /// `addr_taken`.
    AddrOf(Box<Expr>),
    /// `&T{...}`: a fresh object at `site` initialised from the `Composite`.
    AddrOfLit(Box<Expr>, AllocSiteId),
    /// `x[lo:hi:max]` on a string, slice, or addressable array / pointer to array.
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// A conversion from `x.ty` to `ty` that needs no allocation: numeric,
    /// named↔underlying, pointer, and other representation-preserving ones.
    Convert(Box<Expr>),
    /// A conversion that allocates: string↔[]byte, string↔[]rune, int→string.
    ConvertAlloc(Box<Expr>, AllocSiteId),
    /// Concrete or interface value `x` converted to interface type `ty`.
    /// `site` is `None` when gc's exemptions apply (pointer-shaped values,
    /// zero-sized values, constants and single bytes are not allocated).
    ToIface {
        x: Box<Expr>,
        site: Option<AllocSiteId>,
    },
    /// `x.(T)`; with `comma_ok` the type is a tuple `(T, bool)`.
    TypeAssert {
        x: Box<Expr>,
        comma_ok: bool,
    },
    /// The dynamic type of an interface as a word (`(*TypeDesc)` or nil), for
    /// type switches. `ty` is `uintptr`.
    IfaceType(Box<Expr>),
    /// The type descriptor of `ty`'s argument as a word, to compare with `IfaceType`.
    TypeDesc(TypeId),
    Call {
        callee: Callee,
        args: Vec<Expr>,
        variadic_site: Option<AllocSiteId>,
    },
    /// A call of a builtin; `site` for `append`'s growth.
    Builtin {
        op: BuiltinOp,
        args: Vec<Expr>,
        site: Option<AllocSiteId>,
    },
    /// `new(T)`: `ty` is `*T`.
    New(AllocSiteId),
    /// `make([]T, len, cap)`, `make(map..)`, `make(chan..)`: `ty` is the made type.
    Make {
        args: Vec<Expr>,
        site: AllocSiteId,
    },
    /// A struct or array literal value: `(index, value)` pairs, the rest zero.
    /// For a slice literal `site` holds the backing array's site and `ty` is
    /// the slice type; `len` is the backing array's length.
    Composite {
        elems: Vec<(u64, Expr)>,
        site: Option<AllocSiteId>,
        len: u64,
    },
    /// A map literal.
    MapLit {
        entries: Vec<(Expr, Expr)>,
        site: AllocSiteId,
    },
    /// A function literal: builds a closure capturing `ClosureInfo::captures`.
    Closure {
        func: FuncId,
        site: AllocSiteId,
    },
    /// A method value `x.M` bound to its receiver.
    MethodValue {
        recv: Box<Expr>,
        func: FuncId,
        site: AllocSiteId,
    },
    /// String concatenation of two or more operands.
    Concat(Vec<Expr>, AllocSiteId),
    /// Decodes the rune at byte offset `i` of string `s`: type
    /// `(rune, int)`, the rune and the next offset (range-over-string).
    DecodeRune(Box<Expr>, Box<Expr>),
    /// `<-ch` (blocks); with `comma_ok` the type is a tuple `(T, bool)`.
    Recv {
        ch: Box<Expr>,
        comma_ok: bool,
    },
    /// A `select`'s choice among `cases` (in source order, `default`
    /// excluded): type `(int, bool)`, the chosen case's index (-1 for the
    /// `default`, possible only when `!block`) and whether a receive got a
    /// value. Lowering spreads it into temporaries and dispatches on the
    /// index with `If`s inside a `Breakable` (like a switch).
    Select {
        cases: Vec<SelectCase>,
        block: bool,
    },
}

/// Generates `Expr::for_each_child` and `Expr::for_each_child_mut` from one
/// match, so every pass that walks sub-expressions (escape analysis, its
/// report, devirtualization) sees the same children in the same order.
macro_rules! child_walker {
    ($(#[$doc:meta])* $name:ident $(, $mut:tt)?) => {
        $(#[$doc])*
        pub fn $name<'e>(&'e $($mut)? self, mut f: impl FnMut(&'e $($mut)? Expr)) {
            match &$($mut)? self.kind {
                ExprKind::Const(_)
                | ExprKind::Zero
                | ExprKind::Local(_)
                | ExprKind::Global(_)
                | ExprKind::FuncRef(_)
                | ExprKind::Blank
                | ExprKind::TypeDesc(_)
                | ExprKind::New(_)
                | ExprKind::Closure { .. } => {}
                ExprKind::Deref(x)
                | ExprKind::Field(x, _)
                | ExprKind::AddrOf(x)
                | ExprKind::AddrOfLit(x, _)
                | ExprKind::Unary(_, x)
                | ExprKind::Convert(x)
                | ExprKind::ConvertAlloc(x, _)
                | ExprKind::ToIface { x, .. }
                | ExprKind::TypeAssert { x, .. }
                | ExprKind::IfaceType(x)
                | ExprKind::MethodValue { recv: x, .. } => f(x),
                ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::DecodeRune(a, b) => {
                    f(a);
                    f(b);
                }
                ExprKind::MapIndex { map, key, .. } => {
                    f(map);
                    f(key);
                }
                ExprKind::Slice { x, lo, hi, max } => {
                    f(x);
                    for y in [lo, hi, max].into_iter().flatten() {
                        f(y);
                    }
                }
                ExprKind::Call { callee, args, .. } => {
                    match callee {
                        Callee::Direct(_) => {}
                        Callee::Indirect(x) => f(x),
                        Callee::Iface { recv, .. } => f(recv),
                    }
                    for a in args {
                        f(a);
                    }
                }
                ExprKind::Builtin { args, .. }
                | ExprKind::Make { args, .. }
                | ExprKind::Concat(args, _) => {
                    for a in args {
                        f(a);
                    }
                }
                ExprKind::Composite { elems, .. } => {
                    for (_, x) in elems {
                        f(x);
                    }
                }
                ExprKind::MapLit { entries, .. } => {
                    for (k, v) in entries {
                        f(k);
                        f(v);
                    }
                }
                ExprKind::Recv { ch, .. } => f(ch),
                ExprKind::Select { cases, .. } => {
                    for c in cases {
                        f(&$($mut)? c.ch);
                        if let Some(v) = &$($mut)? c.send {
                            f(v);
                        }
                    }
                }
            }
        }
    };
}

impl Expr {
    child_walker!(
        /// Calls `f` on every direct sub-expression, in evaluation order.
        for_each_child
    );
    child_walker!(
        /// `for_each_child` with mutable access.
        for_each_child_mut, mut
    );
}

/// One communication of a `select` (`ExprKind::Select`).
#[derive(Debug, Clone)]
pub struct SelectCase {
    /// The channel (a temporary evaluated before the select).
    pub ch: Expr,
    /// For a send, the value (a temporary evaluated before the select).
    pub send: Option<Expr>,
    /// For a receive, the temporary the received value is stored in if
    /// this case is chosen (`None`: discarded).
    pub recv: Option<LocalId>,
}

#[derive(Debug, Clone)]
pub enum Stmt {
    /// Declares `local` and sets it to its zero value (a fresh variable:
    /// inside a loop body each iteration gets a new one).
    Decl(LocalId),
    /// Parallel assignment: all right-hand sides (and index/pointer operands
    /// of the places) are evaluated, then stored left to right. With one
    /// tuple-typed right-hand side and several places, the tuple is spread.
    Assign(Vec<Expr>, Vec<Expr>),
    Expr(Expr),
    If {
        cond: Expr,
        then: Vec<Stmt>,
        els: Vec<Stmt>,
    },
    /// `for cond { body; post }`: `Continue` runs `post`, `Break` leaves.
    Loop {
        label: LabelId,
        cond: Option<Expr>,
        body: Vec<Stmt>,
        post: Vec<Stmt>,
    },
    /// A block that `Break(label)` leaves (a switch or select).
    Breakable {
        label: LabelId,
        body: Vec<Stmt>,
    },
    Break(LabelId),
    Continue(LabelId),
    /// A `goto` target (also used for `fallthrough`).
    Label(LabelId),
    Goto(LabelId),
    Block(Vec<Stmt>),
    /// `return` with the values for each result; a bare return in a function
    /// with named results is lowered to return those locals.
    Return(Vec<Expr>),
    Defer(Expr),
    Go(Expr),
    /// `ch <- val` (blocks).
    Send(Expr, Expr),
}

impl Stmt {
    /// Calls `f` on each block nested directly in the statement (an `if`'s
    /// branches, a loop's body and post statements, a block's statements).
    pub fn for_each_block<'a>(&'a self, mut f: impl FnMut(&'a [Stmt])) {
        match self {
            Stmt::If { then, els, .. } => {
                f(then);
                f(els);
            }
            Stmt::Loop { body, post, .. } => {
                f(body);
                f(post);
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => f(body),
            _ => {}
        }
    }

    /// Calls `f` on each expression of the statement itself (not those of
    /// its nested blocks), in evaluation order.
    pub fn for_each_expr<'a>(&'a self, mut f: impl FnMut(&'a Expr)) {
        match self {
            Stmt::Assign(a, b) => a.iter().chain(b.iter()).for_each(f),
            Stmt::Expr(e) | Stmt::Defer(e) | Stmt::Go(e) => f(e),
            Stmt::Send(a, b) => {
                f(a);
                f(b);
            }
            Stmt::If { cond, .. } => f(cond),
            Stmt::Loop { cond: Some(c), .. } => f(c),
            Stmt::Return(v) => v.iter().for_each(f),
            _ => {}
        }
    }
}

/// Calls `f` on every statement of `stmts` and of the blocks nested in them,
/// in order, each statement before the ones nested in it.
pub fn walk_stmts<'a>(stmts: &'a [Stmt], f: &mut dyn FnMut(&'a Stmt)) {
    for s in stmts {
        f(s);
        s.for_each_block(|b| walk_stmts(b, f));
    }
}

/// Calls `f` on `stmts` and on every block nested in them.
pub fn walk_blocks<'a>(stmts: &'a [Stmt], f: &mut dyn FnMut(&'a [Stmt])) {
    f(stmts);
    for s in stmts {
        s.for_each_block(|b| walk_blocks(b, f));
    }
}

/// Calls `f` on every expression of `stmts`, at any depth, each before its
/// sub-expressions.
pub fn walk_exprs<'a>(stmts: &'a [Stmt], f: &mut dyn FnMut(&'a Expr)) {
    fn expr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
        f(e);
        e.for_each_child(|k| expr(k, f));
    }
    walk_stmts(stmts, &mut |s| s.for_each_expr(|e| expr(e, f)));
}
