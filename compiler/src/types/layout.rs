//! Sizes, alignments, field offsets and pointer maps of Go types on amd64.
//!
//! Everything here matches gc (`cmd/compile/internal/types/size.go`) so that
//! values rgo lays out look the same as gc's: `bool` and `int8` take one byte,
//! `int`, pointers, maps, channels and funcs eight, strings sixteen
//! (`{ptr, len}`), slices twenty-four (`{ptr, len, cap}`), interfaces sixteen
//! (`{type-or-itab, data}`), arrays `n * elem`, and structs place each field at
//! the next multiple of its alignment, with trailing padding to the struct's
//! alignment. As in gc, a non-empty struct that ends in a zero-sized field
//! gets one extra byte, so that `&s.last` never points past the object.
//!
//! The module also answers the questions the code generator and the runtime
//! ask about a type: its pointer bitmap (`ptrdata` and one bit per word, the
//! `gcdata` of a type descriptor), whether it is stored directly in an
//! interface's data word (`is_direct_iface`, gc's `IsDirectIface`), whether it
//! is comparable, and how a scalar-shaped value is flattened into machine
//! values (`abi_parts`). Structs and arrays are never flattened: the code
//! generator keeps them in memory.
//!
//! The `TD_*` offsets describe the runtime's `TypeDesc`;
//! runtime/src/types.rs knows this; change both.

use super::{BasicKind, TyCtx, Type, TypeId};

/// Size of a pointer (and of `int`) on amd64.
pub const PTR_SIZE: u64 = 8;

// Offsets inside the runtime's `TypeDesc` (96 bytes) and related records.
// runtime/src/types.rs knows this; change both.
pub const TD_SIZE: u32 = 0;
pub const TD_PTRDATA: u32 = 8;
pub const TD_HASH: u32 = 16;
pub const TD_KIND: u32 = 20;
pub const TD_ALIGN: u32 = 21;
pub const TD_FLAGS: u32 = 22;
pub const TD_GCDATA: u32 = 24;
pub const TD_NAME: u32 = 32;
pub const TD_ELEM: u32 = 48;
pub const TD_KEY: u32 = 56;
pub const TD_LEN: u32 = 64;
pub const TD_EQUAL: u32 = 72;
pub const TD_METHODS: u32 = 80;
pub const TD_NMETHODS: u32 = 88;
/// Total size of a `TypeDesc`.
pub const TD_BYTES: usize = 96;
/// Size of one `Method { name: string, ifn: code }` record.
pub const METHOD_BYTES: usize = 32;
/// `Itab { inter @0, typ @8, fun @16 }`.
pub const ITAB_INTER: u32 = 0;
pub const ITAB_TYP: u32 = 8;
pub const ITAB_FUN: u32 = 16;

/// `TypeDesc::flags` bits.
pub const FLAG_DIRECT_IFACE: u8 = 1;
pub const FLAG_COMPARABLE: u8 = 2;
pub const FLAG_NAMED: u8 = 4;
/// The descriptor is a `StructTypeDesc`: `fields`/`nfields` follow it.
pub const FLAG_HAS_FIELDS: u8 = 8;
/// `==` on the type compares its bytes (gc's `TFlagRegularMemory`).
pub const FLAG_REGULAR_MEMORY: u8 = 16;

// The struct descriptor extension (`StructTypeDesc`): the field table
// pointer and count after the 96-byte `TypeDesc`, and `FieldDesc` records
// `{name @0, typ @16, offset @24, embedded @32, tag @40}` of 56 bytes.
pub const TD_FIELDS: u32 = 96;
pub const TD_NFIELDS: u32 = 104;
pub const STRUCT_TD_BYTES: usize = 112;
pub const FIELD_BYTES: usize = 56;
pub const FIELD_TYP: u32 = 16;
pub const FIELD_OFFSET: u32 = 24;
pub const FIELD_EMBEDDED: u32 = 32;
pub const FIELD_TAG: u32 = 40;

/// A map value points at the runtime's `Hmap` header (runtime/src/map.rs):
/// 72 bytes, `len(m)` at offset 0. Compiled code reserves this much when it
/// places a non-escaping map's header on the stack.
pub const HMAP_BYTES: u64 = 72;
pub const HMAP_COUNT: u32 = 0;
/// The runtime's `Hiter` map iterator (96 bytes, in the frame of the
/// `range` loop): the current key pointer at 0 (null when done), the value
/// pointer at 8.
pub const HITER_BYTES: u64 = 96;
pub const HITER_KEY: u32 = 0;
pub const HITER_VAL: u32 = 8;

