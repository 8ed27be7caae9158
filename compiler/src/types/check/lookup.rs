//! Field and method lookup, method sets, interface satisfaction, identity
//! and assignability: the type-relation queries of the spec.
//!
//! These functions only read a `TyCtx` so that later phases (codegen builds
//! itabs from `method_set`) can call them after checking. Lookup follows
//! types2's `lookupFieldOrMethod`: a breadth-first search through embedded
//! fields, depth by depth; two matches at the same depth are ambiguous.
//! Interface methods are represented by `Func` objects registered in
//! `TyCtx::iface_method_objs` when the interface type is built by the
//! checker. Overview: `types/mod.rs`.

use crate::types::{BasicKind, IfaceMethod, ObjId, ObjKind, PkgId, TyCtx, Type, TypeId};

/// A successful field or method lookup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lookup {
    /// The field (`Var`) or method (`Func`) object.
    pub obj: ObjId,
    /// Embedded-field path; the last entry is the field index, or the method
    /// index (in `Named::methods`, or in the interface's sorted method set).
    pub index: Vec<usize>,
    /// Whether a pointer is dereferenced on the way (the receiver itself or
    /// an embedded pointer field).
    pub indirect: bool,
    pub is_method: bool,
}

/// Why a lookup failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupError {
    NotFound,
    /// Several matches at the same (shallowest) depth.
    Ambiguous,
    /// A method with a pointer receiver, but the operand is neither a
    /// pointer nor addressable.
    PtrRecv(ObjId),
}

/// Whether `name` is exported (starts with an upper-case letter).
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

fn same_id(name: &str, pkg: Option<PkgId>, want: &str, want_pkg: PkgId) -> bool {
    name == want && (is_exported(name) || pkg.is_none() || pkg == Some(want_pkg))
}

/// If `t` is an unnamed pointer type `*B`, returns `(B, true)`.
fn deref(tcx: &TyCtx, t: TypeId) -> (TypeId, bool) {
    match tcx.ty(t) {
        Type::Pointer(b) => (*b, true),
        _ => (t, false),
    }
}

/// Whether a method object has a pointer receiver.
pub fn has_ptr_recv(tcx: &TyCtx, m: ObjId) -> bool {
    if let ObjKind::Func(f) = &tcx.obj(m).kind {
        if let Some(r) = f.recv {
            return matches!(tcx.ty(tcx.obj(r).ty), Type::Pointer(_));
        }
    }
    false
}

/// The object of method `i` of an interface type (after `underlying`).
pub fn iface_method_obj(tcx: &TyCtx, iface: TypeId, i: usize) -> Option<ObjId> {
    let u = tcx.underlying(iface);
    if let Type::Interface(ms) = tcx.ty(u) {
        return tcx
            .iface_method_objs
            .get(&(u, ms.get(i)?.name.clone()))
            .copied();
    }
    None
}

struct Embedded {
    ty: TypeId,
    index: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

/// Looks up field or method `name` in `t`, as `x.name` with `x` of type `t`.
pub fn lookup_field_or_method_detail(
    tcx: &TyCtx,
    t: TypeId,
    addressable: bool,
    pkg: PkgId,
    name: &str,
) -> Result<Lookup, LookupError> {
    if name == "_" {
        return Err(LookupError::NotFound);
    }
    let (typ, is_ptr) = deref(tcx, t);
    if is_ptr && matches!(tcx.under(typ), Type::Interface(_)) {
        return Err(LookupError::NotFound);
    }
    let mut current = vec![Embedded {
        ty: typ,
        index: Vec::new(),
        indirect: is_ptr,
        multiples: false,
    }];
    let mut seen = std::collections::HashSet::new();
    while !current.is_empty() {
        let mut next: Vec<Embedded> = Vec::new();
        let mut found: Option<Lookup> = None;
        for e in &current {
            let ty = e.ty;
            if let Type::Named(n) = tcx.ty(ty) {
                if !seen.insert(*n) {
                    continue;
                }
                let named = &tcx.named[n.0 as usize];
                if let Some(i) = named.methods.iter().position(|&m| {
                    let o = tcx.obj(m);
                    same_id(&o.name, o.pkg, name, pkg)
                }) {
                    if found.is_some() || e.multiples {
                        return Err(LookupError::Ambiguous);
                    }
                    let mut index = e.index.clone();
                    index.push(i);
                    found = Some(Lookup {
                        obj: named.methods[i],
                        index,
                        indirect: e.indirect,
                        is_method: true,
                    });
                    continue;
                }
            }
            let u = tcx.underlying(ty);
            match tcx.ty(u) {
                Type::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        if same_id(&f.name, f.pkg, name, pkg) {
                            if found.is_some() || e.multiples {
                                return Err(LookupError::Ambiguous);
                            }
                            let mut index = e.index.clone();
                            index.push(i);
                            if let Some(obj) = f.obj {
                                found = Some(Lookup {
                                    obj,
                                    index,
                                    indirect: e.indirect,
                                    is_method: false,
                                });
                            }
                            continue;
                        }
                        if found.is_none() && f.embedded {
                            let (ft, p) = deref(tcx, f.ty);
                            let mut index = e.index.clone();
                            index.push(i);
                            next.push(Embedded {
                                ty: ft,
                                index,
                                indirect: e.indirect || p,
                                multiples: e.multiples,
                            });
                        }
                    }
                }
                Type::Interface(ms) => {
                    if let Some(i) = ms.iter().position(|m| same_id(&m.name, m.pkg, name, pkg)) {
                        if found.is_some() || e.multiples {
                            return Err(LookupError::Ambiguous);
                        }
                        let mut index = e.index.clone();
                        index.push(i);
                        if let Some(&obj) = tcx.iface_method_objs.get(&(u, ms[i].name.clone())) {
                            found = Some(Lookup {
                                obj,
                                index,
                                indirect: e.indirect,
                                is_method: true,
                            });
                        }
                    }
                }
                _ => {}
            }
        }
        if let Some(l) = found {
            if l.is_method && has_ptr_recv(tcx, l.obj) && !l.indirect && !addressable {
                return Err(LookupError::PtrRecv(l.obj));
            }
            return Ok(l);
        }
        // Consolidate entries of the same type at the next depth.
        let mut merged: Vec<Embedded> = Vec::new();
        for e in next {
            if let Some(m) = merged.iter_mut().find(|m| m.ty == e.ty) {
                m.multiples = true;
            } else {
                merged.push(e);
            }
        }
        current = merged;
    }
    Err(LookupError::NotFound)
}

