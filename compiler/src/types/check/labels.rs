//! Labels and branch statements of one function body, after gc's
//! `syntax/branches.go` (whose wording gc uses): undefined/unused/duplicate
//! labels, `break`/`continue` placement and targets, `fallthrough`
//! placement, and `goto` jumping over variable declarations or into blocks.
//! Function literals are separate bodies (checked when their body is).

use super::Checker;
use crate::syntax::ast::{AssignOp, Block, BranchKind, Decl, Ident, Stmt, StmtKind};
use crate::syntax::span::Span;
use crate::types::{ObjKind, Object};
use std::collections::HashMap;

struct LabelInfo {
    block: usize,
    span: Span,
    /// Index of the labeled statement in its block's list.
    index: usize,
    used: bool,
    obj: crate::types::ObjId,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    Loop,
    SwitchOrSelect,
    Other,
}

struct BlockInfo<'a> {
    parent: Option<usize>,
    start: Span,
    stmts: &'a [Stmt<'a>],
}

#[derive(Clone, Copy, Default)]
struct Ctx<'a> {
    breaks: bool,
    continues: bool,
    /// Labels of enclosing statements: (name, target kind).
    in_switch: Option<SwitchCtx>,
    _p: std::marker::PhantomData<&'a ()>,
}

#[derive(Clone, Copy)]
struct SwitchCtx {
    type_switch: bool,
    /// Index of the case clause and whether it is the final one.
    final_case: bool,
}

/// A labeled break/continue: (label, kind, enclosing labeled statements at that point).
type Branch<'a> = (Ident<'a>, BranchKind, Vec<(String, Target)>);

struct Walker<'a> {
    blocks: Vec<BlockInfo<'a>>,
    labels: HashMap<String, LabelInfo>,
    /// Gotos: (label ident, block, index of the enclosing statement in that block).
    gotos: Vec<(Ident<'a>, usize, usize)>,
    /// Labeled break/continue: (label, kind, enclosing labeled stmts at that point).
    branches: Vec<Branch<'a>>,
    errors: Vec<(Span, String)>,
}

impl<'a> Checker<'a, '_> {
    /// Runs the label/branch checks for one function body.
    pub(crate) fn labels(&mut self, body: &'a Block<'a>) {
        let mut w = Walker {
            blocks: Vec::new(),
            labels: HashMap::new(),
            gotos: Vec::new(),
            branches: Vec::new(),
            errors: Vec::new(),
        };
        let mut enclosing = Vec::new();
        w.block(
            None,
            body.lbrace,
            body.stmts,
            Ctx::default(),
            &mut enclosing,
            self,
        );
        // Resolve gotos.
        for (id, blk, idx) in std::mem::take(&mut w.gotos) {
            let Some(l) = w.labels.get_mut(id.name) else {
                w.errors
                    .push((id.span, format!("label {} not defined", id.name)));
                continue;
            };
            l.used = true;
            self.info.uses.insert(id.id, l.obj);
            let (lblock, lindex) = (l.block, l.index);
            // The label's block must be the goto's block or an ancestor.
            let mut b = Some(blk);
            let mut from_index = idx;
            let mut found = false;
            while let Some(bi) = b {
                if bi == lblock {
                    found = true;
                    break;
                }
                // Index of the statement containing this block in its parent.
                from_index = w.index_in_parent(bi);
                b = w.blocks[bi].parent;
            }
            if !found {
                let start = w.blocks[lblock].start;
                w.errors.push((
                    id.span,
                    format!(
                        "goto {} jumps into block starting at {}",
                        id.name,
                        self.sm.pos(start)
                    ),
                ));
                continue;
            }
            if lindex > from_index {
                // Forward jump: look for the last variable declaration
                // between the goto and the label.
                let stmts = w.blocks[lblock].stmts;
                let mut last: Option<(String, Span)> = None;
                for s in &stmts[..lindex] {
                    if let Some(v) = var_decl_of(s) {
                        last = Some(v);
                    }
                }
                if let Some((name, span)) = last {
                    let decl_index = stmts[..lindex]
                        .iter()
                        .rposition(|s| var_decl_of(s).is_some())
                        .unwrap();
                    if decl_index > from_index {
                        w.errors.push((
                            id.span,
                            format!(
                                "goto {} jumps over declaration of {} at {}",
                                id.name,
                                name,
                                self.sm.pos(span)
                            ),
                        ));
                    }
                }
            }
        }
        for (id, kind, enclosing) in std::mem::take(&mut w.branches) {
            let kw = if kind == BranchKind::Break {
                "break"
            } else {
                "continue"
            };
            // Like types2, a label declared after the branch is not yet
            // visible to it.
            match w.labels.get_mut(id.name).filter(|l| l.span.lo < id.span.lo) {
                None => w
                    .errors
                    .push((id.span, format!("{kw} label not defined: {}", id.name))),
                Some(l) => {
                    l.used = true;
                    self.info.uses.insert(id.id, l.obj);
                    let ok = enclosing.iter().any(|(n, t)| {
                        n == id.name
                            && match kind {
                                BranchKind::Break => *t != Target::Other,
                                _ => *t == Target::Loop,
                            }
                    });
                    if !ok {
                        w.errors
                            .push((id.span, format!("invalid {kw} label {}", id.name)));
                    }
                }
            }
        }
        let mut unused: Vec<(Span, String)> = w
            .labels
            .iter()
            .filter(|(_, l)| !l.used)
            .map(|(n, l)| (l.span, n.clone()))
            .collect();
        unused.sort();
        for (span, n) in unused {
            w.errors
                .push((span, format!("label {n} defined and not used")));
        }
        for (span, msg) in w.errors {
            self.diags
                .push(crate::diag::Diagnostic::branch(span.start(), msg));
        }
    }
}

