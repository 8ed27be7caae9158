//! The type checker: AST + imported packages → `TyCtx` objects and `Info`.
//!
//! Structure (after types2, whose rules and error wording it follows):
//! - `universe`: predeclared objects.
//! - `decl`: package-level collection and lazy, cycle-detecting resolution of
//!   package objects (`obj_decl`), type expressions, function signatures.
//! - `expr`, `call`, `builtins`, `assign`: expressions and operands,
//!   including the untyped-constant machinery (`untyped` map + `update_expr_type`,
//!   which rewrites recorded types once the context fixes them: invariant T1).
//! - `stmt`, `labels`: statements, function bodies, unused variables, branches.
//! - `initorder`: package variable initialisation order.
//! - `lookup`: field/method lookup, method sets, `implements`, `assignable`.
//! - `errors`: every diagnostic message text is produced there.
//! - `exprstring`: expressions printed the way gc quotes them in messages.
//! - `dump`: a `-d=types`-style listing for students.
//!
//! Invariants upheld here: see the top of `types/mod.rs` (T1–T3).

pub mod builtins;
pub mod call;
pub mod decl;
pub mod dump;
pub mod errors;
pub mod expr;
pub mod exprstring;
pub mod generic;
pub mod initorder;
pub mod labels;
pub mod lookup;
pub mod spell;
pub mod stmt;
pub mod universe;

use crate::diag::Diagnostic;
use crate::syntax::ast::{self, Expr, NodeId};
use crate::syntax::span::{SourceMap, Span};
use crate::types::{
    BasicKind, ConstValue, Info, Mode, ObjId, ObjKind, Object, Package, PkgId, TyCtx, Type,
    TypeAndValue, TypeId, VarKind,
};
use std::collections::{HashMap, HashSet};

pub use dump::dump_types;
pub use generic::Generics;
pub use lookup::{
    assignable, identical, implements, lookup_field_or_method, lookup_field_or_method_detail,
    method_set, Lookup, LookupError, MethodSetEntry,
};
pub use universe::init_universe;

/// An operand's mode during checking (a superset of `types::Mode`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(crate::types::Builtin),
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    /// The predeclared `nil`.
    Nil,
    CommaOk,
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: OpMode,
    pub ty: TypeId,
    pub val: Option<ConstValue>,
    pub expr: Option<&'a Expr<'a>>,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: Option<&'a Expr<'a>>) -> Self {
        Operand {
            mode: OpMode::Invalid,
            ty: TypeId(BasicKind::Invalid as u32),
            val: None,
            expr,
        }
    }
    /// A plain value of type `ty` (no constant, no expression).
    pub fn value(ty: TypeId) -> Self {
        Operand {
            mode: OpMode::Value,
            ty,
            val: None,
            expr: None,
        }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }
}

/// A package-level declaration awaiting (lazy) resolution.
#[derive(Clone, Copy)]
pub(crate) enum DeclInfo<'a> {
    Const {
        file: usize,
        ty: Option<&'a Expr<'a>>,
        init: Option<&'a Expr<'a>>,
        iota: u32,
    },
    Var {
        file: usize,
        spec: &'a ast::ValueSpec<'a>,
        idx: usize,
    },
    Type {
        file: usize,
        spec: &'a ast::TypeSpec<'a>,
    },
    Func {
        file: usize,
        decl: &'a ast::FuncDecl<'a>,
    },
}

