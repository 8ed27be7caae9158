//! Read-only data and the synthetic functions it points at.
//!
//! Everything here is created on demand: asking for `type_desc(T)` declares
//! the symbol at once (so code can refer to it) and queues its definition;
//! `drain` then defines queued type descriptors and itabs and compiles the
//! functions they point at (interface-method wrappers, equality functions,
//! method-value wrappers), which may queue more, until nothing is left.
//!
//! Symbols follow gc where gc has a name: `type:main.T` (the type
//! descriptor, laid out as the runtime's `TypeDesc`), `go:itab.*main.T,main.I`,
//! `main.(*T).M` (the wrapper that calls value method `T.M` through a
//! pointer: what itabs of non-pointer-shaped types use), `main.f·f` (the
//! static closure of top-level function `main.f`), `main.T.M-fm` (method
//! values), `type:.eq.main.T` (equality).

use super::abi::{self, parts};
use super::func::{self, CVal, FunctionCx};
use super::{Cx, PTR};
use crate::ir;
use crate::syntax::span::Span;
use crate::types::layout::{self, kind};
use crate::types::{ConstValue, Type, TypeId};
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, Signature, UserFuncName};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};
use std::collections::{HashMap, HashSet};

/// How an itab or method-table entry reaches a method from a data word.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) enum Wrap {
    /// The method takes the data word as its receiver already.
    None,
    /// The receiver is the value the data word points at.
    Deref,
    /// The receiver is a one-pointer struct/array held in the data word.
    DirectAgg,
}

#[derive(Clone, Copy, Debug)]
enum Synth {
    IfaceWrapper {
        method: ir::FuncId,
        wrap: Wrap,
        id: ClifFuncId,
    },
    MethodValue {
        method: ir::FuncId,
        id: ClifFuncId,
    },
    Equal {
        t: TypeId,
        id: ClifFuncId,
    },
}

#[derive(Default)]
pub(crate) struct DataState {
    type_descs: HashMap<TypeId, DataId>,
    /// Descriptors of unnamed types by type string (structural identity).
    unnamed_descs: HashMap<String, DataId>,
    type_names: HashSet<String>,
    itabs: HashMap<(TypeId, TypeId), DataId>,
    closures: HashMap<ir::FuncId, DataId>,
    wrappers: HashMap<(ir::FuncId, Wrap), ClifFuncId>,
    fm: HashMap<ir::FuncId, ClifFuncId>,
    eqs: HashMap<TypeId, ClifFuncId>,
    synthetic_descs: HashMap<u64, DataId>,
    zerobase: Option<DataId>,
    zeroval: Option<DataId>,
    static_bytes: Option<DataId>,
    pending_types: Vec<TypeId>,
    pending_itabs: Vec<(TypeId, TypeId)>,
    pending_funcs: Vec<Synth>,
    anon: u32,
}

fn declare(cx: &mut Cx, name: &str, writable: bool) -> DataId {
    match cx
        .module
        .declare_data(name, Linkage::Local, writable, false)
    {
        Ok(id) => id,
        Err(_) => cx
            .module
            .declare_anonymous_data(writable, false)
            .expect("anonymous data"),
    }
}

fn define(cx: &mut Cx, id: DataId, desc: &DataDescription, what: &str) {
    if let Err(e) = cx.module.define_data(id, desc) {
        cx.error(
            Span::default(),
            format!("rgo: internal error defining {what}: {e}"),
        );
    }
}

/// A unique symbol name: `base`, or `base·N` when taken.
fn unique_name(cx: &mut Cx, base: String) -> String {
    if cx.data.type_names.insert(base.clone()) {
        return base;
    }
    loop {
        cx.data.anon += 1;
        let n = format!("{base}·{}", cx.data.anon);
        if cx.data.type_names.insert(n.clone()) {
            return n;
        }
    }
}

/// The bytes of a string constant (one symbol per distinct string).
pub(crate) fn string_data(cx: &mut Cx, s: &str) -> DataId {
    bytes_data(cx, s.as_bytes())
}

/// The bytes of a string constant that need not be UTF-8 (one symbol per
/// distinct byte string).
pub(crate) fn bytes_data(cx: &mut Cx, s: &[u8]) -> DataId {
    if let Some(&id) = cx.strings.get(s) {
        return id;
    }
    let id = cx
        .module
        .declare_anonymous_data(false, false)
        .expect("anonymous data");
    let mut d = DataDescription::new();
    d.define(s.to_vec().into_boxed_slice());
    define(cx, id, &d, "a string constant");
    cx.strings.insert(s.to_vec(), id);
    id
}

