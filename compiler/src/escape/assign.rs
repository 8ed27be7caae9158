//! Assignments (gc's `assign.go`): the holes that places provide, and the
//! flows of `dst = src` lists, with gc's rules for reassignment and
//! self-assignment.
//!
//! See `escape/mod.rs` for the overview.

use super::graph::{Hole, LocKind};
use super::utils::{has_pointers, is_array};
use super::Escape;
use crate::diag::Diagnostic;
use crate::ir::{BuiltinOp, Expr, ExprKind, LocalId, LocalKind, Stmt};
use crate::syntax::span::Span;

impl Escape<'_, '_, '_> {
    /// The hole for storing into place `n` (gc's `addr`). Stores through a
    /// pointer or into a slice or map go "somewhere": the heap.
    pub fn addr(&mut self, n: &Expr) -> Hole {
        let tcx = self.b.tcx;
        match &n.kind {
            ExprKind::Blank => self.b.discard_hole(),
            ExprKind::Local(l) => Hole::new(self.b.var_loc(self.cur, *l)),
            ExprKind::Global(_) => self.b.heap_hole(),
            ExprKind::Field(x, _) => match &x.kind {
                ExprKind::Deref(p) => {
                    self.mutate(p);
                    self.b.heap_hole()
                }
                _ => self.addr(x),
            },
            ExprKind::Index(x, i) => {
                self.discard(i);
                if is_array(tcx, x.ty) {
                    self.addr(x)
                } else {
                    self.mutate(x);
                    self.b.heap_hole()
                }
            }
            ExprKind::Deref(p) => {
                self.mutate(p);
                self.b.heap_hole()
            }
            ExprKind::MapIndex { map, key, .. } => {
                self.discard(map);
                self.assign_heap(key, "key of map put", n.span);
                self.b.heap_hole()
            }
            _ => {
                // Not a place (I4); evaluate it and keep nothing.
                self.discard(n);
                self.b.discard_hole()
            }
        }
    }

    fn mutate(&mut self, n: &Expr) {
        let k = self.b.mutator_hole();
        self.expr(k, n);
    }

    pub fn addrs(&mut self, l: &[Expr]) -> Vec<Hole> {
        l.iter().map(|n| self.addr(n)).collect()
    }

    /// `src` is stored somewhere unknown: the heap.
    pub fn assign_heap(&mut self, src: &Expr, why: &'static str, where_: Span) {
        let keep = self.b.keep_notes;
        let k = self.b.heap_hole().note(keep, where_, why);
        self.expr(k, src);
    }

    pub(crate) fn assign_stmt(
        &mut self,
        places: &[Expr],
        rhs: &[Expr],
        pending: &[LocalId],
        _s: &Stmt,
    ) {
        // The whole statement, which `-m=2` prints (`x = y` at its `=`).
        let span = match (places.first(), rhs.last()) {
            (Some(p), Some(r)) if r.span.file == p.span.file && r.span.hi > p.span.lo => {
                Span::new(p.span.file, p.span.lo, r.span.hi)
            }
            (Some(p), _) => p.span,
            _ => Span::default(),
        };
        if rhs.len() == 1 && places.len() > 1 {
            match &rhs[0].kind {
                ExprKind::Call { .. } | ExprKind::Builtin { .. } => {
                    let ks = self.addrs(places);
                    self.call(ks.clone(), &rhs[0]);
                    self.reassigned(&ks, places, pending);
                }
                ExprKind::TypeAssert { .. } => {
                    self.assign_list(places, rhs, "assign-pair-dot-type", span, pending)
                }
                ExprKind::MapIndex { .. } => {
                    self.assign_list(places, rhs, "assign-pair-mapr", span, pending)
                }
                _ => self.assign_list(places, rhs, "assign-pair", span, pending),
            }
            return;
        }
        let why = if places.len() == 1 {
            "assign"
        } else {
            "assign-pair"
        };
        self.assign_list(places, rhs, why, span, pending);
    }

    /// `dsts = srcs`, element-wise (gc's `assignList`).
    pub fn assign_list(
        &mut self,
        dsts: &[Expr],
        srcs: &[Expr],
        why: &'static str,
        where_: Span,
        pending: &[LocalId],
    ) {
        let keep = self.b.keep_notes;
        let ks = self.addrs(dsts);
        for (i, k) in ks.iter().enumerate() {
            let Some(src) = srcs.get(i) else { continue };
            let mut k = k.clone();
            // A range loop's value flows from its operand's `{temp}` with
            // gc's one note; the temporary is assigned without one.
            if let Some((t, derefs, why)) = self.range_value(src) {
                if k.derefs + derefs >= 0 && has_pointers(self.b.tcx, src.ty) {
                    let loc = self.b.var_loc(self.cur, t);
                    let k = k.shift(derefs).note(keep, src.span, why);
                    self.b.flow(k, loc);
                }
                continue;
            }
            let range_temp = matches!(dsts[i].kind,
                ExprKind::Local(l) if self.func().local(l).kind == LocalKind::RangeTemp);
            let map_elem = matches!(
                src.kind,
                ExprKind::Builtin {
                    op: BuiltinOp::MapIterElem,
                    ..
                }
            );
            if range_temp || map_elem {
                self.expr(k, src);
                continue;
            }
            // `x.f op= y` is gc's OASOP, which assigns `y` to `x.f`; the
            // lowered `x.f op y` is positioned at the operator.
            let op_rhs = match &src.kind {
                ExprKind::Binary(_, _, y) => Some(&**y),
                ExprKind::Concat(xs, _) if xs.len() == 2 => xs.get(1),
                _ => None,
            };
            let (self_src, where_) = match op_rhs {
                Some(y)
                    if dsts.len() == 1
                        && src.span.lo >= dsts[i].span.hi
                        && y.span.lo >= src.span.hi =>
                {
                    let w = Span::new(where_.file, dsts[i].span.lo, y.span.hi);
                    if self.b.is_op_assign(w) {
                        (y, w)
                    } else {
                        (src, where_)
                    }
                }
                _ => (src, where_),
            };
            // Lowering evaluates an operand of `x.q.f op= y` once, into a
            // temporary gc does not have yet: look through it.
            let cur = self.cur;
            let b = &*self.b;
            let temp_value = |l: LocalId| -> Option<&Expr> {
                if b.func(cur).local(l).kind != LocalKind::Temp {
                    return None;
                }
                match b.assigns.get(&(cur, l))?.as_slice() {
                    [Some(e)] => Some(*e),
                    _ => None,
                }
            };
            if is_self_assign(&dsts[i], self_src, &temp_value) {
                // gc says so at -m, at the statement's operator.
                if self.b.st.reports(self.b.prog, self.cur) {
                    let msg = format!(
                        "{} ignoring self-assignment in {}",
                        self.b.fn_name(self.cur),
                        self.b.src_text(where_)
                    );
                    let pos = self.b.gc_pos(where_);
                    self.b.st.notes.push(Diagnostic::note(pos, msg));
                }
                k = self.b.discard_hole();
            }
            // A package-level `x = rhs` is positioned at `x`.
            let k = if super::is_var_init(self.func()) {
                k.note_pos(keep, where_, why, dsts[i].span.start())
            } else {
                k.note(keep, where_, why)
            };
            self.expr(k, src);
        }
        self.reassigned(&ks, dsts, pending);
    }

    /// The value of a range loop's iteration read from the temporary
    /// holding its operand (`tmp[i]`, `(*tmp)[i]`): that temporary, the
    /// derefs and gc's note (`range` for an array, else `range-deref`).
    fn range_value(&self, e: &Expr) -> Option<(LocalId, i32, &'static str)> {
        let ExprKind::Index(x, _) = &e.kind else {
            return None;
        };
        let (l, derefs, why) = match &x.kind {
            ExprKind::Local(l) if is_array(self.b.tcx, x.ty) => (*l, 0, "range"),
            ExprKind::Local(l) => (*l, 1, "range-deref"),
            ExprKind::Deref(p) => match p.kind {
                ExprKind::Local(l) => (l, 1, "range-deref"),
                _ => return None,
            },
            _ => return None,
        };
        (self.func().local(l).kind == LocalKind::RangeTemp).then_some((l, derefs, why))
    }

    /// Marks the assigned variables as reassigned, except at their definition.
    pub fn reassigned(&mut self, ks: &[Hole], dsts: &[Expr], pending: &[LocalId]) {
        for (k, d) in ks.iter().zip(dsts) {
            if let ExprKind::Local(l) = d.kind {
                // gc assigns a range loop's variables on every iteration
                // (its ORANGE, or the copy from the per-iteration
                // temporary, both count): only a capture at the loop's
                // own depth forgets that (`closure_captured`).
                if pending.contains(&l) && !self.is_range_var(l) {
                    continue;
                }
            }
            if matches!(self.b.loc(k.dst).kind, LocKind::Var(..)) {
                self.b.loc_mut(k.dst).reassigned = true;
            }
        }
    }
}

