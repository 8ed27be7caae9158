//! Static devirtualization (gc's `devirtualize.StaticCall`), run before
//! escape analysis because it changes what escapes.
//!
//! An interface method call `s.M()` whose receiver is a local variable
//! assigned exactly once, at its definition, from a conversion of a
//! concrete value (`var s Shape = r`) always calls `T.M`: it becomes the
//! direct call `s.(T).M()`. The conversion then only feeds a type
//! assertion, so `r` need not escape, which is what `-m` reports for gc
//! (`devirtualizing s.Area to Rect`). gc does this even with `-l`.
//!
//! Invariants: the rewritten call has the same receiver value and method as
//! the dynamic dispatch would have chosen, so program behaviour is
//! unchanged (the assertion cannot fail). The call of a `go` or `defer`
//! statement is devirtualized too, as gc does inside the statement's
//! wrapper (whose temporary, `.autotmp_N`, the note names); its receiver is
//! still evaluated at the statement. See `escape/mod.rs` for the overview.

use crate::diag::Diagnostic;
use crate::ir::{
    walk_blocks, walk_stmts, Callee, Expr, ExprKind, FuncId, LocalId, LocalKind, Program, Stmt,
};
use crate::syntax::span::{SourceMap, Span};
use crate::types::{PkgId, TyCtx, Type, TypeId};
use std::collections::HashMap;

/// Rewrites every devirtualizable call of the program and returns the
/// `devirtualizing` notes for functions of `report` (when `m` is set).
pub fn devirtualize(
    prog: &mut Program,
    tcx: &TyCtx,
    sm: &SourceMap,
    report: Option<PkgId>,
    m: bool,
) -> Vec<Diagnostic> {
    let by_name: HashMap<String, FuncId> = prog
        .funcs
        .iter()
        .enumerate()
        .map(|(i, f)| (f.name.clone(), FuncId(i as u32)))
        .collect();
    // Locals assigned from inside a function literal (captured and written).
    let mut closure_assigned: Vec<(FuncId, LocalId)> = Vec::new();
    for f in &prog.funcs {
        let (Some(c), Some(body)) = (&f.closure, &f.body) else {
            continue;
        };
        let mut counts = HashMap::new();
        count_assigns(body, &mut counts);
        for cap in &c.captures {
            if counts.contains_key(&cap.inner) {
                closure_assigned.push((c.parent, cap.outer));
            }
        }
    }
    let mut notes = Vec::new();
    // The notes of calls in function literals and go/defer wrappers, with
    // the declared function they are in and where the literal or wrapper
    // starts.
    let mut closure_notes: Vec<(FuncId, u32, Diagnostic)> = Vec::new();
    for fi in 0..prog.funcs.len() {
        let f = FuncId(fi as u32);
        let reports = m && report.is_none_or(|p| prog.funcs[fi].pkg == p);
        // gc's names of the go/defer wrappers' temporaries, which the
        // notes of calls devirtualized inside them name.
        let wrapper_temps = match &prog.funcs[fi].body {
            Some(b) if reports && has_go_defer(b) => {
                super::report::temp_numbers(prog, tcx, f).wrappers
            }
            _ => HashMap::new(),
        };
        let Some(body) = prog.funcs[fi].body.take() else {
            continue;
        };
        let mut defs = HashMap::new();
        definitions(&body, &mut defs);
        let mut assigns: HashMap<LocalId, Vec<Option<Expr>>> = HashMap::new();
        all_assigns(&body, &mut assigns);
        // gc's `concreteType` follows the assignments of local variables
        // (not parameters) whose address is not taken. rgo also wants a
        // value at the declaration, so that the variable is never nil (a
        // devirtualized call on nil would panic differently).
        let mut statics: HashMap<LocalId, Vec<Option<Expr>>> = HashMap::new();
        for l in defs.keys() {
            let local = prog.funcs[fi].local(*l);
            if (local.kind == LocalKind::Var || local.kind.is_temp())
                && !local.addr_taken
                && !closure_assigned.contains(&(f, *l))
            {
                statics.insert(*l, assigns.remove(l).unwrap_or_default());
            }
        }
        let mut body = body;
        if !statics.is_empty() {
            let mut cx = Cx {
                prog,
                tcx,
                sm,
                by_name: &by_name,
                statics: &statics,
                reports,
                pkg: prog.funcs[fi].pkg,
                out: Vec::new(),
                done: Vec::new(),
                wrapper_temps: &wrapper_temps,
                wrapped: None,
                out_wrapped: Vec::new(),
            };
            cx.stmts(&mut body);
            let mut top = f;
            while let Some(c) = &prog.funcs[top.index()].closure {
                top = c.parent;
            }
            if top == f {
                notes.append(&mut cx.out);
            } else {
                let lit = prog.funcs[fi].span.lo;
                closure_notes.extend(cx.out.drain(..).map(|n| (top, lit, n)));
            }
            closure_notes.extend(cx.out_wrapped.drain(..).map(|n| (top, n.span.lo, n)));
            let done = std::mem::take(&mut cx.done);
            prog.devirtualized.extend(done.into_iter().map(|s| (f, s)));
        }
        prog.funcs[fi].body = Some(body);
    }
    // gc's devirtualization visits the declared functions first, then the
    // function literals (go/defer wrappers included) in the order its
    // reader made them: the package's function bodies last declared first,
    // in each the literals and wrappers in source order (a literal before
    // the wrappers in its body).
    closure_notes.sort_by_key(|(top, unit, n)| (std::cmp::Reverse(*top), *unit, n.span.lo));
    notes.extend(closure_notes.into_iter().map(|(_, _, n)| n));
    notes
}