/// A zero-sized object's address (gc's `runtime.zerobase`).
pub(crate) fn zerobase(cx: &mut Cx) -> DataId {
    if let Some(id) = cx.data.zerobase {
        return id;
    }
    let id = declare(cx, "go:zerobase", false);
    let mut d = DataDescription::new();
    d.define_zeroinit(8);
    d.set_align(8);
    define(cx, id, &d, "zerobase");
    cx.data.zerobase = Some(id);
    id
}

/// Bytes of zeros that reads of missing map entries load from (gc's
/// `zeroVal`); values larger than this read a zeroed temporary.
pub(crate) const ZEROVAL_BYTES: u64 = 1024;

/// The address of `ZEROVAL_BYTES` zero bytes.
pub(crate) fn zeroval(cx: &mut Cx) -> DataId {
    if let Some(id) = cx.data.zeroval {
        return id;
    }
    let id = declare(cx, "go:zeroval", false);
    let mut d = DataDescription::new();
    d.define_zeroinit(ZEROVAL_BYTES as usize);
    d.set_align(8);
    define(cx, id, &d, "zeroval");
    cx.data.zeroval = Some(id);
    id
}

/// The 256 byte values, for boxing one-byte values without allocating
/// (gc's `runtime.staticuint64s`, one byte per entry here).
pub(crate) fn static_bytes(cx: &mut Cx) -> DataId {
    if let Some(id) = cx.data.static_bytes {
        return id;
    }
    let id = declare(cx, "go:staticbytes", false);
    let mut d = DataDescription::new();
    d.define((0..=255u8).collect::<Vec<u8>>().into_boxed_slice());
    define(cx, id, &d, "static bytes");
    cx.data.static_bytes = Some(id);
    id
}

/// Read-only memory holding constant `c` of type `t` (for boxing constants
/// into interfaces without allocating).
pub(crate) fn const_data(cx: &mut Cx, c: &ConstValue, t: TypeId) -> DataId {
    let lay = cx.layout(t);
    let id = cx
        .module
        .declare_anonymous_data(false, false)
        .expect("anonymous data");
    let mut bytes = vec![0u8; lay.size.max(1) as usize];
    let mut d = DataDescription::new();
    match (c, parts(cx, t).and_then(|p| p.first().copied())) {
        (ConstValue::String(s), _) => {
            if !s.is_empty() {
                let sd = bytes_data(cx, s);
                let gv = cx.module.declare_data_in_data(sd, &mut d);
                d.write_data_addr(0, gv, 0);
            }
            bytes[8..16].copy_from_slice(&(s.len() as u64).to_le_bytes());
        }
        (ConstValue::Bool(b), _) => bytes[0] = *b as u8,
        (_, Some((ty, _))) if ty.is_float() && lay.size == 2 * u64::from(ty.bytes()) => {
            // complex64 / complex128: real part, then imaginary part.
            let (re, im) = c.to_complex().unwrap_or_default();
            let (re, im) = (
                crate::types::constant::rat_to_f64(&re).unwrap_or(0.0),
                crate::types::constant::rat_to_f64(&im).unwrap_or(0.0),
            );
            if ty == types::F64 {
                bytes[..8].copy_from_slice(&re.to_le_bytes());
                bytes[8..16].copy_from_slice(&im.to_le_bytes());
            } else {
                bytes[..4].copy_from_slice(&(re as f32).to_le_bytes());
                bytes[4..8].copy_from_slice(&(im as f32).to_le_bytes());
            }
        }
        (_, Some((ty, _))) if ty == types::F64 => {
            bytes[..8].copy_from_slice(&c.to_f64().unwrap_or(0.0).to_le_bytes());
        }
        (_, Some((ty, _))) if ty == types::F32 => {
            bytes[..4].copy_from_slice(&(c.to_f64().unwrap_or(0.0) as f32).to_le_bytes());
        }
        _ => {
            let v = c
                .to_i64()
                .or_else(|| c.to_u64().map(|u| u as i64))
                .unwrap_or(0);
            let n = (lay.size as usize).min(8);
            bytes[..n].copy_from_slice(&v.to_le_bytes()[..n]);
        }
    }
    d.define(bytes.into_boxed_slice());
    d.set_align(lay.align.max(1));
    define(cx, id, &d, "a constant");
    id
}

