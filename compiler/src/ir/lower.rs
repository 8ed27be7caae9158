//! Lowering: AST + `types::Info` → IR.
//!
//! Walks every package's declarations in dependency order and produces one
//! `ir::Program`. Lowering desugars what gc's walk desugars early: `range`
//! loops become counted loops, `switch` becomes tests and jumps, op-assignments
//! evaluate their operands once, multi-value calls used as arguments are
//! spilled to temporaries, implicit conversions to interfaces become explicit
//! `ToIface`, and every allocation gets an `AllocSite` (invariant I2 in
//! `ir/mod.rs`).
//!
//! Invariants:
//! - Lowering runs only on programs the checker accepted; a missing `Info`
//!   entry is a compiler bug reported as an internal error diagnostic, never a
//!   panic.
//! - Go 1.22 loop variables: a variable declared by a `for` clause or a
//!   `range` is re-declared (`Stmt::Decl`) for every iteration, so a pointer
//!   or closure that captured one iteration's variable never sees the next.

use super::*;
use crate::diag::Diagnostic;
use crate::driver::LoadedPackage;
use crate::syntax::ast::{self, ExprKind as AK, StmtKind as SK};
use crate::syntax::span::SourceMap;
use crate::types::{
    BasicKind, Builtin, Info, Mode, ObjId, ObjKind, SelectionKind, TyCtx, Type, TypeAndValue,
    VarKind,
};
use std::collections::HashMap;

mod rangefunc;
use rangefunc::{RfBody, RfExit};

/// Lowers every package (dependency order, `main` last) into one program.
pub fn lower_program<'a>(
    tcx: &TyCtx,
    info: &Info,
    sm: &SourceMap,
    packages: &'a [LoadedPackage<'a>],
) -> Result<Program, Vec<Diagnostic>> {
    let _ = sm;
    let mut cx = Lower {
        tcx,
        outer: Vec::new(),
        cur_func: None,
        info,
        prog: Program::default(),
        funcs_by_obj: HashMap::new(),
        globals: HashMap::new(),
        errors: Vec::new(),
        wrappers: HashMap::new(),
        rf_codes: 0,
        rf_states: HashMap::new(),
        dict_methods: HashMap::new(),
    };
    // Pass 1: name every function, method and global so bodies can refer to
    // each other in any order.
    for pkg in packages {
        let pkg_name = tcx.pkg(pkg.id).path.clone();
        for file in &pkg.files {
            for decl in file.decls {
                match decl {
                    ast::Decl::Func(fd) => cx.declare_func(pkg.id, &pkg_name, fd),
                    ast::Decl::Var(gd) => {
                        for spec in gd.specs {
                            for name in spec.names {
                                if let Some(Some(obj)) = info.defs.get(name.id) {
                                    let o = tcx.obj(*obj);
                                    let id = GlobalId(cx.prog.globals.len() as u32);
                                    let sym = if name.is_blank() {
                                        format!("{pkg_name}._{}", id.0)
                                    } else {
                                        format!("{pkg_name}.{}", name.name)
                                    };
                                    cx.prog.globals.push(Global {
                                        name: sym,
                                        ty: o.ty,
                                        span: name.span,
                                    });
                                    cx.globals.insert(*obj, id);
                                }
                            }
                        }
                    }
                    ast::Decl::Const(_) | ast::Decl::Type(_) | ast::Decl::Bad(_) => {}
                }
            }
        }
    }
    // Instances of generic functions and methods, each lowered with the
    // `Info` its body was checked into.
    let mut generic_decls: HashMap<ast::NodeId, &'a ast::FuncDecl<'a>> = HashMap::new();
    for pkg in packages {
        for file in &pkg.files {
            for decl in file.decls {
                if let ast::Decl::Func(fd) = decl {
                    if fd.tparams.is_some() || fd.recv.is_some() {
                        generic_decls.insert(fd.name.id, fd);
                    }
                }
            }
        }
    }
    let mut inst_funcs = Vec::new();
    for inst in &info.instances {
        let Some(&fd) = generic_decls.get(&inst.decl) else {
            continue;
        };
        let pkg_name = tcx.pkg(inst.pkg).path.clone();
        cx.info = &inst.info;
        let before = cx.prog.funcs.len();
        cx.declare_func(inst.pkg, &pkg_name, fd);
        cx.info = info;
        if cx.prog.funcs.len() > before {
            let f = &mut cx.prog.funcs[before];
            f.name = format!("{pkg_name}.{}", inst.name);
            f.short_name = inst.name.clone();
            f.shape = Some(crate::types::shape::shape_inst(tcx, inst));
            inst_funcs.push((FuncId(before as u32), fd, &inst.info));
        }
    }
    // Wrappers for promoted methods, which itabs and method tables use.
    cx.promoted_wrappers();
    // Pass 2: bodies, then each package's initialiser.
    for pkg in packages {
        let pkg_name = tcx.pkg(pkg.id).path.clone();
        let mut init_funcs = Vec::new();
        for file in &pkg.files {
            for decl in file.decls {
                if let ast::Decl::Func(fd) = decl {
                    let fid = cx.func_of_decl(fd);
                    if let Some(fid) = fid {
                        cx.lower_func_body(fid, fd);
                        if fd.recv.is_none() && fd.name.name == "init" {
                            init_funcs.push(fid);
                        }
                        if fd.recv.is_none() && fd.name.name == "main" && pkg_name == "main" {
                            cx.prog.main = Some(fid);
                        }
                    }
                }
            }
        }
        if pkg.path == "main" || std::ptr::eq(pkg, packages.last().unwrap()) {
            for &(fid, fd, iinfo) in &inst_funcs {
                cx.info = iinfo;
                cx.lower_func_body(fid, fd);
                cx.info = info;
            }
            inst_funcs.clear();
        }
        let var_init = cx.lower_var_init(pkg, &pkg_name);
        cx.prog.inits.push(var_init);
        cx.prog.inits.extend(init_funcs);
    }
    // gc's order of the reported package's instances (escape analysis
    // visits them in it).
    if let Some(last) = packages.last() {
        let pkg = cx.prog.main.map_or(last.id, |m| cx.prog.func(m).pkg);
        for o in info.gc_inst_order.get(&pkg).into_iter().flatten() {
            if let Some(&f) = cx.funcs_by_obj.get(o) {
                cx.prog.inst_order.push(f);
            }
        }
    }
    if cx.errors.is_empty() {
        cx.prog.range_defers.sort();
        Ok(cx.prog)
    } else {
        Err(cx.errors)
    }
}

struct Lower<'t, 'a> {
    tcx: &'t TyCtx,
    /// The enclosing functions' states while lowering a function literal.
    outer: Vec<FnCx<'a>>,
    /// The function whose body is being lowered (owner of new sites).
    cur_func: Option<FuncId>,
    info: &'t Info,
    prog: Program,
    funcs_by_obj: HashMap<ObjId, FuncId>,
    globals: HashMap<ObjId, GlobalId>,
    errors: Vec<Diagnostic>,
    /// Generated method wrappers by (receiver type, method name).
    wrappers: HashMap<(TypeId, String), Option<FuncId>>,
    /// The last `#next` exit code given out (`rangefunc.rs`).
    rf_codes: i64,
    /// `#stateN` numbering per function (gc numbers them per function).
    rf_states: HashMap<FuncId, u32>,
    /// Per generic instance, the (type parameter, method) pairs its body
    /// calls through gc's dictionary, in order (`note_dict_call`).
    dict_methods: HashMap<FuncId, Vec<(usize, String)>>,
}

/// A `break`/`continue` target while lowering a function body.
struct Target<'a> {
    /// The Go label naming the statement, if any.
    name: Option<&'a str>,
    label: LabelId,
    /// Loops accept `continue`; switches and selects only `break`.
    is_loop: bool,
}

/// Per-function lowering state.
struct FnCx<'a> {
    id: FuncId,
    locals: Vec<Local>,
    by_obj: HashMap<ObjId, LocalId>,
    /// For function literals: the enclosing function's state.
    captures: Vec<Capture>,
    targets: Vec<Target<'a>>,
    /// Go labels (for `goto`) to IR labels.
    goto_labels: HashMap<&'a str, LabelId>,
    next_label: u32,
    loop_depth: u32,
    results: Vec<LocalId>,
    /// Counter for nested function literal names (`f.func1`, `f.func2`).
    lit_count: u32,
    /// Lowering a `for` condition: side-effect-free builtins (`len`, `cap`,
    /// `min`, `max`) stay in the expression (see `hoist_call`).
    in_loop_cond: bool,
    /// The next expression is the whole right-hand side of an assignment
    /// to a variable: gc does not copy a call there to a temporary.
    direct_rhs: bool,
    /// Variables a `:=` or `var` statement is declaring while its
    /// right-hand side is lowered: gc declares them first, so they count
    /// in the `.autotmp_N` numbers of `new(expr)` (see `new_value`).
    pending_decls: usize,
    /// For the synthesized body closure of a range-over-func loop: its
    /// loop state and the exits it found (`rangefunc.rs`).
    rf: Option<RfBody<'a>>,
    /// The `#next` variable of the range-over-func loops being lowered:
    /// (owning function, its local there).
    rf_next: Option<(FuncId, LocalId)>,
    /// Locals of enclosing functions captured by synthesized code, by
    /// (owner, local there).
    syn_caps: HashMap<(FuncId, LocalId), LocalId>,
    /// Counter for range-over-func body closure names (`f-range1`).
    range_count: u32,
    /// The `#defers` token (frame record address) of the range-over-func
    /// loops being lowered, when their bodies contain `defer`.
    rf_defers: Option<(FuncId, LocalId)>,
}

impl<'t, 'a> Lower<'t, 'a> {
    fn ice(&mut self, span: Span, what: &str) {
        self.errors.push(Diagnostic::error(
            span,
            format!("internal compiler error: {what}"),
        ));
    }