/// A channel value points at the runtime's `Hchan` (runtime/src/chan.rs):
/// 96 bytes, `len(ch)` (`qcount`) at offset 0, `cap(ch)` (`dataqsiz`) at 8.
/// A `select` passes the runtime an array of `scase {c, elem}` records.
pub const HCHAN_BYTES: u64 = 96;
pub const HCHAN_QCOUNT: u32 = 0;
pub const HCHAN_DATAQSIZ: u32 = 8;
pub const SCASE_BYTES: u64 = 16;

/// `reflect.Kind` numbering, as stored in `TypeDesc::kind`.
pub mod kind {
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const INT8: u8 = 3;
    pub const INT16: u8 = 4;
    pub const INT32: u8 = 5;
    pub const INT64: u8 = 6;
    pub const UINT: u8 = 7;
    pub const UINT8: u8 = 8;
    pub const UINT16: u8 = 9;
    pub const UINT32: u8 = 10;
    pub const UINT64: u8 = 11;
    pub const UINTPTR: u8 = 12;
    pub const FLOAT32: u8 = 13;
    pub const FLOAT64: u8 = 14;
    pub const COMPLEX64: u8 = 15;
    pub const COMPLEX128: u8 = 16;
    pub const ARRAY: u8 = 17;
    pub const CHAN: u8 = 18;
    pub const FUNC: u8 = 19;
    pub const INTERFACE: u8 = 20;
    pub const MAP: u8 = 21;
    pub const POINTER: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const STRING: u8 = 24;
    pub const STRUCT: u8 = 25;
    pub const UNSAFE_POINTER: u8 = 26;
}

/// Size and alignment of a type, in bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
}

/// One machine value of a flattened scalar-shaped type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
}

impl Part {
    pub fn size(self) -> u64 {
        match self {
            Part::I8 => 1,
            Part::I16 => 2,
            Part::I32 | Part::F32 => 4,
            Part::I64 | Part::F64 => 8,
        }
    }
}

fn round_up(x: u64, a: u64) -> u64 {
    x.div_ceil(a) * a
}

/// The size and alignment of `t`.
pub fn layout(tcx: &TyCtx, t: TypeId) -> Layout {
    use BasicKind::*;
    let l = |size, align| Layout { size, align };
    match tcx.under(t) {
        Type::Basic(k) => match k {
            Bool | Int8 | Uint8 | UntypedBool => l(1, 1),
            Int16 | Uint16 => l(2, 2),
            Int32 | Uint32 | Float32 | UntypedRune => l(4, 4),
            Complex64 => l(8, 4),
            Complex128 | UntypedComplex => l(16, 8),
            String | UntypedString => l(16, 8),
            _ => l(8, 8),
        },
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => l(8, 8),
        Type::Slice(_) => l(24, 8),
        Type::Interface(_) | Type::TypeParam(_) | Type::TypeSet { .. } => l(16, 8),
        Type::Array(e, n) => {
            let el = layout(tcx, *e);
            l(el.size * n, el.align)
        }
        Type::Struct(fields) => {
            let (_, lay) = struct_layout(tcx, fields.iter().map(|f| f.ty));
            lay
        }
        Type::Tuple(ts) => {
            let (_, lay) = struct_layout(tcx, ts.iter().copied());
            lay
        }
        Type::Named(_) => l(0, 1),
    }
}

/// Field offsets and the layout of a struct with field types `fields`.
pub fn struct_layout(tcx: &TyCtx, fields: impl Iterator<Item = TypeId>) -> (Vec<u64>, Layout) {
    let mut offs = Vec::new();
    let mut off = 0u64;
    let mut align = 1u64;
    let mut last_zero = false;
    for f in fields {
        let fl = layout(tcx, f);
        off = round_up(off, fl.align);
        offs.push(off);
        off += fl.size;
        align = align.max(fl.align);
        last_zero = fl.size == 0;
    }
    if off > 0 && last_zero {
        off += 1;
    }
    (
        offs,
        Layout {
            size: round_up(off, align),
            align,
        },
    )
}

/// The byte offset of every field of struct type `t`.
pub fn field_offsets(tcx: &TyCtx, t: TypeId) -> Vec<u64> {
    match tcx.under(t) {
        Type::Struct(fields) => struct_layout(tcx, fields.iter().map(|f| f.ty)).0,
        Type::Tuple(ts) => struct_layout(tcx, ts.iter().copied()).0,
        _ => Vec::new(),
    }
}

