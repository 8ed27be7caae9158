//! Stack backing stores for slices, as gc 1.25+ places them: the plans the
//! code generator follows for `append`, and gc's `slice` pass, which moves a
//! slice to the heap at the one point where its backing store escapes.
//!
//! Three mechanisms, all keyed to gc's 32-byte limit (`BUF_BYTES`, gc's
//! `base.Debug.VariableMakeThreshold`) and all switched off by
//! `-d=noescape` (every site is then on the heap):
//!
//! - An `append` that escape analysis placed on the stack ("append does not
//!   escape") may grow a slice from length 0 into a `[K]T` buffer in the frame
//!   (`K = 32 / sizeof(T)`, capacity `K`), once per frame: a `used` flag,
//!   false at entry, makes later growths go to the heap, so no second slice
//!   ever shares the buffer (gc's `ssagen` `append`, strategy 1). Only the
//!   first such `append` of each variable, in code order, gets the code
//!   (`plan_appends`).
//! - `move_to_heap_pass` (gc's `cmd/compile/internal/slice`): a slice
//!   variable whose only uses keep it *exclusive* (`s = append(s, ...)`,
//!   `s = s[i:j]`, `s = nil`, `s[i]`, `len`, `cap`, passing it to a
//!   parameter that leaks nothing) and which escapes at exactly one statement
//!   (a `return` or an assignment `x = s`, at its declaration's loop depth)
//!   gets `s = MoveToHeap(s)` inserted before that statement, and its
//!   appends are placed on the stack. `MoveToHeap` copies the slice to the
//!   heap when its pointer is inside the current frame (`rt_moveslice`).
//!   When the program looks at `cap(s)` the appends use `rt_growslice_buf`
//!   (capacity one size class at a time, the buffer reused) and the move
//!   keeps the capacity.
//! - Conversions and concatenations whose result does not escape pass the
//!   runtime a 32-byte buffer (gc's `tmpBuf`; `[32]rune` for `[]rune(s)`).
//!
//! Invariant (memory safety): a pointer into a frame's buffer is held only
//! by values that escape analysis proved do not outlive the frame, or by the
//! one exclusive variable the pass tracks, which is moved to the heap before
//! any other reference to it can exist. The collector scans stacks
//! conservatively, so pointers stored in a buffer keep their targets alive.

use super::{
    AllocSiteId, BuiltinOp, Callee, Expr, ExprKind, FuncId, LocalId, LocalKind, Placement, Program,
    Stmt,
};
use crate::types::layout::layout;
use crate::types::{TyCtx, Type, TypeId};
use std::collections::HashMap;

/// gc's stack buffer size for slices and strings (`VariableMakeThreshold`,
/// `tmpstringbufsize`).
pub const BUF_BYTES: u64 = 32;

/// The expressions a statement evaluates directly (not those of nested
/// statements).
fn stmt_exprs<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Expr)) {
    match s {
        Stmt::Assign(l, r) => l.iter().chain(r).for_each(f),
        Stmt::Expr(e) | Stmt::Defer(e) | Stmt::Go(e) => f(e),
        Stmt::If { cond, .. } => f(cond),
        Stmt::Loop { cond, .. } => cond.iter().for_each(f),
        Stmt::Return(v) => v.iter().for_each(f),
        Stmt::Send(a, b) => {
            f(a);
            f(b);
        }
        Stmt::Decl(_)
        | Stmt::Breakable { .. }
        | Stmt::Break(_)
        | Stmt::Continue(_)
        | Stmt::Label(_)
        | Stmt::Goto(_)
        | Stmt::Block(_) => {}
    }
}

/// Element type of a slice type.
fn slice_elem(tcx: &TyCtx, t: TypeId) -> Option<TypeId> {
    match tcx.under(t) {
        Type::Slice(e) => Some(*e),
        _ => None,
    }
}

/// `K` for a slice type: how many elements the 32-byte buffer holds, or
/// `None` when gc uses no buffer (zero-sized or larger elements).
pub fn buf_elems(tcx: &TyCtx, slice: TypeId) -> Option<u64> {
    let es = layout(tcx, slice_elem(tcx, slice)?).size;
    (es > 0 && es <= BUF_BYTES).then(|| BUF_BYTES / es)
}

/// Whether `append`'s arguments are `(s, t...)` rather than single values.
pub fn is_spread(tcx: &TyCtx, args: &[Expr]) -> bool {
    let Some(first) = args.first() else {
        return false;
    };
    let Some(et) = slice_elem(tcx, first.ty) else {
        return false;
    };
    args.len() == 2
        && args[1].ty != et
        && (matches!(
            tcx.under(args[1].ty),
            Type::Basic(crate::types::BasicKind::String)
        ) || matches!(tcx.under(args[1].ty), Type::Slice(e) if *e == et)
            && tcx.underlying(args[1].ty) == tcx.underlying(first.ty))
}

