//! Calls of predeclared functions (`len`, `append`, `make`, ...), after
//! types2's `builtins.go`. `len`/`cap` of constant strings and of arrays
//! (without calls or receives in the argument) are constants; `min`/`max` of
//! constants fold. Complex-number builtins are rejected (outside rgo's
//! language).

use super::errors;
use super::exprstring::expr_string;
use super::universe::builtin_name;
use super::{Checker, OpMode, Operand};
use crate::syntax::ast::{BinaryOp, Expr, ExprKind, UnaryOp};
use crate::syntax::span::Span;
use crate::types::{BasicKind, Builtin, ConstValue, Type, TypeId};

fn has_call_or_recv(e: &Expr<'_>) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary {
            op: UnaryOp::Recv, ..
        } => true,
        ExprKind::Paren(x) | ExprKind::Star(x) => has_call_or_recv(x),
        ExprKind::Unary { x, .. } => has_call_or_recv(x),
        ExprKind::Binary { x, y, .. } => has_call_or_recv(x) || has_call_or_recv(y),
        ExprKind::Selector { x, .. } => has_call_or_recv(x),
        ExprKind::Index { x, index, .. } => has_call_or_recv(x) || has_call_or_recv(index),
        ExprKind::CompositeLit { elts, .. } => elts.iter().any(|e| has_call_or_recv(e)),
        ExprKind::KeyValue { key, value, .. } => has_call_or_recv(key) || has_call_or_recv(value),
        ExprKind::Slice { x, lo, hi, max, .. } => {
            has_call_or_recv(x)
                || [lo, hi, max]
                    .iter()
                    .any(|i| i.is_some_and(|i| has_call_or_recv(i)))
        }
        ExprKind::TypeAssert { x, .. } => has_call_or_recv(x),
        _ => false,
    }
}