/// The variable a pointer expression names, for gc's self-assignment rules.
fn ptr_name(e: &Expr) -> Option<LocalId> {
    match &e.kind {
        ExprKind::Local(l) => Some(*l),
        _ => None,
    }
}

/// `*p = (*p)[i:j]` or `p.f = p.f[i:j]`: storing a re-slice of a value into
/// the place it came from adds no new flow (gc's `isSliceSelfAssign`).
fn is_slice_self_assign(dst: &Expr, src: &Expr) -> bool {
    let dst_x = match &dst.kind {
        ExprKind::Deref(p) => p,
        ExprKind::Field(x, _) => match &x.kind {
            ExprKind::Deref(p) => p,
            _ => return false,
        },
        _ => return false,
    };
    let Some(dn) = ptr_name(dst_x) else {
        return false;
    };
    let ExprKind::Slice { x: base, .. } = &src.kind else {
        return false;
    };
    let base_x = match &base.kind {
        ExprKind::Deref(p) => p,
        ExprKind::Field(x, _) => match &x.kind {
            ExprKind::Deref(p) => p,
            _ => return false,
        },
        _ => return false,
    };
    ptr_name(base_x) == Some(dn)
}

/// A lowering temporary's one value, if it has one.
type TempValue<'a, 'e> = dyn Fn(LocalId) -> Option<&'e Expr> + 'a;