/// How one `append` uses a stack buffer (`plan_appends`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppendBuf {
    /// Grow from length 0 into buffer `key` once per frame (capacity `K`).
    First(usize),
    /// `rt_growslice_buf` with buffer `key` (the slice pass, capacity used).
    Grow(usize),
}

/// One stack buffer of a function.
#[derive(Clone, Debug)]
pub struct BufInfo {
    /// Elements it holds.
    pub k: u64,
    pub elem: TypeId,
    /// Zeroed at entry (the `Grow` strategy with pointerful elements).
    pub zero_at_entry: bool,
}

/// The buffers of one function and which `append`s use them.
#[derive(Default, Debug)]
pub struct AppendPlans {
    pub bufs: Vec<BufInfo>,
    pub sites: HashMap<AllocSiteId, AppendBuf>,
}

/// gc's `canSSA` for an assignment target: a chain of field selections
/// from a local that is neither address-taken nor on the heap, whose type
/// is small enough for SSA (so `x = append(x, ...)` is not done "in place").
fn can_ssa(prog: &Program, f: FuncId, tcx: &TyCtx, has_defer: bool, e: &Expr) -> bool {
    let mut e = e;
    loop {
        match &e.kind {
            ExprKind::Field(x, _) => e = x,
            ExprKind::Index(x, _) if matches!(tcx.under(x.ty), Type::Array(_, 1)) => e = x,
            _ => break,
        }
    }
    let ExprKind::Local(l) = e.kind else {
        return false;
    };
    let local = prog.func(f).local(l);
    !local.addr_taken
        && local.site.is_none()
        && local.kind != LocalKind::Capture
        && !(has_defer && local.kind == LocalKind::Result)
        && ssa_type(tcx, local.ty)
}

/// gc's `ssa.CanSSA` for a type: at most 4 words; structs of at most 4
/// SSA-able fields, arrays of at most one.
fn ssa_type(tcx: &TyCtx, t: TypeId) -> bool {
    if layout(tcx, t).size > 32 {
        return false;
    }
    match tcx.under(t) {
        Type::Struct(fs) => fs.len() <= 4 && fs.iter().all(|f| ssa_type(tcx, f.ty)),
        Type::Array(e, n) => *n <= 1 && ssa_type(tcx, *e),
        _ => true,
    }
}

/// gc's `ir.SameSafeExpr`: both denote the same variable or field of it.
fn same_safe(a: &Expr, b: &Expr) -> bool {
    match (&a.kind, &b.kind) {
        (ExprKind::Local(x), ExprKind::Local(y)) => x == y,
        (ExprKind::Global(x), ExprKind::Global(y)) => x == y,
        (ExprKind::Field(x, i), ExprKind::Field(y, j)) => i == j && same_safe(x, y),
        (ExprKind::Deref(x), ExprKind::Deref(y)) => same_safe(x, y),
        (ExprKind::Index(x, i), ExprKind::Index(y, j)) => {
            same_safe(x, y)
                && match (&i.kind, &j.kind) {
                    (ExprKind::Const(c), ExprKind::Const(d)) => c.to_i64() == d.to_i64(),
                    _ => same_safe(i, j),
                }
        }
        _ => false,
    }
}

/// Decides, in code order, which `append`s of function `f` use a stack
/// buffer, as gc's `ssagen` does: a non-spread `append` on the stack that
/// is not an in-place `x = append(x, ...)` of a non-SSA `x`; `Grow` for the
/// sites the slice pass marked (`Program::append_bufs`), `First` for the
/// first other one of each slice variable (or each expression).
pub fn plan_appends(prog: &Program, f: FuncId, tcx: &TyCtx, has_defer: bool) -> AppendPlans {
    let mut p = Planner {
        prog,
        f,
        tcx,
        has_defer,
        plans: AppendPlans::default(),
        keys: HashMap::new(),
        used_static: Vec::new(),
    };
    if let Some(body) = &prog.func(f).body {
        p.stmts(body);
    }
    p.plans
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Local(LocalId),
    Site(AllocSiteId),
}

struct Planner<'p> {
    prog: &'p Program,
    f: FuncId,
    tcx: &'p TyCtx,
    has_defer: bool,
    plans: AppendPlans,
    keys: HashMap<Key, usize>,
    used_static: Vec<bool>,
}

