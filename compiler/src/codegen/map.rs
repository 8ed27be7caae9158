//! Maps: `make`, literals, `m[k]` (plain and comma-ok), assignment to
//! `m[k]`, `delete`, `clear`, `len` and `range`, as calls into the
//! runtime's hash table (`runtime/src/map.rs`).
//!
//! A map value is one word, a pointer to the runtime's `Hmap` header (null
//! for a nil map). Keys are passed by address; the runtime hashes and
//! compares them with the key type's descriptor, and hands back the address
//! of the value slot. Invariants:
//! - A value slot's address is used at once: nothing that may insert into
//!   the map runs between `rt_mapassign` and the store, so growth can never
//!   move the slot under the store (assignment evaluates the key and the
//!   right-hand side first, see `CPlace::MapEntry`).
//! - Reads of aggregate values copy them out of the table into a
//!   temporary, so a later insert or delete cannot change a value already
//!   read.
//! - A non-escaping map's header is a stack temporary (`HMAP_BYTES`); its
//!   tables are always on the heap.

use super::func::{CPlace, CVal, FunctionCx};
use super::{data, rt, PTR};
use crate::ir::{AllocSiteId, Expr, Placement};
use crate::syntax::span::Span;
use crate::types::layout;
use crate::types::{Type, TypeId};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};

