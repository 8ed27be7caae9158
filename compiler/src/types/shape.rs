//! gc's shapes: how gc names and groups the instances of a generic
//! function, which `-m` output shows.
//!
//! rgo compiles generics by monomorphization (one function per list of type
//! arguments, see `check::generic`); gc compiles one function per *shape*
//! and passes a dictionary. A type argument's shape is its underlying type
//! (`MyInt` and `int` share `go.shape.int`), except that any pointer type
//! bound to a type parameter whose constraint is a basic interface (methods
//! only, `any` included) has the shape `*uint8`. Shapes are named after
//! gc's link strings (`types::fmt::link_string`):
//! `go.shape.struct { X int; main.y string }`.
//!
//! Instances with the same generic declaration and the same shapes are one
//! function to gc, analysed and reported once; escape analysis reports
//! only the first rgo instance of each shape instance (`ShapeInst::key`) and,
//! as gc does for its DUPOK shape functions, never their parameters. See
//! `escape/mod.rs` for the overview.

use super::{Instance, ObjId, TyCtx, Type, TypeId};

/// What `-m` needs to know about an instance of a generic function or
/// method: gc's names for it.
#[derive(Clone, Debug)]
pub struct ShapeInst {
    /// gc's name of the shape instance, which is also the grouping key:
    /// `Sum[go.shape.int]`, `(*List[go.shape.string]).Push`; a function
    /// literal inside it gets its suffix (`Map[go.shape.int].func1`).
    pub name: String,
    /// Each type parameter as the declaration spells it (the receiver's
    /// names for a method), with its shape (`T`, `go.shape.int`).
    pub shapes: Vec<(String, String)>,
    /// The type arguments, in order.
    pub targs: Vec<TypeId>,
    /// The dictionary gc passes first (after a method's receiver):
    /// `.dict.Sum[main.MyInt]`, `.dict.List[string]`.
    pub dict: String,
    /// Per type parameter: the methods its constraint requires, which gc
    /// calls through the dictionary.
    pub dict_methods: Vec<Vec<String>>,
}

/// Whether type parameter `tparam`'s constraint is a basic interface (its
/// type set is given by methods alone: `any`, `fmt.Stringer`).
pub fn is_basic(tcx: &TyCtx, tparam: ObjId) -> bool {
    let t = tcx.obj(tparam).ty;
    match tcx.tparam_bounds.get(&t) {
        Some(&c) => matches!(tcx.under(c), Type::Interface(_)),
        None => true,
    }
}

/// The methods type parameter `tparam`'s constraint requires.
fn constraint_methods(tcx: &TyCtx, tparam: ObjId) -> Vec<String> {
    let t = tcx.obj(tparam).ty;
    match tcx.tparam_bounds.get(&t).map(|&c| tcx.under(c)) {
        Some(Type::Interface(ms)) | Some(Type::TypeSet { methods: ms, .. }) => {
            ms.iter().map(|m| m.name.clone()).collect()
        }
        _ => Vec::new(),
    }
}

/// gc's shape of type argument `targ` (`go.shape.int`, `go.shape.*uint8`).
pub fn shape_name(tcx: &TyCtx, targ: TypeId, basic: bool) -> String {
    let under = tcx.underlying(targ);
    if basic && matches!(tcx.ty(under), Type::Pointer(_)) {
        return "go.shape.*uint8".into();
    }
    format!("go.shape.{}", super::fmt::link_string(tcx, under))
}

/// gc's names for the instance `inst`.
pub fn shape_inst(tcx: &TyCtx, inst: &Instance) -> ShapeInst {
    let shapes: Vec<String> = inst
        .targs
        .iter()
        .enumerate()
        .map(|(i, &t)| {
            let basic = inst.tparams.get(i).is_none_or(|&p| is_basic(tcx, p));
            shape_name(tcx, t, basic)
        })
        .collect();
    let links: Vec<String> = inst
        .targs
        .iter()
        .map(|&t| super::fmt::link_string(tcx, t))
        .collect();
    // `inst.name` is `F[args]`, `T[args].M` or `(*T[args]).M`.
    let ptr = inst.name.starts_with("(*");
    let body = inst.name.trim_start_matches("(*");
    let base = body.split('[').next().unwrap_or(body);
    let method = method_suffix(body);
    let sh = shapes.join(",");
    let name = match (&method, ptr) {
        (Some(m), true) => format!("(*{base}[{sh}]).{m}"),
        (Some(m), false) => format!("{base}[{sh}].{m}"),
        (None, _) => format!("{base}[{sh}]"),
    };
    ShapeInst {
        name,
        shapes: inst.names.iter().cloned().zip(shapes).collect(),
        targs: inst.targs.clone(),
        dict: format!(".dict.{base}[{}]", links.join(",")),
        dict_methods: inst
            .tparams
            .iter()
            .map(|&p| constraint_methods(tcx, p))
            .collect(),
    }
}

/// The method name after the type-argument list of `T[args].M` /
/// `T[args]).M`; `None` for a function `F[args]`.
fn method_suffix(s: &str) -> Option<String> {
    let open = s.find('[')?;
    let mut depth = 0;
    for (i, c) in s[open..].char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    let rest = &s[open + i + 1..];
                    let rest = rest.trim_start_matches(')');
                    return rest.strip_prefix('.').map(str::to_string);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::method_suffix;

    #[test]
    fn method_suffixes() {
        assert_eq!(method_suffix("Sum[int]"), None);
        assert_eq!(method_suffix("List[int].Len").as_deref(), Some("Len"));
        assert_eq!(
            method_suffix("List[map[string][]main.T]).Push").as_deref(),
            Some("Push")
        );
    }
}