impl Planner<'_> {
    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let mut inplace = None;
        if let Stmt::Assign(l, r) = s {
            if let ([x], [y]) = (&l[..], &r[..]) {
                if let ExprKind::Builtin {
                    op: BuiltinOp::Append,
                    args,
                    site: Some(site),
                } = &y.kind
                {
                    if args.first().is_some_and(|a| same_safe(x, a))
                        && !can_ssa(self.prog, self.f, self.tcx, self.has_defer, x)
                    {
                        inplace = Some(*site);
                    }
                }
            }
        }
        stmt_exprs(s, &mut |e| self.expr(e, inplace));
        match s {
            Stmt::If { then, els, .. } => {
                self.stmts(then);
                self.stmts(els);
            }
            Stmt::Loop { body, post, .. } => {
                self.stmts(body);
                self.stmts(post);
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => self.stmts(body),
            _ => {}
        }
    }

    fn expr(&mut self, e: &Expr, inplace: Option<AllocSiteId>) {
        e.for_each_child(|c| self.expr(c, None));
        let ExprKind::Builtin {
            op: BuiltinOp::Append,
            args,
            site: Some(site),
        } = &e.kind
        else {
            return;
        };
        let site = *site;
        if args.len() < 2
            || is_spread(self.tcx, args)
            || inplace == Some(site)
            || self.prog.site(site).placement != Placement::Stack
        {
            return;
        }
        let Some(k) = buf_elems(self.tcx, e.ty) else {
            return;
        };
        let key = match args[0].kind {
            ExprKind::Local(l) => Key::Local(l),
            _ => Key::Site(site),
        };
        let idx = *self.keys.entry(key).or_insert_with(|| {
            self.plans.bufs.push(BufInfo {
                k,
                elem: slice_elem(self.tcx, e.ty).unwrap_or(e.ty),
                zero_at_entry: false,
            });
            self.used_static.push(false);
            self.plans.bufs.len() - 1
        });
        if self.prog.append_bufs.binary_search(&site).is_ok() {
            let elem = self.plans.bufs[idx].elem;
            if !self.used_static[idx] && crate::types::layout::has_pointers(self.tcx, elem) {
                self.plans.bufs[idx].zero_at_entry = true;
                self.used_static[idx] = true;
            }
            self.plans.sites.insert(site, AppendBuf::Grow(idx));
        } else if !self.used_static[idx] {
            self.used_static[idx] = true;
            self.plans.sites.insert(site, AppendBuf::First(idx));
        }
    }
}

/// gc's `slice` pass over every function (see the module comment).
/// `leaks[f][i]` tells whether parameter `i` of `f` leaks anywhere
/// (receiver first); `None` when unknown.
pub fn move_to_heap_pass(prog: &mut Program, tcx: &TyCtx, leaks: &[Option<Vec<bool>>]) {
    let mut marks: Vec<(AllocSiteId, bool)> = Vec::new();
    for fi in 0..prog.funcs.len() {
        let f = FuncId(fi as u32);
        let Some(moves) = analyze(prog, f, tcx, leaks, &mut marks) else {
            continue;
        };
        if moves.is_empty() {
            continue;
        }
        let func = &mut prog.funcs[fi];
        let mut body = func.body.take().unwrap_or_default();
        let mut counter = 0usize;
        insert_moves(&mut body, &moves, &mut counter, func);
        prog.funcs[fi].body = Some(body);
    }
    for (site, use_buf) in marks {
        prog.sites[site.index()].placement = Placement::Stack;
        if use_buf {
            prog.append_bufs.push(site);
        }
    }
    prog.append_bufs.sort();
    prog.append_bufs.dedup();
}

/// A tracked slice variable (gc's `sliceInfo`).
#[derive(Default, Clone)]
struct Info {
    tracking: bool,
    ok: i64,
    all: i64,
    /// Statement number of the exclusive→shared transition.
    transition: Option<usize>,
    appends: Vec<AllocSiteId>,
    weight: i64,
    decl_depth: i64,
    cap_used: bool,
}

struct Analyzer<'p> {
    prog: &'p Program,
    tcx: &'p TyCtx,
    leaks: &'p [Option<Vec<bool>>],
    infos: Vec<Info>,
    depth: i64,
    counter: usize,
    /// Inside a `go` or `defer` statement, whose call runs later: no use
    /// there keeps a slice exclusive.
    deferred: bool,
}