/// The flattened machine values of a scalar-shaped type with their byte
/// offsets in memory, or `None` for structs and arrays (kept in memory).
pub fn abi_parts(tcx: &TyCtx, t: TypeId) -> Option<Vec<(Part, u32)>> {
    use BasicKind::*;
    let one = |p| Some(vec![(p, 0)]);
    match tcx.under(t) {
        Type::Basic(k) => match k {
            Bool | Int8 | Uint8 | UntypedBool => one(Part::I8),
            Int16 | Uint16 => one(Part::I16),
            Int32 | Uint32 | UntypedRune => one(Part::I32),
            Float32 => one(Part::F32),
            Float64 | UntypedFloat => one(Part::F64),
            Complex64 => Some(vec![(Part::F32, 0), (Part::F32, 4)]),
            Complex128 | UntypedComplex => Some(vec![(Part::F64, 0), (Part::F64, 8)]),
            String | UntypedString => Some(vec![(Part::I64, 0), (Part::I64, 8)]),
            _ => one(Part::I64),
        },
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => one(Part::I64),
        Type::Slice(_) => Some(vec![(Part::I64, 0), (Part::I64, 8), (Part::I64, 16)]),
        Type::Interface(_) | Type::TypeParam(_) | Type::TypeSet { .. } => {
            Some(vec![(Part::I64, 0), (Part::I64, 8)])
        }
        Type::Array(..) | Type::Struct(_) | Type::Tuple(_) | Type::Named(_) => None,
    }
}

/// The pointer bitmap of `t`: `ptrdata` (bytes up to and including the last
/// pointer word) and one bit per word of that prefix, LSB first.
pub fn ptr_bitmap(tcx: &TyCtx, t: TypeId) -> (u64, Vec<u8>) {
    let mut words = Vec::new();
    mark_ptrs(tcx, t, 0, &mut words);
    let last = words.iter().rposition(|&b| b);
    match last {
        None => (0, Vec::new()),
        Some(i) => {
            let n = i + 1;
            let mut bits = vec![0u8; n.div_ceil(8)];
            for (w, &p) in words.iter().take(n).enumerate() {
                if p {
                    bits[w / 8] |= 1 << (w % 8);
                }
            }
            (n as u64 * PTR_SIZE, bits)
        }
    }
}

fn mark_ptrs(tcx: &TyCtx, t: TypeId, off: u64, words: &mut Vec<bool>) {
    let set = |o: u64, words: &mut Vec<bool>| {
        let w = (o / PTR_SIZE) as usize;
        if words.len() <= w {
            words.resize(w + 1, false);
        }
        words[w] = true;
    };
    match tcx.under(t) {
        Type::Basic(BasicKind::String) | Type::Basic(BasicKind::UnsafePointer) => set(off, words),
        Type::Basic(_) => {}
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) | Type::Slice(_) => {
            set(off, words)
        }
        Type::Interface(_) | Type::TypeParam(_) | Type::TypeSet { .. } => {
            set(off, words);
            set(off + 8, words);
        }
        Type::Array(e, n) => {
            let es = layout(tcx, *e).size;
            if has_pointers(tcx, *e) {
                for i in 0..*n {
                    mark_ptrs(tcx, *e, off + i * es, words);
                }
            }
        }
        Type::Struct(fields) => {
            let offs = field_offsets(tcx, t);
            for (f, o) in fields.iter().zip(offs) {
                mark_ptrs(tcx, f.ty, off + o, words);
            }
        }
        Type::Tuple(_) | Type::Named(_) => {}
    }
}

/// Whether values of `t` may hold pointers.
pub fn has_pointers(tcx: &TyCtx, t: TypeId) -> bool {
    match tcx.under(t) {
        Type::Basic(k) => matches!(k, BasicKind::String | BasicKind::UnsafePointer),
        Type::Array(e, n) => *n > 0 && has_pointers(tcx, *e),
        Type::Struct(fields) => fields.iter().any(|f| has_pointers(tcx, f.ty)),
        Type::Tuple(ts) => ts.iter().any(|&t| has_pointers(tcx, t)),
        _ => true,
    }
}

/// gc's `IsDirectIface`: the value is one pointer and is stored in an
/// interface's data word itself rather than boxed.
pub fn is_direct_iface(tcx: &TyCtx, t: TypeId) -> bool {
    match tcx.under(t) {
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => true,
        Type::Basic(BasicKind::UnsafePointer) => true,
        Type::Array(e, 1) => is_direct_iface(tcx, *e),
        Type::Struct(fields) => fields.len() == 1 && is_direct_iface(tcx, fields[0].ty),
        _ => false,
    }
}

/// Whether `==` is defined on values of `t`.
pub fn is_comparable(tcx: &TyCtx, t: TypeId) -> bool {
    match tcx.under(t) {
        Type::Slice(_) | Type::Map(..) | Type::Func(_) | Type::Tuple(_) => false,
        Type::Array(e, _) => is_comparable(tcx, *e),
        Type::Struct(fields) => fields.iter().all(|f| is_comparable(tcx, f.ty)),
        _ => true,
    }
}

