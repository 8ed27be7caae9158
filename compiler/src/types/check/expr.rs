//! Expressions: operands, constants, unary/binary operators, composite
//! literals, index/slice expressions, type assertions, and the untyped
//! machinery.
//!
//! Untyped expressions (constants, comparison results, `nil`, the left side
//! of non-constant shifts) are remembered in `Checker::untyped` when first
//! recorded. When the context fixes their type (`convert_untyped`,
//! `assignment`), `update_expr_type` walks down the expression and rewrites
//! each recorded type, like types2's `updateExprType`; whatever is left at the
//! end of the package is given its default type (`finalize_untyped`), so that
//! every run-time expression has a typed type (invariant T1).

use super::errors;
use super::exprstring::expr_string;
use super::{Checker, OpMode, Operand, UntypedInfo};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, LitKind, UnaryOp};
use crate::types::constant::{representable, ReprError};
use crate::types::{BasicKind, ConstValue, Mode, ObjKind, Type, TypeAndValue, TypeId, VarKind};

pub fn is_integer_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
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
pub fn is_unsigned_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(k, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
}
pub fn is_float_kind(k: BasicKind) -> bool {
    matches!(
        k,
        BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
    )
}
pub fn is_complex_kind(k: BasicKind) -> bool {
    matches!(
        k,
        BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
    )
}
pub fn is_numeric_kind(k: BasicKind) -> bool {
    is_integer_kind(k) || is_float_kind(k) || is_complex_kind(k)
}
pub fn is_string_kind(k: BasicKind) -> bool {
    matches!(k, BasicKind::String | BasicKind::UntypedString)
}
pub fn is_bool_kind(k: BasicKind) -> bool {
    matches!(k, BasicKind::Bool | BasicKind::UntypedBool)
}

/// Bit size of a sized integer kind (int/uint/uintptr are 64-bit on amd64).
pub fn int_bits(k: BasicKind) -> u32 {
    use BasicKind::*;
    match k {
        Int8 | Uint8 => 8,
        Int16 | Uint16 => 16,
        Int32 | Uint32 => 32,
        _ => 64,
    }
}

