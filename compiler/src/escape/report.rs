//! Reporting: the `-m` / `-m=2` lines in gc's exact wording and order, the
//! `-d=escape` dump, and the decisions handed back to the program.
//!
//! gc flushes each `-m` line as it is produced, so lines are in emission
//! order, not sorted: per batch, the parameter summaries of each function,
//! then every location in creation order. See `escape/mod.rs`.

use super::exprfmt::{self, Node, NodeKind};
use super::graph::{Hole, LocId, LocKind, ATTR_MUTATES};
use super::leaks::Leaks;
use super::utils::{
    elem, has_pointers, is_string, size_of, MAX_BYVAL_CAPTURE_SIZE, MAX_IMPLICIT_STACK_VAR_SIZE,
    MAX_STACK_VAR_SIZE,
};
use super::Batch;
use crate::diag::Diagnostic;
use crate::ir::{walk_exprs, walk_stmts, AllocKind, Expr, ExprKind, FuncId, LocalKind, Placement};
use crate::syntax::span::Span;

impl<'p> Batch<'p, '_> {
    fn note(&mut self, span: Span, msg: String) {
        // An `-m=2` explanation in a shape instance names its shapes.
        let msg = match self.explaining.get() {
            Some(f) => self.shape_text(f, msg),
            None => msg,
        };
        self.st.notes.push(Diagnostic::note(span, msg));
    }

    fn reports(&self, f: FuncId) -> bool {
        self.st.reports(self.prog, f)
    }

    /// The source text of `span`, parsed for gc-style printing.
    fn parse(&self, span: Span) -> Option<Node> {
        let file = self.sm.files.get(span.file.0 as usize)?;
        exprfmt::parse_source(&file.text, span.lo, span.hi)
    }

    /// gc's position of the expression at `span` (an empty span there).
    pub(crate) fn gc_pos(&self, span: Span) -> Span {
        let lo = self.parse(span).map(|n| n.pos).unwrap_or(span.lo);
        Span::new(span.file, lo, lo)
    }

    /// Whether the statement at `span` is an assignment operation
    /// (`x += y`, `x <<= y`).
    pub(crate) fn is_op_assign(&self, span: Span) -> bool {
        matches!(self.parse(span), Some(Node { kind: NodeKind::Assign(_, op, _), .. })
            if op.len() >= 2 && op.ends_with('=') && op != ":=" && op != "==")
    }

    pub(crate) fn src_text(&self, span: Span) -> String {
        self.parse(span)
            .map(|n| exprfmt::print(&n))
            .unwrap_or_default()
    }

    /// `&.autotmp_N` for a `new(expr)` node of `f` (see `Lower::new_value`).
    fn new_value_text(&self, f: FuncId, n: &Node) -> Option<String> {
        if !matches!(n.kind, NodeKind::Call(..)) {
            return None;
        }
        self.exprs_at(f, n.lo, n.hi)
            .into_iter()
            .find_map(|e| match &e.kind {
                ExprKind::AddrOf(x) => match x.kind {
                    ExprKind::Local(l) => {
                        let local = self.func(f).local(l);
                        (local.kind == LocalKind::Var && local.name.starts_with(".autotmp_"))
                            .then(|| format!("&{}", local.name))
                    }
                    _ => None,
                },
                _ => None,
            })
    }

    /// The text of the expression at `span` in `f` as gc prints its IR:
    /// every node that is a method call, a call of a variadic function or
    /// a typed constant is printed as gc does (`own_text`), at any depth.
    fn expr_text(&self, f: FuncId, span: Span) -> String {
        self.parse(span)
            .map(|n| self.node_text(f, &n))
            .unwrap_or_default()
    }

    fn node_text(&self, f: FuncId, n: &Node) -> String {
        // String concatenations are gc's OADDSTR, which prints with
        // precedence 0: they are marked so (see `exprfmt::gc_prec`).
        let mut n = n.clone();
        self.spell_types(f, &mut n);
        // A call that is a constant (`complex(0, 1)`) prints as its value,
        // an operand of the highest precedence.
        exprfmt::visit_mut(&mut n, &mut |c| {
            if let NodeKind::Call(..) = c.kind {
                if let Some(e) = self
                    .exprs_at(f, c.lo, c.hi)
                    .into_iter()
                    .find(|e| e.span.lo == c.lo && e.span.hi == c.hi)
                {
                    if let ExprKind::Const(k) = &e.kind {
                        c.kind = NodeKind::Leaf(self.typed_const_text(f, k, e));
                    }
                }
            }
        });
        exprfmt::visit_mut(&mut n, &mut |c| {
            if let NodeKind::Binary("+", prec, _, _) = &mut c.kind {
                let concat = self
                    .exprs_at(f, c.lo, c.hi)
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::Concat(..)) || self.is_string(e.ty));
                if concat {
                    *prec = 0;
                }
            }
        });
        exprfmt::print_with(&n, &|c| self.own_text(f, c))
    }

    /// Spells the types of composite literals, conversions, `make` and
    /// `new` in `n` as gc does where it prints them from the type, not as
    /// written: aliases resolved, `struct { b byte }` spelled out (the
    /// checker's `TyCtx::type_spells`). A shape instance keeps its source
    /// spelling, which `shape_text` rewrites.
    fn spell_types(&self, f: FuncId, n: &mut Node) {
        let func = self.func(f);
        if func.shape.is_some() {
            return;
        }
        let pkg = func.pkg;
        exprfmt::visit_mut(n, &mut |c| {
            if let NodeKind::Type(_)
            | NodeKind::Leaf(_)
            | NodeKind::Selector(..)
            | NodeKind::Index(..) = c.kind
            {
                if let Some(s) = self.type_spell(f, c.lo) {
                    c.kind = NodeKind::Type(s.to_compiler_string(self.tcx, Some(pkg)));
                }
            }
        });
    }

    /// The checker's spelling of the type expression starting at byte `lo`
    /// of `f`'s file, if gc spells it from the type (`TyCtx::type_spells`).
    fn type_spell(&self, f: FuncId, lo: u32) -> Option<&crate::types::spell::Spell> {
        self.tcx.type_spells.get(&(self.func(f).span.file, lo))
    }

    fn is_string(&self, t: crate::types::TypeId) -> bool {
        matches!(
            self.tcx.under(t),
            crate::types::Type::Basic(
                crate::types::BasicKind::String | crate::types::BasicKind::UntypedString
            )
        )
    }

    /// gc's text for the node `n` of `f`, when its IR prints differently
    /// from its source: a typed constant, or a call `call_text` rewrites.
    fn own_text(&self, f: FuncId, n: &Node) -> Option<String> {
        if let NodeKind::Composite(Some(t), nonempty) = &n.kind {
            return self.literal_type_text(f, n, t, *nonempty);
        }
        if matches!(
            n.kind,
            NodeKind::Type(_) | NodeKind::FuncLit | NodeKind::Composite(..)
        ) {
            return None;
        }
        if let NodeKind::Binary(op @ ("<<" | ">>"), _, x, y) = &n.kind {
            if let Some(t) = self.shift_text(f, n, op, x, y) {
                return Some(t);
            }
        }
        for e in self.exprs_at(f, n.lo, n.hi) {
            // A selector spells out the embedded fields it goes through
            // (`d.Base.name`, the method value `d.Base.Name`).
            if let NodeKind::Selector(x, sel) = &n.kind {
                let recv = match &e.kind {
                    ExprKind::MethodValue { recv, .. } => recv,
                    ExprKind::Field(recv, i) if self.field_name(recv, *i) == *sel => recv,
                    // `math.Pi`: gc prints a constant's value.
                    ExprKind::Const(c) => return Some(self.typed_const_text(f, c, e)),
                    _ => continue,
                };
                return Some(format!("{}.{sel}", self.receiver_text(f, x, recv)));
            }
            match &e.kind {
                // gc's printer has no case for these: `<node unsafe.String>`.
                ExprKind::Builtin {
                    op: crate::ir::BuiltinOp::UnsafeData | crate::ir::BuiltinOp::UnsafeMake,
                    ..
                } => {
                    if let NodeKind::Call(fun, _, _) = &n.kind {
                        if let NodeKind::Selector(_, sel) = &fun.kind {
                            if matches!(sel.as_str(), "String" | "StringData" | "SliceData") {
                                return Some(format!("<node unsafe.{sel}>"));
                            }
                        }
                    }
                }
                // gc's type checker turns `[]rune("hé")` into the literal
                // `[]rune{'h', 'é'}`.
                ExprKind::ConvertAlloc(x, _)
                    if matches!(
                        &x.kind,
                        ExprKind::Const(crate::types::ConstValue::String(_))
                    ) && self.is_rune_slice(e.ty) =>
                {
                    let ExprKind::Const(crate::types::ConstValue::String(b)) = &x.kind else {
                        return None;
                    };
                    let ty = match &n.kind {
                        NodeKind::Call(fun, _, _) => {
                            let mut t = &**fun;
                            while let NodeKind::Paren(x) = &t.kind {
                                t = x;
                            }
                            match &t.kind {
                                NodeKind::Type(t) | NodeKind::Leaf(t) => t.clone(),
                                _ => self.type_text(f, e.ty),
                            }
                        }
                        _ => self.type_text(f, e.ty),
                    };
                    return Some(if b.is_empty() {
                        format!("{ty}{{}}")
                    } else {
                        format!("{ty}{{...}}")
                    });
                }
                ExprKind::Const(c) => return Some(self.typed_const_text(f, c, e)),
                // `new(expr)`: gc's `&.autotmp_N` (see `Lower::new_value`).
                ExprKind::AddrOf(_) => {
                    if let Some(t) = self.new_value_text(f, n) {
                        return Some(t);
                    }
                }
                ExprKind::Call { .. } => {
                    if let Some(t) = self.non_name_call_text(f, e, n) {
                        return Some(t);
                    }
                    if let Some(t) = self.embedded_iface_call_text(f, e, n) {
                        return Some(t);
                    }
                    if let Some(t) = self.call_node_text(f, e, n) {
                        return Some(t);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// `x << uint(3)`: the type checker gives an untyped constant shift
    /// count the type `uint`, which gc prints.
    fn shift_text(&self, f: FuncId, n: &Node, op: &str, x: &Node, y: &Node) -> Option<String> {
        let NodeKind::Leaf(src) = &y.kind else {
            return None;
        };
        let count = self
            .exprs_at(f, n.lo, n.hi)
            .into_iter()
            .find_map(|e| match &e.kind {
                ExprKind::Binary(crate::ir::BinOp::Shl | crate::ir::BinOp::Shr, _, r) => {
                    match &r.kind {
                        ExprKind::Const(c) => Some((c.describe(), r.ty)),
                        _ => None,
                    }
                }
                _ => None,
            });
        let (count, ty) = count?;
        // The checker gives an untyped count `int`; a typed `int` constant
        // (only package-level ones are told apart) prints as itself.
        let int = matches!(
            self.tcx.ty(ty),
            crate::types::Type::Basic(crate::types::BasicKind::Int)
        );
        if !int || self.named_const_is(f, src, crate::types::BasicKind::Int) {
            return None;
        }
        Some(format!("{} {op} uint({count})", self.node_text(f, x)))
    }

    fn is_rune_slice(&self, t: crate::types::TypeId) -> bool {
        use crate::types::{BasicKind, Type};
        match self.tcx.under(t) {
            Type::Slice(e) => matches!(self.tcx.under(*e), Type::Basic(BasicKind::Int32)),
            _ => false,
        }
    }

    /// A composite literal of a type whose source gc does not print as
    /// written (struct and func types, gc spells them from the type:
    /// `struct { A int; B int }{...}`, `[]func() string{}`).
    fn literal_type_text(&self, f: FuncId, n: &Node, t: &Node, nonempty: bool) -> Option<String> {
        let NodeKind::Type(src) = &t.kind else {
            return None;
        };
        if self.func(f).shape.is_none() && self.type_spell(f, t.lo).is_some() {
            return None;
        }
        if !(src.contains("struct") || src.contains("func") || src.contains("interface")) {
            return None;
        }
        let e = self
            .exprs_at(f, n.lo, n.hi)
            .into_iter()
            .find(|e| matches!(e.kind, ExprKind::Composite { .. } | ExprKind::MapLit { .. }))?;
        Some(format!(
            "{}{}",
            self.type_text(f, e.ty),
            if nonempty { "{...}" } else { "{}" }
        ))
    }

    /// A type as gc's `-m` lines spell it.
    fn type_text(&self, f: FuncId, t: crate::types::TypeId) -> String {
        match &self.func(f).shape {
            Some(sh) => self.shaped_type_text(sh, t, self.func(f).pkg, 0),
            None => crate::types::fmt::compiler_type_string(self.tcx, t, Some(self.func(f).pkg)),
        }
    }

    /// `t` as gc spells it in a shape instance: each type argument is its
    /// shape, inside composite types too (`[]struct { v go.shape.int }`).
    fn shaped_type_text(
        &self,
        sh: &crate::types::shape::ShapeInst,
        t: crate::types::TypeId,
        pkg: crate::types::PkgId,
        depth: u32,
    ) -> String {
        use crate::types::Type;
        if let Some(i) = sh.targs.iter().position(|&a| a == t) {
            return sh.shapes[i].1.clone();
        }
        let sub = |e: crate::types::TypeId| self.shaped_type_text(sh, e, pkg, depth + 1);
        if depth > 32 {
            return crate::types::fmt::compiler_type_string(self.tcx, t, Some(pkg));
        }
        match self.tcx.ty(t) {
            Type::Pointer(e) => format!("*{}", sub(*e)),
            Type::Slice(e) => format!("[]{}", sub(*e)),
            Type::Array(e, n) => format!("[{n}]{}", sub(*e)),
            Type::Map(k, v) => format!("map[{}]{}", sub(*k), sub(*v)),
            Type::Struct(fields) => {
                let mut out = String::new();
                crate::types::fmt::write_struct(
                    self.tcx,
                    fields,
                    crate::types::fmt::Style::Runtime,
                    &mut out,
                    |i, out| out.push_str(&sub(fields[i].ty)),
                );
                out
            }
            _ => crate::types::fmt::compiler_type_string(self.tcx, t, Some(pkg)),
        }
    }

    /// In a shape instance, the shape of `t` if `t` is one of the type
    /// arguments (gc's shape function sees `go.shape.int` where rgo's
    /// instance has `int`).
    fn targ_shape(&self, f: FuncId, t: crate::types::TypeId) -> Option<String> {
        let sh = self.func(f).shape.as_ref()?;
        let i = sh.targs.iter().position(|&a| a == t)?;
        Some(sh.shapes[i].1.clone())
    }

    /// `text` as gc prints it in `f`: in a shape instance, the type
    /// parameters the source names are its shapes (`make([]T, n)` is
    /// `make([]go.shape.int, n)`). Identifiers after a `.` and quoted
    /// literals are left alone.
    pub(crate) fn shape_text(&self, f: FuncId, text: String) -> String {
        let Some(sh) = self.func(f).shape.as_ref() else {
            return text;
        };
        let mut out = String::with_capacity(text.len());
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c == b'"' || c == b'\'' || c == b'`' {
                let mut j = i + 1;
                while j < b.len() && b[j] != c {
                    j += if b[j] == b'\\' && c != b'`' { 2 } else { 1 };
                }
                let end = (j + 1).min(b.len());
                out.push_str(&text[i..end]);
                i = end;
            } else if c.is_ascii_alphabetic() || c == b'_' {
                let mut j = i;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_') {
                    j += 1;
                }
                let word = &text[i..j];
                let after_dot = i > 0 && b[i - 1] == b'.';
                match sh.shapes.iter().find(|(n, _)| n == word) {
                    Some((_, shape)) if !after_dot => out.push_str(shape),
                    _ => out.push_str(word),
                }
                i = j;
            } else {
                let ch = text[i..].chars().next().unwrap_or(' ');
                out.push(ch);
                i += ch.len_utf8();
            }
        }
        out
    }

    /// The expressions of `f`'s body whose source is exactly `lo..hi`,
    /// outer before inner.
    fn exprs_at(&self, f: FuncId, lo: u32, hi: u32) -> Vec<&'p Expr> {
        let mut index = self.span_index.borrow_mut();
        let by_span = index.entry(f).or_insert_with(|| {
            let mut m: std::collections::HashMap<(u32, u32), Vec<&'p Expr>> =
                std::collections::HashMap::new();
            if let Some(body) = &self.func(f).body {
                walk_exprs(body, &mut |e| {
                    m.entry((e.span.lo, e.span.hi)).or_default().push(e);
                });
            }
            m
        });
        by_span.get(&(lo, hi)).cloned().unwrap_or_default()
    }

    /// The position a location is reported at.
    pub fn loc_span(&self, id: LocId) -> Span {
        match &self.loc(id).kind {
            LocKind::Var(f, l) => self.func(*f).local(*l).span.start(),
            LocKind::Phantom { pos, .. } => self.gc_pos(*pos),
            LocKind::Site(s) => {
                let site = self.prog.site(*s);
                match &site.kind {
                    AllocKind::Convert => match self.parse(site.span) {
                        Some(Node {
                            kind: NodeKind::Call(_, args, _),
                            ..
                        }) if !args.is_empty() => {
                            Span::new(site.span.file, args[0].pos, args[0].pos)
                        }
                        _ => site.span.start(),
                    },
                    AllocKind::Closure(_) => site.span.start(),
                    AllocKind::Iface => match self.temp_call(site.func, *s) {
                        Some(call) => self.gc_pos(call.span),
                        None => self.gc_pos(site.span),
                    },
                    AllocKind::Concat
                        if self.sm.files[site.span.file.0 as usize]
                            .text
                            .get(site.span.lo as usize..site.span.hi as usize)
                            == Some("+=") =>
                    {
                        site.span.start()
                    }
                    _ => self.gc_pos(site.span),
                }
            }
            LocKind::Wrapper { pos } | LocKind::WrapperTemp { pos, .. } => *pos,
            _ => self.func(self.loc(id).func).span.start(),
        }
    }

    /// The text gc prints for a location (`-m` lines and `{storage for …}`).
    pub fn loc_text(&self, id: LocId) -> String {
        match &self.loc(id).kind {
            LocKind::Heap => "{heap}".into(),
            LocKind::Blank | LocKind::Mutator | LocKind::Callee | LocKind::Temp => "{temp}".into(),
            LocKind::Var(f, l) => self.func(*f).local(*l).name.clone(),
            LocKind::Phantom { text, .. } => text.clone(),
            LocKind::Site(s) => self.site_text(*s),
            LocKind::Wrapper { .. } => "func literal".into(),
            LocKind::WrapperTemp { n, .. } => format!(".autotmp_{n}"),
        }
    }

    fn site_text(&self, s: crate::ir::AllocSiteId) -> String {
        let site = self.prog.site(s);
        if !site.text.is_empty() && !matches!(site.kind, AllocKind::Iface | AllocKind::MakeSlice) {
            return site.text.clone();
        }
        match &site.kind {
            AllocKind::Var(f, l) => self.func(*f).local(*l).name.clone(),
            AllocKind::Closure(_) => "func literal".into(),
            AllocKind::Variadic => "... argument".into(),
            AllocKind::Append => "append".into(),
            AllocKind::Iface => match self.find_iface(site.func, s) {
                Some(e) => self.iface_text(site.func, e),
                None => self.src_text(site.span),
            },
            AllocKind::MakeSlice => self.make_text(site.func, s),
            AllocKind::AddrOfLit | AllocKind::SliceLit | AllocKind::MakeMap => self
                .elided_literal_text(s)
                .unwrap_or_else(|| self.expr_text(site.func, site.span)),
            _ => self.expr_text(site.func, site.span),
        }
    }

    /// A composite literal whose type the source elides inside another
    /// literal (`{2, 3}` in `map[int][]int{1: {2, 3}}`), with its type
    /// spelled out as gc prints it: `[]int{...}`, `&T{}`.
    fn elided_literal_text(&self, s: crate::ir::AllocSiteId) -> Option<String> {
        let site = self.prog.site(s);
        let file = self.sm.files.get(site.span.file.0 as usize)?;
        let src = file
            .text
            .get(site.span.lo as usize..site.span.hi as usize)?;
        let body = src.strip_prefix('{')?;
        let ty = match self.elided_type_spelling(s, 0) {
            Some(t) if site.kind == AllocKind::AddrOfLit => {
                format!("&{}", t.strip_prefix('*')?)
            }
            Some(t) => t,
            None => {
                let ty = self.type_text(site.func, site.ty);
                match site.kind {
                    AllocKind::AddrOfLit => format!("&{ty}"),
                    AllocKind::SliceLit => format!("[]{ty}"),
                    _ => ty,
                }
            }
        };
        let empty = body.trim_start().starts_with('}');
        Some(format!("{ty}{}", if empty { "{}" } else { "{...}" }))
    }

    /// The type of the literal at site `s` as its source spells it, the
    /// elided type of `{...}` in `[][]byte{{...}}` taken from the enclosing
    /// literal (gc keeps `byte`, which the type checker does not). None
    /// when the enclosing literal is no site, or the spelling is one gc
    /// prints differently (struct, func and interface types; map keys).
    fn elided_type_spelling(&self, s: crate::ir::AllocSiteId, depth: u32) -> Option<String> {
        let site = self.prog.site(s);
        let text = self.sm.files.get(site.span.file.0 as usize)?.text.as_str();
        let src = text.get(site.span.lo as usize..site.span.hi as usize)?;
        if !src.starts_with('{') {
            let t = src.split('{').next()?.trim();
            let t = t.strip_prefix('&').unwrap_or(t);
            let simple = !t.is_empty()
                && t.chars()
                    .all(|c| c.is_alphanumeric() || "_[]*.".contains(c))
                && !t.contains("map[");
            return simple.then(|| t.to_string());
        }
        if depth > 16 {
            return None;
        }
        let (lo, hi) = (site.span.lo, site.span.hi);
        let parent = self
            .prog
            .sites
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.func == site.func
                    && p.span.file == site.span.file
                    && p.span.lo < lo
                    && hi <= p.span.hi
                    && matches!(
                        p.kind,
                        AllocKind::SliceLit | AllocKind::AddrOfLit | AllocKind::MakeMap
                    )
            })
            .min_by_key(|(_, p)| p.span.hi - p.span.lo)?;
        let parent_site = self.prog.site(crate::ir::AllocSiteId(parent.0 as u32));
        let pt = if parent_site.kind == AllocKind::MakeMap {
            // A map literal's value (after `key:`), spelled after `map[K]`.
            let before = text.get(..lo as usize)?.trim_end();
            if !before.ends_with(':') {
                return None;
            }
            let psrc = text.get(parent_site.span.lo as usize..lo as usize)?;
            let rest = psrc.strip_prefix("map[")?;
            let mut depth = 1;
            let close = rest.char_indices().find(|&(_, c)| {
                match c {
                    '[' => depth += 1,
                    ']' => depth -= 1,
                    _ => {}
                }
                depth == 0
            })?;
            let v = rest[close.0 + 1..].split('{').next()?.trim();
            let simple = !v.is_empty()
                && v.chars()
                    .all(|c| c.is_alphanumeric() || "_[]*.".contains(c));
            return simple.then(|| v.to_string());
        } else {
            self.elided_type_spelling(crate::ir::AllocSiteId(parent.0 as u32), depth + 1)?
        };
        // The element type of the enclosing `[]E`, `[N]E` or `*[]E`, or of
        // the named slice or array type `N`.
        let pt = pt.strip_prefix('*').unwrap_or(&pt);
        if !pt.starts_with('[') {
            let o = self.pkg_obj(site.func, pt)?;
            let o = self.tcx.obj(o);
            if !matches!(o.kind, crate::types::ObjKind::TypeName) {
                return None;
            }
            let elem = match self.tcx.under(o.ty) {
                crate::types::Type::Slice(e) | crate::types::Type::Array(e, _) => *e,
                _ => return None,
            };
            return Some(self.type_text(site.func, elem));
        }
        let close = pt.strip_prefix('[')?.find(']')? + 1;
        Some(pt[close + 1..].to_string())
    }

    /// The text of an interface conversion: its operand, or its static
    /// constant value (gc rewrites `x := 5; sink = x` to `sink = 5`), or
    /// the explicit conversion `any(x)`.
    pub fn iface_text(&self, f: FuncId, e: &Expr) -> String {
        let ExprKind::ToIface { x, .. } = &e.kind else {
            return self.src_text(e.span);
        };
        let mut v: &Expr = x;
        if let ExprKind::Local(l) = v.kind {
            if let Some(sv) = self.static_value(f, l) {
                if matches!(sv.kind, ExprKind::Const(_)) {
                    v = sv;
                }
            }
        }
        let text = if let ExprKind::Const(c) = &v.kind {
            self.typed_const_text(f, c, v)
        } else {
            if let ExprKind::Local(l) = x.kind {
                if let Some(n) = self.gc_temps(f).locals.get(&l) {
                    return format!(".autotmp_{n}");
                }
            }
            self.iface_operand_text(f, x)
        };
        self.explicit_conversion(f, e, x, text)
    }

    /// The operand of the interface conversion of `x`, as gc prints it.
    fn iface_operand_text(&self, f: FuncId, x: &Expr) -> String {
        // A call the lowering evaluated into a temporary (for gc's order of
        // evaluation) is printed as the call.
        let mut call = x;
        if let ExprKind::Local(l) = call.kind {
            if self.func(f).local(l).kind.is_temp() {
                if let Some([Some(sv)]) = self.assigns.get(&(f, l)).map(|v| v.as_slice()) {
                    if matches!(sv.kind, ExprKind::Call { .. }) {
                        call = sv;
                    }
                }
            }
        }
        match self.call_text(f, call) {
            Some(t) => t,
            None => self.expr_text(f, x.span),
        }
    }

    /// `text`, the operand `x` of the interface conversion `e`, wrapped
    /// as gc prints an explicit conversion `I(x)` (the source around the
    /// operand says whether it is one).
    fn explicit_conversion(&self, f: FuncId, e: &Expr, x: &Expr, text: String) -> String {
        if let Some(file) = self.sm.files.get(x.span.file.0 as usize) {
            let before = file.text[..x.span.lo as usize].trim_end();
            let after = file.text[x.span.hi as usize..].trim_start();
            if before.ends_with('(') && after.starts_with(')') {
                let callee = before[..before.len() - 1].trim_end();
                let start = callee
                    .rfind(|c: char| {
                        !(c.is_alphanumeric() || c == '_' || c == '.' || c == '{' || c == '}')
                    })
                    .map(|i| i + 1)
                    .unwrap_or(0);
                let name = &callee[start..];
                let ty = crate::types::fmt::type_string(self.tcx, e.ty, Some(self.func(f).pkg));
                if name == "interface{}" {
                    return format!("(interface {{}})({text})");
                }
                if !name.is_empty() && (name == ty || name == "any") {
                    return format!("{name}({text})");
                }
            }
        }
        text
    }

    /// How gc prints a constant operand: untyped constants and constants of
    /// their kind's default type (`int`, `float64`, `string`, `bool`) as
    /// their value; runes as character literals; any other typed constant as
    /// a conversion of its value, `State(1)`, `byte(102)`,
    /// `time.Duration(1000000000)`. rgo's type table has no separate `byte`
    /// and `rune`, so those spellings are taken from an explicit conversion
    /// in the source (`uint8(200)`, `rune(65)`) or a rune literal; other
    /// uint8 constants say `byte`.
    fn typed_const_text(&self, f: FuncId, c: &crate::types::ConstValue, v: &Expr) -> String {
        use crate::types::{BasicKind as B, ConstValue as C, Type};
        // In a shape instance, a constant operand of a type parameter's
        // type has the shape type: `x * go.shape.int(2)`. (rgo's instance
        // has no type parameters; an operand of a binary expression whose
        // type is a type argument is taken to have been one.)
        if let Some(sh) = self
            .targ_shape(f, v.ty)
            .filter(|_| self.is_binary_operand(f, v))
        {
            return self.converted_const(f, c, v.ty, &sh);
        }
        let src = self
            .sm
            .files
            .get(v.span.file.0 as usize)
            .and_then(|file| file.text.get(v.span.lo as usize..v.span.hi as usize))
            .unwrap_or("");
        let spelled = src
            .split_once('(')
            .map(|(callee, _)| callee.trim())
            .filter(|callee| !callee.is_empty());
        let kind = match self.tcx.ty(v.ty) {
            Type::Named(_) => None,
            Type::Basic(k) => Some(Some(*k)),
            _ => Some(None),
        };
        let Some(kind) = kind else {
            return self.converted_const(f, c, v.ty, "");
        };
        let plain = match (c, kind) {
            (_, None) => true,
            (C::Int(_), Some(B::Int))
            | (C::Float(_), Some(B::Float64))
            | (C::Complex(..), Some(B::Complex128))
            | (C::String(_), Some(B::String))
            | (C::Bool(_), Some(B::Bool)) => true,
            (_, Some(k)) => crate::types::check::errors::is_untyped_kind(k),
        };
        // A rune constant, or one converted to the type of a variable that
        // is not declared `int32` (most int32 values are runes: `r + 1`
        // prints as `r + '\x01'`).
        if kind == Some(B::Int32)
            && (spelled == Some("rune")
                || src.starts_with('\'')
                || self.named_const_is(f, src, B::UntypedRune)
                || self
                    .binary_partner_spelling(f, v)
                    .is_some_and(|t| t != "int32"))
        {
            // gc prints a rune as a character only if it is one.
            if c.to_i64().is_some_and(|v| (0..=0x10ffff).contains(&v)) {
                let t = self.tcx.basic(B::UntypedRune);
                return exprfmt::const_text(c, self.tcx, t);
            }
            return self.converted_const(f, c, v.ty, "rune");
        }
        // `var x uint8 = 182` (a static value): the declared spelling.
        if kind == Some(B::Uint8) && self.declared_before(v) == Some("uint8") {
            return self.converted_const(f, c, v.ty, "uint8");
        }
        if plain {
            return exprfmt::const_text(c, self.tcx, self.const_type(v));
        }
        // Without an explicit `uint8(...)`, say `byte`: the spelling of
        // nearly every uint8 parameter a constant is passed to; but an
        // operand of `x & 15` takes the spelling `x` was declared with.
        let byte = kind == Some(B::Uint8)
            && spelled != Some("uint8")
            && self.binary_partner_spelling(f, v) != Some("uint8");
        self.converted_const(f, c, v.ty, if byte { "byte" } else { "" })
    }

    /// Whether `src` is the name of a package-level constant (`MaxRune` or
    /// `unicode.MaxRune`, seen from `f`'s package) of basic type `kind`:
    /// gc's constant keeps the type it was declared with (an untyped rune
    /// defaults to `rune`, which prints as a character).
    fn named_const_is(&self, f: FuncId, src: &str, kind: crate::types::BasicKind) -> bool {
        self.pkg_obj(f, src).is_some_and(|o| {
            let o = self.tcx.obj(o);
            matches!(o.kind, crate::types::ObjKind::Const(_))
                && matches!(self.tcx.ty(o.ty), crate::types::Type::Basic(k) if *k == kind)
        })
    }

    /// The package-level object `src` names (`X` or `pkg.X`) seen from
    /// `f`'s package.
    fn pkg_obj(&self, f: FuncId, src: &str) -> Option<crate::types::ObjId> {
        let pkg = self.func(f).pkg;
        let ident = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
        match src.split_once('.') {
            Some((p, name)) if ident(p) && ident(name) => self
                .tcx
                .pkg(pkg)
                .imports
                .iter()
                .find(|&&q| self.tcx.pkg(q).name == p)
                .and_then(|&q| self.tcx.pkg(q).scope.get(name).copied()),
            None if ident(src) => self.tcx.pkg(pkg).scope.get(src).copied(),
            _ => None,
        }
    }

    /// Whether constant `v` is an operand of a binary expression in `f`.
    fn is_binary_operand(&self, f: FuncId, v: &Expr) -> bool {
        let mut found = false;
        if let Some(body) = self.func(f).body.as_ref() {
            walk_exprs(body, &mut |e| {
                if let ExprKind::Binary(_, l, r) = &e.kind {
                    found |= [l, r]
                        .iter()
                        .any(|x| x.span == v.span && matches!(x.kind, ExprKind::Const(_)));
                }
            });
        }
        found
    }

    /// For a constant operand of a binary expression whose other operand is
    /// a variable: the type name that variable's declaration spells
    /// (`x := uint8(200)`, `var x uint8`, a parameter `x uint8`) if it is
    /// `uint8`, `byte`, `int32` or `rune`, else "".
    fn binary_partner_spelling(&self, f: FuncId, v: &Expr) -> Option<&'static str> {
        let mut partner = None;
        let mut map_key = false;
        let mut param: Option<(FuncId, usize)> = None;
        walk_exprs(self.func(f).body.as_ref()?, &mut |e| match &e.kind {
            // `bits.Len8(5)`: the parameter's declared spelling.
            ExprKind::Call {
                callee: crate::ir::Callee::Direct(fid),
                args,
                ..
            } => {
                if let Some(i) = args
                    .iter()
                    .position(|a| a.span == v.span && matches!(a.kind, ExprKind::Const(_)))
                {
                    param = Some((*fid, i));
                }
            }
            ExprKind::Binary(_, l, r) => {
                if r.span == v.span && matches!(r.kind, ExprKind::Const(_)) {
                    partner = Some(l.as_ref());
                } else if l.span == v.span && matches!(l.kind, ExprKind::Const(_)) {
                    partner = Some(r.as_ref());
                }
            }
            // `m[255]`: the key type as `m`'s declaration spells it.
            ExprKind::MapIndex { map, key, .. }
                if key.span == v.span && matches!(key.kind, ExprKind::Const(_)) =>
            {
                partner = Some(map.as_ref());
                map_key = true;
            }
            _ => {}
        });
        if let Some((fid, i)) = param {
            return self.param_spelling(fid, i);
        }
        let partner = partner?;
        let ExprKind::Local(l) = partner.kind else {
            // `uint8(x) + 100`: the conversion's spelling.
            let text = self
                .sm
                .files
                .get(partner.span.file.0 as usize)?
                .text
                .as_str();
            let src = text.get(partner.span.lo as usize..partner.span.hi as usize)?;
            return ["uint8", "byte", "int32", "rune"]
                .into_iter()
                .find(|t| src.strip_prefix(t).is_some_and(|r| r.starts_with('(')));
        };
        let decl = self.func(f).local(l).span;
        let text = self.sm.files.get(decl.file.0 as usize)?.text.as_str();
        let after = text.get(decl.hi as usize..)?;
        let after = after.split('\n').next()?.trim_start();
        let after = after
            .strip_prefix(":=")
            .or_else(|| after.strip_prefix('='))
            .unwrap_or(after)
            .trim_start();
        let after = if map_key {
            after.strip_prefix("map[")?
        } else {
            after
        };
        if let Some(t) = ["uint8", "byte", "int32", "rune"]
            .into_iter()
            .find(|t| after.starts_with(t))
        {
            return Some(t);
        }
        // `for _, n := range []int32{...}`, or a rune literal's variable.
        if after.contains("int32") && !after.contains("rune") {
            return Some("int32");
        }
        if after.contains("rune") || after.starts_with('\'') {
            return Some("rune");
        }
        // A range over a string gives runes; anything else is unknown.
        after.starts_with("range").then_some("")
    }

    /// For a variable's initialiser `v` (`var x T = v`): `T`, if it is one
    /// of `uint8`, `byte`, `int32`, `rune`.
    fn declared_before(&self, v: &Expr) -> Option<&'static str> {
        let text = self.sm.files.get(v.span.file.0 as usize)?.text.as_str();
        let before = text.get(..v.span.lo as usize)?;
        let line = before.rsplit('\n').next()?.trim_end();
        let decl = line.strip_suffix('=')?.trim_end();
        if !line.trim_start().starts_with("var ") {
            return None;
        }
        let ty = decl.rsplit(char::is_whitespace).next()?;
        ["uint8", "byte", "int32", "rune"]
            .into_iter()
            .find(|w| *w == ty)
    }

    /// The type name parameter `i` of `f` is declared with (`x uint8`, or
    /// `a, b byte`), if it is one of `uint8`, `byte`, `int32`, `rune`.
    fn param_spelling(&self, f: FuncId, i: usize) -> Option<&'static str> {
        let func = self.func(f);
        let &p = func.params.get(i)?;
        if func.variadic && i + 1 == func.params.len() {
            return None;
        }
        let decl = func.local(p).span;
        let text = self.sm.files.get(decl.file.0 as usize)?.text.as_str();
        let after = text.get(decl.hi as usize..)?;
        let list = after.split(')').next()?;
        for (k, seg) in list.split(',').enumerate() {
            let words: Vec<&str> = seg.split_whitespace().collect();
            let ty = match (k, words.as_slice()) {
                (0, [t, ..]) => *t,
                (_, [_, t, ..]) => *t,
                _ => continue,
            };
            return ["uint8", "byte", "int32", "rune"]
                .into_iter()
                .find(|w| *w == ty)
                .or(Some(""));
        }
        None
    }

    /// A typed constant as a conversion of its value, `T(v)`, with `spelling`
    /// for the type when it is not empty.
    fn converted_const(
        &self,
        f: FuncId,
        c: &crate::types::ConstValue,
        t: crate::types::TypeId,
        spelling: &str,
    ) -> String {
        let ty = match spelling {
            "" => crate::types::fmt::compiler_type_string(self.tcx, t, Some(self.func(f).pkg)),
            s => s.to_string(),
        };
        let value = match c {
            crate::types::ConstValue::String(b) => {
                exprfmt::shorten_quoted(crate::types::constant::go_quote_bytes(b))
            }
            _ => c.describe(),
        };
        let unnamed = ["*", "<-", "interface", "struct", "func", "chan"];
        if unnamed.iter().any(|p| ty.starts_with(p)) {
            format!("({ty})({value})")
        } else {
            format!("{ty}({value})")
        }
    }

    /// gc prints a call as it stands after type checking: a method call as
    /// a call of the method expression with the receiver first
    /// (`T.Val(t)`, `(*T).Ptr(p)`, `(*strings.Builder).String(sb)`,
    /// embedded fields spelled out: `T.Val(e.T)`; implicit `&` and `*` are
    /// not shown), and the variadic arguments of a call to a variadic
    /// function as the slice gc packs them into (`f(a, ... argument...)`,
    /// or `f(nil...)` when there are none). None when `x` is no such call.
    fn call_text(&self, f: FuncId, x: &Expr) -> Option<String> {
        let node = self.parse(x.span)?;
        self.call_node_text(f, x, &node)
    }

    /// gc's names for the temporaries of `f(g())` in `f`: gc's type
    /// checker assigns the results of a multi-value call (in `f(g())`, and
    /// in `a, b := g()` too) to fresh variables `.autotmp_N`, N the number
    /// of variables `f` has declared so far (parameters and results
    /// included). Lowering's own temporaries for `f(g())` get those names;
    /// its many other temporaries gc makes only after escape analysis.
    fn gc_temps(&self, f: FuncId) -> std::rc::Rc<super::TempNumbers> {
        self.gc_temp_numbers(f)
    }

    /// `gc_temps`, the first number of the temporaries of each go/defer
    /// wrapper (by the call's source extent), which gc declares at the
    /// statement (`normalizeGoDeferCall`) and which count as well, and the
    /// temporaries of non-name calls; made once per function.
    fn gc_temp_numbers(&self, f: FuncId) -> std::rc::Rc<super::TempNumbers> {
        if let Some(t) = self.temp_numbers.borrow().get(&f) {
            return t.clone();
        }
        let t = std::rc::Rc::new(temp_numbers(self.prog, self.tcx, f));
        self.temp_numbers.borrow_mut().insert(f, t.clone());
        t
    }

    /// The arguments of a call `f(g())` as gc prints them after its
    /// rewrite: the temporaries holding `g`'s results, the first converted
    /// to its parameter's type unless that is an interface
    /// (`take(int(.autotmp_3), .autotmp_4)`). None for any other call.
    fn multi_value_args(
        &self,
        f: FuncId,
        temps: &std::collections::HashMap<crate::ir::LocalId, u32>,
        args: &[Expr],
    ) -> Option<Vec<String>> {
        fn find(
            e: &Expr,
            temps: &std::collections::HashMap<crate::ir::LocalId, u32>,
            out: &mut Vec<u32>,
        ) {
            match &e.kind {
                ExprKind::Local(l) => out.extend(temps.get(l)),
                _ => e.for_each_child(|c| find(c, temps, out)),
            }
        }
        let mut found = Vec::new();
        for a in args {
            find(a, temps, &mut found);
        }
        if found.len() < 2 {
            return None;
        }
        let first = args.first()?;
        Some(
            found
                .iter()
                .enumerate()
                .map(|(i, n)| match (i, &first.kind) {
                    (0, ExprKind::ToIface { .. }) | (1.., _) => format!(".autotmp_{n}"),
                    (0, _) => format!("{}(.autotmp_{n})", self.type_text(f, first.ty)),
                })
                .collect(),
        )
    }

    /// For the interface conversion `s` of a temporary of `f(g())`: the
    /// call `f(...)`, where gc positions it.
    fn temp_call(&self, f: FuncId, s: crate::ir::AllocSiteId) -> Option<&'p Expr> {
        let ExprKind::ToIface { x, .. } = &self.find_iface(f, s)?.kind else {
            return None;
        };
        let ExprKind::Local(l) = x.kind else {
            return None;
        };
        self.temp_call_of(f, l)
    }

    /// The call `f(...)` that the temporary `l` of `f(g())` is passed to.
    pub(crate) fn temp_call_of(&self, f: FuncId, l: crate::ir::LocalId) -> Option<&'p Expr> {
        self.gc_temps(f).locals.get(&l)?;
        fn uses(e: &Expr, l: crate::ir::LocalId) -> bool {
            let mut found = matches!(e.kind, ExprKind::Local(x) if x == l);
            e.for_each_child(|c| found = found || uses(c, l));
            found
        }
        let mut best: Option<&'p Expr> = None;
        walk_exprs(self.func(f).body.as_ref()?, &mut |e| {
            if matches!(e.kind, ExprKind::Call { .. }) && uses(e, l) {
                best = Some(e);
            }
        });
        best
    }

    /// The number of the temporary gc gives the callee or interface
    /// receiver of the call `call` in `f` (see `non_name_calls`).
    fn non_name_temp(&self, f: FuncId, call: &Expr) -> Option<u32> {
        self.gc_temp_numbers(f)
            .calls
            .get(&(call.span.lo, call.span.hi))
            .copied()
    }

    /// `.autotmp_N.M(args)` or `.autotmp_N(args)`: the call `x` (parsed as
    /// `node`) after gc moved its receiver or callee to a temporary.
    fn non_name_call_text(&self, f: FuncId, x: &Expr, node: &Node) -> Option<String> {
        let n = self.non_name_temp(f, x)?;
        let NodeKind::Call(fun, args, ddd) = &node.kind else {
            return None;
        };
        let ExprKind::Call { callee, .. } = &x.kind else {
            return None;
        };
        let tmp = Node {
            kind: NodeKind::Leaf(format!(".autotmp_{n}")),
            pos: fun.pos,
            lo: u32::MAX,
            hi: u32::MAX,
        };
        let fun = match (callee, &fun.kind) {
            (crate::ir::Callee::Iface { .. }, NodeKind::Selector(_, sel)) => Node {
                kind: NodeKind::Selector(Box::new(tmp), sel.clone()),
                lo: u32::MAX,
                hi: u32::MAX,
                ..(**fun).clone()
            },
            (crate::ir::Callee::Indirect(_), _) => tmp,
            _ => return None,
        };
        Some(self.call_text_with(f, node, fun, args, *ddd))
    }

    /// The call `node` printed with `fun` as its callee: a node tree of its
    /// own (extent `u32::MAX`, so no IR expression is looked up for it).
    fn call_text_with(
        &self,
        f: FuncId,
        node: &Node,
        fun: Node,
        args: &[Node],
        ddd: bool,
    ) -> String {
        let call = Node {
            kind: NodeKind::Call(Box::new(fun), args.to_vec(), ddd),
            lo: u32::MAX,
            hi: u32::MAX,
            ..node.clone()
        };
        self.node_text(f, &call)
    }

    /// `e.I.M()`: an interface method promoted through embedded fields (or
    /// partially devirtualized, `i.(E).I.M()`) is called on the field.
    fn embedded_iface_call_text(&self, f: FuncId, x: &Expr, node: &Node) -> Option<String> {
        let ExprKind::Call {
            callee: crate::ir::Callee::Iface { recv, .. },
            ..
        } = &x.kind
        else {
            return None;
        };
        let NodeKind::Call(fun, args, ddd) = &node.kind else {
            return None;
        };
        let NodeKind::Selector(src, sel) = &fun.kind else {
            return None;
        };
        if !matches!(recv.kind, ExprKind::Field(..)) {
            return None;
        }
        let text = self.receiver_text(f, src, recv);
        let leaf = Node {
            kind: NodeKind::Leaf(text),
            pos: src.pos,
            lo: u32::MAX,
            hi: u32::MAX,
        };
        let fun = Node {
            kind: NodeKind::Selector(Box::new(leaf), sel.clone()),
            lo: u32::MAX,
            hi: u32::MAX,
            ..(**fun).clone()
        };
        Some(self.call_text_with(f, node, fun, args, *ddd))
    }

    /// `call_text` for the call `x` parsed as `node`.
    fn call_node_text(&self, f: FuncId, x: &Expr, node: &Node) -> Option<String> {
        // A variadic function value: `f("%d", ... argument...)`.
        if let ExprKind::Call {
            callee: crate::ir::Callee::Indirect(c),
            ..
        } = &x.kind
        {
            let crate::types::Type::Func(sig) = self.tcx.under(c.ty) else {
                return None;
            };
            let NodeKind::Call(fun, src_args, ddd) = &node.kind else {
                return None;
            };
            if !sig.variadic || *ddd {
                return None;
            }
            let fixed = sig.params.len().checked_sub(1)?;
            let mut arg_texts: Vec<String> =
                src_args.iter().map(|a| self.node_text(f, a)).collect();
            if arg_texts.len() > fixed {
                arg_texts.truncate(fixed);
                arg_texts.push("... argument...".into());
            } else {
                arg_texts.push("nil...".into());
            }
            return Some(format!(
                "{}({})",
                self.node_text(f, fun),
                arg_texts.join(", ")
            ));
        }
        let ExprKind::Call {
            callee: crate::ir::Callee::Direct(fid),
            args,
            ..
        } = &x.kind
        else {
            return None;
        };
        if let Some(text) = self.dict_call_text(f, x, node) {
            return Some(text);
        }
        let callee = self.func(*fid);
        // A shape instance's name is `F[go.shape.int]` for a function,
        // `T[go.shape.int].M` or `(*T[...]).M` for a method.
        let shape = callee.shape.as_ref().filter(|_| {
            callee.closure.is_none() && !self.prog.devirtualized.contains(&(f, x.span))
        });
        let is_method = callee.closure.is_none()
            && !callee.wrapper
            && match shape {
                Some(sh) => !sh.name.ends_with(']'),
                None => callee.short_name.contains('.'),
            }
            && !callee.params.is_empty();
        let NodeKind::Call(fun, src_args, ddd) = &node.kind else {
            return None;
        };
        // `T.M(x, a)`, a method expression called: the receiver is the
        // first source argument already.
        let method_expr = is_method
            && matches!((args.first(), src_args.first()),
                (Some(a), Some(n)) if a.span.lo == n.lo && a.span.hi == n.hi);
        let is_method = is_method && !method_expr;
        let ddd = *ddd;
        let temps = self.gc_temps(f);
        let multi = self.multi_value_args(f, &temps.locals, &args[usize::from(is_method)..]);
        if !is_method && !callee.variadic && multi.is_none() && shape.is_none() {
            return None;
        }
        let mut arg_texts: Vec<String> = match multi {
            Some(texts) => texts,
            None => src_args.iter().map(|a| self.node_text(f, a)).collect(),
        };
        if callee.variadic && !ddd {
            let fixed = callee.params.len() - 1 - usize::from(is_method);
            if arg_texts.len() > fixed {
                arg_texts.truncate(fixed);
                arg_texts.push("... argument...".into());
            } else {
                arg_texts.push("nil...".into());
            }
        } else if ddd {
            if let Some(last) = arg_texts.last_mut() {
                last.push_str("...");
            }
        }
        // gc passes a shape instance its dictionary first, after the
        // receiver: `Sum[go.shape.int](&.dict.Sum[main.MyInt], ...)`,
        // `&slices..dict.Index[[]int,int]` from another package.
        let other_pkg = callee.pkg != self.func(f).pkg;
        // `slices.` before a name from another package.
        let qual = || match other_pkg {
            true => format!("{}.", self.tcx.packages[callee.pkg.0 as usize].name),
            false => String::new(),
        };
        if let Some(sh) = shape {
            arg_texts.insert(0, format!("&{}{}", qual(), sh.dict));
        }
        let fun_text = if method_expr {
            self.node_text(f, fun)
        } else if is_method {
            let NodeKind::Selector(recv_node, _) = &fun.kind else {
                return None;
            };
            let recv = self.receiver_text(f, recv_node, args.first()?);
            arg_texts.insert(0, recv);
            let mut name = match shape {
                Some(sh) => sh.name.clone(),
                None => callee.short_name.clone(),
            };
            if other_pkg {
                let pkg = &self.tcx.packages[callee.pkg.0 as usize].name;
                name = match name.strip_prefix("(*") {
                    Some(rest) => format!("(*{pkg}.{rest}"),
                    None => format!("{pkg}.{name}"),
                };
            }
            name
        } else if let Some(sh) = shape {
            format!("{}{}", qual(), sh.name)
        } else {
            self.node_text(f, fun)
        };
        Some(format!("{fun_text}({})", arg_texts.join(", ")))
    }

    /// A call through gc's dictionary (`Program::dict_calls`), as gc
    /// prints it: the method's function type with the receiver's shape
    /// first, applied to the dictionary entry, applied to the receiver and
    /// the arguments: `(func(go.shape.int, int) string)(&.dict[1])(x, 1)`.
    fn dict_call_text(&self, f: FuncId, x: &Expr, node: &Node) -> Option<String> {
        let dc = self.prog.dict_calls.get(&(f, x.span))?;
        let ExprKind::Call {
            callee: crate::ir::Callee::Direct(fid),
            args,
            ..
        } = &x.kind
        else {
            return None;
        };
        let NodeKind::Call(fun, src_args, ddd) = &node.kind else {
            return None;
        };
        let NodeKind::Selector(recv_node, _) = &fun.kind else {
            return None;
        };
        let recv_shape = &self.func(f).shape.as_ref()?.shapes.get(dc.tparam)?.1;
        let crate::types::Type::Func(sig) = self.tcx.ty(self.func(*fid).sig) else {
            return None;
        };
        let mut params = vec![recv_shape.clone()];
        for (i, &p) in sig.params.iter().enumerate() {
            let last = i + 1 == sig.params.len();
            params.push(match (sig.variadic && last, self.tcx.ty(p)) {
                (true, crate::types::Type::Slice(e)) => format!("...{}", self.type_text(f, *e)),
                _ => self.type_text(f, p),
            });
        }
        let results: Vec<String> = sig.results.iter().map(|&r| self.type_text(f, r)).collect();
        let results = match results.len() {
            0 => String::new(),
            1 => format!(" {}", results[0]),
            _ => format!(" ({})", results.join(", ")),
        };
        let mut arg_texts = vec![self.receiver_text(f, recv_node, args.first()?)];
        arg_texts.extend(src_args.iter().map(|a| self.node_text(f, a)));
        if *ddd {
            if let Some(last) = arg_texts.last_mut() {
                last.push_str("...");
            }
        }
        Some(format!(
            "(func({}){results})(&.dict[{}])({})",
            params.join(", "),
            dc.index,
            arg_texts.join(", ")
        ))
    }

    /// The operand `src` of a selector or method call, whose IR is `ir`,
    /// as gc prints it: followed by the embedded fields the selection went
    /// through, which lowering put on top of the operand's own IR.
    fn receiver_text(&self, f: FuncId, src: &Node, ir: &Expr) -> String {
        let own_sel = match &src.kind {
            NodeKind::Selector(_, sel) => Some(sel.as_str()),
            _ => None,
        };
        let mut implicit = Vec::new();
        let mut e = ir;
        loop {
            match &e.kind {
                ExprKind::AddrOf(x) | ExprKind::Deref(x) => e = x,
                ExprKind::Field(x, i) => {
                    let name = self.field_name(x, *i);
                    if Some(name.as_str()) == own_sel {
                        break;
                    }
                    implicit.push(name);
                    e = x;
                }
                _ => break,
            }
        }
        let mut text = self.node_text(f, src);
        // A devirtualized interface call: gc shows the type assertion it
        // inserted, then the embedded fields of a promoted method
        // (`T.Val(i.(T))`, `Base.Name(i.(Top).Mid.Base)`).
        if let ExprKind::TypeAssert { .. } = &e.kind {
            let ty = crate::types::fmt::type_string(self.tcx, e.ty, Some(self.func(f).pkg));
            let asserted = match &src.kind {
                NodeKind::TypeAssert(_, t) => exprfmt::print(t) == ty,
                _ => false,
            };
            if !asserted {
                text = format!("{text}.({ty})");
            }
        }
        for name in implicit.iter().rev() {
            text.push('.');
            text.push_str(name);
        }
        text
    }

    /// The name of field `i` of the struct (or pointer to struct) `x`.
    fn field_name(&self, x: &Expr, i: usize) -> String {
        use crate::types::Type;
        let mut t = x.ty;
        if let Type::Pointer(p) = self.tcx.under(t) {
            t = *p;
        }
        match self.tcx.under(t) {
            Type::Struct(fs) => fs.get(i).map(|f| f.name.clone()).unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// The type that decides how a constant prints (`'x'` for runes).
    fn const_type(&self, v: &Expr) -> crate::types::TypeId {
        // A rune literal converted to another type (`var x int = 'A'`)
        // prints as a number.
        let runeish = matches!(
            self.tcx.ty(v.ty),
            crate::types::Type::Basic(
                crate::types::BasicKind::Int32 | crate::types::BasicKind::UntypedRune
            )
        );
        if !runeish {
            return v.ty;
        }
        if let Some(file) = self.sm.files.get(v.span.file.0 as usize) {
            if file.text[v.span.lo as usize..].starts_with('\'') {
                return self.tcx.basic(crate::types::BasicKind::UntypedRune);
            }
        }
        v.ty
    }

    /// The interface conversion of site `s` in `f`.
    fn find_iface(&self, f: FuncId, s: crate::ir::AllocSiteId) -> Option<&'p Expr> {
        let body = self.func(f).body.as_ref()?;
        let mut out = None;
        walk_exprs(body, &mut |e| {
            if let ExprKind::ToIface { site: Some(x), .. } = &e.kind {
                if *x == s && out.is_none() {
                    out = Some(e);
                }
            }
        });
        out
    }

    fn find_make(&self, f: FuncId, s: crate::ir::AllocSiteId) -> Option<&Expr> {
        let body = self.func(f).body.as_ref()?;
        let mut out = None;
        walk_exprs(body, &mut |e| {
            if let ExprKind::Make { site, .. } = &e.kind {
                if *site == s && out.is_none() {
                    out = Some(e);
                }
            }
        });
        out
    }

    /// The size argument of `make([]T, len[, cap])` after gc's static-value
    /// rewrite: a constant when the variable holds one.
    fn make_size(
        &self,
        f: FuncId,
        s: crate::ir::AllocSiteId,
    ) -> Option<(usize, Option<i64>, String)> {
        let e = self.find_make(f, s)?;
        let ExprKind::Make { args, .. } = &e.kind else {
            return None;
        };
        let i = args.len().checked_sub(1)?;
        let v = self.static_or_temp(f, &args[i]);
        match &v.kind {
            ExprKind::Const(c) => Some((i, c.to_i64(), c.describe())),
            // `make([]T, len(xs))` of a slice literal `xs`: gc puts in its
            // length.
            ExprKind::Builtin {
                op: crate::ir::BuiltinOp::Len,
                args: a,
                ..
            } if a.len() == 1 => match &self.static_or_temp(f, &a[0]).kind {
                ExprKind::Composite {
                    len, site: Some(s), ..
                } if self.prog.site(*s).kind == AllocKind::SliceLit => {
                    Some((i, Some(*len as i64), len.to_string()))
                }
                _ => Some((i, None, String::new())),
            },
            _ => Some((i, None, String::new())),
        }
    }

    /// `e`'s static value (gc's `StaticValue`), also through the
    /// temporaries lowering assigns once.
    fn static_or_temp<'e>(&'e self, f: FuncId, mut e: &'e Expr) -> &'e Expr
    where
        'p: 'e,
    {
        for _ in 0..8 {
            let ExprKind::Local(l) = e.kind else {
                return e;
            };
            let next = self.static_value(f, l).or_else(|| {
                if self.func(f).local(l).kind != LocalKind::Temp {
                    return None;
                }
                match self.assigns.get(&(f, l))?.as_slice() {
                    [Some(v)] => Some(*v),
                    _ => None,
                }
            });
            match next {
                Some(v) => e = v,
                None => return e,
            }
        }
        e
    }

    fn make_text(&self, f: FuncId, s: crate::ir::AllocSiteId) -> String {
        let site = self.prog.site(s);
        let Some(mut n) = self.parse(site.span) else {
            return String::new();
        };
        // gc's `rewriteWithLiterals` puts in a constant only if it is >= 0.
        if let Some((i, Some(0..), text)) = self.make_size(f, s) {
            if let NodeKind::Call(_, args, _) = &mut n.kind {
                if let Some(a) = args.get_mut(i + 1) {
                    a.kind = NodeKind::Leaf(text);
                }
            }
        }
        self.spell_types(f, &mut n);
        // Func, struct and interface types gc spells from the type.
        if let NodeKind::Call(_, args, _) = &mut n.kind {
            let spelled = |a: &Node| self.type_spell(f, a.lo).is_some();
            if let Some(NodeKind::Type(t)) = args
                .first_mut()
                .filter(|a| !spelled(a))
                .map(|a| &mut a.kind)
            {
                if t.contains("func") || t.contains("struct") || t.contains("interface") {
                    *t = self.type_text(f, site.ty);
                }
            }
        }
        self.node_text(f, &n)
    }

    /// gc's `HeapAllocReason`: allocations too large (or of zero-sized
    /// elements) always go to the heap.
    pub fn heap_alloc_reason(&self, id: LocId) -> Option<&'static str> {
        let tcx = self.tcx;
        match &self.loc(id).kind {
            LocKind::Var(f, l) => {
                let local = self.func(*f).local(*l);
                if matches!(local.kind, LocalKind::Param | LocalKind::Result) {
                    return None;
                }
                (size_of(tcx, local.ty) > MAX_STACK_VAR_SIZE).then_some("too large for stack")
            }
            LocKind::Site(s) => {
                let site = self.prog.site(*s);
                match site.kind {
                    AllocKind::New | AllocKind::AddrOfLit => (size_of(tcx, site.ty)
                        > MAX_IMPLICIT_STACK_VAR_SIZE)
                        .then_some("too large for stack"),
                    AllocKind::MakeSlice => {
                        let et = elem(tcx, site.ty)?;
                        let es = size_of(tcx, et);
                        if es == 0 {
                            return Some("zero-sized element");
                        }
                        let (_, n, _) = self.make_size(site.func, *s)?;
                        (n? > MAX_IMPLICIT_STACK_VAR_SIZE / es).then_some("too large for stack")
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// gc's `flowClosure`: decides by-value or by-reference capture and
    /// flows the captured variables into the closure.
    /// gc's `flowClosure` for a go/defer wrapper: its temporaries are
    /// captured by value (by reference when wider than gc's limit).
    pub fn flow_wrapper(&mut self, k: Hole, temps: &[LocId]) {
        let keep = self.keep_notes;
        for &t in temps {
            let f = self.loc(t).func;
            let LocKind::WrapperTemp { n, pos, width } = self.loc(t).kind.clone() else {
                continue;
            };
            let by_val = width <= MAX_BYVAL_CAPTURE_SIZE;
            if self.st.m_level > 1 && self.reports(f) {
                let how = if by_val { "value" } else { "ref" };
                let msg = format!(
                    "{} capturing by {how}: .autotmp_{n} (addr=false assign=false width={width})",
                    self.fn_name(f)
                );
                self.note(pos, msg);
            }
            let name = format!(".autotmp_{n}");
            let mut k = k.clone();
            if !by_val {
                let name = name.clone();
                k = k.note_text(keep, pos, "reference", || name);
            }
            self.flow(k.note_text(keep, pos, "captured by a closure", || name), t);
        }
    }

    pub fn flow_closure(&mut self, k: Hole, f: FuncId) {
        let Some(c) = &self.func(f).closure else {
            return;
        };
        let parent = c.parent;
        let keep = self.keep_notes;
        for (i, cap) in c.captures.iter().enumerate() {
            let loc = self.var_loc(parent, cap.outer);
            let (cf, cl) = self.canonical(parent, cap.outer);
            let var = self.func(cf).local(cl);
            let width = size_of(self.tcx, var.ty);
            let (addrtaken, reassigned) = (self.loc(loc).addrtaken, self.loc(loc).reassigned);
            let by_val = !addrtaken && !reassigned && width <= MAX_BYVAL_CAPTURE_SIZE;
            self.st.by_ref.push((f, i, !by_val));
            if self.st.m_level > 1 && self.reports(parent) {
                let how = if by_val { "value" } else { "ref" };
                let msg = format!(
                    "{} capturing by {how}: {} (addr={} assign={} width={width})",
                    self.func(cf).short_name,
                    var.name,
                    addrtaken,
                    reassigned
                );
                self.note(var.span.start(), msg);
            }
            // gc positions the capture at its first use inside the literal.
            let at = self.func(f).local(cap.inner).span;
            let mut k = k.clone();
            if !by_val {
                k = k.addr_note(keep, at, "reference");
            }
            self.flow(k.note(keep, at, "captured by a closure"), loc);
        }
    }

    /// The order of gc's `allLocs`, in which `finish` reports: variables
    /// first (gc makes their locations before walking any body), then the
    /// allocation sites of each walked function in its batch order, in
    /// the order gc's walk meets them. That walk is a pre-order over the
    /// source tree, so sites sort by source position, an enclosing
    /// expression before the ones inside it; rgo's lowering hoists inner
    /// calls into temporaries (for gc's evaluation order), so its own
    /// creation order is not the walk's. `append` is the exception: gc makes
    /// its backing store's location after walking the arguments, so it
    /// sorts at its end. Function literals that capture variables are walked
    /// inside their parent, at the literal. Among sites with the same span
    /// the enclosing one comes first.
    fn report_order(&self) -> Vec<LocId> {
        // The implicit slice of a deferred or `go` call is built inside gc's
        // wrapper, after the arguments were evaluated into temporaries: it
        // sorts at its end too.
        let mut late = std::collections::HashSet::new();
        let mut range_exprs = Vec::new();
        // gc's walk meets a call's implicit `...` slice after the fixed
        // arguments: at its first element.
        let mut variadic_at = std::collections::HashMap::new();
        for &f in &self.funcs {
            if let Some(body) = &self.func(f).body {
                late_variadics(body, &mut late);
                range_func_exprs(self.prog, body, &mut range_exprs);
                walk_exprs(body, &mut |e| {
                    if let ExprKind::Call {
                        args,
                        variadic_site: Some(v),
                        ..
                    } = &e.kind
                    {
                        if let Some(ExprKind::Composite { elems, .. }) =
                            args.last().map(|a| &a.kind)
                        {
                            if let Some(lo) = elems.iter().map(|(_, x)| x.span.lo).min() {
                                variadic_at.insert(*v, lo);
                            }
                        }
                    }
                });
            }
        }
        // gc walks a range-over-func loop's body closure before its range
        // expression: what the expression makes sorts after the loop.
        let after_loop = |span: Span| {
            range_exprs
                .iter()
                .find(|(x, _): &&(Span, Span)| {
                    x.file == span.file && x.lo <= span.lo && span.hi <= x.hi
                })
                .map(|&(_, l)| l.hi)
        };
        let mut vars = Vec::new();
        let mut sites = Vec::new();
        let temp_sites: std::collections::HashSet<LocId> = (4..self.locs.len())
            .map(|i| LocId(i as u32))
            .filter(|&id| match self.loc(id).kind {
                LocKind::Site(s) => {
                    let site = self.prog.site(s);
                    site.kind == AllocKind::Iface && self.temp_call(site.func, s).is_some()
                }
                // A conversion that allocates nothing, of such a temporary.
                LocKind::Phantom { ref text, .. } => text.starts_with(".autotmp_"),
                _ => false,
            })
            .collect();
        for i in 4..self.locs.len() {
            let id = LocId(i as u32);
            // The third number orders equal spans (see below).
            let span = match &self.loc(id).kind {
                // The conversions of `f(g())`'s temporaries come after
                // what `g(...)` makes (gc walks `t1, t2 = g(...)` first).
                LocKind::Site(s) => {
                    let site = self.prog.site(*s);
                    if let Some(end) = after_loop(site.span) {
                        Some((end, site.span.hi, s.0))
                    } else if site.kind == AllocKind::Append
                        || late.contains(s)
                        || temp_sites.contains(&id)
                    {
                        Some((site.span.hi, site.span.hi, s.0))
                    } else if let Some(&lo) = variadic_at.get(s) {
                        Some((lo.max(site.span.lo), site.span.hi, s.0))
                    } else {
                        Some((site.span.lo, site.span.hi, s.0))
                    }
                }
                LocKind::Phantom { span, .. } if temp_sites.contains(&id) => {
                    Some((span.hi, span.hi, id.0))
                }
                LocKind::Phantom { span, .. } => Some((span.lo, span.hi, id.0)),
                _ => None,
            };
            match span {
                Some((lo, hi, made)) => {
                    let mut root = self.loc(id).func;
                    while super::is_hidden_closure(self.prog, root) {
                        match &self.func(root).closure {
                            Some(c) => root = c.parent,
                            None => break,
                        }
                    }
                    let group = self
                        .funcs
                        .iter()
                        .position(|&f| f == root)
                        .unwrap_or(usize::MAX);
                    // Equal spans: the later-made site is the enclosing
                    // expression (lowering makes an operand's sites first).
                    // gc's temporaries of `f(g())` are converted in order.
                    let rev = std::cmp::Reverse(if temp_sites.contains(&id) {
                        // In walk order: by location, sites and phantoms alike.
                        u32::MAX - id.0
                    } else {
                        made
                    });
                    sites.push(((group, lo, std::cmp::Reverse(hi), rev), id));
                }
                None => vars.push(id),
            }
        }
        sites.sort_by_key(|&(key, _)| key);
        vars.extend(sites.into_iter().map(|(_, id)| id));
        vars
    }

    /// gc's `finish`: parameter summaries, then a line per location, and
    /// the placements for codegen.
    pub fn finish(&mut self) {
        let funcs = self.funcs.clone();
        for &f in &funcs {
            self.st.tagged[f.index()] = true;
            let tags = self.param_tags(f);
            self.st.tags[f.index()] = Some(tags);
        }
        for id in self.report_order() {
            let escapes = self.loc(id).escapes();
            let placement = if escapes {
                Placement::Heap
            } else {
                Placement::Stack
            };
            match self.loc(id).kind.clone() {
                LocKind::Var(f, l) => {
                    let local = self.func(f).local(l);
                    let needs_home = escapes
                        || local.addr_taken
                        || self.loc(id).addrtaken
                        || local.site.is_some();
                    if escapes {
                        let msg = format!("moved to heap: {}", local.name);
                        let at = local.span.start();
                        self.st
                            .reasons
                            .push((super::ReasonKey::Var(f, l), at, msg.clone()));
                        if self.reports(f) && !local.kind.is_temp() {
                            // gc's range-over-func rewrite gives `#next` no
                            // position.
                            let shown = if local.name == "#next" {
                                Span::new(at.file, crate::diag::NO_POS, crate::diag::NO_POS)
                            } else {
                                at
                            };
                            self.note(shown, msg);
                        }
                    }
                    if needs_home {
                        self.st.var_sites.push((f, l, placement));
                    }
                }
                LocKind::Site(s) => {
                    self.st.placements.push((s, placement));
                    let site = self.prog.site(s);
                    let f = site.func;
                    if escapes {
                        let text = self.site_text(s);
                        let span = self.loc_span(id);
                        let why = format!("{text} escapes to heap");
                        self.st.reasons.push((super::ReasonKey::Site(s), span, why));
                    }
                    let wrapper = false;
                    // gc turns a `[]byte(s)` that is never written into a view of `s`.
                    let mut zero_copy = false;
                    if !escapes
                        && site.kind == AllocKind::Convert
                        && !self.loc(id).has_attr(ATTR_MUTATES)
                        && !is_string(self.tcx, site.ty)
                    {
                        if let Some(ExprKind::ConvertAlloc(x, _)) =
                            self.find_convert(f, s).map(|e| &e.kind)
                        {
                            zero_copy = is_string(self.tcx, x.ty)
                                && elem(self.tcx, site.ty)
                                    .is_some_and(|t| size_of(self.tcx, t) == 1);
                        }
                    }
                    if zero_copy {
                        self.st.zero_copy.push(s);
                    }
                    if !self.reports(f) || wrapper || self.st.static_sites.contains(&s) {
                        continue;
                    }
                    let raw = self.site_text(s);
                    let mut text = self.shape_text(f, raw.clone());
                    // gc's `new` of a type made from a type parameter
                    // takes the type from the dictionary.
                    if text != raw && site.kind == AllocKind::New {
                        text = "new(<node DYNAMICTYPE>)".into();
                    }
                    let span = self.loc_span(id);
                    self.note(span, fate(&text, escapes));
                    if zero_copy {
                        self.note(span, "zero-copy string->[]byte conversion".into());
                    }
                }
                LocKind::Phantom { .. } => {
                    let f = self.loc(id).func;
                    if self.reports(f) {
                        let text = self.shape_text(f, self.loc_text(id));
                        let span = self.loc_span(id);
                        self.note(span, fate(&text, escapes));
                    }
                }
                _ => {}
            }
        }
        if self.st.want_dump {
            let d = self.dump_text();
            self.st.dump.push_str(&d);
        }
    }

    fn find_convert(&self, f: FuncId, s: crate::ir::AllocSiteId) -> Option<&Expr> {
        let body = self.func(f).body.as_ref()?;
        let mut out = None;
        walk_exprs(body, &mut |e| {
            if let ExprKind::ConvertAlloc(_, x) = &e.kind {
                if *x == s && out.is_none() {
                    out = Some(e);
                }
            }
        });
        out
    }

    /// gc's `paramTag`: each parameter's summary, reported with `-m`.
    fn param_tags(&mut self, f: FuncId) -> Vec<Leaks> {
        let func = self.func(f);
        // gc's shape instances are DUPOK functions, whose parameters it
        // never reports.
        let report = self.reports(f) && func.shape.is_none();
        let mut out = Vec::new();
        for &p in &func.params {
            let local = func.local(p);
            let named =
                !(local.name.is_empty() || local.name == "_" || local.name.starts_with("~p"));
            if !has_pointers(self.tcx, local.ty) {
                out.push(Leaks::default());
                continue;
            }
            // gc's assembly functions have no body to analyse.
            let bodyless = func.body.is_none() || self.prog.asm.binary_search(&f).is_ok();
            if bodyless && self.prog.noescape.binary_search(&f).is_ok() {
                if report && named {
                    self.note(
                        local.span.start(),
                        format!("{} does not escape", local.name),
                    );
                }
                // gc assumes a body-less `//go:noescape` function may write
                // through and call its pointer arguments.
                let mut esc = Leaks::default();
                esc.add_mutator(0);
                esc.add_callee(0);
                out.push(esc);
                continue;
            }
            if bodyless {
                if report && named {
                    self.note(local.span.start(), format!("leaking param: {}", local.name));
                }
                out.push(Leaks::heap_leak());
                continue;
            }
            if !named {
                out.push(Leaks::default());
                continue;
            }
            let loc = self.var_loc(f, p);
            let mut esc = self.loc(loc).param_esc;
            esc.optimize();
            if report && !self.loc(loc).escapes() {
                self.report_leaks(local.span.start(), &local.name, esc, f);
            }
            out.push(esc);
        }
        out
    }

    fn report_leaks(&mut self, span: Span, name: &str, esc: Leaks, f: FuncId) {
        let mut warned = false;
        if let Some(x) = esc.heap() {
            let msg = if x == 0 {
                format!("leaking param: {name}")
            } else {
                format!("leaking param content: {name}")
            };
            self.note(span, msg);
            warned = true;
        }
        for i in 0..super::leaks::NUM_ESC_RESULTS {
            if let Some(x) = esc.result(i) {
                let func = self.func(f);
                let res = func
                    .results
                    .get(i)
                    .map(|r| func.local(*r).name.clone())
                    .unwrap_or_else(|| format!("~r{i}"));
                self.note(
                    span,
                    format!("leaking param: {name} to result {res} level={x}"),
                );
                warned = true;
            }
        }
        if !warned {
            self.note(span, format!("{name} does not escape"));
        }
    }

    // ---------------------------------------------------------------- -m=2

    /// A function's name as gc prints it: a generic instance is its shape
    /// instance (`(*Stack[go.shape.string]).Pop`).
    pub(crate) fn fn_name(&self, f: FuncId) -> String {
        let func = self.func(f);
        match &func.shape {
            Some(sh) => sh.name.clone(),
            None => func.short_name.clone(),
        }
    }

    /// gc's text of a location's node in `-m=2` lines: as at `-m`, except
    /// that an `append` prints as the call (`append(s, v)`).
    fn explain_text(&self, l: LocId) -> String {
        if let LocKind::Site(s) = self.loc(l).kind {
            let site = self.prog.site(s);
            if site.kind == AllocKind::Append {
                return self.expr_text(site.func, site.span);
            }
        }
        self.loc_text(l)
    }

    fn explain_loc(&self, l: LocId) -> String {
        match &self.loc(l).kind {
            LocKind::Heap => "{heap}".into(),
            LocKind::Var(f, v) if self.func(*f).local(*v).kind == LocalKind::RangeTemp => {
                "{temp}".into()
            }
            LocKind::Var(..) | LocKind::WrapperTemp { .. } => self.loc_text(l),
            LocKind::Site(_) | LocKind::Phantom { .. } | LocKind::Wrapper { .. } => {
                format!("{{storage for {}}}", self.explain_text(l))
            }
            _ => "{temp}".into(),
        }
    }

    /// A temporary of rgo's lowering that gc does not have (gc evaluates
    /// the expression in place): `-m=2` paths go through it unseen.
    fn is_lowering_temp(&mut self, l: LocId) -> bool {
        let LocKind::Var(f, v) = self.loc(l).kind else {
            return false;
        };
        if self.func(f).local(v).kind != LocalKind::Temp {
            return false;
        }
        !self.gc_temps(f).locals.contains_key(&v)
    }

    /// The function of the batch (or a function literal inside one) whose
    /// body holds `span` most narrowly: the one a note was made in.
    fn func_at(&self, span: Span) -> Option<FuncId> {
        let mut best: Option<(u32, FuncId)> = None;
        for i in 0..self.prog.funcs.len() {
            let f = FuncId(i as u32);
            let in_batch = self.in_batch.contains(&f)
                || self.funcs.iter().any(|&b| self.st.contains_closure(b, f));
            if !in_batch || self.func(f).span.file != span.file {
                continue;
            }
            let Some((lo, hi)) = self.body_extent(f) else {
                continue;
            };
            // A statement's note starts at its keyword (`return p`): the
            // node's end is inside the body's expressions.
            let at = span.hi.max(span.lo + 1) - 1;
            if lo <= at && at < hi && best.is_none_or(|(w, _)| hi - lo < w) {
                best = Some((hi - lo, f));
            }
        }
        best.map(|(_, f)| f)
    }

    /// The source extent of the expressions in `f`'s body.
    fn body_extent(&self, f: FuncId) -> Option<(u32, u32)> {
        if let Some(e) = self.body_extents.borrow().get(&f) {
            return *e;
        }
        let ext = self.compute_body_extent(f);
        self.body_extents.borrow_mut().insert(f, ext);
        ext
    }

    fn compute_body_extent(&self, f: FuncId) -> Option<(u32, u32)> {
        let body = self.func(f).body.as_ref()?;
        let file = self.func(f).span.file;
        let mut ext: Option<(u32, u32)> = None;
        walk_exprs(body, &mut |e| {
            if e.span.file == file && e.span.hi > e.span.lo {
                ext = Some(match ext {
                    Some((lo, hi)) => (lo.min(e.span.lo), hi.max(e.span.hi)),
                    None => (e.span.lo, e.span.hi),
                });
            }
        });
        ext
    }

    /// `from TEXT (why) at POS` of one note.
    fn note_line(&self, note: &super::graph::Note) -> String {
        if let (Some(text), Some(at)) = (&note.text, note.pos) {
            return format!("    from {text} ({}) at {}", note.why, self.sm.pos(at));
        }
        let (text, at) = match note.loc {
            Some(l) => (self.explain_text(l), self.loc_span(l)),
            // gc's ORANGE prints as `for loop`, at its `range` keyword.
            None if matches!(note.why, "range" | "range-deref") => {
                ("for loop".to_string(), self.range_keyword(note.where_))
            }
            None => {
                let text = match self.func_at(note.where_) {
                    Some(f) => self.expr_text(f, note.where_),
                    None => self.src_text(note.where_),
                };
                (text, self.note_pos(note))
            }
        };
        format!("    from {text} ({}) at {}", note.why, self.sm.pos(at))
    }

    /// The position of the `range` keyword of the range statement at `span`.
    fn range_keyword(&self, span: Span) -> Span {
        let Some(text) = self
            .sm
            .files
            .get(span.file.0 as usize)
            .and_then(|f| f.text.get(span.lo as usize..span.hi as usize))
        else {
            return span.start();
        };
        let b = text.as_bytes();
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let mut from = 0;
        while let Some(i) = text[from..].find("range").map(|i| i + from) {
            let before = i == 0 || !word(b[i - 1]);
            let after = b.get(i + 5).is_none_or(|c| !word(*c));
            if before && after {
                let at = span.lo + i as u32;
                return Span::new(span.file, at, at);
            }
            from = i + 5;
        }
        span.start()
    }

    /// Where gc positions a note's node: an implicit `&x` of a method
    /// receiver (`x.M()`) is at the selector's dot.
    fn note_pos(&self, note: &super::graph::Note) -> Span {
        if let Some(pos) = note.pos {
            return pos;
        }
        let span = note.where_;
        if note.why == "address-of" {
            if let Some(at) = self.implicit_addr_pos(span) {
                return at;
            }
        }
        self.gc_pos(span)
    }

    /// The selector's dot, for the implicit `&x` of a method call `x.M()`
    /// at `span` (`x`); None for an explicit `&x`.
    fn implicit_addr_pos(&self, span: Span) -> Option<Span> {
        let text = self.sm.files.get(span.file.0 as usize)?.text.as_bytes();
        if text.get(span.lo as usize) == Some(&b'&') {
            return None;
        }
        let mut i = span.hi as usize;
        while i < text.len() && text[i].is_ascii_whitespace() {
            i += 1;
        }
        (text.get(i) == Some(&b'.')).then(|| Span::new(span.file, i as u32, i as u32))
    }

    /// gc's position of an operand of a go/defer call.
    pub(crate) fn operand_pos(&self, e: &Expr) -> Span {
        match &e.kind {
            ExprKind::AddrOf(_) => self
                .implicit_addr_pos(e.span)
                .unwrap_or_else(|| self.gc_pos(e.span)),
            _ => self.gc_pos(e.span),
        }
    }

    /// gc's IR text of `e`, an expression of `f`.
    pub(crate) fn ir_text(&self, f: FuncId, e: &Expr) -> String {
        self.expr_text(f, e.span)
    }

    /// The position of keyword `kw` right before `span` (`go`, `defer`).
    pub(crate) fn keyword_before(&self, span: Span, kw: &str) -> Span {
        let Some(file) = self.sm.files.get(span.file.0 as usize) else {
            return span.start();
        };
        let before = file.text.get(..span.lo as usize).unwrap_or("");
        let trimmed = before.trim_end();
        match trimmed.strip_suffix(kw) {
            Some(rest) if trimmed.len() < before.len() => {
                Span::new(span.file, rest.len() as u32, rest.len() as u32)
            }
            _ => self.gc_pos(span),
        }
    }

    /// The call of a go/defer wrapper as gc prints it: its operands
    /// replaced by the wrapper's temporaries (`name`), e.g.
    /// `(*sync.WaitGroup).Done(.autotmp_3)`.
    pub(crate) fn wrapped_call_text(
        &self,
        f: FuncId,
        call: &Expr,
        name: &dyn Fn(&Expr) -> Option<String>,
    ) -> String {
        let full = self.expr_text(f, call.span);
        let fun = strip_call_args(&full);
        let arg_text = |a: &Expr| name(a).unwrap_or_else(|| self.ir_text(f, a));
        match &call.kind {
            ExprKind::Call {
                callee,
                args,
                variadic_site,
            } => {
                let texts: Vec<String> = args
                    .iter()
                    .map(|a| match (&a.kind, variadic_site) {
                        (ExprKind::Composite { site: Some(s), .. }, Some(vs)) if s == vs => {
                            "... argument...".to_string()
                        }
                        _ => arg_text(a),
                    })
                    .collect();
                let fun = match callee {
                    crate::ir::Callee::Iface { recv, .. } => {
                        let m = fun.rsplit('.').next().unwrap_or_default();
                        format!("{}.{m}", arg_text(recv))
                    }
                    crate::ir::Callee::Indirect(x) => arg_text(x),
                    crate::ir::Callee::Direct(_) => fun.to_string(),
                };
                format!("{fun}({})", texts.join(", "))
            }
            ExprKind::Builtin { args, .. } => {
                let texts: Vec<String> = args.iter().map(arg_text).collect();
                format!("{fun}({})", texts.join(", "))
            }
            _ => full,
        }
    }

    /// The first `.autotmp_N` number of the go/defer wrapper of `call` in `f`.
    pub(crate) fn wrapper_temp_base(&self, f: FuncId, call: Span) -> u32 {
        self.gc_temp_numbers(f)
            .wrappers
            .get(&(call.lo, call.hi))
            .copied()
            .unwrap_or(0)
    }

    fn explain_flow(
        &mut self,
        pos: Span,
        dst: LocId,
        src: LocId,
        derefs: i32,
        notes: &[std::rc::Rc<super::graph::Note>],
    ) {
        let ops = if derefs < 0 {
            "&".to_string()
        } else {
            "*".repeat(derefs as usize)
        };
        let msg = format!(
            "  flow: {} ← {ops}{}:",
            self.explain_loc(dst),
            self.explain_loc(src)
        );
        self.note(pos, msg);
        for note in notes {
            let msg = self.note_line(note);
            self.note(pos, msg);
        }
    }

    /// An allocation gc makes static data (`State::static_sites`).
    fn is_static(&self, l: LocId) -> bool {
        matches!(self.loc(l).kind, LocKind::Site(s) if self.st.static_sites.contains(&s))
    }

    pub(crate) fn explain_escape_at_flow(&mut self, dst: LocId, src: LocId, k: &Hole) {
        if !self.reports(self.loc(src).func) || self.is_static(src) {
            return;
        }
        let pos = self.loc_span(src);
        let msg = format!(
            "{} escapes to heap in {}:",
            self.explain_text(src),
            self.fn_name(self.loc(src).func)
        );
        self.explaining.set(Some(self.loc(src).func));
        self.note(pos, msg);
        let notes = note_list(&k.notes);
        self.explain_flow(pos, dst, src, k.derefs, &notes);
        self.explaining.set(None);
    }

    pub(crate) fn explain_escape_path(&mut self, root: LocId, l: LocId) {
        if !self.reports(self.loc(l).func)
            || matches!(self.loc(l).kind, LocKind::Temp)
            || self.is_static(l)
        {
            return;
        }
        let pos = self.loc_span(l);
        let msg = format!(
            "{} escapes to heap in {}:",
            self.explain_text(l),
            self.fn_name(self.loc(l).func)
        );
        self.explaining.set(Some(self.loc(l).func));
        self.note(pos, msg);
        self.explain_path(root, l, pos);
        self.explaining.set(None);
    }

    pub(crate) fn explain_leak(&mut self, root: LocId, l: LocId, derefs: i32) {
        if !self.reports(self.loc(l).func) {
            return;
        }
        let pos = self.loc_span(l);
        let msg = format!(
            "parameter {} leaks to {} for {} with derefs={derefs}:",
            self.loc_text(l),
            self.explain_loc(root),
            self.fn_name(self.loc(l).func)
        );
        self.explaining.set(Some(self.loc(l).func));
        self.note(pos, msg);
        self.explain_path(root, l, pos);
        self.explaining.set(None);
    }

    /// gc's `explainPath`: the flows from `src` to `root`, one per edge,
    /// except that the edges into and out of a lowering temporary
    /// (`is_lowering_temp`) print as the one flow gc has, without the
    /// temporary's own assignment note.
    fn explain_path(&mut self, root: LocId, mut src: LocId, pos: Span) {
        let mut visited = std::collections::HashSet::new();
        // The flow being merged through temporaries: its source, derefs and notes.
        let mut pending: Option<(LocId, i32, Vec<std::rc::Rc<super::graph::Note>>)> = None;
        loop {
            if !visited.insert(src) {
                self.note(pos, "  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518".into());
                break;
            }
            let Some(dst) = self.loc(src).dst else { break };
            let idx = self.loc(src).dst_edge_idx;
            let Some(edge) = self.loc(dst).edges.get(idx).cloned() else {
                break;
            };
            let mut notes = note_list(&edge.notes);
            let (from, derefs) = match pending.take() {
                Some((from, d, mut before)) => {
                    before.append(&mut notes);
                    notes = before;
                    (from, d + edge.derefs)
                }
                None => (src, edge.derefs),
            };
            if dst != root && self.is_lowering_temp(dst) {
                // The temporary's own assignment (`tmp = e`) is not gc's.
                if notes.last().is_some_and(|n| n.why == "assign") {
                    notes.pop();
                }
                pending = Some((from, derefs, notes));
            } else {
                self.explain_flow(pos, dst, from, derefs, &notes);
            }
            if dst == root {
                break;
            }
            src = dst;
        }
    }

    // ---------------------------------------------------------------- -d=escape

    /// A readable dump of the batch: each location, its incoming edges,
    /// and what was decided.
    pub fn dump_text(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let names: Vec<String> = self.funcs.iter().map(|f| self.fn_name(*f)).collect();
        let _ = writeln!(s, "batch [{}]", names.join(", "));
        for (i, l) in self.locs.iter().enumerate() {
            let id = LocId(i as u32);
            if i >= 4 && l.edges.is_empty() && !l.escapes() && matches!(l.kind, LocKind::Temp) {
                continue;
            }
            let outcome = if l.escapes() {
                "heap"
            } else if i < 4 {
                "fixed"
            } else {
                "stack"
            };
            let _ = write!(
                s,
                "  {id} {} in {} depth={} -> {outcome}",
                self.explain_loc(id),
                self.fn_name(l.func),
                l.loop_depth
            );
            if l.param && l.param_esc.any() {
                let _ = write!(s, " leaks: {}", l.param_esc);
            }
            let _ = writeln!(s);
            for e in &l.edges {
                let ops = if e.derefs < 0 {
                    "&".to_string()
                } else {
                    "*".repeat(e.derefs as usize)
                };
                let why = e.notes.as_ref().map(|n| n.why).unwrap_or("");
                let _ = writeln!(
                    s,
                    "    <- {ops}{} {}  ({why})",
                    e.src,
                    self.explain_loc(e.src)
                );
            }
        }
        s
    }
}

/// The variadic slices of the calls of `defer` and `go` statements.
/// `f(args)` without its trailing `(args)`: the callee's text.
fn strip_call_args(call: &str) -> &str {
    let b = call.as_bytes();
    let (mut depth, mut open, mut quote) = (0i32, None, None::<u8>);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'"' | b'\'' | b'`' => quote = Some(c),
                b'(' | b'[' | b'{' => {
                    if depth == 0 && c == b'(' {
                        open = Some(i);
                    }
                    depth += 1;
                }
                b')' | b']' | b'}' => depth -= 1,
                _ => {}
            },
        }
        i += 1;
    }
    match open {
        Some(i) if call.ends_with(')') => &call[..i],
        _ => call,
    }
}

/// A note list, newest (printed) first.
fn note_list(n: &Option<std::rc::Rc<super::graph::Note>>) -> Vec<std::rc::Rc<super::graph::Note>> {
    let mut out = Vec::new();
    let mut n = n.clone();
    while let Some(note) = n {
        n = note.next.clone();
        out.push(note);
    }
    out
}

fn late_variadics(
    stmts: &[crate::ir::Stmt],
    out: &mut std::collections::HashSet<crate::ir::AllocSiteId>,
) {
    use crate::ir::Stmt;
    walk_stmts(stmts, &mut |s| {
        if let Stmt::Defer(e) | Stmt::Go(e) = s {
            if let ExprKind::Call {
                variadic_site: Some(v),
                ..
            } = &e.kind
            {
                out.insert(*v);
            }
        }
    });
}

/// The range expressions of the range-over-func loops in `stmts`, with the
/// loop's call: lowering computes `f` of `for ... range f { body }` into a
/// temporary `t` and calls `t(body closure)` a few statements later
/// (`lower/rangefunc.rs`), where gc calls `f(body closure)`.
fn range_func_exprs(
    prog: &crate::ir::Program,
    stmts: &[crate::ir::Stmt],
    out: &mut Vec<(Span, Span)>,
) {
    use crate::ir::{Callee, Stmt};
    crate::ir::walk_blocks(stmts, &mut |block| {
        for (i, s) in block.iter().enumerate() {
            let Stmt::Assign(places, rhs) = s else {
                continue;
            };
            let ([p], [x]) = (places.as_slice(), rhs.as_slice()) else {
                continue;
            };
            let ExprKind::Local(t) = p.kind else { continue };
            for later in &block[i + 1..] {
                match later {
                    Stmt::Decl(_) | Stmt::Assign(..) => continue,
                    Stmt::Expr(
                        call @ Expr {
                            kind:
                                ExprKind::Call {
                                    callee: Callee::Indirect(f),
                                    args,
                                    ..
                                },
                            ..
                        },
                    ) if matches!(f.kind, ExprKind::Local(l) if l == t)
                        && args.len() == 1
                        && is_range_body(prog, &args[0]) =>
                    {
                        out.push((x.span, call.span));
                    }
                    _ => {}
                }
                break;
            }
        }
    });
}

/// Whether `e` is a range-over-func loop's body closure (lowering names
/// it `outer-rangeN`).
fn is_range_body(prog: &crate::ir::Program, e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Convert(x) => is_range_body(prog, x),
        ExprKind::Closure { func, .. } => prog.func(*func).short_name.contains("-range"),
        _ => false,
    }
}

