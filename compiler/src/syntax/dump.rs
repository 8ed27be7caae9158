//! A readable, indented dump of the AST (`rgo build -gcflags=-d=ast`).
//!
//! One node per line, children indented by two spaces, each line ending with
//! the node's `line:col`. The format is meant for students reading the tree
//! and for the parser's tests (which compare dumps); it is not parsed back.
//! Node ids are not printed, so dumps are stable when ids shift.
//! The pipeline overview lives in `compiler/src/lib.rs`.

use super::ast::*;
use super::span::{SourceMap, Span};
use std::fmt::Write;

/// Dumps `file` as indented text.
pub fn dump_file(file: &File<'_>, sm: &SourceMap) -> String {
    let mut d = Dumper {
        sm,
        out: String::new(),
        depth: 0,
    };
    d.line(format!("File package {}", file.package.name), file.span);
    d.depth += 1;
    for imp in file.imports {
        let name = imp.name.map(|n| format!(" {}", n.name)).unwrap_or_default();
        d.line(format!("Import{name} {:?}", imp.path), imp.span);
    }
    for decl in file.decls {
        d.decl(decl);
    }
    d.out
}

struct Dumper<'s> {
    sm: &'s SourceMap,
    out: String,
    depth: usize,
}

impl Dumper<'_> {
    fn line(&mut self, text: impl AsRef<str>, span: Span) {
        let f = self.sm.file(span.file);
        let (l, c) = f.line_col(span.lo.min(f.text.len() as u32));
        let _ = writeln!(
            self.out,
            "{:indent$}{} @{l}:{c}",
            "",
            text.as_ref(),
            indent = self.depth * 2
        );
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn labeled_expr(&mut self, label: &str, x: &Expr<'_>) {
        let _ = writeln!(self.out, "{:indent$}{label}:", "", indent = self.depth * 2);
        self.nested(|d| d.expr(x));
    }

    fn labeled_exprs(&mut self, label: &str, xs: &[&Expr<'_>]) {
        if xs.is_empty() {
            return;
        }
        let _ = writeln!(self.out, "{:indent$}{label}:", "", indent = self.depth * 2);
        self.nested(|d| {
            for x in xs {
                d.expr(x);
            }
        });
    }

    fn decl(&mut self, decl: &Decl<'_>) {
        match decl {
            Decl::Var(g) | Decl::Const(g) => {
                let kw = if matches!(decl, Decl::Var(_)) {
                    "VarDecl"
                } else {
                    "ConstDecl"
                };
                self.line(
                    if g.grouped {
                        format!("{kw} (grouped)")
                    } else {
                        kw.to_string()
                    },
                    g.span,
                );
                self.nested(|d| {
                    for s in g.specs {
                        let names: Vec<&str> = s.names.iter().map(|n| n.name).collect();
                        d.line(
                            format!("ValueSpec #{} {}", s.index, names.join(", ")),
                            s.span,
                        );
                        d.nested(|d| {
                            if let Some(t) = s.ty {
                                d.labeled_expr("Type", t);
                            }
                            d.labeled_exprs("Values", s.values);
                        });
                    }
                });
            }
            Decl::Type(g) => {
                self.line(
                    if g.grouped {
                        "TypeDecl (grouped)"
                    } else {
                        "TypeDecl"
                    },
                    g.span,
                );
                self.nested(|d| {
                    for s in g.specs {
                        d.line(
                            format!(
                                "TypeSpec {}{}",
                                s.name.name,
                                if s.alias { " (alias)" } else { "" }
                            ),
                            s.span,
                        );
                        d.nested(|d| {
                            if let Some(tp) = s.tparams {
                                d.field_list("TParams", tp);
                            }
                            d.expr(s.ty)
                        });
                    }
                });
            }
            Decl::Func(f) => {
                self.line(format!("FuncDecl {}", f.name.name), f.span);
                self.nested(|d| {
                    for p in f.pragmas {
                        d.line(format!("Pragma {p}"), f.span);
                    }
                    if let Some(r) = f.recv {
                        d.field_list("Recv", r);
                    }
                    if let Some(tp) = f.tparams {
                        d.field_list("TParams", tp);
                    }
                    d.func_type(f.ty);
                    match f.body {
                        Some(b) => d.block("Body", b),
                        None => d.line("NoBody", f.span),
                    }
                });
            }
            Decl::Bad(sp) => self.line("BadDecl", *sp),
        }
    }

    fn field_list(&mut self, label: &str, fl: &FieldList<'_>) {
        self.line(label, fl.span);
        self.nested(|d| {
            for f in fl.fields {
                let names: Vec<&str> = f.names.iter().map(|n| n.name).collect();
                let mut text = String::from("Field");
                if !names.is_empty() {
                    text.push(' ');
                    text.push_str(&names.join(", "));
                }
                if f.embedded {
                    text.push_str(" (embedded)");
                }
                if let Some(tag) = f.tag {
                    let _ = write!(text, " tag={tag:?}");
                }
                d.line(text, f.span);
                d.nested(|d| d.expr(f.ty));
            }
        });
    }

    fn func_type(&mut self, ft: &FuncType<'_>) {
        self.field_list("Params", ft.params);
        if !ft.results.fields.is_empty() {
            self.field_list("Results", ft.results);
        }
    }

    fn block(&mut self, label: &str, b: &Block<'_>) {
        self.line(label, b.lbrace);
        self.nested(|d| {
            for s in b.stmts {
                d.stmt(s);
            }
        });
    }

    fn expr(&mut self, x: &Expr<'_>) {
        let sp = x.span;
        match &x.kind {
            ExprKind::Ident(id) => self.line(format!("Ident {}", id.name), sp),
            ExprKind::BasicLit { kind, raw } => self.line(format!("BasicLit {kind:?} {raw}"), sp),
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.line("CompositeLit", sp);
                self.nested(|d| {
                    if let Some(t) = ty {
                        d.labeled_expr("Type", t);
                    }
                    d.labeled_exprs("Elts", elts);
                });
            }
            ExprKind::FuncLit { ty, body } => {
                self.line("FuncLit", sp);
                self.nested(|d| {
                    d.func_type(ty);
                    d.block("Body", body);
                });
            }
            ExprKind::Paren(x) => {
                self.line("Paren", sp);
                self.nested(|d| d.expr(x));
            }
            ExprKind::Selector { x, sel } => {
                self.line(format!("Selector .{}", sel.name), sp);
                self.nested(|d| d.expr(x));
            }
            ExprKind::Index { x, index, .. } => {
                self.line("Index", sp);
                self.nested(|d| {
                    d.expr(x);
                    d.expr(index);
                });
            }
            ExprKind::IndexList { x, indices, .. } => {
                self.line("IndexList", sp);
                self.nested(|d| {
                    d.expr(x);
                    for i in indices.iter() {
                        d.expr(i);
                    }
                });
            }
            ExprKind::Union(terms) => {
                self.line("Union", sp);
                self.nested(|d| {
                    for (tilde, t) in terms.iter() {
                        if *tilde {
                            d.line("Tilde", t.span);
                        }
                        d.expr(t);
                    }
                });
            }
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                slice3,
                ..
            } => {
                self.line(if *slice3 { "Slice3" } else { "Slice" }, sp);
                self.nested(|d| {
                    d.expr(x);
                    for (label, e) in [("Lo", lo), ("Hi", hi), ("Max", max)] {
                        if let Some(e) = e {
                            d.labeled_expr(label, e);
                        }
                    }
                });
            }
            ExprKind::TypeAssert { x, ty, .. } => {
                self.line(
                    if ty.is_none() {
                        "TypeAssert (type)"
                    } else {
                        "TypeAssert"
                    },
                    sp,
                );
                self.nested(|d| {
                    d.expr(x);
                    if let Some(t) = ty {
                        d.expr(t);
                    }
                });
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
                ..
            } => {
                self.line(
                    if ellipsis.is_some() {
                        "Call ..."
                    } else {
                        "Call"
                    },
                    sp,
                );
                self.nested(|d| {
                    d.expr(fun);
                    d.labeled_exprs("Args", args);
                });
            }
            ExprKind::Star(x) => {
                self.line("Star", sp);
                self.nested(|d| d.expr(x));
            }
            ExprKind::Unary { op, x, .. } => {
                self.line(format!("Unary {op:?}"), sp);
                self.nested(|d| d.expr(x));
            }
            ExprKind::Binary { op, x, y, .. } => {
                self.line(format!("Binary {}", op.as_str()), sp);
                self.nested(|d| {
                    d.expr(x);
                    d.expr(y);
                });
            }
            ExprKind::KeyValue { key, value, .. } => {
                self.line("KeyValue", sp);
                self.nested(|d| {
                    d.expr(key);
                    d.expr(value);
                });
            }
            ExprKind::ArrayType { len, elem } => {
                self.line(
                    if len.is_none() {
                        "SliceType"
                    } else {
                        "ArrayType"
                    },
                    sp,
                );
                self.nested(|d| {
                    if let Some(l) = len {
                        d.labeled_expr("Len", l);
                    }
                    d.expr(elem);
                });
            }
            ExprKind::StructType { fields } => self.field_list("StructType", fields),
            ExprKind::FuncType(ft) => {
                self.line("FuncType", sp);
                self.nested(|d| d.func_type(ft));
            }
            ExprKind::InterfaceType { elems } => {
                self.line("InterfaceType", sp);
                self.nested(|d| {
                    for e in *elems {
                        match e {
                            InterfaceElem::Method { name, ty } => {
                                d.line(format!("Method {}", name.name), name.span);
                                d.nested(|d| d.func_type(ty));
                            }
                            InterfaceElem::Embed(x) => {
                                d.line("Embed", x.span);
                                d.nested(|d| d.expr(x));
                            }
                        }
                    }
                });
            }
            ExprKind::MapType { key, value } => {
                self.line("MapType", sp);
                self.nested(|d| {
                    d.expr(key);
                    d.expr(value);
                });
            }
            ExprKind::ChanType { dir, elem } => {
                self.line(format!("ChanType {dir:?}"), sp);
                self.nested(|d| d.expr(elem));
            }
            ExprKind::Ellipsis(elem) => {
                self.line("Ellipsis", sp);
                if let Some(e) = elem {
                    self.nested(|d| d.expr(e));
                }
            }
            ExprKind::Bad => self.line("BadExpr", sp),
        }
    }

    fn stmt(&mut self, s: &Stmt<'_>) {
        let sp = s.span;
        match &s.kind {
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Empty => self.line("EmptyStmt", sp),
            StmtKind::Labeled { label, stmt } => {
                self.line(format!("Labeled {}", label.name), sp);
                self.nested(|d| d.stmt(stmt));
            }
            StmtKind::Expr(x) => {
                self.line("ExprStmt", sp);
                self.nested(|d| d.expr(x));
            }
            StmtKind::Send { ch, value, .. } => {
                self.line("Send", sp);
                self.nested(|d| {
                    d.expr(ch);
                    d.expr(value);
                });
            }
            StmtKind::IncDec { x, inc, .. } => {
                self.line(if *inc { "IncDec ++" } else { "IncDec --" }, sp);
                self.nested(|d| d.expr(x));
            }
            StmtKind::Assign { lhs, op, rhs, .. } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                self.line(format!("Assign {op}"), sp);
                self.nested(|d| {
                    d.labeled_exprs("Lhs", lhs);
                    d.labeled_exprs("Rhs", rhs);
                });
            }
            StmtKind::Go(x) | StmtKind::Defer(x) => {
                self.line(
                    if matches!(s.kind, StmtKind::Go(_)) {
                        "Go"
                    } else {
                        "Defer"
                    },
                    sp,
                );
                self.nested(|d| d.expr(x));
            }
            StmtKind::Return(xs) => {
                self.line("Return", sp);
                self.nested(|d| {
                    for x in *xs {
                        d.expr(x);
                    }
                });
            }
            StmtKind::Branch { kind, label } => {
                let l = label.map(|l| format!(" {}", l.name)).unwrap_or_default();
                self.line(format!("Branch {kind:?}{l}"), sp);
            }
            StmtKind::Block(b) => self.block("Block", b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.line("If", sp);
                self.nested(|d| {
                    if let Some(i) = init {
                        d.labeled_stmt("Init", i);
                    }
                    d.labeled_expr("Cond", cond);
                    d.block("Then", then);
                    if let Some(e) = els {
                        d.labeled_stmt("Else", e);
                    }
                });
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                self.line("Switch", sp);
                self.nested(|d| {
                    if let Some(i) = init {
                        d.labeled_stmt("Init", i);
                    }
                    if let Some(t) = tag {
                        d.labeled_expr("Tag", t);
                    }
                    d.clauses(body);
                });
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                let b = bind.map(|b| format!(" {} :=", b.name)).unwrap_or_default();
                self.line(format!("TypeSwitch{b}"), sp);
                self.nested(|d| {
                    if let Some(i) = init {
                        d.labeled_stmt("Init", i);
                    }
                    d.labeled_expr("X", x);
                    d.clauses(body);
                });
            }
            StmtKind::Select { body, .. } => {
                self.line("Select", sp);
                self.nested(|d| {
                    for c in *body {
                        d.line(
                            if c.comm.is_none() {
                                "CommClause default"
                            } else {
                                "CommClause"
                            },
                            c.span,
                        );
                        d.nested(|d| {
                            if let Some(s) = c.comm {
                                d.labeled_stmt("Comm", s);
                            }
                            for s in c.body {
                                d.stmt(s);
                            }
                        });
                    }
                });
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.line("For", sp);
                self.nested(|d| {
                    if let Some(i) = init {
                        d.labeled_stmt("Init", i);
                    }
                    if let Some(c) = cond {
                        d.labeled_expr("Cond", c);
                    }
                    if let Some(p) = post {
                        d.labeled_stmt("Post", p);
                    }
                    d.block("Body", body);
                });
            }
            StmtKind::Range {
                key,
                value,
                op,
                x,
                body,
                ..
            } => {
                let op = match op {
                    Some(AssignOp::Define) => " :=",
                    Some(_) => " =",
                    None => "",
                };
                self.line(format!("Range{op}"), sp);
                self.nested(|d| {
                    if let Some(k) = key {
                        d.labeled_expr("Key", k);
                    }
                    if let Some(v) = value {
                        d.labeled_expr("Value", v);
                    }
                    d.labeled_expr("X", x);
                    d.block("Body", body);
                });
            }
            StmtKind::Bad => self.line("BadStmt", sp),
        }
    }

    fn labeled_stmt(&mut self, label: &str, s: &Stmt<'_>) {
        let _ = writeln!(self.out, "{:indent$}{label}:", "", indent = self.depth * 2);
        self.nested(|d| d.stmt(s));
    }

    fn clauses(&mut self, body: &[CaseClause<'_>]) {
        for c in body {
            self.line(if c.is_default { "Default" } else { "Case" }, c.span);
            self.nested(|d| {
                d.labeled_exprs("List", c.list);
                for s in c.body {
                    d.stmt(s);
                }
            });
        }
    }
}
