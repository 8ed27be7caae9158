//! Range-over-func (Go 1.23): `for k, v := range f { body }` where `f` is a
//! `func(yield func(K, V) bool)` becomes a call of `f` with a synthesized
//! body closure, as gc's `cmd/compile/internal/rangefunc` rewrites it:
//!
//! ```text
//! var #next int            // once per outermost loop of a function
//! var #stateN = RF_READY
//! f(func(#p1 K, #p2 V) bool {          // named `outer-rangeN`
//!     #tmp := #stateN; #stateN = RF_PANIC
//!     if #tmp != RF_READY { panicrangestate(#tmp) }
//!     k, v := #p1, #p2                 // `:=` variables are the parameters
//!     body'
//!     #stateN = RF_READY; return true
//! })
//! if #stateN == RF_PANIC { panicrangestate(RF_MISSING_PANIC) }
//! #stateN = RF_EXHAUSTED
//! if #next == c1 { #next = 0; <exit c1 done here> } ...
//! ```
//!
//! In `body'`, `break` of the loop is `#stateN = RF_DONE; return false`,
//! `continue` is `#stateN = RF_READY; return true`, and every statement that
//! leaves the closure for something outside it (`return`, `goto`, labelled
//! `break`/`continue` of an enclosing statement) sets `#next` to a code of
//! its own (unique in the program), ends the iteration with `RF_DONE` and
//! `return false`, and is re-lowered after the call of `f` in the enclosing
//! function (`RfBody::exits`), where it either takes effect or, when the
//! enclosing function is itself a body closure, leaves that one the same
//! way. gc numbers the codes differently (by nesting depth); only the
//! behaviour is the same. `return x` first stores `x` into the results of the
//! real enclosing function (captured by reference), which returns them.
//!
//! Invariants:
//! - The state and `#next` variables are ordinary locals (`#stateN`,
//!   `#next`, reported by `-m` like gc's when they move to the heap) of the
//!   function enclosing the loop, captured by reference by the closures
//!   (`capture_local`), so escape analysis sees the closures as it sees gc's.
//! - `defer` directly in a body closure belongs to the real enclosing
//!   function, as in gc (`deferrangefunc`/`deferprocat`): when a loop body
//!   defers, the outermost loop first stores `#defers = DeferRangeFunc()`,
//!   the address of that function's defer frame record (so it gets one);
//!   the closures capture it and are listed in `Program::range_defers`, and
//!   their `defer`s call `rt_deferprocat(#defers, fn)`, which inserts the
//!   record as the frame's newest, below the iterator's records.

use super::*;

/// gc's `abi.RF_State` values.
pub(super) const RF_DONE: i64 = 0;
pub(super) const RF_READY: i64 = 1;
pub(super) const RF_PANIC: i64 = 2;
pub(super) const RF_EXHAUSTED: i64 = 3;
pub(super) const RF_MISSING_PANIC: i64 = 4;

/// The `Target` label of a body closure's own loop: `break` and `continue`
/// of it end the closure instead of jumping.
pub(super) const RF_SELF: LabelId = LabelId(u32::MAX);

