//! Go's type system: types, objects, constants, and the checker's results.
//!
//! This module is the contract between the type checker (`check/`) and the
//! phases after it (`ir::lower`). It mirrors `go/types`:
//! - `TyCtx` owns every type (`TypeId`, interned for structural types; named
//!   types are unique by declaration) and every object (`ObjId`: variables,
//!   constants, type names, functions, packages, builtins, labels).
//! - `Info` records, per AST node, what the checker learned: the type and mode
//!   of every expression (`types`), the object an identifier defines (`defs`)
//!   or uses (`uses`), implicit objects (`implicits`: a type switch clause's
//!   variable), how a selector resolved (`selections`), and package variable
//!   initialisation order (`init_order`).
//!
//! Invariants:
//! - (T1) After checking a package without errors, every expression node that
//!   is evaluated at run time has an entry in `Info::types` whose type is a
//!   *typed* type: untyped constants carry the type they were converted to
//!   by their context (like go/types' `updateExprType`), e.g. the `1` in
//!   `var x float64 = 1` records `float64` and constant `1`.
//! - (T2) Every identifier node appears in exactly one of `defs` (declared
//!   there; blank `_` and the package clause name included, mapped to `None`
//!   when no object exists) or `uses`.
//! - (T3) Identity of structural types is `TypeId` equality (interning);
//!   named types are identical only to themselves. So `byte` *is* `uint8`
//!   here; how the program spelled a type lives beside it, in `spell`.
//!
//! The overview of the pipeline lives in `compiler/src/lib.rs`.

pub mod check;
pub mod constant;
pub mod fmt;
pub mod layout;
pub mod shape;
pub mod spell;

use crate::syntax::ast::{ChanDir, NodeId};
use crate::syntax::span::Span;
pub use constant::ConstValue;
use std::collections::HashMap;

/// An interned type.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct TypeId(pub u32);

/// An object: anything a name can denote.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct ObjId(pub u32);

/// A package of the build.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct PkgId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BasicKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    /// The type of an expression whose checking failed.
    Invalid,
}

/// A struct field. Identity (`==`, hashing, and so interning) ignores
/// `obj`: struct types spelled alike in two places are identical, and the
/// interned type keeps the first declaration's field objects.
#[derive(Clone, Debug)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
    /// The package of an unexported field name (part of identity).
    pub pkg: Option<PkgId>,
    /// Field declaration object (a `Var`), for `Info::defs`/selections.
    pub obj: Option<ObjId>,
}

impl PartialEq for Field {
    fn eq(&self, o: &Field) -> bool {
        self.name == o.name
            && self.ty == o.ty
            && self.embedded == o.embedded
            && self.tag == o.tag
            && self.pkg == o.pkg
    }
}

impl Eq for Field {}

impl std::hash::Hash for Field {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (&self.name, self.ty, self.embedded, &self.tag, self.pkg).hash(h);
    }
}

/// A function signature. Parameter names are not part of the type; the
/// declaration's objects carry them.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, recorded as `[]T` in `params`.
    pub variadic: bool,
}

