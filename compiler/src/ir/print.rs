//! A readable dump of the IR (`rgo build -gcflags=-d=ir`), for students.
//!
//! Locals print as `name·v3`, allocation sites as `site7`, labels as `L2`;
//! each function lists its locals with their types and flags first.

use super::*;
use crate::types::fmt::type_string;
use crate::types::TyCtx;
use std::fmt::Write;

pub fn dump_program(p: &Program, tcx: &TyCtx) -> String {
    let mut out = String::new();
    for g in &p.globals {
        let _ = writeln!(out, "var {} {}", g.name, type_string(tcx, g.ty, None));
    }
    for f in &p.funcs {
        dump_func(&mut out, p, f, tcx);
    }
    out
}

fn dump_func(out: &mut String, p: &Program, f: &Func, tcx: &TyCtx) {
    let _ = writeln!(
        out,
        "\nfunc {} ({}):",
        f.name,
        type_string(tcx, f.sig, None)
    );
    if let Some(sym) = &f.runtime_symbol {
        let _ = writeln!(out, "  runtime {sym}");
    }
    for (i, l) in f.locals.iter().enumerate() {
        let mut flags = format!("{:?}", l.kind).to_lowercase();
        if l.addr_taken {
            flags.push_str(" addrtaken");
        }
        if let Some(s) = l.site {
            let _ = write!(flags, " {s}={:?}", p.site(s).placement);
        }
        let _ = writeln!(
            out,
            "  local {}·v{i} {} [{flags}]",
            l.name,
            type_string(tcx, l.ty, None)
        );
    }
    if let Some(c) = &f.closure {
        for cap in &c.captures {
            let _ = writeln!(
                out,
                "  capture v{} from {} v{} by_ref={}",
                cap.inner.0,
                p.func(c.parent).name,
                cap.outer.0,
                cap.by_ref
            );
        }
    }
    if let Some(body) = &f.body {
        let pr = Printer { p, f, tcx };
        for s in body {
            pr.stmt(out, s, 1);
        }
    }
}

struct Printer<'p> {
    p: &'p Program,
    f: &'p Func,
    tcx: &'p TyCtx,
}