/// The static closure `{code}` of a top-level function used as a value.
pub(crate) fn func_closure(cx: &mut Cx, f: ir::FuncId) -> DataId {
    if let Some(&id) = cx.data.closures.get(&f) {
        return id;
    }
    let name = format!("{}·f", cx.prog.func(f).name);
    let id = declare(cx, &name, false);
    let code = cx.func_id(f);
    let mut d = DataDescription::new();
    // Not `define_zeroinit`: zero-initialised data goes to .bss, where the
    // code-pointer relocation would be lost.
    d.define(vec![0u8; 8].into_boxed_slice());
    d.set_align(8);
    let fr = cx.module.declare_func_in_data(code, &mut d);
    d.write_function_addr(0, fr);
    define(cx, id, &d, &name);
    cx.data.closures.insert(f, id);
    id
}

/// Offsets of a function literal's captured variables in its closure
/// object (word 0 is the code pointer).
pub(crate) fn closure_offsets(cx: &Cx, f: &ir::Func) -> Vec<u64> {
    closure_layout(cx, f).0
}

/// Offsets and total size of a closure object.
pub(crate) fn closure_layout(cx: &Cx, f: &ir::Func) -> (Vec<u64>, u64) {
    let mut off = 8u64;
    let mut offs = Vec::new();
    if let Some(ci) = &f.closure {
        for c in &ci.captures {
            let (size, align) = if c.by_ref {
                (8, 8)
            } else {
                let l = cx.layout(f.local(c.inner).ty);
                (l.size, l.align)
            };
            off = off.div_ceil(align.max(1)) * align.max(1);
            offs.push(off);
            off += size;
        }
    }
    (offs, off.div_ceil(8) * 8)
}

/// A descriptor for a runtime-built object of `size` bytes whose every word
/// may be a pointer (closure objects, which have no Go type).
pub(crate) fn synthetic_desc(cx: &mut Cx, size: u64) -> DataId {
    if let Some(&id) = cx.data.synthetic_descs.get(&size) {
        return id;
    }
    let id = declare(cx, &format!("type:closure.{size}"), false);
    let words = size.div_ceil(8) as usize;
    let mut bits = vec![0u8; words.div_ceil(8).max(1)];
    for w in 0..words {
        bits[w / 8] |= 1 << (w % 8);
    }
    let gc = cx
        .module
        .declare_anonymous_data(false, false)
        .expect("anonymous data");
    let mut gd = DataDescription::new();
    gd.define(bits.into_boxed_slice());
    define(cx, gc, &gd, "a pointer bitmap");
    let mut bytes = vec![0u8; layout::TD_BYTES];
    put(&mut bytes, layout::TD_SIZE, size);
    put(&mut bytes, layout::TD_PTRDATA, size);
    bytes[layout::TD_KIND as usize] = kind::STRUCT;
    bytes[layout::TD_ALIGN as usize] = 8;
    let mut d = DataDescription::new();
    let gv = cx.module.declare_data_in_data(gc, &mut d);
    d.write_data_addr(layout::TD_GCDATA, gv, 0);
    let name = string_data(cx, "func");
    let nv = cx.module.declare_data_in_data(name, &mut d);
    d.write_data_addr(layout::TD_NAME, nv, 0);
    put(&mut bytes, layout::TD_NAME + 8, 4);
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    define(cx, id, &d, "a closure descriptor");
    cx.data.synthetic_descs.insert(size, id);
    id
}

fn put(bytes: &mut [u8], off: u32, v: u64) {
    bytes[off as usize..off as usize + 8].copy_from_slice(&v.to_le_bytes());
}

/// The type descriptor of `t` (declared now, defined by `drain`).
pub(crate) fn type_desc(cx: &mut Cx, t: TypeId) -> DataId {
    if let Some(&id) = cx.data.type_descs.get(&t) {
        return id;
    }
    // The checker may intern one unnamed type twice (e.g. struct types
    // whose fields come from different declarations); Go's identity is
    // structural, so identical unnamed types share one descriptor.
    let ts = type_string(cx, t);
    let named = matches!(cx.tcx.ty(t), Type::Named(_));
    if !named {
        if let Some(&id) = cx.data.unnamed_descs.get(&ts) {
            cx.data.type_descs.insert(t, id);
            return id;
        }
    }
    let name = unique_name(cx, format!("type:{ts}"));
    let id = declare(cx, &name, false);
    cx.data.type_descs.insert(t, id);
    if !named {
        cx.data.unnamed_descs.insert(ts, id);
    }
    cx.data.pending_types.push(t);
    id
}