impl DeclInfo<'_> {
    fn file(&self) -> usize {
        match self {
            DeclInfo::Const { file, .. }
            | DeclInfo::Var { file, .. }
            | DeclInfo::Type { file, .. }
            | DeclInfo::Func { file, .. } => *file,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Color {
    Grey,
    Black,
}

/// A lexical block scope.
#[derive(Default)]
pub(crate) struct Scope {
    pub names: HashMap<String, ObjId>,
}

/// Per-function state.
#[derive(Clone, Default)]
pub(crate) struct FuncCtx {
    /// Result objects (named or `~rN`).
    pub results: Vec<ObjId>,
    pub named_results: bool,
}

/// An expression whose type is still untyped, waiting for its context.
#[derive(Clone, Copy)]
pub(crate) struct UntypedInfo<'a> {
    pub expr: &'a Expr<'a>,
    /// `x` is the left operand of a non-constant shift.
    pub is_lhs: bool,
}

pub(crate) struct Checker<'a, 'c> {
    pub tcx: &'c mut TyCtx,
    pub info: &'c mut Info,
    pub sm: &'c SourceMap,
    pub pkg: PkgId,
    pub diags: Vec<Diagnostic>,
    /// `missing function body` errors: gc reports them after type checking
    /// (in its IR writer), so only when there is no type error.
    pub missing_bodies: Vec<Diagnostic>,
    /// Dot imports: (file index, imported package, its `PkgName` object),
    /// marked used when a name of that package is used in that file.
    pub dot_imports: Vec<(usize, PkgId, ObjId)>,
    pub files: Vec<&'a ast::File<'a>>,
    pub decls: HashMap<ObjId, DeclInfo<'a>>,
    /// Package-level objects in source order.
    pub decl_order: Vec<ObjId>,
    pub color: HashMap<ObjId, Color>,
    /// The stack of package objects being resolved (for cycle reports).
    pub obj_path: Vec<ObjId>,
    pub file_scopes: Vec<HashMap<String, ObjId>>,
    pub used_imports: HashSet<ObjId>,
    /// Import objects per file with their spec, for unused-import errors.
    pub imports: Vec<(ObjId, Span, String)>,
    pub cur_file: usize,
    pub scopes: Vec<Scope>,
    pub fctx: FuncCtx,
    pub used_vars: HashSet<ObjId>,
    /// Local variables declared in the current function body (not nested
    /// function literals), for `declared and not used`.
    pub locals: Vec<ObjId>,
    pub untyped: HashMap<NodeId, UntypedInfo<'a>>,
    /// The package-level object whose initializer or body is being checked.
    pub cur_decl: Option<ObjId>,
    /// Package-level dependencies (vars, consts, funcs) per object, in order.
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    pub iota: Option<ConstValue>,
    /// Methods collected per receiver base type name, resolved with the type.
    pub methods_by_base: HashMap<String, Vec<&'a ast::FuncDecl<'a>>>,
    /// Function declarations whose bodies remain to be checked.
    pub bodies: Vec<(ObjId, &'a ast::FuncDecl<'a>)>,
    /// Object for each method declaration, by the FuncDecl's name NodeId.
    pub method_objs: HashMap<NodeId, ObjId>,
    /// Map key types to check for comparability once all types are complete.
    pub map_keys: Vec<(TypeId, Span, crate::types::spell::Spell)>,
    /// gc's `syntax.StartPos` of expressions on a left spine that ends in a
    /// slice expression (see `note_start`), by node; `None`: the span's start.
    pub starts: HashMap<NodeId, Option<u32>>,
    /// The same, by the expression's full span, for `error`.
    pub start_of_span: HashMap<Span, u32>,
    /// Generic declarations and instances of the whole build.
    pub gen: &'c mut Generics<'a>,
    /// Expressions naming a generic function not yet fully instantiated,
    /// with the type arguments given so far (`generic.rs`).
    pub generic_refs: HashMap<NodeId, (ObjId, Vec<TypeId>)>,
    /// Set by `call_args` for the next argument of a generic callee: a
    /// generic function value is then left for `infer_call` to instantiate.
    pub generic_arg_ok: bool,
    /// Methods with a generic receiver, attached after collection.
    pub pending_generic_methods: Vec<(&'a str, usize, &'a ast::FuncDecl<'a>)>,
    /// Checking an instance body: generic declarations are instances here.
    pub instantiating: bool,
}

impl<'a, 'c> Checker<'a, 'c> {
    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        let at = match self.start_of_span.get(&span) {
            Some(&lo) => Span::new(span.file, lo, lo),
            None => span.start(),
        };
        self.diags.push(Diagnostic::error(at, msg));
    }

    /// types2 reports an error about an expression at `syntax.StartPos`,
    /// its first token, except that gc's slice expression `x[i:j]` starts
    /// at its `[`, and so does every expression whose leftmost operand it
    /// is (`s[1:][0]`, `s[:2] + t`). Records those positions for `error`,
    /// walking each left spine once (memoised by node).
    pub(crate) fn note_start(&mut self, e: &Expr<'_>) {
        let mut path: Vec<(NodeId, Span)> = Vec::new();
        let mut cur = e;
        let start = loop {
            if let Some(&s) = self.starts.get(&cur.id) {
                break s;
            }
            let next = match &cur.kind {
                ast::ExprKind::Slice { lbrack, .. } => {
                    path.push((cur.id, cur.span));
                    break Some(lbrack.lo);
                }
                ast::ExprKind::Index { x, .. }
                | ast::ExprKind::Selector { x, .. }
                | ast::ExprKind::TypeAssert { x, .. }
                | ast::ExprKind::Binary { x, .. } => x,
                ast::ExprKind::Call { fun, .. } => fun,
                ast::ExprKind::KeyValue { key, .. } => key,
                ast::ExprKind::CompositeLit { ty: Some(t), .. } => t,
                _ => break None,
            };
            path.push((cur.id, cur.span));
            cur = next;
        };
        for (id, span) in path {
            self.starts.insert(id, start);
            if let Some(lo) = start {
                self.start_of_span.insert(span, lo);
            }
        }
    }

    /// types2's duplicate-declaration error: `x redeclared in this block`
    /// and, as its second part, where the other declaration is.
    pub fn redeclared(&self, name: &str, other: Span) -> String {
        format!(
            "{}\n\t{}: other declaration of {name}",
            errors::redeclared(name),
            self.sm.pos(other)
        )
    }

    pub fn invalid(&self) -> TypeId {
        self.tcx.basic(BasicKind::Invalid)
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        self.tcx.basic(k)
    }

    pub fn type_str(&self, t: TypeId) -> String {
        crate::types::fmt::type_string(self.tcx, t, Some(self.pkg))
    }

    pub fn is_invalid_ty(&self, t: TypeId) -> bool {
        matches!(self.tcx.ty(t), Type::Basic(BasicKind::Invalid))
    }

    pub fn new_obj(
        &mut self,
        kind: ObjKind,
        name: &str,
        ty: TypeId,
        span: Span,
        decl: Option<NodeId>,
    ) -> ObjId {
        self.tcx.new_object(Object {
            kind,
            name: name.to_string(),
            ty,
            span,
            pkg: Some(self.pkg),
            decl,
        })
    }

    pub fn record(&mut self, e: &Expr<'_>, mode: Mode, ty: TypeId, value: Option<ConstValue>) {
        self.info
            .types
            .insert(e.id, TypeAndValue { mode, ty, value });
    }

    /// Opens a block scope; `func` marks a function body's outermost scope
    /// (parameters live there), which is an ordinary scope in this checker.
    pub fn open_scope(&mut self, func: bool) {
        let _ = func;
        self.scopes.push(Scope {
            names: HashMap::new(),
        });
    }

    pub fn close_scope(&mut self) {
        self.scopes.pop();
    }

    /// Declares `obj` under `name` in the innermost local scope, reporting
    /// redeclarations. Blank names are not declared.
    pub fn declare_local(&mut self, name: &str, obj: ObjId, span: Span) {
        if name == "_" {
            return;
        }
        let scope = self.scopes.last_mut().expect("local scope");
        if let Some(&alt) = scope.names.get(name) {
            let msg = self.redeclared(name, self.tcx.obj(alt).span);
            self.error(span, msg);
            // The redeclared variable is never in scope, so like types2 it
            // is not reported as unused either.
            self.used_vars.insert(obj);
            return;
        }
        scope.names.insert(name.to_string(), obj);
    }

    /// Resolves a name through local scopes, the file scope, the package
    /// scope and the universe.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&o) = s.names.get(name) {
                return Some(o);
            }
        }
        if let Some(&o) = self
            .file_scopes
            .get(self.cur_file)
            .and_then(|f| f.get(name))
        {
            return Some(o);
        }
        if let Some(&o) = self.tcx.pkg(self.pkg).scope.get(name) {
            return Some(o);
        }
        self.tcx.universe.get(name).copied()
    }

    /// Notes that the current package-level declaration depends on `obj`.
    pub fn add_dep(&mut self, obj: ObjId) {
        if let Some(cur) = self.cur_decl {
            if self.decls.contains_key(&obj) {
                let d = self.deps.entry(cur).or_default();
                if !d.contains(&obj) {
                    d.push(obj);
                }
            }
        }
    }

    /// Declares a new local variable object.
    pub fn new_local(&mut self, id: &ast::Ident<'_>, ty: TypeId) -> ObjId {
        let o = self.new_obj(
            ObjKind::Var(VarKind::Local),
            id.name,
            ty,
            id.span,
            Some(id.id),
        );
        if !id.is_blank() {
            self.locals.push(o);
        }
        o
    }
}