impl Printer<'_> {
    fn stmts(&self, out: &mut String, ss: &[Stmt], d: usize) {
        for s in ss {
            self.stmt(out, s, d);
        }
    }

    fn stmt(&self, out: &mut String, s: &Stmt, d: usize) {
        let ind = "  ".repeat(d);
        match s {
            Stmt::Decl(l) => {
                let _ = writeln!(out, "{ind}decl {}", self.local(*l));
            }
            Stmt::Assign(l, r) => {
                let _ = writeln!(out, "{ind}{} = {}", self.list(l), self.list(r));
            }
            Stmt::Expr(e) => {
                let _ = writeln!(out, "{ind}{}", self.expr(e));
            }
            Stmt::If { cond, then, els } => {
                let _ = writeln!(out, "{ind}if {} {{", self.expr(cond));
                self.stmts(out, then, d + 1);
                if !els.is_empty() {
                    let _ = writeln!(out, "{ind}}} else {{");
                    self.stmts(out, els, d + 1);
                }
                let _ = writeln!(out, "{ind}}}");
            }
            Stmt::Loop {
                label,
                cond,
                body,
                post,
            } => {
                let c = cond.as_ref().map(|c| self.expr(c)).unwrap_or_default();
                let _ = writeln!(out, "{ind}{label}: loop {c} {{");
                self.stmts(out, body, d + 1);
                if !post.is_empty() {
                    let _ = writeln!(out, "{ind}}} post {{");
                    self.stmts(out, post, d + 1);
                }
                let _ = writeln!(out, "{ind}}}");
            }
            Stmt::Breakable { label, body } => {
                let _ = writeln!(out, "{ind}{label}: block {{");
                self.stmts(out, body, d + 1);
                let _ = writeln!(out, "{ind}}}");
            }
            Stmt::Break(l) => {
                let _ = writeln!(out, "{ind}break {l}");
            }
            Stmt::Continue(l) => {
                let _ = writeln!(out, "{ind}continue {l}");
            }
            Stmt::Label(l) => {
                let _ = writeln!(out, "{}{l}:", "  ".repeat(d.saturating_sub(1)));
            }
            Stmt::Goto(l) => {
                let _ = writeln!(out, "{ind}goto {l}");
            }
            Stmt::Block(b) => {
                let _ = writeln!(out, "{ind}{{");
                self.stmts(out, b, d + 1);
                let _ = writeln!(out, "{ind}}}");
            }
            Stmt::Return(v) => {
                let _ = writeln!(out, "{ind}return {}", self.list(v));
            }
            Stmt::Defer(e) => {
                let _ = writeln!(out, "{ind}defer {}", self.expr(e));
            }
            Stmt::Go(e) => {
                let _ = writeln!(out, "{ind}go {}", self.expr(e));
            }
            Stmt::Send(c, v) => {
                let _ = writeln!(out, "{ind}{} <- {}", self.expr(c), self.expr(v));
            }
        }
    }

    fn local(&self, l: LocalId) -> String {
        match self.f.locals.get(l.index()) {
            Some(loc) => format!("{}·{l}", loc.name),
            None => format!("?{l}"),
        }
    }

    fn list(&self, es: &[Expr]) -> String {
        es.iter()
            .map(|e| self.expr(e))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn site(&self, s: AllocSiteId) -> String {
        format!("{s}:{:?}", self.p.site(s).placement).to_lowercase()
    }

    fn expr(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Const(v) => match v {
                ConstValue::Bool(b) => b.to_string(),
                ConstValue::String(s) => crate::types::constant::go_quote_bytes(s),
                ConstValue::Int(i) => i.to_string(),
                ConstValue::Float(f) => format!("{f}"),
                ConstValue::Complex(..) => v.describe(),
            },
            ExprKind::Zero => format!("zero({})", type_string(self.tcx, e.ty, None)),
            ExprKind::Local(l) => self.local(*l),
            ExprKind::Global(g) => self.p.globals[g.index()].name.clone(),
            ExprKind::FuncRef(f) => self.p.func(*f).name.clone(),
            ExprKind::Blank => "_".into(),
            ExprKind::Deref(x) => format!("*{}", self.expr(x)),
            ExprKind::Field(x, i) => format!("{}.#{i}", self.expr(x)),
            ExprKind::Index(x, i) => format!("{}[{}]", self.expr(x), self.expr(i)),
            ExprKind::MapIndex { map, key, comma_ok } => {
                format!(
                    "{}[{}]{}",
                    self.expr(map),
                    self.expr(key),
                    if *comma_ok { ",ok" } else { "" }
                )
            }
            ExprKind::Recv { ch, comma_ok } => {
                format!("<-{}{}", self.expr(ch), if *comma_ok { ",ok" } else { "" })
            }
            ExprKind::Select { cases, block } => {
                let cs: Vec<String> = cases
                    .iter()
                    .map(|c| match (&c.send, c.recv) {
                        (Some(v), _) => format!("{} <- {}", self.expr(&c.ch), self.expr(v)),
                        (None, Some(l)) => format!("{} = <-{}", self.local(l), self.expr(&c.ch)),
                        (None, None) => format!("<-{}", self.expr(&c.ch)),
                    })
                    .collect();
                let d = if *block { "" } else { "; default" };
                format!("select({}{d})", cs.join("; "))
            }
            ExprKind::AddrOf(x) => format!("&{}", self.expr(x)),
            ExprKind::AddrOfLit(x, s) => format!("&{} @{}", self.expr(x), self.site(*s)),
            ExprKind::Slice { x, lo, hi, max } => {
                let o =
                    |v: &Option<Box<Expr>>| v.as_ref().map(|e| self.expr(e)).unwrap_or_default();
                let m = max
                    .as_ref()
                    .map(|e| format!(":{}", self.expr(e)))
                    .unwrap_or_default();
                format!("{}[{}:{}{m}]", self.expr(x), o(lo), o(hi))
            }
            ExprKind::Unary(op, x) => format!("{op:?}({})", self.expr(x)),
            ExprKind::Binary(op, a, b) => format!("({} {op:?} {})", self.expr(a), self.expr(b)),
            ExprKind::Convert(x) => {
                format!("{}({})", type_string(self.tcx, e.ty, None), self.expr(x))
            }
            ExprKind::ConvertAlloc(x, s) => {
                format!(
                    "{}({}) @{}",
                    type_string(self.tcx, e.ty, None),
                    self.expr(x),
                    self.site(*s)
                )
            }
            ExprKind::ToIface { x, site } => {
                let s = site
                    .map(|s| format!(" @{}", self.site(s)))
                    .unwrap_or_default();
                format!("iface({}){s}", self.expr(x))
            }
            ExprKind::TypeAssert { x, comma_ok } => {
                format!(
                    "{}.({}){}",
                    self.expr(x),
                    type_string(self.tcx, e.ty, None),
                    if *comma_ok { ",ok" } else { "" }
                )
            }
            ExprKind::IfaceType(x) => format!("typeof({})", self.expr(x)),
            ExprKind::TypeDesc(t) => format!("type:{}", type_string(self.tcx, *t, None)),
            ExprKind::Call {
                callee,
                args,
                variadic_site,
            } => {
                let c = match callee {
                    Callee::Direct(f) => self.p.func(*f).name.clone(),
                    Callee::Indirect(x) => format!("({})", self.expr(x)),
                    Callee::Iface { recv, index } => format!("{}.method#{index}", self.expr(recv)),
                };
                let v = variadic_site
                    .map(|s| format!(" ...@{}", self.site(s)))
                    .unwrap_or_default();
                format!("{c}({}){v}", self.list(args))
            }
            ExprKind::Builtin { op, args, site } => {
                let s = site
                    .map(|s| format!(" @{}", self.site(s)))
                    .unwrap_or_default();
                format!(
                    "{}({}){s}",
                    format!("{op:?}").to_lowercase(),
                    self.list(args)
                )
            }
            ExprKind::New(s) => format!(
                "new({}) @{}",
                type_string(self.tcx, self.p.site(*s).ty, None),
                self.site(*s)
            ),
            ExprKind::Make { args, site } => {
                format!(
                    "make({}, {}) @{}",
                    type_string(self.tcx, e.ty, None),
                    self.list(args),
                    self.site(*site)
                )
            }
            ExprKind::Composite { elems, site, .. } => {
                let els: Vec<String> = elems
                    .iter()
                    .map(|(i, v)| format!("{i}: {}", self.expr(v)))
                    .collect();
                let s = site
                    .map(|s| format!(" @{}", self.site(s)))
                    .unwrap_or_default();
                format!(
                    "{}{{{}}}{s}",
                    type_string(self.tcx, e.ty, None),
                    els.join(", ")
                )
            }
            ExprKind::MapLit { entries, site } => {
                let els: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("{}: {}", self.expr(k), self.expr(v)))
                    .collect();
                format!(
                    "{}{{{}}} @{}",
                    type_string(self.tcx, e.ty, None),
                    els.join(", "),
                    self.site(*site)
                )
            }
            ExprKind::Closure { func, site } => {
                format!("closure {} @{}", self.p.func(*func).name, self.site(*site))
            }
            ExprKind::MethodValue { recv, func, site } => {
                format!(
                    "{}.{} @{}",
                    self.expr(recv),
                    self.p.func(*func).name,
                    self.site(*site)
                )
            }
            ExprKind::Concat(parts, s) => {
                format!("concat({}) @{}", self.list(parts), self.site(*s))
            }
            ExprKind::DecodeRune(s, i) => format!("decoderune({}, {})", self.expr(s), self.expr(i)),
        }
    }
}
