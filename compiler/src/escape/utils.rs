//! Type facts the analysis needs: sizes on x86-64, whether a type holds
//! pointers, and gc's "direct interface" shape.
//!
//! These mirror gc's `types.Size`, `HasPointers` and `IsDirectIface`; the
//! numbers matter for gc's size limits (`MAX_STACK_VAR_SIZE`,
//! `MAX_IMPLICIT_STACK_VAR_SIZE`) and for capturing by value (at most 128
//! bytes). See `escape/mod.rs` for the overview.

use crate::types::{BasicKind, TyCtx, Type, TypeId};

/// gc's `ir.MaxStackVarSize`: explicit variables larger than this go to the heap.
pub const MAX_STACK_VAR_SIZE: i64 = 128 * 1024;
/// gc's `ir.MaxImplicitStackVarSize`: `new`, `&T{}`, `make` larger than this go to the heap.
pub const MAX_IMPLICIT_STACK_VAR_SIZE: i64 = 64 * 1024;
/// Variables up to this size are captured by value when never reassigned.
pub const MAX_BYVAL_CAPTURE_SIZE: i64 = 128;

/// The size in bytes of a value of type `t` on x86-64.
pub fn size_of(tcx: &TyCtx, t: TypeId) -> i64 {
    match tcx.under(t) {
        Type::Basic(k) => match k {
            BasicKind::Bool | BasicKind::Int8 | BasicKind::Uint8 => 1,
            BasicKind::Int16 | BasicKind::Uint16 => 2,
            BasicKind::Int32 | BasicKind::Uint32 | BasicKind::Float32 | BasicKind::UntypedRune => 4,
            BasicKind::Complex128 | BasicKind::String | BasicKind::UntypedString => 16,
            _ => 8,
        },
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => 8,
        Type::Slice(_) => 24,
        Type::Interface(_) | Type::TypeParam(_) | Type::TypeSet { .. } => 16,
        Type::Array(e, n) => size_of(tcx, *e).saturating_mul(*n as i64),
        Type::Struct(fs) => {
            let mut off = 0i64;
            let mut max_align = 1i64;
            for f in fs {
                let a = align_of(tcx, f.ty);
                max_align = max_align.max(a);
                off = round_up(off, a) + size_of(tcx, f.ty);
            }
            // A trailing zero-sized field gets one byte of padding, as in gc.
            if fs.last().is_some_and(|f| size_of(tcx, f.ty) == 0) && off > 0 {
                off += 1;
            }
            round_up(off, max_align)
        }
        Type::Tuple(ts) => ts.iter().map(|t| size_of(tcx, *t)).sum(),
        Type::Named(_) => 8,
    }
}

fn align_of(tcx: &TyCtx, t: TypeId) -> i64 {
    match tcx.under(t) {
        Type::Array(e, _) => align_of(tcx, *e),
        Type::Struct(fs) => fs.iter().map(|f| align_of(tcx, f.ty)).max().unwrap_or(1),
        Type::Basic(BasicKind::String | BasicKind::Complex128)
        | Type::Slice(_)
        | Type::Interface(_) => 8,
        _ => size_of(tcx, t).clamp(1, 8),
    }
}

fn round_up(x: i64, a: i64) -> i64 {
    (x + a - 1) / a * a
}

/// Whether values of type `t` contain pointers (gc's `HasPointers`).
pub fn has_pointers(tcx: &TyCtx, t: TypeId) -> bool {
    match tcx.under(t) {
        Type::Basic(k) => matches!(
            k,
            BasicKind::String
                | BasicKind::UntypedString
                | BasicKind::UnsafePointer
                | BasicKind::UntypedNil
        ),
        Type::Pointer(_)
        | Type::Map(..)
        | Type::Chan(..)
        | Type::Func(_)
        | Type::Slice(_)
        | Type::Interface(_)
        | Type::TypeParam(_)
        | Type::TypeSet { .. } => true,
        Type::Array(e, n) => *n > 0 && has_pointers(tcx, *e),
        Type::Struct(fs) => fs.iter().any(|f| has_pointers(tcx, f.ty)),
        Type::Tuple(ts) => ts.iter().any(|t| has_pointers(tcx, *t)),
        Type::Named(_) => true,
    }
}

/// gc's `IsDirectIface`: the value is stored directly in an interface's data word.
pub fn is_direct_iface(tcx: &TyCtx, t: TypeId) -> bool {
    match tcx.under(t) {
        Type::Pointer(_)
        | Type::Map(..)
        | Type::Chan(..)
        | Type::Func(_)
        | Type::Basic(BasicKind::UnsafePointer) => true,
        Type::Struct(fs) => fs.len() == 1 && is_direct_iface(tcx, fs[0].ty),
        Type::Array(e, 1) => is_direct_iface(tcx, *e),
        _ => false,
    }
}

pub fn is_interface(tcx: &TyCtx, t: TypeId) -> bool {
    matches!(tcx.under(t), Type::Interface(_))
}

pub fn is_array(tcx: &TyCtx, t: TypeId) -> bool {
    matches!(tcx.under(t), Type::Array(..))
}

pub fn is_string(tcx: &TyCtx, t: TypeId) -> bool {
    matches!(
        tcx.under(t),
        Type::Basic(BasicKind::String | BasicKind::UntypedString)
    )
}

/// The element type of a slice, array, pointer-to-array, or string (`byte`).
pub fn elem(tcx: &TyCtx, t: TypeId) -> Option<TypeId> {
    match tcx.under(t) {
        Type::Slice(e) | Type::Array(e, _) | Type::Chan(_, e) => Some(*e),
        Type::Pointer(p) => elem(tcx, *p).or(Some(*p)),
        Type::Basic(BasicKind::String) => Some(tcx.basic(BasicKind::Uint8)),
        _ => None,
    }
}