/// `%T` of a type, as gc's type descriptors spell it (`struct { A int }`,
/// `interface {}`; see `types::fmt::runtime_type_string`).
pub(crate) fn type_string(cx: &Cx, t: TypeId) -> String {
    crate::types::fmt::runtime_type_string(cx.tcx, t)
}

/// The itab of concrete type `c` as interface `i`.
pub(crate) fn itab(cx: &mut Cx, c: TypeId, i: TypeId) -> DataId {
    if let Some(&id) = cx.data.itabs.get(&(c, i)) {
        return id;
    }
    let name = unique_name(
        cx,
        format!("go:itab.{},{}", type_string(cx, c), type_string(cx, i)),
    );
    let id = declare(cx, &name, false);
    cx.data.itabs.insert((c, i), id);
    cx.data.pending_itabs.push((c, i));
    id
}

/// Whether `==` on `t` is a byte comparison (no floats, strings,
/// interfaces or padding).
pub(crate) fn memory_comparable(cx: &Cx, t: TypeId) -> bool {
    use crate::types::BasicKind::*;
    match cx.tcx.under(t) {
        Type::Basic(k) => !matches!(k, Float32 | Float64 | Complex64 | Complex128 | String),
        Type::Pointer(_) | Type::Chan(..) => true,
        Type::Array(e, _) => memory_comparable(cx, *e),
        Type::Struct(fields) => {
            let sum: u64 = fields.iter().map(|f| cx.layout(f.ty).size).sum();
            sum == cx.layout(t).size
                && fields
                    .iter()
                    .all(|f| f.name != "_" && memory_comparable(cx, f.ty))
        }
        _ => false,
    }
}

/// The package path and name of a defined type, or of the type a pointer
/// points at.
fn named_parts(cx: &Cx, t: TypeId) -> Option<(String, String, bool)> {
    let (base, ptr) = match cx.tcx.ty(t) {
        Type::Pointer(b) => (*b, true),
        _ => (t, false),
    };
    let Type::Named(n) = cx.tcx.ty(base) else {
        return None;
    };
    let obj = cx.tcx.obj(cx.tcx.named[n.0 as usize].obj);
    let pkg = obj.pkg?;
    let name = crate::types::fmt::named_sym_name(cx.tcx, base);
    Some((cx.tcx.pkg(pkg).path.clone(), name, ptr))
}

/// The method `name` in the method set of concrete type `c`, and how an
/// interface data word of `c` reaches it.
pub(crate) fn find_method(cx: &Cx, c: TypeId, name: &str) -> Option<(ir::FuncId, Wrap)> {
    let (path, tname, ptr) = named_parts(cx, c)?;
    let ptr_sym = format!("{path}.(*{tname}).{name}");
    let val_sym = format!("{path}.{tname}.{name}");
    if ptr {
        if let Some(&f) = cx.by_name.get(ptr_sym.as_str()) {
            return Some((f, Wrap::None));
        }
        return cx.by_name.get(val_sym.as_str()).map(|&f| (f, Wrap::Deref));
    }
    let &f = cx.by_name.get(val_sym.as_str())?;
    if !layout::is_direct_iface(cx.tcx, c) {
        // Lowering may already have generated `(*T).M` (for a method
        // expression): it takes the boxed value's pointer as is.
        if let Some(&w) = cx.by_name.get(ptr_sym.as_str()) {
            return Some((w, Wrap::None));
        }
        Some((f, Wrap::Deref))
    } else if parts(cx, c).is_some() {
        Some((f, Wrap::None))
    } else {
        Some((f, Wrap::DirectAgg))
    }
}