/// gc's `isSelfAssign`: `s.f = s.g`-like assignments within one object.
fn is_self_assign(dst: &Expr, src: &Expr, temp: &TempValue) -> bool {
    if is_slice_self_assign(dst, src) {
        return true;
    }
    match (&dst.kind, &src.kind) {
        (ExprKind::Field(a, _), ExprKind::Field(b, _)) => same_safe(a, b, temp),
        (ExprKind::Index(a, i), ExprKind::Index(b, j)) => {
            !may_affect_memory(i) && !may_affect_memory(j) && same_safe(a, b, temp)
        }
        _ => false,
    }
}

fn same_safe(a: &Expr, b: &Expr, temp: &TempValue) -> bool {
    match (&a.kind, &b.kind) {
        (ExprKind::Local(x), ExprKind::Local(y)) if x == y => true,
        (ExprKind::Local(x), _) if temp(*x).is_some() => same_safe(temp(*x).unwrap(), b, temp),
        (_, ExprKind::Local(y)) if temp(*y).is_some() => same_safe(a, temp(*y).unwrap(), temp),
        (ExprKind::Global(x), ExprKind::Global(y)) => x == y,
        (ExprKind::Deref(x), ExprKind::Deref(y)) => same_safe(x, y, temp),
        (ExprKind::Field(x, i), ExprKind::Field(y, j)) => i == j && same_safe(x, y, temp),
        _ => false,
    }
}

fn may_affect_memory(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Local(_) | ExprKind::Const(_) | ExprKind::Zero => false,
        ExprKind::Binary(_, x, y) | ExprKind::Index(x, y) => {
            may_affect_memory(x) || may_affect_memory(y)
        }
        ExprKind::Convert(x)
        | ExprKind::Unary(_, x)
        | ExprKind::Field(x, _)
        | ExprKind::Deref(x) => may_affect_memory(x),
        _ => true,
    }
}

impl Escape<'_, '_, '_> {
    /// Whether local `l` of the current function is declared by a `range`
    /// clause (`for k, v := range x`), read from the source.
    fn is_range_var(&self, l: LocalId) -> bool {
        let local = self.func().local(l);
        if local.kind != LocalKind::Var {
            return false;
        }
        let span = local.span;
        let Some(file) = self.b.sm.files.get(span.file.0 as usize) else {
            return false;
        };
        let Some(after) = file.text.get(span.hi as usize..) else {
            return false;
        };
        let head = after.split(['{', '\n']).next().unwrap_or("");
        let head = head.trim_start();
        let head = match head.strip_prefix(',') {
            // `k, v := range`: skip the value's name.
            Some(rest) => rest
                .trim_start()
                .trim_start_matches(|c: char| c.is_alphanumeric() || c == '_'),
            None => head,
        };
        head.trim_start()
            .strip_prefix(":=")
            .is_some_and(|r| r.trim_start().starts_with("range"))
    }
}
