//! Go value layouts shared with the compiler: strings, slices, interfaces and
//! the type descriptor.
//!
//! Everything here is `#[repr(C)]` and mirrors gc's amd64 layouts. The
//! compiler emits `TypeDesc` and `Method` records as read-only data and lays
//! out strings, slices and interfaces the same way, so these definitions are
//! one half of a contract: `compiler/src/types/layout.rs` knows this; change
//! both. The offsets are pinned by the `type_desc_layout` unit test below. The
//! overall contract is described in `lib.rs`.

use core::ptr;

/// A Go string header: a pointer to immutable bytes and a length.
///
/// The bytes are not NUL-terminated and may be shared between strings. An empty
/// string may have any pointer, including null.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoString {
    /// First byte of the string data.
    pub ptr: *const u8,
    /// Length in bytes (never negative).
    pub len: isize,
}

impl GoString {
    /// The empty string, with a null data pointer.
    pub const EMPTY: GoString = GoString {
        ptr: ptr::null(),
        len: 0,
    };

    /// Makes a Go string that borrows `s` (which must outlive every use).
    pub const fn from_static(s: &'static str) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len() as isize,
        }
    }

    /// Views the string's bytes.
    ///
    /// # Safety
    /// `ptr` must point at `len` readable bytes that stay alive and unchanged
    /// for the returned lifetime (Go strings are immutable, so any string the
    /// compiler hands us qualifies).
    pub unsafe fn as_bytes<'a>(&self) -> &'a [u8] {
        if self.len <= 0 {
            &[]
        } else {
            // SAFETY: the caller guarantees `ptr` addresses `len` live bytes.
            unsafe { core::slice::from_raw_parts(self.ptr, self.len as usize) }
        }
    }
}

/// A Go slice header.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoSlice {
    /// First element of the backing array (may be null for a nil slice).
    pub ptr: *mut u8,
    /// Number of elements in the slice.
    pub len: isize,
    /// Number of elements the backing array can hold from `ptr`.
    pub cap: isize,
}

/// An empty interface (`any`): dynamic type plus data word.
///
/// When the type has `FLAG_DIRECT_IFACE`, `data` is the value itself (the type
/// is pointer-shaped); otherwise it points at a boxed copy of the value. A nil
/// interface has a null `typ`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Eface {
    /// Dynamic type, or null for a nil interface.
    pub typ: *const TypeDesc,
    /// The data word.
    pub data: *mut u8,
}

/// A non-empty interface value: method table plus data word.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Iface {
    /// Method table, or null for a nil interface.
    pub itab: *const Itab,
    /// The data word (same rules as `Eface::data`).
    pub data: *mut u8,
}

/// The header of an interface method table.
///
/// The compiler emits `fun` with one entry per interface method (in the
/// interface's sorted method order) directly after `typ`; Rust only sees the
/// first slot, so index past it with pointer arithmetic.
#[repr(C)]
pub struct Itab {
    /// The interface type.
    pub inter: *const TypeDesc,
    /// The dynamic (concrete) type; at offset 8 as in gc.
    pub typ: *const TypeDesc,
    /// Code pointers of the methods, each taking the data word as receiver.
    pub fun: [*const u8; 1],
}

/// A method of a concrete type, as listed in `TypeDesc::methods`.
#[repr(C)]
pub struct Method {
    /// The method name, e.g. `"Error"`.
    pub name: GoString,
    /// Code pointer of a wrapper taking the interface data word as receiver
    /// (Go calling convention: a closure-context word first, then the data
    /// word). Null in an interface type's method list.
    pub ifn: *const u8,
    /// The method's signature (a `Func` type descriptor, receiver excluded):
    /// `rt_getitab` matches methods by name and signature, like gc.
    pub mtyp: *const TypeDesc,
}

/// The signature of an equality function stored in `TypeDesc::equal`.
pub type EqualFn = unsafe extern "C" fn(*const u8, *const u8) -> bool;