    fn tv(&self, e: &ast::Expr) -> Option<&'t TypeAndValue> {
        self.info.types.get(e.id)
    }

    fn invalid(&self) -> TypeId {
        self.tcx.basic(BasicKind::Invalid)
    }

    fn ty_of(&self, e: &ast::Expr) -> TypeId {
        self.tv(e).map(|t| t.ty).unwrap_or_else(|| self.invalid())
    }

    fn declare_func(&mut self, pkg: crate::types::PkgId, pkg_name: &str, fd: &ast::FuncDecl) {
        // `func _` (and a method named `_`) is type-checked but can never be
        // called, so, as in gc, it gets no code and no escape analysis. Such
        // functions are common: stringer writes `func _()` to check constants.
        if fd.name.is_blank() {
            return;
        }
        let Some(Some(obj)) = self.info.defs.get(fd.name.id) else {
            return;
        };
        let o = self.tcx.obj(*obj);
        if matches!(&o.kind, ObjKind::Func(f) if !f.tparams.is_empty()) {
            // Generic: only its instances have code.
            return;
        }
        let (name, short) = match fd.recv {
            Some(recv) => {
                let recv_ty = recv
                    .fields
                    .first()
                    .map(|f| self.ty_of(f.ty))
                    .unwrap_or_else(|| self.invalid());
                let (ptr, base) = match self.tcx.ty(recv_ty) {
                    Type::Pointer(b) => (true, *b),
                    _ => (false, recv_ty),
                };
                let base_name = self.type_name(base);
                let short = if ptr {
                    format!("(*{base_name}).{}", fd.name.name)
                } else {
                    format!("{base_name}.{}", fd.name.name)
                };
                (format!("{pkg_name}.{short}"), short)
            }
            None => {
                let short = if fd.name.name == "init" {
                    format!(
                        "init.{}",
                        self.prog
                            .funcs
                            .iter()
                            .filter(|f| f.pkg == pkg && f.short_name.starts_with("init."))
                            .count()
                    )
                } else {
                    fd.name.name.to_string()
                };
                (format!("{pkg_name}.{short}"), short)
            }
        };
        let (runtime_symbol, noescape, asm) = match &o.kind {
            ObjKind::Func(f) => (f.runtime_symbol.clone(), f.noescape, f.asm),
            _ => (None, false, false),
        };
        let id = FuncId(self.prog.funcs.len() as u32);
        if noescape {
            self.prog.noescape.push(id);
        }
        if asm {
            self.prog.asm.push(id);
        }
        let variadic = matches!(self.tcx.ty(o.ty), Type::Func(s) if s.variadic);
        self.prog.funcs.push(Func {
            name,
            short_name: short,
            pkg,
            span: fd.name.span,
            params: Vec::new(),
            results: Vec::new(),
            variadic,
            locals: Vec::new(),
            body: None,
            runtime_symbol,
            closure: None,
            sig: o.ty,
            wrapper: false,
            shape: None,
        });
        self.funcs_by_obj.insert(*obj, id);
    }

    /// The unqualified name of a named type (for method symbols).
    fn type_name(&self, t: TypeId) -> String {
        match self.tcx.ty(t) {
            Type::Named(_) => crate::types::fmt::named_sym_name(self.tcx, t),
            _ => "?".to_string(),
        }
    }

    fn func_of_decl(&self, fd: &ast::FuncDecl) -> Option<FuncId> {
        let Some(Some(obj)) = self.info.defs.get(fd.name.id) else {
            return None;
        };
        self.funcs_by_obj.get(obj).copied()
    }

    fn new_fn_cx(&self, id: FuncId) -> FnCx<'a> {
        FnCx {
            id,
            locals: Vec::new(),
            by_obj: HashMap::new(),
            captures: Vec::new(),
            targets: Vec::new(),
            goto_labels: HashMap::new(),
            next_label: 0,
            loop_depth: 0,
            results: Vec::new(),
            lit_count: 0,
            in_loop_cond: false,
            direct_rhs: false,
            pending_decls: 0,
            rf: None,
            rf_next: None,
            syn_caps: HashMap::new(),
            range_count: 0,
            rf_defers: None,
        }
    }

    fn lower_func_body(&mut self, fid: FuncId, fd: &'a ast::FuncDecl<'a>) {
        let Some(Some(obj)) = self.info.defs.get(fd.name.id) else {
            return;
        };
        let fobj = match &self.tcx.obj(*obj).kind {
            ObjKind::Func(f) => f.clone(),
            _ => return,
        };
        let mut fx = self.new_fn_cx(fid);
        let mut params = Vec::new();
        if let Some(r) = fobj.recv {
            params.push(self.param_local(&mut fx, r, LocalKind::Param));
        }
        for p in &fobj.params {
            params.push(self.param_local(&mut fx, *p, LocalKind::Param));
        }
        let results: Vec<LocalId> = fobj
            .results
            .iter()
            .map(|r| self.param_local(&mut fx, *r, LocalKind::Result))
            .collect();
        fx.results = results.clone();
        let body = fd.body.map(|b| {
            let mut out = Vec::new();
            self.collect_labels(&mut fx, b.stmts);
            self.block(&mut fx, b.stmts, &mut out);
            out
        });
        let f = &mut self.prog.funcs[fid.index()];
        f.params = params;
        f.results = results;
        f.locals = fx.locals;
        f.body = body;
    }

    fn param_local(&mut self, fx: &mut FnCx, obj: ObjId, kind: LocalKind) -> LocalId {
        let o = self.tcx.obj(obj);
        let id = LocalId(fx.locals.len() as u32);
        fx.locals.push(Local {
            name: o.name.clone(),
            ty: o.ty,
            span: o.span,
            kind,
            addr_taken: false,
            site: None,
            loop_depth: 0,
        });
        fx.by_obj.insert(obj, id);
        id
    }

    fn new_local(
        &mut self,
        fx: &mut FnCx,
        name: &str,
        ty: TypeId,
        span: Span,
        kind: LocalKind,
    ) -> LocalId {
        let id = LocalId(fx.locals.len() as u32);
        fx.locals.push(Local {
            name: name.to_string(),
            ty,
            span,
            kind,
            addr_taken: false,
            site: None,
            loop_depth: fx.loop_depth,
        });
        id
    }

    fn temp(&mut self, fx: &mut FnCx, ty: TypeId, span: Span) -> LocalId {
        let n = fx.locals.len();
        self.new_local(fx, &format!(".autotmp_{n}"), ty, span, LocalKind::Temp)
    }

    /// The local declared by identifier `id` (from `Info::defs`).
    fn def_local(&mut self, fx: &mut FnCx, ident: &ast::Ident) -> Option<LocalId> {
        let obj = (*self.info.defs.get(ident.id)?)?;
        let o = self.tcx.obj(obj);
        let id = self.new_local(fx, &o.name.clone(), o.ty, o.span, LocalKind::Var);
        fx.by_obj.insert(obj, id);
        Some(id)
    }

    /// A `:=` target that the checker defined: declares its local (a
    /// `Decl` in `out`) and returns it as the place to store into. None for
    /// an identifier that is only reassigned.
    fn declare_target(
        &mut self,
        fx: &mut FnCx,
        id: &ast::Ident,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Option<Expr> {
        let l = self.def_local(fx, id)?;
        out.push(Stmt::Decl(l));
        let ty = fx.locals[l.index()].ty;
        Some(Expr {
            kind: ExprKind::Local(l),
            ty,
            span,
        })
    }

    fn new_label(fx: &mut FnCx) -> LabelId {
        fx.next_label += 1;
        LabelId(fx.next_label - 1)
    }

    fn new_site(
        &mut self,
        fx: &FnCx,
        kind: AllocKind,
        span: Span,
        ty: TypeId,
        text: String,
    ) -> AllocSiteId {
        let id = AllocSiteId(self.prog.sites.len() as u32);
        self.prog.sites.push(AllocSite {
            kind,
            func: fx.id,
            span,
            ty,
            text,
            placement: Placement::Heap,
        });
        id
    }

    /// Pre-assigns IR labels to every Go label of a body, so forward `goto`s resolve.
    fn collect_labels(&mut self, fx: &mut FnCx<'a>, stmts: &'a [ast::Stmt<'a>]) {
        for s in stmts {
            self.collect_labels_stmt(fx, s);
        }
    }

    fn collect_labels_stmt(&mut self, fx: &mut FnCx<'a>, s: &'a ast::Stmt<'a>) {
        match &s.kind {
            SK::Labeled { label, stmt } => {
                let l = Self::new_label(fx);
                fx.goto_labels.insert(label.name, l);
                self.collect_labels_stmt(fx, stmt);
            }
            SK::Block(b) => self.collect_labels(fx, b.stmts),
            SK::If { then, els, .. } => {
                self.collect_labels(fx, then.stmts);
                if let Some(e) = els {
                    self.collect_labels_stmt(fx, e);
                }
            }
            SK::For { body, .. } | SK::Range { body, .. } => self.collect_labels(fx, body.stmts),
            SK::Switch { body, .. } | SK::TypeSwitch { body, .. } => {
                for c in body.iter() {
                    self.collect_labels(fx, c.body);
                }
            }
            SK::Select { body, .. } => {
                for c in body.iter() {
                    self.collect_labels(fx, c.body);
                }
            }
            _ => {}
        }
    }

    // ---------------------------------------------------------------- statements

    fn block(&mut self, fx: &mut FnCx<'a>, stmts: &'a [ast::Stmt<'a>], out: &mut Vec<Stmt>) {
        for s in stmts {
            self.stmt(fx, s, out);
        }
    }

    fn stmt(&mut self, fx: &mut FnCx<'a>, s: &'a ast::Stmt<'a>, out: &mut Vec<Stmt>) {
        self.stmt_labeled(fx, s, None, out)
    }

    fn stmt_labeled(
        &mut self,
        fx: &mut FnCx<'a>,
        s: &'a ast::Stmt<'a>,
        label: Option<&'a str>,
        out: &mut Vec<Stmt>,
    ) {
        match &s.kind {
            SK::Empty | SK::Bad => {}
            SK::Decl(d) => self.local_decl(fx, d, out),
            SK::Labeled { label, stmt } => {
                if let Some(l) = fx.goto_labels.get(label.name).copied() {
                    out.push(Stmt::Label(l));
                }
                self.stmt_labeled(fx, stmt, Some(label.name), out);
            }
            SK::Expr(e) => {
                let e = self.stmt_call(fx, e, out);
                out.push(Stmt::Expr(e));
            }
            SK::Send { ch, value, .. } => {
                let c = self.expr(fx, ch, out);
                let v = self.expr(fx, value, out);
                let et = self.chan_elem(c.ty);
                let v = self.coerce(v, et);
                out.push(Stmt::Send(c, v));
            }
            SK::Select { body, .. } => self.select_stmt(fx, label, body, s.span, out),
            SK::IncDec { x, inc, op_span } => {
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                self.op_assign(fx, x, op, OpRhs::One, *op_span, out);
            }
            SK::Assign {
                lhs,
                op,
                rhs,
                op_span,
            } => match op {
                ast::AssignOp::Op(bop) => {
                    let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
                        return;
                    };
                    self.op_assign(fx, l, map_binop(*bop), OpRhs::Expr(r), *op_span, out);
                }
                ast::AssignOp::Define | ast::AssignOp::Assign => {
                    self.assign(fx, lhs, rhs, *op == ast::AssignOp::Define, out);
                }
            },
            SK::Defer(call) if fx.rf.is_some() => {
                // Attached to the enclosing function (`rangefunc.rs`).
                match fx.rf_defers {
                    Some((owner, token)) => {
                        let t = self.capture_local(fx, owner, token, s.span);
                        if !self.prog.range_defers.iter().any(|&(f, _)| f == fx.id) {
                            self.prog.range_defers.push((fx.id, t));
                        }
                        let e = self.stmt_call(fx, call, out);
                        out.push(Stmt::Defer(e));
                    }
                    None => self.ice(s.span, "defer in a range-over-func body without a token"),
                }
            }
            SK::Go(call) | SK::Defer(call) => {
                let e = self.stmt_call(fx, call, out);
                out.push(if matches!(s.kind, SK::Go(_)) {
                    Stmt::Go(e)
                } else {
                    Stmt::Defer(e)
                });
            }
            SK::Return(results) => self.ret(fx, results, s.span, out),
            SK::Branch { kind, label } => {
                let name = label.map(|l| l.name);
                match kind {
                    ast::BranchKind::Break => {
                        self.branch(fx, RfExit::Break(name), None, s.span, out)
                    }
                    ast::BranchKind::Continue => {
                        self.branch(fx, RfExit::Continue(name), None, s.span, out)
                    }
                    ast::BranchKind::Goto => {
                        if let Some(n) = name {
                            self.branch(fx, RfExit::Goto(n), None, s.span, out)
                        }
                    }
                    // Handled by the switch lowering, which looks at the last statement of a clause.
                    ast::BranchKind::Fallthrough => {}
                }
            }
            SK::Block(b) => {
                let mut inner = Vec::new();
                self.block(fx, b.stmts, &mut inner);
                out.push(Stmt::Block(inner));
            }
            SK::If {
                init,
                cond,
                then,
                els,
            } => {
                let mut inner = Vec::new();
                if let Some(i) = init {
                    self.stmt(fx, i, &mut inner);
                }
                let c = self.expr(fx, cond, &mut inner);
                let mut t = Vec::new();
                self.block(fx, then.stmts, &mut t);
                let mut e = Vec::new();
                if let Some(els) = els {
                    self.stmt(fx, els, &mut e);
                }
                inner.push(Stmt::If {
                    cond: c,
                    then: t,
                    els: e,
                });
                out.push(Stmt::Block(inner));
            }
            SK::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(fx, label, *init, *cond, *post, body, out),
            SK::Range {
                key,
                value,
                op,
                x,
                body,
                ..
            } => self.range_stmt(fx, label, *key, *value, *op, x, body, s.span, out),
            SK::Switch {
                init, tag, body, ..
            } => self.switch_stmt(fx, label, *init, *tag, body, s.span, out),
            SK::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(fx, label, *init, *bind, x, body, s.span, out),
        }
    }

    fn local_decl(&mut self, fx: &mut FnCx<'a>, d: &'a ast::Decl<'a>, out: &mut Vec<Stmt>) {
        let ast::Decl::Var(gd) = d else { return };
        for spec in gd.specs {
            if spec.values.is_empty() {
                for n in spec.names {
                    if let Some(l) = self.def_local(fx, n) {
                        out.push(Stmt::Decl(l));
                    }
                }
                // `var x T` has no defining assignment: an empty block ends
                // the declaration, so a following `x = v` is a
                // reassignment (escape analysis then captures `x` by
                // reference, as gc does for `var f func(); f = func() {..f..}`).
                out.push(Stmt::Block(Vec::new()));
                continue;
            }
            fx.direct_rhs = spec.names.len() == 1 && spec.values.len() == 1;
            fx.pending_decls = spec.names.iter().filter(|n| !n.is_blank()).count();
            let rhs = self.rhs_list(fx, spec.values, spec.names.len(), out);
            fx.direct_rhs = false;
            fx.pending_decls = 0;
            let mut places = Vec::new();
            for n in spec.names {
                let p = match self.declare_target(fx, n, n.span, out) {
                    Some(p) => p,
                    None => self.blank(n.span),
                };
                places.push(p);
            }
            let rhs = self.coerce_rhs(rhs, &places);
            out.push(Stmt::Assign(places, rhs));
        }
    }

    fn blank(&self, span: Span) -> Expr {
        Expr {
            kind: ExprKind::Blank,
            ty: self.invalid(),
            span,
        }
    }

    /// Lowers right-hand sides; a single multi-value call for several
    /// targets stays one tuple expression.
    fn rhs_list(
        &mut self,
        fx: &mut FnCx<'a>,
        values: &'a [&'a ast::Expr<'a>],
        _n: usize,
        out: &mut Vec<Stmt>,
    ) -> Vec<Expr> {
        values.iter().map(|v| self.expr(fx, v, out)).collect()
    }

    /// Inserts the implicit conversions of an assignment (to interfaces).
    fn coerce_rhs(&mut self, rhs: Vec<Expr>, places: &[Expr]) -> Vec<Expr> {
        if rhs.len() != places.len() {
            return rhs;
        }
        rhs.into_iter()
            .zip(places)
            .map(|(r, p)| {
                if matches!(p.kind, ExprKind::Blank) {
                    r
                } else {
                    self.coerce(r, p.ty)
                }
            })
            .collect()
    }

    fn assign(
        &mut self,
        fx: &mut FnCx<'a>,
        lhs: &'a [&'a ast::Expr<'a>],
        rhs: &'a [&'a ast::Expr<'a>],
        define: bool,
        out: &mut Vec<Stmt>,
    ) {
        // gc's order: the operands of the left-hand side (calls in index
        // expressions) run first, then the right-hand side; new variables
        // come into existence after the right-hand side.
        let is_new = |l: &ast::Expr| match &l.kind {
            AK::Ident(id) => {
                id.is_blank() || (define && matches!(self.info.defs.get(id.id), Some(Some(_))))
            }
            _ => false,
        };
        let mut early: Vec<Option<Expr>> = Vec::new();
        for l in lhs {
            early.push(if is_new(l) {
                None
            } else {
                let p = self.place(fx, l, out);
                Some(self.map_key_temp(fx, p, out))
            });
        }
        if lhs.len() == 1 && rhs.len() == 1 && matches!(lhs[0].kind, AK::Ident(_)) {
            fx.direct_rhs = true;
        }
        fx.pending_decls = if define {
            lhs.iter()
                .filter(|l| is_new(l) && !matches!(&l.kind, AK::Ident(id) if id.is_blank()))
                .count()
        } else {
            0
        };
        let rvals = self.rhs_list(fx, rhs, lhs.len(), out);
        fx.direct_rhs = false;
        fx.pending_decls = 0;
        let mut places = Vec::new();
        for (l, e) in lhs.iter().zip(early) {
            if let Some(p) = e {
                places.push(p);
                continue;
            }
            if let AK::Ident(id) = &l.kind {
                if id.is_blank() {
                    places.push(self.blank(l.span));
                    continue;
                }
                if define {
                    if let Some(p) = self.declare_target(fx, id, l.span, out) {
                        places.push(p);
                        continue;
                    }
                }
            }
            let p = self.place(fx, l, out);
            places.push(p);
        }
        let rvals = self.coerce_rhs(rvals, &places);
        out.push(Stmt::Assign(places, rvals));
    }

    /// gc's `mapKeyTemp`: a map store or load whose key gc passes by
    /// address (anything but 4- and 8-byte integer-like, pointer and string
    /// keys, or elements over 128 bytes) copies the key when the left-hand
    /// side is evaluated, before the right-hand side's calls run.
    fn map_key_temp(&mut self, fx: &mut FnCx, p: Expr, out: &mut Vec<Stmt>) -> Expr {
        let Expr { kind, ty, span } = p;
        let kind = match kind {
            ExprKind::MapIndex { map, key, comma_ok } => {
                let fast = self.map_fast(map.ty);
                let key = if fast || Self::is_pure(fx, &key) {
                    key
                } else {
                    Box::new(self.spill_always(fx, *key, out))
                };
                ExprKind::MapIndex { map, key, comma_ok }
            }
            k => k,
        };
        Expr { kind, ty, span }
    }

    /// Whether gc uses a `mapaccess*_fast*` routine for map type `m`.
    fn map_fast(&self, m: TypeId) -> bool {
        let Type::Map(k, v) = self.tcx.under(m) else {
            return false;
        };
        if crate::types::layout::layout(self.tcx, *v).size > 128 {
            return false;
        }
        let kl = crate::types::layout::layout(self.tcx, *k);
        match self.tcx.under(*k) {
            Type::Basic(BasicKind::String) => true,
            Type::Basic(BasicKind::Float32 | BasicKind::Float64)
            | Type::Basic(BasicKind::Complex64 | BasicKind::Complex128)
            | Type::Interface(_) => false,
            Type::Pointer(_) | Type::Chan(..) | Type::Map(..) => true,
            Type::Basic(_) => kl.size == 4 || kl.size == 8,
            _ => false,
        }
    }

    /// `x op= y`: the operands of `x` are evaluated once.
    fn op_assign(
        &mut self,
        fx: &mut FnCx<'a>,
        x: &'a ast::Expr<'a>,
        op: BinOp,
        rhs: OpRhs<'a>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let place = self.place(fx, x, out);
        let place = self.stabilize_place(fx, place, out);
        let r = match rhs {
            OpRhs::Expr(e) => self.expr(fx, e, out),
            OpRhs::One => self.const_int(1, place.ty, span),
        };
        let kind = if op == BinOp::Add && self.is_string(place.ty) {
            let site = self.new_site(fx, AllocKind::ConcatAssign, span, place.ty, String::new());
            ExprKind::Concat(vec![place.clone(), r], site)
        } else {
            ExprKind::Binary(op, Box::new(place.clone()), Box::new(r))
        };
        let v = Expr {
            kind,
            ty: place.ty,
            span,
        };
        out.push(Stmt::Assign(vec![place], vec![v]));
    }

    /// Spills the sub-expressions of a place that could have side effects or
    /// change between a read and a write, so the place may be used twice.
    fn stabilize_place(&mut self, fx: &mut FnCx, p: Expr, out: &mut Vec<Stmt>) -> Expr {
        let Expr { kind, ty, span } = p;
        let kind = match kind {
            ExprKind::Deref(ptr) => ExprKind::Deref(Box::new(self.spill(fx, *ptr, out))),
            ExprKind::Field(x, i) => {
                ExprKind::Field(Box::new(self.stabilize_place(fx, *x, out)), i)
            }
            ExprKind::Index(x, i) => {
                let x = if self.is_slice(x.ty) {
                    self.spill(fx, *x, out)
                } else {
                    self.stabilize_place(fx, *x, out)
                };
                ExprKind::Index(Box::new(x), Box::new(self.spill(fx, *i, out)))
            }
            ExprKind::MapIndex { map, key, comma_ok } => ExprKind::MapIndex {
                map: Box::new(self.spill(fx, *map, out)),
                key: Box::new(self.spill(fx, *key, out)),
                comma_ok,
            },
            k => k,
        };
        Expr { kind, ty, span }
    }

    /// Evaluates `e` into a temporary unless it is already trivially stable.
    fn spill(&mut self, fx: &mut FnCx, e: Expr, out: &mut Vec<Stmt>) -> Expr {
        if matches!(
            e.kind,
            ExprKind::Const(_) | ExprKind::Local(_) | ExprKind::Zero
        ) {
            return e;
        }
        let t = self.temp(fx, e.ty, e.span);
        out.push(Stmt::Decl(t));
        let span = e.span;
        let ty = e.ty;
        out.push(Stmt::Assign(
            vec![Expr {
                kind: ExprKind::Local(t),
                ty,
                span,
            }],
            vec![e],
        ));
        Expr {
            kind: ExprKind::Local(t),
            ty,
            span,
        }
    }

    fn ret(
        &mut self,
        fx: &mut FnCx<'a>,
        results: &'a [&'a ast::Expr<'a>],
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        if fx.rf.is_some() {
            return self.rf_return(fx, results, span, out);
        }
        let want: Vec<TypeId> = fx.results.iter().map(|r| fx.locals[r.index()].ty).collect();
        if results.is_empty() {
            let vals = fx
                .results
                .iter()
                .map(|r| Expr {
                    kind: ExprKind::Local(*r),
                    ty: fx.locals[r.index()].ty,
                    span,
                })
                .collect();
            out.push(Stmt::Return(vals));
            return;
        }
        let mut vals: Vec<Expr> = results.iter().map(|r| self.expr(fx, r, out)).collect();
        if vals.len() == 1 && want.len() > 1 {
            // `return f()` with a multi-value f: spread through temporaries.
            let call = vals.pop().unwrap_or_else(|| self.blank(span));
            vals = self.spread(fx, call, out);
        }
        let vals = vals
            .into_iter()
            .zip(want)
            .map(|(v, t)| self.coerce(v, t))
            .collect();
        out.push(Stmt::Return(vals));
    }

    /// Assigns a tuple-valued expression to fresh temporaries and returns them.
    fn spread(&mut self, fx: &mut FnCx, tuple: Expr, out: &mut Vec<Stmt>) -> Vec<Expr> {
        let tys = match self.tcx.ty(tuple.ty) {
            Type::Tuple(ts) => ts.clone(),
            _ => vec![tuple.ty],
        };
        let span = tuple.span;
        let temps: Vec<Expr> = tys
            .iter()
            .map(|t| {
                let l = self.temp(fx, *t, span);
                out.push(Stmt::Decl(l));
                Expr {
                    kind: ExprKind::Local(l),
                    ty: *t,
                    span,
                }
            })
            .collect();
        out.push(Stmt::Assign(temps.clone(), vec![tuple]));
        temps
    }

    #[allow(clippy::too_many_arguments)]
    fn for_stmt(
        &mut self,
        fx: &mut FnCx<'a>,
        name: Option<&'a str>,
        init: Option<&'a ast::Stmt<'a>>,
        cond: Option<&'a ast::Expr<'a>>,
        post: Option<&'a ast::Stmt<'a>>,
        body: &'a ast::Block<'a>,
        out: &mut Vec<Stmt>,
    ) {
        let mut outer = Vec::new();
        let locals_before = fx.locals.len();
        if let Some(i) = init {
            self.stmt(fx, i, &mut outer);
        }
        let loop_vars: Vec<LocalId> = (locals_before..fx.locals.len())
            .map(|i| LocalId(i as u32))
            .collect();
        let label = Self::new_label(fx);
        fx.loop_depth += 1;
        let mut pre = Vec::new();
        fx.in_loop_cond = true;
        let c = cond.map(|c| self.expr(fx, c, &mut pre));
        fx.in_loop_cond = false;
        fx.targets.push(Target {
            name,
            label,
            is_loop: true,
        });
        let mut b = Vec::new();
        self.block(fx, body.stmts, &mut b);
        fx.targets.pop();
        let mut p = Vec::new();
        // Go 1.22: each iteration has its own copy of the loop variables,
        // made fresh before the post statement. Only variables whose address
        // escapes into the iteration (address taken or captured) can tell.
        for v in &loop_vars {
            if fx.locals[v.index()].addr_taken {
                let ty = fx.locals[v.index()].ty;
                let span = fx.locals[v.index()].span;
                let t = self.temp(fx, ty, span);
                let lv = Expr {
                    kind: ExprKind::Local(*v),
                    ty,
                    span,
                };
                let lt = Expr {
                    kind: ExprKind::Local(t),
                    ty,
                    span,
                };
                p.push(Stmt::Decl(t));
                p.push(Stmt::Assign(vec![lt.clone()], vec![lv.clone()]));
                p.push(Stmt::Decl(*v));
                p.push(Stmt::Assign(vec![lv], vec![lt]));
            }
        }
        if let Some(ps) = post {
            self.stmt(fx, ps, &mut p);
        }
        fx.loop_depth -= 1;
        let (cond, body) = if pre.is_empty() {
            (c, b)
        } else {
            // The condition needs statements of its own: test inside the body.
            let mut nb = pre;
            if let Some(c) = c {
                let span = c.span;
                let ty = c.ty;
                nb.push(Stmt::If {
                    cond: Expr {
                        kind: ExprKind::Unary(UnOp::Not, Box::new(c)),
                        ty,
                        span,
                    },
                    then: vec![Stmt::Break(label)],
                    els: vec![],
                });
            }
            nb.extend(b);
            (None, nb)
        };
        outer.push(Stmt::Loop {
            label,
            cond,
            body,
            post: p,
        });
        out.push(Stmt::Block(outer));
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        fx: &mut FnCx<'a>,
        name: Option<&'a str>,
        key: Option<&'a ast::Expr<'a>>,
        value: Option<&'a ast::Expr<'a>>,
        op: Option<ast::AssignOp>,
        x: &'a ast::Expr<'a>,
        body: &'a ast::Block<'a>,
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let mut outer = Vec::new();
        let int = self.tcx.basic(BasicKind::Int);
        let xt = self.ty_of(x);
        let xu = self.tcx.underlying(xt);
        let define = op == Some(ast::AssignOp::Define);
        if let Type::Func(sig) = self.tcx.ty(xu) {
            let sig = sig.clone();
            return self.range_func(fx, name, key, value, define, x, &sig, body, span, out);
        }
        let xv = self.expr(fx, x, &mut outer);
        if let Type::Map(..) = self.tcx.ty(xu) {
            return self.range_map(fx, name, key, value, define, xv, body, span, outer, out);
        }
        if let Type::Chan(..) = self.tcx.ty(xu) {
            return self.range_chan(fx, name, key, define, xv, body, span, outer, out);
        }
        // The value ranged over, evaluated once into a temporary of its
        // own (`spill_always`): the body may reassign the variable ranged
        // over, which must not change the iteration (spec: "The range
        // expression x is evaluated once before beginning the loop").
        let (coll, len_expr, kind) = match self.tcx.ty(xu).clone() {
            Type::Basic(b) if is_int_kind(b) => {
                let n = self.spill_always(fx, xv, &mut outer);
                (n.clone(), n, RangeKind::Int)
            }
            Type::Basic(BasicKind::String) => {
                let s = self.spill_always(fx, xv, &mut outer);
                let l = Expr {
                    kind: ExprKind::Builtin {
                        op: BuiltinOp::Len,
                        args: vec![s.clone()],
                        site: None,
                    },
                    ty: int,
                    span,
                };
                (s, l, RangeKind::String)
            }
            Type::Slice(_) => {
                // Always a copy (gc's `ha := a`): the body may assign the
                // ranged-over variable, and the copy is where gc's `slice`
                // pass sees the slice shared (`ir::stackbuf`).
                let s = self.spill_always(fx, xv, &mut outer);
                Self::mark_range_temp(fx, &s);
                let l = Expr {
                    kind: ExprKind::Builtin {
                        op: BuiltinOp::Len,
                        args: vec![s.clone()],
                        site: None,
                    },
                    ty: int,
                    span,
                };
                (s, l, RangeKind::Indexable)
            }
            Type::Array(_, n) => {
                // Ranging over an array copies it (only if the value is used).
                let a = if value.is_some() {
                    let a = self.spill_always(fx, xv, &mut outer);
                    Self::mark_range_temp(fx, &a);
                    a
                } else {
                    xv
                };
                (a, self.const_int(n as i64, int, span), RangeKind::Indexable)
            }
            Type::Pointer(p) => {
                let n = match self.tcx.under(p) {
                    Type::Array(_, n) => *n,
                    _ => 0,
                };
                let ptr = self.spill_always(fx, xv, &mut outer);
                Self::mark_range_temp(fx, &ptr);
                let arr_ty = p;
                let deref = Expr {
                    kind: ExprKind::Deref(Box::new(ptr)),
                    ty: arr_ty,
                    span,
                };
                (
                    deref,
                    self.const_int(n as i64, int, span),
                    RangeKind::Indexable,
                )
            }
            _ => {
                self.errors.push(Diagnostic::error(
                    span,
                    "rgo: not yet supported: range over this type",
                ));
                return;
            }
        };
        let hv_ty = if kind == RangeKind::Int { coll.ty } else { int };
        let hv = self.temp(fx, hv_ty, span);
        let hv_e = Expr {
            kind: ExprKind::Local(hv),
            ty: hv_ty,
            span,
        };
        outer.push(Stmt::Decl(hv));
        let hn = if kind == RangeKind::String {
            let t = self.temp(fx, int, span);
            outer.push(Stmt::Decl(t));
            Some(Expr {
                kind: ExprKind::Local(t),
                ty: int,
                span,
            })
        } else {
            None
        };
        let label = Self::new_label(fx);
        fx.loop_depth += 1;
        let mut b = Vec::new();
        // The iteration's key and value.
        let key_val;
        let mut val_val = None;
        match kind {
            RangeKind::Int => key_val = Some(hv_e.clone()),
            RangeKind::Indexable => {
                key_val = Some(hv_e.clone());
                if value.is_some() {
                    let et = self.elem_type(coll.ty);
                    val_val = Some(Expr {
                        kind: ExprKind::Index(Box::new(coll.clone()), Box::new(hv_e.clone())),
                        ty: et,
                        span,
                    });
                }
            }
            RangeKind::String => {
                let rune = self.tcx.basic(BasicKind::Int32);
                let r = self.temp(fx, rune, span);
                let re = Expr {
                    kind: ExprKind::Local(r),
                    ty: rune,
                    span,
                };
                b.push(Stmt::Decl(r));
                let tuple = self.tcx_tuple(&[rune, int]);
                let dec = Expr {
                    kind: ExprKind::DecodeRune(Box::new(coll.clone()), Box::new(hv_e.clone())),
                    ty: tuple,
                    span,
                };
                let hn = hn.clone().unwrap_or_else(|| self.blank(span));
                b.push(Stmt::Assign(vec![re.clone(), hn], vec![dec]));
                key_val = Some(hv_e.clone());
                val_val = Some(re);
            }
        }
        self.range_vars(fx, key, value, define, key_val, val_val, &mut b);
        fx.targets.push(Target {
            name,
            label,
            is_loop: true,
        });
        self.block(fx, body.stmts, &mut b);
        fx.targets.pop();
        fx.loop_depth -= 1;
        let post = match &hn {
            Some(hn) => vec![Stmt::Assign(vec![hv_e.clone()], vec![hn.clone()])],
            None => {
                let one = self.const_int(1, hv_ty, span);
                vec![Stmt::Assign(
                    vec![hv_e.clone()],
                    vec![Expr {
                        kind: ExprKind::Binary(BinOp::Add, Box::new(hv_e.clone()), Box::new(one)),
                        ty: hv_ty,
                        span,
                    }],
                )]
            }
        };
        let zero = self.const_int(0, hv_ty, span);
        outer.push(Stmt::Assign(vec![hv_e.clone()], vec![zero]));
        let bool_t = self.tcx.basic(BasicKind::Bool);
        let cond = Expr {
            kind: ExprKind::Binary(BinOp::Lt, Box::new(hv_e), Box::new(len_expr)),
            ty: bool_t,
            span,
        };
        outer.push(Stmt::Loop {
            label,
            cond: Some(cond),
            body: b,
            post,
        });
        out.push(Stmt::Block(outer));
    }

    /// Marks the temporary holding a range operand (`LocalKind::RangeTemp`).
    fn mark_range_temp(fx: &mut FnCx, e: &Expr) {
        if let ExprKind::Local(t) = e.kind {
            if fx.locals[t.index()].kind == LocalKind::Temp {
                fx.locals[t.index()].kind = LocalKind::RangeTemp;
            }
        }
    }

    /// Declares or assigns a `range` loop's iteration variables from the
    /// iteration's key and value, at the start of the body `b`.
    #[allow(clippy::too_many_arguments)]
    fn range_vars(
        &mut self,
        fx: &mut FnCx<'a>,
        key: Option<&'a ast::Expr<'a>>,
        value: Option<&'a ast::Expr<'a>>,
        define: bool,
        key_val: Option<Expr>,
        val_val: Option<Expr>,
        b: &mut Vec<Stmt>,
    ) {
        let pairs = [(key, key_val), (value, val_val)]
            .into_iter()
            .filter_map(|(t, v)| Some((t?, v?)));
        self.bind_targets(fx, pairs, define, b);
    }

    /// `for k, v := range m` over a map: the map is evaluated once, then
    /// `it := MapIterInit(m); for MapIterNext(it) { k, v := MapIterKey(it),
    /// MapIterElem(it, m); body }` (gc's `mapiterinit`/`mapiternext`).
    #[allow(clippy::too_many_arguments)]
    fn range_map(
        &mut self,
        fx: &mut FnCx<'a>,
        name: Option<&'a str>,
        key: Option<&'a ast::Expr<'a>>,
        value: Option<&'a ast::Expr<'a>>,
        define: bool,
        xv: Expr,
        body: &'a ast::Block<'a>,
        span: Span,
        mut outer: Vec<Stmt>,
        out: &mut Vec<Stmt>,
    ) {
        let (kt, vt) = match self.tcx.under(xv.ty) {
            Type::Map(k, v) => (*k, *v),
            _ => (xv.ty, xv.ty),
        };
        // Evaluated once, into a temporary even when it is a variable: gc
        // ranges over the map value the loop started with.
        let t = self.temp(fx, xv.ty, span);
        fx.locals[t.index()].kind = LocalKind::RangeTemp;
        outer.push(Stmt::Decl(t));
        let hm = Expr {
            kind: ExprKind::Local(t),
            ty: xv.ty,
            span,
        };
        outer.push(Stmt::Assign(vec![hm.clone()], vec![xv]));
        let uintptr = self.tcx.basic(BasicKind::Uintptr);
        let bool_t = self.tcx.basic(BasicKind::Bool);
        let it_local = self.temp(fx, uintptr, span);
        outer.push(Stmt::Decl(it_local));
        let it = Expr {
            kind: ExprKind::Local(it_local),
            ty: uintptr,
            span,
        };
        let builtin = |op, args, ty| Expr {
            kind: ExprKind::Builtin {
                op,
                args,
                site: None,
            },
            ty,
            span,
        };
        outer.push(Stmt::Assign(
            vec![it.clone()],
            vec![builtin(BuiltinOp::MapIterInit, vec![hm.clone()], uintptr)],
        ));
        let label = Self::new_label(fx);
        fx.loop_depth += 1;
        let mut b = Vec::new();
        let key_val = key.map(|_| builtin(BuiltinOp::MapIterKey, vec![it.clone()], kt));
        let val_val = value.map(|_| builtin(BuiltinOp::MapIterElem, vec![it.clone(), hm], vt));
        self.range_vars(fx, key, value, define, key_val, val_val, &mut b);
        fx.targets.push(Target {
            name,
            label,
            is_loop: true,
        });
        self.block(fx, body.stmts, &mut b);
        fx.targets.pop();
        fx.loop_depth -= 1;
        outer.push(Stmt::Loop {
            label,
            cond: Some(builtin(BuiltinOp::MapIterNext, vec![it], bool_t)),
            body: b,
            post: Vec::new(),
        });
        out.push(Stmt::Block(outer));
    }

    /// The element type of a channel type.
    fn chan_elem(&self, t: TypeId) -> TypeId {
        match self.tcx.under(t) {
            Type::Chan(_, e) => *e,
            _ => t,
        }
    }

    /// `for v := range ch`: the channel is evaluated once, then
    /// `for { v', ok := <-ch; if !ok { break }; v := v'; body }` (gc's
    /// `walkRange` for channels).
    #[allow(clippy::too_many_arguments)]
    fn range_chan(
        &mut self,
        fx: &mut FnCx<'a>,
        name: Option<&'a str>,
        key: Option<&'a ast::Expr<'a>>,
        define: bool,
        xv: Expr,
        body: &'a ast::Block<'a>,
        span: Span,
        mut outer: Vec<Stmt>,
        out: &mut Vec<Stmt>,
    ) {
        let et = self.chan_elem(xv.ty);
        let bool_t = self.tcx.basic(BasicKind::Bool);
        let hc = self.spill_always(fx, xv, &mut outer);
        let label = Self::new_label(fx);
        fx.loop_depth += 1;
        let mut b = Vec::new();
        let local = |l: LocalId, ty| Expr {
            kind: ExprKind::Local(l),
            ty,
            span,
        };
        let hv = self.temp(fx, et, span);
        let ok = self.temp(fx, bool_t, span);
        b.push(Stmt::Decl(hv));
        b.push(Stmt::Decl(ok));
        let tuple = self.tcx_tuple(&[et, bool_t]);
        b.push(Stmt::Assign(
            vec![local(hv, et), local(ok, bool_t)],
            vec![Expr {
                kind: ExprKind::Recv {
                    ch: Box::new(hc),
                    comma_ok: true,
                },
                ty: tuple,
                span,
            }],
        ));
        b.push(Stmt::If {
            cond: Expr {
                kind: ExprKind::Unary(UnOp::Not, Box::new(local(ok, bool_t))),
                ty: bool_t,
                span,
            },
            then: vec![Stmt::Break(label)],
            els: Vec::new(),
        });
        self.range_vars(fx, key, None, define, Some(local(hv, et)), None, &mut b);
        fx.targets.push(Target {
            name,
            label,
            is_loop: true,
        });
        self.block(fx, body.stmts, &mut b);
        fx.targets.pop();
        fx.loop_depth -= 1;
        outer.push(Stmt::Loop {
            label,
            cond: None,
            body: b,
            post: Vec::new(),
        });
        out.push(Stmt::Block(outer));
    }

    /// `select`: every channel operand and send value is evaluated into a
    /// temporary, in source order; then `idx, ok := Select(cases)` and,
    /// inside a `Breakable`, `if idx == i { vars := temps; body }` per case
    /// (`-1` is the `default`).
    fn select_stmt(
        &mut self,
        fx: &mut FnCx<'a>,
        name: Option<&'a str>,
        clauses: &'a [ast::CommClause<'a>],
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let mut outer = Vec::new();
        let int = self.tcx.basic(BasicKind::Int);
        let bool_t = self.tcx.basic(BasicKind::Bool);
        let local = |l: LocalId, ty, span| Expr {
            kind: ExprKind::Local(l),
            ty,
            span,
        };
        let mut cases = Vec::new();
        // Per clause: its case index (None: default), and for a receive the
        // temporary of the value and the statement that receives.
        let mut clause_info = Vec::new();
        for cc in clauses.iter() {
            let Some(comm) = cc.comm else {
                clause_info.push((None, None, None));
                continue;
            };
            let idx = cases.len();
            match &comm.kind {
                SK::Send { ch, value, .. } => {
                    let c = self.expr(fx, ch, &mut outer);
                    let c = self.spill_always(fx, c, &mut outer);
                    let v = self.expr(fx, value, &mut outer);
                    let et = self.chan_elem(c.ty);
                    let v = self.coerce(v, et);
                    let v = self.spill_always(fx, v, &mut outer);
                    cases.push(SelectCase {
                        ch: c,
                        send: Some(v),
                        recv: None,
                    });
                    clause_info.push((Some(idx), None, None));
                }
                SK::Expr(e) | SK::Assign { rhs: [e], .. } => {
                    let recv = unparen_ast(e);
                    let AK::Unary { x, .. } = &recv.kind else {
                        continue;
                    };
                    let c = self.expr(fx, x, &mut outer);
                    let c = self.spill_always(fx, c, &mut outer);
                    let et = self.chan_elem(c.ty);
                    let wants = matches!(comm.kind, SK::Assign { .. });
                    let hv = wants.then(|| {
                        let t = self.temp(fx, et, span);
                        outer.push(Stmt::Decl(t));
                        t
                    });
                    cases.push(SelectCase {
                        ch: c,
                        send: None,
                        recv: hv,
                    });
                    clause_info.push((Some(idx), hv.map(|h| (h, et)), Some(comm)));
                }
                _ => clause_info.push((None, None, None)),
            }
        }
        let has_default = clauses.iter().any(|c| c.comm.is_none());
        let idx_l = self.temp(fx, int, span);
        let ok_l = self.temp(fx, bool_t, span);
        outer.push(Stmt::Decl(idx_l));
        outer.push(Stmt::Decl(ok_l));
        let tuple = self.tcx_tuple(&[int, bool_t]);
        outer.push(Stmt::Assign(
            vec![local(idx_l, int, span), local(ok_l, bool_t, span)],
            vec![Expr {
                kind: ExprKind::Select {
                    cases,
                    block: !has_default,
                },
                ty: tuple,
                span,
            }],
        ));
        let label = Self::new_label(fx);
        fx.targets.push(Target {
            name,
            label,
            is_loop: false,
        });
        let mut body = Vec::new();
        for (cc, (idx, hv, comm)) in clauses.iter().zip(clause_info) {
            let mut cb = Vec::new();
            if let (Some((hv, et)), Some(comm)) = (hv, comm) {
                if let SK::Assign { lhs, op, .. } = &comm.kind {
                    let define = *op == ast::AssignOp::Define;
                    let ok_val = (lhs.len() > 1).then(|| local(ok_l, bool_t, span));
                    let v = local(hv, et, span);
                    self.select_vars(fx, lhs, define, v, ok_val, &mut cb);
                }
            }
            self.block(fx, cc.body, &mut cb);
            cb.push(Stmt::Break(label));
            let want = match idx {
                Some(i) => i as i64,
                None if cc.comm.is_none() => -1,
                None => continue,
            };
            let want = self.const_int(want, int, span);
            body.push(Stmt::If {
                cond: Expr {
                    kind: ExprKind::Binary(
                        BinOp::Eq,
                        Box::new(local(idx_l, int, span)),
                        Box::new(want),
                    ),
                    ty: bool_t,
                    span,
                },
                then: cb,
                els: Vec::new(),
            });
        }
        fx.targets.pop();
        outer.push(Stmt::Breakable { label, body });
        out.push(Stmt::Block(outer));
    }

    /// The variables of a receive case (`v, ok := <-ch` / `x, y = <-ch`),
    /// declared or assigned at the start of the case body.
    fn select_vars(
        &mut self,
        fx: &mut FnCx<'a>,
        lhs: &'a [&'a ast::Expr<'a>],
        define: bool,
        v: Expr,
        ok: Option<Expr>,
        b: &mut Vec<Stmt>,
    ) {
        let pairs = lhs
            .iter()
            .zip([Some(v), ok])
            .filter_map(|(&t, v)| Some((t, v?)));
        self.bind_targets(fx, pairs, define, b);
    }

    /// Stores values into assignment targets at the start of a body: the
    /// variables of a `range` clause or of a select receive case. With
    /// `define` (`:=`) an identifier target declares its variable there;
    /// otherwise (or for a target the checker did not define) it is an
    /// ordinary place. Blank targets drop their value. One tuple
    /// assignment, so all targets are evaluated before any is stored.
    fn bind_targets(
        &mut self,
        fx: &mut FnCx<'a>,
        pairs: impl IntoIterator<Item = (&'a ast::Expr<'a>, Expr)>,
        define: bool,
        b: &mut Vec<Stmt>,
    ) {
        let mut places = Vec::new();
        let mut vals = Vec::new();
        for (target, val) in pairs {
            if let AK::Ident(id) = &target.kind {
                if id.is_blank() {
                    continue;
                }
                if define {
                    if let Some(p) = self.declare_target(fx, id, target.span, b) {
                        places.push(p);
                        vals.push(val);
                        continue;
                    }
                }
            }
            let p = self.place(fx, target, b);
            places.push(p);
            vals.push(val);
        }
        if !places.is_empty() {
            let vals = self.coerce_rhs(vals, &places);
            b.push(Stmt::Assign(places, vals));
        }
    }

    fn tcx_tuple(&self, tys: &[TypeId]) -> TypeId {
        // Tuples are interned by the checker for every multi-value call and
        // every signature with several results; a tuple the checker never
        // made (range over string) is looked up by a linear scan, falling
        // back to the first element type.
        self.tcx
            .types
            .iter()
            .position(|t| matches!(t, Type::Tuple(ts) if ts.as_slice() == tys))
            .map(|i| TypeId(i as u32))
            .unwrap_or(tys[0])
    }

    #[allow(clippy::too_many_arguments)]
    fn switch_stmt(
        &mut self,
        fx: &mut FnCx<'a>,
        name: Option<&'a str>,
        init: Option<&'a ast::Stmt<'a>>,
        tag: Option<&'a ast::Expr<'a>>,
        clauses: &'a [ast::CaseClause<'a>],
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let mut outer = Vec::new();
        if let Some(i) = init {
            self.stmt(fx, i, &mut outer);
        }
        let bool_t = self.tcx.basic(BasicKind::Bool);
        let tag_v = match tag {
            Some(t) => {
                let v = self.expr(fx, t, &mut outer);
                Some(self.spill_always(fx, v, &mut outer))
            }
            None => None,
        };
        let label = Self::new_label(fx);
        let body_labels: Vec<LabelId> = clauses.iter().map(|_| Self::new_label(fx)).collect();
        let mut tests = Vec::new();
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            if c.is_default {
                default = Some(body_labels[ci]);
                continue;
            }
            for e in c.list {
                let v = self.expr(fx, e, &mut tests);
                let cond = match &tag_v {
                    Some(t) => self.compare_eq(t.clone(), v, bool_t, e.span),
                    None => v,
                };
                tests.push(Stmt::If {
                    cond,
                    then: vec![Stmt::Goto(body_labels[ci])],
                    els: vec![],
                });
            }
        }
        tests.push(match default {
            Some(d) => Stmt::Goto(d),
            None => Stmt::Break(label),
        });
        fx.targets.push(Target {
            name,
            label,
            is_loop: false,
        });
        let mut body = tests;
        for (ci, c) in clauses.iter().enumerate() {
            body.push(Stmt::Label(body_labels[ci]));
            let mut cb = Vec::new();
            self.block(fx, c.body, &mut cb);
            let falls = matches!(
                c.body.last().map(|s| &s.kind),
                Some(SK::Branch {
                    kind: ast::BranchKind::Fallthrough,
                    ..
                })
            );
            body.push(Stmt::Block(cb));
            if falls && ci + 1 < clauses.len() {
                body.push(Stmt::Goto(body_labels[ci + 1]));
            } else {
                body.push(Stmt::Break(label));
            }
        }
        fx.targets.pop();
        let _ = span;
        outer.push(Stmt::Breakable { label, body });
        out.push(Stmt::Block(outer));
    }

    fn spill_always(&mut self, fx: &mut FnCx, e: Expr, out: &mut Vec<Stmt>) -> Expr {
        if matches!(e.kind, ExprKind::Const(_)) {
            return e;
        }
        let t = self.temp(fx, e.ty, e.span);
        out.push(Stmt::Decl(t));
        let (ty, span) = (e.ty, e.span);
        out.push(Stmt::Assign(
            vec![Expr {
                kind: ExprKind::Local(t),
                ty,
                span,
            }],
            vec![e],
        ));
        Expr {
            kind: ExprKind::Local(t),
            ty,
            span,
        }
    }

    /// `a == b` for a switch case, converting a concrete operand to the
    /// other's interface type when needed.
    fn compare_eq(&mut self, a: Expr, b: Expr, bool_t: TypeId, span: Span) -> Expr {
        let (a, b) = self.unify_cmp(a, b);
        Expr {
            kind: ExprKind::Binary(BinOp::Eq, Box::new(a), Box::new(b)),
            ty: bool_t,
            span,
        }
    }

    fn unify_cmp(&mut self, a: Expr, b: Expr) -> (Expr, Expr) {
        match (self.iface_methods(a.ty), self.iface_methods(b.ty)) {
            (Some(_), None) => {
                let t = a.ty;
                (a, self.coerce(b, t))
            }
            (None, Some(_)) => {
                let t = b.ty;
                (self.coerce(a, t), b)
            }
            // Two interface types (`any == error`): the checker made one
            // assignable to the other, so convert the one with more methods
            // to the other's type; the words then mean the same thing.
            (Some(na), Some(nb)) if a.ty != b.ty => {
                if na <= nb {
                    let t = a.ty;
                    (a, self.coerce(b, t))
                } else {
                    let t = b.ty;
                    (self.coerce(a, t), b)
                }
            }
            _ => (a, b),
        }
    }

    /// The number of methods of an interface type (`None` for other types).
    fn iface_methods(&self, t: TypeId) -> Option<usize> {
        match self.tcx.under(t) {
            Type::Interface(ms) => Some(ms.len()),
            _ => None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn type_switch(
        &mut self,
        fx: &mut FnCx<'a>,
        name: Option<&'a str>,
        init: Option<&'a ast::Stmt<'a>>,
        bind: Option<ast::Ident<'a>>,
        x: &'a ast::Expr<'a>,
        clauses: &'a [ast::CaseClause<'a>],
        span: Span,
        out: &mut Vec<Stmt>,
    ) {
        let mut outer = Vec::new();
        if let Some(i) = init {
            self.stmt(fx, i, &mut outer);
        }
        let bool_t = self.tcx.basic(BasicKind::Bool);
        let uintptr = self.tcx.basic(BasicKind::Uintptr);
        let xv = self.expr(fx, x, &mut outer);
        let xv = self.spill_always(fx, xv, &mut outer);
        let dyn_t = Expr {
            kind: ExprKind::IfaceType(Box::new(xv.clone())),
            ty: uintptr,
            span,
        };
        let dyn_t = self.spill_always(fx, dyn_t, &mut outer);
        let label = Self::new_label(fx);
        let body_labels: Vec<LabelId> = clauses.iter().map(|_| Self::new_label(fx)).collect();
        let mut tests = Vec::new();
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            if c.is_default {
                default = Some(body_labels[ci]);
                continue;
            }
            for e in c.list {
                let tv = self.tv(e);
                let is_nil = tv.map(|t| t.mode != Mode::TypeExpr).unwrap_or(false);
                let cond = if is_nil {
                    let zero = Expr {
                        kind: ExprKind::Const(crate::types::ConstValue::Int(0.into())),
                        ty: uintptr,
                        span: e.span,
                    };
                    Expr {
                        kind: ExprKind::Binary(BinOp::Eq, Box::new(dyn_t.clone()), Box::new(zero)),
                        ty: bool_t,
                        span: e.span,
                    }
                } else {
                    let t = self.ty_of(e);
                    if self.is_interface(t) {
                        // `case I:` — the assertion succeeds if the dynamic type implements I.
                        let tuple = self.tcx_tuple(&[t, bool_t]);
                        let a = Expr {
                            kind: ExprKind::TypeAssert {
                                x: Box::new(xv.clone()),
                                comma_ok: true,
                            },
                            ty: tuple,
                            span: e.span,
                        };
                        let tmp = self.temp(fx, bool_t, e.span);
                        tests.push(Stmt::Decl(tmp));
                        let te = Expr {
                            kind: ExprKind::Local(tmp),
                            ty: bool_t,
                            span: e.span,
                        };
                        tests.push(Stmt::Assign(vec![self.blank(e.span), te.clone()], vec![a]));
                        te
                    } else {
                        let want = Expr {
                            kind: ExprKind::TypeDesc(t),
                            ty: uintptr,
                            span: e.span,
                        };
                        Expr {
                            kind: ExprKind::Binary(
                                BinOp::Eq,
                                Box::new(dyn_t.clone()),
                                Box::new(want),
                            ),
                            ty: bool_t,
                            span: e.span,
                        }
                    }
                };
                tests.push(Stmt::If {
                    cond,
                    then: vec![Stmt::Goto(body_labels[ci])],
                    els: vec![],
                });
            }
        }
        tests.push(match default {
            Some(d) => Stmt::Goto(d),
            None => Stmt::Break(label),
        });
        fx.targets.push(Target {
            name,
            label,
            is_loop: false,
        });
        let mut body = tests;
        for (ci, c) in clauses.iter().enumerate() {
            body.push(Stmt::Label(body_labels[ci]));
            let mut cb = Vec::new();
            if bind.is_some() {
                if let Some(obj) = self.info.implicits.get(c.implicit).copied() {
                    let o = self.tcx.obj(obj);
                    let (vname, vty, vspan) = (o.name.clone(), o.ty, o.span);
                    let l = self.new_local(fx, &vname, vty, vspan, LocalKind::Var);
                    fx.by_obj.insert(obj, l);
                    cb.push(Stmt::Decl(l));
                    let place = Expr {
                        kind: ExprKind::Local(l),
                        ty: vty,
                        span: vspan,
                    };
                    let val = if vty == xv.ty {
                        xv.clone()
                    } else if self.is_interface(vty) {
                        let tuple = self.tcx_tuple(&[vty, bool_t]);
                        let a = Expr {
                            kind: ExprKind::TypeAssert {
                                x: Box::new(xv.clone()),
                                comma_ok: true,
                            },
                            ty: tuple,
                            span: vspan,
                        };
                        cb.push(Stmt::Assign(vec![place, self.blank(vspan)], vec![a]));
                        self.block(fx, c.body, &mut cb);
                        body.push(Stmt::Block(cb));
                        body.push(Stmt::Break(label));
                        continue;
                    } else {
                        Expr {
                            kind: ExprKind::TypeAssert {
                                x: Box::new(xv.clone()),
                                comma_ok: false,
                            },
                            ty: vty,
                            span: vspan,
                        }
                    };
                    cb.push(Stmt::Assign(vec![place], vec![val]));
                }
            }
            self.block(fx, c.body, &mut cb);
            body.push(Stmt::Block(cb));
            body.push(Stmt::Break(label));
        }
        fx.targets.pop();
        outer.push(Stmt::Breakable { label, body });
        out.push(Stmt::Block(outer));
    }

    /// The package's variable-initialisation function (`pkg.init.vars`).
    fn lower_var_init(&mut self, pkg: &'a LoadedPackage<'a>, pkg_name: &str) -> FuncId {
        let id = FuncId(self.prog.funcs.len() as u32);
        let void_sig = self.tcx.types.iter().position(
            |t| matches!(t, Type::Func(s) if s.params.is_empty() && s.results.is_empty()),
        );
        self.prog.funcs.push(Func {
            name: format!("{pkg_name}.init"),
            short_name: "init".into(),
            pkg: pkg.id,
            span: Span::default(),
            params: vec![],
            results: vec![],
            variadic: false,
            locals: vec![],
            body: None,
            runtime_symbol: None,
            closure: None,
            sig: void_sig
                .map(|i| TypeId(i as u32))
                .unwrap_or_else(|| self.invalid()),
            wrapper: false,
            shape: None,
        });
        let mut fx = self.new_fn_cx(id);
        let mut out = Vec::new();
        // Map NodeId of each initialiser expression to its AST node.
        let mut rhs_nodes: HashMap<ast::NodeId, &ast::Expr> = HashMap::new();
        for file in &pkg.files {
            for decl in file.decls {
                if let ast::Decl::Var(gd) = decl {
                    for spec in gd.specs {
                        for v in spec.values {
                            rhs_nodes.insert(v.id, v);
                        }
                    }
                }
            }
        }
        if let Some(order) = self.info.init_order.get(&pkg.id) {
            for init in order {
                let Some(rhs) = rhs_nodes.get(&init.rhs).copied() else {
                    continue;
                };
                let v = self.expr(&mut fx, rhs, &mut out);
                let places: Vec<Expr> = init
                    .lhs
                    .iter()
                    .map(|o| match self.globals.get(o) {
                        // At its name, as gc's `x = rhs` of the declaration.
                        Some(g) => Expr {
                            kind: ExprKind::Global(*g),
                            ty: self.prog.globals[g.index()].ty,
                            span: self.prog.globals[g.index()].span,
                        },
                        None => self.blank(rhs.span),
                    })
                    .collect();
                let vals = self.coerce_rhs(vec![v], &places);
                out.push(Stmt::Assign(places, vals));
            }
        }
        let f = &mut self.prog.funcs[id.index()];
        f.locals = fx.locals;
        f.body = Some(out);
        id
    }

    // ---------------------------------------------------------------- expressions

    fn const_int(&self, v: i64, ty: TypeId, span: Span) -> Expr {
        Expr {
            kind: ExprKind::Const(crate::types::ConstValue::Int(v.into())),
            ty,
            span,
        }
    }

    fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.tcx.under(t), Type::Interface(_))
    }

    fn is_string(&self, t: TypeId) -> bool {
        matches!(
            self.tcx.under(t),
            Type::Basic(BasicKind::String | BasicKind::UntypedString)
        )
    }

    fn is_slice(&self, t: TypeId) -> bool {
        matches!(self.tcx.under(t), Type::Slice(_))
    }

    fn elem_type(&self, t: TypeId) -> TypeId {
        match self.tcx.under(t) {
            Type::Slice(e)
            | Type::Array(e, _)
            | Type::Pointer(e)
            | Type::Chan(_, e)
            | Type::Map(_, e) => *e,
            Type::Basic(_) => self.tcx.basic(BasicKind::Uint8),
            _ => self.invalid(),
        }
    }

    /// Converts `e` to type `to` where Go converts implicitly: to interfaces.
    fn coerce(&mut self, e: Expr, to: TypeId) -> Expr {
        if e.ty == to || !self.is_interface(to) {
            return e;
        }
        let span = e.span;
        if matches!(e.kind, ExprKind::Zero) {
            return Expr {
                kind: ExprKind::Zero,
                ty: to,
                span,
            };
        }
        let site = if self.is_interface(e.ty) || !self.boxing_allocates(&e) {
            None
        } else {
            let fid = self.cur_func.unwrap_or(FuncId(0));
            let id = AllocSiteId(self.prog.sites.len() as u32);
            self.prog.sites.push(AllocSite {
                kind: AllocKind::Iface,
                func: fid,
                span,
                ty: e.ty,
                text: String::new(),
                placement: Placement::Heap,
            });
            Some(id)
        };
        Expr {
            kind: ExprKind::ToIface {
                x: Box::new(e),
                site,
            },
            ty: to,
            span,
        }
    }

    /// gc's exemptions: pointer-shaped values, zero-sized values, constants
    /// and single-byte values are boxed without allocating.
    fn boxing_allocates(&self, e: &Expr) -> bool {
        if matches!(e.kind, ExprKind::Const(_)) {
            return false;
        }
        !(self.zero_sized(e.ty) || self.pointer_shaped(e.ty) || self.one_byte(e.ty))
    }

    fn zero_sized(&self, t: TypeId) -> bool {
        match self.tcx.under(t) {
            Type::Struct(fs) => fs.iter().all(|f| self.zero_sized(f.ty)),
            Type::Array(e, n) => *n == 0 || self.zero_sized(*e),
            _ => false,
        }
    }

    /// gc's `isdirectiface`: the value is stored in the interface's data word.
    fn pointer_shaped(&self, t: TypeId) -> bool {
        match self.tcx.under(t) {
            Type::Pointer(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Basic(BasicKind::UnsafePointer) => true,
            Type::Struct(fs) => fs.len() == 1 && self.pointer_shaped(fs[0].ty),
            Type::Array(e, 1) => self.pointer_shaped(*e),
            _ => false,
        }
    }

    fn one_byte(&self, t: TypeId) -> bool {
        matches!(
            self.tcx.under(t),
            Type::Basic(BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8)
        )
    }

    fn expr(&mut self, fx: &mut FnCx<'a>, e: &'a ast::Expr<'a>, out: &mut Vec<Stmt>) -> Expr {
        self.cur_func = Some(fx.id);
        let direct = std::mem::take(&mut fx.direct_rhs);
        let Some(tv) = self.tv(e) else {
            self.ice(e.span, "expression without type");
            return self.blank(e.span);
        };
        let ty = tv.ty;
        let span = e.span;
        if let Some(inst) = self.info.inst_refs.get(e.id) {
            // An instance of a generic function (`F[int]`, inferred `F`).
            let kind = match self.funcs_by_obj.get(inst) {
                Some(f) => ExprKind::FuncRef(*f),
                None => {
                    self.ice(span, "generic function instance without code");
                    ExprKind::Zero
                }
            };
            return Expr { kind, ty, span };
        }
        if tv.mode == Mode::Constant {
            if let Some(v) = &tv.value {
                return Expr {
                    kind: ExprKind::Const(v.clone()),
                    ty,
                    span,
                };
            }
        }
        let kind = match &e.kind {
            AK::Paren(x) => {
                fx.direct_rhs = direct;
                return self.expr(fx, x, out);
            }
            AK::IndexList { .. } | AK::Union(_) => {
                self.ice(span, "uninstantiated generic expression");
                ExprKind::Zero
            }
            AK::Ident(id) => return self.ident(fx, id, ty, span),
            AK::BasicLit { .. } => {
                self.ice(span, "literal without constant value");
                ExprKind::Zero
            }
            AK::FuncLit { ty: fty, body } => return self.func_lit(fx, fty, body, ty, span),
            AK::CompositeLit { elts, .. } => return self.composite(fx, elts, ty, span, out),
            AK::Selector { x, sel } => return self.selector(fx, e, x, sel, ty, span, out),
            AK::Index { x, index, .. } => {
                let xt = self.ty_of(x);
                if let Type::Map(..) = self.tcx.under(xt) {
                    let m = self.expr(fx, x, out);
                    let k = self.expr(fx, index, out);
                    let kt = match self.tcx.under(xt) {
                        Type::Map(k, _) => *k,
                        _ => k.ty,
                    };
                    let k = self.coerce(k, kt);
                    ExprKind::MapIndex {
                        map: Box::new(m),
                        key: Box::new(k),
                        comma_ok: matches!(self.tcx.ty(ty), Type::Tuple(_)),
                    }
                } else {
                    let base = self.index_base(fx, x, out);
                    let i = self.expr(fx, index, out);
                    ExprKind::Index(Box::new(base), Box::new(i))
                }
            }
            AK::Slice { x, lo, hi, max, .. } => {
                let xt = self.ty_of(x);
                let base = if matches!(self.tcx.under(xt), Type::Array(..)) {
                    let p = self.place(fx, x, out);
                    self.mark_addr_taken(fx, &p);
                    let pt = self.ptr_to(xt);
                    Expr {
                        kind: ExprKind::AddrOf(Box::new(p)),
                        ty: pt,
                        span: x.span,
                    }
                } else {
                    self.expr(fx, x, out)
                };
                let lo = lo.map(|l| Box::new(self.expr(fx, l, out)));
                let hi = hi.map(|h| Box::new(self.expr(fx, h, out)));
                let max = max.map(|m| Box::new(self.expr(fx, m, out)));
                ExprKind::Slice {
                    x: Box::new(base),
                    lo,
                    hi,
                    max,
                }
            }
            AK::TypeAssert { x, .. } => {
                let xv = self.expr(fx, x, out);
                ExprKind::TypeAssert {
                    x: Box::new(xv),
                    comma_ok: matches!(self.tcx.ty(ty), Type::Tuple(_)),
                }
            }
            AK::Call {
                fun,
                args,
                ellipsis,
                ..
            } => return self.call(fx, e, fun, args, ellipsis.is_some(), ty, span, !direct, out),
            AK::Star(x) => {
                let p = self.expr(fx, x, out);
                ExprKind::Deref(Box::new(p))
            }
            AK::Unary { op, x, .. } => match op {
                ast::UnaryOp::Pos => return self.expr(fx, x, out),
                ast::UnaryOp::Neg => ExprKind::Unary(UnOp::Neg, Box::new(self.expr(fx, x, out))),
                ast::UnaryOp::Not => ExprKind::Unary(UnOp::Not, Box::new(self.expr(fx, x, out))),
                ast::UnaryOp::Xor => ExprKind::Unary(UnOp::Compl, Box::new(self.expr(fx, x, out))),
                ast::UnaryOp::Addr => return self.addr_of(fx, x, ty, span, out),
                ast::UnaryOp::Recv => ExprKind::Recv {
                    ch: Box::new(self.expr(fx, x, out)),
                    comma_ok: matches!(self.tcx.ty(ty), Type::Tuple(_)),
                },
            },
            AK::Binary { op, x, y, .. } => {
                let a = self.expr(fx, x, out);
                let op = map_binop(*op);
                let mut rest = Vec::new();
                let b = self.expr(fx, y, &mut rest);
                if matches!(op, BinOp::LAnd | BinOp::LOr) && !rest.is_empty() {
                    // The right operand needs statements (a call): run them
                    // only when it is evaluated.
                    //   t := a; if t (&&) / !t (||) { rest; t = b }
                    let tl = self.temp(fx, ty, span);
                    let t = Expr {
                        kind: ExprKind::Local(tl),
                        ty,
                        span,
                    };
                    out.push(Stmt::Decl(tl));
                    out.push(Stmt::Assign(vec![t.clone()], vec![a]));
                    let cond = if op == BinOp::LAnd {
                        t.clone()
                    } else {
                        Expr {
                            kind: ExprKind::Unary(UnOp::Not, Box::new(t.clone())),
                            ty: t.ty,
                            span,
                        }
                    };
                    rest.push(Stmt::Assign(vec![t.clone()], vec![b]));
                    out.push(Stmt::If {
                        cond,
                        then: rest,
                        els: vec![],
                    });
                    return t;
                }
                out.extend(rest);
                if op == BinOp::Add && self.is_string(ty) {
                    let mut parts = Vec::new();
                    for p in [a, b] {
                        match p.kind {
                            ExprKind::Concat(ps, _) => parts.extend(ps),
                            _ => parts.push(p),
                        }
                    }
                    let site = self.new_site(fx, AllocKind::Concat, span, ty, String::new());
                    ExprKind::Concat(parts, site)
                } else if matches!(op, BinOp::Eq | BinOp::Ne) {
                    let (a, b) = self.unify_cmp(a, b);
                    let (a, b) = self.nil_types(a, b);
                    ExprKind::Binary(op, Box::new(a), Box::new(b))
                } else {
                    ExprKind::Binary(op, Box::new(a), Box::new(b))
                }
            }
            AK::KeyValue { .. }
            | AK::ArrayType { .. }
            | AK::StructType { .. }
            | AK::FuncType(_)
            | AK::InterfaceType { .. }
            | AK::MapType { .. }
            | AK::ChanType { .. }
            | AK::Ellipsis(_)
            | AK::Bad => {
                self.ice(span, "unexpected expression kind");
                ExprKind::Zero
            }
        };
        Expr { kind, ty, span }
    }

    /// In `x == nil`, gives `nil` the type of the other operand.
    fn nil_types(&self, a: Expr, b: Expr) -> (Expr, Expr) {
        let fix = |z: Expr, t: TypeId| {
            if matches!(z.kind, ExprKind::Zero) {
                Expr { ty: t, ..z }
            } else {
                z
            }
        };
        let (at, bt) = (a.ty, b.ty);
        (fix(a, bt), fix(b, at))
    }

    fn ptr_to(&self, t: TypeId) -> TypeId {
        self.tcx
            .types
            .iter()
            .position(|x| matches!(x, Type::Pointer(e) if *e == t))
            .map(|i| TypeId(i as u32))
            .unwrap_or_else(|| self.tcx.basic(BasicKind::Uintptr))
    }

    /// The operand of an index expression: arrays are indexed in place.
    fn index_base(&mut self, fx: &mut FnCx<'a>, x: &'a ast::Expr<'a>, out: &mut Vec<Stmt>) -> Expr {
        let xt = self.ty_of(x);
        match self.tcx.under(xt) {
            Type::Pointer(p) => {
                let p = *p;
                let ptr = self.expr(fx, x, out);
                Expr {
                    kind: ExprKind::Deref(Box::new(ptr)),
                    ty: p,
                    span: x.span,
                }
            }
            _ => self.expr(fx, x, out),
        }
    }

    fn ident(&mut self, fx: &mut FnCx<'a>, id: &ast::Ident, ty: TypeId, span: Span) -> Expr {
        let obj = match self.info.uses.get(id.id) {
            Some(o) => *o,
            None => {
                self.ice(span, &format!("unresolved identifier {}", id.name));
                return self.blank(span);
            }
        };
        let kind = match &self.tcx.obj(obj).kind {
            ObjKind::Var(VarKind::Global) => match self.globals.get(&obj) {
                Some(g) => ExprKind::Global(*g),
                None => {
                    self.ice(span, "unknown global");
                    ExprKind::Zero
                }
            },
            ObjKind::Var(_) => match self.lookup_local(fx, obj, span) {
                Some(l) => ExprKind::Local(l),
                None => {
                    self.ice(span, &format!("unknown local {}", id.name));
                    ExprKind::Zero
                }
            },
            ObjKind::Func(_) => match self.funcs_by_obj.get(&obj) {
                Some(f) => ExprKind::FuncRef(*f),
                None => ExprKind::Zero,
            },
            ObjKind::Nil => ExprKind::Zero,
            _ => {
                self.ice(span, "unexpected identifier kind");
                ExprKind::Zero
            }
        };
        Expr { kind, ty, span }
    }

    /// A local of this function, or a variable captured from an enclosing one.
    /// A captured variable's local is positioned at its first use inside the
    /// literal (`use_span`), where gc's `-m=2` places the capture.
    fn lookup_local(&mut self, fx: &mut FnCx, obj: ObjId, use_span: Span) -> Option<LocalId> {
        if let Some(l) = fx.by_obj.get(&obj) {
            return Some(*l);
        }
        // Captured from an enclosing function literal chain.
        let outer = self.outer_lookup(obj, use_span)?;
        let o = self.tcx.obj(obj);
        let inner = LocalId(fx.locals.len() as u32);
        fx.locals.push(Local {
            name: o.name.clone(),
            ty: o.ty,
            span: use_span,
            kind: LocalKind::Capture,
            addr_taken: false,
            site: None,
            loop_depth: 0,
        });
        fx.by_obj.insert(obj, inner);
        fx.captures.push(Capture {
            outer,
            inner,
            by_ref: true,
        });
        Some(inner)
    }

    fn outer_lookup(&mut self, obj: ObjId, use_span: Span) -> Option<LocalId> {
        // The stack of enclosing function contexts is kept in `self.outer`.
        let n = self.outer.len();
        if n == 0 {
            return None;
        }
        let mut fx = self.outer.pop()?;
        let r = self.lookup_local(&mut fx, obj, use_span);
        if let Some(l) = r {
            // Captured by reference: the enclosing variable needs a memory home.
            fx.locals[l.index()].addr_taken = true;
        }
        self.outer.push(fx);
        r
    }

    fn mark_addr_taken(&mut self, fx: &mut FnCx, p: &Expr) {
        match &p.kind {
            ExprKind::Local(l) => fx.locals[l.index()].addr_taken = true,
            ExprKind::Field(x, _) => self.mark_addr_taken(fx, x),
            ExprKind::Index(x, _) if !self.is_slice(x.ty) => self.mark_addr_taken(fx, x),
            _ => {}
        }
    }

    fn addr_of(
        &mut self,
        fx: &mut FnCx<'a>,
        x: &'a ast::Expr<'a>,
        ty: TypeId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let mut inner = x;
        while let AK::Paren(i) = &inner.kind {
            inner = i;
        }
        if let AK::CompositeLit { .. } = inner.kind {
            let lit = self.expr(fx, inner, out);
            let site = self.new_site(fx, AllocKind::AddrOfLit, span, lit.ty, String::new());
            return Expr {
                kind: ExprKind::AddrOfLit(Box::new(lit), site),
                ty,
                span,
            };
        }
        let p = self.place(fx, inner, out);
        self.mark_addr_taken(fx, &p);
        Expr {
            kind: ExprKind::AddrOf(Box::new(p)),
            ty,
            span,
        }
    }

    /// Lowers an assignable expression (I4).
    fn place(&mut self, fx: &mut FnCx<'a>, e: &'a ast::Expr<'a>, out: &mut Vec<Stmt>) -> Expr {
        if let AK::Ident(id) = &e.kind {
            if id.is_blank() {
                return self.blank(e.span);
            }
        }
        if let AK::Paren(x) = &e.kind {
            return self.place(fx, x, out);
        }
        // An identifier reused on the left of `:=` may have no recorded
        // type: its object says everything.
        if let AK::Ident(id) = &e.kind {
            if self.tv(e).is_none() {
                if let Some(obj) = self.info.uses.get(id.id).copied() {
                    let ty = self.tcx.obj(obj).ty;
                    return self.ident(fx, id, ty, e.span);
                }
            }
        }
        self.expr(fx, e, out)
    }

    fn func_lit(
        &mut self,
        fx: &mut FnCx<'a>,
        _fty: &'a ast::FuncType<'a>,
        body: &'a ast::Block<'a>,
        ty: TypeId,
        span: Span,
    ) -> Expr {
        fx.lit_count += 1;
        let variadic = matches!(self.tcx.ty(ty), Type::Func(s) if s.variadic);
        let suffix = format!(".func{}", fx.lit_count);
        let id = self
            .prog
            .new_closure_func(fx.id, &suffix, span, ty, variadic, false);
        let mut inner = self.new_fn_cx(id);
        // Parameters and results: their objects are the defs of the literal's field names.
        let mut params = Vec::new();
        let mut results = Vec::new();
        for (list, is_result) in [(_fty.params, false), (_fty.results, true)] {
            for f in list.fields {
                if f.names.is_empty() {
                    let t = self.ty_of(f.ty);
                    let n = if is_result {
                        format!("~r{}", results.len())
                    } else {
                        format!("~p{}", params.len())
                    };
                    let kind = if is_result {
                        LocalKind::Result
                    } else {
                        LocalKind::Param
                    };
                    let l = self.new_local(&mut inner, &n, t, f.span, kind);
                    if is_result {
                        results.push(l)
                    } else {
                        params.push(l)
                    }
                    continue;
                }
                for n in f.names {
                    let obj = self.info.defs.get(n.id).copied().flatten();
                    let l = match obj {
                        Some(o) => self.param_local(
                            &mut inner,
                            o,
                            if is_result {
                                LocalKind::Result
                            } else {
                                LocalKind::Param
                            },
                        ),
                        None => {
                            let t = self.ty_of(f.ty);
                            let t = if matches!(f.ty.kind, AK::Ellipsis(_)) {
                                self.slice_of_variadic(ty).unwrap_or(t)
                            } else {
                                t
                            };
                            self.new_local(
                                &mut inner,
                                "_",
                                t,
                                n.span,
                                if is_result {
                                    LocalKind::Result
                                } else {
                                    LocalKind::Param
                                },
                            )
                        }
                    };
                    if is_result {
                        results.push(l)
                    } else {
                        params.push(l)
                    }
                }
            }
        }
        inner.results = results.clone();
        // Lower the body with the enclosing context available for captures.
        let saved = std::mem::replace(fx, self.new_fn_cx(id));
        self.outer.push(saved);
        let mut b = Vec::new();
        self.collect_labels(&mut inner, body.stmts);
        self.block(&mut inner, body.stmts, &mut b);
        let restored = self.outer.pop();
        if let Some(r) = restored {
            *fx = r;
        }
        self.cur_func = Some(fx.id);
        self.finish_closure(fx, inner, params, results, b, ty, span)
    }

    /// Completes the function of closure `inner` (created by
    /// `Program::new_closure_func`, lowered as a child of `fx`) and
    /// returns the closure value that allocates it in `fx`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn finish_closure(
        &mut self,
        fx: &mut FnCx<'a>,
        mut inner: FnCx<'a>,
        params: Vec<LocalId>,
        results: Vec<LocalId>,
        body: Vec<Stmt>,
        ty: TypeId,
        span: Span,
    ) -> Expr {
        let id = inner.id;
        let f = &mut self.prog.funcs[id.index()];
        f.params = params;
        f.results = results;
        f.body = Some(body);
        f.closure = Some(ClosureInfo {
            parent: fx.id,
            captures: std::mem::take(&mut inner.captures),
        });
        f.locals = inner.locals;
        let site = self.new_site(fx, AllocKind::Closure(id), span, ty, "func literal".into());
        Expr {
            kind: ExprKind::Closure { func: id, site },
            ty,
            span,
        }
    }

    fn slice_of_variadic(&self, fn_ty: TypeId) -> Option<TypeId> {
        match self.tcx.ty(fn_ty) {
            Type::Func(s) if s.variadic => s.params.last().copied(),
            _ => None,
        }
    }

    fn composite(
        &mut self,
        fx: &mut FnCx<'a>,
        elts: &'a [&'a ast::Expr<'a>],
        ty: TypeId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let u = self.tcx.under(ty).clone();
        match u {
            Type::Pointer(base) => {
                // An elided `&T{...}` inside a composite literal of `[]*T`
                // (the checker gives the inner literal the pointer type).
                let lit = self.composite(fx, elts, base, span, out);
                let site = self.new_site(fx, AllocKind::AddrOfLit, span, base, String::new());
                Expr {
                    kind: ExprKind::AddrOfLit(Box::new(lit), site),
                    ty,
                    span,
                }
            }
            Type::Struct(fields) => {
                let mut elems = Vec::new();
                for (i, el) in elts.iter().enumerate() {
                    let (idx, val) = match &el.kind {
                        AK::KeyValue { key, value, .. } => {
                            let name = match &key.kind {
                                AK::Ident(k) => k.name,
                                _ => "",
                            };
                            (
                                fields.iter().position(|f| f.name == name).unwrap_or(i),
                                *value,
                            )
                        }
                        _ => (i, *el),
                    };
                    let ft = fields
                        .get(idx)
                        .map(|f| f.ty)
                        .unwrap_or_else(|| self.invalid());
                    let v = self.elem_value(fx, val, ft, out);
                    elems.push((idx as u64, v));
                }
                Expr {
                    kind: ExprKind::Composite {
                        elems,
                        site: None,
                        len: fields.len() as u64,
                    },
                    ty,
                    span,
                }
            }
            Type::Array(et, n) => {
                let elems = self.indexed_elems(fx, elts, et, out);
                Expr {
                    kind: ExprKind::Composite {
                        elems,
                        site: None,
                        len: n,
                    },
                    ty,
                    span,
                }
            }
            Type::Slice(et) => {
                let elems = self.indexed_elems(fx, elts, et, out);
                let len = elems.iter().map(|(i, _)| i + 1).max().unwrap_or(0);
                let site = self.new_site(fx, AllocKind::SliceLit, span, et, String::new());
                Expr {
                    kind: ExprKind::Composite {
                        elems,
                        site: Some(site),
                        len,
                    },
                    ty,
                    span,
                }
            }
            Type::Map(kt, vt) => {
                let mut entries = Vec::new();
                for el in elts {
                    if let AK::KeyValue { key, value, .. } = &el.kind {
                        let k = self.elem_value(fx, key, kt, out);
                        let v = self.elem_value(fx, value, vt, out);
                        entries.push((k, v));
                    }
                }
                let site = self.new_site(fx, AllocKind::MakeMap, span, ty, String::new());
                Expr {
                    kind: ExprKind::MapLit { entries, site },
                    ty,
                    span,
                }
            }
            _ => {
                self.ice(span, "composite literal of unexpected type");
                self.blank(span)
            }
        }
    }

    fn indexed_elems(
        &mut self,
        fx: &mut FnCx<'a>,
        elts: &'a [&'a ast::Expr<'a>],
        et: TypeId,
        out: &mut Vec<Stmt>,
    ) -> Vec<(u64, Expr)> {
        let mut elems = Vec::new();
        let mut next: u64 = 0;
        for el in elts {
            let val = match &el.kind {
                AK::KeyValue { key, value, .. } => {
                    if let Some(TypeAndValue {
                        value: Some(crate::types::ConstValue::Int(k)),
                        ..
                    }) = self.tv(key)
                    {
                        next = u64::try_from(k).unwrap_or(0);
                    }
                    *value
                }
                _ => *el,
            };
            let v = self.elem_value(fx, val, et, out);
            elems.push((next, v));
            next += 1;
        }
        elems
    }

    /// An element of a composite literal, with elided `&T{}` handled.
    fn elem_value(
        &mut self,
        fx: &mut FnCx<'a>,
        e: &'a ast::Expr<'a>,
        want: TypeId,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        if let AK::CompositeLit { ty: None, .. } = e.kind {
            if let Type::Pointer(_) = self.tcx.under(want) {
                let lit = self.expr(fx, e, out);
                if lit.ty != want {
                    let site =
                        self.new_site(fx, AllocKind::AddrOfLit, e.span, lit.ty, String::new());
                    return Expr {
                        kind: ExprKind::AddrOfLit(Box::new(lit), site),
                        ty: want,
                        span: e.span,
                    };
                }
                return lit;
            }
        }
        let v = self.expr(fx, e, out);
        self.coerce(v, want)
    }

    #[allow(clippy::too_many_arguments)]
    fn selector(
        &mut self,
        fx: &mut FnCx<'a>,
        e: &'a ast::Expr<'a>,
        x: &'a ast::Expr<'a>,
        sel: &ast::Ident,
        ty: TypeId,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let Some(selection) = self.info.selections.get(e.id).cloned() else {
            // A package-qualified name.
            return self.ident(fx, sel, ty, span);
        };
        match selection.kind {
            SelectionKind::FieldVal => {
                let base = self.expr(fx, x, out);
                self.field_path(base, &selection.index, span)
            }
            SelectionKind::MethodVal => {
                let (recv, fid) = match self.funcs_by_obj.get(&selection.obj).copied() {
                    Some(fid) => (self.method_receiver(fx, x, &selection, fid, out), fid),
                    None => {
                        // An interface method (of `x`, or of an embedded
                        // interface field): bind the interface value now and
                        // call through the wrapper `I.M` later.
                        let base = self.expr(fx, x, out);
                        let path = &selection.index[..selection.index.len().saturating_sub(1)];
                        let r = self.field_path(base, path, span);
                        let name = self.tcx.obj(selection.obj).name.clone();
                        let pkg = self.tcx.obj(selection.obj).pkg;
                        match self.method_wrapper(r.ty, &name, pkg) {
                            Some(w) => (r, w),
                            None => {
                                self.ice(span, "no wrapper for an interface method value");
                                return self.blank(span);
                            }
                        }
                    }
                };
                let site = self.new_site(fx, AllocKind::MethodValue, span, ty, String::new());
                Expr {
                    kind: ExprKind::MethodValue {
                        recv: Box::new(recv),
                        func: fid,
                        site,
                    },
                    ty,
                    span,
                }
            }
            SelectionKind::MethodExpr => {
                // `T.M` is the method itself when `T` is its receiver type;
                // otherwise (promoted, `(*T).M` of a value method, interface
                // methods) it is a wrapper taking a `T`.
                let direct = self.funcs_by_obj.get(&selection.obj).copied().filter(|&f| {
                    selection.index.len() == 1 && self.method_recv_type(f) == Some(selection.recv)
                });
                let name = self.tcx.obj(selection.obj).name.clone();
                let pkg = self.tcx.obj(selection.obj).pkg;
                match direct.or_else(|| self.method_wrapper(selection.recv, &name, pkg)) {
                    Some(f) => Expr {
                        kind: ExprKind::FuncRef(f),
                        ty,
                        span,
                    },
                    None => {
                        self.ice(span, "no wrapper for a method expression");
                        self.blank(span)
                    }
                }
            }
        }
    }

    /// Follows a path of (embedded) field indices, dereferencing pointers.
    fn field_path(&self, mut base: Expr, path: &[usize], span: Span) -> Expr {
        for &i in path {
            if let Type::Pointer(p) = self.tcx.under(base.ty) {
                let p = *p;
                base = Expr {
                    kind: ExprKind::Deref(Box::new(base)),
                    ty: p,
                    span,
                };
            }
            let ft = match self.tcx.under(base.ty) {
                Type::Struct(fs) => fs.get(i).map(|f| f.ty).unwrap_or_else(|| self.invalid()),
                _ => self.invalid(),
            };
            base = Expr {
                kind: ExprKind::Field(Box::new(base), i),
                ty: ft,
                span,
            };
        }
        base
    }

    /// The receiver argument for calling method `fid` on `x`: follows the
    /// embedding path, then takes the address or dereferences as the
    /// method's receiver type requires.
    fn method_receiver(
        &mut self,
        fx: &mut FnCx<'a>,
        x: &'a ast::Expr<'a>,
        sel: &crate::types::Selection,
        fid: FuncId,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let base = self.expr(fx, x, out);
        let span = x.span;
        let path = &sel.index[..sel.index.len().saturating_sub(1)];
        let recv = self.field_path(base, path, span);
        let want = match self.tcx.ty(self.prog.funcs[fid.index()].sig) {
            Type::Func(_) => self.method_recv_type(fid),
            _ => None,
        };
        let Some(want) = want else { return recv };
        let want_ptr = matches!(self.tcx.ty(want), Type::Pointer(_));
        let have_ptr = matches!(self.tcx.under(recv.ty), Type::Pointer(_));
        if want_ptr && !have_ptr {
            self.mark_addr_taken(fx, &recv);
            Expr {
                kind: ExprKind::AddrOf(Box::new(recv)),
                ty: want,
                span,
            }
        } else if !want_ptr && have_ptr {
            Expr {
                kind: ExprKind::Deref(Box::new(recv)),
                ty: want,
                span,
            }
        } else {
            recv
        }
    }

    /// Generates, for every defined struct type with embedded fields, the
    /// wrappers of its promoted methods (`T.M` and `(*T).M` for the methods
    /// of `T`'s and `*T`'s method sets reached through an embedded field),
    /// as gc's `<autogenerated>` methods. Codegen finds them by their link
    /// names when it builds itabs and method tables.
    fn promoted_wrappers(&mut self) {
        let named: Vec<TypeId> = self
            .tcx
            .types
            .iter()
            .enumerate()
            .filter(|(_, t)| matches!(t, Type::Named(_)))
            .map(|(i, _)| TypeId(i as u32))
            .collect();
        for t in named {
            // A generic type, or an instance inside a generic body, has no
            // compiled methods.
            let Type::Named(n) = self.tcx.ty(t) else {
                continue;
            };
            let nm = &self.tcx.named[n.0 as usize];
            if (!nm.tparams.is_empty() && nm.targs.is_empty()) || self.tcx.mentions_tparam(t) {
                continue;
            }
            let has_embedded = matches!(
                self.tcx.under(t),
                Type::Struct(fs) if fs.iter().any(|f| f.embedded)
            );
            if !has_embedded {
                continue;
            }
            let value_set = crate::types::check::lookup::method_set(self.tcx, t);
            for m in &value_set {
                if m.index.len() > 1 {
                    let pkg = self.tcx.obj(m.obj).pkg;
                    self.method_wrapper(t, &m.name, pkg);
                }
            }
            let pt = self.ptr_to(t);
            if !matches!(self.tcx.ty(pt), Type::Pointer(_)) {
                continue;
            }
            for m in crate::types::check::lookup::method_set(self.tcx, pt) {
                if m.index.len() > 1 && !value_set.iter().any(|v| v.name == m.name) {
                    let pkg = self.tcx.obj(m.obj).pkg;
                    self.method_wrapper(pt, &m.name, pkg);
                }
            }
        }
    }

    /// The link name of wrapper `recv.name`, gc-style (`main.T.M`,
    /// `main.(*T).M`), and the package it belongs to.
    fn wrapper_name(&self, recv: TypeId, name: &str) -> (String, String, crate::types::PkgId) {
        let (base, ptr) = match self.tcx.ty(recv) {
            Type::Pointer(b) => (*b, true),
            _ => (recv, false),
        };
        let cur = self
            .cur_func
            .map(|f| self.prog.funcs[f.index()].pkg)
            .unwrap_or(crate::types::PkgId(0));
        let (pkg, tname) = match self.tcx.ty(base) {
            Type::Named(n) => {
                let o = self.tcx.obj(self.tcx.named[n.0 as usize].obj);
                (o.pkg.unwrap_or(cur), self.type_name(base))
            }
            _ => (cur, crate::types::fmt::type_string(self.tcx, base, None)),
        };
        let short = if ptr {
            format!("(*{tname}).{name}")
        } else {
            format!("{tname}.{name}")
        };
        let path = self.tcx.pkg(pkg).path.clone();
        (format!("{path}.{short}"), short, pkg)
    }

    /// The wrapper function `func(r recv, params...) results` that calls
    /// method `name` of `recv` (through embedded fields, a pointer, or an
    /// interface), created once per (receiver type, name). `None` when
    /// `recv` has no such method.
    fn method_wrapper(
        &mut self,
        recv: TypeId,
        name: &str,
        pkg: Option<crate::types::PkgId>,
    ) -> Option<FuncId> {
        let key = (recv, name.to_string());
        if let Some(&w) = self.wrappers.get(&key) {
            return w;
        }
        self.wrappers.insert(key.clone(), None);
        let lookup_pkg = pkg.unwrap_or(crate::types::PkgId(0));
        let l = crate::types::check::lookup::lookup_field_or_method(
            self.tcx, recv, false, lookup_pkg, name,
        )?;
        if !l.is_method {
            return None;
        }
        let msig = self.tcx.obj(l.obj).ty;
        let Type::Func(sig) = self.tcx.ty(msig).clone() else {
            return None;
        };
        let (fname, short, wpkg) = self.wrapper_name(recv, name);
        let id = FuncId(self.prog.funcs.len() as u32);
        self.prog.funcs.push(Func {
            name: fname.clone(),
            short_name: short,
            pkg: wpkg,
            span: Span::default(),
            params: vec![],
            results: vec![],
            variadic: sig.variadic,
            locals: vec![],
            body: None,
            runtime_symbol: None,
            closure: None,
            sig: msig,
            wrapper: true,
            shape: None,
        });
        self.wrappers.insert(key, Some(id));
        let saved = self.cur_func.replace(id);
        let span = Span::default();
        let mut fx = self.new_fn_cx(id);
        let r = self.new_local(&mut fx, ".this", recv, span, LocalKind::Param);
        let mut params = vec![r];
        let mut args = Vec::new();
        for (i, &pt) in sig.params.iter().enumerate() {
            let p = self.new_local(&mut fx, &format!("a{i}"), pt, span, LocalKind::Param);
            params.push(p);
            args.push(Expr {
                kind: ExprKind::Local(p),
                ty: pt,
                span,
            });
        }
        let results: Vec<LocalId> = sig
            .results
            .iter()
            .enumerate()
            .map(|(i, &t)| self.new_local(&mut fx, &format!("~r{i}"), t, span, LocalKind::Result))
            .collect();
        fx.results = results.clone();
        let mut body = Vec::new();
        let this = Expr {
            kind: ExprKind::Local(r),
            ty: recv,
            span,
        };
        let path = &l.index[..l.index.len().saturating_sub(1)];
        let target = self.field_path(this.clone(), path, span);
        let callee = if self.is_interface(target.ty) {
            let index = self.iface_method_index(target.ty, name).unwrap_or(0);
            Callee::Iface {
                recv: Box::new(target),
                index,
            }
        } else {
            let Some(&fid) = self.funcs_by_obj.get(&l.obj) else {
                self.cur_func = saved;
                return None;
            };
            let want = self.method_recv_type(fid).unwrap_or(target.ty);
            let want_ptr = matches!(self.tcx.ty(want), Type::Pointer(_));
            let have_ptr = matches!(self.tcx.under(target.ty), Type::Pointer(_));
            let recv_arg = if want_ptr && !have_ptr {
                self.mark_addr_taken(&mut fx, &target);
                Expr {
                    kind: ExprKind::AddrOf(Box::new(target)),
                    ty: want,
                    span,
                }
            } else if !want_ptr && have_ptr {
                Expr {
                    kind: ExprKind::Deref(Box::new(target)),
                    ty: want,
                    span,
                }
            } else {
                target
            };
            args.insert(0, recv_arg);
            Callee::Direct(fid)
        };
        let call_ty = match sig.results.len() {
            1 => sig.results[0],
            0 => self.empty_tuple(),
            _ => self.tcx_tuple(&sig.results),
        };
        let call = Expr {
            kind: ExprKind::Call {
                callee,
                args,
                variadic_site: None,
            },
            ty: call_ty,
            span,
        };
        match sig.results.len() {
            0 => {
                body.push(Stmt::Expr(call));
                body.push(Stmt::Return(vec![]));
            }
            1 => body.push(Stmt::Return(vec![call])),
            _ => {
                let vals = self.spread(&mut fx, call, &mut body);
                body.push(Stmt::Return(vals));
            }
        }
        let f = &mut self.prog.funcs[id.index()];
        f.params = params;
        f.results = results;
        f.locals = fx.locals;
        f.body = Some(body);
        self.cur_func = saved;
        Some(id)
    }

    /// Records the call at `span` in `f` of method `m` on an operand of
    /// type `xt` in `Program::dict_calls` if gc makes it through its shape
    /// instance's dictionary: `xt` is a type argument whose type
    /// parameter's constraint requires `m` (`x.String()` in
    /// `func F[T fmt.Stringer](x T)`).
    fn note_dict_call(&mut self, f: FuncId, xt: TypeId, m: ObjId, span: Span) {
        let Some(sh) = self.prog.funcs[f.index()].shape.as_ref() else {
            return;
        };
        let name = self.tcx.obj(m).name.clone();
        let Some(tparam) = sh
            .targs
            .iter()
            .zip(&sh.dict_methods)
            .position(|(&t, ms)| t == xt && ms.contains(&name))
        else {
            return;
        };
        // Function literals use their enclosing function's dictionary.
        let top = self.outer.first().map_or(f, |o| o.id);
        let used = self.dict_methods.entry(top).or_default();
        let index = match used.iter().position(|u| *u == (tparam, name.clone())) {
            Some(i) => i,
            None => {
                used.push((tparam, name));
                used.len() - 1
            }
        } as u32;
        self.prog
            .dict_calls
            .insert((f, span), super::DictCall { index, tparam });
    }

    /// The type of a call without results.
    fn empty_tuple(&self) -> TypeId {
        self.tcx
            .types
            .iter()
            .position(|t| matches!(t, Type::Tuple(ts) if ts.is_empty()))
            .map(|i| TypeId(i as u32))
            .unwrap_or_else(|| self.invalid())
    }

    fn method_recv_type(&self, fid: FuncId) -> Option<TypeId> {
        let obj = self
            .funcs_by_obj
            .iter()
            .find(|(_, f)| **f == fid)
            .map(|(o, _)| *o)?;
        match &self.tcx.obj(obj).kind {
            ObjKind::Func(f) => f.recv.map(|r| self.tcx.obj(r).ty),
            _ => None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn call(
        &mut self,
        fx: &mut FnCx<'a>,
        e: &'a ast::Expr<'a>,
        fun: &'a ast::Expr<'a>,
        args: &'a [&'a ast::Expr<'a>],
        has_ellipsis: bool,
        ty: TypeId,
        span: Span,
        hoist: bool,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let _ = e;
        let mut f = fun;
        while let AK::Paren(i) = &f.kind {
            f = i;
        }
        let Some(ftv) = self.tv(f) else {
            self.ice(span, "callee without type");
            return self.blank(span);
        };
        match ftv.mode {
            Mode::TypeExpr => {
                let Some(a) = args.first() else {
                    return self.blank(span);
                };
                let v = self.expr(fx, a, out);
                let from_string = matches!(
                    self.tcx.under(v.ty),
                    Type::Basic(BasicKind::String | BasicKind::UntypedString)
                );
                let c = self.convert(fx, v, ty, span);
                if hoist && from_string && matches!(self.tcx.under(ty), Type::Slice(_)) {
                    // OSTR2BYTES / OSTR2RUNES: ordered like calls.
                    return self.hoist_call(fx, c, out);
                }
                return c;
            }
            Mode::Builtin => {
                let lparen = match &e.kind {
                    AK::Call { lparen, .. } => *lparen,
                    _ => span,
                };
                let b = self.builtin(fx, f, args, has_ellipsis, ty, span, lparen, out);
                let hoisted = match self.builtin_of(f) {
                    Some(Builtin::Append | Builtin::Copy | Builtin::Make | Builtin::New) => true,
                    Some(Builtin::Recover) => true,
                    Some(
                        Builtin::Len
                        | Builtin::Cap
                        | Builtin::Min
                        | Builtin::Max
                        | Builtin::Complex
                        | Builtin::Real
                        | Builtin::Imag,
                    ) => !fx.in_loop_cond,
                    _ => false,
                };
                // `new(expr)` is `&tmp`, not a call.
                let hoisted = hoisted && !matches!(b.kind, ExprKind::AddrOf(_));
                if hoist && hoisted && !matches!(b.kind, ExprKind::Const(_)) {
                    return self.hoist_call(fx, b, out);
                }
                return b;
            }
            _ => {}
        }
        let sig = match self.tcx.under(ftv.ty) {
            Type::Func(s) => s.clone(),
            _ => {
                self.ice(span, "call of non-function");
                return self.blank(span);
            }
        };
        // The callee.
        let mut recv_arg = None;
        let callee = match &f.kind {
            AK::Selector { x, .. }
                if self.info.selections.get(f.id).map(|s| s.kind)
                    == Some(SelectionKind::MethodVal) =>
            {
                let Some(sel) = self.info.selections.get(f.id).cloned() else {
                    unreachable_expr()
                };
                let xt = self.ty_of(x);
                let path = &sel.index[..sel.index.len().saturating_sub(1)];
                let embedded_iface = !path.is_empty() && {
                    let base = self.expr(fx, x, &mut Vec::new());
                    let r = self.field_path(base, path, span);
                    self.is_interface(r.ty)
                };
                if self.is_interface(xt) || embedded_iface {
                    let base = self.expr(fx, x, out);
                    let r = self.field_path(base, path, span);
                    let index = *sel.index.last().unwrap_or(&0);
                    let index = self
                        .iface_method_index(r.ty, &self.tcx.obj(sel.obj).name.clone())
                        .unwrap_or(index);
                    Callee::Iface {
                        recv: Box::new(r),
                        index,
                    }
                } else {
                    match self.funcs_by_obj.get(&sel.obj).copied() {
                        Some(fid) => {
                            if path.is_empty() {
                                self.note_dict_call(fx.id, xt, sel.obj, span);
                            }
                            recv_arg = Some(self.method_receiver(fx, x, &sel, fid, out));
                            Callee::Direct(fid)
                        }
                        None => {
                            self.ice(span, "unknown method");
                            return self.blank(span);
                        }
                    }
                }
            }
            AK::Ident(_) | AK::Selector { .. } => {
                let fv = self.expr(fx, f, out);
                match fv.kind {
                    ExprKind::FuncRef(fid) => Callee::Direct(fid),
                    _ => Callee::Indirect(Box::new(fv)),
                }
            }
            _ => {
                let fv = self.expr(fx, f, out);
                match fv.kind {
                    ExprKind::FuncRef(fid) => Callee::Direct(fid),
                    _ => Callee::Indirect(Box::new(fv)),
                }
            }
        };
        // The arguments, spreading `f(g())`.
        let mut vals: Vec<Expr> = Vec::new();
        if args.len() == 1
            && matches!(
                self.tv(args[0]).map(|t| self.tcx.ty(t.ty)),
                Some(Type::Tuple(_))
            )
        {
            let t = self.expr(fx, args[0], out);
            vals = self.spread(fx, t, out);
        } else {
            let nfixed = sig.params.len() - usize::from(sig.variadic);
            for (i, a) in args.iter().enumerate() {
                let v = self.expr(fx, a, out);
                let pt = if i < nfixed {
                    sig.params.get(i).copied()
                } else if has_ellipsis {
                    None
                } else {
                    sig.params.last().map(|&st| self.elem_type(st))
                };
                // gc's order pass copies a value that its interface
                // conversion passes by address (convT: structs, arrays,
                // pointers, bools...) at its place among the arguments,
                // while a word-sized scalar or a string is read only after
                // every call of the statement has run (see `hoist_call`).
                let v = match pt {
                    Some(pt)
                        if self.gc_conv_needs_addr(v.ty, pt)
                            && !Self::is_pure(fx, &v)
                            && !Self::is_addressable(&v) =>
                    {
                        self.spill_always(fx, v, out)
                    }
                    _ => v,
                };
                vals.push(v);
            }
        }
        let mut variadic_site = None;
        let mut final_args = Vec::new();
        if let Some(r) = recv_arg {
            final_args.push(r);
        }
        let nfixed = if sig.variadic {
            sig.params.len() - 1
        } else {
            sig.params.len()
        };
        let mut it = vals.into_iter();
        for pt in sig.params.iter().take(nfixed) {
            if let Some(v) = it.next() {
                final_args.push(self.coerce(v, *pt));
            }
        }
        if sig.variadic {
            let st = *sig.params.last().unwrap_or(&ty);
            if has_ellipsis {
                if let Some(v) = it.next() {
                    final_args.push(v);
                }
            } else {
                let et = self.elem_type(st);
                let rest: Vec<Expr> = it.collect();
                if rest.is_empty() {
                    final_args.push(Expr {
                        kind: ExprKind::Zero,
                        ty: st,
                        span,
                    });
                } else {
                    let elems: Vec<(u64, Expr)> = rest
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| (i as u64, self.coerce(v, et)))
                        .collect();
                    let len = elems.len() as u64;
                    let site =
                        self.new_site(fx, AllocKind::Variadic, span, et, "... argument".into());
                    variadic_site = Some(site);
                    final_args.push(Expr {
                        kind: ExprKind::Composite {
                            elems,
                            site: Some(site),
                            len,
                        },
                        ty: st,
                        span,
                    });
                }
            }
        }
        let call = Expr {
            kind: ExprKind::Call {
                callee,
                args: final_args,
                variadic_site,
            },
            ty,
            span,
        };
        if hoist && sig.results.len() == 1 {
            return self.hoist_call(fx, call, out);
        }
        call
    }

    /// The call of an expression, `go` or `defer` statement: lowered in
    /// place (not hoisted to a temporary, see `hoist_call`); its operands
    /// still are.
    fn stmt_call(&mut self, fx: &mut FnCx<'a>, e: &'a ast::Expr<'a>, out: &mut Vec<Stmt>) -> Expr {
        let mut x = e;
        while let AK::Paren(i) = &x.kind {
            x = i;
        }
        self.cur_func = Some(fx.id);
        if let AK::Call {
            fun,
            args,
            ellipsis,
            ..
        } = &x.kind
        {
            if self.tv(x).is_some_and(|tv| tv.mode != Mode::Constant) {
                let ty = self.ty_of(x);
                return self.call(fx, x, fun, args, ellipsis.is_some(), ty, x.span, false, out);
            }
        }
        self.expr(fx, e, out)
    }

    /// The builtin that callee expression `f` names.
    fn builtin_of(&self, f: &ast::Expr) -> Option<Builtin> {
        let name_id = match &f.kind {
            AK::Ident(i) => i.id,
            AK::Selector { sel, .. } => sel.id,
            _ => f.id,
        };
        match self.info.uses.get(name_id).map(|o| &self.tcx.obj(*o).kind) {
            Some(ObjKind::Builtin(b)) => Some(*b),
            _ => None,
        }
    }

    /// gc's order of evaluation: every call inside an expression runs, in
    /// source order, before the rest of the statement is evaluated (order.go
    /// copies each call's result to a temporary), so in
    /// `fmt.Println(x, inc(&x))` the first argument sees the incremented `x`.
    /// The spec leaves this order open; programs observe gc's.
    fn hoist_call(&mut self, fx: &mut FnCx, call: Expr, out: &mut Vec<Stmt>) -> Expr {
        self.spill_always(fx, call, out)
    }

    /// Whether converting a `from` value to interface type `to` makes gc take
    /// the value's address (`dataWordFuncName`'s `needsaddr`): everything
    /// but 2-, 4- and 8-byte pointer-free scalars, strings and slices, which
    /// gc's order pass leaves to be read when the statement runs.
    fn gc_conv_needs_addr(&self, from: TypeId, to: TypeId) -> bool {
        if !self.is_interface(to) || self.is_interface(from) {
            return false;
        }
        if matches!(self.tcx.under(from), Type::Func(_)) {
            return false;
        }
        let l = crate::types::layout::layout(self.tcx, from);
        let ptrs = crate::types::layout::has_pointers(self.tcx, from);
        if (l.size == 2 && l.align == 2)
            || (l.size == 4 && l.align == 4 && !ptrs)
            || (l.size == 8 && l.align == 8 && !ptrs)
        {
            return false;
        }
        !matches!(
            self.sole_component(from).map(|t| self.tcx.under(t)),
            Some(Type::Basic(BasicKind::String)) | Some(Type::Slice(_))
        )
    }

    /// The one non-struct, non-array component of `t` (gc's
    /// `SoleComponent`): through one-field structs and one-element arrays.
    fn sole_component(&self, t: TypeId) -> Option<TypeId> {
        match self.tcx.under(t) {
            Type::Struct(fs) => {
                if fs.len() == 1 {
                    self.sole_component(fs[0].ty)
                } else {
                    None
                }
            }
            Type::Array(e, 1) => self.sole_component(*e),
            Type::Array(..) => None,
            _ => Some(t),
        }
    }

    /// Whether `e` denotes a variable (gc's `IsAddressable`): gc's order pass
    /// converts those to interfaces in place, reading them late.
    fn is_addressable(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Deref(_) => true,
            ExprKind::Field(x, _) => Self::is_addressable(x),
            ExprKind::Index(x, _) => {
                matches!(x.kind, ExprKind::Local(_) | ExprKind::Global(_))
                    || Self::is_addressable(x)
            }
            _ => false,
        }
    }

    /// Whether evaluating `e` later gives the same value as now: constants,
    /// zero values and results already in temporaries.
    fn is_pure(fx: &FnCx, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Const(_) | ExprKind::Zero | ExprKind::FuncRef(_) => true,
            ExprKind::Local(l) => fx.locals[l.index()].kind.is_temp(),
            _ => false,
        }
    }

    fn iface_method_index(&self, iface: TypeId, name: &str) -> Option<usize> {
        match self.tcx.under(iface) {
            Type::Interface(ms) => ms.iter().position(|m| m.name == name),
            _ => None,
        }
    }

    fn convert(&mut self, fx: &mut FnCx, v: Expr, to: TypeId, span: Span) -> Expr {
        if self.is_interface(to) {
            return self.coerce(v, to);
        }
        let from = self.tcx.under(v.ty).clone();
        let tou = self.tcx.under(to).clone();
        let allocating = match (&from, &tou) {
            (Type::Basic(BasicKind::String), Type::Slice(_)) => true,
            (Type::Slice(_), Type::Basic(BasicKind::String)) => true,
            (Type::Basic(b), Type::Basic(BasicKind::String)) if is_int_kind(*b) => true,
            _ => false,
        };
        if allocating {
            let site = self.new_site(fx, AllocKind::Convert, span, to, String::new());
            Expr {
                kind: ExprKind::ConvertAlloc(Box::new(v), site),
                ty: to,
                span,
            }
        } else {
            Expr {
                kind: ExprKind::Convert(Box::new(v)),
                ty: to,
                span,
            }
        }
    }

    /// `new(expr)` (Go 1.26), as gc's noder lowers it: `tmp := expr; &tmp`
    /// with tmp a fresh `.autotmp_N` variable (N counting the function's
    /// declarations so far, gc's `len(curfn.Dcl)`; gc's noder makes a few
    /// temporaries of its own that are not counted) declared at the call's
    /// `(`, so `-m` says `moved to heap: .autotmp_N` when it escapes and
    /// nothing when it stays on the stack.
    #[allow(clippy::too_many_arguments)]
    fn new_value(
        &mut self,
        fx: &mut FnCx<'a>,
        v: Expr,
        elem: TypeId,
        ty: TypeId,
        lparen: Span,
        span: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let v = self.coerce(v, elem);
        // gc's Dcl: parameters, results and variables (this function's own,
        // not captured ones nor lowering temporaries).
        let n = fx
            .locals
            .iter()
            .filter(|l| {
                matches!(
                    l.kind,
                    LocalKind::Param | LocalKind::Result | LocalKind::Var
                )
            })
            .count()
            + fx.pending_decls;
        let t = self.new_local(fx, &format!(".autotmp_{n}"), elem, lparen, LocalKind::Var);
        fx.locals[t.index()].addr_taken = true;
        out.push(Stmt::Decl(t));
        let place = Expr {
            kind: ExprKind::Local(t),
            ty: elem,
            span,
        };
        out.push(Stmt::Assign(vec![place], vec![v]));
        Expr {
            kind: ExprKind::AddrOf(Box::new(Expr {
                kind: ExprKind::Local(t),
                ty: elem,
                span,
            })),
            ty,
            span,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn builtin(
        &mut self,
        fx: &mut FnCx<'a>,
        f: &'a ast::Expr<'a>,
        args: &'a [&'a ast::Expr<'a>],
        has_ellipsis: bool,
        ty: TypeId,
        span: Span,
        lparen: Span,
        out: &mut Vec<Stmt>,
    ) -> Expr {
        let b = match self.builtin_of(f) {
            Some(b) => b,
            None => {
                self.ice(span, "unknown builtin");
                return self.blank(span);
            }
        };
        let mut vals: Vec<Expr> = Vec::new();
        // `new(T)` and `make(T, ...)` take a type first; `new(expr)` (Go
        // 1.26) a value.
        let new_value = b == Builtin::New
            && args
                .first()
                .and_then(|a| self.tv(a))
                .is_some_and(|tv| tv.mode != Mode::TypeExpr);
        let skip_first = matches!(b, Builtin::New | Builtin::Make) && !new_value;
        for (i, a) in args.iter().enumerate() {
            if i == 0 && skip_first {
                continue;
            }
            vals.push(self.expr(fx, a, out));
        }
        // A single multi-value call as the arguments (`println(f())`).
        if let [v] = &vals[..] {
            if matches!(self.tcx.ty(v.ty), Type::Tuple(_)) {
                if let Some(v) = vals.pop() {
                    vals = self.spread(fx, v, out);
                }
            }
        }
        // `delete(m, k)`: the key converts to the map's key type.
        if matches!(b, Builtin::Delete) && vals.len() == 2 {
            if let Type::Map(kt, _) = self.tcx.under(vals[0].ty) {
                let kt = *kt;
                if let Some(k) = vals.pop() {
                    let k = self.coerce(k, kt);
                    vals.push(k);
                }
            }
        }
        let op = match b {
            Builtin::New => {
                let elem = match self.tcx.ty(ty) {
                    Type::Pointer(e) => *e,
                    _ => ty,
                };
                if new_value {
                    if let Some(v) = vals.pop() {
                        return self.new_value(fx, v, elem, ty, lparen, span, out);
                    }
                }
                let site = self.new_site(fx, AllocKind::New, span, elem, String::new());
                return Expr {
                    kind: ExprKind::New(site),
                    ty,
                    span,
                };
            }
            Builtin::Make => {
                let kind = match self.tcx.under(ty) {
                    Type::Map(..) => AllocKind::MakeMap,
                    Type::Chan(..) => AllocKind::MakeChan,
                    _ => AllocKind::MakeSlice,
                };
                let site = self.new_site(fx, kind, span, ty, String::new());
                return Expr {
                    kind: ExprKind::Make { args: vals, site },
                    ty,
                    span,
                };
            }
            Builtin::Append => {
                let site = self.new_site(fx, AllocKind::Append, span, ty, String::new());
                let et = self.elem_type(ty);
                if !has_ellipsis {
                    let mut it = vals.into_iter();
                    let mut v2: Vec<Expr> = it.next().into_iter().collect();
                    for v in it {
                        v2.push(self.coerce(v, et));
                    }
                    vals = v2;
                }
                return Expr {
                    kind: ExprKind::Builtin {
                        op: BuiltinOp::Append,
                        args: vals,
                        site: Some(site),
                    },
                    ty,
                    span,
                };
            }
            Builtin::Panic => {
                let any = self.universe_any();
                let vals = vals.into_iter().map(|v| self.coerce(v, any)).collect();
                return Expr {
                    kind: ExprKind::Builtin {
                        op: BuiltinOp::Panic,
                        args: vals,
                        site: None,
                    },
                    ty,
                    span,
                };
            }
            Builtin::Len => BuiltinOp::Len,
            Builtin::Cap => BuiltinOp::Cap,
            Builtin::Copy => BuiltinOp::Copy,
            Builtin::Print => BuiltinOp::Print,
            Builtin::Println => BuiltinOp::Println,
            Builtin::Min => BuiltinOp::Min,
            Builtin::Max => BuiltinOp::Max,
            Builtin::Clear => BuiltinOp::Clear,
            Builtin::Delete => BuiltinOp::Delete,
            Builtin::Recover => BuiltinOp::Recover,
            Builtin::Close => BuiltinOp::Close,
            Builtin::Complex => BuiltinOp::Complex,
            Builtin::Real => BuiltinOp::Real,
            Builtin::Imag => BuiltinOp::Imag,
            Builtin::Add => {
                if vals.len() == 2 {
                    let int = self.tcx.basic(crate::types::BasicKind::Int);
                    let n = vals.pop().map(|n| self.coerce(n, int));
                    vals.extend(n);
                }
                BuiltinOp::UnsafeAdd
            }
            Builtin::Slice | Builtin::String => {
                if vals.len() == 2 {
                    let int = self.tcx.basic(crate::types::BasicKind::Int);
                    let n = vals.pop().map(|n| self.coerce(n, int));
                    vals.extend(n);
                }
                BuiltinOp::UnsafeMake
            }
            Builtin::SliceData | Builtin::StringData => BuiltinOp::UnsafeData,
            // Constants: lowered from their value before reaching here.
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                self.ice(span, "non-constant unsafe.Sizeof");
                return self.blank(span);
            }
        };
        Expr {
            kind: ExprKind::Builtin {
                op,
                args: vals,
                site: None,
            },
            ty,
            span,
        }
    }

    fn universe_any(&self) -> TypeId {
        self.tcx
            .universe
            .get("any")
            .map(|o| self.tcx.obj(*o).ty)
            .unwrap_or_else(|| self.invalid())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RangeKind {
    Int,
    String,
    Indexable,
}

enum OpRhs<'a> {
    Expr(&'a ast::Expr<'a>),
    One,
}

fn unreachable_expr() -> ! {
    // Only reached if the checker's selection table changed between two lookups.
    std::process::abort()
}

fn is_int_kind(b: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        b,
        Int | Int8
            | Int16
            | Int32
            | Int64
            | Uint
            | Uint8
            | Uint16
            | Uint32
            | Uint64
            | Uintptr
            | UntypedInt
            | UntypedRune
    )
}

fn map_binop(op: ast::BinaryOp) -> BinOp {
    use ast::BinaryOp as A;
    match op {
        A::Add => BinOp::Add,
        A::Sub => BinOp::Sub,
        A::Mul => BinOp::Mul,
        A::Div => BinOp::Div,
        A::Rem => BinOp::Rem,
        A::And => BinOp::And,
        A::Or => BinOp::Or,
        A::Xor => BinOp::Xor,
        A::Shl => BinOp::Shl,
        A::Shr => BinOp::Shr,
        A::AndNot => BinOp::AndNot,
        A::LAnd => BinOp::LAnd,
        A::LOr => BinOp::LOr,
        A::Eq => BinOp::Eq,
        A::Ne => BinOp::Ne,
        A::Lt => BinOp::Lt,
        A::Le => BinOp::Le,
        A::Gt => BinOp::Gt,
        A::Ge => BinOp::Ge,
    }
}

/// `e` without enclosing parentheses.
fn unparen_ast<'a>(mut e: &'a ast::Expr<'a>) -> &'a ast::Expr<'a> {
    while let AK::Paren(inner) = &e.kind {
        e = inner;
    }
    e
}
