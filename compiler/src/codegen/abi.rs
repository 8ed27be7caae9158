//! Go signatures → Cranelift signatures (the calling convention of
//! `codegen/mod.rs`): the context word, out-pointers for struct/array results,
//! flattened parameters, and scalar results as multiple return values.

use super::{Cx, PTR};
use crate::ir;
use crate::types::layout::{self, Part};
use crate::types::{Type as GoType, TypeId};
use cranelift_codegen::ir::{types, AbiParam, Signature, Type};
use cranelift_codegen::isa::CallConv;

pub(crate) fn part_ty(p: Part) -> Type {
    match p {
        Part::I8 => types::I8,
        Part::I16 => types::I16,
        Part::I32 => types::I32,
        Part::I64 => types::I64,
        Part::F32 => types::F32,
        Part::F64 => types::F64,
    }
}

/// The machine values of a scalar-shaped type with their offsets in memory;
/// `None` for structs and arrays.
pub(crate) fn parts(cx: &Cx, t: TypeId) -> Option<Vec<(Type, u32)>> {
    layout::abi_parts(cx.tcx, t).map(|ps| ps.into_iter().map(|(p, o)| (part_ty(p), o)).collect())
}

/// How a Go signature is passed.
pub(crate) struct GoSig {
    pub sig: Signature,
}

/// The signature of a Go function with these parameter and result types.
/// With `recv_word`, the first parameter is the data word of an interface
/// (one pointer-sized value) instead of its declared type.
pub(crate) fn go_sig(cx: &Cx, params: &[TypeId], results: &[TypeId], recv_word: bool) -> GoSig {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params.push(AbiParam::new(PTR));
    for &r in results {
        match parts(cx, r) {
            Some(ps) => {
                sig.returns
                    .extend(ps.iter().map(|&(t, _)| AbiParam::new(t)));
            }
            None => {
                sig.params.push(AbiParam::new(PTR));
            }
        }
    }
    for (i, &p) in params.iter().enumerate() {
        if i == 0 && recv_word {
            sig.params.push(AbiParam::new(PTR));
            continue;
        }
        match parts(cx, p) {
            Some(ps) => sig.params.extend(ps.iter().map(|&(t, _)| AbiParam::new(t))),
            None => sig.params.push(AbiParam::new(PTR)),
        }
    }
    GoSig { sig }
}

pub(crate) fn func_param_types(f: &ir::Func) -> (Vec<TypeId>, Vec<TypeId>) {
    (
        f.params.iter().map(|&l| f.local(l).ty).collect(),
        f.results.iter().map(|&l| f.local(l).ty).collect(),
    )
}

pub(crate) fn go_sig_for_func(cx: &Cx, f: &ir::Func) -> Signature {
    let (ps, rs) = func_param_types(f);
    go_sig(cx, &ps, &rs, false).sig
}

/// The parameter and result types of a `Type::Func`.
pub(crate) fn func_type_parts(cx: &Cx, t: TypeId) -> (Vec<TypeId>, Vec<TypeId>) {
    match cx.tcx.under(t) {
        GoType::Func(s) => (s.params.clone(), s.results.clone()),
        _ => (Vec::new(), Vec::new()),
    }
}

/// The C signature of a body-less function bound to a runtime symbol: every
/// parameter and result flattened, no context word.
pub(crate) fn c_sig_for_func(cx: &Cx, f: &ir::Func) -> Signature {
    let (ps, rs) = func_param_types(f);
    let mut sig = Signature::new(CallConv::SystemV);
    let ext = |t: Type| {
        if t == types::I8 {
            AbiParam::new(t).uext()
        } else {
            AbiParam::new(t)
        }
    };
    for p in ps {
        match parts(cx, p) {
            Some(v) => sig.params.extend(v.iter().map(|&(t, _)| ext(t))),
            None => sig.params.push(AbiParam::new(PTR)),
        }
    }
    for r in rs {
        match parts(cx, r) {
            Some(v) => sig.returns.extend(v.iter().map(|&(t, _)| ext(t))),
            None => sig.params.insert(0, AbiParam::new(PTR)),
        }
    }
    sig
}