/// A Go type descriptor, emitted by the compiler as read-only data.
///
/// Field offsets (bytes) are part of the ABI and asserted by a unit test:
/// size 0, ptrdata 8, hash 16, kind 20, align 21, flags 22, gcdata 24,
/// name 32, elem 48, key 56, len 64, equal 72, methods 80, nmethods 88;
/// total 96 bytes.
#[repr(C)]
pub struct TypeDesc {
    /// Size of a value in bytes.
    pub size: usize,
    /// Length of the prefix that can contain pointers (0 means noscan).
    pub ptrdata: usize,
    /// A hash of the type, for type switches and maps.
    pub hash: u32,
    /// Go's `reflect.Kind` number (see the `KIND_*` constants).
    pub kind: u8,
    /// Alignment of a value in bytes.
    pub align: u8,
    /// `FLAG_*` bits.
    pub flags: u8,
    /// Padding; always zero.
    pub _pad: u8,
    /// Pointer bitmap: bit i (LSB first, byte by byte) is set when word i
    /// holds a pointer; covers `ptrdata / 8` words.
    pub gcdata: *const u8,
    /// The type's name as `%T` prints it: `int`, `main.T`, `[]string`.
    pub name: GoString,
    /// Element type of pointers, slices, arrays and channels; value type of maps.
    pub elem: *const TypeDesc,
    /// Key type of maps.
    pub key: *const TypeDesc,
    /// Length of arrays.
    pub len: usize,
    /// Equality function, or `None` when the type is not comparable.
    pub equal: Option<EqualFn>,
    /// Methods sorted by name.
    pub methods: *const Method,
    /// Number of entries at `methods`.
    pub nmethods: usize,
}

/// `TypeDesc::flags` bit: the value is pointer-shaped and stored directly in
/// an interface's data word.
pub const FLAG_DIRECT_IFACE: u8 = 1 << 0;
/// `TypeDesc::flags` bit: values of the type can be compared with `==`.
pub const FLAG_COMPARABLE: u8 = 1 << 1;
/// `TypeDesc::flags` bit: the type is a named (defined) type.
pub const FLAG_NAMED: u8 = 1 << 2;
/// `TypeDesc::flags` bit (proposed extension, for struct types): the
/// descriptor is a [`StructTypeDesc`], i.e. `fields`/`nfields` follow the
/// 96-byte `TypeDesc`. `stdlib/internal/reflectlite` reads them only when
/// this bit is set, so descriptors without it stay valid.
pub const FLAG_HAS_FIELDS: u8 = 1 << 3;
/// `TypeDesc::flags` bit: `==` on the type is a comparison of its bytes
/// (gc's `TFlagRegularMemory`: integers, pointers, channels, bools and
/// arrays/structs of them without padding), so maps hash and compare keys
/// of the type as plain memory.
pub const FLAG_REGULAR_MEMORY: u8 = 1 << 4;

/// A struct field, as listed by [`StructTypeDesc::fields`] (proposed
/// extension; 56 bytes: name 0, typ 16, offset 24, embedded 32, tag 40).
#[repr(C)]
pub struct FieldDesc {
    /// The field name; for an embedded field, the name of its type without
    /// package qualifier or `*` (`T` for `pkg.T` and `*pkg.T`), as gc's
    /// `reflect.StructField.Name`.
    pub name: GoString,
    /// The field's type.
    pub typ: *const TypeDesc,
    /// Byte offset of the field within the struct.
    pub offset: usize,
    /// Whether the field is embedded; 0 or 1.
    pub embedded: u8,
    /// The field's tag (`json:"name"`), empty when it has none, as
    /// `reflect.StructField.Tag`.
    pub tag: GoString,
}

/// The descriptor of a struct type carrying field information (proposed,
/// additive extension): a `TypeDesc` with `FLAG_HAS_FIELDS` set, followed
/// by the field table, fields in declaration order (blank `_` fields
/// included, as in gc).
#[repr(C)]
pub struct StructTypeDesc {
    /// The common descriptor (`kind` is `STRUCT`, `flags` has `FLAG_HAS_FIELDS`).
    pub base: TypeDesc,
    /// The fields, or null when there are none.
    pub fields: *const FieldDesc,
    /// Number of entries at `fields`.
    pub nfields: usize,
}