/// Whether `ss` contains a `defer` statement (at any depth).
fn has_defer(ss: &[Stmt]) -> bool {
    ss.iter().any(|s| match s {
        s if crate::ir::Program::defers_here(s) => true,
        Stmt::If { then, els, .. } => has_defer(then) || has_defer(els),
        Stmt::Loop { body, post, .. } => has_defer(body) || has_defer(post),
        Stmt::Breakable { body, .. } | Stmt::Block(body) => has_defer(body),
        _ => false,
    })
}

/// Analyses one function; returns, per statement number, the locals to
/// move to the heap before it (with whether capacity is kept), and records
/// the appends to place on the stack in `marks`.
fn analyze(
    prog: &Program,
    f: FuncId,
    tcx: &TyCtx,
    leaks: &[Option<Vec<bool>>],
    marks: &mut Vec<(AllocSiteId, bool)>,
) -> Option<HashMap<usize, Vec<(LocalId, bool)>>> {
    let func = prog.func(f);
    let body = func.body.as_ref()?;
    let mut infos = vec![Info::default(); func.locals.len()];
    let mut any = false;
    // A recovered panic returns the results' current values without passing
    // a `return`, so with `defer` a result could leave pointing into the
    // frame: results are not tracked then.
    let defers = has_defer(body);
    for (i, l) in func.locals.iter().enumerate() {
        if !matches!(
            l.kind,
            LocalKind::Param | LocalKind::Result | LocalKind::Var
        ) || (l.kind == LocalKind::Result && defers)
            || l.addr_taken
            || l.site.is_some()
        {
            continue;
        }
        if buf_elems(tcx, l.ty).is_some() {
            infos[i].tracking = true;
            any = true;
        }
    }
    if !any {
        return None;
    }
    let mut a = Analyzer {
        prog,
        tcx,
        leaks,
        infos,
        depth: 0,
        counter: 0,
        deferred: false,
    };
    a.stmts(body);
    let mut moves: HashMap<usize, Vec<(LocalId, bool)>> = HashMap::new();
    for (i, info) in a.infos.iter().enumerate() {
        if !info.tracking || info.ok != info.all || info.weight < 2 {
            continue;
        }
        let Some(t) = info.transition else { continue };
        moves
            .entry(t)
            .or_default()
            .push((LocalId(i as u32), info.cap_used));
        for &s in &info.appends {
            marks.push((s, info.cap_used));
        }
    }
    Some(moves)
}

