//! Every type-checking diagnostic's text, in one place.
//!
//! Each function returns the message for one error kind, worded exactly as
//! gc (types2, go1.27) words it; the callers decide the position. Operands
//! are described by `Checker::describe` (types2's `operandString`):
//! `x (variable of type int)`, `"s" (untyped string constant)`,
//! `T{} (value of struct type T)`.

use super::exprstring::expr_string;
use super::{Checker, OpMode, Operand};
use crate::types::{BasicKind, Type};

impl Checker<'_, '_> {
    /// types2's `operandString`.
    pub(crate) fn describe(&self, x: &Operand<'_>) -> String {
        if x.mode == OpMode::Nil {
            return if matches!(self.tcx.ty(x.ty), Type::Basic(BasicKind::UntypedNil)) {
                "nil".to_string()
            } else {
                format!("nil (of type {})", self.type_str(x.ty))
            };
        }
        let expr = match x.expr {
            Some(e) => expr_string(e),
            None => match x.mode {
                OpMode::Builtin(b) => super::universe::builtin_name(b).to_string(),
                OpMode::TypeExpr => self.type_str(x.ty),
                OpMode::Constant => x.val.as_ref().map(|v| v.describe()).unwrap_or_default(),
                _ => String::new(),
            },
        };
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
            _ => {
                if let Type::Basic(k) = self.tcx.ty(x.ty) {
                    if is_untyped_kind(*k) {
                        buf.push_str(crate::types::fmt::basic_name(*k));
                        buf.push(' ');
                    } else {
                        has_type = true;
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(match x.mode {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::Nil => "nil",
            OpMode::CommaOk => "comma, ok expression",
        });
        if x.mode == OpMode::Constant {
            if let Some(v) = &x.val {
                let s = v.describe();
                if s != expr {
                    buf.push(' ');
                    buf.push_str(&s);
                }
            }
        }
        if has_type {
            if self.is_invalid_ty(x.ty) {
                buf.push_str(" with invalid type");
            } else {
                let mut desc = String::new();
                let spell = self.spell_operand(x);
                if spell == crate::types::spell::Spell::Any {
                    // `any` is an alias, described like a defined type.
                    desc = "interface ".to_string();
                } else if let Type::Named(_) = self.tcx.ty(x.ty) {
                    let what = match self.tcx.under(x.ty) {
                        Type::Basic(k) => crate::types::fmt::basic_name(*k),
                        Type::Array(..) => "array",
                        Type::Slice(_) => "slice",
                        Type::Struct(_) => "struct",
                        Type::Pointer(_) => "pointer",
                        Type::Func(_) => "func",
                        Type::Interface(_) | Type::TypeParam(_) | Type::TypeSet { .. } => {
                            "interface"
                        }
                        Type::Map(..) => "map",
                        Type::Chan(..) => "chan",
                        Type::Tuple(_) => "tuple",
                        Type::Named(_) => "",
                    };
                    desc = format!("{what} ");
                }
                let ts = self.spell_str(&spell);
                buf.push_str(&format!(" of {desc}type {ts}"));
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }
}

pub fn is_untyped_kind(k: BasicKind) -> bool {
    use BasicKind::*;
    matches!(
        k,
        UntypedBool
            | UntypedInt
            | UntypedRune
            | UntypedFloat
            | UntypedComplex
            | UntypedString
            | UntypedNil
    )
}

pub fn redeclared(name: &str) -> String {
    format!("{name} redeclared in this block")
}
pub fn undefined(name: &str) -> String {
    format!("undefined: {name}")
}
pub fn declared_not_used(name: &str) -> String {
    format!("declared and not used: {name}")
}
pub fn binding_not_used(name: &str) -> String {
    format!("{name} declared and not used")
}
pub fn imported_not_used(path: &str) -> String {
    format!("{:?} imported and not used", path)
}
pub fn imported_as_not_used(path: &str, name: &str) -> String {
    format!("{:?} imported as {name} and not used", path)
}
pub fn missing_return() -> String {
    "missing return".to_string()
}
pub fn missing_body() -> String {
    "missing function body".to_string()
}
pub fn no_new_vars() -> String {
    "no new variables on left side of :=".to_string()
}
pub fn not_used(desc: &str) -> String {
    format!("{desc} is not used")
}
pub fn must_be_called(desc: &str) -> String {
    format!("{desc} must be called")
}
pub fn not_an_expr(desc: &str) -> String {
    format!("{desc} is not an expression")
}
pub fn not_a_type(expr: &str) -> String {
    format!("{expr} is not a type")
}
pub fn cannot_use(desc: &str, target: &str, context: &str, cause: &str) -> String {
    if cause.is_empty() {
        format!("cannot use {desc} as {target} value in {context}")
    } else {
        format!("cannot use {desc} as {target} value in {context}: {cause}")
    }
}
pub fn cannot_use_overflow(desc: &str, target: &str, context: &str, why: &str) -> String {
    format!("cannot use {desc} as {target} value in {context} ({why})")
}
pub fn constant_overflows(val: &str, ty: &str) -> String {
    format!("cannot use {val} (untyped int constant) as {ty} value in {{}} (overflows)")
}
pub fn const_overflow(val: &str, ty: &str) -> String {
    format!("constant {val} overflows {ty}")
}
pub fn truncated(desc: &str, ty: &str) -> String {
    format!("{desc} truncated to {ty}")
}
pub fn mismatched_types(expr: &str, a: &str, b: &str) -> String {
    format!("invalid operation: {expr} (mismatched types {a} and {b})")
}
pub fn division_by_zero() -> String {
    "invalid operation: division by zero".to_string()
}
pub fn non_bool_cond(what: &str) -> String {
    format!("non-boolean condition in {what} statement")
}
pub fn no_field_or_method(expr: &str, ty: &str, name: &str) -> String {
    format!("{expr} undefined (type {ty} has no field or method {name})")
}
pub fn too_many_return_values(have: &str, want: &str) -> String {
    format!("too many return values\n\thave {have}\n\twant {want}")
}
pub fn not_enough_return_values(have: &str, want: &str) -> String {
    format!("not enough return values\n\thave {have}\n\twant {want}")
}
pub fn not_enough_args(call: &str, have: &str, want: &str) -> String {
    format!("not enough arguments in call to {call}\n\thave {have}\n\twant {want}")
}
pub fn too_many_args(call: &str, have: &str, want: &str) -> String {
    format!("too many arguments in call to {call}\n\thave {have}\n\twant {want}")
}
pub fn index_out_of_bounds(idx: &str, len: u64) -> String {
    format!("invalid argument: index {idx} out of bounds [0:{len}]")
}
pub fn not_exported(name: &str, pkg: &str) -> String {
    format!("name {name} not exported by package {pkg}")
}
pub fn undefined_qualified(pkg: &str, name: &str) -> String {
    format!("undefined: {pkg}.{name}")
}
pub fn cannot_assign(desc: &str) -> String {
    format!("cannot assign to {desc} (neither addressable nor a map index expression)")
}
pub fn result_not_in_scope(name: &str) -> String {
    format!("result parameter {name} not in scope at return")
}
pub fn invalid_recursive_type(name: &str, self_ref: bool) -> String {
    if self_ref {
        format!("invalid recursive type: {name} refers to itself")
    } else {
        format!("invalid recursive type {name}")
    }
}
pub fn invalid_cycle(name: &str, self_ref: bool) -> String {
    if self_ref {
        format!("invalid cycle in declaration: {name} refers to itself")
    } else {
        format!("invalid cycle in declaration of {name}")
    }
}
pub fn init_cycle(name: &str, self_ref: bool) -> String {
    if self_ref {
        format!("initialization cycle: {name} refers to itself")
    } else {
        format!("initialization cycle for {name}")
    }
}
pub fn assignment_mismatch(l: usize, what: &str, r: usize) -> String {
    format!(
        "assignment mismatch: {l} variable{} but {r} {what}{}",
        if l == 1 { "" } else { "s" },
        if r == 1 { "" } else { "s" }
    )
}
pub fn assignment_mismatch_call(l: usize, call: &str, r: usize) -> String {
    format!(
        "assignment mismatch: {l} variable{} but {call} returns {r} value{}",
        if l == 1 { "" } else { "s" },
        if r == 1 { "" } else { "s" }
    )
}
pub fn invalid_op(msg: &str) -> String {
    format!("invalid operation: {msg}")
}
pub fn invalid_arg(msg: &str) -> String {
    format!("invalid argument: {msg}")
}
pub fn does_not_implement(t: &str, i: &str, cause: &str) -> String {
    format!("{t} does not implement {i} {cause}")
}