/// Whether `stmts` hold a `go` or `defer` statement.
fn has_go_defer(stmts: &[Stmt]) -> bool {
    let mut found = false;
    walk_stmts(stmts, &mut |s| {
        found |= matches!(s, Stmt::Go(_) | Stmt::Defer(_))
    });
    found
}

/// Every value assigned to each local in `stmts` (None for one of several
/// results of a single call, whose concrete type is not followed).
fn all_assigns(stmts: &[Stmt], out: &mut HashMap<LocalId, Vec<Option<Expr>>>) {
    walk_stmts(stmts, &mut |s| {
        if let Stmt::Assign(places, rhs) = s {
            for (i, p) in places.iter().enumerate() {
                if let ExprKind::Local(l) = p.kind {
                    let v = if places.len() == rhs.len() {
                        Some(rhs[i].clone())
                    } else if i == 0 && rhs.len() == 1 {
                        comma_ok_value(&rhs[0]).cloned()
                    } else {
                        None
                    };
                    out.entry(l).or_default().push(v);
                }
            }
        }
    });
}

/// The interface operand `x` of a comma-ok assertion `x.(I)` to an
/// interface type: what its first result holds when the assertion holds.
fn comma_ok_value(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::TypeAssert { x, comma_ok: true } => Some(x),
        _ => None,
    }
}

/// How many times each local is assigned in `stmts`.
fn count_assigns(stmts: &[Stmt], counts: &mut HashMap<LocalId, u32>) {
    walk_stmts(stmts, &mut |s| {
        if let Stmt::Assign(places, _) = s {
            for p in places {
                if let ExprKind::Local(l) = p.kind {
                    *counts.entry(l).or_default() += 1;
                }
            }
        }
    });
}