/// The method names of `c`'s method set, sorted.
fn method_names(cx: &Cx, c: TypeId) -> Vec<String> {
    let base = match cx.tcx.ty(c) {
        Type::Pointer(b) => *b,
        _ => c,
    };
    if !matches!(cx.tcx.ty(base), Type::Named(_)) {
        return Vec::new();
    }
    // Promoted methods included: lowering generated their wrappers.
    let mut names: Vec<String> = crate::types::check::lookup::method_set(cx.tcx, c)
        .into_iter()
        .map(|m| m.name)
        .filter(|m| find_method(cx, c, m).is_some())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The code an itab entry points at for `method` reached by `wrap`.
fn entry_code(cx: &mut Cx, method: ir::FuncId, wrap: Wrap) -> ClifFuncId {
    if wrap == Wrap::None {
        return cx.func_id(method);
    }
    if let Some(&id) = cx.data.wrappers.get(&(method, wrap)) {
        return id;
    }
    let f = cx.prog.func(method);
    let name = match wrap {
        Wrap::Deref => {
            // `main.T.M` → `main.(*T).M`, gc's name for the pointer wrapper.
            let short = &f.short_name;
            match (f.name.strip_suffix(short.as_str()), short.split_once('.')) {
                (Some(prefix), Some((t, m))) => format!("{prefix}(*{t}).{m}"),
                _ => format!("{}·p", f.name),
            }
        }
        _ => format!("{}·i", f.name),
    };
    let (ps, rs) = abi::func_param_types(f);
    let sig = abi::go_sig(cx, &ps, &rs, true).sig;
    let id = cx.declare_fn(&name, Linkage::Local, &sig);
    cx.recover_wrappers.insert(id);
    cx.data.wrappers.insert((method, wrap), id);
    cx.data
        .pending_funcs
        .push(Synth::IfaceWrapper { method, wrap, id });
    id
}

/// The code of the closure built for method value `x.M`.
pub(crate) fn method_value_code(cx: &mut Cx, method: ir::FuncId) -> ClifFuncId {
    if let Some(&id) = cx.data.fm.get(&method) {
        return id;
    }
    let f = cx.prog.func(method);
    let (ps, rs) = abi::func_param_types(f);
    let sig = abi::go_sig(cx, &ps[1.min(ps.len())..], &rs, false).sig;
    let name = format!("{}-fm", f.name);
    let id = cx.declare_fn(&name, Linkage::Local, &sig);
    cx.recover_wrappers.insert(id);
    cx.data.fm.insert(method, id);
    cx.data
        .pending_funcs
        .push(Synth::MethodValue { method, id });
    id
}

fn equal_fn(cx: &mut Cx, t: TypeId) -> ClifFuncId {
    if let Some(&id) = cx.data.eqs.get(&t) {
        return id;
    }
    let name = unique_name(cx, format!("type:.eq.{}", type_string(cx, t)));
    let id = cx.declare_fn(&name, Linkage::Local, &eq_sig());
    cx.data.eqs.insert(t, id);
    cx.data.pending_funcs.push(Synth::Equal { t, id });
    id
}

fn eq_sig() -> Signature {
    let mut sig = Signature::new(CallConv::SystemV);
    sig.params.push(AbiParam::new(PTR));
    sig.params.push(AbiParam::new(PTR));
    sig.returns.push(AbiParam::new(types::I8).uext());
    sig
}

fn define_type_desc(cx: &mut Cx, t: TypeId) {
    let id = cx.data.type_descs[&t];
    let tcx = cx.tcx;
    let lay = cx.layout(t);
    let (ptrdata, bits) = layout::ptr_bitmap(tcx, t);
    let name = type_string(cx, t);
    let mut flags = 0u8;
    if layout::is_direct_iface(tcx, t) {
        flags |= layout::FLAG_DIRECT_IFACE;
    }
    let comparable = layout::is_comparable(tcx, t);
    if comparable {
        flags |= layout::FLAG_COMPARABLE;
    }
    if matches!(tcx.ty(t), Type::Named(_)) {
        flags |= layout::FLAG_NAMED;
    }
    if comparable && memory_comparable(cx, t) {
        flags |= layout::FLAG_REGULAR_MEMORY;
    }
    let struct_fields = match tcx.under(t) {
        Type::Struct(fs) => {
            flags |= layout::FLAG_HAS_FIELDS;
            Some(fs.clone())
        }
        _ => None,
    };
    let mut bytes = vec![
        0u8;
        if struct_fields.is_some() {
            layout::STRUCT_TD_BYTES
        } else {
            layout::TD_BYTES
        }
    ];
    let mut d = DataDescription::new();
    if let Some(fs) = &struct_fields {
        if !fs.is_empty() {
            let ft = field_table(cx, t, fs);
            let gv = cx.module.declare_data_in_data(ft, &mut d);
            d.write_data_addr(layout::TD_FIELDS, gv, 0);
        }
        put(&mut bytes, layout::TD_NFIELDS, fs.len() as u64);
    }
    put(&mut bytes, layout::TD_SIZE, lay.size);
    put(&mut bytes, layout::TD_PTRDATA, ptrdata);
    let hash = name.bytes().fold(0x811c9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x01000193)
    });
    bytes[layout::TD_HASH as usize..layout::TD_HASH as usize + 4]
        .copy_from_slice(&hash.to_le_bytes());
    bytes[layout::TD_KIND as usize] = layout::kind_of(tcx, t);
    bytes[layout::TD_ALIGN as usize] = lay.align as u8;
    bytes[layout::TD_FLAGS as usize] = flags;
    if ptrdata > 0 {
        let gc = cx
            .module
            .declare_anonymous_data(false, false)
            .expect("anonymous data");
        let mut gd = DataDescription::new();
        gd.define(bits.into_boxed_slice());
        define(cx, gc, &gd, "a pointer bitmap");
        let gv = cx.module.declare_data_in_data(gc, &mut d);
        d.write_data_addr(layout::TD_GCDATA, gv, 0);
    }
    let sd = string_data(cx, &name);
    let gv = cx.module.declare_data_in_data(sd, &mut d);
    d.write_data_addr(layout::TD_NAME, gv, 0);
    put(&mut bytes, layout::TD_NAME + 8, name.len() as u64);
    let (elem, key, len) = match tcx.under(t) {
        Type::Pointer(e) | Type::Slice(e) | Type::Chan(_, e) => (Some(*e), None, 0),
        Type::Array(e, n) => (Some(*e), None, *n),
        Type::Map(k, v) => (Some(*v), Some(*k), 0),
        _ => (None, None, 0),
    };
    put(&mut bytes, layout::TD_LEN, len);
    for (off, sub) in [(layout::TD_ELEM, elem), (layout::TD_KEY, key)] {
        if let Some(s) = sub {
            let sid = type_desc(cx, s);
            let gv = cx.module.declare_data_in_data(sid, &mut d);
            d.write_data_addr(off, gv, 0);
        }
    }
    if comparable && !layout::is_direct_iface(tcx, t) && !matches!(tcx.under(t), Type::Interface(_))
    {
        let eq = equal_fn(cx, t);
        let fr = cx.module.declare_func_in_data(eq, &mut d);
        d.write_function_addr(layout::TD_EQUAL, fr);
    }
    // The method table: for a concrete type its method set with code
    // pointers; for an interface type its methods with null code pointers.
    // Each entry carries the method's signature descriptor so `rt_getitab`
    // can match by name and type, like gc.
    let iface_methods = match tcx.under(t) {
        Type::Interface(ms) => Some(ms.clone()),
        _ => None,
    };
    let names: Vec<String> = match &iface_methods {
        Some(ms) => ms.iter().map(|m| m.name.clone()).collect(),
        None => method_names(cx, t),
    };
    if !names.is_empty() {
        let mt = cx
            .module
            .declare_anonymous_data(false, false)
            .expect("anonymous data");
        let mut md = DataDescription::new();
        let mut mbytes = vec![0u8; layout::METHOD_BYTES * names.len()];
        for (i, m) in names.iter().enumerate() {
            let base = (i * layout::METHOD_BYTES) as u32;
            let ms = string_data(cx, m);
            let gv = cx.module.declare_data_in_data(ms, &mut md);
            md.write_data_addr(base, gv, 0);
            put(&mut mbytes, base + 8, m.len() as u64);
            let sig = match &iface_methods {
                Some(ims) => Some(ims[i].sig),
                None => find_method(cx, t, m).map(|(f, _)| cx.prog.func(f).sig),
            };
            if iface_methods.is_none() {
                if let Some((f, wrap)) = find_method(cx, t, m) {
                    let code = entry_code(cx, f, wrap);
                    let fr = cx.module.declare_func_in_data(code, &mut md);
                    md.write_function_addr(base + 16, fr);
                }
            }
            if let Some(sig) = sig {
                let sd = type_desc(cx, sig);
                let gs = cx.module.declare_data_in_data(sd, &mut md);
                md.write_data_addr(base + 24, gs, 0);
            }
        }
        md.define(mbytes.into_boxed_slice());
        md.set_align(8);
        define(cx, mt, &md, "a method table");
        let gv = cx.module.declare_data_in_data(mt, &mut d);
        d.write_data_addr(layout::TD_METHODS, gv, 0);
        put(&mut bytes, layout::TD_NMETHODS, names.len() as u64);
    }
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    define(cx, id, &d, &name);
}

