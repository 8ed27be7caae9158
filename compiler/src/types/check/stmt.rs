//! Statements: blocks and scopes, assignments and short variable
//! declarations, local declarations, if/for/range/switch/type switch/select,
//! go/defer, return, and the terminating-statement analysis behind
//! `missing return` (types2's `stmt.go`, `assignments.go`, `return.go`).
//! Branch and label checks live in `labels`.

use super::errors;
use super::expr::unparen;
use super::exprstring::expr_string;
use super::{Checker, OpMode, Operand};
use crate::syntax::ast::{
    AssignOp, BinaryOp, Block, BranchKind, CaseClause, Decl, Expr, ExprKind, Stmt, StmtKind,
    UnaryOp,
};
use crate::syntax::span::Span;
use crate::types::spell::Spell;
use crate::types::{BasicKind, ConstValue, Mode, ObjId, ObjKind, Signature, Type, TypeId, VarKind};

/// Statement context (reserved for future flags; branch checks are done by
/// the `labels` pass).
#[derive(Clone, Copy, Default)]
pub(crate) struct StmtCtx;

impl<'a> Checker<'a, '_> {
    pub(crate) fn stmt_list(&mut self, list: &'a [Stmt<'a>], ctx: StmtCtx) {
        for s in list {
            self.stmt(s, ctx);
        }
    }

    fn block(&mut self, b: &'a Block<'a>, ctx: StmtCtx) {
        self.open_scope(false);
        self.stmt_list(b.stmts, ctx);
        self.close_scope();
    }

    fn cond(&mut self, e: &'a Expr<'a>, what: &str) {
        let mut x = self.expr(e);
        if x.is_invalid() {
            return;
        }
        if !self.is_boolean(x.ty) {
            self.error(e.span, errors::non_bool_cond(what));
            return;
        }
        self.assignment(&mut x, None, &format!("{what} condition"));
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt<'a>, ctx: StmtCtx) {
        self.stmt_kind(s, ctx);
        // types2 runs the actions it delayed (here: map key types to check
        // for comparability) at the end of every statement, which puts
        // their errors in statement order.
        if !self.map_keys.is_empty() {
            self.check_map_keys();
        }
    }

    fn stmt_kind(&mut self, s: &'a Stmt<'a>, ctx: StmtCtx) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Decl(d) => self.decl_stmt(d),
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt, ctx),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value, .. } => {
                let c = self.expr(ch);
                let mut v = self.expr(value);
                if c.is_invalid() || v.is_invalid() {
                    return;
                }
                match self.tcx.under(c.ty).clone() {
                    Type::Chan(dir, el) => {
                        if dir == crate::syntax::ast::ChanDir::Recv {
                            let msg = errors::invalid_op(&format!(
                                "cannot send to receive-only channel {} {}",
                                self.type_str(c.ty),
                                self.describe(&c)
                            ));
                            self.error(s.span, msg);
                            return;
                        }
                        self.assignment(&mut v, Some(el), "send");
                    }
                    _ => {
                        let msg = errors::invalid_op(&format!(
                            "cannot send to non-channel {} {}",
                            self.type_str(c.ty),
                            self.describe(&c)
                        ));
                        self.error(s.span, msg);
                    }
                }
            }
            StmtKind::IncDec { x, inc, .. } => {
                let xv = self.expr(x);
                if xv.is_invalid() {
                    return;
                }
                if !self.is_numeric(xv.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let msg = errors::invalid_op(&format!(
                        "{}{op} (non-numeric type {})",
                        expr_string(x),
                        self.type_str(xv.ty)
                    ));
                    self.error(x.span, msg);
                    return;
                }
                self.assign_var(x, Some(xv));
            }
            StmtKind::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => match op {
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Define => self.short_var_decl(lhs, rhs, *op_span),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            s.span,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    let mut x = self.expr(lhs[0]);
                    let mut y = self.expr(rhs[0]);
                    self.binary_ops(None, *bop, &mut x, &mut y, *op_span);
                    if x.is_invalid() {
                        return;
                    }
                    x.expr = Some(lhs[0]);
                    self.assign_var(lhs[0], Some(x));
                }
            },
            StmtKind::Go(e) => self.suspended_call("go", e),
            StmtKind::Defer(e) => self.suspended_call("defer", e),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { .. } => {}
            StmtKind::Block(b) => self.block(b, ctx),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope(false);
                if let Some(i) = init {
                    self.stmt(i, ctx);
                }
                self.cond(cond, "if");
                self.block(then, ctx);
                if let Some(e) = els {
                    self.stmt(e, ctx);
                }
                self.close_scope();
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(*init, *tag, body, ctx),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(*init, bind.as_ref(), x, body, ctx),
            StmtKind::Select { body, .. } => {
                for cc in body.iter() {
                    self.open_scope(false);
                    if let Some(c) = cc.comm {
                        let valid = match &c.kind {
                            StmtKind::Send { .. } => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign { rhs, .. } => rhs.len() == 1 && is_recv(rhs[0]),
                            _ => false,
                        };
                        if !valid {
                            self.error(c.span, "select case must be receive, send or assign recv");
                        }
                        self.stmt(c, ctx);
                    }
                    self.stmt_list(cc.body, ctx);
                    self.close_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.open_scope(false);
                if let Some(i) = init {
                    self.stmt(i, ctx);
                }
                if let Some(c) = cond {
                    self.cond(c, "for");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = p.kind
                    {
                        self.error(p.span, "cannot declare in post statement of for loop");
                    }
                    self.stmt(p, ctx);
                }
                self.block(body, ctx);
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                extra,
                op,
                x,
                body,
                range_span,
            } => {
                let vars = [*key, *value, *extra];
                self.range_stmt(vars, *op, x, body, *range_span, ctx)
            }
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr<'a>) {
        let x = self.raw_expr(e, None);
        let inner = unparen(e);
        let is_stmt = match &inner.kind {
            ExprKind::Call { fun, .. } => {
                let fx = self.info.types.get(fun.id).map(|tv| tv.mode);
                match fx {
                    Some(Mode::TypeExpr) => false,
                    Some(Mode::Builtin) => {
                        let name = match &unparen(fun).kind {
                            ExprKind::Ident(id) => id.name,
                            ExprKind::Selector { sel, .. } => sel.name,
                            _ => "",
                        };
                        matches!(
                            name,
                            "copy"
                                | "recover"
                                | "panic"
                                | "print"
                                | "println"
                                | "close"
                                | "delete"
                                | "clear"
                        )
                    }
                    _ => true,
                }
            }
            ExprKind::Unary {
                op: UnaryOp::Recv, ..
            } => true,
            _ => false,
        };
        if x.is_invalid() {
            return;
        }
        if is_stmt && !matches!(x.mode, OpMode::Builtin(_) | OpMode::TypeExpr) {
            return;
        }
        let d = self.describe(&x);
        let msg = match x.mode {
            OpMode::Builtin(_) => errors::must_be_called(&d),
            OpMode::TypeExpr => errors::not_an_expr(&d),
            _ => errors::not_used(&d),
        };
        self.error(e.span, msg);
    }

    fn suspended_call(&mut self, kind: &str, e: &'a Expr<'a>) {
        let inner = unparen(e);
        let ExprKind::Call { fun, .. } = &inner.kind else {
            self.raw_expr(e, None);
            self.error(
                e.span,
                format!("expression in {kind} must be function call"),
            );
            return;
        };
        let mut x = self.raw_expr(e, None);
        if x.is_invalid() {
            return;
        }
        x.expr = Some(e);
        match self.info.types.get(fun.id).map(|tv| tv.mode) {
            Some(Mode::TypeExpr) => {
                let d = self.describe(&x);
                self.error(
                    e.span,
                    format!("{kind} requires function call, not conversion {d}"),
                );
            }
            Some(Mode::Builtin) => {
                let name = match &unparen(fun).kind {
                    ExprKind::Ident(id) => id.name,
                    _ => "",
                };
                if !matches!(
                    name,
                    "copy"
                        | "recover"
                        | "panic"
                        | "print"
                        | "println"
                        | "close"
                        | "delete"
                        | "clear"
                ) {
                    let d = self.describe(&x);
                    self.error(e.span, format!("{kind} discards result of {d}"));
                }
            }
            _ => {}
        }
    }

    fn return_stmt(&mut self, s: &'a Stmt<'a>, results: &'a [&'a Expr<'a>]) {
        let res = self.fctx.results.clone();
        if results.is_empty() && !res.is_empty() && self.fctx.named_results {
            for &r in &res {
                let name = self.tcx.obj(r).name.clone();
                if name == "_" {
                    continue;
                }
                if let Some(alt) = self.lookup(&name) {
                    if alt != r {
                        let o = self.tcx.obj(alt);
                        let msg = format!(
                            "{}\n\t{}: inner declaration of var {name} {}",
                            errors::result_not_in_scope(&name),
                            self.sm.pos(o.span),
                            self.spell_str(&self.spell_obj(alt))
                        );
                        self.error(s.span, msg);
                    }
                }
            }
            return;
        }
        let want: Vec<TypeId> = res.iter().map(|&r| self.tcx.obj(r).ty).collect();
        let spells: Vec<Spell> = res.iter().map(|&r| self.spell_obj(r)).collect();
        self.assign_list(&want, &spells, results, Some(s.span), "return statement");
    }

    /// Assigns `rhs` to targets of types `want` (return statements), with
    /// multi-value spreading and the have/want arity errors.
    fn assign_list(
        &mut self,
        want: &[TypeId],
        want_spells: &[Spell],
        rhs: &'a [&'a Expr<'a>],
        ret: Option<Span>,
        context: &str,
    ) {
        let xs = if rhs.len() == 1 {
            let x = self.raw_expr(rhs[0], want.first().copied());
            if self.generic_refs.contains_key(&rhs[0].id) {
                let x = self.generic_value(rhs[0], x, want.first().copied(), false);
                if x.is_invalid() {
                    return;
                }
                vec![x]
            } else {
                match self.tcx.ty(x.ty).clone() {
                    Type::Tuple(ts) if !x.is_invalid() && x.mode != OpMode::TypeExpr => ts
                        .iter()
                        .map(|&t| Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            expr: Some(rhs[0]),
                        })
                        .collect(),
                    _ => {
                        let x = self.single_value(x);
                        if x.is_invalid() {
                            return;
                        }
                        vec![x]
                    }
                }
            }
        } else {
            let mut v = Vec::new();
            let mut bad = false;
            for (i, e) in rhs.iter().enumerate() {
                let x = self.expr_hint(e, want.get(i).copied());
                bad |= x.is_invalid();
                v.push(x);
            }
            if bad {
                return;
            }
            v
        };
        if xs.len() != want.len() {
            let have: Vec<Spell> = xs.iter().map(|x| self.spell_operand(x)).collect();
            let hs = self.spells_summary(&have, false);
            let ws = self.spells_summary(want_spells, false);
            if xs.len() > want.len() {
                let at = if rhs.len() == xs.len() {
                    rhs[want.len()].span
                } else {
                    rhs[0].span
                };
                self.error(at, errors::too_many_return_values(&hs, &ws));
            } else {
                let at = if !rhs.is_empty() {
                    rhs[rhs.len() - 1].span
                } else {
                    ret.unwrap_or_default()
                };
                self.error(at, errors::not_enough_return_values(&hs, &ws));
            }
            return;
        }
        for ((mut x, &t), sp) in xs.into_iter().zip(want).zip(want_spells) {
            self.assignment_spelled(&mut x, Some(t), Some(sp), context);
        }
    }

    // ---------------------------------------------------------------------
    // Assignments.

    /// The type of an assignment target; a plain identifier is not a use.
    fn lhs_var(&mut self, lhs: &'a Expr<'a>) -> Option<Operand<'a>> {
        let inner = unparen(lhs);
        if let ExprKind::Ident(id) = &inner.kind {
            if id.is_blank() {
                self.info.defs.insert(id.id, None);
                return None;
            }
        }
        let mut restore: Option<(ObjId, bool)> = None;
        if let ExprKind::Ident(id) = &inner.kind {
            if let Some(o) = self.lookup(id.name) {
                if matches!(self.tcx.obj(o).kind, ObjKind::Var(_))
                    && self.tcx.obj(o).pkg == Some(self.pkg)
                {
                    restore = Some((o, self.used_vars.contains(&o)));
                }
            }
        }
        let x = self.expr(lhs);
        if let Some((o, was)) = restore {
            if !was {
                self.used_vars.remove(&o);
            }
        }
        if x.is_invalid() {
            return Some(x);
        }
        match x.mode {
            OpMode::Variable | OpMode::MapIndex => Some(x),
            _ => {
                if let ExprKind::Selector { x: base, .. } = &inner.kind {
                    if self
                        .info
                        .types
                        .get(base.id)
                        .is_some_and(|tv| tv.mode == Mode::MapIndex)
                    {
                        self.error(
                            lhs.span,
                            format!("cannot assign to struct field {} in map", expr_string(lhs)),
                        );
                        return Some(Operand::invalid(Some(lhs)));
                    }
                }
                self.error(lhs.span, errors::cannot_assign(&expr_string(lhs)));
                Some(Operand::invalid(Some(lhs)))
            }
        }
    }

    /// `lhs = x` (x already evaluated), or `lhs++` with `x` = lhs itself.
    fn assign_var(&mut self, lhs: &'a Expr<'a>, x: Option<Operand<'a>>) {
        let Some(mut x) = x else { return };
        let t = self.lhs_var(lhs);
        self.assign_to_lhs(&mut x, t.as_ref());
    }

    /// `assignment` to a checked left-hand side (`None` for `_`).
    fn assign_to_lhs(&mut self, x: &mut Operand<'a>, lhs: Option<&Operand<'a>>) {
        match lhs {
            None => self.assignment(x, None, "assignment"),
            Some(t) if t.is_invalid() => {}
            Some(t) => {
                let spell = self.spell_operand(t);
                self.assignment_spelled(x, Some(t.ty), Some(&spell), "assignment")
            }
        }
    }

    fn assign_vars(&mut self, lhs: &'a [&'a Expr<'a>], rhs: &'a [&'a Expr<'a>]) {
        if lhs.len() == rhs.len() && !is_single_call(rhs) {
            let targets: Vec<Option<Operand<'a>>> = lhs.iter().map(|l| self.lhs_var(l)).collect();
            for (i, r) in rhs.iter().enumerate() {
                let hint = targets[i]
                    .as_ref()
                    .filter(|t| !t.is_invalid())
                    .map(|t| t.ty);
                let mut x = self.expr_hint(r, hint);
                if x.is_invalid() {
                    continue;
                }
                self.assign_to_lhs(&mut x, targets[i].as_ref());
            }
            return;
        }
        let targets: Vec<Option<Operand<'a>>> = lhs.iter().map(|l| self.lhs_var(l)).collect();
        let Some(xs) = self.multi_rhs(lhs.len(), rhs) else {
            return;
        };
        for (mut x, t) in xs.into_iter().zip(targets) {
            self.assign_to_lhs(&mut x, t.as_ref());
        }
    }

    /// Evaluates a single multi-valued right-hand side (a call or a
    /// comma-ok expression) for `n` targets; reports mismatches.
    fn multi_rhs(&mut self, n: usize, rhs: &'a [&'a Expr<'a>]) -> Option<Vec<Operand<'a>>> {
        if rhs.len() != 1 {
            for r in rhs {
                self.expr(r);
            }
            self.assign_error(rhs, n, rhs.len());
            return None;
        }
        let x = self.raw_expr(rhs[0], None);
        if x.is_invalid() {
            return None;
        }
        if let Type::Tuple(ts) = self.tcx.ty(x.ty).clone() {
            if ts.len() != n {
                self.assign_error(rhs, n, ts.len());
                return None;
            }
            return Some(
                ts.iter()
                    .map(|&t| Operand {
                        mode: OpMode::Value,
                        ty: t,
                        val: None,
                        expr: Some(rhs[0]),
                    })
                    .collect(),
            );
        }
        if n == 2 && matches!(x.mode, OpMode::CommaOk | OpMode::MapIndex) {
            let b = self.basic(BasicKind::Bool);
            // Record the comma-ok form as a tuple (like go/types).
            let mut e = rhs[0];
            let tup = self.tcx.intern(Type::Tuple(vec![x.ty, b]));
            loop {
                if let Some(tv) = self.info.types.get_mut(e.id) {
                    tv.ty = tup;
                    tv.mode = Mode::CommaOk;
                }
                match &e.kind {
                    ExprKind::Paren(inner) => e = inner,
                    _ => break,
                }
            }
            let v = Operand {
                mode: OpMode::Value,
                ty: x.ty,
                val: None,
                expr: None,
            };
            let ok = Operand {
                mode: OpMode::Value,
                ty: b,
                val: None,
                expr: None,
            };
            return Some(vec![v, ok]);
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return None;
        }
        if n == 1 {
            return Some(vec![x]);
        }
        self.assign_error(rhs, n, 1);
        None
    }

    fn assign_error(&mut self, rhs: &'a [&'a Expr<'a>], l: usize, r: usize) {
        let at = rhs.first().map(|e| e.span).unwrap_or_default();
        if rhs.len() == 1 {
            if let ExprKind::Call { fun, .. } = &unparen(rhs[0]).kind {
                self.error(
                    at,
                    errors::assignment_mismatch_call(l, &expr_string(fun), r),
                );
                return;
            }
        }
        self.error(at, errors::assignment_mismatch(l, "value", r));
    }

    /// Initializes a variable from an operand (declarations).
    pub(crate) fn init_var(
        &mut self,
        obj: ObjId,
        x: &mut Operand<'a>,
        typ: Option<TypeId>,
        context: &str,
    ) {
        if x.is_invalid() {
            if typ.is_none() {
                let inv = self.invalid();
                self.tcx.obj_mut(obj).ty = inv;
            }
            return;
        }
        match typ {
            Some(t) => {
                let spell = self.spell_obj(obj);
                self.assignment_spelled(x, Some(t), Some(&spell), context)
            }
            None => {
                self.assignment(x, None, context);
                let t = if x.is_invalid() { self.invalid() } else { x.ty };
                self.tcx.obj_mut(obj).ty = t;
                if !x.is_invalid() {
                    let spell = self.spell_operand(x);
                    self.set_spell(obj, spell);
                }
            }
        }
    }

    /// Initializes the variables of one `var` spec from a multi-valued
    /// expression, or 1:1. As in types2's `varDecl`, one name with one value
    /// is a single-value context even when the value is a call, so
    /// `var x = two()` is "multiple-value two() ... in single-value context",
    /// not the "assignment mismatch" that `x := two()` gets.
    pub(crate) fn init_vars(
        &mut self,
        lhs: &[ObjId],
        rhs: &'a [&'a Expr<'a>],
        typ: Option<TypeId>,
        _ret: Option<Span>,
    ) {
        // types2 words single-variable declarations differently.
        let context = if lhs.len() == 1 {
            "variable declaration"
        } else {
            "assignment"
        };
        if lhs.len() == rhs.len() && (lhs.len() == 1 || !is_single_call(rhs)) {
            for (&o, r) in lhs.iter().zip(rhs) {
                let mut x = self.expr_hint(r, typ);
                self.init_var(o, &mut x, typ, context);
            }
            return;
        }
        match self.multi_rhs(lhs.len(), rhs) {
            Some(xs) => {
                for (&o, mut x) in lhs.iter().zip(xs) {
                    self.init_var(o, &mut x, typ, context);
                }
            }
            None => {
                if typ.is_none() {
                    let inv = self.invalid();
                    for &o in lhs {
                        self.tcx.obj_mut(o).ty = inv;
                    }
                }
            }
        }
    }

    fn short_var_decl(&mut self, lhs: &'a [&'a Expr<'a>], rhs: &'a [&'a Expr<'a>], op_span: Span) {
        let mut objs: Vec<ObjId> = Vec::new();
        let mut new_vars: Vec<(ObjId, &'a crate::syntax::ast::Ident<'a>)> = Vec::new();
        let mut has_err = false;
        let mut seen: Vec<&str> = Vec::new();
        let inv = self.invalid();
        for l in lhs {
            let ExprKind::Ident(id) = &l.kind else {
                self.expr(l);
                self.error(
                    l.span,
                    format!("non-name {} on left side of :=", expr_string(l)),
                );
                has_err = true;
                let o = self.new_obj(ObjKind::Var(VarKind::Local), "_", inv, l.span, None);
                objs.push(o);
                continue;
            };
            if !id.is_blank() && seen.contains(&id.name) {
                self.error(l.span, format!("{} repeated on left side of :=", id.name));
                has_err = true;
                let o = self.new_obj(ObjKind::Var(VarKind::Local), "_", inv, l.span, None);
                objs.push(o);
                continue;
            }
            seen.push(id.name);
            let existing = if id.is_blank() {
                None
            } else {
                self.scopes
                    .last()
                    .and_then(|s| s.names.get(id.name))
                    .copied()
            };
            if let Some(o) = existing {
                self.info.uses.insert(id.id, o);
                if !matches!(self.tcx.obj(o).kind, ObjKind::Var(_)) {
                    self.error(l.span, format!("cannot assign to {}", expr_string(l)));
                    has_err = true;
                }
                objs.push(o);
                continue;
            }
            let o = self.new_local(id, inv);
            self.info.defs.insert(id.id, Some(o));
            objs.push(o);
            if !id.is_blank() {
                new_vars.push((o, id));
            }
        }
        // Evaluate the right-hand side; existing variables take assignments,
        // new ones take their types from the values.
        let new_set: Vec<ObjId> = new_vars.iter().map(|(o, _)| *o).collect();
        let xs: Option<Vec<Operand<'a>>> = if lhs.len() == rhs.len() && !is_single_call(rhs) {
            Some(
                rhs.iter()
                    .enumerate()
                    .map(|(i, r)| {
                        let hint = if new_set.contains(&objs[i]) {
                            None
                        } else {
                            Some(self.tcx.obj(objs[i]).ty)
                        };
                        self.expr_hint(r, hint.filter(|t| !self.is_invalid_ty(*t)))
                    })
                    .collect(),
            )
        } else {
            self.multi_rhs(lhs.len(), rhs)
        };
        if let Some(xs) = xs {
            for (i, mut x) in xs.into_iter().enumerate() {
                let o = objs[i];
                let is_new = new_set.contains(&o) || self.tcx.obj(o).name == "_";
                if is_new {
                    self.init_var(o, &mut x, None, "assignment");
                } else if !x.is_invalid() {
                    let t = self.tcx.obj(o).ty;
                    let spell = self.spell_obj(o);
                    self.assignment_spelled(&mut x, Some(t), Some(&spell), "assignment");
                }
            }
        }
        if new_vars.is_empty() && !has_err {
            self.error(op_span, errors::no_new_vars());
        }
        for (o, id) in new_vars {
            self.declare_local(id.name, o, id.span);
        }
    }

    // ---------------------------------------------------------------------
    // Local declarations.

    fn decl_stmt(&mut self, d: &'a Decl<'a>) {
        let inv = self.invalid();
        match d {
            Decl::Const(g) => {
                let mut last: Option<&'a crate::syntax::ast::ValueSpec<'a>> = None;
                for spec in g.specs {
                    let inherited = spec.ty.is_none() && spec.values.is_empty();
                    let src = if inherited {
                        last.unwrap_or(spec)
                    } else {
                        spec
                    };
                    if !inherited {
                        last = Some(spec);
                    }
                    let saved = self.iota.replace(ConstValue::int(spec.index as i64));
                    let typ = src.ty.map(|t| self.type_expr(t));
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let o = self.new_obj(
                            ObjKind::Const(ConstValue::int(0)),
                            n.name,
                            inv,
                            n.span,
                            Some(n.id),
                        );
                        self.info.defs.insert(n.id, Some(o));
                        if let Some(init) = src.values.get(i) {
                            let mut x = self.expr(init);
                            if !x.is_invalid() && x.mode != OpMode::Constant {
                                let msg = format!("{} is not constant", self.describe(&x));
                                self.error(init.span, msg);
                                x.mode = OpMode::Invalid;
                            }
                            if let Some(t) = typ {
                                self.assignment(&mut x, Some(t), "constant declaration");
                            }
                            if !x.is_invalid() {
                                let ob = self.tcx.obj_mut(o);
                                ob.ty = x.ty;
                                ob.kind =
                                    ObjKind::Const(x.val.clone().unwrap_or(ConstValue::int(0)));
                            }
                        }
                        objs.push((o, n));
                    }
                    self.arity(spec.names, src.values, true, inherited);
                    self.iota = saved;
                    for (o, n) in objs {
                        self.declare_local(n.name, o, n.span);
                    }
                }
            }
            Decl::Var(g) => {
                for spec in g.specs {
                    let typ = spec.ty.map(|t| self.type_expr(t));
                    let mut objs = Vec::new();
                    for n in spec.names {
                        let o = self.new_local(n, typ.unwrap_or(inv));
                        self.info.defs.insert(n.id, Some(o));
                        if let (Some(te), Some(t)) = (spec.ty, typ) {
                            let spell = self.spell_type_expr(te, t);
                            self.set_spell(o, spell);
                        }
                        objs.push(o);
                    }
                    if !spec.values.is_empty() {
                        if spec.values.len() == spec.names.len() || spec.values.len() == 1 {
                            self.init_vars(&objs, spec.values, typ, None);
                        } else {
                            for v in spec.values {
                                self.expr(v);
                            }
                            self.assign_error(spec.values, spec.names.len(), spec.values.len());
                        }
                    }
                    for (o, n) in objs.into_iter().zip(spec.names) {
                        self.declare_local(n.name, o, n.span);
                    }
                }
            }
            Decl::Type(g) => {
                for spec in g.specs {
                    let o = self.new_obj(
                        ObjKind::TypeName,
                        spec.name.name,
                        inv,
                        spec.name.span,
                        Some(spec.name.id),
                    );
                    self.info.defs.insert(spec.name.id, Some(o));
                    if let (true, Some(tp)) = (spec.alias, spec.tparams) {
                        // A local generic alias (see `type_decl`).
                        self.open_scope(false);
                        let tps = self.declare_tparams(tp);
                        self.gen.alias_tparams.insert(o, tps);
                        let t = self.type_expr(spec.ty);
                        self.close_scope();
                        self.tcx.obj_mut(o).ty = t;
                        self.declare_local(spec.name.name, o, spec.name.span);
                        continue;
                    }
                    if spec.alias {
                        let t = self.type_expr(spec.ty);
                        self.tcx.obj_mut(o).ty = t;
                        let spell = self.spell_type_expr(spec.ty, t);
                        self.set_spell(o, spell);
                        self.declare_local(spec.name.name, o, spec.name.span);
                        continue;
                    }
                    let named = self.tcx.new_named(o);
                    self.tcx.obj_mut(o).ty = named;
                    self.declare_local(spec.name.name, o, spec.name.span);
                    if let Some(tp) = spec.tparams {
                        // A local generic type: its instances are checked
                        // with the names visible here.
                        let mut locals = std::collections::HashMap::new();
                        for sc in &self.scopes {
                            locals.extend(sc.names.iter().map(|(n, &o)| (n.clone(), o)));
                        }
                        let names = tp
                            .fields
                            .iter()
                            .flat_map(|f| f.names.iter().map(|n| n.name))
                            .collect();
                        self.gen.types.insert(
                            o,
                            super::generic::GenericType {
                                pkg: self.pkg,
                                file: self.cur_file,
                                spec,
                                names,
                                methods: Vec::new(),
                                locals: Some(locals),
                            },
                        );
                        self.generic_type_decl(named, spec, tp);
                        continue;
                    }
                    let rhs = self.type_expr(spec.ty);
                    let u = self.tcx.underlying(rhs);
                    if let Type::Named(n) = self.tcx.ty(named).clone() {
                        self.tcx.named[n.0 as usize].underlying = if u == named { inv } else { u };
                    }
                }
            }
            Decl::Func(_) | Decl::Bad(_) => {}
        }
    }

    // ---------------------------------------------------------------------
    // Switches and loops.

    fn switch_stmt(
        &mut self,
        init: Option<&'a Stmt<'a>>,
        tag: Option<&'a Expr<'a>>,
        body: &'a [CaseClause<'a>],
        ctx: StmtCtx,
    ) {
        self.open_scope(false);
        if let Some(i) = init {
            self.stmt(i, ctx);
        }
        let x: Operand<'a> = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid()
                    && !super::lookup::comparable(self.tcx, x.ty)
                    && !self.has_nil(x.ty)
                {
                    let msg = format!(
                        "cannot switch on {} ({} is not comparable)",
                        self.describe(&x),
                        self.op_type_str(&x)
                    );
                    self.error(t.span, msg);
                    x.mode = OpMode::Invalid;
                }
                x
            }
            None => Operand {
                mode: OpMode::Constant,
                ty: self.basic(BasicKind::Bool),
                val: Some(ConstValue::Bool(true)),
                expr: None,
            },
        };
        let mut seen_default: Option<Span> = None;
        let mut seen: Vec<(ConstValue, TypeId, Span)> = Vec::new();
        for cc in body {
            if cc.is_default {
                if let Some(first) = seen_default {
                    let msg = format!("multiple defaults (first at {})", self.sm.pos(first));
                    self.error(cc.span, msg);
                } else {
                    seen_default = Some(cc.span);
                }
            }
            for e in cc.list.iter() {
                let mut y = self.expr(e);
                if x.is_invalid() || y.is_invalid() {
                    continue;
                }
                let mut xx = x.clone();
                if tag.is_none() {
                    xx.expr = None;
                }
                // types2's caseValues: the case value converts to the
                // tag's type (`cannot convert "a" (untyped string
                // constant) to type int`), then the two are compared.
                self.convert_untyped(&mut y, xx.ty);
                if y.is_invalid() {
                    continue;
                }
                let (yv, yt) = (y.val.clone(), y.ty);
                if tag.is_none() && !self.is_boolean(y.ty) {
                    let msg = format!(
                        // types2 names the missing tag `true`.
                        "invalid case {} in switch on true (mismatched types {} and bool)",
                        expr_string(e),
                        self.op_type_str(&y)
                    );
                    self.error(e.span, msg);
                    continue;
                }
                let mut res = y.clone();
                self.comparison_ext(None, BinaryOp::Eq, &mut res, &mut xx, Some(()));
                if res.is_invalid() {
                    continue;
                }
                if y.mode == OpMode::Constant {
                    if let Some(v) = yv {
                        if let Some((_, _, prev)) =
                            seen.iter().find(|(pv, pt, _)| *pv == v && *pt == yt)
                        {
                            let msg = format!(
                                "duplicate case {} in expression switch\n\t{}: previous case",
                                self.describe(&y),
                                self.sm.pos(*prev)
                            );
                            self.error(e.span, msg);
                        } else {
                            seen.push((v, yt, e.span));
                        }
                    }
                }
            }
            self.open_scope(false);
            self.stmt_list(cc.body, ctx);
            self.close_scope();
        }
        self.close_scope();
    }

    fn type_switch(
        &mut self,
        init: Option<&'a Stmt<'a>>,
        bind: Option<&'a crate::syntax::ast::Ident<'a>>,
        xe: &'a Expr<'a>,
        body: &'a [CaseClause<'a>],
        ctx: StmtCtx,
    ) {
        self.open_scope(false);
        if let Some(i) = init {
            self.stmt(i, ctx);
        }
        if let Some(b) = bind {
            self.info.defs.insert(b.id, None);
            if b.is_blank() {
                self.error(b.span, "no new variable on left side of :=");
            }
        }
        let x = self.expr(xe);
        let valid = !x.is_invalid() && matches!(self.tcx.under(x.ty), Type::Interface(_));
        if !x.is_invalid() && !valid {
            let msg = format!("{} is not an interface", self.describe(&x));
            self.error(xe.span, msg);
        }
        let mut clause_vars = Vec::new();
        let mut seen: Vec<(Option<TypeId>, Span)> = Vec::new();
        let mut seen_default: Option<Span> = None;
        for cc in body {
            if cc.is_default {
                if let Some(first) = seen_default {
                    let msg = format!("multiple defaults (first at {})", self.sm.pos(first));
                    self.error(cc.span, msg);
                } else {
                    seen_default = Some(cc.span);
                }
            }
            let mut single: Option<TypeId> = None;
            for e in cc.list.iter() {
                let t = if is_nil_ident(e)
                    && self
                        .lookup("nil")
                        .is_some_and(|o| matches!(self.tcx.obj(o).kind, ObjKind::Nil))
                {
                    let o = self.lookup("nil").unwrap();
                    if let ExprKind::Ident(id) = &unparen(e).kind {
                        self.info.uses.insert(id.id, o);
                    }
                    let un = self.basic(BasicKind::UntypedNil);
                    self.record(e, Mode::Value, un, None);
                    None
                } else {
                    let t = self.type_expr(e);
                    if self.is_invalid_ty(t) {
                        continue;
                    }
                    Some(t)
                };
                if let Some((_, prev)) = seen.iter().find(|(pt, _)| *pt == t) {
                    let ts = t
                        .map(|t| self.spell_str(&self.spell_type_expr(e, t)))
                        .unwrap_or_else(|| "nil".to_string());
                    let msg = format!(
                        "duplicate case {ts} in type switch\n\t{}: previous case",
                        self.sm.pos(*prev)
                    );
                    self.error(e.span, msg);
                } else {
                    seen.push((t, e.span));
                }
                if let (Some(t), true) = (t, valid) {
                    self.type_assertion(e, &x, t, true);
                }
                single = t;
            }
            self.open_scope(false);
            if let Some(b) = bind {
                let t = if let (1, Some(s)) = (cc.list.len(), single) {
                    s
                } else if x.is_invalid() {
                    self.invalid()
                } else {
                    x.ty
                };
                let o = self.new_obj(ObjKind::Var(VarKind::Local), b.name, t, b.span, None);
                let spell = match (cc.list.len(), single) {
                    (1, Some(s)) => self.spell_type_expr(cc.list[0], s),
                    _ => self.spell_operand(&x),
                };
                self.set_spell(o, spell);
                self.info.implicits.insert(cc.implicit, o);
                if !b.is_blank() {
                    self.scopes
                        .last_mut()
                        .unwrap()
                        .names
                        .insert(b.name.to_string(), o);
                }
                clause_vars.push(o);
            }
            self.stmt_list(cc.body, ctx);
            self.close_scope();
        }
        if let Some(b) = bind {
            if !b.is_blank() && !clause_vars.iter().any(|o| self.used_vars.contains(o)) {
                self.error(b.span, errors::binding_not_used(b.name));
            }
        }
        self.close_scope();
    }

    #[allow(clippy::too_many_arguments)]
    /// `vars` are the iteration variables as written: key, value, and a
    /// third one if the program (wrongly) has one.
    fn range_stmt(
        &mut self,
        [key, value, extra]: [Option<&'a Expr<'a>>; 3],
        op: Option<AssignOp>,
        xe: &'a Expr<'a>,
        body: &'a Block<'a>,
        range_span: Span,
        ctx: StmtCtx,
    ) {
        self.open_scope(false);
        let mut x = self.expr(xe);
        let mut described = String::new();
        let mut cause = String::new();
        let mut kt: Option<TypeId> = None;
        let mut vt: Option<TypeId> = None;
        let int = self.basic(BasicKind::Int);
        let mut no_vars = false;
        // A range over an integer: the operand before conversion (`k =
        // range x` assigns it to `k` as types2 does).
        let mut int_operand: Option<Operand<'a>> = None;
        if !x.is_invalid() {
            let u = self.tcx.under(x.ty).clone();
            let mut ok = true;
            match u {
                Type::Basic(k) if super::expr::is_string_kind(k) => {
                    if self.is_untyped(x.ty) {
                        let s = self.basic(BasicKind::String);
                        self.convert_untyped(&mut x, s);
                    }
                    kt = Some(int);
                    vt = Some(self.basic(BasicKind::Int32));
                }
                Type::Basic(k) if super::expr::is_integer_kind(k) => {
                    // Errors below describe the operand as written.
                    described = self.describe(&x);
                    int_operand = Some(x.clone());
                    if self.is_untyped(x.ty) {
                        self.convert_untyped(&mut x, int);
                    }
                    kt = Some(x.ty);
                }
                Type::Array(el, _) | Type::Slice(el) => {
                    kt = Some(int);
                    vt = Some(el);
                }
                Type::Pointer(p) => match self.tcx.under(p).clone() {
                    Type::Array(el, _) => {
                        kt = Some(int);
                        vt = Some(el);
                    }
                    _ => ok = false,
                },
                Type::Map(k, v) => {
                    kt = Some(k);
                    vt = Some(v);
                }
                Type::Chan(dir, el) => {
                    if dir == crate::syntax::ast::ChanDir::Send {
                        cause = format!("receive from send-only channel {}", self.op_type_str(&x));
                        ok = false;
                    } else {
                        kt = Some(el);
                    }
                }
                Type::Func(sig) => match self.range_func_kv(&sig) {
                    Ok((k, v)) => {
                        kt = k;
                        vt = v;
                        no_vars = k.is_none();
                    }
                    Err(c) => {
                        cause = c;
                        ok = false;
                    }
                },
                _ => ok = false,
            }
            // types2 reports the first of these that applies.
            if !ok {
                let mut msg = format!("cannot range over {}", self.describe(&x));
                if !cause.is_empty() {
                    msg = format!("{msg}: {cause}");
                }
                self.error(xe.span, msg);
            } else if let (Some(k), true) = (key, no_vars) {
                let msg = format!(
                    "range over {} permits no iteration variables",
                    self.describe(&x)
                );
                self.error(k.span, msg);
            } else if let (Some(v), None) = (value, vt) {
                if described.is_empty() {
                    described = self.describe(&x);
                }
                let msg = format!("range over {described} permits only one iteration variable");
                self.error(v.span, msg);
            } else if let Some(e) = extra {
                self.error(
                    e.span,
                    "range clause permits at most two iteration variables",
                );
            }
        }
        let _ = range_span;
        let targets = [(key, kt), (value, vt)];
        let (ks, vs) = self.spell_range(xe);
        let spells = [ks, vs];
        match op {
            Some(AssignOp::Define) => {
                let mut new_vars = Vec::new();
                for ((e, t), spell) in targets.into_iter().zip(spells) {
                    let Some(e) = e else { continue };
                    let ExprKind::Ident(id) = &e.kind else {
                        self.error(
                            e.span,
                            format!("non-name {} on left side of :=", expr_string(e)),
                        );
                        continue;
                    };
                    let o = self.new_local(id, t.unwrap_or(self.invalid()));
                    if let Some(spell) = spell {
                        self.set_spell(o, spell);
                    }
                    if t.is_none_or(|t| self.is_invalid_ty(t)) {
                        // Like types2: no complaint that it is unused.
                        self.used_vars.insert(o);
                    }
                    self.info.defs.insert(id.id, Some(o));
                    new_vars.push((o, *id));
                }
                if new_vars.iter().all(|(_, id)| id.is_blank()) && !new_vars.is_empty() {
                    let at = key.map(|k| k.span).unwrap_or(range_span);
                    self.error(at, errors::no_new_vars());
                }
                self.open_scope(false);
                for (o, id) in &new_vars {
                    self.declare_local(id.name, *o, id.span);
                }
                self.stmt_list(body.stmts, ctx);
                self.close_scope();
            }
            Some(_) => {
                let range_over_int = !described.is_empty();
                for ((e, t), spell) in targets.into_iter().zip(spells) {
                    let (Some(e), Some(t)) = (e, t) else { continue };
                    let spell = spell.unwrap_or(Spell::Ty(t)).checked(self.tcx, t);
                    let v = Operand {
                        mode: OpMode::Value,
                        ty: t,
                        val: None,
                        expr: None,
                    };
                    let target = self.lhs_var(e);
                    if let Some(xi) = int_operand.as_ref().filter(|_| range_over_int) {
                        // types2: `assignVar(k, x, "range clause")`, and the
                        // (possibly untyped) x must then be an integer.
                        let mut xv = xi.clone();
                        match target {
                            Some(tg) if tg.is_invalid() => {}
                            Some(tg) => {
                                let spell = self.spell_operand(&tg);
                                self.assignment_spelled(
                                    &mut xv,
                                    Some(tg.ty),
                                    Some(&spell),
                                    "range clause",
                                );
                                if !xv.is_invalid()
                                    && !matches!(self.tcx.under(xv.ty), Type::Basic(k) if super::expr::is_integer_kind(*k))
                                {
                                    let msg = format!(
                                        "cannot use iteration variable of type {}",
                                        self.op_type_str(&xv)
                                    );
                                    self.error(e.span, msg);
                                }
                            }
                            None => self.assignment(&mut xv, None, "range clause"),
                        }
                        continue;
                    }
                    if let Some(tg) = target {
                        if !tg.is_invalid() && !super::lookup::assignable(self.tcx, t, tg.ty) {
                            let msg = errors::cannot_use(
                                &format!(
                                    "{} (value of type {})",
                                    expr_string(e),
                                    self.spell_str(&spell)
                                ),
                                &self.op_type_str(&tg),
                                // types2 checks `k = range x` as an assignment
                                // of the key's type.
                                "assignment",
                                "",
                            );
                            self.error(e.span, msg);
                        }
                    }
                    let _ = v;
                }
                self.block(body, ctx);
            }
            None => self.block(body, ctx),
        }
        self.close_scope();
    }
}

