//! The allocation-site table behind `GODEBUG=allocsites=1`: which heap
//! allocation site each run-time allocation belongs to, and why escape
//! analysis put that site on the heap.
//!
//! Every heap `AllocSite` whose allocation the code generator emits, and
//! every map insertion (`m[k] = v`, whose table growth allocates in the
//! runtime), gets an index on first use. While the code of such a site
//! calls an allocating runtime function, `FunctionCx::cur_site` holds its
//! index, and `call_rt` wraps the call in two stores: the index into the
//! table's `cur` word before, 0 after. So every allocation the runtime
//! makes during that call is counted for the site; nested expressions reset
//! `cur_site` while they are compiled (`expr.rs`), so only the site's own
//! calls are wrapped. The runtime counts only when the knob is on
//! (`runtime/src/allocsites.rs`); the stores are the whole cost otherwise.
//!
//! Layout (the runtime's `allocsites.rs` mirrors it; change both):
//!
//! ```text
//! header  [n u64][cur *u64][counts *[2]u64]       then n entries
//! entry   [pos *u8][reason *u8][pos_len u32][reason_len u32]   24 bytes
//! cur     one zeroed writable word
//! counts  n zeroed writable [allocations, bytes] pairs
//! ```
//!
//! Entry 0 is `(runtime)`: allocations made while no site is current. A
//! position is the `-m` one (`./main.go:12:9`); the reason is the `-m` note
//! (`moved to heap: x`, `&T{...} escapes to heap`) or, for sites `-m` does
//! not report, what the allocation is.

use super::func::FunctionCx;
use super::{rt, Cx};
use crate::escape::SiteReasons;
use crate::ir::{AllocKind, AllocSiteId, Expr, ExprKind};
use crate::syntax::span::Span;
use cranelift_codegen::ir::{types, InstBuilder};
use cranelift_module::{DataDescription, DataId, Module};
use std::collections::HashMap;

/// Size of one table entry.
const ENTRY_SIZE: usize = 24;
/// Size of the table header.
const HEADER_SIZE: usize = 24;

/// What a table entry stands for.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) enum SiteKey {
    Site(AllocSiteId),
    /// A map insertion at this position.
    MapInsert(Span),
}

/// The sites used so far and the data objects of the table.
#[derive(Default)]
pub(crate) struct SiteTable {
    index: HashMap<SiteKey, u32>,
    keys: Vec<SiteKey>,
    /// The table `rgo_main` registers, and its `cur` word.
    pub(crate) table: Option<DataId>,
    cur: Option<DataId>,
    /// Escape analysis's reasons (`escape::Analysis::site_reasons`).
    pub(crate) reasons: SiteReasons,
}

impl Cx<'_> {
    /// The table index of `key` (1-based; 0 is "no site").
    pub(crate) fn site_index(&mut self, key: SiteKey) -> u32 {
        if let Some(&i) = self.sites.index.get(&key) {
            return i;
        }
        self.sites.keys.push(key);
        let i = self.sites.keys.len() as u32;
        self.sites.index.insert(key, i);
        i
    }

    /// The `cur` word compiled code stores the current site into.
    fn site_cur(&mut self) -> DataId {
        if let Some(id) = self.sites.cur {
            return id;
        }
        let id = self
            .module
            .declare_anonymous_data(true, false)
            .expect("anonymous data");
        let mut d = DataDescription::new();
        d.define_zeroinit(8);
        d.set_align(8);
        if let Err(e) = self.module.define_data(id, &d) {
            self.error(Span::default(), format!("rgo: internal error: {e}"));
        }
        self.sites.cur = Some(id);
        id
    }
}

/// Whether a runtime function allocates Go memory.
pub(crate) fn allocates(f: &rt::RtFn) -> bool {
    [
        &rt::MALLOCGC,
        &rt::NEWOBJECT,
        &rt::MAKESLICE,
        &rt::GROWSLICE,
        &rt::CONCATSTRINGS,
        &rt::CONCATSTRING2,
        &rt::INTSTRING,
        &rt::SLICEBYTETOSTRING,
        &rt::STRINGTOSLICEBYTE,
        &rt::STRINGTOSLICERUNE,
        &rt::SLICERUNETOSTRING,
        &rt::MAKEMAP,
        &rt::MAPASSIGN,
    ]
    .iter()
    .any(|g| g.name == f.name)
}

