//! The universe scope: predeclared types, constants, `nil` and builtins.
//!
//! `byte` and `rune` map to the same objects' types as `uint8`/`int32`
//! (identity is `TypeId` equality); `any` is the empty interface; `error` is
//! a defined interface type with `Error() string`. The universe is filled
//! once per `TyCtx`, before the first package is checked.

use crate::syntax::span::Span;
use crate::types::{
    BasicKind, Builtin, ConstValue, IfaceMethod, ObjKind, Object, Signature, TyCtx, Type, TypeId,
};

fn add(tcx: &mut TyCtx, name: &str, kind: ObjKind, ty: TypeId) {
    let o = tcx.new_object(Object {
        kind,
        name: name.to_string(),
        ty,
        span: Span::default(),
        pkg: None,
        decl: None,
    });
    tcx.universe.insert(name.to_string(), o);
}

/// Fills the universe scope (idempotent).
pub fn init_universe(tcx: &mut TyCtx) {
    if !tcx.universe.is_empty() {
        return;
    }
    use BasicKind::*;
    for (name, k) in [
        ("bool", Bool),
        ("int", Int),
        ("int8", Int8),
        ("int16", Int16),
        ("int32", Int32),
        ("int64", Int64),
        ("uint", Uint),
        ("uint8", Uint8),
        ("uint16", Uint16),
        ("uint32", Uint32),
        ("uint64", Uint64),
        ("uintptr", Uintptr),
        ("float32", Float32),
        ("float64", Float64),
        ("complex64", Complex64),
        ("complex128", Complex128),
        ("string", String),
        ("byte", Uint8),
        ("rune", Int32),
    ] {
        let t = tcx.basic(k);
        add(tcx, name, ObjKind::TypeName, t);
    }
    let any = tcx.intern(Type::Interface(Vec::new()));
    add(tcx, "any", ObjKind::TypeName, any);

    // error: a defined interface type with Error() string.
    let err_obj = tcx.new_object(Object {
        kind: ObjKind::TypeName,
        name: "error".to_string(),
        ty: tcx.basic(Invalid),
        span: Span::default(),
        pkg: None,
        decl: None,
    });
    let err_ty = tcx.new_named(err_obj);
    tcx.obj_mut(err_obj).ty = err_ty;
    let string = tcx.basic(String);
    let sig = tcx.intern(Type::Func(Signature {
        params: vec![],
        results: vec![string],
        variadic: false,
    }));
    let iface = tcx.intern(Type::Interface(vec![IfaceMethod {
        name: "Error".to_string(),
        sig,
        pkg: None,
    }]));
    let m = tcx.new_object(Object {
        kind: ObjKind::Func(Default::default()),
        name: "Error".to_string(),
        ty: sig,
        span: Span::default(),
        pkg: None,
        decl: None,
    });
    tcx.iface_method_objs
        .insert((iface, "Error".to_string()), m);
    if let Type::Named(n) = tcx.ty(err_ty).clone() {
        tcx.named[n.0 as usize].underlying = iface;
    }
    tcx.universe.insert("error".to_string(), err_obj);

    // comparable: a defined constraint interface (all comparable types).
    let cmp_obj = tcx.new_object(Object {
        kind: ObjKind::TypeName,
        name: "comparable".to_string(),
        ty: tcx.basic(Invalid),
        span: Span::default(),
        pkg: None,
        decl: None,
    });
    let cmp_ty = tcx.new_named(cmp_obj);
    tcx.obj_mut(cmp_obj).ty = cmp_ty;
    let set = tcx.intern(Type::TypeSet {
        methods: Vec::new(),
        terms: None,
        comparable: true,
    });
    if let Type::Named(n) = tcx.ty(cmp_ty).clone() {
        tcx.named[n.0 as usize].underlying = set;
    }
    tcx.universe.insert("comparable".to_string(), cmp_obj);

    let ub = tcx.basic(UntypedBool);
    add(tcx, "true", ObjKind::Const(ConstValue::Bool(true)), ub);
    add(tcx, "false", ObjKind::Const(ConstValue::Bool(false)), ub);
    let ui = tcx.basic(UntypedInt);
    add(tcx, "iota", ObjKind::Const(ConstValue::int(0)), ui);
    let un = tcx.basic(UntypedNil);
    add(tcx, "nil", ObjKind::Nil, un);
    let inv = tcx.basic(Invalid);
    for (name, b) in [
        ("append", Builtin::Append),
        ("cap", Builtin::Cap),
        ("clear", Builtin::Clear),
        ("close", Builtin::Close),
        ("complex", Builtin::Complex),
        ("copy", Builtin::Copy),
        ("delete", Builtin::Delete),
        ("imag", Builtin::Imag),
        ("len", Builtin::Len),
        ("make", Builtin::Make),
        ("max", Builtin::Max),
        ("min", Builtin::Min),
        ("new", Builtin::New),
        ("panic", Builtin::Panic),
        ("print", Builtin::Print),
        ("println", Builtin::Println),
        ("real", Builtin::Real),
        ("recover", Builtin::Recover),
    ] {
        add(tcx, name, ObjKind::Builtin(b), inv);
    }
}