/// `reflect.Kind` numbering, as stored in `TypeDesc::kind`.
pub mod kind {
    #![allow(missing_docs)]
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

impl TypeDesc {
    /// Reports whether values of this type may contain heap pointers.
    pub fn has_pointers(&self) -> bool {
        self.ptrdata != 0
    }

    /// The type's name bytes.
    pub fn name_bytes(&self) -> &[u8] {
        // SAFETY: the compiler emits `name` pointing at static string data.
        unsafe { self.name.as_bytes() }
    }

    /// Finds a method by name in the sorted method table.
    pub fn find_method(&self, name: &[u8]) -> Option<&Method> {
        if self.methods.is_null() || self.nmethods == 0 {
            return None;
        }
        // SAFETY: the compiler emits `nmethods` consecutive `Method` records.
        let methods = unsafe { core::slice::from_raw_parts(self.methods, self.nmethods) };
        methods
            // SAFETY: method names are static string data.
            .binary_search_by(|m| unsafe { m.name.as_bytes() }.cmp(name))
            .ok()
            .map(|i| &methods[i])
    }
}

/// Returns the type's name, or `"nil"` for a null descriptor.
///
/// # Safety
/// A non-null `t` must point at a valid descriptor.
pub unsafe fn type_name<'a>(t: *const TypeDesc) -> &'a [u8] {
    if t.is_null() {
        b"nil"
    } else {
        // SAFETY: non-null descriptors come from the compiler's static data.
        unsafe { (*t).name.as_bytes() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::{offset_of, size_of};

    #[test]
    fn type_desc_layout() {
        assert_eq!(offset_of!(TypeDesc, size), 0);
        assert_eq!(offset_of!(TypeDesc, ptrdata), 8);
        assert_eq!(offset_of!(TypeDesc, hash), 16);
        assert_eq!(offset_of!(TypeDesc, kind), 20);
        assert_eq!(offset_of!(TypeDesc, align), 21);
        assert_eq!(offset_of!(TypeDesc, flags), 22);
        assert_eq!(offset_of!(TypeDesc, _pad), 23);
        assert_eq!(offset_of!(TypeDesc, gcdata), 24);
        assert_eq!(offset_of!(TypeDesc, name), 32);
        assert_eq!(offset_of!(TypeDesc, elem), 48);
        assert_eq!(offset_of!(TypeDesc, key), 56);
        assert_eq!(offset_of!(TypeDesc, len), 64);
        assert_eq!(offset_of!(TypeDesc, equal), 72);
        assert_eq!(offset_of!(TypeDesc, methods), 80);
        assert_eq!(offset_of!(TypeDesc, nmethods), 88);
        assert_eq!(size_of::<TypeDesc>(), 96);
        assert_eq!(size_of::<Option<EqualFn>>(), 8);
    }

    #[test]
    fn struct_type_desc_layout() {
        assert_eq!(offset_of!(StructTypeDesc, fields), 96);
        assert_eq!(offset_of!(StructTypeDesc, nfields), 104);
        assert_eq!(size_of::<StructTypeDesc>(), 112);
        assert_eq!(offset_of!(FieldDesc, typ), 16);
        assert_eq!(offset_of!(FieldDesc, offset), 24);
        assert_eq!(offset_of!(FieldDesc, embedded), 32);
        assert_eq!(offset_of!(FieldDesc, tag), 40);
        assert_eq!(size_of::<FieldDesc>(), 56);
    }

    #[test]
    fn value_layouts() {
        assert_eq!(size_of::<GoString>(), 16);
        assert_eq!(size_of::<GoSlice>(), 24);
        assert_eq!(offset_of!(GoSlice, cap), 16);
        assert_eq!(size_of::<Eface>(), 16);
        assert_eq!(size_of::<Iface>(), 16);
        assert_eq!(offset_of!(Itab, typ), 8);
        assert_eq!(offset_of!(Itab, fun), 16);
        assert_eq!(size_of::<Method>(), 32);
        assert_eq!(offset_of!(Method, mtyp), 24);
        assert_eq!(offset_of!(Method, ifn), 16);
    }
}