/// The names (and packages) of the fields and methods reachable from `t`,
/// through embedded fields, for error messages that suggest a spelling.
pub fn member_names(tcx: &TyCtx, t: TypeId) -> Vec<(String, Option<PkgId>)> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut work = vec![deref(tcx, t).0];
    while let Some(ty) = work.pop() {
        if !seen.insert(ty) || seen.len() > 1000 {
            continue;
        }
        if let Type::Named(n) = tcx.ty(ty) {
            for &m in &tcx.named[n.0 as usize].methods {
                let o = tcx.obj(m);
                out.push((o.name.clone(), o.pkg));
            }
        }
        match tcx.ty(tcx.underlying(ty)) {
            Type::Struct(fields) => {
                for f in fields {
                    out.push((f.name.clone(), f.pkg));
                    if f.embedded {
                        work.push(deref(tcx, f.ty).0);
                    }
                }
            }
            Type::Interface(ms) => {
                for m in ms {
                    out.push((m.name.clone(), m.pkg));
                }
            }
            _ => {}
        }
    }
    out
}

/// Looks up field or method `name` in `t`; `None` if absent or ambiguous.
pub fn lookup_field_or_method(
    tcx: &TyCtx,
    t: TypeId,
    addressable: bool,
    pkg: PkgId,
    name: &str,
) -> Option<Lookup> {
    lookup_field_or_method_detail(tcx, t, addressable, pkg, name).ok()
}

/// One entry of a method set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodSetEntry {
    pub name: String,
    /// The method object (`Func`; for interface types, the interface method).
    pub obj: ObjId,
    /// The embedded-field path, then the method index (see `Lookup::index`).
    pub index: Vec<usize>,
    /// Whether a pointer is dereferenced on the way.
    pub indirect: bool,
}

/// The method set of `t`, promoted methods included, sorted by name: what an
/// itab for `t` holds. For a non-pointer `t`, methods with pointer receivers
/// are included only when reached through an embedded pointer.
pub fn method_set(tcx: &TyCtx, t: TypeId) -> Vec<MethodSetEntry> {
    let mut names: Vec<(String, Option<PkgId>)> = Vec::new();
    let (base, is_ptr) = deref(tcx, t);
    collect_method_names(tcx, base, &mut names, 0);
    names.sort();
    names.dedup();
    let mut out = Vec::new();
    for (name, pkg) in names {
        // A lookup from the method's own package finds unexported methods.
        let p = pkg.unwrap_or(PkgId(0));
        if let Ok(l) = lookup_field_or_method_detail(tcx, t, false, p, &name) {
            if l.is_method {
                out.push(MethodSetEntry {
                    name,
                    obj: l.obj,
                    index: l.index,
                    indirect: l.indirect,
                });
            }
        }
    }
    let _ = is_ptr;
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

fn collect_method_names(
    tcx: &TyCtx,
    t: TypeId,
    out: &mut Vec<(String, Option<PkgId>)>,
    depth: u32,
) {
    if depth > 16 {
        return;
    }
    if let Type::Named(n) = tcx.ty(t) {
        for &m in &tcx.named[n.0 as usize].methods {
            let o = tcx.obj(m);
            out.push((
                o.name.clone(),
                if is_exported(&o.name) { None } else { o.pkg },
            ));
        }
    }
    match tcx.under(t) {
        Type::Struct(fields) => {
            for f in fields {
                if f.embedded {
                    let (ft, _) = deref(tcx, f.ty);
                    collect_method_names(tcx, ft, out, depth + 1);
                }
            }
        }
        Type::Interface(ms) => {
            for m in ms {
                out.push((
                    m.name.clone(),
                    if is_exported(&m.name) { None } else { m.pkg },
                ));
            }
        }
        _ => {}
    }
}

/// Type identity (interning makes it `TypeId` equality).
pub fn identical(_tcx: &TyCtx, a: TypeId, b: TypeId) -> bool {
    a == b
}

/// Why `t` does not implement an interface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MissingMethod {
    Missing(String),
    PtrRecv(String),
    WrongType {
        name: String,
        have: TypeId,
        want: TypeId,
    },
    Ambiguous(String),
    Field(String),
}