/// The name of a builtin as written in source.
pub fn builtin_name(b: Builtin) -> &'static str {
    match b {
        Builtin::Append => "append",
        Builtin::Cap => "cap",
        Builtin::Clear => "clear",
        Builtin::Close => "close",
        Builtin::Complex => "complex",
        Builtin::Copy => "copy",
        Builtin::Delete => "delete",
        Builtin::Imag => "imag",
        Builtin::Len => "len",
        Builtin::Make => "make",
        Builtin::Max => "max",
        Builtin::Min => "min",
        Builtin::New => "new",
        Builtin::Panic => "panic",
        Builtin::Print => "print",
        Builtin::Println => "println",
        Builtin::Real => "real",
        Builtin::Recover => "recover",
        Builtin::Sizeof => "unsafe.Sizeof",
        Builtin::Alignof => "unsafe.Alignof",
        Builtin::Offsetof => "unsafe.Offsetof",
        Builtin::Add => "unsafe.Add",
        Builtin::Slice => "unsafe.Slice",
        Builtin::SliceData => "unsafe.SliceData",
        Builtin::String => "unsafe.String",
        Builtin::StringData => "unsafe.StringData",
    }
}

/// Package `unsafe`: made on first import, its scope holds `Pointer` and
/// the functions, which the checker treats as builtins (types2's
/// `Unsafe` package).
pub fn unsafe_package(tcx: &mut TyCtx) -> crate::types::PkgId {
    if let Some(i) = tcx.packages.iter().position(|p| p.path == "unsafe") {
        return crate::types::PkgId(i as u32);
    }
    let pkg = crate::types::PkgId(tcx.packages.len() as u32);
    tcx.packages.push(crate::types::Package {
        path: "unsafe".to_string(),
        name: "unsafe".to_string(),
        scope: std::collections::HashMap::new(),
        imports: Vec::new(),
    });
    let ptr = tcx.basic(BasicKind::UnsafePointer);
    let inv = tcx.basic(BasicKind::Invalid);
    let mut objs = vec![("Pointer", ObjKind::TypeName, ptr)];
    for (name, b) in [
        ("Sizeof", Builtin::Sizeof),
        ("Alignof", Builtin::Alignof),
        ("Offsetof", Builtin::Offsetof),
        ("Add", Builtin::Add),
        ("Slice", Builtin::Slice),
        ("SliceData", Builtin::SliceData),
        ("String", Builtin::String),
        ("StringData", Builtin::StringData),
    ] {
        objs.push((name, ObjKind::Builtin(b), inv));
    }
    for (name, kind, ty) in objs {
        let o = tcx.new_object(Object {
            kind,
            name: name.to_string(),
            ty,
            span: Span::default(),
            pkg: Some(pkg),
            decl: None,
        });
        tcx.packages[pkg.0 as usize]
            .scope
            .insert(name.to_string(), o);
    }
    pkg
}
