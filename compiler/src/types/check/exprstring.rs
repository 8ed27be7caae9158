//! Expressions printed the way gc quotes them in messages (the syntax
//! package's short form): function bodies and non-empty composite literal
//! contents are abbreviated to `…`, binary operators are surrounded by
//! single spaces.

use crate::syntax::ast::{ChanDir, Expr, ExprKind, FieldList, FuncType, InterfaceElem, UnaryOp};

/// The short-form source text of `e`.
pub fn expr_string(e: &Expr<'_>) -> String {
    let mut s = String::new();
    write_expr(e, &mut s);
    s
}

fn write_fields(fl: &FieldList<'_>, sep: &str, out: &mut String) {
    for (i, f) in fl.fields.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str(n.name);
        }
        if !f.names.is_empty() {
            out.push(' ');
        }
        write_expr(f.ty, out);
    }
}

fn write_sig(ft: &FuncType<'_>, out: &mut String) {
    out.push('(');
    write_fields(ft.params, ", ", out);
    out.push(')');
    let r = ft.results;
    if r.fields.is_empty() {
        return;
    }
    out.push(' ');
    if r.fields.len() == 1 && r.fields[0].names.is_empty() {
        write_expr(r.fields[0].ty, out);
    } else {
        out.push('(');
        write_fields(r, ", ", out);
        out.push(')');
    }
}

fn write_expr(e: &Expr<'_>, out: &mut String) {
    match &e.kind {
        ExprKind::Ident(id) => out.push_str(id.name),
        ExprKind::BasicLit { raw, .. } => out.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(t, out);
            }
            out.push('{');
            if !elts.is_empty() {
                out.push('…');
            }
            out.push('}');
        }
        ExprKind::FuncLit { ty, body } => {
            out.push_str("func");
            write_sig(ty, out);
            // Like a composite literal, an empty body is spelled out.
            out.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(x, out);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(x, out);
            out.push('.');
            out.push_str(sel.name);
        }
        ExprKind::Index { x, index, .. } => {
            write_expr(x, out);
            out.push('[');
            write_expr(index, out);
            out.push(']');
        }
        ExprKind::IndexList { x, indices, .. } => {
            write_expr(x, out);
            out.push('[');
            for (i, ix) in indices.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(ix, out);
            }
            out.push(']');
        }
        ExprKind::Union(terms) => {
            for (i, (tilde, t)) in terms.iter().enumerate() {
                if i > 0 {
                    out.push_str(" | ");
                }
                if *tilde {
                    out.push('~');
                }
                write_expr(t, out);
            }
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            write_expr(x, out);
            out.push('[');
            if let Some(l) = lo {
                write_expr(l, out);
            }
            out.push(':');
            if let Some(h) = hi {
                write_expr(h, out);
            }
            if let Some(m) = max {
                out.push(':');
                write_expr(m, out);
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty, .. } => {
            write_expr(x, out);
            out.push_str(".(");
            match ty {
                Some(t) => write_expr(t, out),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(fun, out);
            out.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(a, out);
            }
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(x, out);
        }
        ExprKind::Unary { op, x, .. } => {
            out.push_str(match op {
                UnaryOp::Pos => "+",
                UnaryOp::Neg => "-",
                UnaryOp::Not => "!",
                UnaryOp::Xor => "^",
                UnaryOp::Addr => "&",
                UnaryOp::Recv => "<-",
            });
            write_expr(x, out);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(x, out);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(y, out);
        }
        ExprKind::KeyValue { key, value, .. } => {
            write_expr(key, out);
            out.push_str(": ");
            write_expr(value, out);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            if let Some(l) = len {
                write_expr(l, out);
            }
            out.push(']');
            write_expr(elem, out);
        }
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            write_fields(fields, "; ", out);
            out.push('}');
        }
        ExprKind::FuncType(ft) => {
            out.push_str("func");
            write_sig(ft, out);
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, ty } => {
                        out.push_str(name.name);
                        write_sig(ty, out);
                    }
                    InterfaceElem::Embed(t) => write_expr(t, out),
                }
            }
            out.push('}');
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(key, out);
            out.push(']');
            write_expr(value, out);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(elem, out);
        }
        ExprKind::Ellipsis(t) => {
            out.push_str("...");
            if let Some(t) = t {
                write_expr(t, out);
            }
        }
        ExprKind::Bad => out.push_str("BadExpr"),
    }
}