/// The first method of `iface` that `t` lacks, in method-set (name) order.
pub fn missing_method(tcx: &TyCtx, t: TypeId, iface: TypeId) -> Option<MissingMethod> {
    let Type::Interface(ms) = tcx.under(iface) else {
        return None;
    };
    missing_method_of(tcx, t, ms)
}

/// The first of methods `ms` (sorted by name) that `t` lacks.
pub fn missing_method_of(tcx: &TyCtx, t: TypeId, ms: &[IfaceMethod]) -> Option<MissingMethod> {
    for m in ms {
        let pkg = m.pkg.unwrap_or(PkgId(0));
        if let Type::Interface(vms) = tcx.under(t) {
            match vms.iter().find(|v| v.name == m.name) {
                None => return Some(MissingMethod::Missing(m.name.clone())),
                Some(v) if v.sig != m.sig => {
                    return Some(MissingMethod::WrongType {
                        name: m.name.clone(),
                        have: v.sig,
                        want: m.sig,
                    })
                }
                _ => continue,
            }
        }
        match lookup_field_or_method_detail(tcx, t, false, pkg, &m.name) {
            Ok(l) if !l.is_method => return Some(MissingMethod::Field(m.name.clone())),
            Ok(l) => {
                let have = tcx.obj(l.obj).ty;
                if have != m.sig {
                    return Some(MissingMethod::WrongType {
                        name: m.name.clone(),
                        have,
                        want: m.sig,
                    });
                }
            }
            Err(LookupError::PtrRecv(_)) => return Some(MissingMethod::PtrRecv(m.name.clone())),
            Err(LookupError::Ambiguous) => return Some(MissingMethod::Ambiguous(m.name.clone())),
            Err(LookupError::NotFound) => return Some(MissingMethod::Missing(m.name.clone())),
        }
    }
    None
}

/// Whether `t` implements the interface `iface`.
pub fn implements(tcx: &TyCtx, t: TypeId, iface: TypeId) -> bool {
    if is_invalid(tcx, t) || is_invalid(tcx, iface) {
        return true;
    }
    missing_method(tcx, t, iface).is_none()
}

fn is_invalid(tcx: &TyCtx, t: TypeId) -> bool {
    matches!(tcx.under(t), Type::Basic(BasicKind::Invalid))
}

pub fn is_interface(tcx: &TyCtx, t: TypeId) -> bool {
    matches!(tcx.under(t), Type::Interface(_))
}

pub fn is_named(tcx: &TyCtx, t: TypeId) -> bool {
    matches!(tcx.ty(t), Type::Named(_) | Type::Basic(_))
}

/// Whether a value of (typed) type `v` is assignable to type `t`, ignoring
/// untyped constants (the checker handles those with representability).
pub fn assignable(tcx: &TyCtx, v: TypeId, t: TypeId) -> bool {
    if v == t || is_invalid(tcx, v) || is_invalid(tcx, t) {
        return true;
    }
    let vu = tcx.underlying(v);
    let tu = tcx.underlying(t);
    if matches!(tcx.ty(v), Type::Basic(BasicKind::UntypedNil)) {
        return matches!(
            tcx.ty(tu),
            Type::Pointer(_)
                | Type::Func(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Interface(_)
                | Type::Basic(BasicKind::UnsafePointer)
        );
    }
    if vu == tu && (!is_named(tcx, v) || !is_named(tcx, t)) {
        return true;
    }
    if let Type::Interface(_) = tcx.ty(tu) {
        return implements(tcx, v, t);
    }
    if let (Type::Chan(crate::syntax::ast::ChanDir::Both, ve), Type::Chan(_, te)) =
        (tcx.ty(vu), tcx.ty(tu))
    {
        return ve == te && (!is_named(tcx, v) || !is_named(tcx, t));
    }
    false
}

/// Whether values of type `t` can be compared with `==`.
pub fn comparable(tcx: &TyCtx, t: TypeId) -> bool {
    comparable_depth(tcx, t, 0)
}

fn comparable_depth(tcx: &TyCtx, t: TypeId, depth: u32) -> bool {
    if depth > 32 {
        return true;
    }
    match tcx.under(t) {
        Type::Basic(BasicKind::UntypedNil) => false,
        Type::Basic(_) | Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
        Type::Struct(fs) => fs.iter().all(|f| comparable_depth(tcx, f.ty, depth + 1)),
        Type::Array(e, _) => comparable_depth(tcx, *e, depth + 1),
        _ => false,
    }
}
