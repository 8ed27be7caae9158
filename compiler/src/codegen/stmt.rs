//! Statements: declarations, parallel assignment, control flow.
//!
//! Control flow maps onto Cranelift blocks directly: a `Loop` is a header
//! (the condition), the body, a continue block (the post statement) and an
//! exit; `Breakable` has an exit; labels are blocks. After a terminator
//! (`return`, `break`, `goto`, a panic) code generation continues in a fresh
//! unreachable block, so the tree walk never needs to know what is dead.

use super::func::{CPlace, CVal, FunctionCx};
use crate::ir::{ExprKind, LabelId, Stmt};
use cranelift_codegen::ir::Block;

impl FunctionCx<'_, '_, '_> {
    pub fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn label_block(&mut self, l: LabelId) -> Block {
        if let Some(&b) = self.labels.get(&l) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(l, b);
        b
    }

    pub fn stmt(&mut self, s: &Stmt) {
        match s {
            Stmt::Decl(l) => self.decl_local(*l),
            Stmt::Assign(lhs, rhs) => self.assign(lhs, rhs),
            Stmt::Expr(e) => {
                self.expr_multi(e);
            }
            Stmt::If { cond, then, els } => {
                let c = self.expr(cond).one();
                let (tb, eb, join) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.br(c, tb, eb);
                self.b.switch_to_block(tb);
                self.stmts(then);
                self.jump(join, &[]);
                self.b.switch_to_block(eb);
                self.stmts(els);
                self.jump(join, &[]);
                self.b.switch_to_block(join);
            }
            Stmt::Loop {
                label,
                cond,
                body,
                post,
            } => {
                let (header, body_b, cont, exit) = (
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                    self.b.create_block(),
                );
                self.loops.insert(*label, (exit, Some(cont)));
                self.jump(header, &[]);
                self.b.switch_to_block(header);
                match cond {
                    Some(c) => {
                        let c = self.expr(c).one();
                        self.br(c, body_b, exit);
                    }
                    None => self.jump(body_b, &[]),
                }
                self.b.switch_to_block(body_b);
                self.stmts(body);
                self.jump(cont, &[]);
                self.b.switch_to_block(cont);
                self.stmts(post);
                self.jump(header, &[]);
                self.b.switch_to_block(exit);
            }
            Stmt::Breakable { label, body } => {
                let exit = self.b.create_block();
                self.loops.insert(*label, (exit, None));
                self.stmts(body);
                self.jump(exit, &[]);
                self.b.switch_to_block(exit);
            }
            Stmt::Break(l) | Stmt::Continue(l) => {
                let target = match (self.loops.get(l), s) {
                    (Some(&(exit, _)), Stmt::Break(_)) => Some(exit),
                    (Some(&(_, cont)), _) => cont,
                    _ => None,
                };
                match target {
                    Some(t) => {
                        self.jump(t, &[]);
                        self.start_dead_block();
                    }
                    None => self.cx.error(
                        self.f.span,
                        format!("rgo: internal error: no target for {l}"),
                    ),
                }
            }
            Stmt::Label(l) => {
                let b = self.label_block(*l);
                self.jump(b, &[]);
                self.b.switch_to_block(b);
            }
            Stmt::Goto(l) => {
                let b = self.label_block(*l);
                self.jump(b, &[]);
                self.start_dead_block();
            }
            Stmt::Block(ss) => self.stmts(ss),
            Stmt::Return(vals) => {
                let vals = if vals.is_empty() && !self.f.results.is_empty() {
                    let rs = self.f.results.clone();
                    rs.iter()
                        .map(|&r| {
                            let t = self.f.local(r).ty;
                            let p = self.local_place(r);
                            self.load_place(&p, t)
                        })
                        .collect()
                } else if vals.len() == 1 && self.f.results.len() > 1 {
                    self.expr_multi(&vals[0])
                } else {
                    vals.iter().map(|v| self.expr(v)).collect()
                };
                self.emit_return(vals);
            }
            Stmt::Defer(e) => self.defer_stmt(e),
            Stmt::Go(e) => self.go_stmt(e),
            Stmt::Send(ch, v) => self.send_stmt(ch, v),
        }
    }

    /// Parallel assignment: places, then values, then stores left to right.
    fn assign(&mut self, lhs: &[crate::ir::Expr], rhs: &[crate::ir::Expr]) {
        let places: Vec<CPlace> = lhs.iter().map(|e| self.place(e)).collect();
        let vals: Vec<CVal> = if rhs.len() == 1 && lhs.len() > 1 {
            self.expr_multi(&rhs[0])
        } else if rhs.len() == 1 {
            vec![self.expr(&rhs[0])]
        } else {
            rhs.iter()
                .map(|e| {
                    let v = self.expr(e);
                    self.snapshot(e.ty, v)
                })
                .collect()
        };
        // Stores go through the left side's type, which has the same
        // representation as the right side's (lowering made conversions
        // explicit).
        for (i, (p, v)) in places.iter().zip(vals.iter()).enumerate() {
            if matches!(lhs[i].kind, ExprKind::Blank) {
                continue;
            }
            self.store_place(p, lhs[i].ty, v);
        }
    }
}