impl Analyzer<'_> {
    fn tracked(&self, e: &Expr) -> Option<usize> {
        match e.kind {
            ExprKind::Local(l) if self.infos[l.index()].tracking => Some(l.index()),
            _ => None,
        }
    }

    fn add_transition(&mut self, i: usize, stmt: usize) {
        let depth = self.depth;
        let info = &mut self.infos[i];
        if info.transition.is_some() || depth > info.decl_depth {
            info.tracking = false;
            return;
        }
        info.transition = Some(stmt);
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let n = self.counter;
        self.counter += 1;
        match s {
            Stmt::Decl(l) if self.infos[l.index()].tracking => {
                self.infos[l.index()].decl_depth = self.depth;
            }
            Stmt::Assign(l, r) if l.len() == r.len() => {
                for (x, y) in l.iter().zip(r) {
                    self.assign(x, y, n);
                }
            }
            Stmt::Return(vals) => {
                for v in vals {
                    if let Some(i) = self.tracked(v) {
                        self.infos[i].ok += 1;
                        self.add_transition(i, n);
                    }
                }
            }
            _ => {}
        }
        let loop_ = matches!(s, Stmt::Loop { .. });
        if loop_ {
            self.depth += 1;
        }
        self.deferred = matches!(s, Stmt::Go(_) | Stmt::Defer(_));
        stmt_exprs(s, &mut |e| self.expr(e));
        self.deferred = false;
        match s {
            Stmt::If { then, els, .. } => {
                self.stmts(then);
                self.stmts(els);
            }
            Stmt::Loop { body, post, .. } => {
                self.stmts(body);
                self.stmts(post);
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => self.stmts(body),
            _ => {}
        }
        if loop_ {
            self.depth -= 1;
        }
    }

    /// An `x = y` inside statement `n`.
    fn assign(&mut self, x: &Expr, y: &Expr, n: usize) {
        if let Some(i) = self.tracked(x) {
            let same = |e: &Expr| matches!(e.kind, ExprKind::Local(l) if l.index() == i);
            match &y.kind {
                ExprKind::Zero => self.infos[i].ok += 1,
                ExprKind::Composite { site: Some(_), .. } => {
                    self.infos[i].ok += 1;
                    self.infos[i].cap_used = true;
                }
                ExprKind::Slice {
                    x: sx, max: None, ..
                } if same(sx) => {
                    self.infos[i].ok += 2;
                    self.infos[i].cap_used = true;
                }
                ExprKind::Builtin {
                    op: BuiltinOp::Append,
                    args,
                    site,
                } if args.first().is_some_and(same) => {
                    let w = 1 + (self.depth - self.infos[i].decl_depth);
                    let info = &mut self.infos[i];
                    info.ok += 2;
                    info.weight += w;
                    if let Some(s) = site {
                        info.appends.push(*s);
                    }
                }
                _ => {}
            }
        }
        if let Some(i) = self.tracked(y) {
            self.infos[i].ok += 1;
            self.add_transition(i, n);
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.deferred {
            // Count the uses only (none is understood).
            if let ExprKind::Local(l) = e.kind {
                if self.infos[l.index()].tracking {
                    self.infos[l.index()].all += 1;
                }
            }
            e.for_each_child(|c| self.expr(c));
            return;
        }
        match &e.kind {
            ExprKind::Local(l) if self.infos[l.index()].tracking => {
                self.infos[l.index()].all += 1;
            }
            ExprKind::Index(x, _) => {
                if let Some(i) = self.tracked(x) {
                    self.infos[i].ok += 1;
                }
            }
            ExprKind::Builtin {
                op: op @ (BuiltinOp::Len | BuiltinOp::Cap),
                args,
                ..
            } => {
                if let Some(i) = args.first().and_then(|a| self.tracked(a)) {
                    self.infos[i].ok += 1;
                    if *op == BuiltinOp::Cap {
                        self.infos[i].cap_used = true;
                    }
                }
            }
            ExprKind::AddrOf(x) => {
                let mut x: &Expr = x;
                loop {
                    match &x.kind {
                        ExprKind::Field(y, _) => x = y,
                        ExprKind::Index(y, _)
                            if matches!(self.tcx.under(y.ty), Type::Array(..)) =>
                        {
                            x = y
                        }
                        ExprKind::Index(y, _) => {
                            if let Some(i) = self.tracked(y) {
                                self.infos[i].tracking = false;
                            }
                            break;
                        }
                        _ => break,
                    }
                }
            }
            ExprKind::Call {
                callee: Callee::Direct(f),
                args,
                ..
            } => {
                for (k, a) in args.iter().enumerate() {
                    if let Some(i) = self.tracked(a) {
                        let leaks = self
                            .leaks
                            .get(f.index())
                            .and_then(|v| v.as_ref())
                            .and_then(|v| v.get(k).copied())
                            .unwrap_or(true);
                        if !leaks {
                            self.infos[i].ok += 1;
                            self.infos[i].cap_used = true;
                        }
                    }
                }
            }
            ExprKind::Closure { func, .. } => {
                if let Some(c) = &self.prog.func(*func).closure {
                    for cap in &c.captures {
                        if self.infos[cap.outer.index()].tracking {
                            self.infos[cap.outer.index()].all += 1;
                        }
                    }
                }
            }
            _ => {}
        }
        e.for_each_child(|c| self.expr(c));
    }
}

/// Inserts `s = MoveToHeap(s)` before the statements numbered in `moves`,
/// numbering statements exactly as `Analyzer::stmt` does.
fn insert_moves(
    ss: &mut Vec<Stmt>,
    moves: &HashMap<usize, Vec<(LocalId, bool)>>,
    counter: &mut usize,
    func: &super::Func,
) {
    let mut out = Vec::with_capacity(ss.len());
    for mut s in ss.drain(..) {
        let n = *counter;
        *counter += 1;
        if let Some(ls) = moves.get(&n) {
            for &(l, keep_cap) in ls {
                let local = func.local(l);
                let var = Expr {
                    kind: ExprKind::Local(l),
                    ty: local.ty,
                    span: local.span,
                };
                let mv = Expr {
                    kind: ExprKind::Builtin {
                        op: BuiltinOp::MoveToHeap(keep_cap),
                        args: vec![var.clone()],
                        site: None,
                    },
                    ty: local.ty,
                    span: local.span,
                };
                out.push(Stmt::Assign(vec![var], vec![mv]));
            }
        }
        match &mut s {
            Stmt::If { then, els, .. } => {
                insert_moves(then, moves, counter, func);
                insert_moves(els, moves, counter, func);
            }
            Stmt::Loop { body, post, .. } => {
                insert_moves(body, moves, counter, func);
                insert_moves(post, moves, counter, func);
            }
            Stmt::Breakable { body, .. } | Stmt::Block(body) => {
                insert_moves(body, moves, counter, func)
            }
            _ => {}
        }
        out.push(s);
    }
    *ss = out;
}
