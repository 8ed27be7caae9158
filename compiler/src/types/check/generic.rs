//! Generics: type parameters, instantiation, inference and constraint
//! satisfaction (types2's `instantiate.go`, `infer.go`, `unify.go` in part).
//!
//! rgo implements generics by *re-checking*: a generic function's or generic
//! type's declaration is checked once with its type parameters as
//! `Type::TypeParam` types (for its signature, which inference unifies
//! against, and its type's shape), and its body is checked once per
//! instance, with each type parameter bound to its type argument (a type
//! alias in the file scope of the instance's own checker). The body of an
//! instance so has only concrete types, recorded into the instance's own
//! `Info` (`types::Instance`), and lowering compiles it like any function
//! (monomorphization).
//!
//! Invariants:
//! - Instances are keyed by (generic object, type arguments): a function
//!   instance is one `Func` object (`Generics::func_insts`), a type
//!   instance one `Named` type (`TyCtx::type_insts`), so `TypeId` equality
//!   stays identity (T3).
//! - Instances whose type arguments mention type parameters (met while
//!   checking a generic declaration) get a signature or underlying type
//!   but never a body check, methods or code.
//! - Instance bodies are checked after the package's own bodies, from a
//!   queue; an instance created while checking another is one level deeper,
//!   and beyond `MAX_DEPTH` levels the instantiation is reported as a cycle
//!   instead of expanding forever.
//! - A generic alias is not re-checked: an instance is the alias's
//!   right-hand side with the type arguments substituted (`alias_instance`).
//! - The bodies of uninstantiated generic functions are not checked (a
//!   known gap: gc reports errors in them even without instances).

use super::{Checker, OpMode, Operand};
use crate::syntax::ast::{self, Expr, ExprKind};
use crate::syntax::span::Span;
use crate::types::{
    BasicKind, FuncObj, Info, Instance, ObjId, ObjKind, Object, PkgId, Signature, TyCtx, Type,
    TypeId,
};
use std::collections::{HashMap, HashSet, VecDeque};

/// How many instantiation levels an instance body may be away from
/// non-generic code.
const MAX_DEPTH: u32 = 64;

/// A generic function, or a method of a generic type.
#[derive(Clone)]
pub struct GenericFunc<'a> {
    pub pkg: PkgId,
    pub file: usize,
    pub decl: &'a ast::FuncDecl<'a>,
    /// The type parameter names (the receiver's for methods).
    pub names: Vec<&'a str>,
}

/// A generic type declaration with its methods.
#[derive(Clone)]
pub struct GenericType<'a> {
    pub pkg: PkgId,
    pub file: usize,
    pub spec: &'a ast::TypeSpec<'a>,
    pub names: Vec<&'a str>,
    pub methods: Vec<(usize, &'a ast::FuncDecl<'a>)>,
    /// For a type declared in a function body: the local names visible at
    /// its declaration, which its instances are checked with.
    pub locals: Option<HashMap<String, ObjId>>,
}

/// An instance body waiting to be checked.
pub struct Job<'a> {
    inst: ObjId,
    func: GenericFunc<'a>,
    targs: Vec<TypeId>,
    /// The type parameters `targs` are bound to (see `Instance::tparams`).
    tparams: Vec<ObjId>,
    name: String,
    depth: u32,
}

/// A checked package's files and their file scopes.
pub type PkgCtx<'a> = (Vec<&'a ast::File<'a>>, Vec<HashMap<String, ObjId>>);

/// What the checker keeps about generic declarations across packages (the
/// driver owns one for the whole build).
#[derive(Default)]
pub struct Generics<'a> {
    /// Per package: its files and their file scopes (imports), so that an
    /// instance body can be checked in its own package after it is done.
    pub ctxs: HashMap<PkgId, PkgCtx<'a>>,
    pub funcs: HashMap<ObjId, GenericFunc<'a>>,
    pub types: HashMap<ObjId, GenericType<'a>>,
    pub func_insts: HashMap<(ObjId, Vec<TypeId>), ObjId>,
    pub jobs: VecDeque<Job<'a>>,
    /// The instantiation depth of the body being checked.
    pub depth: u32,
    /// What gc's order of instances is made from (`gc_instance_order`):
    /// the function whose body is being checked (`None`: declarations),
    /// the instances each body refers to, in order, and the instances
    /// referred to while an instance was being made (`creating`, a frame
    /// per instance being made), which gc reads along with it.
    pub owner: Option<ObjId>,
    pub refs: HashMap<Option<ObjId>, Vec<InstRef>>,
    pub creating: Vec<Vec<InstRef>>,
    pub children: HashMap<InstRef, Vec<InstRef>>,
    /// The type parameters of each generic alias (`type Pair[T any] =
    /// struct{ A, B T }`), whose object's type is its right-hand side
    /// with those parameters; an instance substitutes the type arguments.
    pub alias_tparams: HashMap<ObjId, Vec<ObjId>>,
}

/// An instance a body refers to: of a generic function, or of a generic
/// type (whose methods come with it).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum InstRef {
    Func(ObjId),
    Type(TypeId),
    /// A method of a type instance is used (called, or a method value).
    Methods(TypeId),
}