/// gc's temporaries of `f` (see `Batch::gc_temps`), computed from its body.
pub(crate) fn temp_numbers(
    prog: &crate::ir::Program,
    tcx: &crate::types::TyCtx,
    f: FuncId,
) -> super::TempNumbers {
    use crate::ir::Stmt;
    let func = prog.func(f);
    // Each multi-value assignment, at the last local it assigns (gc
    // declares `a, b` of `a, b := g()` before its temporaries); each
    // go/defer wrapper, at the last local declared before it.
    enum Ev {
        Multi(Vec<Option<crate::ir::LocalId>>),
        Wrapper((u32, u32), u32),
        NonName((u32, u32)),
        /// `v, ok := m[k]` (or `x.(T)`, `<-c`): gc's reader assigns
        /// through two temporaries.
        CommaOk,
    }
    let mut events: Vec<(usize, Ev)> = Vec::new();
    let first = func
        .params
        .iter()
        .chain(&func.results)
        .map(|l| l.index())
        .max();
    let mut last_decl = first;
    if let Some(body) = &func.body {
        let mut temp_vals: std::collections::HashMap<crate::ir::LocalId, &Expr> =
            std::collections::HashMap::new();
        walk_stmts(body, &mut |s| {
            if let Stmt::Assign(places, rhs) = s {
                if let ([p], [v]) = (places.as_slice(), rhs.as_slice()) {
                    if let ExprKind::Local(l) = p.kind {
                        if func.local(l).kind == LocalKind::Temp {
                            temp_vals.insert(l, v);
                        }
                    }
                }
            }
        });
        // The receive heading a `range` over a channel (`t, ok = <-c`
        // into lowering's temporaries, then `if !ok { break }`): gc's
        // range has no temporaries of its own before walk.
        let mut range_recvs = std::collections::HashSet::new();
        walk_stmts(body, &mut |s| {
            let Stmt::Loop {
                cond: None, body, ..
            } = s
            else {
                return;
            };
            let mut it = body.iter().filter(|s| !matches!(s, Stmt::Decl(_)));
            if let (Some(Stmt::Assign(places, rhs)), Some(Stmt::If { .. })) = (it.next(), it.next())
            {
                let temps = places.iter().all(|p| {
                    matches!(p.kind, ExprKind::Local(l) if func.local(l).kind == LocalKind::Temp)
                });
                if let [r @ Expr {
                    kind: ExprKind::Recv { comma_ok: true, .. },
                    ..
                }] = rhs.as_slice()
                {
                    if temps {
                        range_recvs.insert((r.span.lo, r.span.hi));
                    }
                }
            }
        });
        walk_stmts(body, &mut |s| {
            // gc's type checker gives the callee of `f()(x)`, and the
            // receiver of the interface method call `f().M()`, a
            // temporary when it contains a call or a receive
            // (`RewriteNonNameCall`), as it checks the call: after its
            // operands, before the statement's own temporaries.
            if !matches!(s, Stmt::Decl(_)) {
                s.for_each_expr(|e| {
                    non_name_calls(e, &temp_vals, &mut |call| {
                        let at = last_decl.map_or(0, |l| l + 1);
                        events.push((at, Ev::NonName((call.span.lo, call.span.hi))));
                    })
                });
            }
            match s {
                Stmt::Decl(l) => last_decl = last_decl.max(Some(l.index())),
                Stmt::Assign(places, rhs)
                    if places.len() > 1
                        && matches!(
                            rhs.as_slice(),
                            [Expr {
                                kind: ExprKind::Call { .. },
                                ..
                            }]
                        ) =>
                {
                    let locals: Vec<_> = places
                        .iter()
                        .map(|p| match p.kind {
                            ExprKind::Local(l) => Some(l),
                            _ => None,
                        })
                        .collect();
                    if let Some(at) = locals.iter().flatten().map(|l| l.index()).max() {
                        events.push((at + 1, Ev::Multi(locals)));
                        // Later events come after these temporaries.
                        last_decl = last_decl.max(Some(at));
                    }
                }
                Stmt::Assign(places, rhs)
                    if places.len() == 2
                        && matches!(
                            rhs.as_slice(),
                            [Expr {
                                kind: ExprKind::MapIndex { comma_ok: true, .. }
                                    | ExprKind::TypeAssert { comma_ok: true, .. }
                                    | ExprKind::Recv { comma_ok: true, .. },
                                ..
                            }]
                        )
                        && !range_recvs.contains(&(rhs[0].span.lo, rhs[0].span.hi)) =>
                {
                    let at = last_decl.map_or(0, |l| l + 1);
                    events.push((at, Ev::CommaOk));
                }
                Stmt::Go(call) | Stmt::Defer(call)
                    if super::call::needs_wrapper(prog, tcx, call) =>
                {
                    let n = super::call::wrapper_operands(call).len() as u32;
                    let at = last_decl.map_or(0, |l| l + 1);
                    events.push((at, Ev::Wrapper((call.span.lo, call.span.hi), n)));
                }
                _ => {}
            }
        });
    }
    events.sort_by_key(|(at, _)| *at);
    let is_var = |l: &crate::ir::Local| {
        matches!(
            l.kind,
            LocalKind::Param | LocalKind::Result | LocalKind::Var
        )
    };
    let mut out = std::collections::HashMap::new();
    let mut wrappers = std::collections::HashMap::new();
    let mut non_name = std::collections::HashMap::new();
    let mut temps = 0;
    for (at, ev) in events {
        // `at` locals are declared before the event.
        let at = at.min(func.locals.len());
        let vars = func.locals[..at].iter().filter(|l| is_var(l)).count() as u32;
        match ev {
            Ev::Multi(locals) => {
                for (k, l) in locals.iter().enumerate() {
                    if let Some(l) = l {
                        if func.local(*l).kind == LocalKind::Temp {
                            out.insert(*l, vars + temps + k as u32);
                        }
                    }
                }
                temps += locals.len() as u32;
            }
            Ev::Wrapper(key, n) => {
                wrappers.insert(key, vars + temps);
                temps += n;
            }
            Ev::NonName(key) => {
                non_name.insert(key, vars + temps);
                temps += 1;
            }
            Ev::CommaOk => temps += 2,
        }
    }
    super::TempNumbers {
        locals: out,
        wrappers,
        calls: non_name,
    }
}