/// Type-checks one package (all its files) and records results in `info`.
/// `import` resolves an import path to an already-checked package; unknown
/// paths are reported by the driver, not here.
pub fn check_package<'a>(
    tcx: &mut TyCtx,
    info: &mut Info,
    sm: &SourceMap,
    path: &str,
    files: &[&'a ast::File<'a>],
    import: &dyn Fn(&str) -> Option<PkgId>,
) -> (PkgId, Vec<Diagnostic>) {
    let mut gen = Generics::default();
    check_package_in(tcx, info, &mut gen, sm, path, files, import)
}

impl<'a, 'c> Checker<'a, 'c> {
    /// A checker for package `pkg` (already registered in `tcx`).
    pub(crate) fn new(
        tcx: &'c mut TyCtx,
        info: &'c mut Info,
        gen: &'c mut Generics<'a>,
        sm: &'c SourceMap,
        pkg: PkgId,
        files: Vec<&'a ast::File<'a>>,
    ) -> Self {
        Checker {
            tcx,
            info,
            sm,
            pkg,
            diags: Vec::new(),
            missing_bodies: Vec::new(),
            dot_imports: Vec::new(),
            files,
            decls: HashMap::new(),
            decl_order: Vec::new(),
            color: HashMap::new(),
            obj_path: Vec::new(),
            file_scopes: Vec::new(),
            used_imports: HashSet::new(),
            imports: Vec::new(),
            cur_file: 0,
            scopes: Vec::new(),
            fctx: FuncCtx::default(),
            used_vars: HashSet::new(),
            locals: Vec::new(),
            untyped: HashMap::new(),
            starts: HashMap::new(),
            start_of_span: HashMap::new(),
            cur_decl: None,
            deps: HashMap::new(),
            iota: None,
            methods_by_base: HashMap::new(),
            bodies: Vec::new(),
            method_objs: HashMap::new(),
            map_keys: Vec::new(),
            gen,
            generic_refs: HashMap::new(),
            generic_arg_ok: false,
            pending_generic_methods: Vec::new(),
            instantiating: false,
        }
    }
}