impl Checker<'_, '_> {
    /// The key and value types of a range over a function of signature
    /// `sig` (Go 1.23 range-over-func: `func(yield func(K, V) bool)` with
    /// zero to two yield parameters), or types2's reason why it cannot be
    /// ranged over (`rangeKeyVal`).
    fn range_func_kv(&self, sig: &Signature) -> Result<(Option<TypeId>, Option<TypeId>), String> {
        const MUST: &str = "func must be func(yield func(...) bool)";
        if sig.params.len() != 1 {
            return Err(format!("{MUST}: wrong argument count"));
        }
        if !sig.results.is_empty() {
            return Err(format!("{MUST}: unexpected results"));
        }
        let Type::Func(cb) = self.tcx.under(sig.params[0]).clone() else {
            return Err(format!("{MUST}: argument is not func"));
        };
        if cb.params.len() > 2 {
            return Err(format!("{MUST}: yield func has too many parameters"));
        }
        let bool_t = self.basic(BasicKind::Bool);
        if cb.results.len() != 1 || cb.results[0] != bool_t {
            if cb.results.len() == 1 && self.is_boolean(cb.results[0]) {
                return Err(format!(
                    "{MUST}: yield func returns user-defined boolean, not bool"
                ));
            }
            return Err(format!("{MUST}: yield func does not return bool"));
        }
        if cb.variadic {
            return Err(format!(
                "yield func of type {} cannot be variadic",
                self.type_str(self.tcx.underlying(sig.params[0]))
            ));
        }
        Ok((cb.params.first().copied(), cb.params.get(1).copied()))
    }
}