/// The `FieldDesc` table of struct type `t` (the `StructTypeDesc`
/// extension: runtime/src/types.rs), fields in declaration order.
fn field_table(cx: &mut Cx, t: TypeId, fs: &[crate::types::Field]) -> DataId {
    let offs = layout::field_offsets(cx.tcx, t);
    let id = cx
        .module
        .declare_anonymous_data(false, false)
        .expect("anonymous data");
    let mut d = DataDescription::new();
    let mut bytes = vec![0u8; layout::FIELD_BYTES * fs.len()];
    for (i, (f, off)) in fs.iter().zip(offs).enumerate() {
        let base = (i * layout::FIELD_BYTES) as u32;
        if !f.name.is_empty() {
            let sd = string_data(cx, &f.name);
            let gv = cx.module.declare_data_in_data(sd, &mut d);
            d.write_data_addr(base, gv, 0);
            put(&mut bytes, base + 8, f.name.len() as u64);
        }
        let fd = type_desc(cx, f.ty);
        let gv = cx.module.declare_data_in_data(fd, &mut d);
        d.write_data_addr(base + layout::FIELD_TYP, gv, 0);
        put(&mut bytes, base + layout::FIELD_OFFSET, off);
        bytes[(base + layout::FIELD_EMBEDDED) as usize] = f.embedded as u8;
        if let Some(tag) = f.tag.as_deref().filter(|t| !t.is_empty()) {
            let sd = string_data(cx, tag);
            let gv = cx.module.declare_data_in_data(sd, &mut d);
            d.write_data_addr(base + layout::FIELD_TAG, gv, 0);
            put(&mut bytes, base + layout::FIELD_TAG + 8, tag.len() as u64);
        }
    }
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    define(cx, id, &d, "a field table");
    id
}