impl FunctionCx<'_, '_, '_> {
    /// The index to make current for heap site `s` (0 for a stack site).
    pub(crate) fn heap_site_index(&mut self, s: AllocSiteId) -> u32 {
        if self.cx.prog.site(s).placement == crate::ir::Placement::Heap {
            self.cx.site_index(SiteKey::Site(s))
        } else {
            0
        }
    }

    /// Stores `index` into the table's `cur` word (around an allocating
    /// runtime call made for the current site, `call_rt`).
    pub(crate) fn store_site(&mut self, index: u32) {
        let cur = self.cx.site_cur();
        let a = self.data_addr(cur);
        let v = self.b.ins().iconst(types::I64, index as i64);
        self.b.ins().store(super::func::trusted(), v, a, 0);
    }

    /// The site index `e`'s own allocation belongs to (0 when it has none
    /// on the heap).
    pub(crate) fn expr_site(&mut self, e: &Expr) -> u32 {
        let site = match &e.kind {
            ExprKind::AddrOfLit(_, s)
            | ExprKind::New(s)
            | ExprKind::ConvertAlloc(_, s)
            | ExprKind::Make { site: s, .. }
            | ExprKind::MapLit { site: s, .. }
            | ExprKind::Closure { site: s, .. }
            | ExprKind::MethodValue { site: s, .. }
            | ExprKind::Concat(_, s) => Some(*s),
            ExprKind::ToIface { site, .. }
            | ExprKind::Call {
                variadic_site: site,
                ..
            }
            | ExprKind::Builtin { site, .. }
            | ExprKind::Composite { site, .. } => *site,
            _ => None,
        };
        site.map_or(0, |s| self.heap_site_index(s))
    }

    /// `rgo_main`: registers the site table.
    pub(crate) fn register_sitetab(&mut self) {
        let Ok(id) = self.cx.module.declare_anonymous_data(false, false) else {
            return;
        };
        self.cx.sites.table = Some(id);
        let t = self.data_addr(id);
        self.call_rt(&rt::SETALLOCSITES, &[t]);
    }
}

/// What a site without an `-m` reason allocates.
fn kind_text(kind: &AllocKind, text: &str) -> String {
    match kind {
        AllocKind::Append => "append: growing the backing array".into(),
        AllocKind::ConcatAssign => "s += t: the concatenation".into(),
        _ if text.is_empty() => "heap allocation".into(),
        _ => format!("{text}: heap allocation"),
    }
}

/// Defines the site table registered by `rgo_main` (after all code).
pub(crate) fn define_sitetab(cx: &mut Cx) {
    let Some(tab) = cx.sites.table else {
        return;
    };
    let cur = cx.site_cur();
    let keys = std::mem::take(&mut cx.sites.keys);
    let n = keys.len() + 1;
    let mut texts: Vec<(String, String)> = vec![(
        "(runtime)".into(),
        "allocations with no site current: runtime internals".into(),
    )];
    for key in &keys {
        let (span, why) = match *key {
            SiteKey::Site(s) => {
                let site = cx.prog.site(s);
                match cx.sites.reasons.get(&s) {
                    Some((span, why)) => (*span, why.clone()),
                    None => (site.span, kind_text(&site.kind, &site.text)),
                }
            }
            SiteKey::MapInsert(span) => (span, "map insert: the table grows".into()),
        };
        let pos = match cx.sm {
            Some(sm) if (span.file.0 as usize) < sm.files.len() => sm.pos(span).to_string(),
            _ => "?".into(),
        };
        texts.push((pos, why));
    }
    let mut bytes = vec![0u8; HEADER_SIZE + ENTRY_SIZE * n];
    bytes[..8].copy_from_slice(&(n as u64).to_le_bytes());
    let counts = cx
        .module
        .declare_anonymous_data(true, false)
        .expect("anonymous data");
    let mut cd = DataDescription::new();
    cd.define_zeroinit(16 * n);
    cd.set_align(8);
    let mut relocs = vec![(8, cur), (16, counts)];
    for (i, (pos, why)) in texts.iter().enumerate() {
        let off = HEADER_SIZE + ENTRY_SIZE * i;
        relocs.push((off, super::data::string_data(cx, pos)));
        relocs.push((off + 8, super::data::string_data(cx, why)));
        bytes[off + 16..off + 20].copy_from_slice(&(pos.len() as u32).to_le_bytes());
        bytes[off + 20..off + 24].copy_from_slice(&(why.len() as u32).to_le_bytes());
    }
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    for (at, id) in relocs {
        let gv = cx.module.declare_data_in_data(id, &mut d);
        d.write_data_addr(at as u32, gv, 0);
    }
    for (id, desc) in [(counts, &cd), (tab, &d)] {
        if let Err(e) = cx.module.define_data(id, desc) {
            cx.error(
                Span::default(),
                format!("rgo: internal error defining the site table: {e}"),
            );
        }
    }
}
