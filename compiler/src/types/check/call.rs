//! Calls, conversions, selectors, composite literals, function literals and
//! assignability of operands (types2's `call.go`, `conversions.go`,
//! `literals.go`, `assignments.go` in part).

use super::errors;
use super::exprstring::expr_string;
use super::lookup::{self, LookupError};
use super::{Checker, OpMode, Operand};
use crate::syntax::ast::{Expr, ExprKind, Ident};
use crate::syntax::span::Span;
use crate::types::constant::{representable, ReprError};
use crate::types::spell::Spell;
use crate::types::{
    BasicKind, ConstValue, ObjId, ObjKind, Selection, SelectionKind, Signature, Type, TypeId,
};

impl<'a> Checker<'a, '_> {
    /// types2's `typesSummary`: `(number, string)` for have/want lines.
    pub(crate) fn types_summary(&self, ts: &[TypeId], variadic: bool) -> String {
        let spells: Vec<Spell> = ts.iter().map(|&t| Spell::Ty(t)).collect();
        self.spells_summary(&spells, variadic)
    }

    /// `types_summary` over types as the program spelled them.
    pub(crate) fn spells_summary(&self, ts: &[Spell], variadic: bool) -> String {
        let mut parts = Vec::new();
        for (i, sp) in ts.iter().enumerate() {
            let t = sp.canon(self.tcx).unwrap_or_else(|| self.invalid());
            let s = match self.tcx.ty(t) {
                Type::Basic(k) if super::errors::is_untyped_kind(*k) => {
                    if super::expr::is_numeric_kind(*k) {
                        "number".to_string()
                    } else {
                        crate::types::fmt::basic_name(*k)
                            .trim_start_matches("untyped ")
                            .to_string()
                    }
                }
                Type::Slice(e) if variadic && i + 1 == ts.len() => match sp {
                    Spell::Slice(es) => format!("...{}", self.spell_str(es)),
                    _ => format!("...{}", self.type_str(*e)),
                },
                _ => self.spell_str(sp),
            };
            parts.push(s);
        }
        format!("({})", parts.join(", "))
    }

    /// The parameter spellings of the function `fun` (of signature type
    /// `sig`), or plain types.
    fn param_spells(&self, fun: &Expr<'_>, sig: &Signature) -> Vec<Spell> {
        let plain = || sig.params.iter().map(|&t| Spell::Ty(t)).collect();
        let Some(ft) = self.info.types.get(fun.id).map(|tv| tv.ty) else {
            return plain();
        };
        match self.spell_expr(fun, ft) {
            Spell::Func(f) if f.params.len() == sig.params.len() => {
                f.params.into_iter().map(|(_, s)| s).collect()
            }
            _ => plain(),
        }
    }

    /// Evaluates call arguments, spreading a single multi-value call.
    /// `generic_ok`: the callee is generic, so generic function arguments
    /// are left for its inference (`infer_call`).
    pub(crate) fn call_args(
        &mut self,
        args: &'a [&'a Expr<'a>],
        hints: &[TypeId],
        generic_ok: bool,
    ) -> Option<Vec<Operand<'a>>> {
        if args.len() == 1 {
            let x = self.raw_expr(args[0], hints.first().copied());
            if self.generic_refs.contains_key(&args[0].id) {
                let x = self.generic_value(args[0], x, hints.first().copied(), generic_ok);
                return if x.is_invalid() { None } else { Some(vec![x]) };
            }
            if let Type::Tuple(ts) = self.tcx.ty(x.ty).clone() {
                if !x.is_invalid() && x.mode != OpMode::TypeExpr {
                    return Some(
                        ts.iter()
                            .map(|&t| Operand {
                                mode: OpMode::Value,
                                ty: t,
                                val: None,
                                expr: Some(args[0]),
                            })
                            .collect(),
                    );
                }
            }
            let x = self.single_value(x);
            return if x.is_invalid() { None } else { Some(vec![x]) };
        }
        let mut out = Vec::new();
        let mut ok = true;
        for (i, a) in args.iter().enumerate() {
            self.generic_arg_ok = generic_ok;
            let x = self.expr_hint(a, hints.get(i).copied());
            if x.is_invalid() {
                ok = false;
            }
            out.push(x);
        }
        if ok {
            Some(out)
        } else {
            None
        }
    }

    pub(crate) fn call(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Operand<'a> {
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
            rparen,
            ..
        } = &e.kind
        else {
            unreachable!()
        };
        let inv = Operand::invalid(Some(e));
        let f = self.expr_or_type(fun);
        match f.mode {
            OpMode::Invalid => {
                for a in args.iter() {
                    self.raw_expr(a, None);
                }
                inv
            }
            OpMode::TypeExpr => {
                let t = f.ty;
                self.note_type_spelling(fun, t);
                let tspell = self.spell_type_expr(fun, t);
                let ts = self.spell_str(&tspell);
                if args.is_empty() {
                    let msg = format!("missing argument in conversion to {ts}");
                    self.error(e.span, msg);
                    return inv;
                }
                if args.len() > 1 {
                    for a in args.iter() {
                        self.expr(a);
                    }
                    let msg = format!("too many arguments in conversion to {ts}");
                    self.error(args[args.len() - 1].span, msg);
                    return inv;
                }
                if let Some(sp) = ellipsis {
                    let msg = format!("invalid use of ... in conversion to {ts}");
                    self.error(*sp, msg);
                    return inv;
                }
                let mut x = self.expr_hint(args[0], Some(t));
                if x.is_invalid() {
                    return inv;
                }
                self.conversion(&mut x, t, &ts);
                x.expr = None;
                x
            }
            OpMode::Builtin(b) => self.builtin(e, b, args, *ellipsis, hint),
            _ if self.generic_refs.contains_key(&fun.id) => {
                let Some(mut xs) = self.call_args(args, &[], true) else {
                    return inv;
                };
                let Some(sig) = self.infer_call(e, fun, &mut xs, ellipsis.is_some()) else {
                    return inv;
                };
                self.arguments_with(e, fun, &sig, args, xs, *ellipsis, *rparen);
                self.call_result(&sig)
            }
            _ => {
                let f = self.single_value(f);
                if f.is_invalid() {
                    return inv;
                }
                let Type::Func(sig) = self.tcx.under(f.ty).clone() else {
                    let msg = errors::invalid_op(&format!(
                        "cannot call {}: {} is not a function",
                        self.describe(&f),
                        self.type_str(f.ty)
                    ));
                    self.error(e.span, msg);
                    for a in args.iter() {
                        self.raw_expr(a, None);
                    }
                    return inv;
                };
                self.arguments(e, fun, &sig, args, *ellipsis, *rparen);
                self.call_result(&sig)
            }
        }
    }

    /// The operand a call of a function of signature `sig` yields.
    fn call_result(&mut self, sig: &Signature) -> Operand<'a> {
        {
            {
                match sig.results.len() {
                    0 => Operand {
                        mode: OpMode::NoValue,
                        ty: self.invalid(),
                        val: None,
                        expr: None,
                    },
                    1 => Operand {
                        mode: OpMode::Value,
                        ty: sig.results[0],
                        val: None,
                        expr: None,
                    },
                    _ => {
                        let t = self.tcx.intern(Type::Tuple(sig.results.clone()));
                        Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            expr: None,
                        }
                    }
                }
            }
        }
    }

    fn arguments(
        &mut self,
        call: &'a Expr<'a>,
        fun: &'a Expr<'a>,
        sig: &Signature,
        args: &'a [&'a Expr<'a>],
        ellipsis: Option<Span>,
        rparen: Span,
    ) {
        let npars = sig.params.len();
        let mut hints: Vec<TypeId> = sig.params.clone();
        if sig.variadic && ellipsis.is_none() {
            if let Some(&last) = sig.params.last() {
                if let Type::Slice(el) = self.tcx.ty(last).clone() {
                    hints.pop();
                    while hints.len() < args.len() {
                        hints.push(el);
                    }
                }
            }
        }
        let _ = npars;
        let Some(xs) = self.call_args(args, &hints, false) else {
            return;
        };
        self.arguments_with(call, fun, sig, args, xs, ellipsis, rparen);
    }

    /// `arguments` after the arguments' evaluation.
    #[allow(clippy::too_many_arguments)]
    fn arguments_with(
        &mut self,
        call: &'a Expr<'a>,
        fun: &'a Expr<'a>,
        sig: &Signature,
        args: &'a [&'a Expr<'a>],
        mut xs: Vec<Operand<'a>>,
        ellipsis: Option<Span>,
        rparen: Span,
    ) {
        let npars = sig.params.len();
        let fname = expr_string(fun);
        if ellipsis.is_some() {
            if !sig.variadic {
                self.error(
                    call.span,
                    format!("cannot use ... in call to non-variadic {fname}"),
                );
                return;
            }
            if args.len() == 1 && xs.len() > 1 {
                self.error(
                    call.span,
                    format!(
                        "cannot use ... with {}-valued {}",
                        xs.len(),
                        expr_string(args[0])
                    ),
                );
                return;
            }
        }
        // The parameter types each argument is assigned to.
        let mut ptypes: Vec<TypeId> = sig.params.clone();
        let pspells = self.param_spells(fun, sig);
        let mut pspelled = pspells.clone();
        if sig.variadic && ellipsis.is_none() {
            let last = ptypes.pop().unwrap();
            let last_spell = pspelled.pop().unwrap();
            let el = match self.tcx.ty(last) {
                Type::Slice(e) => *e,
                _ => last,
            };
            let el_spell = match &last_spell {
                Spell::Slice(e) => (**e).clone(),
                _ => Spell::Ty(el),
            };
            if xs.len() >= ptypes.len() {
                while ptypes.len() < xs.len() {
                    ptypes.push(el);
                    pspelled.push(el_spell.clone());
                }
            } else {
                // Not enough arguments: report against the declared list.
                ptypes.push(last);
                pspelled.push(last_spell);
            }
        }
        let nargs = xs.len();
        let min_args = if sig.variadic && ellipsis.is_none() {
            npars - 1
        } else {
            npars
        };
        if nargs != ptypes.len() && !(sig.variadic && ellipsis.is_none() && nargs >= min_args)
            || nargs < min_args
        {
            let have: Vec<Spell> = xs.iter().map(|x| self.spell_operand(x)).collect();
            let mut have_s = self.spells_summary(&have, false);
            if ellipsis.is_some() {
                // types2's hasDots: the last argument was spread.
                have_s.insert_str(have_s.len() - 1, "...");
            }
            let want_s = self.spells_summary(&pspells, sig.variadic);
            if nargs > ptypes.len() {
                let at = if args.len() == 1 && nargs > 1 {
                    args[0].span
                } else {
                    args[ptypes.len()].span
                };
                self.error(at, errors::too_many_args(&fname, &have_s, &want_s));
            } else {
                let at = if nargs > 0 {
                    args[args.len() - 1].span
                } else {
                    rparen
                };
                self.error(at, errors::not_enough_args(&fname, &have_s, &want_s));
            }
            return;
        }
        let ctx = format!("argument to {fname}");
        for ((x, &t), sp) in xs.iter_mut().zip(ptypes.iter()).zip(&pspelled) {
            self.assignment_spelled(x, Some(t), Some(sp), &ctx);
        }
    }

    /// Whether operand `x` is assignable to `t` (untyped constants by
    /// representability), without reporting.
    pub(crate) fn assignable_operand(&self, x: &Operand<'a>, t: TypeId) -> bool {
        if self.is_untyped(x.ty) {
            if x.mode == OpMode::Nil {
                return self.has_nil(t);
            }
            return self.implicit_type(x, t).is_ok()
                || (self.is_untyped(t) && self.implicit_type(x, t).is_ok());
        }
        lookup::assignable(self.tcx, x.ty, t)
    }

    /// types2's `assignment`: checks that `x` can be assigned to `t` (or, with
    /// `t == None`, gives an untyped `x` its default type), reporting
    /// `cannot use ... as T value in <context>`.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.assignment_spelled(x, t, None, context)
    }

    /// `assignment` with the target type as the program spelled it (see
    /// `types/spell.rs`), for the message.
    pub(crate) fn assignment_spelled(
        &mut self,
        x: &mut Operand<'a>,
        t: Option<TypeId>,
        spell: Option<&crate::types::spell::Spell>,
        context: &str,
    ) {
        let target_str = |ck: &Self, target: TypeId| match spell {
            Some(s) if Some(target) == t => ck.spell_str(&s.clone().checked(ck.tcx, target)),
            _ => ck.type_str(target),
        };
        if x.is_invalid() {
            return;
        }
        match x.mode {
            OpMode::Constant
            | OpMode::Variable
            | OpMode::MapIndex
            | OpMode::Value
            | OpMode::Nil
            | OpMode::CommaOk => {}
            _ => {
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if let Some(t) = t {
            if self.is_invalid_ty(t) {
                x.mode = OpMode::Invalid;
                return;
            }
        }
        if self.is_untyped(x.ty) {
            let mut target = t;
            if x.mode == OpMode::Nil {
                if t.is_none() {
                    let msg = format!("use of untyped nil in {context}");
                    self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
                    x.mode = OpMode::Invalid;
                    return;
                }
            } else if t.is_none()
                || t.is_some_and(|t| matches!(self.tcx.under(t), Type::Interface(_)))
            {
                target = Some(self.default_type(x.ty));
            }
            let target = target.unwrap();
            match self.implicit_type(x, target) {
                Ok((nt, v)) => {
                    if let Some(v) = v {
                        x.val = Some(v);
                    }
                    if nt != x.ty {
                        x.ty = nt;
                        if let Some(e) = x.expr {
                            self.update_expr_type(e, nt, true);
                        }
                    }
                }
                Err(code) => {
                    let d = self.describe(x);
                    let ts = target_str(self, target);
                    let msg = match code {
                        ReprError::Truncated => {
                            errors::cannot_use_overflow(&d, &ts, context, "truncated")
                        }
                        ReprError::Overflow => {
                            errors::cannot_use_overflow(&d, &ts, context, "overflows")
                        }
                        ReprError::Mismatch => errors::cannot_use(&d, &ts, context, ""),
                    };
                    self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
                    x.mode = OpMode::Invalid;
                    return;
                }
            }
        }
        let Some(t) = t else { return };
        if !lookup::assignable(self.tcx, x.ty, t) {
            let d = self.describe(x);
            let ts = target_str(self, t);
            let mut cause = String::new();
            if matches!(self.tcx.under(t), Type::Interface(_)) && !self.is_invalid_ty(x.ty) {
                if let Some(m) = lookup::missing_method(self.tcx, x.ty, t) {
                    let c = self.missing_cause(x.ty, t, &m);
                    cause = errors::does_not_implement(&self.op_type_str(x), &ts, &c);
                }
            } else if matches!(self.tcx.under(x.ty), Type::Interface(_))
                && !matches!(self.tcx.under(t), Type::Interface(_))
            {
                cause = "need type assertion".to_string();
            }
            let msg = errors::cannot_use(&d, &ts, context, &cause);
            self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
            x.mode = OpMode::Invalid;
        }
    }

    /// types2's `conversion`: `T(x)`.
    /// `ts` is the target type as the program spelled it.
    pub(crate) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId, ts: &str) {
        let const_arg = x.mode == OpMode::Constant;
        let tk = self.basic_kind(t);
        let is_const_t =
            tk.is_some_and(|k| !matches!(k, BasicKind::UnsafePointer | BasicKind::Invalid));
        let mut ok = false;
        if const_arg && is_const_t {
            let k = tk.unwrap();
            let v = x.val.clone().unwrap();
            if let Ok(nv) = representable(&v, k) {
                x.val = Some(nv);
                ok = true;
            } else if self.is_integer(x.ty) && super::expr::is_string_kind(k) {
                let c = v
                    .to_u64()
                    .and_then(|i| char::from_u32(i as u32))
                    .filter(|_| v.to_u64().unwrap() <= 0x10FFFF);
                x.val = Some(ConstValue::String(
                    c.unwrap_or('\u{FFFD}').to_string().into_bytes(),
                ));
                ok = true;
            } else if self.is_integer(x.ty) && super::expr::is_integer_kind(k) {
                let msg = format!("constant {} overflows {ts}", v.describe());
                self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
                x.mode = OpMode::Invalid;
                return;
            } else if super::expr::is_integer_kind(k) {
                // Float constants convert to integer types only when exact;
                // like types2's representableConst, an integral value is
                // rounded to an integer before the error describes it.
                if let Some(i) = v.to_bigint() {
                    x.val = Some(ConstValue::Int(i));
                }
            }
        } else if self.convertible(x, t) {
            ok = true;
            x.mode = OpMode::Value;
            x.val = None;
        }
        if !ok {
            let msg = format!("cannot convert {} to type {ts}", self.describe(x));
            self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
            x.mode = OpMode::Invalid;
            return;
        }
        if self.is_untyped(x.ty) {
            let mut fin = t;
            let to_default = matches!(self.tcx.under(t), Type::Interface(_))
                || (const_arg && !is_const_t)
                || (const_arg && self.is_integer(x.ty) && self.is_string(t));
            if x.mode != OpMode::Nil && to_default {
                fin = self.default_type(x.ty);
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, fin, true);
            }
        }
        if x.mode == OpMode::Nil {
            x.mode = OpMode::Value;
        }
        x.ty = t;
    }

    fn convertible(&self, x: &Operand<'a>, t: TypeId) -> bool {
        if self.assignable_operand(x, t) {
            return true;
        }
        let v = if self.is_untyped(x.ty) {
            self.default_type(x.ty)
        } else {
            x.ty
        };
        let vu = self.tcx.underlying(v);
        let tu = self.tcx.underlying(t);
        if vu == tu || self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (self.tcx.ty(v), self.tcx.ty(t)) {
            if self.tcx.underlying(*a) == self.tcx.underlying(*b) {
                return true;
            }
        }
        let (vk, tk) = (self.basic_kind(v), self.basic_kind(t));
        let num = |k: Option<BasicKind>| {
            k.is_some_and(|k| super::expr::is_integer_kind(k) || super::expr::is_float_kind(k))
        };
        if num(vk) && num(tk) {
            return true;
        }
        let cplx = |k: Option<BasicKind>| k.is_some_and(super::expr::is_complex_kind);
        if cplx(vk) && cplx(tk) {
            return true;
        }
        let is_str = |k: Option<BasicKind>| k.is_some_and(super::expr::is_string_kind);
        let bytes_or_runes = |ck: &Self, t: TypeId| match ck.tcx.under(t) {
            Type::Slice(e) => matches!(
                ck.tcx.under(*e),
                Type::Basic(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        };
        if is_str(tk) && (vk.is_some_and(super::expr::is_integer_kind) || bytes_or_runes(self, v)) {
            return true;
        }
        if is_str(vk) && bytes_or_runes(self, t) {
            return true;
        }
        if let Type::Slice(se) = self.tcx.ty(vu) {
            match self.tcx.ty(tu) {
                Type::Array(ae, _) if ae == se => return true,
                Type::Pointer(p) => {
                    if let Type::Array(ae, _) = self.tcx.under(*p) {
                        if ae == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        let unsafe_ptr = |k: Option<BasicKind>| k == Some(BasicKind::UnsafePointer);
        if (unsafe_ptr(vk)
            && (matches!(self.tcx.ty(tu), Type::Pointer(_)) || tk == Some(BasicKind::Uintptr)))
            || (unsafe_ptr(tk)
                && (matches!(self.tcx.ty(vu), Type::Pointer(_)) || vk == Some(BasicKind::Uintptr)))
        {
            return true;
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        match (self.tcx.ty(a), self.tcx.ty(b)) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa
                        .iter()
                        .zip(fb)
                        .all(|(x, y)| x.name == y.name && x.ty == y.ty && x.embedded == y.embedded)
            }
            _ => false,
        }
    }

    // ---------------------------------------------------------------------
    // Selectors.

    pub(crate) fn selector(
        &mut self,
        e: &'a Expr<'a>,
        xe: &'a Expr<'a>,
        sel: &Ident<'a>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        // Package-qualified identifier.
        if let ExprKind::Ident(pid) = &xe.kind {
            if let Some(obj) = self.lookup(pid.name) {
                if let ObjKind::PkgName(p) = self.tcx.obj(obj).kind {
                    self.info.uses.insert(pid.id, obj);
                    self.used_imports.insert(obj);
                    let pname = self.tcx.pkg(p).name.clone();
                    let Some(&exp) = self.tcx.pkg(p).scope.get(sel.name) else {
                        // types2: suggest an exported name differing in case
                        // (Go's scopes list names sorted).
                        let lower = sel.name.to_lowercase();
                        let mut alts: Vec<&String> = self
                            .tcx
                            .pkg(p)
                            .scope
                            .keys()
                            .filter(|n| lookup::is_exported(n) && n.to_lowercase() == lower)
                            .collect();
                        alts.sort();
                        let mut msg = errors::undefined_qualified(pid.name, sel.name);
                        if let Some(a) = alts.first() {
                            msg = format!("{msg} (but have {a})");
                        }
                        self.error(sel.span, msg);
                        return inv;
                    };
                    if !lookup::is_exported(sel.name) {
                        self.error(sel.span, errors::not_exported(sel.name, &pname));
                        return inv;
                    }
                    self.info.uses.insert(sel.id, exp);
                    let o = self.tcx.obj(exp).clone();
                    return match o.kind {
                        ObjKind::Const(v) => Operand {
                            mode: OpMode::Constant,
                            ty: o.ty,
                            val: Some(v),
                            expr: None,
                        },
                        ObjKind::TypeName => Operand {
                            mode: OpMode::TypeExpr,
                            ty: o.ty,
                            val: None,
                            expr: None,
                        },
                        ObjKind::Var(_) => Operand {
                            mode: OpMode::Variable,
                            ty: o.ty,
                            val: None,
                            expr: None,
                        },
                        ObjKind::Func(_) => Operand {
                            mode: OpMode::Value,
                            ty: o.ty,
                            val: None,
                            expr: None,
                        },
                        ObjKind::Builtin(b) => Operand {
                            mode: OpMode::Builtin(b),
                            ty: o.ty,
                            val: None,
                            expr: None,
                        },
                        _ => inv,
                    };
                }
            }
        }
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            return inv;
        }
        if let OpMode::Builtin(_) = x.mode {
            let msg = format!(
                "invalid use of {} in selector expression",
                self.describe(&x)
            );
            self.error(e.span, msg);
            return inv;
        }
        let x = if x.mode == OpMode::TypeExpr {
            x
        } else {
            self.single_value(x)
        };
        if x.is_invalid() || self.is_invalid_ty(self.tcx.underlying(x.ty)) {
            return inv;
        }
        let res = lookup::lookup_field_or_method_detail(
            self.tcx,
            x.ty,
            x.mode == OpMode::Variable,
            self.pkg,
            sel.name,
        );
        let l = match res {
            Ok(l) => l,
            Err(LookupError::Ambiguous) => {
                self.error(
                    sel.span,
                    format!("ambiguous selector {}.{}", expr_string(xe), sel.name),
                );
                return inv;
            }
            Err(LookupError::PtrRecv(_)) => {
                let ts = self.op_type_str(&x);
                let msg = if x.mode == OpMode::TypeExpr {
                    format!(
                        "invalid method expression {ts}.{n} (needs pointer receiver (*{ts}).{n})",
                        n = sel.name
                    )
                } else {
                    format!("cannot call pointer method {} on {ts}", sel.name)
                };
                self.error(sel.span, msg);
                return inv;
            }
            Err(LookupError::NotFound) => {
                let why = if let Type::Pointer(b) = self.tcx.ty(x.ty) {
                    if matches!(self.tcx.under(*b), Type::Interface(_)) {
                        format!(
                            "type {} is pointer to interface, not interface",
                            self.op_type_str(&x)
                        )
                    } else {
                        format!(
                            "type {} has no field or method {}",
                            self.op_type_str(&x),
                            sel.name
                        )
                    }
                } else {
                    let ts = self.op_type_str(&x);
                    self.lookup_error(x.ty, &ts, x.mode == OpMode::Variable, sel.name)
                };
                self.error(
                    sel.span,
                    format!("{}.{} undefined ({why})", expr_string(xe), sel.name),
                );
                return inv;
            }
        };
        self.info.uses.insert(sel.id, l.obj);
        let oty = self.tcx.obj(l.obj).ty;
        if !l.is_method {
            if x.mode == OpMode::TypeExpr {
                let msg = format!(
                    "operand for field selector {} must be value of type {}",
                    sel.name,
                    self.op_type_str(&x)
                );
                self.error(xe.span, msg);
                return inv;
            }
            self.info.selections.insert(
                e.id,
                Selection {
                    kind: SelectionKind::FieldVal,
                    recv: x.ty,
                    obj: l.obj,
                    index: l.index.clone(),
                    indirect: l.indirect,
                },
            );
            let mode = if x.mode == OpMode::Variable || l.indirect {
                OpMode::Variable
            } else {
                OpMode::Value
            };
            return Operand {
                mode,
                ty: oty,
                val: None,
                expr: None,
            };
        }
        if x.mode == OpMode::TypeExpr {
            // Method expression: the receiver becomes the first parameter.
            let Type::Func(sig) = self.tcx.ty(oty).clone() else {
                return inv;
            };
            let mut params = vec![x.ty];
            params.extend(sig.params.iter().copied());
            let t = self.tcx.intern(Type::Func(Signature {
                params,
                results: sig.results,
                variadic: sig.variadic,
            }));
            self.note_method_use(l.obj);
            self.info.selections.insert(
                e.id,
                Selection {
                    kind: SelectionKind::MethodExpr,
                    recv: x.ty,
                    obj: l.obj,
                    index: l.index,
                    indirect: l.indirect,
                },
            );
            return Operand {
                mode: OpMode::Value,
                ty: t,
                val: None,
                expr: None,
            };
        }
        self.note_method_use(l.obj);
        self.info.selections.insert(
            e.id,
            Selection {
                kind: SelectionKind::MethodVal,
                recv: x.ty,
                obj: l.obj,
                index: l.index,
                indirect: l.indirect,
            },
        );
        Operand {
            mode: OpMode::Value,
            ty: oty,
            val: None,
            expr: None,
        }
    }

    // ---------------------------------------------------------------------
    // Function and composite literals.

    pub(crate) fn func_lit_body(
        &mut self,
        params: &[crate::types::ObjId],
        results: &[crate::types::ObjId],
        body: &'a crate::syntax::ast::Block<'a>,
    ) {
        let saved_fctx = std::mem::take(&mut self.fctx);
        let saved_locals = std::mem::take(&mut self.locals);
        self.open_scope(true);
        for &o in params.iter().chain(results) {
            let (name, span) = (self.tcx.obj(o).name.clone(), self.tcx.obj(o).span);
            if name != "_" && !name.starts_with('~') {
                self.declare_local(&name, o, span);
            }
        }
        let named_results = results
            .first()
            .is_some_and(|&r| !self.tcx.obj(r).name.starts_with('~'));
        self.fctx = super::FuncCtx {
            results: results.to_vec(),
            named_results,
        };
        self.stmt_list(body.stmts, super::stmt::StmtCtx);
        if !results.is_empty() && !super::stmt::is_terminating_list(body.stmts) {
            self.error(body.rbrace, errors::missing_return());
        }
        self.labels(body);
        let mut unused: Vec<_> = self
            .locals
            .iter()
            .copied()
            .filter(|o| !self.used_vars.contains(o))
            .collect();
        unused.sort_by_key(|&o| self.tcx.obj(o).span.lo);
        for o in unused {
            let (name, span) = (self.tcx.obj(o).name.clone(), self.tcx.obj(o).span);
            self.error(span, errors::declared_not_used(&name));
        }
        self.close_scope();
        self.fctx = saved_fctx;
        self.locals = saved_locals;
    }

    pub(crate) fn composite_lit(
        &mut self,
        e: &'a Expr<'a>,
        ty: Option<&'a Expr<'a>>,
        elts: &'a [&'a Expr<'a>],
        rbrace: Span,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let mut result = None;
        let typ = match ty {
            Some(te) => {
                if let ExprKind::ArrayType { len: Some(l), elem } = &te.kind {
                    if matches!(l.kind, ExprKind::Ellipsis(None)) {
                        // [...]T{...}: the length comes from the literal.
                        let el = self.type_expr(elem);
                        if self.is_invalid_ty(el) {
                            for x in elts {
                                self.elem_value(x, None);
                            }
                            return inv;
                        }
                        let el_spell = self.spell_type_expr(elem, el);
                        let n = self.indexed_elts(elts, el, &el_spell, None);
                        let t = self.tcx.intern(Type::Array(el, n));
                        self.record(te, crate::types::Mode::TypeExpr, t, None);
                        return Operand {
                            mode: OpMode::Value,
                            ty: t,
                            val: None,
                            expr: None,
                        };
                    }
                }
                self.type_expr(te)
            }
            None => match hint {
                Some(h) => {
                    // `&T{}` elision: a pointer hint means a literal of the base type.
                    match self.tcx.under(h) {
                        Type::Pointer(b) => {
                            result = Some(h);
                            *b
                        }
                        _ => h,
                    }
                }
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    return inv;
                }
            },
        };
        if self.is_invalid_ty(typ) {
            for x in elts {
                self.elem_value(x, None);
            }
            return inv;
        }
        let base = typ;
        let result = result.unwrap_or(typ);
        let lit_spell = match ty {
            Some(te) => {
                self.note_type_spelling(te, typ);
                self.spell_type_expr(te, typ)
            }
            None => Spell::Ty(typ),
        };
        match self.tcx.under(base).clone() {
            Type::Struct(fields) => {
                if elts.is_empty() {
                    return Operand {
                        mode: OpMode::Value,
                        ty: result,
                        val: None,
                        expr: None,
                    };
                }
                let keyed = matches!(elts[0].kind, ExprKind::KeyValue { .. });
                if keyed {
                    let mut seen = vec![false; fields.len()];
                    for el in elts {
                        let ExprKind::KeyValue { key, value, .. } = &el.kind else {
                            self.error(
                                el.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(el);
                            continue;
                        };
                        let ExprKind::Ident(kid) = &key.kind else {
                            self.error(
                                el.span,
                                format!(
                                    "invalid field name {} in struct literal",
                                    expr_string(key)
                                ),
                            );
                            self.expr(value);
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| f.name == kid.name) else {
                            let msg = format!(
                                "unknown field {} in struct literal of type {}",
                                kid.name,
                                self.type_str(base)
                            );
                            self.error(kid.span, msg);
                            self.expr(value);
                            continue;
                        };
                        if let Some(fo) = fields[i].obj {
                            self.info.uses.insert(kid.id, fo);
                        }
                        if seen[i] {
                            self.error(
                                el.span,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                            self.expr(value);
                            continue;
                        }
                        seen[i] = true;
                        let ft = fields[i].ty;
                        let fspell = fields[i].obj.map(|o| self.spell_obj(o));
                        let mut x = self.expr_hint(value, Some(ft));
                        self.assignment_spelled(
                            &mut x,
                            Some(ft),
                            fspell.as_ref(),
                            "struct literal",
                        );
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let ExprKind::KeyValue { value, .. } = &el.kind {
                            self.error(
                                el.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.expr(value);
                            continue;
                        }
                        if i >= fields.len() {
                            let mut x = self.expr(el);
                            let _ = &mut x;
                            let msg = format!(
                                "too many values in struct literal of type {}",
                                self.type_str(base)
                            );
                            self.error(el.span, msg);
                            break;
                        }
                        let f = &fields[i];
                        let mut x = self.expr_hint(el, Some(f.ty));
                        if !lookup::is_exported(&f.name)
                            && f.pkg.is_some()
                            && f.pkg != Some(self.pkg)
                        {
                            let msg = format!(
                                "implicit assignment to unexported field {} in struct literal of type {}",
                                f.name,
                                self.type_str(base)
                            );
                            self.error(el.span, msg);
                            continue;
                        }
                        let fspell = f.obj.map(|o| self.spell_obj(o));
                        let ft = f.ty;
                        self.assignment_spelled(
                            &mut x,
                            Some(ft),
                            fspell.as_ref(),
                            "struct literal",
                        );
                    }
                    if elts.len() < fields.len() {
                        let msg = format!(
                            "too few values in struct literal of type {}",
                            self.type_str(base)
                        );
                        self.error(rbrace, msg);
                    }
                }
            }
            Type::Array(el, n) => {
                let el_spell = lit_spell.elem().cloned().unwrap_or(Spell::Ty(el));
                self.indexed_elts(elts, el, &el_spell, Some(n));
            }
            Type::Slice(el) => {
                let el_spell = lit_spell.elem().cloned().unwrap_or(Spell::Ty(el));
                self.indexed_elts(elts, el, &el_spell, None);
            }
            Type::Map(k, v) => {
                let (k_spell, v_spell) = match &lit_spell {
                    Spell::Map(ks, vs) => ((**ks).clone(), (**vs).clone()),
                    _ => (Spell::Ty(k), Spell::Ty(v)),
                };
                let mut keys: Vec<ConstValue> = Vec::new();
                for elt in elts {
                    let ExprKind::KeyValue { key, value, .. } = &elt.kind else {
                        self.error(elt.span, "missing key in map literal");
                        self.elem_value(elt, Some(v));
                        continue;
                    };
                    let mut kx = self.elem_value(key, Some(k));
                    self.assignment_spelled(&mut kx, Some(k), Some(&k_spell), "map literal");
                    if kx.mode == OpMode::Constant {
                        let kv = kx.val.clone().unwrap();
                        if keys.contains(&kv) {
                            self.error(
                                key.span,
                                format!("duplicate key {} in map literal", expr_string(key)),
                            );
                        } else {
                            keys.push(kv);
                        }
                    }
                    let mut vx = self.elem_value(value, Some(v));
                    self.assignment_spelled(&mut vx, Some(v), Some(&v_spell), "map literal");
                }
            }
            _ => {
                if !self.is_invalid_ty(base) {
                    let msg = format!("invalid composite literal type {}", self.type_str(typ));
                    self.error(e.span, msg);
                }
                for x in elts {
                    self.elem_value(x, None);
                }
                return inv;
            }
        }
        Operand {
            mode: OpMode::Value,
            ty: result,
            val: None,
            expr: None,
        }
    }

    /// An element value of a literal; an elided composite literal type
    /// (`{...}` or `&{...}` style) takes the element type as hint.
    fn elem_value(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Operand<'a> {
        if let ExprKind::KeyValue { value, .. } = &e.kind {
            return self.expr_hint(value, hint);
        }
        self.expr_hint(e, hint)
    }

    /// Elements of an array or slice literal; returns the literal's length.
    fn indexed_elts(
        &mut self,
        elts: &'a [&'a Expr<'a>],
        el: TypeId,
        el_spell: &Spell,
        max: Option<u64>,
    ) -> u64 {
        let mut index: u64 = 0;
        let mut maxn: u64 = 0;
        let mut seen = std::collections::HashSet::new();
        for e in elts {
            let mut valid_index = false;
            let value = if let ExprKind::KeyValue { key, value, .. } = &e.kind {
                if let Ok(Some(i)) = self.index(key, max, "index") {
                    index = i as u64;
                    valid_index = true;
                } else {
                    let x = self.info.types.get(key.id).cloned();
                    if x.is_some_and(|tv| tv.value.is_none()) {
                        self.error(
                            e.span,
                            format!("index {} must be integer constant", expr_string(key)),
                        );
                    }
                }
                *value
            } else {
                if let Some(m) = max {
                    if index >= m {
                        self.error(e.span, format!("index {index} is out of bounds (>= {m})"));
                    } else {
                        valid_index = true;
                    }
                } else {
                    valid_index = true;
                }
                e
            };
            if valid_index && !seen.insert(index) {
                self.error(
                    e.span,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            let mut x = self.elem_value(value, Some(el));
            self.assignment_spelled(&mut x, Some(el), Some(el_spell), "array or slice literal");
            index += 1;
            maxn = maxn.max(index);
        }
        maxn
    }
}

impl Checker<'_, '_> {
    /// types2's `lookupError` for a failed selector `x.sel` on type `t`: the
    /// field or method whose name differs from `sel` only in case, if any,
    /// is mentioned (`type T has no field or method x, but does have field X`).
    /// `ts` is `t` as the program spelled it.
    pub(crate) fn lookup_error(&self, t: TypeId, ts: &str, addressable: bool, sel: &str) -> String {
        let missing = format!("type {ts} has no field or method {sel}");
        let mut alt: Option<(String, ObjId)> = None;
        for (cand, cpkg) in lookup::member_names(self.tcx, t) {
            if cand == sel || cand.to_lowercase() != sel.to_lowercase() {
                continue;
            }
            // An unexported name of another package is found by its own
            // package's identity.
            let pkg = cpkg.unwrap_or(self.pkg);
            if let Ok(l) =
                lookup::lookup_field_or_method_detail(self.tcx, t, addressable, pkg, &cand)
            {
                alt = Some((cand, l.obj));
                break;
            }
        }
        let Some((alt, obj)) = alt else {
            return missing;
        };
        let what = match &self.tcx.obj(obj).kind {
            crate::types::ObjKind::Var(_) => "field",
            crate::types::ObjKind::Func(_) => "method",
            _ => "object",
        };
        let same_pkg = self.tcx.obj(obj).pkg == Some(self.pkg);
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        let (exp_sel, exp_alt) = (lookup::is_exported(sel), lookup::is_exported(&alt));
        if same_pkg || (exp_alt && (exp_sel || tail(sel) == tail(&alt))) {
            format!("{missing}, but does have {what} {alt}")
        } else if exp_sel && !exp_alt && tail(sel) == tail(&alt) {
            format!("{missing}, but does have unexported {what} {alt}")
        } else {
            missing
        }
    }
}