/// The defining assignments: `x := v` or `var x T = v`, lowered as
/// `decl x; x = v` (an assignment right after the declarations).
fn definitions(stmts: &[Stmt], defs: &mut HashMap<LocalId, Expr>) {
    walk_blocks(stmts, &mut |block| {
        let mut declared: Vec<LocalId> = Vec::new();
        for s in block {
            match s {
                Stmt::Decl(l) => {
                    declared.push(*l);
                    continue;
                }
                Stmt::Assign(places, rhs) if places.len() == rhs.len() => {
                    for (p, v) in places.iter().zip(rhs) {
                        if let ExprKind::Local(l) = p.kind {
                            if declared.contains(&l) {
                                defs.insert(l, v.clone());
                            }
                        }
                    }
                }
                // `v, ok := x.(I)`: `v` holds what `x` holds (gc's
                // `OAS2DOTTYPE`).
                Stmt::Assign(places, rhs) if places.len() == 2 && rhs.len() == 1 => {
                    if let (Some(v), ExprKind::Local(l)) =
                        (comma_ok_value(&rhs[0]), &places[0].kind)
                    {
                        if declared.contains(l) {
                            defs.insert(*l, v.clone());
                        }
                    }
                }
                _ => {}
            }
            declared.clear();
        }
    });
}

/// What `concrete1` learns of an interface value.
enum Conc {
    /// It always holds this concrete type.
    Type(TypeId),
    /// Not known.
    Unknown,
    /// Nothing (a self-assignment).
    NoType,
}

struct Cx<'a> {
    prog: &'a Program,
    tcx: &'a TyCtx,
    sm: &'a SourceMap,
    by_name: &'a HashMap<String, FuncId>,
    statics: &'a HashMap<LocalId, Vec<Option<Expr>>>,
    reports: bool,
    pkg: PkgId,
    out: Vec<Diagnostic>,
    /// The spans of the calls devirtualized (`Program::devirtualized`).
    done: Vec<Span>,
    /// The first temporary of each go/defer wrapper, by the call's extent.
    wrapper_temps: &'a HashMap<(u32, u32), u32>,
    /// While trying the call of a go/defer statement: the name of gc's
    /// temporary for its receiver (`.autotmp_4`).
    wrapped: Option<String>,
    /// The notes of calls devirtualized in go/defer wrappers.
    out_wrapped: Vec<Diagnostic>,
}

