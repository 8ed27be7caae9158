//! Declarations: package-level collection, lazy resolution of package
//! objects with cycle detection (`obj_decl`, after types2's `objDecl`), type
//! expressions, signatures, and the driver of function-body checking.
//!
//! Package objects are resolved on first use (a colour per object: absent =
//! unresolved, grey = on the resolution path, black = done). A use of a grey
//! object is a cycle; like types2 it is an error unless it only involves
//! values (reported later as an initialization cycle) or passes through a
//! type definition (`type T struct{ next *T }`). Direct containment cycles
//! (`type T struct{ x T }`) are found by `valid_types` after resolution.

use super::errors;
use super::lookup::is_exported;
use super::{Checker, Color, DeclInfo, FuncCtx};
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, Decl, Expr, ExprKind, InterfaceElem};
use crate::syntax::span::Span;
use crate::types::{
    BasicKind, ConstValue, Field, FuncObj, IfaceMethod, Mode, ObjId, ObjKind, Signature, Type,
    TypeId, VarKind,
};
use std::collections::HashMap;

impl<'a> Checker<'a, '_> {
    /// Declares a package-level object, reporting redeclarations.
    fn declare_pkg(&mut self, id: &ast::Ident<'a>, obj: ObjId) {
        self.info.defs.insert(id.id, Some(obj));
        if id.is_blank() {
            return;
        }
        if !matches!(self.tcx.obj(obj).kind, ObjKind::Func(_)) {
            if id.name == "init" {
                self.error(id.span, "cannot declare init - must be func");
                return;
            }
            if id.name == "main" && self.tcx.packages[self.pkg.0 as usize].name == "main" {
                self.error(id.span, "cannot declare main - must be func");
                return;
            }
        }
        let scope = &mut self.tcx.packages[self.pkg.0 as usize].scope;
        if let Some(&alt) = scope.get(id.name) {
            let msg = self.redeclared(id.name, self.tcx.obj(alt).span);
            self.error(id.span, msg);
            return;
        }
        scope.insert(id.name.to_string(), obj);
    }

    /// Phase 1: creates objects for every package-level declaration and
    /// resolves imports into file scopes.
    pub(crate) fn collect_objects(&mut self, import: &dyn Fn(&str) -> Option<PkgId>) {
        let files = self.files.clone();
        for (fi, file) in files.iter().enumerate() {
            self.info.defs.insert(file.package.id, None);
            let mut fscope: HashMap<String, ObjId> = HashMap::new();
            for imp in file.imports {
                let p = if imp.path == "unsafe" {
                    Some(super::universe::unsafe_package(self.tcx))
                } else {
                    import(imp.path)
                };
                let Some(p) = p else {
                    if let Some(n) = &imp.name {
                        self.info.defs.insert(n.id, None);
                    }
                    continue;
                };
                if !self.tcx.packages[self.pkg.0 as usize].imports.contains(&p) {
                    self.tcx.packages[self.pkg.0 as usize].imports.push(p);
                }
                let pname = self.tcx.pkg(p).name.clone();
                match &imp.name {
                    Some(n) if n.name == "." => {
                        self.info.defs.insert(n.id, None);
                        let inv = self.invalid();
                        let obj = self.new_obj(ObjKind::PkgName(p), &pname, inv, n.span, None);
                        self.dot_imports.push((fi, p, obj));
                        self.imports
                            .push((obj, imp.path_span, format!("{}\u{0}", imp.path)));
                        let names: Vec<(String, ObjId)> = self
                            .tcx
                            .pkg(p)
                            .scope
                            .iter()
                            .filter(|(k, _)| is_exported(k))
                            .map(|(k, v)| (k.clone(), *v))
                            .collect();
                        for (k, v) in names {
                            fscope.insert(k, v);
                        }
                    }
                    Some(n) if n.is_blank() => {
                        self.info.defs.insert(n.id, None);
                    }
                    _ => {
                        let name = imp
                            .name
                            .map(|n| n.name.to_string())
                            .unwrap_or(pname.clone());
                        let (span, decl) = match &imp.name {
                            Some(n) => (n.span, Some(n.id)),
                            None => (imp.path_span, None),
                        };
                        let inv = self.invalid();
                        let obj = self.new_obj(ObjKind::PkgName(p), &name, inv, span, decl);
                        if let Some(n) = &imp.name {
                            self.info.defs.insert(n.id, Some(obj));
                        }
                        if let Some(&alt) = fscope.get(&name) {
                            // The first import keeps the name; the second is
                            // then never used, and reported so.
                            let msg = self.redeclared(&name, self.tcx.obj(alt).span);
                            self.error(span, msg);
                        } else {
                            fscope.insert(name.clone(), obj);
                        }
                        let shown = if imp.name.is_some() && name != pname {
                            name
                        } else {
                            String::new()
                        };
                        self.imports.push((
                            obj,
                            imp.path_span,
                            format!("{}\u{0}{}", imp.path, shown),
                        ));
                    }
                }
            }
            self.file_scopes.push(fscope);
            for d in file.decls {
                self.collect_decl(fi, d);
            }
        }
        // types2: names in file scopes (imports) and in the package scope
        // must differ; the package-level object is reported.
        let mut clashes = Vec::new();
        for fscope in &self.file_scopes {
            for (name, &obj) in fscope {
                if let Some(&alt) = self.tcx.packages[self.pkg.0 as usize].scope.get(name) {
                    clashes.push((name.clone(), obj, alt));
                }
            }
        }
        clashes.sort_by_key(|c| self.tcx.obj(c.2).span.lo);
        for (name, obj, alt) in clashes {
            let (what, p) = match self.tcx.obj(obj).kind {
                ObjKind::PkgName(p) => ("import", p),
                _ => match self.tcx.obj(obj).pkg {
                    Some(p) => ("dot-import", p),
                    None => continue,
                },
            };
            let pk = self.tcx.pkg(p);
            let msg = format!(
                "{name} already declared through {what} of package {} ({:?})",
                pk.name, pk.path
            );
            let span = self.tcx.obj(alt).span;
            self.error(span, msg);
        }
    }

    /// types2's `arity`: reports a constant or variable spec whose names and
    /// initializers do not pair up (`inherited`: the values are repeated from
    /// an earlier constant spec).
    pub(crate) fn arity(
        &mut self,
        names: &[ast::Ident<'_>],
        values: &[&Expr<'_>],
        const_decl: bool,
        inherited: bool,
    ) {
        let (l, r) = (names.len(), values.len());
        if l < r {
            let n = values[l];
            if inherited {
                let msg = format!("extra init expr at {}", self.sm.pos(n.span));
                self.error(names[0].span, msg);
            } else {
                let msg = format!("extra init expr {}", super::exprstring::expr_string(n));
                self.error(n.span, msg);
            }
        } else if l > r && (const_decl || r != 1) {
            let n = &names[r];
            self.error(n.span, format!("missing init expr for {}", n.name));
        }
    }

    fn collect_decl(&mut self, fi: usize, d: &'a Decl<'a>) {
        let inv = self.invalid();
        match d {
            Decl::Const(g) => {
                let mut last: Option<&'a ast::ValueSpec<'a>> = None;
                for spec in g.specs {
                    let inherited = spec.ty.is_none() && spec.values.is_empty();
                    let src = if inherited {
                        last.unwrap_or(spec)
                    } else {
                        spec
                    };
                    if !inherited {
                        last = Some(spec);
                    }
                    for (i, n) in spec.names.iter().enumerate() {
                        let obj = self.new_obj(
                            ObjKind::Const(ConstValue::int(0)),
                            n.name,
                            inv,
                            n.span,
                            Some(n.id),
                        );
                        let init = src.values.get(i).copied();
                        self.decls.insert(
                            obj,
                            DeclInfo::Const {
                                file: fi,
                                ty: src.ty,
                                init,
                                iota: spec.index,
                            },
                        );
                        self.decl_order.push(obj);
                        self.declare_pkg(n, obj);
                    }
                    self.arity(spec.names, src.values, true, inherited);
                }
            }
            Decl::Var(g) => {
                for spec in g.specs {
                    for (i, n) in spec.names.iter().enumerate() {
                        let obj = self.new_obj(
                            ObjKind::Var(VarKind::Global),
                            n.name,
                            inv,
                            n.span,
                            Some(n.id),
                        );
                        self.decls.insert(
                            obj,
                            DeclInfo::Var {
                                file: fi,
                                spec,
                                idx: i,
                            },
                        );
                        self.decl_order.push(obj);
                        self.declare_pkg(n, obj);
                    }
                }
            }
            Decl::Type(g) => {
                for spec in g.specs {
                    let obj = self.new_obj(
                        ObjKind::TypeName,
                        spec.name.name,
                        inv,
                        spec.name.span,
                        Some(spec.name.id),
                    );
                    if !spec.alias {
                        let t = self.tcx.new_named(obj);
                        self.tcx.obj_mut(obj).ty = t;
                    }
                    if let Some(tp) = spec.tparams {
                        let names = tp
                            .fields
                            .iter()
                            .flat_map(|f| f.names.iter().map(|n| n.name))
                            .collect();
                        self.gen.types.insert(
                            obj,
                            super::generic::GenericType {
                                pkg: self.pkg,
                                file: fi,
                                spec,
                                names,
                                methods: Vec::new(),
                                locals: None,
                            },
                        );
                    }
                    self.decls.insert(obj, DeclInfo::Type { file: fi, spec });
                    self.decl_order.push(obj);
                    self.declare_pkg(&spec.name, obj);
                }
            }
            Decl::Func(f) => {
                if self.collect_generic_method(fi, f) {
                    return;
                }
                let n = &f.name;
                let obj = self.new_obj(
                    ObjKind::Func(FuncObj::default()),
                    n.name,
                    inv,
                    n.span,
                    Some(n.id),
                );
                self.decls.insert(obj, DeclInfo::Func { file: fi, decl: f });
                self.decl_order.push(obj);
                if let (Some(tp), None) = (f.tparams, f.recv) {
                    let names = tp
                        .fields
                        .iter()
                        .flat_map(|f| f.names.iter().map(|n| n.name))
                        .collect();
                    self.gen.funcs.insert(
                        obj,
                        super::generic::GenericFunc {
                            pkg: self.pkg,
                            file: fi,
                            decl: f,
                            names,
                        },
                    );
                }
                if let Some(recv) = f.recv {
                    self.info.defs.insert(n.id, Some(obj));
                    self.method_objs.insert(n.id, obj);
                    if let Some(base) = recv.fields.first().and_then(|fl| recv_base_name(fl.ty)) {
                        self.methods_by_base
                            .entry(base.to_string())
                            .or_default()
                            .push(f);
                    }
                } else if n.name == "init" {
                    self.info.defs.insert(n.id, Some(obj));
                    if !f.ty.params.fields.is_empty() || !f.ty.results.fields.is_empty() {
                        self.error(
                            n.span,
                            "func init must have no arguments and no return values",
                        );
                    }
                } else {
                    if n.name == "main"
                        && self.tcx.pkg(self.pkg).name == "main"
                        && (!f.ty.params.fields.is_empty() || !f.ty.results.fields.is_empty())
                    {
                        self.error(
                            n.span,
                            "func main must have no arguments and no return values",
                        );
                    }
                    self.declare_pkg(n, obj);
                }
            }
            Decl::Bad(_) => {}
        }
    }

    /// Phase 2: resolves every package-level object in source order.
    pub(crate) fn package_objects(&mut self) {
        let order = self.decl_order.clone();
        // Types first, so that method sets are complete before values use them.
        for &o in &order {
            if matches!(self.decls.get(&o), Some(DeclInfo::Type { .. })) {
                self.obj_decl(o);
            }
        }
        for &o in &order {
            self.obj_decl(o);
        }
        self.valid_types();
    }

    /// Resolves a package-level object (once).
    pub(crate) fn obj_decl(&mut self, obj: ObjId) {
        match self.color.get(&obj) {
            Some(Color::Black) => return,
            Some(Color::Grey) => {
                self.grey_cycle(obj);
                return;
            }
            None => {}
        }
        let Some(d) = self.decls.get(&obj).copied() else {
            return;
        };
        self.color.insert(obj, Color::Grey);
        self.obj_path.push(obj);
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_file = self.cur_file;
        let saved_fctx = std::mem::take(&mut self.fctx);
        let saved_iota = self.iota.take();
        let saved_decl = self.cur_decl;
        let saved_locals = std::mem::take(&mut self.locals);
        self.cur_file = d.file();
        match d {
            DeclInfo::Const { ty, init, iota, .. } => {
                self.cur_decl = Some(obj);
                self.const_decl(obj, ty, init, iota);
            }
            DeclInfo::Var { spec, idx, .. } => {
                self.cur_decl = Some(obj);
                self.var_decl(obj, spec, idx);
            }
            DeclInfo::Type { spec, .. } => {
                self.cur_decl = None;
                self.type_decl(obj, spec);
            }
            DeclInfo::Func { decl, .. } => {
                self.cur_decl = None;
                self.func_decl(obj, decl);
            }
        }
        self.scopes = saved_scopes;
        self.cur_file = saved_file;
        self.fctx = saved_fctx;
        self.iota = saved_iota;
        self.cur_decl = saved_decl;
        self.locals = saved_locals;
        self.obj_path.pop();
        self.color.insert(obj, Color::Black);
    }

    fn grey_cycle(&mut self, obj: ObjId) {
        let Some(start) = self.obj_path.iter().position(|&o| o == obj) else {
            return;
        };
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let mut nval = 0;
        let mut ndef = 0;
        for &o in &cycle {
            match &self.tcx.obj(o).kind {
                ObjKind::Const(_) | ObjKind::Var(_) => nval += 1,
                ObjKind::TypeName => {
                    if matches!(self.decls.get(&o), Some(DeclInfo::Type { spec, .. }) if !spec.alias)
                    {
                        ndef += 1;
                    }
                }
                _ => {}
            }
        }
        if nval == cycle.len() || (nval == 0 && ndef > 0) {
            return;
        }
        self.cycle_error(&cycle);
    }

    fn cycle_error(&mut self, cycle: &[ObjId]) {
        let first = *cycle
            .iter()
            .min_by_key(|&&o| self.tcx.obj(o).span.lo)
            .unwrap();
        let o = self.tcx.obj(first);
        let (name, span) = (o.name.clone(), o.span);
        let msg = if matches!(o.kind, ObjKind::TypeName) {
            errors::invalid_recursive_type(&name, cycle.len() == 1)
        } else {
            errors::invalid_cycle(&name, cycle.len() == 1)
        };
        self.error(span, msg);
        for &c in cycle {
            if !matches!(self.tcx.obj(c).kind, ObjKind::TypeName | ObjKind::Func(_)) {
                let inv = self.invalid();
                self.tcx.obj_mut(c).ty = inv;
            }
        }
    }

    fn const_decl(
        &mut self,
        obj: ObjId,
        ty: Option<&'a Expr<'a>>,
        init: Option<&'a Expr<'a>>,
        iota: u32,
    ) {
        self.iota = Some(ConstValue::int(iota as i64));
        let typ = ty.map(|t| self.type_expr(t));
        if let Some(t) = typ {
            if !self.is_invalid_ty(t) && !is_const_type(self.tcx.under(t)) {
                let msg = format!("invalid constant type {}", self.type_str(t));
                self.error(ty.unwrap().span, msg);
                let inv = self.invalid();
                self.tcx.obj_mut(obj).ty = inv;
                return;
            }
        }
        let Some(init) = init else {
            let inv = self.invalid();
            self.tcx.obj_mut(obj).ty = inv;
            return;
        };
        let mut x = self.expr(init);
        if !x.is_invalid() && x.mode != super::OpMode::Constant {
            let msg = format!("{} is not constant", self.describe(&x));
            self.error(init.span, msg);
            x = super::Operand::invalid(Some(init));
        }
        if let Some(t) = typ {
            if !x.is_invalid() {
                self.assignment(&mut x, Some(t), "constant declaration");
            }
        }
        if x.is_invalid() {
            let inv = self.invalid();
            self.tcx.obj_mut(obj).ty = inv;
            return;
        }
        let o = self.tcx.obj_mut(obj);
        o.ty = x.ty;
        o.kind = ObjKind::Const(x.val.clone().unwrap_or(ConstValue::int(0)));
    }

    fn var_decl(&mut self, obj: ObjId, spec: &'a ast::ValueSpec<'a>, idx: usize) {
        let typ = spec.ty.map(|t| self.type_expr(t));
        let lhs: Vec<ObjId> = spec
            .names
            .iter()
            .map(|n| {
                self.info
                    .defs
                    .get(n.id)
                    .copied()
                    .flatten()
                    .expect("package var object")
            })
            .collect();
        if let Some(t) = typ {
            for &o in &lhs {
                self.tcx.obj_mut(o).ty = t;
                let spell = self.spell_type_expr(spec.ty.unwrap(), t);
                self.set_spell(o, spell);
            }
        }
        if spec.values.is_empty() {
            return;
        }
        if spec.values.len() == spec.names.len() {
            let e = spec.values[idx];
            let mut x = self.expr_hint(e, typ);
            let context = if spec.names.len() == 1 {
                "variable declaration"
            } else {
                "assignment"
            };
            self.init_var(obj, &mut x, typ, context);
            return;
        }
        // n:1 — one multi-valued initializer for all names.
        for &o in &lhs {
            if o != obj {
                self.color.insert(o, Color::Black);
            }
        }
        self.init_vars(&lhs, spec.values, typ, None);
        for &o in &lhs {
            if o != obj {
                let d = self.deps.get(&obj).cloned().unwrap_or_default();
                self.deps.insert(o, d);
            }
        }
    }

    /// A generic type declaration: its shape with type parameters;
    /// instances are made by `generic::instantiate_type`, methods go there.
    pub(crate) fn generic_type_decl(
        &mut self,
        named: TypeId,
        spec: &'a ast::TypeSpec<'a>,
        tp: &'a ast::FieldList<'a>,
    ) {
        self.open_scope(false);
        let tps = self.declare_tparam_names(tp);
        if let Type::Named(n) = self.tcx.ty(named).clone() {
            self.tcx.named[n.0 as usize].tparams = tps.clone();
        }
        self.declare_tparam_bounds(tp, &tps);
        let rhs = self.type_expr(spec.ty);
        self.close_scope();
        let under = self.tcx.underlying(rhs);
        if let Type::Named(n) = self.tcx.ty(named).clone() {
            self.tcx.named[n.0 as usize].underlying = if under == named {
                self.invalid()
            } else {
                under
            };
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec<'a>) {
        if spec.alias {
            if let Some(tp) = spec.tparams {
                // A generic alias: its right-hand side with its type
                // parameters, substituted by each instance.
                self.open_scope(false);
                let tps = self.declare_tparams(tp);
                self.gen.alias_tparams.insert(obj, tps);
                let t = self.type_expr(spec.ty);
                self.close_scope();
                self.tcx.obj_mut(obj).ty = t;
                return;
            }
            let t = self.type_expr(spec.ty);
            self.tcx.obj_mut(obj).ty = t;
            let spell = self.spell_type_expr(spec.ty, t);
            self.set_spell(obj, spell);
            return;
        }
        let named = self.tcx.obj(obj).ty;
        if let Some(tp) = spec.tparams {
            self.generic_type_decl(named, spec, tp);
            return;
        }
        let rhs = self.type_expr(spec.ty);
        let mut under = self.tcx.underlying(rhs);
        if let Type::Named(n) = self.tcx.ty(rhs).clone() {
            let nobj = self.tcx.named[n.0 as usize].obj;
            if self.is_invalid_ty(under) && self.color.get(&nobj) == Some(&Color::Grey) {
                if let Some(start) = self.obj_path.iter().position(|&o| o == nobj) {
                    let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
                    self.cycle_error(&cycle);
                }
                under = self.invalid();
            }
        }
        if let Type::Named(n) = self.tcx.ty(named).clone() {
            self.tcx.named[n.0 as usize].underlying = under;
        }
        // Attach the methods declared on this type.
        let name = spec.name.name;
        let decls = self.methods_by_base.get(name).cloned().unwrap_or_default();
        let mut seen: HashMap<String, Span> = HashMap::new();
        for f in decls {
            let Some(&m) = self.method_objs.get(&f.name.id) else {
                continue;
            };
            if f.name.is_blank() {
                continue;
            }
            if seen.contains_key(f.name.name) {
                let msg = format!(
                    "method {}.{} already declared at {}",
                    name,
                    f.name.name,
                    self.sm.pos(seen[f.name.name])
                );
                self.error(f.name.span, msg);
                continue;
            }
            seen.insert(f.name.name.to_string(), f.name.span);
            if let Type::Struct(fields) = self.tcx.under(named) {
                if fields.iter().any(|fl| fl.name == f.name.name) {
                    let msg = format!("field and method with the same name {}", f.name.name);
                    self.error(f.name.span, msg);
                    continue;
                }
            }
            if let Type::Named(n) = self.tcx.ty(named).clone() {
                self.tcx.named[n.0 as usize].methods.push(m);
            }
        }
        let methods = match self.tcx.ty(named) {
            Type::Named(n) => self.tcx.named[n.0 as usize].methods.clone(),
            _ => vec![],
        };
        for m in methods {
            self.obj_decl(m);
        }
    }

    pub(crate) fn func_decl(&mut self, obj: ObjId, decl: &'a ast::FuncDecl<'a>) {
        if let (Some(tp), None, false) = (decl.tparams, decl.recv, self.instantiating) {
            // A generic function: its signature over type parameters; the
            // body is checked per instance (`generic.rs`).
            self.open_scope(true);
            let tparams = self.declare_tparams(tp);
            let (sig, params, results) = self.signature(decl.ty);
            self.close_scope();
            self.tcx.obj_mut(obj).ty = sig;
            self.tcx.obj_mut(obj).kind = ObjKind::Func(FuncObj {
                recv: None,
                params,
                results,
                runtime_symbol: None,
                noescape: false,
                asm: false,
                tparams,
            });
            return;
        }
        self.open_scope(true);
        let mut recv_obj = None;
        if let Some(recv) = decl.recv {
            if let Some(f) = recv.fields.first() {
                let rt = self.type_expr(f.ty);
                let (base, _) = match self.tcx.ty(rt) {
                    Type::Pointer(b) => (*b, true),
                    _ => (rt, false),
                };
                let valid_base = match self.tcx.ty(base) {
                    Type::Named(n) => {
                        let bo = self.tcx.named[n.0 as usize].obj;
                        let bobj = self.tcx.obj(bo);
                        if bobj.pkg != Some(self.pkg) {
                            let msg = format!(
                                "cannot define new methods on non-local type {}",
                                self.type_str(base)
                            );
                            self.error(f.ty.span, msg);
                            false
                        } else if matches!(
                            self.tcx.under(base),
                            Type::Pointer(_) | Type::Interface(_)
                        ) {
                            let msg = format!(
                                "invalid receiver type {} (pointer or interface type)",
                                self.type_str(base)
                            );
                            self.error(f.ty.span, msg);
                            false
                        } else {
                            true
                        }
                    }
                    Type::Basic(BasicKind::Invalid) => true,
                    Type::Basic(_) => {
                        let msg = format!(
                            "cannot define new methods on non-local type {}",
                            self.type_str(base)
                        );
                        self.error(f.ty.span, msg);
                        false
                    }
                    _ => false,
                };
                if !valid_base && !matches!(self.tcx.ty(base), Type::Basic(_) | Type::Named(_)) {
                    let msg = format!("invalid receiver type {}", self.type_str(rt));
                    self.error(f.ty.span, msg);
                }
                let (name, span, node) = match f.names.first() {
                    Some(n) => (n.name, n.span, Some(n.id)),
                    None => ("_", f.ty.span, None),
                };
                let o = self.new_obj(ObjKind::Var(VarKind::Receiver), name, rt, span, node);
                if let Some(n) = f.names.first() {
                    self.info.defs.insert(n.id, Some(o));
                }
                recv_obj = Some(o);
            }
        }
        let (sig, params, results) = self.signature(decl.ty);
        self.close_scope();
        let runtime_symbol = decl
            .pragmas
            .iter()
            .find_map(|p| p.strip_prefix("rgo:runtime").map(|s| s.trim().to_string()))
            .filter(|s| !s.is_empty());
        if decl.body.is_none()
            && runtime_symbol.is_none()
            && !decl.pragmas.iter().any(|p| p.starts_with("go:linkname"))
        {
            let d = Diagnostic::error(decl.name.span.start(), errors::missing_body());
            self.missing_bodies.push(d);
        }
        let asm = decl.pragmas.iter().any(|p| p.trim() == "rgo:asm");
        let noescape =
            (decl.body.is_none() || asm) && decl.pragmas.iter().any(|p| p.trim() == "go:noescape");
        self.tcx.obj_mut(obj).ty = sig;
        let spell = self.spell_signature(decl.ty, sig, 0);
        self.set_spell(obj, spell);
        let o = self.tcx.obj_mut(obj);
        o.kind = ObjKind::Func(FuncObj {
            recv: recv_obj,
            params,
            results,
            runtime_symbol,
            noescape,
            asm,
            tparams: Vec::new(),
        });
        if decl.body.is_some() {
            self.bodies.push((obj, decl));
        }
    }

    /// Resolves a function type, creating parameter and result objects
    /// (recorded in `defs`; not declared in any scope).
    pub(crate) fn signature(
        &mut self,
        ft: &'a ast::FuncType<'a>,
    ) -> (TypeId, Vec<ObjId>, Vec<ObjId>) {
        let mut params = Vec::new();
        let mut ptys = Vec::new();
        let mut variadic = false;
        let nfields = ft.params.fields.len();
        let mut pi = 0;
        for (fi, f) in ft.params.fields.iter().enumerate() {
            let mut t = match &f.ty.kind {
                ExprKind::Ellipsis(Some(elem)) if fi + 1 != nfields || f.names.len() > 1 => {
                    // The parser reported `can only use ... with final
                    // parameter`; like gc's, the parameter has type T.
                    self.type_expr(elem)
                }
                ExprKind::Ellipsis(Some(elem)) => {
                    variadic = true;
                    let e = self.type_expr(elem);
                    let s = self.tcx.intern(Type::Slice(e));
                    self.record(f.ty, Mode::TypeExpr, s, None);
                    s
                }
                _ => self.type_expr(f.ty),
            };
            if self.is_invalid_ty(t) {
                t = self.invalid();
            }
            if f.names.is_empty() {
                let name = format!("~p{pi}");
                let o = self.new_obj(ObjKind::Var(VarKind::Param), &name, t, f.ty.span, None);
                params.push(o);
                ptys.push(t);
                pi += 1;
            }
            for n in f.names {
                let o = self.new_obj(ObjKind::Var(VarKind::Param), n.name, t, n.span, Some(n.id));
                self.info.defs.insert(n.id, Some(o));
                let spell = self.spell_type_expr(f.ty, t);
                self.set_spell(o, spell);
                params.push(o);
                ptys.push(t);
                pi += 1;
            }
        }
        let mut results = Vec::new();
        let mut rtys = Vec::new();
        for f in ft.results.fields {
            let t = self.type_expr(f.ty);
            if f.names.is_empty() {
                let name = format!("~r{}", results.len());
                let o = self.new_obj(ObjKind::Var(VarKind::Result), &name, t, f.ty.span, None);
                let spell = self.spell_type_expr(f.ty, t);
                self.set_spell(o, spell);
                results.push(o);
                rtys.push(t);
            }
            for n in f.names {
                let o = self.new_obj(ObjKind::Var(VarKind::Result), n.name, t, n.span, Some(n.id));
                self.info.defs.insert(n.id, Some(o));
                let spell = self.spell_type_expr(f.ty, t);
                self.set_spell(o, spell);
                results.push(o);
                rtys.push(t);
            }
        }
        let sig = self.tcx.intern(Type::Func(Signature {
            params: ptys,
            results: rtys,
            variadic,
        }));
        (sig, params, results)
    }

    /// Resolves a type expression and records it (`Mode::TypeExpr`).
    /// types2's `nonGeneric`: a generic type named without type arguments
    /// is an error (`cannot use generic type Pair[K comparable, V any]
    /// without instantiation`).
    fn non_generic_type(&mut self, e: &'a Expr<'a>, t: TypeId) -> TypeId {
        let (name, tparams) = match self.generic_alias(e) {
            Some((alias, tps)) => (self.tcx.obj(alias).name.clone(), tps),
            None => {
                let Type::Named(n) = self.tcx.ty(t) else {
                    return t;
                };
                let nm = &self.tcx.named[n.0 as usize];
                if nm.tparams.is_empty() || !nm.targs.is_empty() {
                    return t;
                }
                (self.type_str(t), nm.tparams.clone())
            }
        };
        // Consecutive type parameters with the same constraint share it.
        let mut groups: Vec<(Vec<String>, Option<TypeId>)> = Vec::new();
        for o in tparams {
            let obj = self.tcx.obj(o);
            let bound = self.tcx.tparam_bounds.get(&obj.ty).copied();
            match groups.last_mut() {
                Some((names, b)) if *b == bound => names.push(obj.name.clone()),
                _ => groups.push((vec![obj.name.clone()], bound)),
            }
        }
        let list: Vec<String> = groups
            .iter()
            .map(|(names, b)| match b {
                // `any` is how the empty constraint is nearly always spelled.
                Some(b) if matches!(self.tcx.under(*b), Type::Interface(ms) if ms.is_empty()) => {
                    format!("{} any", names.join(", "))
                }
                Some(b) => format!("{} {}", names.join(", "), self.type_str(*b)),
                None => names.join(", "),
            })
            .collect();
        let msg = format!(
            "cannot use generic type {}[{}] without instantiation",
            name,
            list.join(", ")
        );
        self.error(e.span, msg);
        self.invalid()
    }

    pub(crate) fn type_expr(&mut self, e: &'a Expr<'a>) -> TypeId {
        let t = self.type_expr_inner(e);
        self.record(e, Mode::TypeExpr, t, None);
        t
    }

    fn type_expr_inner(&mut self, e: &'a Expr<'a>) -> TypeId {
        let inv = self.invalid();
        match &e.kind {
            ExprKind::Ident(id) if !id.is_blank() => {
                // types2: a name that is not a type is reported with its
                // object kind, and a variable so named counts as used.
                if let Some(o) = self.lookup(id.name) {
                    let kind = match &self.tcx.obj(o).kind {
                        ObjKind::TypeName => None,
                        ObjKind::PkgName(_) => Some("package name"),
                        ObjKind::Const(_) => Some("constant"),
                        ObjKind::Var(k) => Some(match k {
                            VarKind::Global => "package-level variable",
                            VarKind::Local => "local variable",
                            VarKind::Receiver => "receiver",
                            VarKind::Param => "parameter",
                            VarKind::Result => "result variable",
                            VarKind::Field => "struct field",
                        }),
                        ObjKind::Func(f) if f.recv.is_some() => Some("method"),
                        ObjKind::Func(_) => Some("function"),
                        ObjKind::Label => Some("label"),
                        ObjKind::Builtin(_) => Some("built-in function"),
                        ObjKind::Nil => Some("untyped nil"),
                    };
                    if let Some(kind) = kind {
                        self.info.uses.insert(id.id, o);
                        if matches!(self.tcx.obj(o).kind, ObjKind::Var(_)) {
                            self.used_vars.insert(o);
                        }
                        self.error(e.span, format!("{} ({kind}) is not a type", id.name));
                        return inv;
                    }
                }
                let x = self.expr_or_type(e);
                match x.mode {
                    super::OpMode::TypeExpr => self.non_generic_type(e, x.ty),
                    super::OpMode::Invalid => inv,
                    _ => {
                        let msg = errors::not_a_type(&super::exprstring::expr_string(e));
                        self.error(e.span, msg);
                        inv
                    }
                }
            }
            ExprKind::Union(terms) => self.union_type(terms),
            ExprKind::Ident(_)
            | ExprKind::Selector { .. }
            | ExprKind::Index { .. }
            | ExprKind::IndexList { .. } => {
                let x = self.expr_or_type(e);
                match x.mode {
                    super::OpMode::TypeExpr => self.non_generic_type(e, x.ty),
                    super::OpMode::Invalid => inv,
                    _ => {
                        let msg = errors::not_a_type(&super::exprstring::expr_string(e));
                        self.error(e.span, msg);
                        inv
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let b = self.type_expr(x);
                if self.is_invalid_ty(b) {
                    return inv;
                }
                self.tcx.intern(Type::Pointer(b))
            }
            ExprKind::ArrayType { len: None, elem } => {
                let el = self.type_expr(elem);
                if self.is_invalid_ty(el) {
                    return inv;
                }
                self.tcx.intern(Type::Slice(el))
            }
            ExprKind::ArrayType { len: Some(l), elem } => {
                if matches!(l.kind, ExprKind::Ellipsis(None)) {
                    self.error(
                        l.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.type_expr(elem);
                    return inv;
                }
                let n = self.array_length(l);
                let el = self.type_expr(elem);
                match n {
                    Some(n) if !self.is_invalid_ty(el) => self.tcx.intern(Type::Array(el, n)),
                    _ => inv,
                }
            }
            ExprKind::MapType { key, value } => {
                let k = self.type_expr(key);
                let v = self.type_expr(value);
                if self.is_invalid_ty(k) || self.is_invalid_ty(v) {
                    return inv;
                }
                // Map keys are checked once all types are complete.
                let spell = self.spell_type_expr(key, k);
                self.map_keys.push((k, key.span, spell));
                self.tcx.intern(Type::Map(k, v))
            }
            ExprKind::ChanType { dir, elem } => {
                let el = self.type_expr(elem);
                if self.is_invalid_ty(el) {
                    return inv;
                }
                self.tcx.intern(Type::Chan(*dir, el))
            }
            ExprKind::FuncType(ft) => {
                self.open_scope(false);
                let (sig, _, _) = self.signature(ft);
                self.close_scope();
                sig
            }
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::InterfaceType { elems } => self.interface_type(elems),
            ExprKind::Ellipsis(_) => {
                self.error(e.span, "invalid use of ...");
                inv
            }
            ExprKind::Bad => inv,
            _ => {
                let msg = errors::not_a_type(&super::exprstring::expr_string(e));
                self.error(e.span, msg);
                inv
            }
        }
    }

    fn array_length(&mut self, l: &'a Expr<'a>) -> Option<u64> {
        // Like types2, a bare name is looked up without being marked used: a
        // variable there is most likely a missing type-parameter constraint.
        if let ExprKind::Ident(id) = &l.kind {
            if !id.is_blank() {
                match self.lookup(id.name) {
                    None => {
                        self.error(
                            l.span,
                            format!(
                                "undefined array length {} or missing type constraint",
                                id.name
                            ),
                        );
                        return None;
                    }
                    Some(o) if !matches!(self.tcx.obj(o).kind, ObjKind::Const(_)) => {
                        self.error(l.span, format!("invalid array length {}", id.name));
                        return None;
                    }
                    Some(_) => {}
                }
            }
        }
        let x = self.expr(l);
        if x.is_invalid() {
            return None;
        }
        if x.mode != super::OpMode::Constant {
            let d = self.describe(&x);
            self.error(l.span, format!("array length {d} must be constant"));
            return None;
        }
        let is_int = matches!(self.tcx.under(x.ty), Type::Basic(k) if super::expr::is_integer_kind(*k) || *k == BasicKind::UntypedInt || *k == BasicKind::UntypedRune || *k == BasicKind::UntypedFloat || *k == BasicKind::UntypedComplex);
        let v = x.val.clone().unwrap();
        if is_int {
            if let Some(n) = v.to_bigint() {
                use num_traits::{Signed, ToPrimitive};
                if !n.is_negative() {
                    if let Some(n) = n.to_u64() {
                        self.convert_untyped_to(l, self.basic(BasicKind::Int));
                        return Some(n);
                    }
                }
                let d = self.describe(&x);
                self.error(l.span, format!("invalid array length {d}"));
                return None;
            }
        }
        let d = self.describe(&x);
        self.error(l.span, format!("array length {d} must be integer"));
        None
    }

    fn struct_type(&mut self, fl: &'a ast::FieldList<'a>) -> TypeId {
        let mut fields: Vec<Field> = Vec::new();
        let mut seen: HashMap<String, Span> = HashMap::new();
        for f in fl.fields {
            let t = self.type_expr(f.ty);
            let tag = f.tag.map(|s| s.to_string());
            let mut add = |ck: &mut Self,
                           name: &str,
                           span: Span,
                           node: Option<crate::syntax::ast::NodeId>,
                           embedded: bool| {
                let o = ck.new_obj(ObjKind::Var(VarKind::Field), name, t, span, node);
                let spell = ck.spell_type_expr(f.ty, t);
                ck.set_spell(o, spell);
                if let Some(id) = node {
                    ck.info.defs.insert(id, Some(o));
                }
                if name != "_" {
                    if let Some(&other) = seen.get(name) {
                        let msg = format!(
                            "{name} redeclared\n\t{}: other declaration of {name}",
                            ck.sm.pos(other)
                        );
                        ck.error(span, msg);
                    }
                    seen.insert(name.to_string(), span);
                }
                let pkg = if is_exported(name) {
                    None
                } else {
                    Some(ck.pkg)
                };
                fields.push(Field {
                    name: name.to_string(),
                    ty: t,
                    embedded,
                    tag: tag.clone(),
                    pkg,
                    obj: Some(o),
                });
            };
            if f.embedded || f.names.is_empty() {
                let name = embedded_name(f.ty).unwrap_or("_");
                // Embedded fields must be a type name T or *T with T not a pointer or interface pointer.
                let (base, ptr) = match self.tcx.ty(t) {
                    Type::Pointer(b) => (*b, true),
                    _ => (t, false),
                };
                if !self.is_invalid_ty(t) {
                    if matches!(self.tcx.ty(base), Type::TypeParam(_)) {
                        self.error(
                            f.ty.span,
                            "embedded field type cannot be a (pointer to a) type parameter",
                        );
                    } else if matches!(self.tcx.under(base), Type::Basic(BasicKind::UnsafePointer))
                    {
                        self.error(f.ty.span, "embedded field type cannot be unsafe.Pointer");
                    } else if matches!(self.tcx.under(base), Type::Pointer(_)) {
                        self.error(f.ty.span, "embedded field type cannot be a pointer");
                    } else if ptr && matches!(self.tcx.under(base), Type::Interface(_)) {
                        self.error(
                            f.ty.span,
                            "embedded field type cannot be a pointer to an interface",
                        );
                    }
                }
                add(self, name, f.ty.span, None, true);
            } else {
                for n in f.names {
                    add(self, n.name, n.span, Some(n.id), false);
                }
            }
        }
        self.tcx.intern(Type::Struct(fields))
    }

    /// Builds an interface type (embedded interfaces flattened, methods
    /// sorted by name) and registers method objects for it.
    pub(crate) fn interface_type(&mut self, elems: &'a [InterfaceElem<'a>]) -> TypeId {
        let mut methods: Vec<IfaceMethod> = Vec::new();
        let mut objs: Vec<(String, ObjId)> = Vec::new();
        let mut seen: HashMap<String, Span> = HashMap::new();
        let mut set_terms: Option<Vec<(bool, TypeId)>> = None;
        let mut set_comparable = false;
        let mut is_set = false;
        for el in elems {
            if let InterfaceElem::Method { name, ty } = el {
                self.open_scope(false);
                let (sig, _, _) = self.signature(ty);
                self.close_scope();
                let o = self.new_obj(
                    ObjKind::Func(FuncObj::default()),
                    name.name,
                    sig,
                    name.span,
                    Some(name.id),
                );
                let spell = self.spell_signature(ty, sig, 0);
                self.set_spell(o, spell);
                self.info.defs.insert(name.id, Some(o));
                if name.is_blank() {
                    self.error(name.span, "methods must have a unique non-blank name");
                    continue;
                }
                if seen.contains_key(name.name) {
                    self.error(name.span, format!("duplicate method {}", name.name));
                    continue;
                }
                seen.insert(name.name.to_string(), name.span);
                let pkg = if is_exported(name.name) {
                    None
                } else {
                    Some(self.pkg)
                };
                methods.push(IfaceMethod {
                    name: name.name.to_string(),
                    sig,
                    pkg,
                });
                objs.push((name.name.to_string(), o));
            }
        }
        for el in elems {
            if let InterfaceElem::Embed(t) = el {
                let et = self.type_expr(t);
                if self.is_invalid_ty(et) {
                    continue;
                }
                let u = self.tcx.underlying(et);
                match self.tcx.ty(u).clone() {
                    Type::Interface(ms) => {
                        for m in ms {
                            if let Some(prev) = methods.iter().find(|x| x.name == m.name) {
                                if prev.sig != m.sig {
                                    self.error(t.span, format!("duplicate method {}", m.name));
                                }
                                continue;
                            }
                            if let Some(&o) = self.tcx.iface_method_objs.get(&(u, m.name.clone())) {
                                objs.push((m.name.clone(), o));
                            }
                            methods.push(m);
                        }
                    }
                    Type::TypeSet {
                        methods: ms,
                        terms: ts,
                        comparable: c,
                    } => {
                        for m in ms {
                            if !methods.iter().any(|x| x.name == m.name) {
                                methods.push(m);
                            }
                        }
                        set_terms = set_terms.or(ts);
                        set_comparable |= c;
                        is_set = true;
                    }
                    Type::Basic(BasicKind::Invalid) => {
                        // An embedded interface still being resolved: a cycle.
                        let msg = errors::invalid_recursive_type(
                            &super::exprstring::expr_string(t),
                            false,
                        );
                        self.error(t.span, msg);
                    }
                    _ => {
                        // A single-term type set: `interface{ int }`.
                        set_terms.get_or_insert_with(Vec::new).push((false, et));
                        is_set = true;
                    }
                }
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        if is_set {
            return self.tcx.intern(Type::TypeSet {
                methods,
                terms: set_terms,
                comparable: set_comparable,
            });
        }
        let t = self.tcx.intern(Type::Interface(methods));
        for (name, o) in objs {
            self.tcx.iface_method_objs.entry((t, name)).or_insert(o);
        }
        t
    }

    /// Reports containment cycles (`type T struct{ x T }`, `type A [2]A`).
    fn valid_types(&mut self) {
        let mut done = std::collections::HashSet::new();
        let order = self.decl_order.clone();
        for o in order {
            if !matches!(self.decls.get(&o), Some(DeclInfo::Type { .. })) {
                continue;
            }
            let t = self.tcx.obj(o).ty;
            let mut path = Vec::new();
            self.valid_type(t, &mut path, &mut done);
        }
        self.check_map_keys();
    }

    /// Reports map key types that are not comparable.
    pub(crate) fn check_map_keys(&mut self) {
        let keys = std::mem::take(&mut self.map_keys);
        for (k, span, spell) in keys {
            if let Type::TypeParam(_) = self.tcx.ty(k) {
                let c = self.tcx.tparam_bounds.get(&k).copied();
                let ok = c.is_some_and(|c| match self.tcx.under(c) {
                    Type::TypeSet {
                        comparable, terms, ..
                    } => {
                        *comparable
                            || terms.as_ref().is_some_and(|ts| {
                                ts.iter()
                                    .all(|&(_, t)| super::lookup::comparable(self.tcx, t))
                            })
                    }
                    _ => false,
                });
                if !ok {
                    let msg = format!(
                        "invalid map key type {} (missing comparable constraint)",
                        self.spell_str(&spell)
                    );
                    self.error(span, msg);
                }
                continue;
            }
            if self.has_tparam(k) {
                continue;
            }
            if !super::lookup::comparable(self.tcx, k) {
                let msg = format!("invalid map key type {}", self.spell_str(&spell));
                self.error(span, msg);
            }
        }
    }

    fn valid_type(
        &mut self,
        t: TypeId,
        path: &mut Vec<ObjId>,
        done: &mut std::collections::HashSet<TypeId>,
    ) -> bool {
        match self.tcx.ty(t).clone() {
            Type::Named(n) => {
                let obj = self.tcx.named[n.0 as usize].obj;
                if done.contains(&t) {
                    return true;
                }
                if let Some(i) = path.iter().position(|&o| o == obj) {
                    let cycle: Vec<ObjId> = path[i..].to_vec();
                    self.cycle_error(&cycle);
                    for &c in &cycle {
                        let ct = self.tcx.obj(c).ty;
                        done.insert(ct);
                    }
                    return false;
                }
                if self.tcx.obj(obj).pkg != Some(self.pkg) {
                    return true;
                }
                path.push(obj);
                let u = self.tcx.named[n.0 as usize].underlying;
                let ok = self.valid_type(u, path, done);
                path.pop();
                done.insert(t);
                ok
            }
            Type::Array(e, _) => self.valid_type(e, path, done),
            Type::Struct(fs) => {
                for f in fs {
                    if !self.valid_type(f.ty, path, done) {
                        return false;
                    }
                }
                true
            }
            _ => true,
        }
    }

    /// Phase 3: checks every function body.
    pub(crate) fn check_bodies(&mut self) {
        let mut i = 0;
        while i < self.bodies.len() {
            let (obj, decl) = self.bodies[i];
            i += 1;
            let DeclInfo::Func { file, .. } = self.decls[&obj] else {
                continue;
            };
            self.cur_file = file;
            self.cur_decl = Some(obj);
            let ObjKind::Func(f) = self.tcx.obj(obj).kind.clone() else {
                continue;
            };
            if let Some(body) = decl.body {
                self.gen.owner = Some(obj);
                self.func_body(f.recv, &f.params, &f.results, body);
                self.gen.owner = None;
            }
        }
        self.cur_decl = None;
    }

    /// Checks a function body given its signature and parameter objects.
    pub(crate) fn func_body(
        &mut self,
        recv: Option<ObjId>,
        params: &[ObjId],
        results: &[ObjId],
        body: &'a ast::Block<'a>,
    ) {
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_fctx = std::mem::take(&mut self.fctx);
        let saved_locals = std::mem::take(&mut self.locals);
        self.open_scope(true);
        for &o in recv.iter().chain(params).chain(results) {
            let (name, span) = (self.tcx.obj(o).name.clone(), self.tcx.obj(o).span);
            if name != "_" && !name.starts_with('~') {
                self.declare_local(&name, o, span);
            }
        }
        let named_results = results
            .first()
            .is_some_and(|&r| !self.tcx.obj(r).name.starts_with('~'));
        self.fctx = FuncCtx {
            results: results.to_vec(),
            named_results,
        };
        self.stmt_list(body.stmts, super::stmt::StmtCtx);
        // Label and branch errors are gc's parser's (they come first in
        // report order, see `Diagnostic::parsed`); then types2's order:
        // `missing return`, then unused variables.
        self.labels(body);
        if !results.is_empty() && !super::stmt::is_terminating_list(body.stmts) {
            self.error(body.rbrace, errors::missing_return());
        }
        self.report_unused();
        self.close_scope();
        self.scopes = saved_scopes;
        self.fctx = saved_fctx;
        self.locals = saved_locals;
    }

    fn report_unused(&mut self) {
        let mut unused: Vec<ObjId> = self
            .locals
            .iter()
            .copied()
            .filter(|o| !self.used_vars.contains(o))
            .collect();
        unused.sort_by_key(|&o| self.tcx.obj(o).span.lo);
        for o in unused {
            let (name, span) = (self.tcx.obj(o).name.clone(), self.tcx.obj(o).span);
            self.error(span, errors::declared_not_used(&name));
        }
    }

    pub(crate) fn unused_imports(&mut self) {
        let imports = std::mem::take(&mut self.imports);
        // Generic bodies are checked per instance only, so an import used
        // only in a body never instantiated is not seen by the checker.
        // Such bodies are scanned for `name.` instead (`pkg.F` is the only
        // way to use an import; a local that shadows the name is rare
        // enough that counting it as a use errs on the quiet side).
        let mut generic_uses: std::collections::HashSet<(crate::syntax::span::FileId, String)> =
            std::collections::HashSet::new();
        let mut generic_files = std::collections::HashSet::new();
        for f in &self.files {
            for d in f.decls {
                let Decl::Func(fd) = d else { continue };
                let generic = fd.tparams.is_some()
                    || fd.recv.is_some_and(|r| {
                        r.fields.first().is_some_and(|f| {
                            let mut t = f.ty;
                            while let ExprKind::Star(x) | ExprKind::Paren(x) = &t.kind {
                                t = x;
                            }
                            matches!(t.kind, ExprKind::Index { .. } | ExprKind::IndexList { .. })
                        })
                    });
                if !generic {
                    continue;
                }
                generic_files.insert(fd.span.file);
                let file = self.sm.file(fd.span.file);
                let Some(text) = file.text.get(fd.span.lo as usize..fd.span.hi as usize) else {
                    continue;
                };
                let lexed = crate::syntax::lexer::lex(fd.span.file, text);
                for w in lexed.tokens.windows(2) {
                    if let (
                        crate::syntax::token::Token::Ident(n),
                        crate::syntax::token::Token::Dot,
                    ) = (w[0].0, w[1].0)
                    {
                        generic_uses.insert((fd.span.file, n.to_string()));
                    }
                }
            }
        }
        // A dot import's names are bare identifiers: in a file with generic
        // bodies it is not judged.
        let dot_imports: std::collections::HashSet<ObjId> =
            self.dot_imports.iter().map(|&(_, _, o)| o).collect();
        for (obj, span, key) in imports {
            if self.used_imports.contains(&obj) {
                continue;
            }
            let name = self.tcx.obj(obj).name.clone();
            if generic_uses.contains(&(span.file, name))
                || (dot_imports.contains(&obj) && generic_files.contains(&span.file))
            {
                continue;
            }
            let (path, shown) = key.split_once('\u{0}').unwrap_or((&key, ""));
            let msg = if shown.is_empty() {
                errors::imported_not_used(path)
            } else {
                errors::imported_as_not_used(path, shown)
            };
            self.error(span, msg);
        }
    }
}

use crate::types::PkgId;

/// The receiver base type name of `T`, `*T`, `(T)` or `(*T)`.
fn recv_base_name<'a>(e: &'a Expr<'a>) -> Option<&'a str> {
    match &e.kind {
        ExprKind::Ident(id) => Some(id.name),
        ExprKind::Star(x) | ExprKind::Paren(x) => recv_base_name(x),
        _ => None,
    }
}

/// The implicit name of an embedded field `T`, `*T`, `pkg.T`, `T[A, B]`.
fn embedded_name<'a>(e: &'a Expr<'a>) -> Option<&'a str> {
    match &e.kind {
        ExprKind::Ident(id) => Some(id.name),
        ExprKind::Star(x)
        | ExprKind::Paren(x)
        | ExprKind::Index { x, .. }
        | ExprKind::IndexList { x, .. } => embedded_name(x),
        ExprKind::Selector { sel, .. } => Some(sel.name),
        _ => None,
    }
}

fn is_const_type(t: &Type) -> bool {
    matches!(t, Type::Basic(k) if !matches!(k, BasicKind::UnsafePointer | BasicKind::Invalid | BasicKind::UntypedNil))
}