fn define_itab(cx: &mut Cx, c: TypeId, i: TypeId) {
    let id = cx.data.itabs[&(c, i)];
    let methods = match cx.tcx.under(i) {
        Type::Interface(ms) => ms.clone(),
        _ => Vec::new(),
    };
    let mut bytes = vec![0u8; 16 + 8 * methods.len()];
    let mut d = DataDescription::new();
    let (ti, tc) = (type_desc(cx, i), type_desc(cx, c));
    let gi = cx.module.declare_data_in_data(ti, &mut d);
    d.write_data_addr(layout::ITAB_INTER, gi, 0);
    let gc = cx.module.declare_data_in_data(tc, &mut d);
    d.write_data_addr(layout::ITAB_TYP, gc, 0);
    for (k, m) in methods.iter().enumerate() {
        match find_method(cx, c, &m.name) {
            Some((f, wrap)) => {
                let code = entry_code(cx, f, wrap);
                let fr = cx.module.declare_func_in_data(code, &mut d);
                d.write_function_addr(layout::ITAB_FUN + 8 * k as u32, fr);
            }
            None => {
                // A method promoted through an embedded field: its wrapper
                // is not generated yet, so the entry stops the program with
                // a clear message if it is ever called.
                let stub = cx.declare_fn(
                    "rt_promoted_method_unsupported",
                    Linkage::Import,
                    &Signature::new(CallConv::SystemV),
                );
                let fr = cx.module.declare_func_in_data(stub, &mut d);
                d.write_function_addr(layout::ITAB_FUN + 8 * k as u32, fr);
            }
        }
    }
    bytes.truncate(16 + 8 * methods.len());
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    define(cx, id, &d, "an itab");
}

/// An empty function for synthetic bodies (no locals, no results).
pub(crate) fn dummy_func(prog: &ir::Program) -> &'static ir::Func {
    let _ = prog;
    static DUMMY: std::sync::OnceLock<ir::Func> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| ir::Func {
        name: String::new(),
        short_name: String::new(),
        pkg: crate::types::PkgId(0),
        span: Span::default(),
        params: Vec::new(),
        results: Vec::new(),
        variadic: false,
        locals: Vec::new(),
        body: None,
        runtime_symbol: None,
        closure: None,
        sig: TypeId(0),
        wrapper: true,
        shape: None,
    })
}