/// A right-hand side consisting of one call (possibly multi-valued).
fn is_single_call(rhs: &[&Expr<'_>]) -> bool {
    rhs.len() == 1 && matches!(unparen(rhs[0]).kind, ExprKind::Call { .. })
}

fn is_recv(e: &Expr<'_>) -> bool {
    matches!(
        unparen(e).kind,
        ExprKind::Unary {
            op: UnaryOp::Recv,
            ..
        }
    )
}

fn is_nil_ident(e: &Expr<'_>) -> bool {
    matches!(&unparen(e).kind, ExprKind::Ident(id) if id.name == "nil")
}

// -------------------------------------------------------------------------
// Terminating statements (spec "Terminating statements").

/// Whether a statement list ends in a terminating statement.
pub fn is_terminating_list(list: &[Stmt<'_>]) -> bool {
    let mut n = list.len();
    while n > 0 && matches!(list[n - 1].kind, StmtKind::Empty) {
        n -= 1;
    }
    n > 0 && is_terminating(&list[n - 1], None)
}

fn is_terminating(s: &Stmt<'_>, label: Option<&str>) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Branch {
            kind: BranchKind::Goto | BranchKind::Fallthrough,
            ..
        } => true,
        StmtKind::Expr(e) => {
            if let ExprKind::Call { fun, .. } = &unparen(e).kind {
                matches!(&unparen(fun).kind, ExprKind::Ident(id) if id.name == "panic")
            } else {
                false
            }
        }
        StmtKind::Labeled { label, stmt } => is_terminating(stmt, Some(label.name)),
        StmtKind::Block(b) => is_terminating_list(b.stmts),
        StmtKind::If { then, els, .. } => {
            els.is_some_and(|e| is_terminating(e, None)) && is_terminating_list(then.stmts)
        }
        StmtKind::For { cond, body, .. } => {
            cond.is_none() && !has_break_list(body.stmts, label, true)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            let mut has_default = false;
            for cc in body.iter() {
                if cc.is_default {
                    has_default = true;
                }
                if !is_terminating_list(cc.body) || has_break_list(cc.body, label, true) {
                    return false;
                }
            }
            has_default
        }
        StmtKind::Select { body, .. } => {
            for cc in body.iter() {
                if !is_terminating_list(cc.body) || has_break_list(cc.body, label, true) {
                    return false;
                }
            }
            true
        }
        _ => false,
    }
}

fn has_break_list(list: &[Stmt<'_>], label: Option<&str>, implicit: bool) -> bool {
    list.iter().any(|s| has_break(s, label, implicit))
}

fn has_break(s: &Stmt<'_>, label: Option<&str>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => implicit,
            Some(l) => Some(l.name) == label,
        },
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::Block(b) => has_break_list(b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(then.stmts, label, implicit)
                || els.is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            label.is_some() && body.iter().any(|cc| has_break_list(cc.body, label, false))
        }
        StmtKind::Select { body, .. } => {
            label.is_some() && body.iter().any(|cc| has_break_list(cc.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break_list(body.stmts, label, false)
        }
        _ => false,
    }
}