impl<'a> Checker<'a, '_> {
    /// Declares a type parameter list in the innermost scope: `TypeName`
    /// objects of `TypeParam` types, then their constraints.
    pub(crate) fn declare_tparams(&mut self, fl: &'a ast::FieldList<'a>) -> Vec<ObjId> {
        let objs = self.declare_tparam_names(fl);
        self.declare_tparam_bounds(fl, &objs);
        objs
    }

    /// The first half of `declare_tparams`: the `TypeParam` objects. A
    /// generic type records them before its constraints are resolved, so
    /// that a constraint may instantiate the type (`Adder[A Adder[A]]`).
    pub(crate) fn declare_tparam_names(&mut self, fl: &'a ast::FieldList<'a>) -> Vec<ObjId> {
        let mut objs = Vec::new();
        for f in fl.fields {
            for n in f.names {
                let o = self.new_obj(
                    ObjKind::TypeName,
                    n.name,
                    self.invalid(),
                    n.span,
                    Some(n.id),
                );
                let t = self.tcx.intern(Type::TypeParam(o));
                self.tcx.obj_mut(o).ty = t;
                self.info.defs.insert(n.id, Some(o));
                self.declare_local(n.name, o, n.span);
                objs.push(o);
            }
        }
        objs
    }

    /// The second half of `declare_tparams`: the constraints of `objs`.
    pub(crate) fn declare_tparam_bounds(&mut self, fl: &'a ast::FieldList<'a>, objs: &[ObjId]) {
        let mut i = 0;
        for f in fl.fields {
            let c = self.constraint_type(f.ty);
            for _ in f.names {
                let t = self.tcx.obj(objs[i]).ty;
                self.tcx.tparam_bounds.insert(t, c);
                i += 1;
            }
        }
    }

    /// A constraint: an interface, a union, or a single type (a one-term
    /// type set).
    pub(crate) fn constraint_type(&mut self, e: &'a Expr<'a>) -> TypeId {
        let t = self.type_expr(e);
        match self.tcx.under(t) {
            Type::Interface(_) | Type::TypeSet { .. } | Type::Basic(BasicKind::Invalid) => t,
            _ => self.tcx.intern(Type::TypeSet {
                methods: Vec::new(),
                terms: Some(vec![(false, t)]),
                comparable: false,
            }),
        }
    }

    /// The type of a union `~A | B` (a type set).
    pub(crate) fn union_type(&mut self, terms: &'a [(bool, &'a Expr<'a>)]) -> TypeId {
        let mut out = Vec::new();
        for (tilde, t) in terms {
            let ty = self.type_expr(t);
            if self.is_invalid_ty(ty) {
                continue;
            }
            match self.tcx.under(ty).clone() {
                Type::TypeSet {
                    terms: Some(ts), ..
                } => out.extend(ts),
                _ => {
                    if *tilde && self.tcx.underlying(ty) != ty {
                        let msg = format!(
                            "invalid use of ~ ({} is not the underlying type of {})",
                            self.type_str(self.tcx.underlying(ty)),
                            self.type_str(ty)
                        );
                        self.error(t.span, msg);
                    }
                    out.push((*tilde, ty));
                }
            }
        }
        self.tcx.intern(Type::TypeSet {
            methods: Vec::new(),
            terms: Some(out),
            comparable: false,
        })
    }

    /// Whether `t` mentions a type parameter.
    pub(crate) fn has_tparam(&self, t: TypeId) -> bool {
        self.tcx.mentions_tparam(t)
    }

    /// `subst` repeated while inferred types mention other inferred type
    /// parameters (`PT` ↦ `*T`, `T` ↦ `V`).
    pub(crate) fn subst_all(
        &mut self,
        mut t: TypeId,
        m: &HashMap<TypeId, TypeId>,
        span: Span,
    ) -> TypeId {
        for _ in 0..=m.len() {
            let next = self.subst(t, m, span);
            if next == t {
                break;
            }
            t = next;
        }
        t
    }

    /// Replaces type parameters in `t` by their types in `m`.
    pub(crate) fn subst(&mut self, t: TypeId, m: &HashMap<TypeId, TypeId>, span: Span) -> TypeId {
        self.subst_depth(t, m, span, 0)
    }

    fn subst_depth(
        &mut self,
        t: TypeId,
        m: &HashMap<TypeId, TypeId>,
        span: Span,
        d: u32,
    ) -> TypeId {
        if d > 64 || m.is_empty() {
            return t;
        }
        let ty = self.tcx.ty(t).clone();
        let new = match ty {
            Type::TypeParam(_) => return m.get(&t).copied().unwrap_or(t),
            Type::Basic(_) | Type::Interface(_) => return t,
            Type::Pointer(e) => Type::Pointer(self.subst_depth(e, m, span, d + 1)),
            Type::Slice(e) => Type::Slice(self.subst_depth(e, m, span, d + 1)),
            Type::Array(e, n) => Type::Array(self.subst_depth(e, m, span, d + 1), n),
            Type::Chan(dir, e) => Type::Chan(dir, self.subst_depth(e, m, span, d + 1)),
            Type::Map(k, v) => Type::Map(
                self.subst_depth(k, m, span, d + 1),
                self.subst_depth(v, m, span, d + 1),
            ),
            Type::Struct(mut fs) => {
                for f in fs.iter_mut() {
                    f.ty = self.subst_depth(f.ty, m, span, d + 1);
                }
                Type::Struct(fs)
            }
            Type::Func(s) => Type::Func(Signature {
                params: s
                    .params
                    .iter()
                    .map(|&x| self.subst_depth(x, m, span, d + 1))
                    .collect(),
                results: s
                    .results
                    .iter()
                    .map(|&x| self.subst_depth(x, m, span, d + 1))
                    .collect(),
                variadic: s.variadic,
            }),
            Type::Tuple(ts) => Type::Tuple(
                ts.iter()
                    .map(|&x| self.subst_depth(x, m, span, d + 1))
                    .collect(),
            ),
            Type::TypeSet {
                methods,
                terms,
                comparable,
            } => Type::TypeSet {
                methods,
                terms: terms.map(|ts| {
                    ts.into_iter()
                        .map(|(tl, x)| (tl, self.subst_depth(x, m, span, d + 1)))
                        .collect()
                }),
                comparable,
            },
            Type::Named(n) => {
                let nm = &self.tcx.named[n.0 as usize];
                let Some(orig) = nm.orig else {
                    return t;
                };
                let targs = nm.targs.clone();
                let new: Vec<TypeId> = targs
                    .iter()
                    .map(|&x| self.subst_depth(x, m, span, d + 1))
                    .collect();
                if new == targs {
                    return t;
                }
                return self.instantiate_type(orig, new, span);
            }
        };
        self.tcx.intern(new)
    }

    /// types2's unification (inexact: a defined type matches a type
    /// literal through its underlying type). Binds the type parameters
    /// `tps` in `m`; false when the types cannot match.
    pub(crate) fn unify(
        &self,
        p: TypeId,
        a: TypeId,
        tps: &[TypeId],
        m: &mut HashMap<TypeId, TypeId>,
        d: u32,
    ) -> bool {
        if d > 32 {
            return true;
        }
        if tps.contains(&p) {
            return match m.get(&p) {
                Some(&b) => {
                    b == a || {
                        let (ub, ua) = (self.tcx.underlying(b), self.tcx.underlying(a));
                        if ub == ua && !matches!(self.tcx.ty(b), Type::Named(_)) {
                            // A literal binding gives way to a named type.
                            m.insert(p, a);
                            true
                        } else {
                            ub == ua
                        }
                    }
                }
                None => {
                    m.insert(p, a);
                    true
                }
            };
        }
        if p == a {
            return true;
        }
        let (pt, at) = (self.tcx.ty(p).clone(), self.tcx.ty(a).clone());
        match (&pt, &at) {
            (Type::Named(pn), Type::Named(an)) => {
                let (pn, an) = (
                    &self.tcx.named[pn.0 as usize],
                    &self.tcx.named[an.0 as usize],
                );
                if pn.orig.is_some() && pn.orig == an.orig {
                    let (ps, as_) = (pn.targs.clone(), an.targs.clone());
                    return ps
                        .iter()
                        .zip(&as_)
                        .all(|(&x, &y)| self.unify(x, y, tps, m, d + 1));
                }
                false
            }
            // A defined type against a type literal: its underlying type
            // (`iter.Seq[V]` against `func(func(int) bool)` binds V).
            (Type::Named(_), _) if !matches!(at, Type::Basic(_) | Type::TypeParam(_)) => {
                let u = self.tcx.underlying(p);
                u != p && self.unify(u, a, tps, m, d + 1)
            }
            (Type::Named(_), _) => false,
            (_, Type::Named(_)) => {
                let u = self.tcx.underlying(a);
                u != a && self.unify(p, u, tps, m, d + 1)
            }
            (Type::Pointer(x), Type::Pointer(y))
            | (Type::Slice(x), Type::Slice(y))
            | (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(*x, *y, tps, m, d + 1),
            (Type::Array(x, n), Type::Array(y, k)) => n == k && self.unify(*x, *y, tps, m, d + 1),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(*k1, *k2, tps, m, d + 1) && self.unify(*v1, *v2, tps, m, d + 1)
            }
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .chain(s1.results.iter().zip(&s2.results))
                        .all(|(&x, &y)| self.unify(x, y, tps, m, d + 1))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(f2)
                        .all(|(x, y)| x.name == y.name && self.unify(x.ty, y.ty, tps, m, d + 1))
            }
            _ => false,
        }
    }

    /// types2's `coreTerm`: the core type of constraint `c` with its tilde,
    /// and whether it is the constraint's single term (`~[]E`, `*T`). With
    /// several terms, a core type exists if they share an underlying type.
    fn core_term(&self, c: TypeId) -> Option<(bool, TypeId, bool)> {
        let Type::TypeSet {
            terms: Some(ts), ..
        } = self.tcx.under(c)
        else {
            return None;
        };
        match ts.as_slice() {
            [] => None,
            &[(tilde, t)] => Some((tilde, t, true)),
            [(_, first), ..] => {
                let u = self.tcx.underlying(*first);
                ts.iter()
                    .all(|&(_, t)| self.tcx.underlying(t) == u)
                    .then(|| (ts.iter().any(|&(tilde, _)| tilde), u, false))
            }
        }
    }

    /// Why `t` does not satisfy constraint `c`, if it does not (types2's
    /// `implements`: methods first, then type terms, then comparability).
    pub(crate) fn unsatisfied(&self, t: TypeId, c: TypeId) -> Option<String> {
        let cs = self.type_str(c);
        let ts = self.type_str(t);
        let (methods, terms, comparable) = match self.tcx.under(c).clone() {
            Type::Interface(ms) => (ms, None, false),
            Type::TypeSet {
                methods,
                terms,
                comparable,
            } => (methods, terms, comparable),
            _ => return None,
        };
        if self.is_invalid_ty(t) {
            return None;
        }
        if let Some(miss) = super::lookup::missing_method_of(self.tcx, t, &methods) {
            let cause = self.missing_cause(t, c, &miss);
            return Some(format!("{ts} does not satisfy {cs} {cause}"));
        }
        if let Some(terms) = &terms {
            let ok = terms.iter().any(|&(tilde, x)| {
                if tilde {
                    self.tcx.underlying(t) == self.tcx.underlying(x)
                } else {
                    t == x
                }
            });
            if !ok {
                let list: Vec<String> = terms
                    .iter()
                    .map(|&(tl, x)| format!("{}{}", if tl { "~" } else { "" }, self.type_str(x)))
                    .collect();
                return Some(format!(
                    "{ts} does not satisfy {cs} ({ts} missing in {})",
                    list.join(" | ")
                ));
            }
        }
        if comparable && !super::lookup::comparable(self.tcx, t) {
            return Some(format!("{ts} does not satisfy {cs}"));
        }
        None
    }

    /// Checks `targs` against the type parameters' constraints; reports
    /// the first failure at its type argument's span in `arg_spans` (the
    /// explicit ones), else at `span`, as types2 does.
    fn verify(
        &mut self,
        tparams: &[ObjId],
        targs: &[TypeId],
        arg_spans: &[Span],
        span: Span,
    ) -> bool {
        let m: HashMap<TypeId, TypeId> = tparams
            .iter()
            .map(|&o| self.tcx.obj(o).ty)
            .zip(targs.iter().copied())
            .collect();
        for (i, (&tp, &ta)) in tparams.iter().zip(targs).enumerate() {
            let tpt = self.tcx.obj(tp).ty;
            let Some(&c) = self.tcx.tparam_bounds.get(&tpt) else {
                continue;
            };
            if self.has_tparam(ta) {
                continue;
            }
            let c = self.subst(c, &m, span);
            if let Some(msg) = self.unsatisfied(ta, c) {
                self.error(arg_spans.get(i).copied().unwrap_or(span), msg);
                return false;
            }
        }
        true
    }

    /// The type parameters of generic function `obj` (empty if it is not one).
    pub(crate) fn func_tparams(&self, obj: ObjId) -> Vec<ObjId> {
        match &self.tcx.obj(obj).kind {
            ObjKind::Func(f) => f.tparams.clone(),
            _ => Vec::new(),
        }
    }

    /// The generic function an operand expression names, if any (`F`,
    /// `pkg.F`), with the type arguments given so far.
    pub(crate) fn note_generic(&mut self, e: &'a Expr<'a>, x: &Operand<'a>) {
        if x.mode != OpMode::Value {
            return;
        }
        let id = match &e.kind {
            ExprKind::Ident(id) => id.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return,
        };
        if let Some(&o) = self.info.uses.get(id) {
            if !self.func_tparams(o).is_empty() {
                self.generic_refs.insert(e.id, (o, Vec::new()));
            }
        }
    }

    /// `x[a]` / `x[a, b]` where `x` is a generic function or type: an
    /// instantiation. `None`: `x` is neither (an ordinary index).
    pub(crate) fn instantiation(
        &mut self,
        e: &'a Expr<'a>,
        xe: &'a Expr<'a>,
        x: &Operand<'a>,
        idx: &[&'a Expr<'a>],
    ) -> Option<Operand<'a>> {
        let inv = Operand::invalid(Some(e));
        if x.mode == OpMode::TypeExpr {
            if let Some((alias, tps)) = self.generic_alias(xe) {
                return Some(self.alias_instance(e, xe, alias, &tps, idx));
            }
            let Type::Named(n) = self.tcx.ty(x.ty).clone() else {
                return None;
            };
            let tps = self.tcx.named[n.0 as usize].tparams.clone();
            if tps.is_empty() {
                return None;
            }
            let targs: Vec<TypeId> = idx.iter().map(|t| self.type_expr(t)).collect();
            if targs.iter().any(|&t| self.is_invalid_ty(t)) {
                return Some(inv);
            }
            if targs.len() != tps.len() {
                let msg = format!(
                    "{} type arguments for type {}: have {}, want {}",
                    if targs.len() < tps.len() {
                        "not enough"
                    } else {
                        "too many"
                    },
                    super::exprstring::expr_string(xe),
                    targs.len(),
                    tps.len()
                );
                self.error(xe.span, msg);
                return Some(inv);
            }
            let gobj = self.tcx.named[n.0 as usize].obj;
            let spans: Vec<Span> = idx.iter().map(|t| t.span).collect();
            if !self.verify(&tps, &targs, &spans, xe.span) {
                return Some(inv);
            }
            let t = self.instantiate_type(gobj, targs, e.span);
            return Some(Operand {
                mode: OpMode::TypeExpr,
                ty: t,
                val: None,
                expr: Some(e),
            });
        }
        let (g, mut targs) = self.generic_refs.get(&xe.id).cloned()?;
        let tps = self.func_tparams(g);
        for t in idx {
            let ty = self.type_expr(t);
            if self.is_invalid_ty(ty) {
                return Some(inv);
            }
            targs.push(ty);
        }
        if targs.len() > tps.len() {
            let msg = format!("got {} type arguments but want {}", targs.len(), tps.len());
            self.error(idx[tps.len().min(idx.len() - 1)].span, msg);
            return Some(inv);
        }
        if targs.len() < tps.len() {
            // `First[[]int]` of `First[S ~[]E, E any]`: the rest may follow
            // from the constraints' core types (types2's `funcInst` infers
            // with no arguments).
            let tpts: Vec<TypeId> = tps.iter().map(|&o| self.tcx.obj(o).ty).collect();
            let mut m: HashMap<TypeId, TypeId> =
                tpts.iter().copied().zip(targs.iter().copied()).collect();
            let fname = super::exprstring::expr_string(xe);
            if !self.core_unify(&tps, &tpts, &mut m, &fname, e.span) {
                return Some(inv);
            }
            if tpts.iter().all(|tp| m.contains_key(tp)) {
                let full: Vec<TypeId> = tpts
                    .iter()
                    .map(|tp| self.subst_all(m[tp], &m, e.span))
                    .collect();
                let spans: Vec<Span> = idx.iter().map(|t| t.span).collect();
                let Some(inst) = self.instantiate_func(g, full, &spans, e.span) else {
                    return Some(inv);
                };
                self.info.inst_refs.insert(e.id, inst);
                return Some(Operand {
                    mode: OpMode::Value,
                    ty: self.tcx.obj(inst).ty,
                    val: None,
                    expr: Some(e),
                });
            }
            self.generic_refs.insert(e.id, (g, targs));
            return Some(Operand {
                mode: OpMode::Value,
                ty: self.tcx.obj(g).ty,
                val: None,
                expr: Some(e),
            });
        }
        let spans: Vec<Span> = idx.iter().map(|t| t.span).collect();
        let Some(inst) = self.instantiate_func(g, targs, &spans, e.span) else {
            return Some(inv);
        };
        self.info.inst_refs.insert(e.id, inst);
        Some(Operand {
            mode: OpMode::Value,
            ty: self.tcx.obj(inst).ty,
            val: None,
            expr: Some(e),
        })
    }

    /// The generic alias `xe` names (`Pair`, `pkg.Pair`), with its type
    /// parameters.
    pub(crate) fn generic_alias(&self, xe: &Expr<'_>) -> Option<(ObjId, Vec<ObjId>)> {
        let id = match &xe.kind {
            ExprKind::Ident(id) => id.id,
            ExprKind::Selector { sel, .. } => sel.id,
            _ => return None,
        };
        let &o = self.info.uses.get(id)?;
        self.gen.alias_tparams.get(&o).map(|tps| (o, tps.clone()))
    }

    /// `Pair[int]` of generic alias `Pair`: its right-hand side with the
    /// type arguments substituted (an alias instance is that type itself).
    fn alias_instance(
        &mut self,
        e: &'a Expr<'a>,
        xe: &'a Expr<'a>,
        alias: ObjId,
        tps: &[ObjId],
        idx: &[&'a Expr<'a>],
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let targs: Vec<TypeId> = idx.iter().map(|t| self.type_expr(t)).collect();
        if targs.iter().any(|&t| self.is_invalid_ty(t)) {
            return inv;
        }
        if targs.len() != tps.len() {
            let msg = format!(
                "{} type arguments for type {}: have {}, want {}",
                if targs.len() < tps.len() {
                    "not enough"
                } else {
                    "too many"
                },
                super::exprstring::expr_string(xe),
                targs.len(),
                tps.len()
            );
            self.error(xe.span, msg);
            return inv;
        }
        let spans: Vec<Span> = idx.iter().map(|t| t.span).collect();
        if !self.verify(tps, &targs, &spans, xe.span) {
            return inv;
        }
        let m: HashMap<TypeId, TypeId> = tps
            .iter()
            .map(|&o| self.tcx.obj(o).ty)
            .zip(targs.iter().copied())
            .collect();
        let rhs = self.tcx.obj(alias).ty;
        let t = self.subst(rhs, &m, e.span);
        Operand {
            mode: OpMode::TypeExpr,
            ty: t,
            val: None,
            expr: Some(e),
        }
    }

    /// A call of a generic function: infers the missing type arguments from
    /// the arguments, instantiates, and returns the instance's signature
    /// (`fun` is then recorded as the instance).
    pub(crate) fn infer_call(
        &mut self,
        call: &'a Expr<'a>,
        fun: &'a Expr<'a>,
        xs: &mut [Operand<'a>],
        ellipsis: bool,
    ) -> Option<Signature> {
        let (g, targs) = self.generic_refs.get(&fun.id).cloned()?;
        let tps = self.func_tparams(g);
        let tpts: Vec<TypeId> = tps.iter().map(|&o| self.tcx.obj(o).ty).collect();
        let Type::Func(sig) = self.tcx.ty(self.tcx.obj(g).ty).clone() else {
            return None;
        };
        let mut m: HashMap<TypeId, TypeId> = HashMap::new();
        for (&p, &a) in tpts.iter().zip(&targs) {
            m.insert(p, a);
        }
        // The parameter type of each argument.
        let mut ptypes = sig.params.clone();
        if sig.variadic && !ellipsis {
            if let Some(last) = ptypes.pop() {
                let el = match self.tcx.ty(last) {
                    Type::Slice(e) => *e,
                    _ => last,
                };
                while ptypes.len() < xs.len() {
                    ptypes.push(el);
                }
            }
        }
        let fname = super::exprstring::expr_string(fun);
        let lparen = match &call.kind {
            ExprKind::Call { lparen, .. } => *lparen,
            _ => call.span,
        };
        // A generic function argument (`Apply(xs, Double)`) is instantiated
        // once the parameter's type is known, below.
        let is_generic_arg = |ck: &Self, x: &Operand<'a>| {
            x.expr.is_some_and(|e| ck.generic_refs.contains_key(&e.id))
        };
        for (x, &p) in xs.iter().zip(&ptypes) {
            if self.is_untyped(x.ty)
                || x.mode == OpMode::Nil
                || !self.has_tparam(p)
                || is_generic_arg(self, x)
            {
                continue;
            }
            if !self.unify(p, x.ty, &tpts, &mut m, 0) {
                let ps = self.subst(p, &m, call.span);
                let msg = format!(
                    "in call to {fname}, type {} of {} does not match {}",
                    self.type_str(x.ty),
                    x.expr
                        .map(super::exprstring::expr_string)
                        .unwrap_or_default(),
                    if ps == p {
                        self.type_str(p)
                    } else {
                        format!(
                            "inferred type {} for {}",
                            self.type_str(ps),
                            self.type_str(p)
                        )
                    }
                );
                self.error(x.expr.map(|e| e.span).unwrap_or(call.span), msg);
                return None;
            }
        }
        if !self.core_unify(&tps, &tpts, &mut m, &fname, lparen) {
            return None;
        }
        // Untyped constants: the default type of the "largest" kind.
        for &tp in &tpts {
            if m.contains_key(&tp) {
                continue;
            }
            let mut best: Option<BasicKind> = None;
            for (x, &p) in xs.iter().zip(&ptypes) {
                if p != tp || !self.is_untyped(x.ty) || x.mode == OpMode::Nil {
                    continue;
                }
                if let Some(k) = self.basic_kind(x.ty) {
                    let rank = |k: BasicKind| match k {
                        BasicKind::UntypedInt => 1,
                        BasicKind::UntypedRune => 2,
                        BasicKind::UntypedFloat => 3,
                        BasicKind::UntypedComplex => 4,
                        _ => 0,
                    };
                    if best.is_none_or(|b| rank(k) > rank(b)) {
                        best = Some(k);
                    }
                }
            }
            if let Some(k) = best {
                let t = self.default_type(self.basic(k));
                m.insert(tp, t);
            }
        }
        // Generic function arguments: inferred from their parameter's type
        // (Go 1.21's reverse type inference) where the type arguments
        // inferred so far determine it.
        for (x, &p) in xs.iter_mut().zip(&ptypes) {
            let Some(arg) = x.expr.filter(|_| is_generic_arg(self, x)) else {
                continue;
            };
            let p = self.subst_all(p, &m, call.span);
            if self.has_tparam(p) {
                continue;
            }
            *x = self.infer_from_target(arg, p);
            if x.is_invalid() {
                return None;
            }
        }
        let mut full = Vec::new();
        for (&o, tp) in tps.iter().zip(&tpts) {
            match m.get(tp) {
                Some(&t) => full.push(self.subst_all(t, &m, call.span)),
                None => {
                    let tobj = self.tcx.obj(o);
                    let msg = format!(
                        "in call to {fname}, cannot infer {} (declared at {})",
                        tobj.name,
                        self.sm.pos(tobj.span)
                    );
                    self.error(lparen, msg);
                    return None;
                }
            }
        }
        let spans = targ_spans(fun);
        let inst = self.instantiate_func(g, full, &spans, lparen)?;
        self.info.inst_refs.insert(fun.id, inst);
        let it = self.tcx.obj(inst).ty;
        self.record(fun, crate::types::Mode::Value, it, None);
        match self.tcx.ty(it).clone() {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    /// A generic function value `F` or `F[A]` assigned to a function type
    /// `target` (a variable, a result, an argument): its type arguments are
    /// inferred by unifying its signature with `target` (types2's reverse
    /// type inference in `funcInst`), and `e` is recorded as the instance.
    pub(crate) fn infer_from_target(&mut self, e: &'a Expr<'a>, target: TypeId) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let Some((g, targs)) = self.generic_refs.get(&e.id).cloned() else {
            return inv;
        };
        let tps = self.func_tparams(g);
        let tpts: Vec<TypeId> = tps.iter().map(|&o| self.tcx.obj(o).ty).collect();
        let mut m: HashMap<TypeId, TypeId> =
            tpts.iter().copied().zip(targs.iter().copied()).collect();
        let gty = self.tcx.obj(g).ty;
        let fname = super::exprstring::expr_string(e);
        let target_sig = self.tcx.underlying(target);
        if !self.unify(gty, target_sig, &tpts, &mut m, 0)
            || !tpts.iter().all(|tp| m.contains_key(tp))
        {
            // Not gc's wording (it names the target's description).
            self.error(
                e.span,
                format!("cannot use generic function {fname} without instantiation"),
            );
            return inv;
        }
        if !self.core_unify(&tps, &tpts, &mut m, &fname, e.span) {
            return inv;
        }
        let full: Vec<TypeId> = tpts
            .iter()
            .map(|tp| self.subst_all(m[tp], &m, e.span))
            .collect();
        let Some(inst) = self.instantiate_func(g, full, &targ_spans(e), e.span) else {
            return inv;
        };
        self.generic_refs.remove(&e.id);
        self.info.inst_refs.insert(e.id, inst);
        let it = self.tcx.obj(inst).ty;
        self.record(e, crate::types::Mode::Value, it, None);
        Operand {
            mode: OpMode::Value,
            ty: it,
            val: None,
            expr: Some(e),
        }
    }

    /// Reports a partial instantiation `F[A]` used as a value whose other
    /// type arguments cannot be inferred, as types2's `funcInst` does
    /// (`cannot infer E`, at the `[`); false if `e` is not one.
    pub(crate) fn partial_inst_error(&mut self, e: &'a Expr<'a>) -> bool {
        let lbrack = match &e.kind {
            ExprKind::Index { lbrack, .. } | ExprKind::IndexList { lbrack, .. } => *lbrack,
            _ => return false,
        };
        let Some((g, targs)) = self.generic_refs.get(&e.id).cloned() else {
            return false;
        };
        let tps = self.func_tparams(g);
        let tpts: Vec<TypeId> = tps.iter().map(|&o| self.tcx.obj(o).ty).collect();
        let mut m: HashMap<TypeId, TypeId> =
            tpts.iter().copied().zip(targs.iter().copied()).collect();
        let fname = super::exprstring::expr_string(e);
        if !self.core_unify(&tps, &tpts, &mut m, &fname, lbrack) {
            return true;
        }
        let Some(o) = tps
            .iter()
            .zip(&tpts)
            .find(|(_, tp)| !m.contains_key(tp))
            .map(|(&o, _)| o)
        else {
            return false;
        };
        let tobj = self.tcx.obj(o);
        let msg = format!(
            "cannot infer {} (declared at {})",
            tobj.name,
            self.sm.pos(tobj.span)
        );
        self.error(lbrack, msg);
        true
    }

    /// types2's core type unification: a bound type parameter's type
    /// argument is unified with its constraint's core type (`S ~[]E` binds
    /// E from S); an unbound one whose constraint is a single type without
    /// a tilde is that type (`PT interface{ *T; M() }` binds PT to *T).
    /// Repeated while it makes progress; false after reporting an error.
    fn core_unify(
        &mut self,
        tps: &[ObjId],
        tpts: &[TypeId],
        m: &mut HashMap<TypeId, TypeId>,
        fname: &str,
        span: Span,
    ) -> bool {
        loop {
            let unknown = tpts.iter().filter(|tp| !m.contains_key(tp)).count();
            for (&o, &tp) in tps.iter().zip(tpts) {
                let Some(&c) = self.tcx.tparam_bounds.get(&tp) else {
                    continue;
                };
                let Some((tilde, core, single)) = self.core_term(c) else {
                    continue;
                };
                match m.get(&tp) {
                    Some(&b) => {
                        let b = if tilde { self.tcx.underlying(b) } else { b };
                        if self.has_tparam(core) && !self.unify(core, b, tpts, m, 0) {
                            let tobj = self.tcx.obj(o);
                            let msg = format!(
                                "in call to {fname}, {} (type {}) does not satisfy {}",
                                tobj.name,
                                self.type_str(m[&tp]),
                                self.type_str(c)
                            );
                            self.error(span, msg);
                            return false;
                        }
                    }
                    None if single && !tilde => {
                        m.insert(tp, core);
                    }
                    None => {}
                }
            }
            let now = tpts.iter().filter(|tp| !m.contains_key(tp)).count();
            if now == 0 || now == unknown {
                break;
            }
        }
        true
    }

    /// The instance of generic function `g` for `targs` (created, with its
    /// body queued, on first use).
    pub(crate) fn instantiate_func(
        &mut self,
        g: ObjId,
        targs: Vec<TypeId>,
        arg_spans: &[Span],
        span: Span,
    ) -> Option<ObjId> {
        let tps = self.func_tparams(g);
        if !self.verify(&tps, &targs, arg_spans, span) {
            return None;
        }
        let real = !targs.iter().any(|&t| self.has_tparam(t));
        if let Some(&o) = self.gen.func_insts.get(&(g, targs.clone())) {
            if real {
                self.note_inst_ref(InstRef::Func(o));
            }
            return Some(o);
        }
        let m: HashMap<TypeId, TypeId> = tps
            .iter()
            .map(|&o| self.tcx.obj(o).ty)
            .zip(targs.iter().copied())
            .collect();
        let gty = self.tcx.obj(g).ty;
        self.gen.creating.push(Vec::new());
        let sig = self.subst(gty, &m, span);
        let children = self.gen.creating.pop().unwrap_or_default();
        let go = self.tcx.obj(g).clone();
        let inst = self.tcx.new_object(Object {
            kind: ObjKind::Func(FuncObj::default()),
            name: go.name.clone(),
            ty: sig,
            span: go.span,
            pkg: go.pkg,
            decl: go.decl,
        });
        self.gen.func_insts.insert((g, targs.clone()), inst);
        if targs.iter().any(|&t| self.has_tparam(t)) {
            return Some(inst);
        }
        let Some(func) = self.gen.funcs.get(&g).cloned() else {
            return Some(inst);
        };
        let depth = self.gen.depth + 1;
        if depth > MAX_DEPTH {
            self.error(
                span,
                format!("instantiation cycle: {} instantiated too deeply", go.name),
            );
            return None;
        }
        let args: Vec<String> = targs.iter().map(|&t| self.sym_type(t)).collect();
        let name = format!("{}[{}]", go.name, args.join(","));
        self.gen.children.insert(InstRef::Func(inst), children);
        self.note_inst_ref(InstRef::Func(inst));
        self.gen.jobs.push_back(Job {
            inst,
            func,
            targs,
            tparams: tps,
            name,
            depth,
        });
        Some(inst)
    }

    /// A type as it appears in symbol names (`main.T`, `[]int`).
    fn sym_type(&self, t: TypeId) -> String {
        crate::types::fmt::type_string(self.tcx, t, None)
    }

    /// The instance of generic type `gobj` for `targs`.
    pub(crate) fn instantiate_type(
        &mut self,
        gobj: ObjId,
        targs: Vec<TypeId>,
        _span: Span,
    ) -> TypeId {
        let real = !targs.iter().any(|&a| self.has_tparam(a));
        if let Some(&t) = self.tcx.type_insts.get(&(gobj, targs.clone())) {
            if real {
                self.note_inst_ref(InstRef::Type(t));
            }
            return t;
        }
        let Some(gt) = self.gen.types.get(&gobj).cloned() else {
            return self.invalid();
        };
        self.gen.creating.push(Vec::new());
        let t = self.make_type_inst(gobj, gt, targs);
        let children = self.gen.creating.pop().unwrap_or_default();
        if real {
            self.gen.children.insert(InstRef::Type(t), children);
            self.note_inst_ref(InstRef::Type(t));
        }
        t
    }

    /// Records that the body being checked (or the instance being made)
    /// refers to instance `r` (see `Generics::refs`).
    fn note_inst_ref(&mut self, r: InstRef) {
        match self.gen.creating.last_mut() {
            Some(frame) => frame.push(r),
            None => {
                let owner = self.gen.owner;
                self.gen.refs.entry(owner).or_default().push(r);
            }
        }
    }

    /// Records that the body being checked uses a method of `m`'s
    /// receiver type, if that is an instance of a generic type: gc makes
    /// all the instance's methods right then (`Generics::refs`).
    pub(crate) fn note_method_use(&mut self, m: ObjId) {
        let ObjKind::Func(f) = &self.tcx.obj(m).kind else {
            return;
        };
        let Some(recv) = f.recv else { return };
        let mut t = self.tcx.obj(recv).ty;
        if let Type::Pointer(b) = self.tcx.ty(t) {
            t = *b;
        }
        if let Type::Named(n) = self.tcx.ty(t) {
            let nm = &self.tcx.named[n.0 as usize];
            if nm.orig.is_some() && !nm.targs.iter().any(|&a| self.has_tparam(a)) {
                self.note_inst_ref(InstRef::Methods(t));
            }
        }
    }

    /// gc's order of the instances of package `self.pkg` (its
    /// `typecheck.Target.Funcs` after the package's own functions), which
    /// decides in which order escape analysis reports the instances no
    /// function of the package calls. It is modelled on gc's reader
    /// (`noder.readBodies`), which keeps two stacks: bodies to read and
    /// dictionaries to make, the dictionaries made (popping) before the
    /// next body is read (popping). Reading a body, a generic function's
    /// instance pushes its body and its dictionary; a method of a generic
    /// type's instance pushes all the instance's methods at once; any other
    /// mention of a type instance pushes a dictionary-like task that pushes
    /// its methods. Making an instance's dictionary mentions the type
    /// instances its body uses. An instance joins the list when its body
    /// is read. Checked against gc on the programs in
    /// tests/escape/escape_generics_order.go.
    pub(crate) fn gc_instance_order(&mut self) -> Vec<ObjId> {
        enum Task {
            Type(TypeId),
            Dict(ObjId),
        }
        struct Sim<'g, 'c> {
            gen: &'g Generics<'c>,
            tcx: &'g TyCtx,
            bodies: Vec<ObjId>,
            tasks: Vec<Task>,
            types: HashSet<TypeId>,
            funcs: HashSet<ObjId>,
        }
        impl Sim<'_, '_> {
            fn methods(&mut self, t: TypeId) {
                if !self.types.insert(t) {
                    return;
                }
                for &c in self
                    .gen
                    .children
                    .get(&InstRef::Type(t))
                    .into_iter()
                    .flatten()
                {
                    self.mention(c);
                }
                if let Type::Named(n) = self.tcx.ty(t) {
                    self.bodies
                        .extend(self.tcx.named[n.0 as usize].methods.iter().copied());
                }
            }
            /// A reference met reading a body.
            fn mention(&mut self, r: InstRef) {
                match r {
                    InstRef::Func(o) => {
                        if self.funcs.insert(o) {
                            for &c in self.gen.children.get(&r).into_iter().flatten() {
                                self.mention(c);
                            }
                            self.bodies.push(o);
                            self.tasks.push(Task::Dict(o));
                        }
                    }
                    InstRef::Type(t) => {
                        if !self.types.contains(&t) {
                            self.tasks.push(Task::Type(t));
                        }
                    }
                    InstRef::Methods(t) => self.methods(t),
                }
            }
            fn read(&mut self, owner: Option<ObjId>) {
                for &r in self.gen.refs.get(&owner).into_iter().flatten() {
                    self.mention(r);
                }
            }
            fn flush(&mut self) {
                while let Some(task) = self.tasks.pop() {
                    match task {
                        Task::Type(t) => self.methods(t),
                        Task::Dict(o) => {
                            for &r in self.gen.refs.get(&Some(o)).into_iter().flatten() {
                                match r {
                                    InstRef::Func(_) => self.mention(r),
                                    InstRef::Type(t) | InstRef::Methods(t) => {
                                        if !self.types.contains(&t) {
                                            self.tasks.push(Task::Type(t));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let own: Vec<ObjId> = self.bodies.iter().map(|&(o, _)| o).collect();
        let mut sim = Sim {
            gen: self.gen,
            tcx: self.tcx,
            bodies: Vec::new(),
            tasks: Vec::new(),
            types: HashSet::new(),
            funcs: HashSet::new(),
        };
        sim.read(None);
        sim.flush();
        sim.bodies.extend(own.iter().copied());
        let own: HashSet<ObjId> = own.into_iter().collect();
        let mut order = Vec::new();
        loop {
            sim.flush();
            let Some(x) = sim.bodies.pop() else { break };
            if !own.contains(&x) {
                order.push(x);
            }
            sim.read(Some(x));
        }
        order
    }

    /// Makes the instance of generic type `gobj` for `targs` (see
    /// `instantiate_type`).
    fn make_type_inst(&mut self, gobj: ObjId, gt: GenericType<'a>, targs: Vec<TypeId>) -> TypeId {
        let go = self.tcx.obj(gobj).clone();
        let tobj = self.tcx.new_object(Object {
            kind: ObjKind::TypeName,
            name: go.name.clone(),
            ty: self.invalid(),
            span: go.span,
            pkg: go.pkg,
            decl: None,
        });
        let t = self.tcx.new_named(tobj);
        self.tcx.obj_mut(tobj).ty = t;
        let Type::Named(n) = self.tcx.ty(t).clone() else {
            return self.invalid();
        };
        self.tcx.named[n.0 as usize].orig = Some(gobj);
        self.tcx.named[n.0 as usize].targs = targs.clone();
        self.tcx.type_insts.insert((gobj, targs.clone()), t);
        let binds: Vec<(&'a str, TypeId)> = gt
            .names
            .iter()
            .copied()
            .zip(targs.iter().copied())
            .collect();
        let spec = gt.spec;
        let under = self.with_ctx(gt.pkg, gt.file, &binds, gt.locals.as_ref(), |ck| {
            let r = ck.type_expr(spec.ty);
            ck.tcx.underlying(r)
        });
        let under = if under == t { self.invalid() } else { under };
        self.tcx.named[n.0 as usize].underlying = under;
        if targs.iter().any(|&a| self.has_tparam(a)) {
            return t;
        }
        let depth = self.gen.depth + 1;
        let tparams = match self.tcx.ty(self.tcx.obj(gobj).ty) {
            Type::Named(g) => self.tcx.named[g.0 as usize].tparams.clone(),
            _ => Vec::new(),
        };
        for (file, m) in gt.methods {
            let names = recv_tparam_names(m);
            let inst = self.tcx.new_object(Object {
                kind: ObjKind::Func(FuncObj::default()),
                name: m.name.name.to_string(),
                ty: self.invalid(),
                span: m.name.span,
                pkg: go.pkg,
                decl: Some(m.name.id),
            });
            self.tcx.named[n.0 as usize].methods.push(inst);
            let mbinds: Vec<(&'a str, TypeId)> =
                names.iter().copied().zip(targs.iter().copied()).collect();
            self.with_ctx(gt.pkg, file, &mbinds, None, |ck| ck.func_decl(inst, m));
            let ptr = recv_is_ptr(m);
            let tn = crate::types::fmt::named_sym_name(self.tcx, t);
            let name = if ptr {
                format!("(*{tn}).{}", m.name.name)
            } else {
                format!("{tn}.{}", m.name.name)
            };
            self.gen.jobs.push_back(Job {
                inst,
                func: GenericFunc {
                    pkg: gt.pkg,
                    file,
                    decl: m,
                    names,
                },
                targs: targs.clone(),
                tparams: tparams.clone(),
                name,
                depth,
            });
        }
        t
    }

    /// Runs `f` in the context of package `pkg`'s file `file` with the
    /// names in `binds` denoting the given types (and, for a type declared
    /// in a function, its `locals` visible beneath them).
    fn with_ctx<R>(
        &mut self,
        pkg: PkgId,
        file: usize,
        binds: &[(&'a str, TypeId)],
        locals: Option<&HashMap<String, ObjId>>,
        f: impl FnOnce(&mut Checker<'a, '_>) -> R,
    ) -> R {
        let alias = |ck: &mut Checker<'a, '_>, scope: &mut HashMap<String, ObjId>| {
            for &(n, t) in binds {
                let o = ck.tcx.new_object(Object {
                    kind: ObjKind::TypeName,
                    name: n.to_string(),
                    ty: t,
                    span: Span::default(),
                    pkg: Some(pkg),
                    decl: None,
                });
                scope.insert(n.to_string(), o);
            }
        };
        if pkg == self.pkg {
            let saved_file = self.cur_file;
            let saved_scopes = std::mem::take(&mut self.scopes);
            let saved_fscope = self.file_scopes.get(file).cloned();
            let nbodies = self.bodies.len();
            let mut fs = saved_fscope.clone().unwrap_or_default();
            alias(self, &mut fs);
            if let Some(locals) = locals {
                let mut names = locals.clone();
                for &(n, _) in binds {
                    names.remove(n);
                }
                self.scopes.push(super::Scope { names });
            }
            if file < self.file_scopes.len() {
                self.file_scopes[file] = fs;
            }
            self.cur_file = file;
            let r = f(self);
            self.cur_file = saved_file;
            self.scopes = saved_scopes;
            if let Some(s) = saved_fscope {
                self.file_scopes[file] = s;
            }
            self.bodies.truncate(nbodies);
            return r;
        }
        let Some((files, mut fscopes)) = self.gen.ctxs.get(&pkg).cloned() else {
            return f(self);
        };
        if let Some(fs) = fscopes.get_mut(file) {
            alias(self, fs);
        }
        let mut info = Info::default();
        let mut sub = Checker::new(self.tcx, &mut info, self.gen, self.sm, pkg, files);
        sub.file_scopes = fscopes;
        sub.cur_file = file;
        let r = f(&mut sub);
        let diags = std::mem::take(&mut sub.diags);
        drop(sub);
        self.add_diags(diags);
        r
    }

    fn add_diags(&mut self, diags: Vec<crate::diag::Diagnostic>) {
        for d in diags {
            if !self
                .diags
                .iter()
                .any(|x| x.span == d.span && x.message == d.message)
            {
                self.diags.push(d);
            }
        }
    }

    /// Checks every queued instance body (each in a checker of its own
    /// package, into its own `Info`).
    pub(crate) fn check_instances(&mut self) {
        let saved = self.gen.depth;
        while let Some(job) = self.gen.jobs.pop_front() {
            self.gen.depth = job.depth;
            let gf = job.func.clone();
            let Some((files, mut fscopes)) = self.gen.ctxs.get(&gf.pkg).cloned() else {
                continue;
            };
            if let Some(fs) = fscopes.get_mut(gf.file) {
                for (&n, &t) in gf.names.iter().zip(&job.targs) {
                    let o = self.tcx.new_object(Object {
                        kind: ObjKind::TypeName,
                        name: n.to_string(),
                        ty: t,
                        span: Span::default(),
                        pkg: Some(gf.pkg),
                        decl: None,
                    });
                    fs.insert(n.to_string(), o);
                }
            }
            let mut info = Info::default();
            let saved_owner = self.gen.owner.replace(job.inst);
            let diags = {
                let mut ck = Checker::new(self.tcx, &mut info, self.gen, self.sm, gf.pkg, files);
                ck.file_scopes = fscopes;
                ck.cur_file = gf.file;
                ck.instantiating = true;
                ck.func_decl(job.inst, gf.decl);
                ck.info.defs.insert(gf.decl.name.id, Some(job.inst));
                if let (Some(body), ObjKind::Func(f)) =
                    (gf.decl.body, ck.tcx.obj(job.inst).kind.clone())
                {
                    ck.func_body(f.recv, &f.params, &f.results, body);
                }
                ck.finalize_untyped();
                std::mem::take(&mut ck.diags)
            };
            self.gen.owner = saved_owner;
            self.add_diags(diags);
            self.info.instances.push(Instance {
                obj: job.inst,
                decl: gf.decl.name.id,
                pkg: gf.pkg,
                name: job.name,
                targs: job.targs,
                tparams: job.tparams,
                names: gf.names.iter().map(|n| n.to_string()).collect(),
                info,
            });
        }
        self.gen.depth = saved;
    }

    /// Collects a method whose receiver is a generic type (`List[T]`) for
    /// that type; false if the receiver is not of that form.
    pub(crate) fn collect_generic_method(&mut self, fi: usize, f: &'a ast::FuncDecl<'a>) -> bool {
        let Some(recv) = f.recv.and_then(|r| r.fields.first()) else {
            return false;
        };
        let mut t = recv.ty;
        while let ExprKind::Star(x) | ExprKind::Paren(x) = &t.kind {
            t = x;
        }
        let base = match &t.kind {
            ExprKind::Index { x, .. } | ExprKind::IndexList { x, .. } => match &x.kind {
                ExprKind::Ident(id) => id.name,
                _ => return false,
            },
            _ => return false,
        };
        self.pending_generic_methods.push((base, fi, f));
        true
    }

    /// Attaches the collected generic methods to their types.
    pub(crate) fn attach_generic_methods(&mut self) {
        for (base, fi, f) in std::mem::take(&mut self.pending_generic_methods) {
            let Some(&o) = self.tcx.pkg(self.pkg).scope.get(base) else {
                self.error(
                    f.recv.map(|r| r.span).unwrap_or(f.span),
                    super::errors::undefined(base),
                );
                continue;
            };
            match self.gen.types.get_mut(&o) {
                Some(gt) => gt.methods.push((fi, f)),
                None => {
                    let msg = format!("{base} is not a generic type");
                    self.error(f.name.span, msg);
                }
            }
        }
    }
}

/// The type parameter names of a generic method's receiver `*List[T]`.
/// The spans of the explicit type arguments of `F[A, B]` (none for `F`).
fn targ_spans(fun: &Expr<'_>) -> Vec<Span> {
    match &super::expr::unparen(fun).kind {
        ExprKind::Index { index, .. } => vec![index.span],
        ExprKind::IndexList { indices, .. } => indices.iter().map(|t| t.span).collect(),
        _ => Vec::new(),
    }
}

fn recv_tparam_names<'a>(f: &'a ast::FuncDecl<'a>) -> Vec<&'a str> {
    let Some(recv) = f.recv.and_then(|r| r.fields.first()) else {
        return Vec::new();
    };
    let mut t = recv.ty;
    while let ExprKind::Star(x) | ExprKind::Paren(x) = &t.kind {
        t = x;
    }
    let name = |e: &'a Expr<'a>| match &e.kind {
        ExprKind::Ident(id) => id.name,
        _ => "_",
    };
    match &t.kind {
        ExprKind::Index { index, .. } => vec![name(index)],
        ExprKind::IndexList { indices, .. } => indices.iter().map(|e| name(e)).collect(),
        _ => Vec::new(),
    }
}

fn recv_is_ptr(f: &ast::FuncDecl<'_>) -> bool {
    let Some(recv) = f.recv.and_then(|r| r.fields.first()) else {
        return false;
    };
    let mut t = recv.ty;
    while let ExprKind::Paren(x) = &t.kind {
        t = x;
    }
    matches!(t.kind, ExprKind::Star(_))
}
