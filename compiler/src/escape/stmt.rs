//! Statements (gc's `stmt.go`): loops raise the loop depth, declarations
//! record it, assignments and returns become flows, `go`/`defer` send their
//! call's operands to the heap or keep them for later.
//!
//! See `escape/mod.rs` for the overview.

use super::Escape;
use crate::ir::{Callee, Expr, ExprKind, LabelId, Stmt};
use crate::syntax::span::Span;
use std::collections::HashSet;

impl Escape<'_, '_, '_> {
    /// Finds labels that a later `goto` jumps back to: gc treats the code
    /// after such a label as a loop.
    pub fn scan_labels(&mut self, body: &[Stmt]) {
        fn visit(stmts: &[Stmt], seen: &mut HashSet<LabelId>, looping: &mut HashSet<LabelId>) {
            for s in stmts {
                match s {
                    Stmt::Label(l) => {
                        seen.insert(*l);
                    }
                    Stmt::Goto(l) if seen.contains(l) => {
                        looping.insert(*l);
                    }
                    Stmt::If { then, els, .. } => {
                        visit(then, seen, looping);
                        visit(els, seen, looping);
                    }
                    Stmt::Loop { body, post, .. } => {
                        visit(post, seen, looping);
                        visit(body, seen, looping);
                    }
                    Stmt::Breakable { body, .. } | Stmt::Block(body) => visit(body, seen, looping),
                    _ => {}
                }
            }
        }
        let mut seen = HashSet::new();
        visit(body, &mut seen, &mut self.looping);
    }

    /// A block: the loop depth raised by a looping label ends with it.
    pub fn block(&mut self, stmts: &[Stmt]) {
        let old = self.loop_depth;
        for s in stmts {
            self.stmt(s);
        }
        self.loop_depth = old;
    }

    pub fn stmt(&mut self, s: &Stmt) {
        let pending = std::mem::take(&mut self.pending_defs);
        match s {
            Stmt::Decl(l) => {
                let loc = self.b.var_loc(self.cur, *l);
                let ld = self.loop_depth;
                self.b.loc_mut(loc).loop_depth = ld;
                self.pending_defs = pending;
                self.pending_defs.push(*l);
            }
            Stmt::Assign(places, rhs) => self.assign_stmt(places, rhs, &pending, s),
            Stmt::Expr(e) => match &e.kind {
                ExprKind::Call { .. } | ExprKind::Builtin { .. } => self.call(Vec::new(), e),
                _ => self.discard(e),
            },
            Stmt::If { cond, then, els } => {
                self.discard(cond);
                self.block(then);
                self.block(els);
            }
            Stmt::Loop {
                cond, body, post, ..
            } => {
                self.loop_depth += 1;
                if let Some(c) = cond {
                    self.discard(c);
                }
                self.block(post);
                self.block(body);
                self.loop_depth -= 1;
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => self.block(body),
            Stmt::Break(_) | Stmt::Continue(_) | Stmt::Goto(_) => {}
            Stmt::Label(l) => {
                if self.looping.remove(l) {
                    self.loop_depth += 1;
                }
            }
            Stmt::Return(vals) => {
                let results = self.func().results.clone();
                let span = self.return_span(vals);
                let dsts: Vec<Expr> = results
                    .iter()
                    .map(|r| Expr {
                        kind: ExprKind::Local(*r),
                        ty: self.func().local(*r).ty,
                        span,
                    })
                    .collect();
                self.assign_list(&dsts, vals, "return", span, &[]);
            }
            Stmt::Defer(e) => self.go_defer(e, true),
            Stmt::Go(e) => self.go_defer(e, false),
            // gc's OSEND: `e.assignHeap(n.Value, "send", n)`.
            Stmt::Send(ch, v) => {
                self.discard(ch);
                let h = self.b.heap_hole().note(self.b.keep_notes, v.span, "send");
                self.expr(h, v);
            }
        }
    }

    /// The span of `return vals` from its keyword, which `-m=2` prints
    /// (`return p` at `return`); the values' span if the keyword is not
    /// right before them.
    fn return_span(&self, vals: &[Expr]) -> Span {
        let (Some(first), Some(last)) = (vals.first(), vals.last()) else {
            return self.func().span;
        };
        let mut span = Span::new(
            first.span.file,
            first.span.lo,
            last.span.hi.max(first.span.lo),
        );
        let Some(file) = self.b.sm.files.get(first.span.file.0 as usize) else {
            return span;
        };
        let before = file.text.get(..first.span.lo as usize).unwrap_or("");
        let trimmed = before.trim_end_matches([' ', '\t']);
        if let Some(rest) = trimmed.strip_suffix("return") {
            if trimmed.len() < before.len() {
                span.lo = rest.len() as u32;
            }
        }
        span
    }

    /// `go f(args)` / `defer f(args)` (gc's `goDeferStmt`). gc rewrites
    /// the statement into `tmps := args; defer func() { f(tmps) }()`
    /// (`normalizeGoDeferCall`), unless `f` takes and returns nothing: the
    /// operands are evaluated into temporaries that a wrapper closure
    /// captures, and the wrapper goes to the heap unless it is a `defer`
    /// outside any loop, which runs from this very frame (`later`).
    fn go_defer(&mut self, call: &Expr, is_defer: bool) {
        // A range-over-func body's defer may run once per iteration (gc's
        // `DeferAt`): its function goes to the heap.
        let at = self.b.prog.range_defer_token(self.cur).is_some();
        let k = if is_defer && self.loop_depth == 1 && !at {
            let d = self.b.discard_hole();
            self.later(d)
        } else {
            self.b.heap_hole()
        };
        if self.b.st.own_wrappers.contains(&(call as *const Expr)) {
            // A wrapper that captures nothing: analysed on its own.
            return;
        }
        if !super::call::needs_wrapper(self.b.prog, self.b.tcx, call) {
            if let ExprKind::Call {
                callee: Callee::Indirect(f),
                ..
            } = &call.kind
            {
                self.expr(k, f);
            }
            return;
        }
        let kw = if is_defer { "defer" } else { "go" };
        let pos = self.b.keyword_before(call.span, kw);
        let keep = self.b.keep_notes;
        let wrapper = self.b.new_loc(
            super::graph::LocKind::Wrapper { pos },
            self.cur,
            self.loop_depth,
            false,
        );
        let k = k.shift(-1).note_at(keep, call.span, "spill", Some(wrapper));
        self.b.flow(k, wrapper);
        self.wrapped_call(call, wrapper, pos);
    }
}