/// Defines everything queued, compiling synthetic functions, until done.
pub(crate) fn drain(cx: &mut Cx, ctx: &mut Context, fbc: &mut FunctionBuilderContext) {
    loop {
        if let Some(t) = cx.data.pending_types.pop() {
            define_type_desc(cx, t);
        } else if let Some((c, i)) = cx.data.pending_itabs.pop() {
            define_itab(cx, c, i);
        } else if let Some(s) = cx.data.pending_funcs.pop() {
            compile_synth(cx, ctx, fbc, s);
        } else {
            break;
        }
    }
}

fn compile_synth(cx: &mut Cx, ctx: &mut Context, fbc: &mut FunctionBuilderContext, s: Synth) {
    let (id, name) = match s {
        Synth::IfaceWrapper { id, .. }
        | Synth::MethodValue { id, .. }
        | Synth::Equal { id, .. } => (
            id,
            cx.module
                .declarations()
                .get_function_decl(id)
                .linkage_name(id)
                .into_owned(),
        ),
    };
    crate::driver::set_current_function(Some(&name));
    ctx.func.signature = cx
        .module
        .declarations()
        .get_function_decl(id)
        .signature
        .clone();
    ctx.func.name = UserFuncName::user(0, id.as_u32());
    {
        let b = FunctionBuilder::new(&mut ctx.func, fbc);
        let dummy = dummy_func(cx.prog);
        let mut fx = FunctionCx::new(cx, b, dummy);
        let entry = fx.b.create_block();
        fx.b.append_block_params_for_function_params(entry);
        fx.b.switch_to_block(entry);
        let params = fx.b.block_params(entry).to_vec();
        match s {
            Synth::Equal { t, .. } => {
                let a = fx.load(params[0], 0, t);
                let b = fx.load(params[1], 0, t);
                let r = fx.equal(t, &a, &b);
                fx.b.ins().return_(&[r]);
            }
            Synth::IfaceWrapper { method, wrap, .. } => {
                let f = fx.cx.prog.func(method);
                let (ps, rs) = abi::func_param_types(f);
                let nout = rs.iter().filter(|&&r| parts(fx.cx, r).is_none()).count();
                let data = params[1 + nout];
                let recv = match wrap {
                    Wrap::Deref => fx.load(data, 0, ps[0]),
                    _ => fx.unbox(ps[0], data),
                };
                let mut args = vec![recv];
                args.extend(split_args(&mut fx, &ps[1..], &params[2 + nout..]));
                forward(&mut fx, method, &rs, args, &params[1..1 + nout]);
            }
            Synth::MethodValue { method, .. } => {
                let f = fx.cx.prog.func(method);
                let (ps, rs) = abi::func_param_types(f);
                let nout = rs.iter().filter(|&&r| parts(fx.cx, r).is_none()).count();
                let ctxv = params[0];
                let recv = fx.load(ctxv, 8, ps[0]);
                let mut args = vec![recv];
                args.extend(split_args(&mut fx, &ps[1..], &params[1 + nout..]));
                forward(&mut fx, method, &rs, args, &params[1..1 + nout]);
            }
        }
        fx.b.seal_all_blocks();
        let cfg = fx.cx.module.target_config();
        fx.b.finalize(cfg);
    }
    func::define(cx, ctx, id, &name, None);
}

/// Regroups flattened incoming parameters into values.
fn split_args(
    fx: &mut FunctionCx,
    tys: &[TypeId],
    flat: &[cranelift_codegen::ir::Value],
) -> Vec<CVal> {
    let mut out = Vec::new();
    let mut i = 0;
    for &t in tys {
        match parts(fx.cx, t) {
            Some(ps) => {
                out.push(CVal::Parts(flat[i..i + ps.len()].to_vec()));
                i += ps.len();
            }
            None => {
                out.push(CVal::Mem(flat[i]));
                i += 1;
            }
        }
    }
    out
}

/// Calls `method` and returns its results from the wrapper.
fn forward(
    fx: &mut FunctionCx,
    method: ir::FuncId,
    rs: &[TypeId],
    args: Vec<CVal>,
    outs: &[cranelift_codegen::ir::Value],
) {
    let res = fx.call_go_direct(method, args);
    let mut rets = Vec::new();
    let mut oi = 0;
    for (v, &t) in res.iter().zip(rs) {
        match v {
            CVal::Mem(src) => {
                let size = fx.cx.layout(t).size;
                fx.copy_mem(outs[oi], *src, size);
                oi += 1;
            }
            CVal::Parts(p) => rets.extend_from_slice(p),
        }
    }
    fx.b.ins().return_(&rets);
}
