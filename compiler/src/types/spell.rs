//! How the program spelled a type, for diagnostics only.
//!
//! types2 keeps `byte`, `rune` and `any` as distinct type objects that are
//! *identical* to `uint8`, `int32` and `interface{}`, so its messages say
//! `[]byte` where the program wrote `[]byte`, and it prints a declared
//! function's type with its parameter names (`func(s string) string`).
//! rgo's identity is `TypeId` equality (invariant T3 in `types/mod.rs`), so a
//! `TypeId` cannot carry a spelling. Instead the checker builds a `Spell`
//! beside the canonical type, from the syntax that produced it, and stores it
//! per object in `TyCtx::spells` (so other packages' signatures keep theirs).
//!
//! Invariants:
//! - (S1) A `Spell` is only ever printed; nothing decides anything from it.
//! - (S2) A `Spell` describes the same type as the `TypeId` it stands for:
//!   `Spell::canon(tcx) == Some(t)`. Builders check this and fall back to
//!   `Spell::Ty(t)`, whose text is the canonical `type_string`.
//!
//! The checker side (building spells from type expressions, objects and
//! expressions) lives in `check/spell.rs`.

use crate::syntax::ast::ChanDir;
use crate::types::{BasicKind, PkgId, Signature, TyCtx, Type, TypeId};

/// A type as the program wrote it; see the module documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Spell {
    /// No spelling beyond the canonical type's own.
    Ty(TypeId),
    Byte,
    Rune,
    Any,
    Pointer(Box<Spell>),
    Slice(Box<Spell>),
    Array(Box<Spell>, u64),
    Map(Box<Spell>, Box<Spell>),
    Chan(ChanDir, Box<Spell>),
    Func(Box<FuncSpell>),
    /// A struct type literal: the canonical struct type and its fields'
    /// spellings, in field order.
    Struct(TypeId, Vec<Spell>),
}

/// A signature with its parameter and result names (empty when unnamed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FuncSpell {
    pub params: Vec<(String, Spell)>,
    pub results: Vec<(String, Spell)>,
    /// The last parameter is `...T`, spelled as `[]T` in `params`.
    pub variadic: bool,
}

impl Spell {
    /// True when the spelling adds nothing to the canonical type.
    pub fn is_plain(&self) -> bool {
        matches!(self, Spell::Ty(_))
    }

    /// The canonical type this spelling stands for, if it is interned
    /// (it always is for spells the checker built from a checked type).
    pub fn canon(&self, tcx: &TyCtx) -> Option<TypeId> {
        let b = |k| Some(tcx.basic(k));
        match self {
            Spell::Ty(t) => Some(*t),
            Spell::Byte => b(BasicKind::Uint8),
            Spell::Rune => b(BasicKind::Int32),
            Spell::Any => tcx.lookup(&Type::Interface(Vec::new())),
            Spell::Pointer(e) => tcx.lookup(&Type::Pointer(e.canon(tcx)?)),
            Spell::Slice(e) => tcx.lookup(&Type::Slice(e.canon(tcx)?)),
            Spell::Array(e, n) => tcx.lookup(&Type::Array(e.canon(tcx)?, *n)),
            Spell::Map(k, v) => tcx.lookup(&Type::Map(k.canon(tcx)?, v.canon(tcx)?)),
            Spell::Chan(d, e) => tcx.lookup(&Type::Chan(*d, e.canon(tcx)?)),
            Spell::Func(f) => {
                let list = |l: &[(String, Spell)]| {
                    l.iter()
                        .map(|(_, s)| s.canon(tcx))
                        .collect::<Option<Vec<_>>>()
                };
                tcx.lookup(&Type::Func(Signature {
                    params: list(&f.params)?,
                    results: list(&f.results)?,
                    variadic: f.variadic,
                }))
            }
            Spell::Struct(t, fields) => {
                let Type::Struct(fs) = tcx.ty(*t) else {
                    return None;
                };
                let same = fs.len() == fields.len()
                    && fs
                        .iter()
                        .zip(fields)
                        .all(|(f, s)| s.canon(tcx) == Some(f.ty));
                same.then_some(*t)
            }
        }
    }

    /// Keeps `self` if it stands for `t` (invariant S2), else `Ty(t)`.
    pub fn checked(self, tcx: &TyCtx, t: TypeId) -> Spell {
        if self.canon(tcx) == Some(t) {
            self
        } else {
            Spell::Ty(t)
        }
    }

    /// The element spelling of a pointer, slice, array, map value or
    /// channel spelling; `None` when there is nothing better than the
    /// canonical element type.
    pub fn elem(&self) -> Option<&Spell> {
        match self {
            Spell::Pointer(e) | Spell::Slice(e) | Spell::Array(e, _) | Spell::Chan(_, e) => Some(e),
            Spell::Map(_, v) => Some(v),
            _ => None,
        }
    }