/// `check_package` with the build's generics store, so that later packages
/// can instantiate this one's generic declarations.
#[allow(clippy::too_many_arguments)]
pub fn check_package_in<'a>(
    tcx: &mut TyCtx,
    info: &mut Info,
    gen: &mut Generics<'a>,
    sm: &SourceMap,
    path: &str,
    files: &[&'a ast::File<'a>],
    import: &dyn Fn(&str) -> Option<PkgId>,
) -> (PkgId, Vec<Diagnostic>) {
    if tcx.universe.is_empty() {
        init_universe(tcx);
    }
    let name = files
        .first()
        .map(|f| f.package.name.to_string())
        .unwrap_or_else(|| "main".to_string());
    let pkg = PkgId(tcx.packages.len() as u32);
    tcx.packages.push(Package {
        path: path.to_string(),
        name,
        scope: HashMap::new(),
        imports: Vec::new(),
    });
    gen.refs.remove(&None);
    let mut ck = Checker::new(tcx, info, gen, sm, pkg, files.to_vec());
    ck.collect_objects(import);
    ck.gen
        .ctxs
        .insert(pkg, (ck.files.clone(), ck.file_scopes.clone()));
    ck.attach_generic_methods();
    ck.package_objects();
    ck.check_bodies();
    ck.check_instances();
    let inst_order = ck.gc_instance_order();
    ck.info.gc_inst_order.insert(pkg, inst_order);
    ck.unused_imports();
    ck.finalize_untyped();
    let order = ck.init_order();
    ck.info.init_order.insert(pkg, order);
    let mut diags = std::mem::take(&mut ck.diags);
    if diags.is_empty() {
        diags = std::mem::take(&mut ck.missing_bodies);
    }
    (pkg, diags)
}

#[cfg(test)]
mod tests;