/// The `reflect.Kind` of `t`.
pub fn kind_of(tcx: &TyCtx, t: TypeId) -> u8 {
    use BasicKind::*;
    match tcx.under(t) {
        Type::Basic(k) => match k {
            Bool | UntypedBool => kind::BOOL,
            Int | UntypedInt => kind::INT,
            Int8 => kind::INT8,
            Int16 => kind::INT16,
            Int32 | UntypedRune => kind::INT32,
            Int64 => kind::INT64,
            Uint => kind::UINT,
            Uint8 => kind::UINT8,
            Uint16 => kind::UINT16,
            Uint32 => kind::UINT32,
            Uint64 => kind::UINT64,
            Uintptr => kind::UINTPTR,
            Float32 => kind::FLOAT32,
            Float64 | UntypedFloat => kind::FLOAT64,
            Complex64 => kind::COMPLEX64,
            Complex128 | UntypedComplex => kind::COMPLEX128,
            String | UntypedString => kind::STRING,
            UnsafePointer | UntypedNil | Invalid => kind::UNSAFE_POINTER,
        },
        Type::Pointer(_) => kind::POINTER,
        Type::Slice(_) => kind::SLICE,
        Type::Array(..) => kind::ARRAY,
        Type::Map(..) => kind::MAP,
        Type::Chan(..) => kind::CHAN,
        Type::Struct(_) | Type::Tuple(_) => kind::STRUCT,
        Type::Func(_) => kind::FUNC,
        Type::Interface(_) | Type::TypeParam(_) | Type::TypeSet { .. } => kind::INTERFACE,
        Type::Named(_) => kind::STRUCT,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::Field;

    fn field(ty: TypeId) -> Field {
        Field {
            name: "f".into(),
            ty,
            embedded: false,
            tag: None,
            pkg: None,
            obj: None,
        }
    }

    // Expected values were printed by gc (go1.27.3, amd64) with
    // unsafe.Sizeof/Alignof/Offsetof.
    #[test]
    fn gc_sizes_and_offsets() {
        let mut tcx = TyCtx::new();
        let b = |k| tcx.basic(k);
        let (bool_, i8_, i16_, i32_, i64_, f64_, str_) = (
            b(BasicKind::Bool),
            b(BasicKind::Int8),
            b(BasicKind::Int16),
            b(BasicKind::Int32),
            b(BasicKind::Int64),
            b(BasicKind::Float64),
            b(BasicKind::String),
        );
        let any = tcx.intern(Type::Interface(Vec::new()));
        let sl = tcx.intern(Type::Slice(i8_));
        // struct{a bool; b int64; c int16}: 24, offsets 0 8 16.
        let s1 = tcx.intern(Type::Struct(vec![field(bool_), field(i64_), field(i16_)]));
        assert_eq!(layout(&tcx, s1), Layout { size: 24, align: 8 });
        assert_eq!(field_offsets(&tcx, s1), vec![0, 8, 16]);
        // struct{a int8; b int16; c int32; d int8}: 12, offsets 0 2 4 8.
        let s2 = tcx.intern(Type::Struct(vec![
            field(i8_),
            field(i16_),
            field(i32_),
            field(i8_),
        ]));
        assert_eq!(layout(&tcx, s2), Layout { size: 12, align: 4 });
        assert_eq!(field_offsets(&tcx, s2), vec![0, 2, 4, 8]);
        // struct{a int32; z struct{}}: 8 (trailing zero-size padding).
        let empty = tcx.intern(Type::Struct(vec![]));
        let s3 = tcx.intern(Type::Struct(vec![field(i32_), field(empty)]));
        assert_eq!(layout(&tcx, s3).size, 8);
        assert_eq!(layout(&tcx, empty).size, 0);
        // struct{s string; x any; b []int8; f float64}: 64.
        let s4 = tcx.intern(Type::Struct(vec![
            field(str_),
            field(any),
            field(sl),
            field(f64_),
        ]));
        assert_eq!(layout(&tcx, s4), Layout { size: 64, align: 8 });
        assert_eq!(field_offsets(&tcx, s4), vec![0, 16, 32, 56]);
        let (pd, bits) = ptr_bitmap(&tcx, s4);
        assert_eq!(pd, 40);
        assert_eq!(bits, vec![0b11101]);
        // [3]struct{a bool; b int64; c int16}: 72.
        let a = tcx.intern(Type::Array(s1, 3));
        assert_eq!(layout(&tcx, a), Layout { size: 72, align: 8 });
        assert_eq!(ptr_bitmap(&tcx, a).0, 0);
        let p = tcx.intern(Type::Pointer(i64_));
        let sp = tcx.intern(Type::Struct(vec![field(p)]));
        assert!(is_direct_iface(&tcx, sp));
        assert!(!is_direct_iface(&tcx, s1));
        assert!(!is_comparable(&tcx, sl));
    }
}