impl FunctionCx<'_, '_, '_> {
    /// The key and value types of map type `t`.
    pub fn map_kv(&self, t: TypeId) -> (TypeId, TypeId) {
        match self.tcx().under(t) {
            Type::Map(k, v) => (*k, *v),
            _ => (t, t),
        }
    }

    /// The address of map type `t`'s descriptor.
    fn map_desc(&mut self, t: TypeId) -> Value {
        let d = data::type_desc(self.cx, t);
        self.data_addr(d)
    }

    /// The address of a key value (spilled to the stack when scalar).
    fn key_addr(&mut self, kt: TypeId, k: &CVal) -> Value {
        match k {
            CVal::Mem(a) => *a,
            CVal::Parts(_) => {
                let lay = self.cx.layout(kt);
                let a = self.raw_temp(lay.size, lay.align);
                self.store(a, 0, kt, k);
                a
            }
        }
    }

    /// `make(map[K]V)` / `make(map[K]V, hint)` of type `t` at `site`.
    pub fn make_map(&mut self, t: TypeId, hint: Option<&Expr>, site: AllocSiteId) -> CVal {
        let hint = match hint {
            Some(h) => {
                let v = self.expr(h).one();
                self.widen_i64(v, h.ty)
            }
            None => self.b.ins().iconst(PTR, 0),
        };
        let m = self.new_map(t, hint, site);
        CVal::Parts(vec![m])
    }

    fn new_map(&mut self, t: TypeId, hint: Value, site: AllocSiteId) -> Value {
        let hdr = if self.cx.prog.site(site).placement == Placement::Stack {
            self.raw_temp(layout::HMAP_BYTES, 8)
        } else {
            self.b.ins().iconst(PTR, 0)
        };
        let td = self.map_desc(t);
        self.call_rt(&rt::MAKEMAP, &[td, hint, hdr])[0]
    }

    /// A map literal: a map sized for its entries, then each entry stored in
    /// order (key, then value, then the insert).
    pub fn map_lit(&mut self, t: TypeId, entries: &[(Expr, Expr)], site: AllocSiteId) -> CVal {
        let hint = self.b.ins().iconst(PTR, entries.len() as i64);
        let m = self.new_map(t, hint, site);
        let (kt, vt) = self.map_kv(t);
        for (k, v) in entries {
            let kv = self.expr(k);
            let kv = self.snapshot(kt, kv);
            let vv = self.expr(v);
            let ka = self.key_addr(kt, &kv);
            let td = self.map_desc(t);
            let slot = self.call_rt(&rt::MAPASSIGN, &[td, m, ka])[0];
            self.store(slot, 0, vt, &vv);
        }
        CVal::Parts(vec![m])
    }

    /// `m[k]`: the value (the zero value when missing) and, for the comma-ok
    /// form, whether the key was present.
    pub fn map_index(&mut self, map: &Expr, key: &Expr) -> (CVal, Value) {
        let m = self.expr(map).one();
        let k = self.expr(key);
        self.map_read(map.ty, m, &k)
    }

    fn map_read(&mut self, t: TypeId, m: Value, k: &CVal) -> (CVal, Value) {
        let (kt, vt) = self.map_kv(t);
        let ka = self.key_addr(kt, k);
        let td = self.map_desc(t);
        let p = self.call_rt(&rt::MAPACCESS, &[td, m, ka])[0];
        let found = self.b.ins().icmp_imm_s(IntCC::NotEqual, p, 0);
        let size = self.cx.layout(vt).size;
        let zero = if size <= data::ZEROVAL_BYTES {
            let z = data::zeroval(self.cx);
            self.data_addr(z)
        } else {
            self.temp(vt)
        };
        let src = self.b.ins().select(found, p, zero);
        let v = match self.load(src, 0, vt) {
            CVal::Mem(a) => {
                let lay = self.cx.layout(vt);
                let dst = self.raw_temp(lay.size, lay.align);
                self.copy_mem(dst, a, lay.size);
                CVal::Mem(dst)
            }
            v => v,
        };
        (v, found)
    }

    /// `m[k]` as the target of an assignment: the map and key are evaluated
    /// now (the key copied), the insert happens at the store.
    pub fn map_place(&mut self, map: &Expr, key: &Expr) -> CPlace {
        let m = self.expr(map).one();
        let k = self.expr(key);
        let k = self.snapshot(key.ty, k);
        CPlace::MapEntry {
            map_ty: map.ty,
            m,
            key: k,
            span: map.span.to(key.span),
        }
    }

    /// Stores `v` into `m[key]` (inserting the key if needed).
    pub fn map_store(&mut self, map_ty: TypeId, m: Value, key: &CVal, v: &CVal, span: Span) {
        let (kt, vt) = self.map_kv(map_ty);
        let ka = self.key_addr(kt, key);
        let td = self.map_desc(map_ty);
        let insert = Some(super::sites::SiteKey::MapInsert(span));
        let site = std::mem::replace(&mut self.cur_site, insert);
        let slot = self.call_rt(&rt::MAPASSIGN, &[td, m, ka])[0];
        self.cur_site = site;
        self.store(slot, 0, vt, v);
    }

    /// Loads `m[key]` for a `CPlace::MapEntry` read back.
    pub fn map_load(&mut self, map_ty: TypeId, m: Value, key: &CVal) -> CVal {
        self.map_read(map_ty, m, key).0
    }

    /// `len(m)`: the header's count, 0 for a nil map.
    pub fn map_len(&mut self, m: Value) -> Value {
        let z = data::zeroval(self.cx);
        let zero = self.data_addr(z);
        let nonnil = self.b.ins().icmp_imm_s(IntCC::NotEqual, m, 0);
        let hdr = self.b.ins().select(nonnil, m, zero);
        self.b.ins().load(
            types::I64,
            super::func::mem(),
            hdr,
            layout::HMAP_COUNT as i32,
        )
    }

    /// `delete(m, k)`.
    pub fn map_delete(&mut self, map: &Expr, key: &Expr) {
        let m = self.expr(map).one();
        let k = self.expr(key);
        let (kt, _) = self.map_kv(map.ty);
        let ka = self.key_addr(kt, &k);
        let td = self.map_desc(map.ty);
        self.call_rt(&rt::MAPDELETE, &[td, m, ka]);
    }

    /// `clear(m)`.
    pub fn map_clear(&mut self, map: &Expr) {
        let m = self.expr(map).one();
        self.call_rt(&rt::MAPCLEAR, &[m]);
    }

    /// `MapIterInit(m)`: an iterator in this frame, started on `m`; its
    /// address is the result.
    pub fn map_iter_init(&mut self, map: &Expr) -> CVal {
        let m = self.expr(map).one();
        let it = self.raw_temp(layout::HITER_BYTES, 8);
        let td = self.map_desc(map.ty);
        self.call_rt(&rt::MAPITERINIT, &[td, m, it]);
        CVal::Parts(vec![it])
    }

    /// `MapIterNext(it)`: advances; true when there is an entry.
    pub fn map_iter_next(&mut self, it: &Expr) -> CVal {
        let it = self.expr(it).one();
        let more = self.call_rt(&rt::MAPITERNEXT, &[it])[0];
        CVal::Parts(vec![more])
    }

    /// `MapIterKey(it)` / `MapIterElem(it, m)`: the current entry's key or
    /// value, of type `t`.
    pub fn map_iter_entry(&mut self, it: &Expr, value: bool, t: TypeId) -> CVal {
        let it = self.expr(it).one();
        let off = if value {
            layout::HITER_VAL
        } else {
            layout::HITER_KEY
        };
        let p = self
            .b
            .ins()
            .load(PTR, super::func::trusted(), it, off as i32);
        self.load(p, 0, t)
    }
}
