//! Type strings, spelled the way gc (types2) spells them.
//!
//! `type_string(tcx, t, Some(pkg))` is the form used in error messages: the
//! package being checked is not named (`T`, `[]T`) while other packages are
//! (`fmt.Stringer`). `type_string(tcx, t, None)` always qualifies defined
//! types by package *name* (`main.T`), as `%T` and type descriptors do.
//!
//! `byte`, `rune` and `any` are the same `TypeId`s as `uint8`, `int32` and
//! `interface{}` (identity is `TypeId` equality, see `types/mod.rs`), so a
//! `TypeId` prints structurally; the checker prints the program's spelling
//! through `types::spell` where it knows it.

use crate::syntax::ast::ChanDir;
use crate::types::{BasicKind, PkgId, TyCtx, Type, TypeId};

/// The gc/types2 spelling of a basic kind.
pub fn basic_name(k: BasicKind) -> &'static str {
    use BasicKind::*;
    match k {
        Bool => "bool",
        Int => "int",
        Int8 => "int8",
        Int16 => "int16",
        Int32 => "int32",
        Int64 => "int64",
        Uint => "uint",
        Uint8 => "uint8",
        Uint16 => "uint16",
        Uint32 => "uint32",
        Uint64 => "uint64",
        Uintptr => "uintptr",
        Float32 => "float32",
        Float64 => "float64",
        Complex64 => "complex64",
        Complex128 => "complex128",
        String => "string",
        UnsafePointer => "unsafe.Pointer",
        UntypedBool => "untyped bool",
        UntypedInt => "untyped int",
        UntypedRune => "untyped rune",
        UntypedFloat => "untyped float",
        UntypedComplex => "untyped complex",
        UntypedString => "untyped string",
        UntypedNil => "untyped nil",
        Invalid => "invalid type",
    }
}

/// The type's string; see the module documentation for `relative_to`.
pub fn type_string(tcx: &TyCtx, t: TypeId, relative_to: Option<PkgId>) -> String {
    let mut out = String::new();
    write_type(tcx, t, relative_to, &mut out, 0, Style::Checker);
    out
}

/// The type's string as the runtime's type descriptors spell it, which is
/// what `%T` and `interface conversion` panics print: every defined type
/// qualified by its package name, `struct { A int; B string }`,
/// `interface { M() }`, `interface {}`, `struct {}`.
pub fn runtime_type_string(tcx: &TyCtx, t: TypeId) -> String {
    let mut out = String::new();
    write_type(tcx, t, None, &mut out, 0, Style::Runtime);
    out
}

/// The type's string as the compiler itself prints it (`-m` lines): the
/// runtime's spelling of composite types (`struct { A int; B int }`) with
/// names qualified relative to `relative_to`.
pub fn compiler_type_string(tcx: &TyCtx, t: TypeId, relative_to: Option<PkgId>) -> String {
    let mut out = String::new();
    write_type(tcx, t, relative_to, &mut out, 0, Style::Runtime);
    out
}

/// The type's link string, gc's `LinkString`: the runtime's spelling with
/// every defined type qualified by its package *path* (`main.T`,
/// `math/big.Int`) and unexported field and method names qualified too
/// (`struct { main.x int }`). gc names shape types after it
/// (`go.shape.struct { main.x int }`, see `types::shape`).
pub fn link_string(tcx: &TyCtx, t: TypeId) -> String {
    let mut out = String::new();
    write_type(tcx, t, None, &mut out, 0, Style::Link);
    out
}

/// Which of gc's spellings of composite types to write.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// types2's, in compile errors: `struct{A int}`, `interface{}`.
    Checker,
    /// The runtime's (reflect's), in `%T`: `struct { A int }`, `interface {}`.
    Runtime,
    /// gc's link strings: the runtime's, qualified by package path.
    Link,
}

/// A signature without the leading `func` (`(int) string`), as types2 prints
/// method signatures in `have`/`want` lines.
pub fn signature_string(tcx: &TyCtx, sig: TypeId, relative_to: Option<PkgId>) -> String {
    let mut out = String::new();
    if let Type::Func(s) = tcx.ty(sig) {
        write_sig(
            tcx,
            &s.params,
            &s.results,
            s.variadic,
            relative_to,
            &mut out,
            0,
            Style::Checker,
        );
    }
    out
}