/// A control transfer out of a body closure, or any `break`/`continue`/
/// `goto` being lowered (`Lower::branch`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum RfExit<'a> {
    Return,
    Break(Option<&'a str>),
    Continue(Option<&'a str>),
    Goto(&'a str),
}

/// The state of a body closure being lowered.
pub(super) struct RfBody<'a> {
    /// The loop's `#stateN`, as captured inside this closure.
    state: LocalId,
    /// The function whose `return` statements the closure's returns are.
    real: FuncId,
    /// That function's results (locals of `real`) and their types.
    real_results: Vec<(LocalId, TypeId)>,
    /// `#next` codes this closure sets, with what they mean.
    exits: Vec<(i64, RfExit<'a>)>,
}

/// Whether `stmts` contain a `defer` outside function literals.
fn body_defers(stmts: &[ast::Stmt<'_>]) -> bool {
    stmts.iter().any(stmt_defers)
}

fn stmt_defers(s: &ast::Stmt<'_>) -> bool {
    match &s.kind {
        SK::Defer(_) => true,
        SK::Labeled { stmt, .. } => stmt_defers(stmt),
        SK::Block(b) => body_defers(b.stmts),
        SK::If { then, els, .. } => body_defers(then.stmts) || els.is_some_and(|e| stmt_defers(e)),
        SK::For { body, .. } | SK::Range { body, .. } => body_defers(body.stmts),
        SK::Switch { body, .. } | SK::TypeSwitch { body, .. } => {
            body.iter().any(|c| body_defers(c.body))
        }
        SK::Select { body, .. } => body.iter().any(|c| body_defers(c.body)),
        _ => false,
    }
}

impl<'t, 'a> Lower<'t, 'a> {
    fn rf_int(&self, v: i64, span: Span) -> Expr {
        let int = self.tcx.basic(BasicKind::Int);
        self.const_int(v, int, span)
    }

    fn rf_local(fx: &FnCx, l: LocalId, span: Span) -> Expr {
        Expr {
            kind: ExprKind::Local(l),
            ty: fx.locals[l.index()].ty,
            span,
        }
    }

    fn rf_set(&self, fx: &FnCx, l: LocalId, v: i64, span: Span) -> Stmt {
        Stmt::Assign(
            vec![Self::rf_local(fx, l, span)],
            vec![self.rf_int(v, span)],
        )
    }

    fn rf_cmp(&self, fx: &FnCx, l: LocalId, op: BinOp, v: i64, span: Span) -> Expr {
        Expr {
            kind: ExprKind::Binary(
                op,
                Box::new(Self::rf_local(fx, l, span)),
                Box::new(self.rf_int(v, span)),
            ),
            ty: self.tcx.basic(BasicKind::Bool),
            span,
        }
    }

    fn rf_panic(&self, arg: Expr, span: Span) -> Stmt {
        Stmt::Expr(Expr {
            kind: ExprKind::Builtin {
                op: BuiltinOp::PanicRangeState,
                args: vec![arg],
                site: None,
            },
            ty: self.empty_tuple(),
            span,
        })
    }

    /// `return b` from a body closure, after `#stateN = state`.
    fn rf_end(&self, fx: &FnCx, state: i64, b: bool, span: Span, out: &mut Vec<Stmt>) {
        if let Some(rf) = &fx.rf {
            out.push(self.rf_set(fx, rf.state, state, span));
        }
        let bool_t = self.tcx.basic(BasicKind::Bool);
        out.push(Stmt::Return(vec![Expr {
            kind: ExprKind::Const(ConstValue::Bool(b)),
            ty: bool_t,
            span,
        }]));
    }

    /// Local `l` of the enclosing function `owner` as seen from `fx`:
    /// itself, or a by-reference capture through every closure in between.
    pub(super) fn capture_local(
        &mut self,
        fx: &mut FnCx<'a>,
        owner: FuncId,
        l: LocalId,
        span: Span,
    ) -> LocalId {
        if fx.id == owner {
            return l;
        }
        if let Some(c) = fx.syn_caps.get(&(owner, l)) {
            return *c;
        }
        let Some(mut ofx) = self.outer.pop() else {
            self.ice(span, "range-over-func variable of no enclosing function");
            return l;
        };
        let ol = self.capture_local(&mut ofx, owner, l, span);
        ofx.locals[ol.index()].addr_taken = true;
        let (name, ty) = (
            ofx.locals[ol.index()].name.clone(),
            ofx.locals[ol.index()].ty,
        );
        self.outer.push(ofx);
        let inner = LocalId(fx.locals.len() as u32);
        fx.locals.push(Local {
            name,
            ty,
            span,
            kind: LocalKind::Capture,
            addr_taken: false,
            site: None,
            loop_depth: 0,
        });
        fx.captures.push(Capture {
            outer: ol,
            inner,
            by_ref: true,
        });
        fx.syn_caps.insert((owner, l), inner);
        inner
    }

    /// Lowers `break`/`continue`/`goto`/(already stored) `return` in `fx`:
    /// a plain jump when the target is in `fx`, the end of the body closure
    /// when it targets the closure's own loop, or an exit through `#next`
    /// (with `code`, or a fresh one) when the target is outside `fx`.
    pub(super) fn branch(
        &mut self,
        fx: &mut FnCx<'a>,
        exit: RfExit<'a>,
        code: Option<i64>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let target = |fx: &FnCx<'a>, name: Option<&str>, is_cont: bool| {
            fx.targets
                .iter()
                .rev()
                .find(|t| (!is_cont || t.is_loop) && (name.is_none() || t.name == name))
                .map(|t| t.label)
        };
        let local = match exit {
            RfExit::Break(n) => target(fx, n, false).map(|l| {
                if l == RF_SELF {
                    (RF_DONE, None)
                } else {
                    (0, Some(Stmt::Break(l)))
                }
            }),
            RfExit::Continue(n) => target(fx, n, true).map(|l| {
                if l == RF_SELF {
                    (RF_READY, None)
                } else {
                    (0, Some(Stmt::Continue(l)))
                }
            }),
            RfExit::Goto(n) => fx.goto_labels.get(n).map(|l| (0, Some(Stmt::Goto(*l)))),
            RfExit::Return if fx.rf.is_none() => {
                let vals = fx
                    .results
                    .iter()
                    .map(|r| Self::rf_local(fx, *r, span))
                    .collect();
                Some((0, Some(Stmt::Return(vals))))
            }
            RfExit::Return => None,
        };
        match local {
            Some((_, Some(s))) => out.push(s),
            Some((state, None)) => self.rf_end(fx, state, state == RF_READY, span, out),
            None => {
                let (Some((owner, next)), true) = (fx.rf_next, fx.rf.is_some()) else {
                    // The checker accepted the branch, so its target exists.
                    self.ice(span, "branch target not found");
                    return;
                };
                let code = code.unwrap_or_else(|| {
                    self.rf_codes += 1;
                    self.rf_codes
                });
                let n = self.capture_local(fx, owner, next, span);
                out.push(self.rf_set(fx, n, code, span));
                if let Some(rf) = &mut fx.rf {
                    if !rf.exits.iter().any(|(c, _)| *c == code) {
                        rf.exits.push((code, exit));
                    }
                }
                self.rf_end(fx, RF_DONE, false, span, out);
            }
        }
    }

    /// `return [results]` inside a body closure: store the results into the
    /// real function's result variables, then leave through `#next`.
    pub(super) fn rf_return(
        &mut self,
        fx: &mut FnCx<'a>,
        results: &'a [&'a ast::Expr<'a>],
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let Some(rf) = &fx.rf else { return };
        let (real, want) = (rf.real, rf.real_results.clone());
        if !results.is_empty() {
            // gc names unnamed (and blank) results `#rv1`, `#rv2`, … so the
            // body closure can assign them.
            if let Some(o) = self.outer.iter_mut().find(|o| o.id == real) {
                for (i, (l, _)) in want.iter().enumerate() {
                    let n = &mut o.locals[l.index()].name;
                    if n.starts_with("~r") || n == "_" {
                        *n = format!("#rv{}", i + 1);
                    }
                }
            }
            let mut vals: Vec<Expr> = results.iter().map(|r| self.expr(fx, r, out)).collect();
            if vals.len() == 1 && want.len() > 1 {
                let call = vals.pop().unwrap_or_else(|| self.blank(span));
                vals = self.spread(fx, call, out);
            }
            let places: Vec<Expr> = want
                .iter()
                .map(|(l, ty)| {
                    let c = self.capture_local(fx, real, *l, span);
                    Expr {
                        kind: ExprKind::Local(c),
                        ty: *ty,
                        span,
                    }
                })
                .collect();
            let vals = self.coerce_rhs(vals, &places);
            out.push(Stmt::Assign(places, vals));
        }
        self.branch(fx, RfExit::Return, None, span, out);
    }

    /// `for key, value := range x` (or `=`) over a function `x` of
    /// signature `sig` (see the module comment).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func(
        &mut self,
        fx: &mut FnCx<'a>,
        name: Option<&'a str>,
        key: Option<&'a ast::Expr<'a>>,
        value: Option<&'a ast::Expr<'a>>,
        define: bool,
        x: &'a ast::Expr<'a>,
        sig: &crate::types::Signature,
        body: &'a ast::Block<'a>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let mut outer = Vec::new();
        let int = self.tcx.basic(BasicKind::Int);
        let bool_t = self.tcx.basic(BasicKind::Bool);
        // The function ranged over; `t.M` calls the method directly, as
        // gc's rewrite (a call `t.M(body)`) does.
        let mut direct = None;
        // `i.M` of an interface `i`: the interface call `i.M(body)`, which
        // devirtualization may turn into a direct one.
        let mut iface = None;
        if let AK::Selector { x: recv, .. } = &unparen_ast(x).kind {
            if let Some(sel) = self.info.selections.get(unparen_ast(x).id).cloned() {
                let rt = self.ty_of(recv);
                let path = &sel.index[..sel.index.len().saturating_sub(1)];
                let embedded_iface = sel.kind == SelectionKind::MethodVal && !path.is_empty() && {
                    let base = self.expr(fx, recv, &mut Vec::new());
                    let r = self.field_path(base, path, span);
                    self.is_interface(r.ty)
                };
                if sel.kind == SelectionKind::MethodVal && (self.is_interface(rt) || embedded_iface)
                {
                    let base = self.expr(fx, recv, &mut outer);
                    let r = self.field_path(base, path, span);
                    let name = self.tcx.obj(sel.obj).name.clone();
                    let index = self
                        .iface_method_index(r.ty, &name)
                        .unwrap_or(*sel.index.last().unwrap_or(&0));
                    iface = Some((r, index));
                } else if sel.kind == SelectionKind::MethodVal {
                    if let Some(fid) = self.funcs_by_obj.get(&sel.obj).copied() {
                        let r = self.method_receiver(fx, recv, &sel, fid, &mut outer);
                        direct = Some((fid, r));
                    }
                }
            }
        }
        let callee = match (&direct, &iface) {
            (None, None) => Some(self.expr(fx, x, &mut outer)),
            _ => None,
        };
        // `#next`, shared by the loops nested in this one.
        let made_next = fx.rf_next.is_none();
        if made_next {
            let l = self.new_local(fx, "#next", int, span, LocalKind::Var);
            outer.push(Stmt::Decl(l));
            fx.rf_next = Some((fx.id, l));
        }
        // `#defers`, when a body (at any depth of range-over-func loops)
        // defers something: gc's `deferrangefunc` token.
        let made_defers = made_next && fx.rf_defers.is_none() && body_defers(body.stmts);
        if made_defers {
            let uintptr = self.tcx.basic(BasicKind::Uintptr);
            let l = self.new_local(fx, "#defers", uintptr, span, LocalKind::Temp);
            outer.push(Stmt::Decl(l));
            outer.push(Stmt::Assign(
                vec![Self::rf_local(fx, l, span)],
                vec![Expr {
                    kind: ExprKind::Builtin {
                        op: BuiltinOp::DeferRangeFunc,
                        args: vec![],
                        site: None,
                    },
                    ty: uintptr,
                    span,
                }],
            ));
            fx.rf_defers = Some((fx.id, l));
        }
        let (real, real_results) = match &fx.rf {
            Some(rf) => (rf.real, rf.real_results.clone()),
            None => (
                fx.id,
                fx.results
                    .iter()
                    .map(|r| (*r, fx.locals[r.index()].ty))
                    .collect(),
            ),
        };
        let n = self.rf_states.entry(real).or_insert(0);
        *n += 1;
        let state_name = format!("#state{n}");
        let state = self.new_local(fx, &state_name, int, span, LocalKind::Var);
        outer.push(Stmt::Decl(state));
        outer.push(self.rf_set(fx, state, RF_READY, span));

        // The body closure.
        let yield_ty = sig.params.first().copied().unwrap_or(int);
        let cb_ty = self.tcx.underlying(yield_ty);
        let cb = match self.tcx.ty(cb_ty) {
            Type::Func(s) => s.clone(),
            _ => {
                self.ice(span, "range over a func without a yield func");
                return;
            }
        };
        fx.range_count += 1;
        let suffix = format!("-range{}", fx.range_count);
        let id = self
            .prog
            .new_closure_func(fx.id, &suffix, span, cb_ty, false, false);
        let mut inner = self.new_fn_cx(id);
        inner.rf_next = fx.rf_next;
        inner.rf_defers = fx.rf_defers;
        let lhs = [key, value];
        let mut params = Vec::new();
        let mut assigns = Vec::new();
        for (i, t) in cb.params.iter().enumerate() {
            let target = lhs.get(i).copied().flatten();
            let as_param = match target.map(|e| &e.kind) {
                Some(AK::Ident(id)) if define && !id.is_blank() => self.def_local(&mut inner, id),
                _ => None,
            };
            let p = match as_param {
                Some(l) => {
                    inner.locals[l.index()].kind = LocalKind::Param;
                    l
                }
                None => {
                    let pname = match target {
                        Some(e) if define && matches!(&e.kind, AK::Ident(id) if id.is_blank()) => {
                            "_".to_string()
                        }
                        _ => format!("#p{}", i + 1),
                    };
                    let l = self.new_local(&mut inner, &pname, *t, span, LocalKind::Param);
                    if let Some(e) = target.filter(|_| !define) {
                        assigns.push((e, Self::rf_local(&inner, l, e.span)));
                    }
                    l
                }
            };
            params.push(p);
        }
        let r = self.new_local(&mut inner, "#r", bool_t, span, LocalKind::Result);
        inner.results = vec![r];
        inner.targets.push(Target {
            name,
            label: RF_SELF,
            is_loop: true,
        });
        let saved = std::mem::replace(fx, self.new_fn_cx(id));
        let enclosing = saved.id;
        self.outer.push(saved);
        let st = self.capture_local(&mut inner, enclosing, state, span);
        inner.rf = Some(RfBody {
            state: st,
            real,
            real_results,
            exits: Vec::new(),
        });
        let mut b = Vec::new();
        // #tmp := #state; #state = RF_PANIC; if #tmp != RF_READY { panicrangestate(#tmp) }
        let tmp = self.temp(&mut inner, int, span);
        b.push(Stmt::Decl(tmp));
        b.push(Stmt::Assign(
            vec![Self::rf_local(&inner, tmp, span)],
            vec![Self::rf_local(&inner, st, span)],
        ));
        b.push(self.rf_set(&inner, st, RF_PANIC, span));
        let ready = self.rf_cmp(&inner, tmp, BinOp::Ne, RF_READY, span);
        let p = self.rf_panic(Self::rf_local(&inner, tmp, span), span);
        b.push(Stmt::If {
            cond: ready,
            then: vec![p],
            els: vec![],
        });
        if !assigns.is_empty() {
            self.bind_targets(&mut inner, assigns, false, &mut b);
        }
        self.collect_labels(&mut inner, body.stmts);
        self.block(&mut inner, body.stmts, &mut b);
        self.rf_end(&inner, RF_READY, true, span, &mut b);
        if let Some(r) = self.outer.pop() {
            *fx = r;
        }
        self.cur_func = Some(fx.id);
        let exits = inner.rf.take().map(|rf| rf.exits).unwrap_or_default();
        let clo = self.finish_closure(fx, inner, params, vec![r], b, cb_ty, span);
        let clo = self.coerce(clo, yield_ty);

        // f(body)
        let (callee, args) = match (direct, callee) {
            (Some((fid, recv)), _) => (Callee::Direct(fid), vec![recv, clo]),
            (None, None) if iface.is_some() => {
                let Some((recv, index)) = iface else {
                    return;
                };
                let recv = Box::new(recv);
                (Callee::Iface { recv, index }, vec![clo])
            }
            (None, Some(f)) => match f.kind {
                ExprKind::FuncRef(fid) => (Callee::Direct(fid), vec![clo]),
                _ => (Callee::Indirect(Box::new(f)), vec![clo]),
            },
            (None, None) => return,
        };
        outer.push(Stmt::Expr(Expr {
            kind: ExprKind::Call {
                callee,
                args,
                variadic_site: None,
            },
            ty: self.empty_tuple(),
            span,
        }));
        // if #state == RF_PANIC { panicrangestate(RF_MISSING_PANIC) }; #state = RF_EXHAUSTED
        let c = self.rf_cmp(fx, state, BinOp::Eq, RF_PANIC, span);
        let p = self.rf_panic(self.rf_int(RF_MISSING_PANIC, span), span);
        outer.push(Stmt::If {
            cond: c,
            then: vec![p],
            els: vec![],
        });
        outer.push(self.rf_set(fx, state, RF_EXHAUSTED, span));
        // The exits, taken here or passed on outwards.
        if let Some((owner, next)) = fx.rf_next {
            for (code, exit) in exits {
                let nl = self.capture_local(fx, owner, next, span);
                let mut then = vec![self.rf_set(fx, nl, 0, span)];
                self.branch(fx, exit, Some(code), span, &mut then);
                let cond = self.rf_cmp(fx, nl, BinOp::Eq, code, span);
                outer.push(Stmt::If {
                    cond,
                    then,
                    els: vec![],
                });
            }
        }
        if made_next {
            fx.rf_next = None;
        }
        if made_defers {
            fx.rf_defers = None;
        }
        out.push(Stmt::Block(outer));
    }
}
