//! Defer and go wrappers: every `defer` becomes the deferral of a `func()`
//! value, and every `go` statement the start of one (gc's `wrapGoDefer`
//! does both; a `go` wrapper is named `parent.gowrapN`, always lives on the
//! heap, and is not one `recover` looks through).
//!
//! The runtime calls a deferred function with no arguments and ignores its
//! results (`runtime/src/defer.rs`), so, like gc's `wrapGoDefer`, this pass
//! rewrites
//!
//! ```text
//! defer f(a, b)        into   t1 := a; t2 := b; defer w()
//!                             where w = func() { f(t1, t2) }  (t1, t2 captured by value)
//! ```
//!
//! The callee's func value, an interface receiver and every argument are
//! evaluated at the `defer` statement, in order; a variadic call's elements
//! are captured one by one and the `...` slice is built inside the wrapper
//! (that is what escape analysis assumed, see `escape/stmt.rs`'s `go_defer`).
//! `defer g()` where `g` is a func value without results needs no wrapper
//! and is deferred as it is.
//!
//! It runs after escape analysis, which has already modelled the wrapper, so
//! the wrapper closure's site gets its placement here: on the stack unless
//! the `defer` is inside a loop (or the function has labels, which may form
//! a loop), like gc. Wrappers are named `parent.deferwrapN`, as in gc, and
//! listed in `Program::defer_wrappers` so `recover` can look through them.
//!
//! Invariant (I5): afterwards every `Stmt::Defer` holds a call, with no
//! arguments, of a func value whose type has no results.

use super::{
    AllocKind, AllocSite, Callee, Capture, ClosureInfo, Expr, ExprKind, FuncId, Local, LocalId,
    LocalKind, Placement, Program, Stmt,
};
use crate::types::{TyCtx, Type, TypeId};

/// Rewrites every `defer` of the program (see the module docs).
pub fn wrap_defers(prog: &mut Program, tcx: &TyCtx) {
    let func_ty = tcx
        .types
        .iter()
        .position(|t| {
            matches!(t, Type::Func(s) if s.params.is_empty() && s.results.is_empty() && !s.variadic)
        })
        .map(|i| TypeId(i as u32));
    for i in 0..prog.funcs.len() {
        let Some(mut body) = prog.funcs[i].body.take() else {
            continue;
        };
        let range_body = prog.range_defer_token(FuncId(i as u32)).is_some();
        let mut w = Wrapper {
            prog,
            tcx,
            parent: FuncId(i as u32),
            func_ty,
            count: 0,
            go_count: 0,
            // Range-over-func body defers can run once per iteration.
            has_labels: has_labels(&body) || range_body,
        };
        w.stmts(&mut body, 0);
        prog.funcs[i].body = Some(body);
    }
    prog.defer_wrappers.sort();
}

fn has_labels(ss: &[Stmt]) -> bool {
    ss.iter().any(|s| match s {
        Stmt::Label(_) => true,
        Stmt::If { then, els, .. } => has_labels(then) || has_labels(els),
        Stmt::Loop { body, post, .. } => has_labels(body) || has_labels(post),
        Stmt::Breakable { body, .. } | Stmt::Block(body) => has_labels(body),
        _ => false,
    })
}

struct Wrapper<'p> {
    prog: &'p mut Program,
    tcx: &'p TyCtx,
    parent: FuncId,
    func_ty: Option<TypeId>,
    count: u32,
    go_count: u32,
    has_labels: bool,
}