fn write_list(
    tcx: &TyCtx,
    ts: &[TypeId],
    variadic: bool,
    rel: Option<PkgId>,
    out: &mut String,
    depth: u32,
    style: Style,
) {
    for (i, &t) in ts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if variadic && i + 1 == ts.len() {
            if let Type::Slice(e) = tcx.ty(t) {
                out.push_str("...");
                write_type(tcx, *e, rel, out, depth + 1, style);
                continue;
            }
        }
        write_type(tcx, t, rel, out, depth + 1, style);
    }
}

#[allow(clippy::too_many_arguments)]
fn write_sig(
    tcx: &TyCtx,
    params: &[TypeId],
    results: &[TypeId],
    variadic: bool,
    rel: Option<PkgId>,
    out: &mut String,
    depth: u32,
    style: Style,
) {
    out.push('(');
    write_list(tcx, params, variadic, rel, out, depth, style);
    out.push(')');
    match results.len() {
        0 => {}
        1 if !matches!(tcx.ty(results[0]), Type::Tuple(_)) => {
            out.push(' ');
            write_type(tcx, results[0], rel, out, depth + 1, style);
        }
        _ => {
            out.push_str(" (");
            write_list(tcx, results, false, rel, out, depth, style);
            out.push(')');
        }
    }
}

/// Writes a channel type: its direction prefix, then the element written by
/// `elem`. `chan (<-chan T)` needs the parentheses, or it would read as
/// `chan<- chan T`; `recv_elem` says whether the element is a receive-only
/// channel. Shared with the spelled printer (`types::spell`).
pub(crate) fn write_chan(
    out: &mut String,
    dir: ChanDir,
    recv_elem: bool,
    elem: impl FnOnce(&mut String),
) {
    let paren = dir == ChanDir::Both && recv_elem;
    out.push_str(match dir {
        ChanDir::Both => "chan ",
        ChanDir::Send => "chan<- ",
        ChanDir::Recv => "<-chan ",
    });
    if paren {
        out.push('(');
    }
    elem(out);
    if paren {
        out.push(')');
    }
}

/// Writes a struct type in `style`, each field's type written by
/// `field_ty(i)`. Shared with the spelled printer (`types::spell`).
pub(crate) fn write_struct(
    tcx: &TyCtx,
    fields: &[crate::types::Field],
    style: Style,
    out: &mut String,
    mut field_ty: impl FnMut(usize, &mut String),
) {
    let rt = style != Style::Checker;
    out.push_str(match (rt, fields.is_empty()) {
        (false, _) => "struct{",
        (true, true) => "struct {",
        (true, false) => "struct { ",
    });
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str("; ");
        }
        if !f.embedded {
            if let (Style::Link, Some(p)) = (style, f.pkg) {
                out.push_str(&tcx.pkg(p).path);
                out.push('.');
            }
            out.push_str(&f.name);
            out.push(' ');
        }
        field_ty(i, out);
        if let Some(tag) = &f.tag {
            out.push(' ');
            out.push_str(&crate::types::constant::go_quote(tag));
        }
    }
    out.push_str(if rt && !fields.is_empty() { " }" } else { "}" });
}

