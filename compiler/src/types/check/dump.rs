//! A `-d=types`-style listing for students: every package-level
//! declaration with its type, then every recorded expression with its
//! position, source text, mode, type and constant value, in source order.

use super::exprstring::expr_string;
use crate::syntax::ast::{self, Block, Decl, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::span::SourceMap;
use crate::types::fmt::type_string;
use crate::types::{Info, Mode, ObjKind, TyCtx};

/// Renders the listing for the given files (already checked into `info`).
pub fn dump_types(tcx: &TyCtx, info: &Info, files: &[&ast::File<'_>], sm: &SourceMap) -> String {
    let mut out = String::new();
    let mut exprs: Vec<&Expr<'_>> = Vec::new();
    for f in files {
        for d in f.decls {
            decl_names(tcx, info, d, sm, &mut out);
            collect_decl(d, &mut exprs);
        }
    }
    exprs.sort_by_key(|e| (e.span.file, e.span.lo, std::cmp::Reverse(e.span.hi)));
    for e in exprs {
        let Some(tv) = info.types.get(e.id) else {
            continue;
        };
        let mode = match tv.mode {
            Mode::NoValue => "novalue",
            Mode::Builtin => "builtin",
            Mode::TypeExpr => "type",
            Mode::Constant => "const",
            Mode::Variable => "var",
            Mode::MapIndex => "mapindex",
            Mode::Value => "value",
            Mode::CommaOk => "commaok",
        };
        let val = tv
            .value
            .as_ref()
            .map(|v| format!(" = {}", v.describe()))
            .unwrap_or_default();
        out.push_str(&format!(
            "{}: {} {} {}{}\n",
            sm.pos(e.span),
            expr_string(e),
            mode,
            type_string(tcx, tv.ty, None),
            val
        ));
    }
    out
}

fn decl_names(tcx: &TyCtx, info: &Info, d: &Decl<'_>, sm: &SourceMap, out: &mut String) {
    let mut idents: Vec<&ast::Ident<'_>> = Vec::new();
    match d {
        Decl::Var(g) | Decl::Const(g) => {
            for s in g.specs {
                idents.extend(s.names.iter());
            }
        }
        Decl::Type(g) => idents.extend(g.specs.iter().map(|s| &s.name)),
        Decl::Func(f) => idents.push(&f.name),
        Decl::Bad(_) => {}
    }
    for id in idents {
        let Some(Some(o)) = info.defs.get(id.id) else {
            continue;
        };
        let obj = tcx.obj(*o);
        let kind = match &obj.kind {
            ObjKind::Var(_) => "var",
            ObjKind::Const(_) => "const",
            ObjKind::TypeName => "type",
            ObjKind::Func(_) => "func",
            _ => "obj",
        };
        let ty = match &obj.kind {
            ObjKind::TypeName => type_string(tcx, tcx.underlying(obj.ty), None),
            _ => type_string(tcx, obj.ty, None),
        };
        out.push_str(&format!("{}: {kind} {} {ty}\n", sm.pos(id.span), obj.name));
    }
}

fn collect_decl<'a>(d: &'a Decl<'a>, out: &mut Vec<&'a Expr<'a>>) {
    match d {
        Decl::Var(g) | Decl::Const(g) => {
            for s in g.specs {
                if let Some(t) = s.ty {
                    collect_expr(t, out);
                }
                for v in s.values {
                    collect_expr(v, out);
                }
            }
        }
        Decl::Type(g) => {
            for s in g.specs {
                collect_expr(s.ty, out);
            }
        }
        Decl::Func(f) => {
            if let Some(b) = f.body {
                collect_block(b, out);
            }
        }
        Decl::Bad(_) => {}
    }
}

fn collect_block<'a>(b: &'a Block<'a>, out: &mut Vec<&'a Expr<'a>>) {
    for s in b.stmts {
        collect_stmt(s, out);
    }
}

fn collect_stmt<'a>(s: &'a Stmt<'a>, out: &mut Vec<&'a Expr<'a>>) {
    let mut es: Vec<&'a Expr<'a>> = Vec::new();
    let mut ss: Vec<&'a Stmt<'a>> = Vec::new();
    let mut bs: Vec<&'a Block<'a>> = Vec::new();
    match &s.kind {
        StmtKind::Decl(d) => collect_decl(d, out),
        StmtKind::Labeled { stmt, .. } => ss.push(stmt),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => es.push(e),
        StmtKind::Send { ch, value, .. } => es.extend([*ch, *value]),
        StmtKind::IncDec { x, .. } => es.push(x),
        StmtKind::Assign { lhs, rhs, .. } => es.extend(lhs.iter().chain(rhs.iter()).copied()),
        StmtKind::Return(r) => es.extend(r.iter().copied()),
        StmtKind::Block(b) => bs.push(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            ss.extend(init.iter().copied());
            es.push(cond);
            bs.push(then);
            ss.extend(els.iter().copied());
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            ss.extend(init.iter().copied());
            es.extend(tag.iter().copied());
            for c in body.iter() {
                es.extend(c.list.iter().copied());
                ss.extend(c.body.iter());
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            ss.extend(init.iter().copied());
            es.push(x);
            for c in body.iter() {
                es.extend(c.list.iter().copied());
                ss.extend(c.body.iter());
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body.iter() {
                ss.extend(c.comm.iter().copied());
                ss.extend(c.body.iter());
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            ss.extend(init.iter().copied());
            es.extend(cond.iter().copied());
            ss.extend(post.iter().copied());
            bs.push(body);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            es.extend(key.iter().copied());
            es.extend(value.iter().copied());
            es.push(x);
            bs.push(body);
        }
        _ => {}
    }
    for e in es {
        collect_expr(e, out);
    }
    for s in ss {
        collect_stmt(s, out);
    }
    for b in bs {
        collect_block(b, out);
    }
}

fn collect_expr<'a>(e: &'a Expr<'a>, out: &mut Vec<&'a Expr<'a>>) {
    out.push(e);
    match &e.kind {
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                collect_expr(t, out);
            }
            for x in elts.iter() {
                collect_expr(x, out);
            }
        }
        ExprKind::FuncLit { body, .. } => collect_block(body, out),
        ExprKind::Paren(x) | ExprKind::Star(x) => collect_expr(x, out),
        ExprKind::Selector { x, .. } => collect_expr(x, out),
        ExprKind::Index { x, index, .. } => {
            collect_expr(x, out);
            collect_expr(index, out);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            collect_expr(x, out);
            for i in [lo, hi, max].into_iter().flatten() {
                collect_expr(i, out);
            }
        }
        ExprKind::TypeAssert { x, ty, .. } => {
            collect_expr(x, out);
            if let Some(t) = ty {
                collect_expr(t, out);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            collect_expr(fun, out);
            for a in args.iter() {
                collect_expr(a, out);
            }
        }
        ExprKind::Unary { x, .. } => collect_expr(x, out),
        ExprKind::Binary { x, y, .. } => {
            collect_expr(x, out);
            collect_expr(y, out);
        }
        ExprKind::KeyValue { key, value, .. } => {
            collect_expr(key, out);
            collect_expr(value, out);
        }
        _ => {}
    }
}
