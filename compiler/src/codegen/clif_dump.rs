//! `-d=clif`: each function's Cranelift IR, headed by its Go name.

use cranelift_codegen::ir::Function;
use std::fmt::Write as _;

/// Appends `func`'s CLIF to `out` under a `; main.fib` header line.
pub(crate) fn write(out: &mut String, go_name: &str, func: &Function) {
    let _ = writeln!(out, "; {go_name}");
    let _ = writeln!(out, "{}", func.display());
}