fn write_type(
    tcx: &TyCtx,
    t: TypeId,
    rel: Option<PkgId>,
    out: &mut String,
    depth: u32,
    style: Style,
) {
    if depth > 64 {
        out.push_str("...");
        return;
    }
    match tcx.ty(t) {
        Type::Basic(k) => out.push_str(basic_name(*k)),
        Type::Pointer(e) => {
            out.push('*');
            write_type(tcx, *e, rel, out, depth + 1, style);
        }
        Type::Slice(e) => {
            out.push_str("[]");
            write_type(tcx, *e, rel, out, depth + 1, style);
        }
        Type::Array(e, n) => {
            out.push_str(&format!("[{n}]"));
            write_type(tcx, *e, rel, out, depth + 1, style);
        }
        Type::Map(k, v) => {
            out.push_str("map[");
            write_type(tcx, *k, rel, out, depth + 1, style);
            out.push(']');
            write_type(tcx, *v, rel, out, depth + 1, style);
        }
        Type::Chan(dir, e) => {
            let recv_elem = matches!(tcx.ty(*e), Type::Chan(ChanDir::Recv, _));
            write_chan(out, *dir, recv_elem, |out| {
                write_type(tcx, *e, rel, out, depth + 1, style)
            });
        }
        Type::Struct(fields) => write_struct(tcx, fields, style, out, |i, out| {
            write_type(tcx, fields[i].ty, rel, out, depth + 1, style)
        }),
        Type::Func(s) => {
            out.push_str("func");
            write_sig(
                tcx, &s.params, &s.results, s.variadic, rel, out, depth, style,
            );
        }
        Type::Interface(ms) => {
            let rt = style != Style::Checker;
            if ms.is_empty() {
                out.push_str(if rt { "interface {}" } else { "interface{}" });
                return;
            }
            out.push_str(if rt { "interface { " } else { "interface{" });
            for (i, m) in ms.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if let (Style::Link, Some(p)) = (style, m.pkg) {
                    out.push_str(&tcx.pkg(p).path);
                    out.push('.');
                }
                out.push_str(&m.name);
                if let Type::Func(s) = tcx.ty(m.sig) {
                    write_sig(
                        tcx,
                        &s.params,
                        &s.results,
                        s.variadic,
                        rel,
                        out,
                        depth + 1,
                        style,
                    );
                }
            }
            out.push_str(if rt { " }" } else { "}" });
        }
        Type::Tuple(ts) => {
            out.push('(');
            write_list(tcx, ts, false, rel, out, depth, style);
            out.push(')');
        }
        Type::Named(n) => {
            let obj = tcx.obj(tcx.named[n.0 as usize].obj);
            if let Some(p) = obj.pkg {
                if style == Style::Link {
                    out.push_str(&tcx.pkg(p).path);
                    out.push('.');
                } else if Some(p) != rel {
                    out.push_str(&tcx.pkg(p).name);
                    out.push('.');
                }
            }
            out.push_str(&obj.name);
            let targs = &tcx.named[n.0 as usize].targs;
            if !targs.is_empty() {
                // gc names an instance with its type arguments' link
                // strings (`Box[main.P]`); types2 as written (`Box[P]`).
                let targ_style = match style {
                    Style::Checker => Style::Checker,
                    _ => Style::Link,
                };
                out.push('[');
                for (i, &a) in targs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_type(tcx, a, rel, out, depth + 1, targ_style);
                }
                out.push(']');
            }
        }
        Type::TypeParam(o) => out.push_str(&tcx.obj(*o).name),
        Type::TypeSet {
            methods,
            terms,
            comparable,
        } => {
            let mut parts = Vec::new();
            if *comparable {
                parts.push("comparable".to_string());
            }
            for m in methods {
                parts.push(m.name.clone());
            }
            if let Some(ts) = terms {
                let mut u = Vec::new();
                for (tilde, t) in ts {
                    let mut s = String::new();
                    if *tilde {
                        s.push('~');
                    }
                    write_type(tcx, *t, rel, &mut s, depth + 1, style);
                    u.push(s);
                }
                parts.push(u.join(" | "));
            }
            out.push_str(&format!("interface{{{}}}", parts.join("; ")));
        }
    }
}

/// A defined type's name in symbols: `T`, or for an instance of a generic
/// type `List[int]` / `Pair[main.K,string]` (arguments fully qualified, as
/// in gc's link names).
pub fn named_sym_name(tcx: &TyCtx, t: TypeId) -> String {
    let Type::Named(n) = tcx.ty(t) else {
        return type_string(tcx, t, None);
    };
    let nm = &tcx.named[n.0 as usize];
    let mut s = tcx.obj(nm.obj).name.clone();
    if !nm.targs.is_empty() {
        let args: Vec<String> = nm
            .targs
            .iter()
            .map(|&a| type_string(tcx, a, None))
            .collect();
        s.push('[');
        s.push_str(&args.join(","));
        s.push(']');
    }
    s
}