/// The variable a statement declares (first name and its position), if any.
fn var_decl_of(s: &Stmt<'_>) -> Option<(String, Span)> {
    match &s.kind {
        StmtKind::Decl(Decl::Var(g)) => g
            .specs
            .first()
            .and_then(|sp| sp.names.first())
            .map(|n| (n.name.to_string(), n.span)),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            op_span,
            ..
        } => {
            let names: Vec<String> = lhs
                .iter()
                .map(|e| super::exprstring::expr_string(e))
                .collect();
            Some((names.join(", "), *op_span))
        }
        _ => None,
    }
}

impl<'a> Walker<'a> {
    fn index_in_parent(&self, b: usize) -> usize {
        // Blocks record their parent's statement index in `start` order; we
        // find the statement of the parent block whose span contains ours.
        let Some(p) = self.blocks[b].parent else {
            return 0;
        };
        let start = self.blocks[b].start.lo;
        self.blocks[p]
            .stmts
            .iter()
            .position(|s| s.span.lo <= start && start < s.span.hi.max(s.span.lo + 1))
            .unwrap_or(0)
    }

    fn block(
        &mut self,
        parent: Option<usize>,
        start: Span,
        stmts: &'a [Stmt<'a>],
        ctx: Ctx<'a>,
        enclosing: &mut Vec<(String, Target)>,
        ck: &mut Checker<'a, '_>,
    ) {
        let id = self.blocks.len();
        self.blocks.push(BlockInfo {
            parent,
            start,
            stmts,
        });
        let n = stmts.len();
        let mut last = n;
        while last > 0 && matches!(stmts[last - 1].kind, StmtKind::Empty) {
            last -= 1;
        }
        for (i, s) in stmts.iter().enumerate() {
            self.stmt(id, i, s, ctx, enclosing, ck, i + 1 == last, None);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn stmt(
        &mut self,
        blk: usize,
        idx: usize,
        s: &'a Stmt<'a>,
        ctx: Ctx<'a>,
        enclosing: &mut Vec<(String, Target)>,
        ck: &mut Checker<'a, '_>,
        is_last: bool,
        label: Option<&'a str>,
    ) {
        let inner = Ctx {
            in_switch: None,
            ..ctx
        };
        match &s.kind {
            StmtKind::Labeled { label: l, stmt } => {
                let target = match stmt.kind {
                    StmtKind::For { .. } | StmtKind::Range { .. } => Target::Loop,
                    StmtKind::Switch { .. }
                    | StmtKind::TypeSwitch { .. }
                    | StmtKind::Select { .. } => Target::SwitchOrSelect,
                    _ => Target::Other,
                };
                if !l.is_blank() {
                    if let Some(prev) = self.labels.get(l.name) {
                        let msg = format!(
                            "label {} already defined at {}",
                            l.name,
                            ck.sm.pos(prev.span)
                        );
                        self.errors.push((l.span, msg));
                    } else {
                        let inv = ck.invalid();
                        let obj = ck.tcx.new_object(Object {
                            kind: ObjKind::Label,
                            name: l.name.to_string(),
                            ty: inv,
                            span: l.span,
                            pkg: Some(ck.pkg),
                            decl: Some(l.id),
                        });
                        ck.info.defs.insert(l.id, Some(obj));
                        self.labels.insert(
                            l.name.to_string(),
                            LabelInfo {
                                block: blk,
                                span: l.span,
                                index: idx,
                                used: false,
                                obj,
                            },
                        );
                    }
                } else {
                    ck.info.defs.insert(l.id, None);
                }
                enclosing.push((l.name.to_string(), target));
                self.stmt(blk, idx, stmt, ctx, enclosing, ck, is_last, Some(l.name));
                enclosing.pop();
            }
            StmtKind::Branch { kind, label: l } => match (kind, l) {
                (BranchKind::Goto, Some(l)) => self.gotos.push((*l, blk, idx)),
                (BranchKind::Break | BranchKind::Continue, Some(l)) => {
                    self.branches.push((*l, *kind, enclosing.clone()))
                }
                (BranchKind::Break, None) if !ctx.breaks => {
                    self.errors
                        .push((s.span, "break is not in a loop, switch, or select".into()));
                }
                (BranchKind::Continue, None) if !ctx.continues => {
                    self.errors
                        .push((s.span, "continue is not in a loop".into()));
                }
                (BranchKind::Fallthrough, _) => {
                    let msg = match ctx.in_switch {
                        Some(sw) if sw.type_switch => Some("cannot fallthrough in type switch"),
                        Some(_) if !is_last => Some("fallthrough statement out of place"),
                        Some(sw) if sw.final_case => {
                            Some("cannot fallthrough final case in switch")
                        }
                        Some(_) => None,
                        None => Some("fallthrough statement out of place"),
                    };
                    if let Some(m) = msg {
                        self.errors.push((s.span, m.into()));
                    }
                }
                _ => {}
            },
            StmtKind::Block(b) => self.block(Some(blk), b.lbrace, b.stmts, inner, enclosing, ck),
            StmtKind::If { then, els, .. } => {
                self.block(Some(blk), then.lbrace, then.stmts, inner, enclosing, ck);
                if let Some(e) = els {
                    match &e.kind {
                        StmtKind::Block(b) => {
                            self.block(Some(blk), b.lbrace, b.stmts, inner, enclosing, ck)
                        }
                        _ => self.stmt(blk, idx, e, inner, enclosing, ck, false, None),
                    }
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                let c = Ctx {
                    breaks: true,
                    continues: true,
                    in_switch: None,
                    ..ctx
                };
                self.block(Some(blk), body.lbrace, body.stmts, c, enclosing, ck);
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                let ts = matches!(s.kind, StmtKind::TypeSwitch { .. });
                let n = body.len();
                for (i, cc) in body.iter().enumerate() {
                    let c = Ctx {
                        breaks: true,
                        in_switch: Some(SwitchCtx {
                            type_switch: ts,
                            final_case: i + 1 == n,
                        }),
                        ..ctx
                    };
                    self.block(Some(blk), cc.span, cc.body, c, enclosing, ck);
                }
            }
            StmtKind::Select { body, .. } => {
                for cc in body.iter() {
                    let c = Ctx {
                        breaks: true,
                        in_switch: None,
                        ..ctx
                    };
                    self.block(Some(blk), cc.span, cc.body, c, enclosing, ck);
                }
            }
            _ => {}
        }
        let _ = label;
    }
}