impl<'a> Checker<'a, '_> {
    pub(crate) fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.tcx.under(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }
    pub(crate) fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.tcx.ty(t), Type::Basic(k) if errors::is_untyped_kind(*k))
    }
    pub(crate) fn is_integer(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(is_integer_kind)
    }
    pub(crate) fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(is_numeric_kind)
    }
    pub(crate) fn is_string(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(is_string_kind)
    }
    pub(crate) fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(is_bool_kind)
    }
    pub(crate) fn has_nil(&self, t: TypeId) -> bool {
        matches!(
            self.tcx.under(t),
            Type::Pointer(_)
                | Type::Func(_)
                | Type::Slice(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Interface(_)
                | Type::Basic(BasicKind::UnsafePointer)
        )
    }

    /// The default type of an untyped type.
    pub(crate) fn default_type(&self, t: TypeId) -> TypeId {
        match self.tcx.ty(t) {
            Type::Basic(BasicKind::UntypedBool) => self.basic(BasicKind::Bool),
            Type::Basic(BasicKind::UntypedInt) => self.basic(BasicKind::Int),
            Type::Basic(BasicKind::UntypedRune) => self.basic(BasicKind::Int32),
            Type::Basic(BasicKind::UntypedFloat) => self.basic(BasicKind::Float64),
            Type::Basic(BasicKind::UntypedComplex) => self.basic(BasicKind::Complex128),
            Type::Basic(BasicKind::UntypedString) => self.basic(BasicKind::String),
            _ => t,
        }
    }

    /// Checks `e` as a single value (not a type, not a multi-value call).
    pub(crate) fn expr(&mut self, e: &'a Expr<'a>) -> Operand<'a> {
        self.expr_hint(e, None)
    }

    pub(crate) fn expr_hint(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Operand<'a> {
        let generic_ok = std::mem::take(&mut self.generic_arg_ok);
        let x = self.raw_expr(e, hint);
        if self.generic_refs.contains_key(&e.id) {
            return self.generic_value(e, x, hint, generic_ok);
        }
        self.single_value(x)
    }

    /// A generic function used as a value: instantiated from the function
    /// type it is assigned to (`hint`), left as it is for a generic
    /// callee's inference (`generic_ok`), else an error.
    pub(crate) fn generic_value(
        &mut self,
        e: &'a Expr<'a>,
        x: Operand<'a>,
        hint: Option<TypeId>,
        generic_ok: bool,
    ) -> Operand<'a> {
        if generic_ok {
            return x;
        }
        if let Some(t) = hint {
            if matches!(self.tcx.under(t), Type::Func(_)) && !self.has_tparam(t) {
                return self.infer_from_target(e, t);
            }
        }
        if self.partial_inst_error(e) {
            return Operand::invalid(Some(e));
        }
        let msg = format!(
            "cannot use generic function {} without instantiation",
            expr_string(e)
        );
        self.error(e.span, msg);
        Operand::invalid(Some(e))
    }

    pub(crate) fn single_value(&mut self, mut x: Operand<'a>) -> Operand<'a> {
        let span = x.expr.map(|e| e.span).unwrap_or_default();
        match x.mode {
            OpMode::NoValue => {
                let msg = format!(
                    "{} (no value) used as value",
                    x.expr.map(expr_string).unwrap_or_default()
                );
                self.error(span, msg);
                x.mode = OpMode::Invalid;
            }
            OpMode::Builtin(_) => {
                let msg = errors::must_be_called(&self.describe(&x));
                self.error(span, msg);
                x.mode = OpMode::Invalid;
            }
            OpMode::TypeExpr => {
                let msg = errors::not_an_expr(&self.describe(&x));
                self.error(span, msg);
                x.mode = OpMode::Invalid;
            }
            _ => {
                if let Type::Tuple(ts) = self.tcx.ty(x.ty) {
                    let n = ts.len();
                    let msg = format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        x.expr.map(expr_string).unwrap_or_default(),
                        self.op_type_str(&x)
                    );
                    let _ = n;
                    self.error(span, msg);
                    x.mode = OpMode::Invalid;
                }
            }
        }
        x
    }

    /// Checks `e` allowing a type expression.
    pub(crate) fn expr_or_type(&mut self, e: &'a Expr<'a>) -> Operand<'a> {
        let x = self.raw_expr(e, None);
        if x.mode == OpMode::NoValue {
            return self.single_value(x);
        }
        x
    }

    /// Checks any expression and records its type (the core dispatcher).
    pub(crate) fn raw_expr(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Operand<'a> {
        self.note_start(e);
        let mut x = self.expr_kind(e, hint);
        x.expr = Some(e);
        self.record_operand(e, &x);
        self.note_generic(e, &x);
        x
    }

    pub(crate) fn record_operand(&mut self, e: &'a Expr<'a>, x: &Operand<'a>) {
        let mode = match x.mode {
            OpMode::Invalid => return,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(_) => Mode::Builtin,
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant => Mode::Constant,
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::Value | OpMode::Nil => Mode::Value,
            OpMode::CommaOk => Mode::CommaOk,
        };
        if self.is_untyped(x.ty) {
            self.untyped.insert(
                e.id,
                UntypedInfo {
                    expr: e,
                    is_lhs: false,
                },
            );
        }
        self.info.types.insert(
            e.id,
            TypeAndValue {
                mode,
                ty: x.ty,
                value: x.val.clone(),
            },
        );
    }

    fn op(&self, mode: OpMode, ty: TypeId) -> Operand<'a> {
        Operand {
            mode,
            ty,
            val: None,
            expr: None,
        }
    }

    fn expr_kind(&mut self, e: &'a Expr<'a>, hint: Option<TypeId>) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        match &e.kind {
            ExprKind::Bad => inv,
            ExprKind::Ident(id) => self.ident(id, e),
            ExprKind::BasicLit { kind, raw } => {
                let k = match kind {
                    LitKind::Int => BasicKind::UntypedInt,
                    LitKind::Float => BasicKind::UntypedFloat,
                    LitKind::Char => BasicKind::UntypedRune,
                    LitKind::String => BasicKind::UntypedString,
                    LitKind::Imag => BasicKind::UntypedComplex,
                };
                match ConstValue::from_lit(*kind, raw) {
                    Some(v) => Operand {
                        mode: OpMode::Constant,
                        ty: self.basic(k),
                        val: Some(v),
                        expr: None,
                    },
                    // The lexer has reported the malformed literal (gc's
                    // BasicLit.Bad): no follow-up error.
                    None => inv,
                }
            }
            ExprKind::CompositeLit {
                ty, elts, rbrace, ..
            } => self.composite_lit(e, *ty, elts, *rbrace, hint),
            ExprKind::FuncLit { ty, body } => {
                self.open_scope(false);
                let (sig, params, results) = self.signature(ty);
                self.close_scope();
                self.func_lit_body(&params, &results, body);
                self.op(OpMode::Value, sig)
            }
            ExprKind::Paren(x) => {
                let mut y = self.raw_expr(x, hint);
                y.expr = Some(e);
                y
            }
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, index, .. } => self.index_expr(e, x, index),
            ExprKind::IndexList { x, indices, .. } => {
                let xv = self.expr_or_type(x);
                if xv.is_invalid() {
                    return inv;
                }
                match self.instantiation(e, x, &xv, indices) {
                    Some(r) => r,
                    None => {
                        let msg =
                            format!("invalid operation: more than one index: {}", expr_string(e));
                        self.error(e.span, msg);
                        inv
                    }
                }
            }
            ExprKind::Union(_) => {
                self.error(e.span, "cannot use a type set outside a constraint");
                inv
            }
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                slice3,
                ..
            } => self.slice_expr(e, x, *lo, *hi, *max, *slice3),
            ExprKind::TypeAssert { x, ty, .. } => {
                let Some(ty) = ty else {
                    self.error(
                        e.span,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    // types2 `use`s the operand, so its variables count as used.
                    self.raw_expr(x, None);
                    return inv;
                };
                let xv = self.expr(x);
                if xv.is_invalid() {
                    self.type_expr(ty);
                    return inv;
                }
                if !matches!(self.tcx.under(xv.ty), Type::Interface(_)) {
                    let msg =
                        errors::invalid_op(&format!("{} is not an interface", self.describe(&xv)));
                    self.error(x.span, msg);
                    self.type_expr(ty);
                    return inv;
                }
                let t = self.type_expr(ty);
                if self.is_invalid_ty(t) {
                    return inv;
                }
                self.type_assertion(e, &xv, t, false);
                self.op(OpMode::CommaOk, t)
            }
            ExprKind::Call { .. } => self.call(e, hint),
            ExprKind::Star(x) => {
                let xv = self.expr_or_type(x);
                match xv.mode {
                    OpMode::Invalid => inv,
                    OpMode::TypeExpr => {
                        let t = self.tcx.intern(Type::Pointer(xv.ty));
                        self.op(OpMode::TypeExpr, t)
                    }
                    OpMode::Nil => {
                        self.error(x.span, "invalid operation: cannot indirect nil");
                        inv
                    }
                    _ => {
                        let xv = self.single_value(xv);
                        if xv.is_invalid() {
                            return inv;
                        }
                        match self.tcx.under(xv.ty) {
                            Type::Pointer(b) => {
                                let b = *b;
                                self.op(OpMode::Variable, b)
                            }
                            _ => {
                                let msg = errors::invalid_op(&format!(
                                    "cannot indirect {}",
                                    self.describe(&xv)
                                ));
                                self.error(x.span, msg);
                                inv
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op, x, .. } => self.unary(e, *op, x, hint),
            ExprKind::Binary { op, x, y, op_span } => self.binary(e, *op, x, y, *op_span),
            ExprKind::KeyValue { .. } => {
                self.error(e.span, "unexpected key:value expression");
                inv
            }
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.type_expr(e);
                if self.is_invalid_ty(t) {
                    return inv;
                }
                self.op(OpMode::TypeExpr, t)
            }
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                inv
            }
        }
    }

    fn ident(&mut self, id: &crate::syntax::ast::Ident<'a>, e: &'a Expr<'a>) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        if id.is_blank() {
            self.error(id.span, "cannot use _ as value or type");
            return inv;
        }
        let Some(obj) = self.lookup(id.name) else {
            self.error(id.span, errors::undefined(id.name));
            return inv;
        };
        self.info.uses.insert(id.id, obj);
        if let Some(p) = self.tcx.obj(obj).pkg {
            if p != self.pkg {
                let file = self.cur_file;
                if let Some(&(_, _, pn)) = self
                    .dot_imports
                    .iter()
                    .find(|(f, dp, _)| *f == file && *dp == p)
                {
                    self.used_imports.insert(pn);
                }
            }
        }
        if self.decls.contains_key(&obj) {
            self.obj_decl(obj);
        }
        let o = self.tcx.obj(obj).clone();
        match &o.kind {
            ObjKind::PkgName(_) => {
                // Not a use of the import (types2 marks it used only in a
                // selector).
                self.error(
                    id.span,
                    format!("use of package {} not in selector", o.name),
                );
                inv
            }
            ObjKind::Const(v) => {
                self.add_dep(obj);
                if self.is_invalid_ty(o.ty) {
                    return inv;
                }
                if o.pkg.is_none() && o.name == "iota" {
                    return match &self.iota {
                        Some(v) => Operand {
                            mode: OpMode::Constant,
                            ty: o.ty,
                            val: Some(v.clone()),
                            expr: None,
                        },
                        None => {
                            self.error(id.span, "cannot use iota outside constant declaration");
                            inv
                        }
                    };
                }
                Operand {
                    mode: OpMode::Constant,
                    ty: o.ty,
                    val: Some(v.clone()),
                    expr: None,
                }
            }
            ObjKind::TypeName => {
                if self.is_invalid_ty(o.ty) {
                    return inv;
                }
                self.op(OpMode::TypeExpr, o.ty)
            }
            ObjKind::Var(k) => {
                self.add_dep(obj);
                if *k != VarKind::Global || o.pkg == Some(self.pkg) {
                    self.used_vars.insert(obj);
                }
                if self.is_invalid_ty(o.ty) {
                    return inv;
                }
                self.op(OpMode::Variable, o.ty)
            }
            ObjKind::Func(_) => {
                self.add_dep(obj);
                if self.is_invalid_ty(o.ty) {
                    return inv;
                }
                self.op(OpMode::Value, o.ty)
            }
            ObjKind::Builtin(b) => self.op(OpMode::Builtin(*b), o.ty),
            ObjKind::Nil => self.op(OpMode::Nil, o.ty),
            ObjKind::Label => inv,
        }
    }

    // ---------------------------------------------------------------------
    // Untyped conversion.

    /// types2's `implicitTypeAndValue`: the type (and value) `x` takes in
    /// a context of type `target`. Errors are returned as `ReprError`.
    pub(crate) fn implicit_type(
        &self,
        x: &Operand<'a>,
        target: TypeId,
    ) -> Result<(TypeId, Option<ConstValue>), ReprError> {
        if x.is_invalid() || !self.is_untyped(x.ty) || self.is_invalid_ty(target) {
            return Ok((x.ty, None));
        }
        if self.is_untyped(target) {
            // Both untyped: the "larger" kind wins.
            let (a, b) = (
                self.basic_kind(x.ty).unwrap(),
                self.basic_kind(target).unwrap(),
            );
            let rank = |k: BasicKind| match k {
                BasicKind::UntypedInt => Some(1),
                BasicKind::UntypedRune => Some(2),
                BasicKind::UntypedFloat => Some(3),
                BasicKind::UntypedComplex => Some(4),
                _ => None,
            };
            if a == b {
                return Ok((x.ty, None));
            }
            return match (rank(a), rank(b)) {
                (Some(ra), Some(rb)) => Ok((if ra >= rb { x.ty } else { target }, None)),
                _ => Err(ReprError::Mismatch),
            };
        }
        if x.mode == OpMode::Nil {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ReprError::Mismatch)
            };
        }
        match self.tcx.under(target).clone() {
            Type::Basic(k) => {
                if x.mode == OpMode::Constant {
                    let v = x.val.as_ref().unwrap();
                    return match representable(v, k) {
                        Ok(v) => Ok((target, Some(v))),
                        Err(ReprError::Mismatch) => Err(ReprError::Mismatch),
                        Err(_) => {
                            let xk = self.basic_kind(x.ty).unwrap();
                            if is_numeric_kind(xk) && is_numeric_kind(k) {
                                if !is_integer_kind(xk) && is_integer_kind(k) {
                                    Err(ReprError::Truncated)
                                } else {
                                    Err(ReprError::Overflow)
                                }
                            } else {
                                Err(ReprError::Mismatch)
                            }
                        }
                    };
                }
                let xk = self.basic_kind(x.ty).unwrap();
                let ok = match xk {
                    BasicKind::UntypedBool => is_bool_kind(k),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => is_numeric_kind(k),
                    BasicKind::UntypedString => is_string_kind(k),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ReprError::Mismatch)
                }
            }
            Type::Interface(ms) => {
                if !ms.is_empty() {
                    return Err(ReprError::Mismatch);
                }
                Ok((self.default_type(x.ty), None))
            }
            _ => Err(ReprError::Mismatch),
        }
    }

    /// types2's `convertUntyped`: converts `x` to `target` or reports
    /// `... overflows T` / `cannot convert ...`.
    pub(crate) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type(x, target) {
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.val = Some(v);
                }
                if t != x.ty {
                    x.ty = t;
                    if let Some(e) = x.expr {
                        self.update_expr_type(e, t, false);
                    }
                }
            }
            Err(code) => {
                let tu =
                    if matches!(self.tcx.ty(target), Type::Named(_)) && !self.is_untyped(target) {
                        self.tcx.underlying(target)
                    } else {
                        target
                    };
                let d = self.describe(x);
                let ts = self.type_str(tu);
                let msg = match code {
                    ReprError::Truncated => errors::truncated(&d, &ts),
                    ReprError::Overflow => format!("{d} overflows {ts}"),
                    ReprError::Mismatch => format!("cannot convert {d} to type {ts}"),
                };
                self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
                x.mode = OpMode::Invalid;
            }
        }
    }

    /// Converts a recorded untyped expression to `t` (used for array
    /// lengths and indices whose value only matters as an `int`).
    pub(crate) fn convert_untyped_to(&mut self, e: &'a Expr<'a>, t: TypeId) {
        if self.untyped.contains_key(&e.id) {
            self.update_expr_type(e, t, true);
        }
    }

    /// types2's `updateExprType`.
    pub(crate) fn update_expr_type(&mut self, e: &'a Expr<'a>, t: TypeId, final_: bool) {
        let Some(old) = self.untyped.get(&e.id).copied() else {
            return;
        };
        let old_tv = self.info.types.get(e.id).cloned();
        let is_const = old_tv.as_ref().is_some_and(|tv| tv.value.is_some());
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type(x, t, final_),
            ExprKind::Unary { op, x, .. } if !is_const && *op != UnaryOp::Addr => {
                self.update_expr_type(x, t, final_);
            }
            ExprKind::Binary { op, x, y, .. } if !is_const => {
                if op.is_comparison() {
                    // The operands already have their final types.
                } else if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
                    self.update_expr_type(x, t, final_);
                } else {
                    self.update_expr_type(x, t, final_);
                    self.update_expr_type(y, t, final_);
                }
            }
            _ => {}
        }
        if !final_ && self.is_untyped(t) {
            if let Some(tv) = self.info.types.get_mut(e.id) {
                tv.ty = t;
            }
            return;
        }
        self.untyped.remove(&e.id);
        if old.is_lhs && !self.is_integer(t) {
            let msg = errors::invalid_op(&format!(
                "shifted operand {} (type {}) must be integer",
                expr_string(e),
                self.type_str(t)
            ));
            self.error(e.span, msg);
            return;
        }
        let Some(mut tv) = old_tv else { return };
        if let Some(v) = &tv.value {
            let mut c = Operand {
                mode: OpMode::Constant,
                ty: tv.ty,
                val: Some(v.clone()),
                expr: Some(e),
            };
            self.convert_untyped(&mut c, t);
            if c.is_invalid() {
                return;
            }
            tv.value = c.val;
        }
        tv.ty = t;
        self.info.types.insert(e.id, tv);
    }

    /// Gives every still-untyped recorded expression its default type.
    pub(crate) fn finalize_untyped(&mut self) {
        self.check_map_keys();
        let mut rest: Vec<_> = self.untyped.values().copied().collect();
        rest.sort_by_key(|u| u.expr.id);
        for u in rest {
            if !self.untyped.contains_key(&u.expr.id) {
                continue;
            }
            let Some(tv) = self.info.types.get(u.expr.id).cloned() else {
                continue;
            };
            let d = self.default_type(tv.ty);
            if let Some(v) = &tv.value {
                // Constant subexpressions are never evaluated at run time;
                // give them the default type when it can hold the value.
                if let Some(k) = self.basic_kind(d) {
                    if let Ok(v) = representable(v, k) {
                        self.info.types.insert(
                            u.expr.id,
                            TypeAndValue {
                                mode: tv.mode,
                                ty: d,
                                value: Some(v),
                            },
                        );
                    }
                }
            } else if d != tv.ty {
                self.update_expr_type(u.expr, d, true);
            }
            self.untyped.remove(&u.expr.id);
        }
    }

    // ---------------------------------------------------------------------
    // Operators.

    fn unary(
        &mut self,
        e: &'a Expr<'a>,
        op: UnaryOp,
        xe: &'a Expr<'a>,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        if op == UnaryOp::Addr {
            let inner = unparen(xe);
            if let ExprKind::CompositeLit { .. } = inner.kind {
                let h = hint.and_then(|h| match self.tcx.under(h) {
                    Type::Pointer(b) => Some(*b),
                    _ => None,
                });
                let x = self.expr_hint(xe, h);
                if x.is_invalid() {
                    return inv;
                }
                let t = self.tcx.intern(Type::Pointer(x.ty));
                return self.op(OpMode::Value, t);
            }
            let x = self.expr(xe);
            if x.is_invalid() {
                return inv;
            }
            if x.mode != OpMode::Variable {
                let msg =
                    errors::invalid_op(&format!("cannot take address of {}", self.describe(&x)));
                self.error(xe.span, msg);
                return inv;
            }
            let t = self.tcx.intern(Type::Pointer(x.ty));
            return self.op(OpMode::Value, t);
        }
        if op == UnaryOp::Recv {
            let x = self.expr(xe);
            if x.is_invalid() {
                return inv;
            }
            match self.tcx.under(x.ty).clone() {
                Type::Chan(dir, el) => {
                    if dir == crate::syntax::ast::ChanDir::Send {
                        let msg = errors::invalid_op(&format!(
                            "cannot receive from send-only channel {} {}",
                            self.op_type_str(&x),
                            self.describe(&x)
                        ));
                        self.error(xe.span, msg);
                        return inv;
                    }
                    return self.op(OpMode::CommaOk, el);
                }
                _ => {
                    let msg = errors::invalid_op(&format!(
                        "cannot receive from non-channel {} {}",
                        self.op_type_str(&x),
                        self.describe(&x)
                    ));
                    self.error(xe.span, msg);
                    return inv;
                }
            }
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return inv;
        }
        let ok = match op {
            UnaryOp::Pos | UnaryOp::Neg => self.is_numeric(x.ty),
            UnaryOp::Xor => self.is_integer(x.ty),
            UnaryOp::Not => self.is_boolean(x.ty),
            _ => true,
        };
        if !ok {
            let ops = match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Xor => "^",
                _ => "!",
            };
            let msg = errors::invalid_op(&format!(
                "operator {ops} not defined on {}",
                self.describe(&x)
            ));
            self.error(xe.span, msg);
            return inv;
        }
        if x.mode == OpMode::Constant {
            let k = self.basic_kind(x.ty).unwrap();
            let bits = if is_unsigned_kind(k) {
                Some(int_bits(k))
            } else {
                None
            };
            let v = ConstValue::unary(op, x.val.as_ref().unwrap(), bits);
            match v {
                Some(v) => {
                    x.val = Some(v);
                    x.expr = Some(e);
                    self.overflow(&mut x, e);
                    x.expr = None;
                    return x;
                }
                None => return inv,
            }
        }
        x.mode = OpMode::Value;
        x.expr = None;
        x
    }

    /// Typed constants must be representable in their type after each
    /// operation (types2's `overflow`).
    pub(crate) fn overflow(&mut self, x: &mut Operand<'a>, e: &'a Expr<'a>) {
        if x.mode != OpMode::Constant {
            return;
        }
        if !self.is_untyped(x.ty) {
            let k = self.basic_kind(x.ty).unwrap();
            match representable(x.val.as_ref().unwrap(), k) {
                Ok(v) => x.val = Some(v),
                Err(code) => {
                    let d = self.describe(x);
                    let ts = self.type_str(self.tcx.underlying(x.ty));
                    let msg = if code == ReprError::Truncated {
                        errors::truncated(&d, &ts)
                    } else {
                        format!("{d} overflows {ts}")
                    };
                    self.error(e.span, msg);
                    x.mode = OpMode::Invalid;
                }
            }
            return;
        }
        if let Some(ConstValue::Int(i)) = &x.val {
            if i.bits() > 512 {
                // types2's opName.
                let op = match &e.kind {
                    ExprKind::Binary { op, .. } => match op {
                        BinaryOp::Add => "addition ",
                        BinaryOp::Sub => "subtraction ",
                        BinaryOp::Xor => "bitwise XOR ",
                        BinaryOp::Mul => "multiplication ",
                        BinaryOp::Shl => "shift ",
                        _ => "",
                    },
                    ExprKind::Unary {
                        op: UnaryOp::Xor, ..
                    } => "bitwise complement ",
                    _ => "",
                };
                self.error(e.span, format!("constant {op}overflow"));
                x.mode = OpMode::Invalid;
            }
        }
    }

    fn binary(
        &mut self,
        e: &'a Expr<'a>,
        op: BinaryOp,
        xe: &'a Expr<'a>,
        ye: &'a Expr<'a>,
        op_span: crate::syntax::span::Span,
    ) -> Operand<'a> {
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        self.binary_ops(Some(e), op, &mut x, &mut y, op_span);
        x.expr = None;
        x
    }

    /// The shared part of binary expressions and assignment operations.
    pub(crate) fn binary_ops(
        &mut self,
        e: Option<&'a Expr<'a>>,
        op: BinaryOp,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        _op_span: crate::syntax::span::Span,
    ) {
        if x.is_invalid() {
            return;
        }
        if y.is_invalid() {
            x.mode = OpMode::Invalid;
            return;
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            self.shift(e, op, x, y);
            return;
        }
        self.match_types(x, y);
        if x.is_invalid() || y.is_invalid() {
            x.mode = OpMode::Invalid;
            return;
        }
        if op.is_comparison() {
            self.comparison(e, op, x, y);
            return;
        }
        if x.ty != y.ty {
            if !self.is_invalid_ty(x.ty) && !self.is_invalid_ty(y.ty) {
                let es = match e {
                    Some(e) => expr_string(e),
                    None => format!(
                        "{} {}= {}",
                        x.expr.map(expr_string).unwrap_or_default(),
                        op.as_str(),
                        y.expr.map(expr_string).unwrap_or_default()
                    ),
                };
                let msg = errors::mismatched_types(&es, &self.op_type_str(x), &self.op_type_str(y));
                self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
            }
            x.mode = OpMode::Invalid;
            return;
        }
        let ok = match op {
            BinaryOp::Add => self.is_numeric(x.ty) || self.is_string(x.ty),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.is_numeric(x.ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.is_integer(x.ty)
            }
            BinaryOp::LAnd | BinaryOp::LOr => self.is_boolean(x.ty),
            _ => true,
        };
        if !ok {
            let msg = errors::invalid_op(&format!(
                "operator {} not defined on {}",
                op.as_str(),
                self.describe(x)
            ));
            self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
            x.mode = OpMode::Invalid;
            return;
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && (x.mode == OpMode::Constant || self.is_integer(x.ty))
            && y.mode == OpMode::Constant
            && y.val.as_ref().is_some_and(|v| v.sign() == 0)
        {
            self.error(
                y.expr.map(|e| e.span).unwrap_or_default(),
                errors::division_by_zero(),
            );
            x.mode = OpMode::Invalid;
            return;
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let int_div = self.is_integer(x.ty);
            match ConstValue::binary(
                op,
                x.val.as_ref().unwrap(),
                y.val.as_ref().unwrap(),
                int_div,
            ) {
                Some(v) => {
                    x.val = Some(v);
                    if let Some(e) = e {
                        x.expr = Some(e);
                        self.overflow(x, e);
                    }
                }
                None => x.mode = OpMode::Invalid,
            }
            return;
        }
        x.mode = OpMode::Value;
        x.val = None;
    }

    /// types2's `matchTypes`: converts an untyped operand to the other's type.
    pub(crate) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let may_convert = |ck: &Self, x: &Operand<'a>, y: &Operand<'a>| -> bool {
            if !ck.is_untyped(x.ty) && !ck.is_untyped(y.ty) {
                return false;
            }
            let basic = |t| matches!(ck.tcx.under(t), Type::Basic(_));
            if basic(x.ty) != basic(y.ty) && !(x.mode == OpMode::Nil || y.mode == OpMode::Nil) {
                return false;
            }
            if ck.is_boolean(x.ty) != ck.is_boolean(y.ty) {
                return false;
            }
            if ck.is_string(x.ty) != ck.is_string(y.ty) {
                return false;
            }
            if x.mode == OpMode::Nil {
                return ck.has_nil(y.ty);
            }
            if y.mode == OpMode::Nil {
                return ck.has_nil(x.ty);
            }
            if matches!(ck.tcx.under(x.ty), Type::Pointer(_))
                || matches!(ck.tcx.under(y.ty), Type::Pointer(_))
            {
                return false;
            }
            true
        };
        if may_convert(self, x, y) {
            let yt = y.ty;
            self.convert_untyped(x, yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.ty;
            self.convert_untyped(y, xt);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
            }
        }
    }

    fn kind_string(&self, t: TypeId) -> String {
        match self.tcx.under(t) {
            Type::Array(..) => "array".into(),
            Type::Slice(_) => "slice".into(),
            Type::Struct(_) => "struct".into(),
            Type::Pointer(_) => "pointer".into(),
            Type::Func(_) => "func".into(),
            Type::Interface(_) => "interface".into(),
            Type::Map(..) => "map".into(),
            Type::Chan(..) => "chan".into(),
            _ => self.type_str(t),
        }
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.tcx.under(t) {
            Type::Slice(_) | Type::Func(_) | Type::Map(..) => {
                format!("{} can only be compared to nil", self.kind_string(t))
            }
            Type::Struct(fs) => {
                for f in fs {
                    if !super::lookup::comparable(self.tcx, f.ty) {
                        return format!(
                            "struct containing {} cannot be compared",
                            self.type_str(f.ty)
                        );
                    }
                }
                String::new()
            }
            Type::Array(el, _) => format!("{} cannot be compared", self.type_str(*el)),
            _ => String::new(),
        }
    }

    /// types2's `comparison` (also used for switch cases).
    pub(crate) fn comparison(
        &mut self,
        e: Option<&'a Expr<'a>>,
        op: BinaryOp,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
    ) {
        self.comparison_ext(e, op, x, y, None);
    }

    pub(crate) fn comparison_ext(
        &mut self,
        _e: Option<&'a Expr<'a>>,
        op: BinaryOp,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
        switch_case: Option<()>,
    ) {
        if self.is_invalid_ty(x.ty) || self.is_invalid_ty(y.ty) {
            x.mode = OpMode::Invalid;
            return;
        }
        let op = if switch_case.is_some() {
            BinaryOp::Eq
        } else {
            op
        };
        let mut err_on_y = false;
        let mut cause = String::new();
        // Untyped nil is assignable to untyped nil (types2), and `nil == nil`
        // then fails below because untyped nil has no nil.
        let both_nil = x.mode == OpMode::Nil && y.mode == OpMode::Nil;
        let ok = both_nil || self.assignable_operand(x, y.ty) || self.assignable_operand(y, x.ty);
        let mut failed = false;
        if !ok {
            err_on_y = true;
            cause = format!(
                "mismatched types {} and {}",
                self.op_type_str(x),
                self.op_type_str(y)
            );
            failed = true;
        } else {
            match op {
                BinaryOp::Eq | BinaryOp::Ne => {
                    if x.mode == OpMode::Nil || y.mode == OpMode::Nil {
                        let t = if x.mode == OpMode::Nil { y.ty } else { x.ty };
                        if !self.has_nil(t) && (x.mode != OpMode::Nil || y.mode != OpMode::Nil) {
                            err_on_y = true;
                            failed = true;
                        } else if both_nil {
                            failed = true;
                            err_on_y = true;
                            cause = format!("operator {} not defined on untyped nil", op.as_str());
                        }
                    } else if !super::lookup::comparable(self.tcx, x.ty) {
                        cause = self.incomparable_cause(x.ty);
                        failed = true;
                    } else if !super::lookup::comparable(self.tcx, y.ty) {
                        err_on_y = true;
                        cause = self.incomparable_cause(y.ty);
                        failed = true;
                    }
                }
                _ => {
                    let ordered = |ck: &Self, t| {
                        ck.basic_kind(t).is_some_and(|k| {
                            is_integer_kind(k) || is_float_kind(k) || is_string_kind(k)
                        })
                    };
                    if !ordered(self, x.ty) {
                        failed = true;
                    } else if !ordered(self, y.ty) {
                        err_on_y = true;
                        failed = true;
                    }
                }
            }
        }
        if failed {
            let err_op = if err_on_y { y.clone() } else { x.clone() };
            if cause.is_empty() {
                let ks = if err_op.mode == OpMode::Nil {
                    "untyped nil".to_string()
                } else {
                    self.kind_string(err_op.ty)
                };
                cause = format!("operator {} not defined on {}", op.as_str(), ks);
            }
            let xs = x.expr.map(expr_string).unwrap_or_default();
            let ys = y.expr.map(expr_string).unwrap_or_default();
            if switch_case.is_some() {
                let msg = format!("invalid case {xs} in switch on {ys} ({cause})");
                self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
            } else {
                let msg = errors::invalid_op(&format!("{xs} {} {ys} ({cause})", op.as_str()));
                self.error(err_op.expr.map(|e| e.span).unwrap_or_default(), msg);
            }
            x.mode = OpMode::Invalid;
            return;
        }
        if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
            let v = ConstValue::compare(op, x.val.as_ref().unwrap(), y.val.as_ref().unwrap())
                .unwrap_or(false);
            x.val = Some(ConstValue::Bool(v));
        } else {
            x.mode = OpMode::Value;
            x.val = None;
            let (dx, dy) = (self.default_type(x.ty), self.default_type(y.ty));
            if let Some(xe) = x.expr {
                self.update_expr_type(xe, dx, true);
            }
            if let Some(ye) = y.expr {
                self.update_expr_type(ye, dy, true);
            }
        }
        x.ty = self.basic(BasicKind::UntypedBool);
    }

    fn shift(
        &mut self,
        e: Option<&'a Expr<'a>>,
        op: BinaryOp,
        x: &mut Operand<'a>,
        y: &mut Operand<'a>,
    ) {
        let xval = if x.mode == OpMode::Constant {
            x.val.as_ref().and_then(|v| v.to_bigint())
        } else {
            None
        };
        if !(self.is_integer(x.ty) || (self.is_untyped(x.ty) && xval.is_some())) {
            let msg = errors::invalid_op(&format!(
                "shifted operand {} must be integer",
                self.describe(x)
            ));
            self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
            x.mode = OpMode::Invalid;
            return;
        }
        let mut yval = None;
        if y.mode == OpMode::Constant {
            yval = y.val.as_ref().and_then(|v| v.to_bigint());
            if yval
                .as_ref()
                .is_some_and(|v| v.sign() == num_bigint::Sign::Minus)
            {
                let msg = errors::invalid_op(&format!("negative shift count {}", self.describe(y)));
                self.error(y.expr.map(|e| e.span).unwrap_or_default(), msg);
                x.mode = OpMode::Invalid;
                return;
            }
            if self.is_untyped(y.ty) {
                let ut = self.basic(BasicKind::Uint);
                let mut c = y.clone();
                match self.implicit_type(&c, ut) {
                    Ok(_) => {}
                    Err(code) => {
                        c.mode = OpMode::Constant;
                        let d = self.describe(&c);
                        let msg = match code {
                            ReprError::Truncated => errors::truncated(&d, "uint"),
                            ReprError::Overflow => format!("{d} overflows uint"),
                            ReprError::Mismatch => format!("cannot convert {d} to type uint"),
                        };
                        self.error(y.expr.map(|e| e.span).unwrap_or_default(), msg);
                        x.mode = OpMode::Invalid;
                        return;
                    }
                }
            }
        } else if self.is_integer(y.ty) {
        } else if self.is_untyped(y.ty) {
            let ut = self.basic(BasicKind::Uint);
            self.convert_untyped(y, ut);
            if y.is_invalid() {
                x.mode = OpMode::Invalid;
                return;
            }
        } else {
            let msg =
                errors::invalid_op(&format!("shift count {} must be integer", self.describe(y)));
            self.error(y.expr.map(|e| e.span).unwrap_or_default(), msg);
            x.mode = OpMode::Invalid;
            return;
        }
        if x.mode == OpMode::Constant {
            if y.mode == OpMode::Constant {
                let s = yval.as_ref().and_then(num_traits::ToPrimitive::to_u64);
                let Some(s) = s.filter(|&s| s <= 1023 - 1 + 52) else {
                    let msg =
                        errors::invalid_op(&format!("invalid shift count {}", self.describe(y)));
                    self.error(y.expr.map(|e| e.span).unwrap_or_default(), msg);
                    x.mode = OpMode::Invalid;
                    return;
                };
                if !self.is_integer(x.ty) {
                    x.ty = self.basic(BasicKind::UntypedInt);
                }
                x.val = ConstValue::shift(&ConstValue::Int(xval.unwrap()), op == BinaryOp::Shl, s);
                if let Some(e) = e {
                    x.expr = Some(e);
                    self.overflow(x, e);
                }
                return;
            }
            if self.is_untyped(x.ty) {
                if let Some(xe) = x.expr {
                    if let Some(u) = self.untyped.get_mut(&xe.id) {
                        u.is_lhs = true;
                    }
                }
                x.mode = OpMode::Value;
                x.val = None;
                return;
            }
        }
        if !self.is_integer(x.ty) {
            let msg = errors::invalid_op(&format!(
                "shifted operand {} must be integer",
                self.describe(x)
            ));
            self.error(x.expr.map(|e| e.span).unwrap_or_default(), msg);
            x.mode = OpMode::Invalid;
            return;
        }
        x.mode = OpMode::Value;
        x.val = None;
    }

    // ---------------------------------------------------------------------
    // Index, slice, type assertion.

    /// Checks a constant or integer index; returns its constant value if known.
    pub(crate) fn index(
        &mut self,
        ie: &'a Expr<'a>,
        max: Option<u64>,
        what: &str,
    ) -> Result<Option<i64>, ()> {
        let mut x = self.expr(ie);
        if x.is_invalid() {
            return Err(());
        }
        let it = self.basic(BasicKind::Int);
        self.convert_untyped(&mut x, it);
        if x.is_invalid() {
            return Err(());
        }
        if !self.is_integer(x.ty) {
            let msg = errors::invalid_arg(&format!("{what} {} must be integer", self.describe(&x)));
            self.error(ie.span, msg);
            return Err(());
        }
        if x.mode == OpMode::Constant {
            let v = x.val.as_ref().unwrap().to_bigint().unwrap_or_default();
            if v.sign() == num_bigint::Sign::Minus {
                let msg = errors::invalid_arg(&format!(
                    "{what} {} must not be negative",
                    self.describe(&x)
                ));
                self.error(ie.span, msg);
                return Err(());
            }
            let Some(n) = num_traits::ToPrimitive::to_i64(&v) else {
                let msg =
                    errors::invalid_arg(&format!("{what} {} overflows int", self.describe(&x)));
                self.error(ie.span, msg);
                return Err(());
            };
            if let Some(m) = max {
                if n as u64 >= m {
                    self.error(ie.span, errors::index_out_of_bounds(&v.to_string(), m));
                    return Err(());
                }
            }
            return Ok(Some(n));
        }
        Ok(None)
    }

    fn index_expr(&mut self, e: &'a Expr<'a>, xe: &'a Expr<'a>, ie: &'a Expr<'a>) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            self.expr(ie);
            return inv;
        }
        if let Some(r) = self.instantiation(e, xe, &x, std::slice::from_ref(&ie)) {
            return r;
        }
        if x.mode == OpMode::TypeExpr {
            self.error(
                e.span,
                format!("{} is not a generic type", self.op_type_str(&x)),
            );
            return inv;
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return inv;
        }
        let u = self.tcx.under(x.ty).clone();
        let (mode, elem, length) = match u {
            Type::Basic(k) if is_string_kind(k) => {
                let len = if x.mode == OpMode::Constant {
                    x.val
                        .as_ref()
                        .and_then(|v| v.as_str())
                        .map(|s| s.len() as u64)
                } else {
                    None
                };
                (OpMode::Value, self.basic(BasicKind::Uint8), len)
            }
            Type::Array(el, n) => (
                if x.mode == OpMode::Variable {
                    OpMode::Variable
                } else {
                    OpMode::Value
                },
                el,
                Some(n),
            ),
            Type::Pointer(b) => match self.tcx.under(b).clone() {
                Type::Array(el, n) => (OpMode::Variable, el, Some(n)),
                _ => {
                    let msg = errors::invalid_op(&format!("cannot index {}", self.describe(&x)));
                    self.error(e.span, msg);
                    self.expr(ie);
                    return inv;
                }
            },
            Type::Slice(el) => (OpMode::Variable, el, None),
            Type::Map(k, v) => {
                let mut key = self.expr_hint(ie, Some(k));
                if key.is_invalid() {
                    return inv;
                }
                self.assignment(&mut key, Some(k), "map index");
                return self.op(OpMode::MapIndex, v);
            }
            _ => {
                let msg = errors::invalid_op(&format!("cannot index {}", self.describe(&x)));
                self.error(e.span, msg);
                self.expr(ie);
                return inv;
            }
        };
        let idx = self.index(ie, length, "index");
        if idx.is_err() {
            return inv;
        }
        // Indexing a constant string with a constant index is not a constant.
        let mut r = self.op(mode, elem);
        if x.mode == OpMode::Constant && matches!(u, Type::Basic(_)) {
            r.mode = OpMode::Value;
        }
        r
    }

    fn slice_expr(
        &mut self,
        e: &'a Expr<'a>,
        xe: &'a Expr<'a>,
        lo: Option<&'a Expr<'a>>,
        hi: Option<&'a Expr<'a>>,
        max: Option<&'a Expr<'a>>,
        slice3: bool,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(e));
        let mut x = self.expr(xe);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i);
            }
            return inv;
        }
        let u = self.tcx.under(x.ty).clone();
        let mut length = None;
        let result = match u {
            Type::Basic(k) if is_string_kind(k) => {
                if slice3 {
                    self.error(e.span, "invalid operation: 3-index slice of string");
                    return inv;
                }
                if let Some(s) = x.val.as_ref().and_then(|v| v.as_str()) {
                    length = Some(s.len() as u64 + 1);
                }
                if self.is_untyped(x.ty) {
                    let st = self.basic(BasicKind::String);
                    self.convert_untyped(&mut x, st);
                    self.basic(BasicKind::String)
                } else {
                    x.ty
                }
            }
            Type::Array(el, n) => {
                if x.mode != OpMode::Variable {
                    let msg = format!("cannot slice unaddressable value {}", self.describe(&x));
                    self.error(e.span, msg);
                    return inv;
                }
                length = Some(n + 1);
                self.tcx.intern(Type::Slice(el))
            }
            Type::Pointer(b) => match self.tcx.under(b).clone() {
                Type::Array(el, n) => {
                    length = Some(n + 1);
                    self.tcx.intern(Type::Slice(el))
                }
                _ => {
                    let msg = format!("cannot slice {}", self.describe(&x));
                    self.error(e.span, msg);
                    return inv;
                }
            },
            Type::Slice(_) => x.ty,
            _ => {
                let msg = format!("cannot slice {}", self.describe(&x));
                self.error(e.span, msg);
                return inv;
            }
        };
        let mut vals: Vec<Option<i64>> = Vec::new();
        for i in [lo, hi, max] {
            match i {
                Some(ie) => match self.index(ie, length, "index") {
                    Ok(v) => vals.push(v),
                    Err(()) => return inv,
                },
                None => vals.push(None),
            }
        }
        // Constant indices must be non-decreasing.
        let known: Vec<(usize, i64)> = vals
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|v| (i, v)))
            .collect();
        for w in known.windows(2) {
            if w[1].1 < w[0].1 {
                let ie = [lo, hi, max][w[1].0].unwrap();
                self.error(
                    ie.span,
                    format!("invalid slice indices: {} < {}", w[1].1, w[0].1),
                );
                return inv;
            }
        }
        self.op(OpMode::Value, result)
    }

    /// Reports an impossible type assertion `x.(T)` (T concrete, not
    /// implementing x's interface).
    pub(crate) fn type_assertion(
        &mut self,
        e: &'a Expr<'a>,
        x: &Operand<'a>,
        t: TypeId,
        in_switch: bool,
    ) -> bool {
        if matches!(self.tcx.under(t), Type::Interface(_)) {
            return true;
        }
        if let Some(m) = super::lookup::missing_method(self.tcx, t, x.ty) {
            let cause = self.missing_cause(t, x.ty, &m);
            if in_switch {
                let msg = format!(
                    "impossible type switch case: {}\n\t{} cannot have dynamic type {} {cause}",
                    expr_string(e),
                    self.describe(x),
                    self.type_str(t)
                );
                self.error(e.span, msg);
            } else {
                let msg = format!(
                    "impossible type assertion: {}\n\t{} does not implement {} {cause}",
                    expr_string(e),
                    self.type_str(t),
                    self.op_type_str(x)
                );
                self.error(e.span, msg);
            }
            return false;
        }
        true
    }

    /// The parenthesized cause of a failed interface satisfaction.
    pub(crate) fn missing_cause(
        &self,
        _t: TypeId,
        _iface: TypeId,
        m: &super::lookup::MissingMethod,
    ) -> String {
        use super::lookup::MissingMethod::*;
        match m {
            Missing(n) => format!("(missing method {n})"),
            PtrRecv(n) => format!("(method {n} has pointer receiver)"),
            WrongType { name, have, want } => format!(
                "(wrong type for method {name})\n\t\thave {name}{}\n\t\twant {name}{}",
                self.method_sig_str(_t, name, *have),
                self.method_sig_str(_iface, name, *want)
            ),
            Ambiguous(n) => format!("(ambiguous selector {}.{n})", self.type_str(_t)),
            Field(n) => format!("({}.{n} is a field, not a method)", self.type_str(_t)),
        }
    }
}

/// Strips parentheses.
pub fn unparen<'a>(mut e: &'a Expr<'a>) -> &'a Expr<'a> {
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}