    /// types2's spelling of the type in messages, package-relative as
    /// `fmt::type_string` is.
    pub fn to_string(&self, tcx: &TyCtx, rel: Option<PkgId>) -> String {
        let mut out = String::new();
        self.write(tcx, rel, &mut out, false);
        out
    }

    /// The compiler's spelling of the type in `-m` lines (the spelling of
    /// `fmt::compiler_type_string`, with `byte`, `rune` and `any` as
    /// written and signatures without parameter names): gc's IR keeps
    /// types2's `byte` objects, so `[]struct { b byte }{...}` prints so.
    pub fn to_compiler_string(&self, tcx: &TyCtx, rel: Option<PkgId>) -> String {
        let mut out = String::new();
        self.write(tcx, rel, &mut out, true);
        out
    }

    fn write(&self, tcx: &TyCtx, rel: Option<PkgId>, out: &mut String, cmp: bool) {
        match self {
            Spell::Ty(t) if cmp => out.push_str(&super::fmt::compiler_type_string(tcx, *t, rel)),
            Spell::Ty(t) => out.push_str(&super::fmt::type_string(tcx, *t, rel)),
            Spell::Byte => out.push_str("byte"),
            Spell::Rune => out.push_str("rune"),
            Spell::Any => out.push_str("any"),
            Spell::Pointer(e) => {
                out.push('*');
                e.write(tcx, rel, out, cmp);
            }
            Spell::Slice(e) => {
                out.push_str("[]");
                e.write(tcx, rel, out, cmp);
            }
            Spell::Array(e, n) => {
                out.push_str(&format!("[{n}]"));
                e.write(tcx, rel, out, cmp);
            }
            Spell::Map(k, v) => {
                out.push_str("map[");
                k.write(tcx, rel, out, cmp);
                out.push(']');
                v.write(tcx, rel, out, cmp);
            }
            Spell::Chan(dir, e) => {
                let recv_elem = e
                    .canon(tcx)
                    .is_some_and(|t| matches!(tcx.ty(t), Type::Chan(ChanDir::Recv, _)));
                super::fmt::write_chan(out, *dir, recv_elem, |out| e.write(tcx, rel, out, cmp));
            }
            Spell::Func(f) if cmp => {
                out.push_str("func");
                f.unnamed().write_sig_in(tcx, rel, out, true);
            }
            Spell::Func(f) => {
                out.push_str("func");
                f.write_sig(tcx, rel, out);
            }
            Spell::Struct(t, spells) => {
                if let Type::Struct(fields) = tcx.ty(*t) {
                    let style = if cmp {
                        super::fmt::Style::Runtime
                    } else {
                        super::fmt::Style::Checker
                    };
                    super::fmt::write_struct(tcx, fields, style, out, |i, out| {
                        spells[i].write(tcx, rel, out, cmp)
                    });
                }
            }
        }
    }
}

impl FuncSpell {
    /// `(params) results`, as types2 writes a signature.
    pub fn write_sig(&self, tcx: &TyCtx, rel: Option<PkgId>, out: &mut String) {
        self.write_sig_in(tcx, rel, out, false)
    }

    /// The signature without parameter and result names, as gc's own
    /// type printer writes a function type.
    fn unnamed(&self) -> FuncSpell {
        let strip =
            |l: &[(String, Spell)]| l.iter().map(|(_, s)| (String::new(), s.clone())).collect();
        FuncSpell {
            params: strip(&self.params),
            results: strip(&self.results),
            variadic: self.variadic,
        }
    }

    fn write_sig_in(&self, tcx: &TyCtx, rel: Option<PkgId>, out: &mut String, cmp: bool) {
        out.push('(');
        Self::write_list(tcx, rel, &self.params, self.variadic, out, cmp);
        out.push(')');
        match self.results.as_slice() {
            [] => {}
            [(n, s)] if n.is_empty() => {
                out.push(' ');
                s.write(tcx, rel, out, cmp);
            }
            rs => {
                out.push_str(" (");
                Self::write_list(tcx, rel, rs, false, out, cmp);
                out.push(')');
            }
        }
    }

    fn write_list(
        tcx: &TyCtx,
        rel: Option<PkgId>,
        list: &[(String, Spell)],
        variadic: bool,
        out: &mut String,
        cmp: bool,
    ) {
        for (i, (name, s)) in list.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if !name.is_empty() {
                out.push_str(name);
                out.push(' ');
            }
            if variadic && i + 1 == list.len() {
                let elem = match s {
                    Spell::Slice(e) => Some((**e).clone()),
                    _ => s.canon(tcx).and_then(|t| match tcx.ty(t) {
                        Type::Slice(e) => Some(Spell::Ty(*e)),
                        _ => None,
                    }),
                };
                if let Some(e) = elem {
                    out.push_str("...");
                    e.write(tcx, rel, out, cmp);
                    continue;
                }
            }
            s.write(tcx, rel, out, cmp);
        }
    }
}