impl Wrapper<'_> {
    fn stmts(&mut self, ss: &mut Vec<Stmt>, depth: u32) {
        let old = std::mem::take(ss);
        for s in old {
            match s {
                Stmt::Defer(call) => self.defer(call, depth, false, ss),
                Stmt::Go(call) => self.defer(call, depth, true, ss),
                mut s => {
                    match &mut s {
                        Stmt::If { then, els, .. } => {
                            self.stmts(then, depth);
                            self.stmts(els, depth);
                        }
                        Stmt::Loop { body, post, .. } => {
                            self.stmts(body, depth + 1);
                            self.stmts(post, depth + 1);
                        }
                        Stmt::Breakable { body, .. } | Stmt::Block(body) => self.stmts(body, depth),
                        _ => {}
                    }
                    ss.push(s);
                }
            }
        }
    }

    /// Whether a func value of type `t` can be deferred without a wrapper.
    fn no_results(&self, t: TypeId) -> bool {
        matches!(self.tcx.under(t), Type::Func(s) if s.results.is_empty())
    }

    /// Wraps the call of a `defer` (or, with `go`, a `go` statement).
    fn defer(&mut self, call: Expr, depth: u32, go: bool, out: &mut Vec<Stmt>) {
        let stmt = |e| if go { Stmt::Go(e) } else { Stmt::Defer(e) };
        if !matches!(call.kind, ExprKind::Call { .. } | ExprKind::Builtin { .. }) {
            // Not a call: the checker rejects it; codegen reports it.
            out.push(stmt(call));
            return;
        }
        if let ExprKind::Call {
            callee: Callee::Indirect(f),
            args,
            ..
        } = &call.kind
        {
            if args.is_empty() && self.no_results(f.ty) {
                out.push(stmt(call));
                return;
            }
        }
        let kind_name = if go {
            self.go_count += 1;
            format!("gowrap{}", self.go_count)
        } else {
            self.count += 1;
            format!("deferwrap{}", self.count)
        };
        let sig = self.prog.func(self.parent).sig;
        let func_ty = self.func_ty.unwrap_or(sig);
        let id = self.prog.new_closure_func(
            self.parent,
            &format!(".{kind_name}"),
            call.span,
            func_ty,
            false,
            true,
        );
        let mut cap = Captures {
            parent_locals: std::mem::take(&mut self.prog.funcs[self.parent.index()].locals),
            inner: Vec::new(),
            captures: Vec::new(),
            out,
            depth,
        };
        let span = call.span;
        let ty = call.ty;
        let kind = match call.kind {
            ExprKind::Call {
                callee,
                args,
                variadic_site,
            } => {
                let callee = match callee {
                    Callee::Direct(f) => Callee::Direct(f),
                    Callee::Indirect(f) => Callee::Indirect(Box::new(cap.capture(*f))),
                    Callee::Iface { recv, index } => Callee::Iface {
                        recv: Box::new(cap.capture(*recv)),
                        index,
                    },
                };
                let args = args
                    .into_iter()
                    .map(|a| match a.kind {
                        ExprKind::Composite {
                            elems,
                            site: Some(s),
                            len,
                        } if variadic_site == Some(s) => {
                            self.prog.sites[s.index()].func = id;
                            Expr {
                                kind: ExprKind::Composite {
                                    elems: elems
                                        .into_iter()
                                        .map(|(i, e)| (i, cap.capture(e)))
                                        .collect(),
                                    site: Some(s),
                                    len,
                                },
                                ty: a.ty,
                                span: a.span,
                            }
                        }
                        _ => cap.capture(a),
                    })
                    .collect();
                ExprKind::Call {
                    callee,
                    args,
                    variadic_site,
                }
            }
            ExprKind::Builtin { op, args, site } => ExprKind::Builtin {
                op,
                args: args.into_iter().map(|a| cap.capture(a)).collect(),
                site,
            },
            other => other,
        };
        self.prog.funcs[self.parent.index()].locals = cap.parent_locals;
        let site = super::AllocSiteId(self.prog.sites.len() as u32);
        // A goroutine outlives the frame; a defer outside loops does not.
        let on_heap = go || depth > 0 || self.has_labels;
        self.prog.sites.push(AllocSite {
            kind: AllocKind::Closure(id),
            func: self.parent,
            span,
            ty: func_ty,
            text: "func literal".into(),
            placement: if on_heap {
                Placement::Heap
            } else {
                Placement::Stack
            },
        });
        let f = &mut self.prog.funcs[id.index()];
        f.locals = cap.inner;
        f.body = Some(vec![Stmt::Expr(Expr { kind, ty, span })]);
        f.closure = Some(ClosureInfo {
            parent: self.parent,
            captures: cap.captures,
        });
        if !go {
            self.prog.defer_wrappers.push(id);
        }
        let clo = Expr {
            kind: ExprKind::Closure { func: id, site },
            ty: func_ty,
            span,
        };
        cap.out.push(stmt(Expr {
            kind: ExprKind::Call {
                callee: Callee::Indirect(Box::new(clo)),
                args: Vec::new(),
                variadic_site: None,
            },
            ty,
            span,
        }));
    }
}

/// Values evaluated at the `defer` statement into temporaries of the
/// deferring function and captured by value by the wrapper.
struct Captures<'o> {
    parent_locals: Vec<Local>,
    inner: Vec<Local>,
    captures: Vec<Capture>,
    out: &'o mut Vec<Stmt>,
    depth: u32,
}

impl Captures<'_> {
    /// Evaluates `e` into a fresh temporary now; returns its use inside the wrapper.
    fn capture(&mut self, e: Expr) -> Expr {
        let (ty, span) = (e.ty, e.span);
        let outer = LocalId(self.parent_locals.len() as u32);
        self.parent_locals.push(Local {
            name: format!("~defer{}", outer.0),
            ty,
            span,
            kind: LocalKind::Temp,
            addr_taken: false,
            site: None,
            loop_depth: self.depth,
        });
        let local = |l: LocalId| Expr {
            kind: ExprKind::Local(l),
            ty,
            span,
        };
        self.out.push(Stmt::Decl(outer));
        self.out.push(Stmt::Assign(vec![local(outer)], vec![e]));
        let inner = LocalId(self.inner.len() as u32);
        self.inner.push(Local {
            name: format!("~arg{}", inner.0),
            ty,
            span,
            kind: LocalKind::Capture,
            addr_taken: false,
            site: None,
            loop_depth: 0,
        });
        self.captures.push(Capture {
            outer,
            inner,
            by_ref: false,
        });
        local(inner)
    }
}
