//! Building `Spell`s: how the program spelled the types the checker
//! reports (see `types/spell.rs` for why and for invariants S1–S2).
//!
//! Three sources, as in types2 where `byte` is its own type object:
//! - type expressions (`[]byte`, `func(s string) string`): `spell_type_expr`;
//! - objects, whose spelling is recorded when they are declared
//!   (`set_spell`, kept in `TyCtx::spells` across packages): `spell_obj`;
//! - expressions, derived on demand from their parts when a message needs
//!   them (`s[0]` is a `byte`, a `range` over a string yields `rune`s):
//!   `spell_expr`.

use super::{Checker, OpMode, Operand};
use crate::syntax::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};
use crate::types::spell::{FuncSpell, Spell};
use crate::types::{BasicKind, ObjId, ObjKind, SelectionKind, Type, TypeId};

impl<'a> Checker<'a, '_> {
    /// The spelling of the type expression `e`, which resolved to `t`.
    pub(crate) fn spell_type_expr(&self, e: &Expr<'_>, t: TypeId) -> Spell {
        self.spell_type_expr_inner(e, t, 0).checked(self.tcx, t)
    }

    fn spell_type_expr_inner(&self, e: &Expr<'_>, t: TypeId, depth: u32) -> Spell {
        if depth > 64 {
            return Spell::Ty(t);
        }
        let d = depth + 1;
        let sub = |e: &Expr<'_>, t: TypeId| Box::new(self.spell_type_expr_inner(e, t, d));
        match (&e.kind, self.tcx.ty(t)) {
            (ExprKind::Ident(id), _) => match self.info.uses.get(id.id) {
                Some(&o) if Some(o) == self.tcx.universe.get("byte").copied() => Spell::Byte,
                Some(&o) if Some(o) == self.tcx.universe.get("rune").copied() => Spell::Rune,
                Some(&o) if Some(o) == self.tcx.universe.get("any").copied() => Spell::Any,
                // An alias stands for the spelling of its right-hand side.
                Some(&o) if self.tcx.spells.contains_key(&o) && self.is_alias(o) => {
                    self.spell_obj(o)
                }
                _ => Spell::Ty(t),
            },
            (ExprKind::Selector { sel, .. }, _) => match self.info.uses.get(sel.id) {
                Some(&o) if self.tcx.spells.contains_key(&o) && self.is_alias(o) => {
                    self.spell_obj(o)
                }
                _ => Spell::Ty(t),
            },
            (ExprKind::StructType { fields }, Type::Struct(fs)) => {
                let mut spells = Vec::new();
                for f in fields.fields {
                    for _ in 0..f.names.len().max(1) {
                        let Some(ft) = fs.get(spells.len()) else {
                            return Spell::Ty(t);
                        };
                        spells.push(self.spell_type_expr_inner(f.ty, ft.ty, d));
                    }
                }
                if spells.len() != fs.len() || spells.iter().all(Spell::is_plain) {
                    return Spell::Ty(t);
                }
                Spell::Struct(t, spells)
            }
            (ExprKind::Paren(x), _) => self.spell_type_expr_inner(x, t, d),
            (ExprKind::Star(x), Type::Pointer(et)) => Spell::Pointer(sub(x, *et)),
            (ExprKind::ArrayType { len: None, elem }, Type::Slice(et)) => {
                Spell::Slice(sub(elem, *et))
            }
            (ExprKind::Ellipsis(Some(elem)), Type::Slice(et)) => Spell::Slice(sub(elem, *et)),
            (ExprKind::ArrayType { len: Some(_), elem }, Type::Array(et, n)) => {
                Spell::Array(sub(elem, *et), *n)
            }
            (ExprKind::MapType { key, value }, Type::Map(kt, vt)) => {
                Spell::Map(sub(key, *kt), sub(value, *vt))
            }
            (ExprKind::ChanType { elem, .. }, Type::Chan(dir, et)) => {
                Spell::Chan(*dir, sub(elem, *et))
            }
            (ExprKind::FuncType(ft), Type::Func(_)) => self.spell_signature(ft, t, d),
            _ => Spell::Ty(t),
        }
    }

    /// True for a `TypeName` that is an alias: its type is not the defined
    /// type it declares.
    pub(crate) fn is_alias(&self, o: ObjId) -> bool {
        let obj = self.tcx.obj(o);
        if !matches!(obj.kind, ObjKind::TypeName) || obj.pkg.is_none() {
            return false;
        }
        match self.tcx.ty(obj.ty) {
            Type::Named(n) => self.tcx.named[n.0 as usize].obj != o,
            _ => true,
        }
    }

    /// Records how the type expression `te` (of a composite literal, a
    /// conversion, `make` or `new`), resolved to `t`, is spelled, when gc's
    /// `-m` lines spell it from the type rather than as the source does:
    /// when it names an alias or holds a struct, func or interface type
    /// (`TyCtx::type_spells`).
    pub(crate) fn note_type_spelling(&mut self, te: &Expr<'_>, t: TypeId) {
        let mut te = te;
        while let ExprKind::Paren(x) = &te.kind {
            te = x;
        }
        if self.spelled_from_type(te, 0) {
            let s = self.spell_type_expr(te, t);
            self.tcx.type_spells.insert((te.span.file, te.span.lo), s);
        }
    }

    fn spelled_from_type(&self, e: &Expr<'_>, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        let alias =
            |id: &ast::Ident<'_>| self.info.uses.get(id.id).is_some_and(|&o| self.is_alias(o));
        match &e.kind {
            ExprKind::Ident(id) => alias(id),
            ExprKind::Selector { sel, .. } => alias(sel),
            ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. } => true,
            // An instance: gc names it with its type arguments' link
            // strings (`Box[main.P]`).
            ExprKind::Index { .. } => true,
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Ellipsis(Some(x)) => {
                self.spelled_from_type(x, depth + 1)
            }
            ExprKind::ArrayType { elem, .. } | ExprKind::ChanType { elem, .. } => {
                self.spelled_from_type(elem, depth + 1)
            }
            ExprKind::MapType { key, value } => {
                self.spelled_from_type(key, depth + 1) || self.spelled_from_type(value, depth + 1)
            }
            _ => false,
        }
    }

    /// A function type's spelling with its parameter and result names.
    pub(crate) fn spell_signature(&self, ft: &ast::FuncType<'_>, t: TypeId, depth: u32) -> Spell {
        let Type::Func(sig) = self.tcx.ty(t) else {
            return Spell::Ty(t);
        };
        let list = |fl: &ast::FieldList<'_>, tys: &[TypeId]| {
            let mut out = Vec::new();
            for f in fl.fields {
                let names: Vec<String> = if f.names.is_empty() {
                    vec![String::new()]
                } else {
                    f.names.iter().map(|n| n.name.to_string()).collect()
                };
                for n in names {
                    let &pt = tys.get(out.len())?;
                    out.push((n, self.spell_type_expr_inner(f.ty, pt, depth + 1)));
                }
            }
            (out.len() == tys.len()).then_some(out)
        };
        let (Some(params), Some(results)) =
            (list(ft.params, &sig.params), list(ft.results, &sig.results))
        else {
            return Spell::Ty(t);
        };
        Spell::Func(Box::new(FuncSpell {
            params,
            results,
            variadic: sig.variadic,
        }))
    }

    /// Records `s` as the spelling of `obj`'s type when it says more than
    /// the type itself.
    pub(crate) fn set_spell(&mut self, obj: ObjId, s: Spell) {
        let t = self.tcx.obj(obj).ty;
        let s = s.checked(self.tcx, t);
        if !s.is_plain() {
            self.tcx.spells.insert(obj, s);
        }
    }

    /// The spelling of an object's type.
    pub(crate) fn spell_obj(&self, obj: ObjId) -> Spell {
        match self.tcx.spells.get(&obj) {
            Some(s) => s.clone(),
            None => Spell::Ty(self.tcx.obj(obj).ty),
        }
    }

    /// The spelling of the type of the checked expression `e`, of type `t`.
    pub(crate) fn spell_expr(&self, e: &Expr<'_>, t: TypeId) -> Spell {
        self.spell_expr_inner(e, t, 0).checked(self.tcx, t)
    }

    fn spell_expr_inner(&self, e: &Expr<'_>, t: TypeId, depth: u32) -> Spell {
        if depth > 64 {
            return Spell::Ty(t);
        }
        let d = depth + 1;
        // The spelling of a sub-expression, by its recorded type.
        let of = |x: &Expr<'_>| -> Option<Spell> {
            let xt = self.info.types.get(x.id)?.ty;
            Some(self.spell_expr_inner(x, xt, d).checked(self.tcx, xt))
        };
        let uses = |id: &ast::Ident<'_>| self.info.uses.get(id.id).copied();
        let spelled = match &e.kind {
            ExprKind::Ident(id) => uses(id).map(|o| self.spell_value_obj(o)),
            ExprKind::Paren(x) => of(x),
            ExprKind::Selector { sel, .. } => match self.info.selections.get(e.id) {
                Some(s) if s.kind != SelectionKind::MethodExpr => Some(self.spell_value_obj(s.obj)),
                Some(_) => None,
                None => uses(sel).map(|o| self.spell_value_obj(o)),
            },
            ExprKind::Index { x, .. } => {
                let xt = self.info.types.get(x.id).map(|tv| tv.ty);
                match xt.map(|xt| self.tcx.under(xt)) {
                    Some(Type::Basic(k)) if super::expr::is_string_kind(*k) => Some(Spell::Byte),
                    Some(Type::Pointer(_)) => of(x)
                        .and_then(|s| s.elem().cloned())
                        .and_then(|s| s.elem().cloned()),
                    _ => of(x).and_then(|s| s.elem().cloned()),
                }
            }
            ExprKind::Slice { x, .. } => of(x).and_then(|s| match s {
                Spell::Array(e, _) => Some(Spell::Slice(e)),
                Spell::Pointer(p) => match *p {
                    Spell::Array(e, _) => Some(Spell::Slice(e)),
                    _ => None,
                },
                s => Some(s),
            }),
            ExprKind::Star(x) => of(x).and_then(|s| s.elem().cloned()),
            ExprKind::Unary { op, x, .. } => match op {
                UnaryOp::Addr => of(x).map(|s| Spell::Pointer(Box::new(s))),
                UnaryOp::Recv => of(x).and_then(|s| s.elem().cloned()),
                UnaryOp::Not => None,
                _ => of(x),
            },
            ExprKind::Binary { op, x, y, .. } => match op {
                BinaryOp::Shl | BinaryOp::Shr => of(x),
                BinaryOp::Eq
                | BinaryOp::Ne
                | BinaryOp::Lt
                | BinaryOp::Le
                | BinaryOp::Gt
                | BinaryOp::Ge
                | BinaryOp::LAnd
                | BinaryOp::LOr => None,
                _ => {
                    let typed = |z: &Expr<'_>| {
                        self.info
                            .types
                            .get(z.id)
                            .is_some_and(|tv| tv.ty == t && !self.is_untyped(tv.ty))
                    };
                    if typed(x) {
                        of(x)
                    } else if typed(y) {
                        of(y)
                    } else {
                        None
                    }
                }
            },
            ExprKind::TypeAssert { ty: Some(ty), .. } => Some(self.spell_type_expr(ty, t)),
            ExprKind::CompositeLit { ty: Some(ty), .. } => {
                let lt = self.info.types.get(ty.id).map(|tv| tv.ty).unwrap_or(t);
                let s = self.spell_type_expr(ty, lt);
                match (&ty.kind, s) {
                    // `[...]T{...}`: the length comes from the literal.
                    (ExprKind::ArrayType { .. }, Spell::Ty(_)) => None,
                    (_, s) => Some(s),
                }
            }
            ExprKind::FuncLit { ty, .. } => Some(self.spell_signature(ty, t, d)),
            ExprKind::Call { fun, args, .. } => self.spell_call(fun, args, t, d),
            _ => None,
        };
        spelled.unwrap_or(Spell::Ty(t))
    }

    /// The spelling of a call's single result, or of a conversion's type.
    fn spell_call(
        &self,
        fun: &Expr<'_>,
        args: &[&Expr<'_>],
        t: TypeId,
        depth: u32,
    ) -> Option<Spell> {
        let ftv = self.info.types.get(fun.id)?;
        match ftv.mode {
            crate::types::Mode::TypeExpr => Some(self.spell_type_expr(fun, ftv.ty)),
            crate::types::Mode::Builtin => {
                use crate::types::Builtin;
                let mut f = fun;
                while let ExprKind::Paren(x) = &f.kind {
                    f = x;
                }
                let ExprKind::Ident(id) = &f.kind else {
                    return None;
                };
                let o = self.info.uses.get(id.id)?;
                let ObjKind::Builtin(b) = self.tcx.obj(*o).kind else {
                    return None;
                };
                match b {
                    Builtin::Append => {
                        let a = args.first()?;
                        Some(self.spell_expr_inner(a, t, depth + 1))
                    }
                    Builtin::Make => {
                        let a = args.first()?;
                        Some(self.spell_type_expr(a, t))
                    }
                    Builtin::New => {
                        let a = args.first()?;
                        let et = match self.tcx.ty(t) {
                            Type::Pointer(e) => *e,
                            _ => return None,
                        };
                        Some(Spell::Pointer(Box::new(self.spell_type_expr(a, et))))
                    }
                    _ => None,
                }
            }
            _ => {
                // A component of a multi-value call (`v, err := f()`) has
                // the call as its expression: take the first result of its
                // type.
                let fs = self.spell_expr_inner(fun, ftv.ty, depth + 1);
                match fs {
                    Spell::Func(f) => f
                        .results
                        .iter()
                        .find(|(_, s)| s.canon(self.tcx) == Some(t))
                        .map(|(_, s)| s.clone()),
                    _ => None,
                }
            }
        }
    }

    /// The spelling of the type of a value-denoting object (variables,
    /// functions); other objects have none beyond their type.
    fn spell_value_obj(&self, o: ObjId) -> Spell {
        match self.tcx.obj(o).kind {
            ObjKind::Var(_) | ObjKind::Func(_) => self.spell_obj(o),
            _ => Spell::Ty(self.tcx.obj(o).ty),
        }
    }

    /// The spelling of an operand's type: its expression's if it has one.
    pub(crate) fn spell_operand(&self, x: &Operand<'_>) -> Spell {
        match (x.expr, x.mode) {
            (_, OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_)) => Spell::Ty(x.ty),
            (Some(e), OpMode::TypeExpr) => self.spell_type_expr(e, x.ty),
            (Some(e), _) => self.spell_expr(e, x.ty),
            (None, _) => Spell::Ty(x.ty),
        }
    }

    /// `x`'s type as a message prints it.
    pub(crate) fn op_type_str(&self, x: &Operand<'_>) -> String {
        self.spell_str(&self.spell_operand(x))
    }

    pub(crate) fn spell_str(&self, s: &Spell) -> String {
        s.to_string(self.tcx, Some(self.pkg))
    }

    /// The signature `sig` of method `name` of `recv` (a type or an
    /// interface) as types2 prints it in have/want lines: spelled as
    /// declared, without parameter names.
    pub(crate) fn method_sig_str(&self, recv: TypeId, name: &str, sig: TypeId) -> String {
        let plain = || crate::types::fmt::signature_string(self.tcx, sig, Some(self.pkg));
        let obj = match self.tcx.under(recv) {
            Type::Interface(_) => {
                let u = self.tcx.underlying(recv);
                self.tcx
                    .iface_method_objs
                    .get(&(u, name.to_string()))
                    .copied()
            }
            _ => super::lookup::lookup_field_or_method(self.tcx, recv, true, self.pkg, name)
                .map(|l| l.obj),
        };
        match obj.map(|o| self.spell_obj(o).checked(self.tcx, sig)) {
            Some(Spell::Func(f)) => {
                let strip = |l: &[(String, Spell)]| {
                    l.iter().map(|(_, s)| (String::new(), s.clone())).collect()
                };
                let f = FuncSpell {
                    params: strip(&f.params),
                    results: strip(&f.results),
                    variadic: f.variadic,
                };
                let mut out = String::new();
                f.write_sig(self.tcx, Some(self.pkg), &mut out);
                out
            }
            _ => plain(),
        }
    }

    /// The spelling of a value of type `t` read from a string-, slice-,
    /// array- or map-typed range operand `x`: (key, value).
    pub(crate) fn spell_range(&self, x: &Expr<'_>) -> (Option<Spell>, Option<Spell>) {
        let Some(xt) = self.info.types.get(x.id).map(|tv| tv.ty) else {
            return (None, None);
        };
        match self.tcx.under(xt) {
            Type::Basic(k) if super::expr::is_string_kind(*k) => (None, Some(Spell::Rune)),
            Type::Basic(BasicKind::UntypedString) => (None, Some(Spell::Rune)),
            Type::Map(..) => match self.spell_expr(x, xt) {
                Spell::Map(k, v) => (Some(*k), Some(*v)),
                _ => (None, None),
            },
            Type::Chan(..) => (self.spell_expr(x, xt).elem().cloned(), None),
            Type::Pointer(_) => (
                None,
                self.spell_expr(x, xt)
                    .elem()
                    .and_then(|a| a.elem())
                    .cloned(),
            ),
            _ => (None, self.spell_expr(x, xt).elem().cloned()),
        }
    }
}