impl<'a> Checker<'a, '_> {
    pub(crate) fn builtin(
        &mut self,
        call: &'a Expr<'a>,
        b: Builtin,
        args: &'a [&'a Expr<'a>],
        ellipsis: Option<Span>,
        _hint: Option<TypeId>,
    ) -> Operand<'a> {
        let inv = Operand::invalid(Some(call));
        let (nargs, variadic) = match b {
            Builtin::Append => (1, true),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Clear
            | Builtin::Close
            | Builtin::Imag
            | Builtin::Real => (1, false),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, false),
            Builtin::Make => (1, true),
            Builtin::Max | Builtin::Min => (1, true),
            Builtin::New | Builtin::Panic => (1, false),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
            Builtin::Sizeof
            | Builtin::Alignof
            | Builtin::Offsetof
            | Builtin::SliceData
            | Builtin::StringData => (1, false),
            Builtin::Add | Builtin::Slice | Builtin::String => (2, false),
        };
        let name = builtin_name(b);
        if ellipsis.is_some() && b != Builtin::Append {
            let msg = errors::invalid_op(&format!("invalid use of ... with built-in {name}"));
            self.error(call.span, msg);
            for a in args {
                self.raw_expr(a, None);
            }
            return inv;
        }
        let n = args.len();
        let count_msg = if n < nargs {
            Some("not enough")
        } else if !variadic && n > nargs {
            Some("too many")
        } else {
            None
        };
        if let Some(m) = count_msg {
            // make and new take a type first: evaluate leniently.
            for a in args {
                self.raw_expr(a, None);
            }
            let msg = errors::invalid_op(&format!(
                "{m} arguments for {} (expected {nargs}, found {n})",
                expr_string(call)
            ));
            // types2 reports at the start of the call.
            self.error(call.span, msg);
            return inv;
        }
        let int = self.basic(BasicKind::Int);
        let value = Operand::value;
        match b {
            Builtin::Len | Builtin::Cap => {
                let mut x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                let mut u = self.tcx.under(x.ty).clone();
                if let Type::Pointer(p) = u {
                    if let Type::Array(..) = self.tcx.under(p) {
                        u = self.tcx.under(p).clone();
                    }
                }
                let cval = match u {
                    Type::Basic(k) if super::expr::is_string_kind(k) && b == Builtin::Len => {
                        if x.mode == OpMode::Constant {
                            let l = x
                                .val
                                .as_ref()
                                .and_then(|v| v.as_str())
                                .map(|s| s.len())
                                .unwrap_or(0);
                            if self.is_untyped(x.ty) {
                                let st = self.basic(BasicKind::String);
                                self.convert_untyped(&mut x, st);
                            }
                            Some(ConstValue::int(l as i64))
                        } else {
                            None
                        }
                    }
                    Type::Array(_, len) => {
                        if has_call_or_recv(args[0]) {
                            None
                        } else {
                            Some(ConstValue::int(len as i64))
                        }
                    }
                    Type::Slice(_) | Type::Chan(..) => None,
                    Type::Map(..) if b == Builtin::Len => None,
                    _ => {
                        let msg = errors::invalid_arg(&format!(
                            "{} for built-in {name}",
                            self.describe(&x)
                        ));
                        self.error(args[0].span, msg);
                        return inv;
                    }
                };
                match cval {
                    Some(v) => Operand {
                        mode: OpMode::Constant,
                        ty: int,
                        val: Some(v),
                        expr: None,
                    },
                    None => value(int),
                }
            }
            Builtin::Append => {
                let mut s = self.expr(args[0]);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return inv;
                }
                let Type::Slice(el) = self.tcx.under(s.ty).clone() else {
                    let msg = if s.mode == OpMode::Nil {
                        "invalid append: first argument must be a typed slice; found untyped nil"
                            .to_string()
                    } else {
                        format!(
                            "invalid append: argument must be a slice; have {}",
                            self.describe(&s)
                        )
                    };
                    self.error(args[0].span, msg);
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return inv;
                };
                let st = s.ty;
                if ellipsis.is_some() {
                    if n != 2 {
                        // types2 checks append(s, x...) as a call of
                        // func(S, ...E) with a spread last argument.
                        let mut have = vec![st];
                        for a in &args[1..] {
                            have.push(self.expr(a).ty);
                        }
                        let mut have_s = self.types_summary(&have, false);
                        have_s.insert_str(have_s.len() - 1, "...");
                        let el = match self.tcx.ty(self.tcx.underlying(st)) {
                            Type::Slice(e) => *e,
                            _ => st,
                        };
                        let want_s = format!("({}, ...{})", self.type_str(st), self.type_str(el));
                        let (at, msg) = if n < 2 {
                            (
                                args[n - 1].span,
                                errors::not_enough_args("append", &have_s, &want_s),
                            )
                        } else {
                            (
                                args[2].span,
                                errors::too_many_args("append", &have_s, &want_s),
                            )
                        };
                        self.error(at, msg);
                        return inv;
                    }
                    let mut y = self.expr_hint(args[1], Some(st));
                    if y.is_invalid() {
                        return inv;
                    }
                    // append([]byte, string...) is allowed.
                    if self.basic_kind(el) == Some(BasicKind::Uint8) && self.is_string(y.ty) {
                        if self.is_untyped(y.ty) {
                            let s = self.basic(BasicKind::String);
                            self.convert_untyped(&mut y, s);
                        }
                        return value(st);
                    }
                    self.assignment(&mut y, Some(st), "argument to append");
                    return value(st);
                }
                let _ = &mut s;
                for a in &args[1..] {
                    let mut x = self.expr_hint(a, Some(el));
                    self.assignment(&mut x, Some(el), "argument to append");
                }
                value(st)
            }
            Builtin::Make => {
                let t = self.type_expr(args[0]);
                if self.is_invalid_ty(t) {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return inv;
                }
                let min = match self.tcx.under(t) {
                    Type::Slice(_) => 2,
                    Type::Map(..) | Type::Chan(..) => 1,
                    _ => {
                        let msg = errors::invalid_arg(&format!(
                            "cannot make {}: type must be slice, map, or channel",
                            expr_string(args[0])
                        ));
                        self.error(args[0].span, msg);
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        return inv;
                    }
                };
                if n < min || n > min + 1 {
                    let msg = errors::invalid_op(&format!(
                        "{} expects {min} or {} arguments; found {n}",
                        expr_string(call),
                        min + 1
                    ));
                    self.error(call.span, msg);
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return inv;
                }
                self.note_type_spelling(args[0], t);
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    match self.index(a, None, "index") {
                        Ok(v) => sizes.push(v),
                        Err(()) => return inv,
                    }
                }
                if let (Some(Some(l)), Some(Some(c))) = (sizes.first(), sizes.get(1)) {
                    if l > c {
                        self.error(
                            args[1].span,
                            errors::invalid_arg("length and capacity swapped"),
                        );
                    }
                }
                value(t)
            }
            Builtin::New => {
                // new(T), or (Go 1.26) new(expr): a variable initialised
                // to the value of expr, of its (default) type.
                let mut x = self.raw_expr(args[0], None);
                // types2's exclude(novalue, builtin), then a single value.
                match x.mode {
                    OpMode::NoValue => {
                        let msg =
                            format!("{} (no value) used as value or type", expr_string(args[0]));
                        self.error(args[0].span, msg);
                        return inv;
                    }
                    OpMode::TypeExpr => self.note_type_spelling(args[0], x.ty),
                    _ => x = self.single_value(x),
                }
                if x.is_invalid() {
                    return inv;
                }
                if x.mode != OpMode::TypeExpr && self.is_untyped(x.ty) {
                    self.assignment(&mut x, None, "argument to new");
                    if x.is_invalid() {
                        return inv;
                    }
                }
                let t = x.ty;
                if self.is_invalid_ty(t) {
                    return inv;
                }
                let p = self.tcx.intern(Type::Pointer(t));
                value(p)
            }
            Builtin::Panic => {
                let any = self.tcx.intern(Type::Interface(Vec::new()));
                let mut x = self.expr(args[0]);
                self.assignment(&mut x, Some(any), "argument to panic");
                Operand {
                    mode: OpMode::NoValue,
                    ty: self.invalid(),
                    val: None,
                    expr: None,
                }
            }
            Builtin::Print | Builtin::Println => {
                // A single multi-value call prints each of its results.
                let context = format!("argument to built-in {name}");
                if let [a] = args {
                    let x = self.raw_expr(a, None);
                    if let Type::Tuple(ts) = self.tcx.ty(x.ty).clone() {
                        if !x.is_invalid() && x.mode != OpMode::TypeExpr {
                            for t in ts {
                                let mut v = value(t);
                                v.expr = Some(a);
                                self.assignment(&mut v, None, &context);
                            }
                        }
                    } else {
                        let mut x = self.single_value(x);
                        self.assignment(&mut x, None, &context);
                    }
                } else {
                    for a in args {
                        let mut x = self.expr(a);
                        self.assignment(&mut x, None, &context);
                    }
                }
                Operand {
                    mode: OpMode::NoValue,
                    ty: self.invalid(),
                    val: None,
                    expr: None,
                }
            }
            Builtin::Recover => {
                let any = self.tcx.intern(Type::Interface(Vec::new()));
                value(any)
            }
            Builtin::Copy => {
                let dst = self.expr(args[0]);
                let mut src = self.expr(args[1]);
                if dst.is_invalid() || src.is_invalid() {
                    return inv;
                }
                // types2 (go1.27): the destination must be a slice; a string
                // source counts as []byte for the element-type comparison.
                let Type::Slice(de) = self.tcx.under(dst.ty).clone() else {
                    let msg = if dst.mode == super::OpMode::Nil {
                        "invalid copy: argument must be a slice; have untyped nil".to_string()
                    } else {
                        format!(
                            "invalid copy: argument must be a slice; have {}",
                            self.describe(&dst)
                        )
                    };
                    self.error(args[0].span, msg);
                    return inv;
                };
                if self.is_string(src.ty) && self.basic_kind(de) == Some(BasicKind::Uint8) {
                    if self.is_untyped(src.ty) {
                        let s = self.basic(BasicKind::String);
                        self.convert_untyped(&mut src, s);
                    }
                    return value(int);
                }
                // types2 compares a string source as `byte` (universeByte).
                let mut src_is_string = false;
                let se = match self.tcx.under(src.ty).clone() {
                    Type::Slice(se) => se,
                    _ if self.is_string(src.ty) => {
                        src_is_string = true;
                        self.basic(BasicKind::Uint8)
                    }
                    _ => {
                        let msg = if src.mode == super::OpMode::Nil {
                            "invalid copy: argument must be a slice; have untyped nil".to_string()
                        } else {
                            format!(
                                "invalid copy: argument must be a slice; have {}",
                                self.describe(&src)
                            )
                        };
                        self.error(args[1].span, msg);
                        return inv;
                    }
                };
                if se == de {
                    return value(int);
                }
                let msg = format!(
                    "invalid copy: arguments {} and {} have different element types {} and {}",
                    self.describe(&dst),
                    self.describe(&src),
                    self.type_str(de),
                    if src_is_string {
                        "byte".to_string()
                    } else {
                        self.type_str(se)
                    }
                );
                self.error(args[0].span, msg);
                inv
            }
            Builtin::Delete => {
                let m = self.expr(args[0]);
                if m.is_invalid() {
                    self.expr(args[1]);
                    return inv;
                }
                let Type::Map(k, _) = self.tcx.under(m.ty).clone() else {
                    let msg = errors::invalid_arg(&format!("{} is not a map", self.describe(&m)));
                    self.error(args[0].span, msg);
                    self.expr(args[1]);
                    return inv;
                };
                let mut key = self.expr_hint(args[1], Some(k));
                if key.is_invalid() {
                    return inv;
                }
                self.assignment(&mut key, Some(k), "argument to delete");
                Operand {
                    mode: OpMode::NoValue,
                    ty: self.invalid(),
                    val: None,
                    expr: None,
                }
            }
            Builtin::Clear => {
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                if !matches!(self.tcx.under(x.ty), Type::Map(..) | Type::Slice(_)) {
                    let msg = errors::invalid_arg(&format!(
                        "cannot clear {}: argument must be (or constrained by) map or slice",
                        self.describe(&x)
                    ));
                    self.error(args[0].span, msg);
                    return inv;
                }
                Operand {
                    mode: OpMode::NoValue,
                    ty: self.invalid(),
                    val: None,
                    expr: None,
                }
            }
            Builtin::Close => {
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                match self.tcx.under(x.ty) {
                    Type::Chan(crate::syntax::ast::ChanDir::Recv, _) => {
                        let msg = errors::invalid_op(&format!(
                            "cannot close receive-only channel {}",
                            self.describe(&x)
                        ));
                        self.error(args[0].span, msg);
                        return inv;
                    }
                    Type::Chan(..) => {}
                    _ => {
                        let msg = errors::invalid_op(&format!(
                            "cannot close non-channel {}",
                            self.describe(&x)
                        ));
                        self.error(args[0].span, msg);
                        return inv;
                    }
                }
                Operand {
                    mode: OpMode::NoValue,
                    ty: self.invalid(),
                    val: None,
                    expr: None,
                }
            }
            Builtin::Min | Builtin::Max => {
                let mut xs: Vec<Operand<'a>> = Vec::new();
                for a in args {
                    let x = self.expr(a);
                    if x.is_invalid() {
                        return inv;
                    }
                    xs.push(x);
                }
                let mut acc = xs[0].clone();
                let ordered = |ck: &Self, t| {
                    ck.basic_kind(t).is_some_and(|k| {
                        super::expr::is_integer_kind(k)
                            || super::expr::is_float_kind(k)
                            || super::expr::is_string_kind(k)
                    })
                };
                if !ordered(self, acc.ty) {
                    let msg =
                        errors::invalid_arg(&format!("{} cannot be ordered", self.describe(&acc)));
                    self.error(args[0].span, msg);
                    return inv;
                }
                for y in xs.iter_mut().skip(1) {
                    if !ordered(self, y.ty) {
                        let msg =
                            errors::invalid_arg(&format!("{} cannot be ordered", self.describe(y)));
                        self.error(y.expr.map(|e| e.span).unwrap_or_default(), msg);
                        return inv;
                    }
                    let mut a2 = acc.clone();
                    self.match_types(&mut a2, y);
                    if a2.is_invalid() || y.is_invalid() {
                        return inv;
                    }
                    if a2.ty != y.ty {
                        let msg = errors::invalid_arg(&format!(
                            "mismatched types {} (previous argument) and {} (type of {})",
                            self.type_str(a2.ty),
                            self.op_type_str(y),
                            y.expr.map(expr_string).unwrap_or_default()
                        ));
                        self.error(y.expr.map(|e| e.span).unwrap_or_default(), msg);
                        return inv;
                    }
                    if a2.mode == OpMode::Constant && y.mode == OpMode::Constant {
                        let op = if b == Builtin::Min {
                            BinaryOp::Lt
                        } else {
                            BinaryOp::Gt
                        };
                        let take_y = ConstValue::compare(
                            op,
                            y.val.as_ref().unwrap(),
                            a2.val.as_ref().unwrap(),
                        )
                        .unwrap_or(false);
                        acc = if take_y { y.clone() } else { a2 };
                        acc.ty = y.ty;
                    } else {
                        acc = Operand {
                            mode: OpMode::Value,
                            ty: a2.ty,
                            val: None,
                            expr: None,
                        };
                    }
                }
                if acc.mode != OpMode::Constant {
                    // Operands of a run-time min/max get their final type.
                    let t = self.default_type(acc.ty);
                    for x in xs.iter_mut() {
                        if self.is_untyped(x.ty) {
                            self.convert_untyped(x, t);
                        }
                    }
                    acc.ty = t;
                }
                acc.expr = None;
                acc
            }
            Builtin::Sizeof
            | Builtin::Alignof
            | Builtin::Offsetof
            | Builtin::Add
            | Builtin::Slice
            | Builtin::SliceData
            | Builtin::String
            | Builtin::StringData => self.builtin_unsafe(b, args),
            Builtin::Complex => self.builtin_complex(call, args),
            Builtin::Real | Builtin::Imag => self.builtin_real_imag(b, args),
        }
    }

    /// `complex(x, y floatT) complexT` (types2's `_Complex`).
    fn builtin_complex(&mut self, call: &'a Expr<'a>, args: &'a [&'a Expr<'a>]) -> Operand<'a> {
        let inv = Operand::invalid(Some(call));
        let mut x = self.expr(args[0]);
        let mut y = self.expr(args[1]);
        if x.is_invalid() || y.is_invalid() {
            return inv;
        }
        match (self.is_untyped(x.ty), self.is_untyped(y.ty)) {
            (false, false) => {}
            (true, false) => self.convert_untyped(&mut x, y.ty),
            (false, true) => self.convert_untyped(&mut y, x.ty),
            (true, true) => {
                if x.mode == OpMode::Constant && y.mode == OpMode::Constant {
                    // Untyped constants with no imaginary part are floats here.
                    let uf = self.basic(BasicKind::UntypedFloat);
                    for o in [&mut x, &mut y] {
                        let real = o.val.as_ref().is_some_and(|v| v.to_rat().is_some());
                        if self.is_numeric(o.ty) && real {
                            o.ty = uf;
                        }
                    }
                } else {
                    let f64t = self.basic(BasicKind::Float64);
                    self.convert_untyped(&mut x, f64t);
                    self.convert_untyped(&mut y, f64t);
                }
            }
        }
        if x.is_invalid() || y.is_invalid() {
            return inv;
        }
        if x.ty != y.ty {
            let msg = errors::invalid_op(&format!(
                "{} (mismatched types {} and {})",
                expr_string(call),
                self.op_type_str(&x),
                self.op_type_str(&y)
            ));
            self.error(args[0].span, msg);
            return inv;
        }
        let res = match self.basic_kind(x.ty) {
            Some(BasicKind::Float32) => BasicKind::Complex64,
            Some(BasicKind::Float64) => BasicKind::Complex128,
            Some(BasicKind::UntypedFloat) => BasicKind::UntypedComplex,
            _ => {
                let msg = errors::invalid_arg(&format!(
                    "arguments have type {}, expected floating-point",
                    self.op_type_str(&x)
                ));
                self.error(args[0].span, msg);
                return inv;
            }
        };
        let val = match (&x.val, &y.val) {
            (Some(a), Some(b)) if x.mode == OpMode::Constant && y.mode == OpMode::Constant => {
                match (a.to_rat(), b.to_rat()) {
                    (Some(re), Some(im)) => Some(ConstValue::Complex(re, im)),
                    _ => None,
                }
            }
            _ => None,
        };
        Operand {
            mode: if val.is_some() {
                OpMode::Constant
            } else {
                OpMode::Value
            },
            ty: self.basic(res),
            val,
            expr: None,
        }
    }

    /// `real(c)` / `imag(c)` (types2's `_Real`, `_Imag`).
    fn builtin_real_imag(&mut self, b: Builtin, args: &'a [&'a Expr<'a>]) -> Operand<'a> {
        let inv = Operand::invalid(Some(args[0]));
        let mut x = self.expr(args[0]);
        if x.is_invalid() {
            return inv;
        }
        if self.is_untyped(x.ty) {
            if x.mode == OpMode::Constant {
                if self.is_numeric(x.ty) {
                    x.ty = self.basic(BasicKind::UntypedComplex);
                }
            } else {
                let c128 = self.basic(BasicKind::Complex128);
                self.convert_untyped(&mut x, c128);
                if x.is_invalid() {
                    return inv;
                }
            }
        }
        let res = match self.basic_kind(x.ty) {
            Some(BasicKind::Complex64) => BasicKind::Float32,
            Some(BasicKind::Complex128) => BasicKind::Float64,
            Some(BasicKind::UntypedComplex) => BasicKind::UntypedFloat,
            _ => {
                let msg = errors::invalid_arg(&format!(
                    "argument has type {}, expected complex type",
                    self.op_type_str(&x)
                ));
                self.error(args[0].span, msg);
                return inv;
            }
        };
        let val = match &x.val {
            Some(v) if x.mode == OpMode::Constant => v
                .to_complex()
                .map(|(re, im)| ConstValue::Float(if b == Builtin::Real { re } else { im })),
            _ => None,
        };
        Operand {
            mode: if val.is_some() {
                OpMode::Constant
            } else {
                OpMode::Value
            },
            ty: self.basic(res),
            val,
            expr: None,
        }
    }
}

impl<'a> Checker<'a, '_> {
    /// Package unsafe's functions (types2's `_Sizeof` ... `_StringData`):
    /// `Sizeof`, `Alignof` and `Offsetof` are `uintptr` constants.
    fn builtin_unsafe(&mut self, b: Builtin, args: &'a [&'a Expr<'a>]) -> Operand<'a> {
        let inv = Operand::invalid(None);
        let uintptr = self.basic(BasicKind::Uintptr);
        let int = self.basic(BasicKind::Int);
        let ptr = self.basic(BasicKind::UnsafePointer);
        let constant = |v: u64| Operand {
            mode: OpMode::Constant,
            ty: uintptr,
            val: Some(ConstValue::int(v as i64)),
            expr: None,
        };
        let value = Operand::value;
        match b {
            Builtin::Sizeof | Builtin::Alignof => {
                let mut x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                if self.is_untyped(x.ty) {
                    let t = self.default_type(x.ty);
                    self.convert_untyped(&mut x, t);
                }
                let l = crate::types::layout::layout(self.tcx, x.ty);
                constant(if b == Builtin::Sizeof {
                    l.size
                } else {
                    l.align
                })
            }
            Builtin::Offsetof => {
                let arg = args[0];
                let mut a = arg;
                while let ExprKind::Paren(x) = &a.kind {
                    a = x;
                }
                let ExprKind::Selector { .. } = &a.kind else {
                    self.raw_expr(arg, None);
                    let msg = errors::invalid_arg(&format!(
                        "{} is not a selector expression",
                        expr_string(arg)
                    ));
                    self.error(arg.span, msg);
                    return inv;
                };
                let x = self.expr(a);
                if x.is_invalid() {
                    return inv;
                }
                let Some(sel) = self.info.selections.get(a.id).cloned() else {
                    let msg = errors::invalid_arg(&format!(
                        "{} is not a selector expression",
                        expr_string(arg)
                    ));
                    self.error(arg.span, msg);
                    return inv;
                };
                if sel.kind != crate::types::SelectionKind::FieldVal {
                    let msg =
                        errors::invalid_arg(&format!("{} is a method value", expr_string(arg)));
                    self.error(arg.span, msg);
                    return inv;
                }
                let mut t = sel.recv;
                if let Type::Pointer(p) = self.tcx.under(t) {
                    t = *p;
                }
                let base = t;
                let mut off = 0u64;
                for (k, &i) in sel.index.iter().enumerate() {
                    if k > 0 {
                        if let Type::Pointer(_) = self.tcx.under(t) {
                            let msg = errors::invalid_arg(&format!(
                                "field {} is embedded via a pointer in {}",
                                self.tcx.obj(sel.obj).name,
                                self.type_str(base)
                            ));
                            self.error(arg.span, msg);
                            return inv;
                        }
                    }
                    let offs = crate::types::layout::field_offsets(self.tcx, t);
                    off += offs.get(i).copied().unwrap_or(0);
                    t = match self.tcx.under(t) {
                        Type::Struct(fs) => fs.get(i).map(|f| f.ty).unwrap_or(t),
                        _ => t,
                    };
                }
                constant(off)
            }
            Builtin::Add => {
                let mut p = self.expr(args[0]);
                let mut n = self.expr(args[1]);
                if p.is_invalid() || n.is_invalid() {
                    return inv;
                }
                self.assignment(&mut p, Some(ptr), "argument to unsafe.Add");
                if self.is_untyped(n.ty) {
                    self.convert_untyped(&mut n, int);
                }
                value(ptr)
            }
            Builtin::Slice | Builtin::String => {
                let p = self.expr(args[0]);
                let mut n = self.expr(args[1]);
                if p.is_invalid() || n.is_invalid() {
                    return inv;
                }
                if self.is_untyped(n.ty) {
                    self.convert_untyped(&mut n, int);
                }
                let Type::Pointer(elem) = self.tcx.under(p.ty).clone() else {
                    let msg =
                        errors::invalid_arg(&format!("{} is not a pointer", self.describe(&p)));
                    self.error(args[0].span, msg);
                    return inv;
                };
                if b == Builtin::String {
                    value(self.basic(BasicKind::String))
                } else {
                    value(self.tcx.intern(Type::Slice(elem)))
                }
            }
            Builtin::SliceData | Builtin::StringData => {
                let x = self.expr(args[0]);
                if x.is_invalid() {
                    return inv;
                }
                match (b, self.tcx.under(x.ty).clone()) {
                    (Builtin::SliceData, Type::Slice(e)) => {
                        value(self.tcx.intern(Type::Pointer(e)))
                    }
                    (Builtin::StringData, Type::Basic(k)) if super::expr::is_string_kind(k) => {
                        let byte = self.basic(BasicKind::Uint8);
                        value(self.tcx.intern(Type::Pointer(byte)))
                    }
                    _ => {
                        let msg = errors::invalid_arg(&format!(
                            "{} for built-in {}",
                            self.describe(&x),
                            super::universe::builtin_name(b)
                        ));
                        self.error(args[0].span, msg);
                        inv
                    }
                }
            }
            _ => inv,
        }
    }
}