/// One method of an interface's complete method set.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct IfaceMethod {
    pub name: String,
    /// A `Type::Func` without receiver.
    pub sig: TypeId,
    pub pkg: Option<PkgId>,
}

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(TypeId, u64),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    /// The complete method set, embedded interfaces flattened, sorted by name
    /// (the order of itab entries).
    Interface(Vec<IfaceMethod>),
    /// The result list of a multi-value call.
    Tuple(Vec<TypeId>),
    /// A defined type; see `TyCtx::named`.
    Named(NamedId),
    /// A type parameter of a generic function or type (its `TypeName`
    /// object; the constraint is in `TyCtx::tparam_bounds`). It occurs only
    /// in generic signatures and declarations: instance bodies are checked
    /// with the type arguments themselves (see `check::generic`).
    TypeParam(ObjId),
    /// A constraint interface with a type set: its methods, its union terms
    /// (`~int | string`; `None`: all types) and whether it embeds
    /// `comparable`. Only ever a constraint, never a value's type.
    TypeSet {
        methods: Vec<IfaceMethod>,
        terms: Option<Vec<(bool, TypeId)>>,
        comparable: bool,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct NamedId(pub u32);

/// A defined type (`type T struct{...}`, or a predeclared one like `error`).
#[derive(Clone, Debug)]
pub struct Named {
    /// The `TypeName` object.
    pub obj: ObjId,
    /// Set once the declaration has been resolved; `Invalid` before.
    pub underlying: TypeId,
    /// Methods declared with this type as receiver base (`Func` objects), in
    /// source order.
    pub methods: Vec<ObjId>,
    /// For an instance of a generic type (`List[int]`): the generic type's
    /// `TypeName` object and the type arguments.
    pub orig: Option<ObjId>,
    pub targs: Vec<TypeId>,
    /// For a generic type: its type parameters (`TypeName` objects).
    pub tparams: Vec<ObjId>,
}

/// What a name denotes.
#[derive(Clone, Debug)]
pub enum ObjKind {
    /// A variable: local, parameter, result, package-level, or struct field.
    Var(VarKind),
    Const(ConstValue),
    TypeName,
    Func(FuncObj),
    /// An imported package name in a file scope.
    PkgName(PkgId),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum VarKind {
    Local,
    Param,
    Result,
    Receiver,
    Global,
    Field,
}

#[derive(Clone, Debug, Default)]
pub struct FuncObj {
    /// For methods: the receiver variable object.
    pub recv: Option<ObjId>,
    /// Parameter objects in order (unnamed ones get objects named `_`).
    pub params: Vec<ObjId>,
    /// Result objects in order (unnamed ones get objects named `~r0`, `~r1`… like gc).
    pub results: Vec<ObjId>,
    /// `//rgo:runtime SYMBOL` binding for a body-less function.
    pub runtime_symbol: Option<String>,
    /// `//go:noescape` on a body-less function: its parameters do not
    /// escape (gc's rule for functions written in assembly).
    pub noescape: bool,
    /// `//rgo:asm`: gc implements this function in assembly (or as an
    /// intrinsic of a body-less declaration); rgo compiles its Go body, but
    /// escape analysis summarises it as gc does the body-less function.
    pub asm: bool,
    /// A generic function's type parameters (`TypeName` objects of
    /// `Type::TypeParam` types); empty for ordinary functions and instances.
    pub tparams: Vec<ObjId>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    /// Package unsafe's functions (`unsafe.Sizeof`, ...).
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    Slice,
    SliceData,
    String,
    StringData,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub kind: ObjKind,
    pub name: String,
    /// The object's type (`Invalid` for packages, labels and builtins).
    pub ty: TypeId,
    /// The declaring identifier's span (what gc reports for `moved to heap: x`).
    pub span: Span,
    /// `None` for universe objects.
    pub pkg: Option<PkgId>,
    /// The AST node of the declaring identifier, if any.
    pub decl: Option<NodeId>,
}

#[derive(Clone, Debug)]
pub struct Package {
    /// Import path: `main` for the main package of a command, else e.g. `fmt`
    /// or `example.com/m/util`.
    pub path: String,
    /// The package clause name.
    pub name: String,
    /// Package-scope objects by name.
    pub scope: HashMap<String, ObjId>,
    /// Packages this one imports, by path.
    pub imports: Vec<PkgId>,
}

/// How an expression can be used.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A call of a function without results.
    NoValue,
    /// A builtin function name (only valid as the callee of a call).
    Builtin,
    /// A type expression.
    TypeExpr,
    /// A constant; `TypeAndValue::value` holds it.
    Constant,
    /// An addressable variable.
    Variable,
    /// `m[k]`: assignable, comma-ok capable, not addressable.
    MapIndex,
    /// Any other value.
    Value,
    /// A value that may be used in a comma-ok assignment (`x.(T)`, `<-ch`).
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: TypeId,
    pub value: Option<ConstValue>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SelectionKind {
    /// `x.f`: a struct field.
    FieldVal,
    /// `x.m`: a method value (called right away or not).
    MethodVal,
    /// `T.m`: a method expression.
    MethodExpr,
}

/// How `x.sel` resolved (a selector on a package name is not a selection:
/// it is recorded in `uses` on the `sel` identifier instead).
#[derive(Clone, Debug)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The type of `x` (or `T` for method expressions).
    pub recv: TypeId,
    /// The field (`Var`) or method (`Func`) object.
    pub obj: ObjId,
    /// The path of field indices from `recv` through embedded fields; the
    /// last entry is the field's or method's own index (for methods: the
    /// index in the named type's `methods`, or in the interface's method set).
    pub index: Vec<usize>,
    /// Whether a pointer was dereferenced on the way (implicitly).
    pub indirect: bool,
}

/// One package-level variable initialisation, in execution order.
#[derive(Clone, Debug)]
pub struct Initializer {
    /// The variables (several for `var a, b = f()`); blank ones included.
    pub lhs: Vec<ObjId>,
    /// The NodeId of the right-hand side expression.
    pub rhs: NodeId,
}

/// A dense table keyed by `NodeId`.
#[derive(Clone, Debug)]
pub struct NodeMap<T> {
    /// `slots[k]` is node `base + k`: a map only spans the ids it holds
    /// (an instance's `Info` holds one generic body's nodes, whose ids are
    /// far from 0 in a build-wide numbering).
    base: u32,
    slots: Vec<Option<T>>,
}

impl<T> Default for NodeMap<T> {
    fn default() -> Self {
        NodeMap {
            base: 0,
            slots: Vec::new(),
        }
    }
}

impl<T> NodeMap<T> {
    pub fn insert(&mut self, id: NodeId, v: T) {
        let i = id.0;
        if self.slots.is_empty() {
            self.base = i;
        }
        if i < self.base {
            // Grow at the front by at least the current length, so that
            // descending inserts stay amortised linear.
            let grow = (self.base - i).max(self.slots.len() as u32).min(self.base);
            let mut slots = Vec::with_capacity(grow as usize + self.slots.len());
            slots.resize_with(grow as usize, || None);
            slots.append(&mut self.slots);
            self.slots = slots;
            self.base -= grow;
        }
        let k = (i - self.base) as usize;
        if k >= self.slots.len() {
            self.slots.resize_with(k + 1, || None);
        }
        self.slots[k] = Some(v);
    }

    fn slot(&self, id: NodeId) -> Option<usize> {
        id.0.checked_sub(self.base).map(|k| k as usize)
    }

    pub fn get(&self, id: NodeId) -> Option<&T> {
        self.slots.get(self.slot(id)?).and_then(|s| s.as_ref())
    }

    pub fn get_mut(&mut self, id: NodeId) -> Option<&mut T> {
        let k = self.slot(id)?;
        self.slots.get_mut(k).and_then(|s| s.as_mut())
    }

    pub fn contains(&self, id: NodeId) -> bool {
        self.get(id).is_some()
    }
}

/// What the checker learned about the program, keyed by AST node.
#[derive(Default, Debug)]
pub struct Info {
    pub types: NodeMap<TypeAndValue>,
    /// Identifier → the object it declares (`None` for `_` and the package name).
    pub defs: NodeMap<Option<ObjId>>,
    /// Identifier → the object it refers to.
    pub uses: NodeMap<ObjId>,
    /// `CaseClause::implicit` → the clause's variable in a type switch with a binding.
    pub implicits: NodeMap<ObjId>,
    /// Selector expression → how it resolved.
    pub selections: NodeMap<Selection>,
    /// Per package: package variable initialisation in dependency order.
    pub init_order: HashMap<PkgId, Vec<Initializer>>,
    /// An expression denoting an instance of a generic function (`F` in
    /// the call `F(x)` with inferred type arguments, `F[int]`, `pkg.F`) →
    /// the instance's `Func` object.
    pub inst_refs: NodeMap<ObjId>,
    /// Every generic function or method instance, with the `Info` of its
    /// body checked for its type arguments.
    pub instances: Vec<Instance>,
    /// Per package, its instances (`Func` objects) in gc's order
    /// (`Checker::gc_instance_order`).
    pub gc_inst_order: HashMap<PkgId, Vec<ObjId>>,
}

/// One instance of a generic function or of a method of a generic type:
/// the generic declaration's body checked with type parameters bound to
/// the type arguments, into its own `info` (the body's `NodeId`s are the
/// generic declaration's, so every instance needs its own tables).
#[derive(Debug)]
pub struct Instance {
    /// The instance's `Func` object (`info.defs` of the declaration's name
    /// maps to it too).
    pub obj: ObjId,
    /// The `NodeId` of the generic declaration's name.
    pub decl: NodeId,
    pub pkg: PkgId,
    /// The symbol name without package: `Map[int,string]`,
    /// `(*List[int]).Push`.
    pub name: String,
    /// The type arguments, and the type parameters they are bound to (the
    /// function's, or for a method the generic type's `TypeName` objects),
    /// from which escape analysis derives gc's shape instance
    /// (`types::shape`).
    pub targs: Vec<TypeId>,
    pub tparams: Vec<ObjId>,
    /// The type parameters as the declaration spells them (a method's
    /// receiver may rename them: `func (l *List[E]) Push(v E)`).
    pub names: Vec<String>,
    pub info: Info,
}

/// Owner of every type, object and package of a build.
pub struct TyCtx {
    pub types: Vec<Type>,
    interned: HashMap<Type, TypeId>,
    pub named: Vec<Named>,
    pub objects: Vec<Object>,
    pub packages: Vec<Package>,
    /// The universe scope: predeclared types, constants, `nil`, builtins.
    pub universe: HashMap<String, ObjId>,
    /// The `Func` object of each interface method, keyed by the (interned)
    /// interface type and the method name; filled by the checker when it
    /// builds an interface type (see `check::lookup`).
    pub iface_method_objs: HashMap<(TypeId, String), ObjId>,
    /// How the program spelled an object's type, where that says more than
    /// the canonical type (`byte`, `any`, parameter names): for messages
    /// only (see `spell`).
    pub spells: HashMap<ObjId, spell::Spell>,
    /// The spellings of the type expressions of composite literals,
    /// conversions, `make` and `new` that gc's `-m` lines spell from the
    /// type (aliases, struct, func and interface types), by their
    /// position (file, start): for messages only (see `spell`).
    pub type_spells: HashMap<(crate::syntax::span::FileId, u32), spell::Spell>,
    /// Each type parameter's constraint, by its `TypeParam` type.
    pub tparam_bounds: HashMap<TypeId, TypeId>,
    /// Instances of generic types by (generic `TypeName`, type arguments):
    /// `List[int]` instantiated twice is one `TypeId` (invariant T3).
    pub type_insts: HashMap<(ObjId, Vec<TypeId>), TypeId>,
}

impl Default for TyCtx {
    fn default() -> Self {
        Self::new()
    }
}

impl TyCtx {
    /// A context holding the basic types (interned in `BasicKind` order) and
    /// nothing else; the checker fills the universe (`check::universe`).
    pub fn new() -> TyCtx {
        let mut tcx = TyCtx {
            types: Vec::new(),
            interned: HashMap::new(),
            named: Vec::new(),
            objects: Vec::new(),
            packages: Vec::new(),
            universe: HashMap::new(),
            iface_method_objs: HashMap::new(),
            spells: HashMap::new(),
            type_spells: HashMap::new(),
            tparam_bounds: HashMap::new(),
            type_insts: HashMap::new(),
        };
        use BasicKind::*;
        for k in [
            Bool,
            Int,
            Int8,
            Int16,
            Int32,
            Int64,
            Uint,
            Uint8,
            Uint16,
            Uint32,
            Uint64,
            Uintptr,
            Float32,
            Float64,
            Complex64,
            Complex128,
            String,
            UnsafePointer,
            UntypedBool,
            UntypedInt,
            UntypedRune,
            UntypedFloat,
            UntypedComplex,
            UntypedString,
            UntypedNil,
            Invalid,
        ] {
            tcx.intern(Type::Basic(k));
        }
        tcx
    }

    /// The `TypeId` of a structural type if it has been interned.
    pub fn lookup(&self, t: &Type) -> Option<TypeId> {
        self.interned.get(t).copied()
    }

    /// The `TypeId` of a structural type, creating it on first use.
    /// A signature with several results also interns their tuple, the type
    /// of a call to it, so later phases (wrappers the IR synthesises) find it.
    pub fn intern(&mut self, t: Type) -> TypeId {
        if let Some(&id) = self.interned.get(&t) {
            return id;
        }
        if let Type::Func(sig) = &t {
            if sig.results.len() > 1 {
                self.intern(Type::Tuple(sig.results.clone()));
            }
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(t.clone());
        self.interned.insert(t, id);
        id
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        self.interned[&Type::Basic(k)]
    }

    pub fn ty(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    /// Creates a new defined type whose underlying type is filled in later.
    pub fn new_named(&mut self, obj: ObjId) -> TypeId {
        let nid = NamedId(self.named.len() as u32);
        let invalid = self.basic(BasicKind::Invalid);
        self.named.push(Named {
            obj,
            underlying: invalid,
            methods: Vec::new(),
            orig: None,
            targs: Vec::new(),
            tparams: Vec::new(),
        });
        self.intern(Type::Named(nid))
    }

    /// The underlying type: follows `Named` links.
    pub fn underlying(&self, mut id: TypeId) -> TypeId {
        while let Type::Named(n) = self.ty(id) {
            let u = self.named[n.0 as usize].underlying;
            if u == id {
                break;
            }
            id = u;
        }
        id
    }

    /// The `Type` of the underlying type.
    pub fn under(&self, id: TypeId) -> &Type {
        self.ty(self.underlying(id))
    }

    /// Whether `t` mentions a type parameter (a type of a generic body or
    /// signature, never of compiled code).
    pub fn mentions_tparam(&self, t: TypeId) -> bool {
        self.mentions_tparam_depth(t, 0)
    }

    fn mentions_tparam_depth(&self, t: TypeId, d: u32) -> bool {
        if d > 32 {
            return false;
        }
        let r = |x: TypeId| self.mentions_tparam_depth(x, d + 1);
        match self.ty(t) {
            Type::TypeParam(_) => true,
            Type::Basic(_) | Type::Interface(_) | Type::TypeSet { .. } => false,
            Type::Pointer(e) | Type::Slice(e) | Type::Array(e, _) | Type::Chan(_, e) => r(*e),
            Type::Map(k, v) => r(*k) || r(*v),
            Type::Struct(fs) => fs.iter().any(|f| r(f.ty)),
            Type::Func(s) => s.params.iter().chain(&s.results).any(|&x| r(x)),
            Type::Tuple(ts) => ts.iter().any(|&x| r(x)),
            Type::Named(n) => self.named[n.0 as usize].targs.iter().any(|&x| r(x)),
        }
    }

    pub fn new_object(&mut self, o: Object) -> ObjId {
        self.objects.push(o);
        ObjId(self.objects.len() as u32 - 1)
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id.0 as usize]
    }

    pub fn pkg(&self, id: PkgId) -> &Package {
        &self.packages[id.0 as usize]
    }
}

#[cfg(test)]
mod node_map_tests {
    use super::{NodeId, NodeMap};

    #[test]
    fn spans_only_the_ids_it_holds() {
        let mut m = NodeMap::default();
        m.insert(NodeId(1_000_000), 'a');
        m.insert(NodeId(1_000_003), 'b');
        m.insert(NodeId(999_990), 'c');
        m.insert(NodeId(5), 'd');
        assert_eq!(m.get(NodeId(1_000_000)), Some(&'a'));
        assert_eq!(m.get(NodeId(1_000_003)), Some(&'b'));
        assert_eq!(m.get(NodeId(999_990)), Some(&'c'));
        assert_eq!(m.get(NodeId(5)), Some(&'d'));
        assert_eq!(m.get(NodeId(4)), None);
        assert_eq!(m.get(NodeId(6)), None);
        assert_eq!(m.get(NodeId(2_000_000)), None);
        *m.get_mut(NodeId(5)).unwrap() = 'e';
        assert_eq!(m.get(NodeId(5)), Some(&'e'));
        assert!(!m.contains(NodeId(0)));
    }

    #[test]
    fn descending_inserts() {
        let mut m = NodeMap::default();
        for i in (0..10_000u32).rev() {
            m.insert(NodeId(i + 50), i);
        }
        for i in 0..10_000u32 {
            assert_eq!(m.get(NodeId(i + 50)), Some(&i));
        }
        assert!(m.slots.len() <= 20_100);
    }
}
