//! Inline expansion of pure runtime-bound functions.
//!
//! Some body-less stdlib functions (`//rgo:runtime rt_sqrt`, `rt_clz64`, ...)
//! are single machine operations; a direct call to one is emitted as the
//! Cranelift instruction instead of a C call. The runtime still defines every
//! symbol (runtime/src/abi.rs), which indirect calls (`f := math.Sqrt`) use,
//! and both must compute the same result.
//!
//! **Invariant:** every expansion is exactly the runtime function's result
//! for every input (bit casts, IEEE `sqrt`, and integer operations whose
//! Cranelift semantics at 0 match Rust's: `clz`/`ctz` of 0 is the width).

use super::func::{CVal, FunctionCx};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Value};

/// The inline expansion of a call to runtime symbol `sym` with scalar
/// arguments `args`, or `None` when `sym` is not an inlinable intrinsic (or
/// the arguments are not the expected single scalars).
pub(crate) fn expand(fx: &mut FunctionCx, sym: &str, args: &[CVal]) -> Option<Vec<CVal>> {
    let mut vals = Vec::with_capacity(args.len());
    for a in args {
        match a {
            CVal::Parts(p) if p.len() == 1 => vals.push(p[0]),
            _ => return None,
        }
    }
    // The operand type each expansion needs; a declaration with other Go
    // types is called normally.
    let (arity, operand) = match sym {
        "rt_float64bits" | "rt_sqrt" => (1, types::F64),
        "rt_float32bits" => (1, types::F32),
        "rt_float32frombits" => (1, types::I32),
        "rt_float64frombits" | "rt_clz64" | "rt_ctz64" | "rt_popcount64" | "rt_bswap64" => {
            (1, types::I64)
        }
        "rt_mulhi64" => (2, types::I64),
        _ => return None,
    };
    if vals.len() != arity || vals.iter().any(|&v| fx.b.func.dfg.value_type(v) != operand) {
        return None;
    }
    let x = vals[0];
    let ins = fx.b.ins();
    let v: Value = match sym {
        "rt_float64bits" => ins.bitcast(types::I64, MemFlagsData::new(), x),
        "rt_float64frombits" => ins.bitcast(types::F64, MemFlagsData::new(), x),
        "rt_float32bits" => ins.bitcast(types::I32, MemFlagsData::new(), x),
        "rt_float32frombits" => ins.bitcast(types::F32, MemFlagsData::new(), x),
        "rt_sqrt" => ins.sqrt(x),
        "rt_clz64" => ins.clz(x),
        "rt_ctz64" => ins.ctz(x),
        "rt_popcount64" => ins.popcnt(x),
        "rt_bswap64" => ins.bswap(x),
        _ => ins.umulhi(x, vals[1]), // rt_mulhi64
    };
    Some(vec![CVal::Parts(vec![v])])
}
