//! gc's `index bounds check elided` notes (`walk.walkIndex` with `-m`).
//!
//! gc's walk marks an index into an array (or through a pointer to one) or
//! into a constant string as needing no bounds check when the index's type
//! cannot reach the length (`bounded`: an unsigned `byte` into a 256-element
//! table, `x & 15` into 16 elements, ...), and with `-m` says so at the `[`
//! unless the index is a constant. The rule is syntactic, so rgo states it
//! from the IR; the notes follow the escape notes, function by function, as
//! gc's walk runs after escape analysis. See `escape/mod.rs` for the overview.

use crate::diag::Diagnostic;
use crate::ir::{walk_exprs, BinOp, Expr, ExprKind, Program};
use crate::syntax::span::{SourceMap, Span};
use crate::types::{layout, BasicKind, ConstValue, PkgId, TyCtx, Type};

/// The notes for the functions of package `pkg`, in program order.
pub fn elided(prog: &Program, tcx: &TyCtx, sm: &SourceMap, pkg: Option<PkgId>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for f in &prog.funcs {
        if Some(f.pkg) != pkg || f.wrapper {
            continue;
        }
        let Some(body) = &f.body else { continue };
        // gc's walk of `append` copies its operands first, which loses the
        // note; `a[i]++` is one index in gc.
        let mut appended = std::collections::HashSet::new();
        walk_exprs(body, &mut |e| {
            if let ExprKind::Builtin {
                op: crate::ir::BuiltinOp::Append,
                args,
                ..
            } = &e.kind
            {
                for a in args.iter().skip(1) {
                    appended.insert((a.span.lo, a.span.hi));
                }
            }
        });
        // Lowering's temporaries (`a[i] += 1` evaluates `i` once) stand for
        // their values.
        let mut temps: std::collections::HashMap<crate::ir::LocalId, &Expr> =
            std::collections::HashMap::new();
        crate::ir::walk_stmts(body, &mut |s| {
            if let crate::ir::Stmt::Assign(places, rhs) = s {
                if let ([p], [v]) = (places.as_slice(), rhs.as_slice()) {
                    if let ExprKind::Local(l) = p.kind {
                        if f.local(l).kind.is_temp() {
                            temps.insert(l, v);
                        }
                    }
                }
            }
        });
        let mut seen = std::collections::HashSet::new();
        walk_exprs(body, &mut |e| {
            let ExprKind::Index(x, i) = &e.kind else {
                return;
            };
            if appended.contains(&(e.span.lo, e.span.hi)) || !seen.insert((e.span.lo, e.span.hi)) {
                return;
            }
            if matches!(i.kind, ExprKind::Const(_)) {
                return;
            }
            let len = match tcx.under(x.ty) {
                Type::Array(_, n) => *n,
                Type::Pointer(p) => match tcx.under(*p) {
                    Type::Array(_, n) => *n,
                    _ => return,
                },
                _ => match &x.kind {
                    ExprKind::Const(ConstValue::String(s)) => s.len() as u64,
                    _ => return,
                },
            };
            let i = match i.kind {
                ExprKind::Local(l) => temps.get(&l).copied().unwrap_or(i),
                _ => i,
            };
            if matches!(i.kind, ExprKind::Const(_)) {
                return;
            }
            if bounded(tcx, i, len as i64) {
                out.push(Diagnostic::note(
                    lbrack(sm, x.span, e.span),
                    "index bounds check elided",
                ));
            }
        });
    }
    out
}

/// gc's `bounded`: whether index `n` always lies in `0..max`, judged from
/// its type and a constant operand of `&`, `&^`, `%`, `/` or `>>`.
fn bounded(tcx: &TyCtx, n: &Expr, max: i64) -> bool {
    let Type::Basic(k) = tcx.under(n.ty) else {
        return false;
    };
    use BasicKind::*;
    let sign = match k {
        Int | Int8 | Int16 | Int32 | Int64 => true,
        Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => false,
        _ => return false,
    };
    let mut bits = (8 * layout::layout(tcx, n.ty).size) as i64;
    let small = |e: &Expr| match &e.kind {
        ExprKind::Const(c) => c.to_i64(),
        _ => None,
    };
    if let Some(v) = small(n) {
        return 0 <= v && v < max;
    }
    if let ExprKind::Binary(op, x, y) = &n.kind {
        match op {
            BinOp::And | BinOp::AndNot => {
                let mut v = -1i64;
                if let Some(c) = small(x) {
                    v = c;
                } else if let Some(c) = small(y) {
                    v = c;
                    if *op == BinOp::AndNot {
                        v = !v;
                        if !sign && bits < 64 {
                            v &= (1i64 << bits) - 1;
                        }
                    }
                }
                if 0 <= v && v < max {
                    return true;
                }
            }
            BinOp::Rem if !sign => {
                if let Some(v) = small(y) {
                    if 0 <= v && v <= max {
                        return true;
                    }
                }
            }
            BinOp::Div if !sign => {
                if let Some(mut v) = small(y) {
                    while bits > 0 && v >= 2 {
                        bits -= 1;
                        v >>= 1;
                    }
                }
            }
            BinOp::Shr if !sign => {
                if let Some(v) = small(y) {
                    if v > bits {
                        return max > 0;
                    }
                    bits -= v;
                }
            }
            _ => {}
        }
    }
    !sign && bits <= 62 && (1i64 << bits) <= max
}

/// The position of the `[` after the indexed operand `x` in `e`.
fn lbrack(sm: &SourceMap, x: Span, e: Span) -> Span {
    let Some(file) = sm.files.get(e.file.0 as usize) else {
        return e.start();
    };
    let from = x.hi.max(e.lo) as usize;
    match file
        .text
        .get(from..(e.hi as usize).min(file.text.len()))
        .and_then(|t| t.find('['))
    {
        Some(i) => Span::new(e.file, (from + i) as u32, (from + i) as u32),
        None => e.start(),
    }
}
