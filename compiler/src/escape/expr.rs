//! Expressions: evaluating an IR expression into a `Hole` (gc's `expr.go`).
//!
//! Each case says where the expression's value comes from: a variable (an
//! edge from its location), an allocation (a new location whose address
//! flows, `spill`), or its operands with the derefs shifted (`&x` is -1,
//! `*p` is +1). See `escape/mod.rs` for the derefs table.

use super::graph::Hole;
use super::utils::{has_pointers, is_array, is_direct_iface, is_interface};
use super::Escape;
use crate::ir::{AllocKind, Expr, ExprKind};
use crate::types::Type;

impl Escape<'_, '_, '_> {
    fn keep(&self) -> bool {
        self.b.keep_notes
    }

    /// Evaluates `e` and flows its value into `k`.
    pub fn expr(&mut self, mut k: Hole, e: &Expr) {
        let tcx = self.b.tcx;
        // A value without pointers cannot keep anything alive.
        let tuple = matches!(tcx.ty(e.ty), Type::Tuple(_));
        // An address is a pointer whatever type lowering could name for it
        // (slicing an array `a[:]` takes `&a` typed `uintptr` when the
        // checker never formed `*[N]T`).
        let addr = matches!(e.kind, ExprKind::AddrOf(_));
        if k.derefs >= 0 && !tuple && !addr && !has_pointers(tcx, e.ty) {
            k.dst = super::BLANK_LOC;
        }
        let keep = self.keep();
        let span = e.span;
        match &e.kind {
            ExprKind::Const(_)
            | ExprKind::Zero
            | ExprKind::Global(_)
            | ExprKind::FuncRef(_)
            | ExprKind::Blank
            | ExprKind::TypeDesc(_) => {}
            ExprKind::Local(l) => {
                let loc = self.b.var_loc(self.cur, *l);
                self.b.flow(k, loc);
            }
            ExprKind::Unary(_, x) => self.discard(x),
            ExprKind::Binary(_, x, y) => {
                self.discard(x);
                self.discard(y);
            }
            ExprKind::AddrOf(x) => self.expr(k.addr_note(keep, span, "address-of"), x),
            ExprKind::Deref(x) => self.expr(k.deref_note(keep, span, "indirection"), x),
            ExprKind::Field(x, _) => match &x.kind {
                ExprKind::Deref(p) => self.expr(k.deref_note(keep, span, "dot of pointer"), p),
                _ => self.expr(k.note(keep, span, "dot"), x),
            },
            ExprKind::TypeAssert { x, comma_ok } => {
                let t = match (comma_ok, tcx.ty(e.ty)) {
                    (true, Type::Tuple(ts)) => ts.first().copied().unwrap_or(e.ty),
                    _ => e.ty,
                };
                let k = if !is_interface(tcx, t) && !is_direct_iface(tcx, t) {
                    k.shift(1)
                } else {
                    k
                };
                self.expr(k.note(keep, span, "dot"), x)
            }
            ExprKind::Index(x, i) => {
                if is_array(tcx, x.ty) {
                    self.expr(k.note(keep, span, "fixed-array-index-of"), x);
                } else {
                    self.expr(k.deref_note(keep, span, "dot of pointer"), x);
                }
                self.discard(i);
            }
            ExprKind::MapIndex { map, key, .. } => {
                self.discard(map);
                self.discard(key);
            }
            // gc's ORECV: the received value comes from nowhere.
            ExprKind::Recv { ch, .. } => self.discard(ch),
            // gc's OSELECT: each send's value goes to the heap.
            ExprKind::Select { cases, .. } => {
                for c in cases {
                    self.discard(&c.ch);
                    if let Some(v) = &c.send {
                        let h = self.b.heap_hole().note(keep, v.span, "send");
                        self.expr(h, v);
                    }
                }
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(k.note(keep, span, "slice"), x);
                for y in [lo, hi, max].into_iter().flatten() {
                    self.discard(y);
                }
            }
            ExprKind::Convert(x) => self.expr(k, x),
            ExprKind::ToIface { x, site } => {
                let mut k = k;
                if !is_interface(tcx, x.ty) && !is_direct_iface(tcx, x.ty) {
                    k = match site {
                        Some(s) => self.spill(k, *s, span),
                        None => {
                            let text = self.b.iface_text(self.cur, e);
                            // A temporary of `f(g())` is converted at `f(`.
                            let at = match x.kind {
                                ExprKind::Local(l) => {
                                    self.b.temp_call_of(self.cur, l).map(|c| c.span)
                                }
                                _ => None,
                            };
                            self.spill_phantom_at(k, span, at.unwrap_or(span), text)
                        }
                    };
                }
                self.expr(k.note(keep, span, "interface-converted"), x);
            }
            ExprKind::IfaceType(x) => self.discard(x),
            ExprKind::Call { .. } | ExprKind::Builtin { .. } => self.call(vec![k], e),
            ExprKind::New(site) => {
                self.spill(k, *site, span);
            }
            ExprKind::Make { args, site } => {
                if self.b.prog.site(*site).kind != AllocKind::MakeChan {
                    self.spill(k, *site, span);
                }
                for a in args {
                    self.discard(a);
                }
            }
            ExprKind::MethodValue { recv, func, site } => {
                let closure_k = self.spill(k, *site, span);
                let nres = self.b.func(*func).results.len();
                let ks: Vec<Hole> = (0..nres).map(|_| self.b.heap_hole()).collect();
                let param_k = self.tag_hole(&ks, Some(*func), 0);
                let k = self.tee_hole(vec![param_k, closure_k]);
                self.expr(k, recv);
            }
            ExprKind::AddrOfLit(lit, site) => {
                let k = self.spill(k, *site, span);
                self.expr(k, lit);
            }
            ExprKind::Composite { elems, site, .. } => {
                // gc's note is on the literal itself: a slice literal
                // prints as its allocation (`... argument` for the
                // implicit slice of a variadic call).
                let (k, why, at) = match site {
                    Some(s) => {
                        let k = self.spill(k, *s, span);
                        let at = Some(k.dst);
                        (k, "slice-literal-element", at)
                    }
                    None if is_array(tcx, e.ty) => (k, "array literal element", None),
                    None => (k, "struct literal element", None),
                };
                for (_, x) in elems {
                    self.expr(k.clone().note_at(keep, span, why, at), x);
                }
            }
            ExprKind::MapLit { entries, site } => {
                self.spill(k, *site, span);
                for (key, v) in entries {
                    self.assign_heap(key, "map literal key", span);
                    self.assign_heap(v, "map literal value", span);
                }
            }
            ExprKind::Closure { func, site } => {
                let k = self.spill(k, *site, span);
                self.b.closures.push((k, super::Captures::Func(*func)));
                self.closure_captured(*func);
                // A literal that captures nothing was analysed in a batch of
                // its own (`is_hidden_closure`).
                if super::is_hidden_closure(self.b.prog, *func) {
                    let mut inner = Escape::new(self.b, *func);
                    if let Some(body) = &inner.func().body {
                        inner.scan_labels(body);
                        inner.block(body);
                    }
                }
            }
            ExprKind::ConvertAlloc(x, site) => {
                self.spill(k, *site, span);
                self.discard(x);
            }
            ExprKind::Concat(parts, site)
                if self.b.prog.site(*site).kind == AllocKind::ConcatAssign =>
            {
                // gc's OASOP: `s += t` is analysed as `s = t`.
                let mut parts = parts.iter();
                if let Some(s) = parts.next() {
                    self.discard(s);
                }
                for t in parts {
                    self.expr(k.clone(), t);
                }
            }
            ExprKind::Concat(parts, site) => {
                self.spill(k, *site, span);
                for p in parts {
                    self.discard(p);
                }
            }
            ExprKind::DecodeRune(s, i) => {
                self.discard(s);
                self.discard(i);
            }
        }
    }

    /// Evaluates `e` for its side effects only.
    pub fn discard(&mut self, e: &Expr) {
        let k = self.b.discard_hole();
        self.expr(k, e);
    }

    /// Marks the variables a function literal captures (gc: a capture in the
    /// same loop iteration forgets earlier reassignments).
    fn closure_captured(&mut self, f: crate::ir::FuncId) {
        let Some(c) = &self.b.func(f).closure else {
            return;
        };
        for cap in &c.captures {
            let loc = self.b.var_loc(c.parent, cap.outer);
            let ld = self.loop_depth;
            let l = self.b.loc_mut(loc);
            if !l.captured {
                l.captured = true;
                if l.loop_depth == ld {
                    l.reassigned = false;
                }
            }
        }
    }
}