/// gc's line for an allocation: `X escapes to heap` or `X does not escape`.
fn fate(text: &str, escapes: bool) -> String {
    if escapes {
        format!("{text} escapes to heap")
    } else {
        format!("{text} does not escape")
    }
}

/// Calls `f` on each call in `e` (operands first) whose callee, or whose
/// interface receiver, gc's `RewriteNonNameCall` moves to a temporary: it
/// contains a call, a builtin call other than `new`, or a receive.
/// Lowering's temporaries (`temps`: each one's value) stand for the
/// operands they were split off from.
fn non_name_calls<'a>(
    e: &'a Expr,
    temps: &std::collections::HashMap<crate::ir::LocalId, &Expr>,
    f: &mut dyn FnMut(&'a Expr),
) {
    e.for_each_child(|c| non_name_calls(c, temps, f));
    if let ExprKind::Call { callee, .. } = &e.kind {
        let fun = match callee {
            crate::ir::Callee::Iface { recv, .. } => recv,
            crate::ir::Callee::Indirect(c) => c,
            crate::ir::Callee::Direct(_) => return,
        };
        if has_call_or_recv(fun, temps, 0) {
            f(e);
        }
    }
}

fn has_call_or_recv(
    e: &Expr,
    temps: &std::collections::HashMap<crate::ir::LocalId, &Expr>,
    depth: u32,
) -> bool {
    match &e.kind {
        ExprKind::Call { .. }
        | ExprKind::Builtin { .. }
        | ExprKind::Make { .. }
        | ExprKind::Recv { .. } => return true,
        ExprKind::Local(l) if depth < 64 => {
            if let Some(v) = temps.get(l) {
                return has_call_or_recv(v, temps, depth + 1);
            }
        }
        _ => {}
    }
    let mut found = false;
    e.for_each_child(|c| found = found || has_call_or_recv(c, temps, depth));
    found
}