impl Cx<'_> {
    fn stmts(&mut self, stmts: &mut [Stmt]) {
        for s in stmts {
            match s {
                Stmt::Assign(a, b) => {
                    a.iter_mut().for_each(|e| self.expr(e));
                    b.iter_mut().for_each(|e| self.expr(e));
                }
                Stmt::Expr(e) => self.expr(e),
                Stmt::Return(v) => v.iter_mut().for_each(|e| self.expr(e)),
                // gc devirtualizes the call of a go/defer statement inside
                // its wrapper, whose temporary holds the receiver.
                Stmt::Defer(e) | Stmt::Go(e) => {
                    self.children(e);
                    let n = self.wrapper_temps.get(&(e.span.lo, e.span.hi));
                    self.wrapped = Some(n.map_or(String::new(), |n| format!(".autotmp_{n}")));
                    self.try_call(e);
                    self.wrapped = None;
                }
                Stmt::Send(a, b) => {
                    self.expr(a);
                    self.expr(b);
                }
                Stmt::If { cond, then, els } => {
                    self.expr(cond);
                    self.stmts(then);
                    self.stmts(els);
                }
                Stmt::Loop {
                    cond, body, post, ..
                } => {
                    if let Some(c) = cond {
                        self.expr(c);
                    }
                    self.stmts(body);
                    self.stmts(post);
                }
                Stmt::Breakable { body, .. } | Stmt::Block(body) => self.stmts(body),
                _ => {}
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        self.children(e);
        self.try_call(e);
    }

    fn children(&mut self, e: &mut Expr) {
        e.for_each_child_mut(|x| self.expr(x));
    }

    /// The concrete type an interface value always holds (gc's
    /// `concreteType`): through conversions and interface assertions, and
    /// through every assignment of a tracked local, which must all agree.
    fn concrete_type(&self, e: &Expr) -> Option<TypeId> {
        let mut seen = std::collections::HashSet::new();
        match self.concrete1(e, &mut seen, 0) {
            Conc::Type(t) => Some(t),
            _ => None,
        }
    }

    fn concrete1(
        &self,
        mut e: &Expr,
        seen: &mut std::collections::HashSet<LocalId>,
        depth: u32,
    ) -> Conc {
        if depth > 32 {
            return Conc::Unknown;
        }
        for _ in 0..64 {
            if !matches!(self.tcx.under(e.ty), Type::Interface(_)) {
                return Conc::Type(e.ty);
            }
            match &e.kind {
                ExprKind::ToIface { x, .. }
                | ExprKind::Convert(x)
                | ExprKind::TypeAssert { x, comma_ok: false } => e = x,
                _ => break,
            }
        }
        let ExprKind::Local(l) = e.kind else {
            return Conc::Unknown;
        };
        let Some(values) = self.statics.get(&l) else {
            return Conc::Unknown;
        };
        if !seen.insert(l) {
            // Already being followed (`x = x`): says nothing.
            return Conc::NoType;
        }
        let mut typ = None;
        for v in values {
            let Some(v) = v else {
                return Conc::Unknown;
            };
            match self.concrete1(v, seen, depth + 1) {
                Conc::NoType => {}
                Conc::Unknown => return Conc::Unknown,
                Conc::Type(t) => {
                    if typ.is_some_and(|u| u != t) {
                        return Conc::Unknown;
                    }
                    typ = Some(t);
                }
            }
        }
        typ.map_or(Conc::NoType, Conc::Type)
    }

    fn try_call(&mut self, e: &mut Expr) {
        let ExprKind::Call {
            callee: Callee::Iface { recv, index },
            ..
        } = &e.kind
        else {
            return;
        };
        let Some(concrete) = self.concrete_type(recv) else {
            return;
        };
        // gc: `typecheck.Implements(typ, sel.X.Type())` (a failed `x.(I)`
        // leaves a nil interface whatever `x` held).
        if !crate::types::check::lookup::assignable(self.tcx, concrete, recv.ty) {
            return;
        }
        let Type::Interface(ms) = self.tcx.under(recv.ty) else {
            return;
        };
        let Some(m) = ms.get(*index) else {
            return;
        };
        // A promoted method's autogenerated wrapper is not what gc calls:
        // it calls the method itself on the embedded field.
        let (func, deref, path) = match self.find_method(concrete, &m.name) {
            Some((f, d)) if !self.prog.func(f).wrapper => (f, d, Vec::new()),
            _ => match self.find_promoted(concrete, &m.name) {
                Some((f, path)) => (f, None, path),
                None => {
                    self.partial(e, concrete, &m.name.clone());
                    return;
                }
            },
        };
        if self.reports {
            let sel = match &self.wrapped {
                Some(t) if !t.is_empty() => format!("{t}.{}", m.name),
                _ => self.sel_text(e.span, recv.span, &m.name),
            };
            let ty = crate::types::fmt::type_string(self.tcx, concrete, Some(self.pkg));
            let pos = self.call_pos(e.span, recv.span);
            let note = Diagnostic::note(pos, format!("devirtualizing {sel} to {ty}"));
            match self.wrapped {
                Some(_) => self.out_wrapped.push(note),
                None => self.out.push(note),
            }
        }
        let ExprKind::Call { callee, args, .. } = &mut e.kind else {
            return;
        };
        let Callee::Iface { recv, .. } = std::mem::replace(callee, Callee::Direct(func)) else {
            return;
        };
        let span = recv.span;
        let mut r = Expr {
            kind: ExprKind::TypeAssert {
                x: recv,
                comma_ok: false,
            },
            ty: concrete,
            span,
        };
        if let Some(elem) = deref {
            r = Expr {
                kind: ExprKind::Deref(Box::new(r)),
                ty: elem,
                span,
            };
        }
        if !path.is_empty() {
            r = self.promoted_receiver(r, &path, func, span);
        }
        args.insert(0, r);
        self.done.push(e.span);
    }

    /// gc's partial devirtualization: a method `name` that `concrete` has
    /// from an embedded interface is called on that field of the asserted
    /// value (`i.(E).I.M()`), still through the interface.
    fn partial(&mut self, e: &mut Expr, concrete: TypeId, name: &str) {
        use crate::types::check::lookup;
        let Some(l) = lookup::lookup_field_or_method(self.tcx, concrete, false, self.pkg, name)
        else {
            return;
        };
        if !l.is_method || l.index.len() < 2 {
            return;
        }
        let path = l.index[..l.index.len() - 1].to_vec();
        let ExprKind::Call {
            callee: Callee::Iface { recv, index },
            ..
        } = &mut e.kind
        else {
            return;
        };
        let span = recv.span;
        let asserted = Expr {
            kind: ExprKind::TypeAssert {
                x: recv.clone(),
                comma_ok: false,
            },
            ty: concrete,
            span,
        };
        let Some(r) = self.field_path(asserted, &path, span) else {
            return;
        };
        let Type::Interface(ms) = self.tcx.under(r.ty) else {
            return;
        };
        let Some(k) = ms.iter().position(|m| m.name == name) else {
            return;
        };
        if self.reports {
            let sel = self.sel_text(e.span, span, name);
            let ty = crate::types::fmt::type_string(self.tcx, concrete, Some(self.pkg));
            let pos = self.call_pos(e.span, span);
            self.out.push(Diagnostic::note(
                pos,
                format!("partially devirtualizing {sel} to {ty}"),
            ));
        }
        *index = k;
        **recv = r;
    }

    /// The method `name` of concrete type `c`, and the type to dereference
    /// the receiver to when `c` is `*T` and the method has a value receiver.
    fn find_method(&self, c: TypeId, name: &str) -> Option<(FuncId, Option<TypeId>)> {
        let (base, ptr) = match self.tcx.ty(c) {
            Type::Pointer(b) => (*b, true),
            _ => (c, false),
        };
        let Type::Named(n) = self.tcx.ty(base) else {
            return None;
        };
        let obj = self.tcx.obj(self.tcx.named[n.0 as usize].obj);
        let path = &self.tcx.pkg(obj.pkg?).path;
        // An instance of a generic type: `List[int]`, as in its methods' names.
        let tname = &crate::types::fmt::named_sym_name(self.tcx, base);
        let val = self
            .by_name
            .get(format!("{path}.{tname}.{name}").as_str())
            .copied();
        if ptr {
            if let Some(&f) = self
                .by_name
                .get(format!("{path}.(*{tname}).{name}").as_str())
            {
                return Some((f, None));
            }
            return val.map(|f| (f, Some(base)));
        }
        let f = val?;
        // The method must really have a value receiver of type `c`.
        let recv = self.prog.func(f).params.first()?;
        (self.prog.func(f).local(*recv).ty == c).then_some((f, None))
    }

    /// A method `name` that concrete type `c` has through embedded fields
    /// (gc's `XDotMethod` on the type assertion): its function and the
    /// embedded-field path. None for a method of an embedded interface
    /// (gc only devirtualizes those partially) or when there is none.
    fn find_promoted(&self, c: TypeId, name: &str) -> Option<(FuncId, Vec<usize>)> {
        use crate::types::check::lookup;
        let l = lookup::lookup_field_or_method(self.tcx, c, false, self.pkg, name)?;
        if !l.is_method || l.index.len() < 2 {
            return None;
        }
        let path = l.index[..l.index.len() - 1].to_vec();
        let mut t = c;
        for &i in &path {
            if let Type::Pointer(p) = self.tcx.under(t) {
                t = *p;
            }
            t = match self.tcx.under(t) {
                Type::Struct(fs) => fs.get(i)?.ty,
                _ => return None,
            };
        }
        let end = match self.tcx.ty(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        if matches!(self.tcx.under(end), Type::Interface(_)) {
            return None;
        }
        let Type::Named(n) = self.tcx.ty(end) else {
            return None;
        };
        let obj = self.tcx.obj(self.tcx.named[n.0 as usize].obj);
        let pkg = &self.tcx.pkg(obj.pkg?).path;
        let tname = &obj.name;
        let key = if lookup::has_ptr_recv(self.tcx, l.obj) {
            format!("{pkg}.(*{tname}).{name}")
        } else {
            format!("{pkg}.{tname}.{name}")
        };
        Some((*self.by_name.get(key.as_str())?, path))
    }

    /// The receiver of promoted method `func` on `r`: the embedded fields
    /// of `path` (through pointers), then `&` or `*` as the method's
    /// receiver wants; gc prints it as `T.M(x.(C).E.T)`.
    fn promoted_receiver(&self, r: Expr, path: &[usize], func: FuncId, span: Span) -> Expr {
        let Some(mut r) = self.field_path(r.clone(), path, span) else {
            return r;
        };
        let f = self.prog.func(func);
        let Some(want) = f.params.first().map(|&p| f.local(p).ty) else {
            return r;
        };
        let want_ptr = matches!(self.tcx.ty(want), Type::Pointer(_));
        let have_ptr = matches!(self.tcx.ty(r.ty), Type::Pointer(_));
        if want_ptr && !have_ptr {
            r = Expr {
                kind: ExprKind::AddrOf(Box::new(r)),
                ty: want,
                span,
            };
        } else if !want_ptr && have_ptr {
            r = Expr {
                kind: ExprKind::Deref(Box::new(r)),
                ty: want,
                span,
            };
        }
        r
    }

    /// `r` followed through the embedded fields of `path`, dereferencing
    /// pointers on the way; None if the path does not fit `r`'s type.
    fn field_path(&self, mut r: Expr, path: &[usize], span: Span) -> Option<Expr> {
        for &i in path {
            if let Type::Pointer(p) = self.tcx.under(r.ty) {
                let p = *p;
                r = Expr {
                    kind: ExprKind::Deref(Box::new(r)),
                    ty: p,
                    span,
                };
            }
            let Type::Struct(fs) = self.tcx.under(r.ty) else {
                return None;
            };
            let ft = fs.get(i)?.ty;
            r = Expr {
                kind: ExprKind::Field(Box::new(r), i),
                ty: ft,
                span,
            };
        }
        Some(r)
    }

    /// `s.M` as gc prints the selector.
    fn sel_text(&self, call: Span, recv: Span, name: &str) -> String {
        let text = self.source(recv);
        if text.is_empty() {
            let _ = call;
            return name.to_string();
        }
        format!("{text}.{name}")
    }

    /// gc positions a call at its `(`.
    fn call_pos(&self, call: Span, recv: Span) -> Span {
        let Some(file) = self.sm.files.get(call.file.0 as usize) else {
            return call.start();
        };
        // A range-over-func loop's call of its function is at the `for`.
        let at = file.text.get(call.lo as usize..).unwrap_or("");
        if at.starts_with("for") && at[3..].starts_with([' ', '\t']) {
            return call.start();
        }
        let from = recv.hi.max(call.lo) as usize;
        let to = (call.hi as usize).min(file.text.len());
        match file.text.get(from..to).and_then(|t| t.find('(')) {
            Some(i) => Span::new(call.file, (from + i) as u32, (from + i) as u32),
            None => call.start(),
        }
    }

    fn source(&self, s: Span) -> String {
        self.sm
            .files
            .get(s.file.0 as usize)
            .and_then(|f| f.text.get(s.lo as usize..s.hi as usize))
            .unwrap_or("")
            .to_string()
    }
}
