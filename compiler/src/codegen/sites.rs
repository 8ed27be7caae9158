//! The allocation-site table behind `GODEBUG=allocsites=1`: which
//! allocation site each run-time heap allocation belongs to, and why escape
//! analysis put that site on the heap.
//!
//! Every allocation site whose code calls an allocating runtime function
//! (`allocates`), and every map insertion (`m[k] = v`, whose table growth
//! allocates in the runtime), gets an index when the first such call is
//! emitted. While the code of a site is emitted, `FunctionCx::cur_site`
//! names it, and `call_rt` wraps each allocating call in two stores: the
//! index into the table's `cur` word before, 0 after. Every allocation the
//! runtime makes during the call is then counted for the site. Nested
//! expressions replace `cur_site` while they are compiled (`expr.rs`), so a
//! site's row counts its own calls only. Stack-placed sites are indexed too:
//! a stack buffer that turns out too small (a long concatenation, a grown
//! slice) still allocates, and the row says so. The runtime counts only
//! when the knob is on (`runtime/src/allocsites.rs`); otherwise the two
//! stores are the whole cost (no branch in compiled code).
//!
//! Layout (the runtime's `allocsites.rs` mirrors it; change both):
//!
//! ```text
//! header  [n u64][cur *u64][counts *[2]u64][groups *GoString][ngroups u64]   40 bytes
//! entry   [pos *u8][reason *u8][pos_len u32][reason_len u32][group u32][pad u32]   32 bytes
//! cur     one zeroed writable word: the current entry index
//! counts  n zeroed writable [allocations, bytes] pairs
//! groups  ngroups [ptr, len] strings: the standard-library package paths
//! ```
//!
//! Entry 0 is `(runtime)`: allocations made while no site is current. A
//! position is the `-m` one (`./main.go:12:9`); the reason is the `-m` note
//! (`moved to heap: x`, `&T{...} escapes to heap`) or, for sites `-m` does
//! not report, what the allocation is. `group` is 0 for a site in user code
//! and `g` for one in the standard library's package `groups[g-1]`: at
//! `allocsites=1` the runtime prints one row per such package, at
//! `allocsites=2` every site.

use super::func::FunctionCx;
use super::{rt, Cx};
use crate::escape::SiteReasons;
use crate::ir::{AllocKind, AllocSiteId, Expr, ExprKind, Placement};
use crate::syntax::span::{FileId, Span};
use cranelift_codegen::ir::{types, InstBuilder};
use cranelift_module::{DataDescription, DataId, Module};
use std::collections::HashMap;

/// Size of one table entry.
const ENTRY_SIZE: usize = 32;
/// Size of the table header.
const HEADER_SIZE: usize = 40;

/// What a table entry stands for.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub(crate) enum SiteKey {
    Site(AllocSiteId),
    /// A map insertion `m[k] = v` at this position.
    MapInsert(Span),
}

/// What the front end and escape analysis tell the table about the program.
#[derive(Default)]
pub struct SiteInfo {
    /// Escape analysis's reasons (`escape::Analysis::site_reasons`).
    pub reasons: SiteReasons,
    /// The files of standard-library packages, with the package path.
    pub std_files: HashMap<FileId, String>,
    /// Escape analysis was off (`-gcflags=-d=noescape`): every site is on
    /// the heap without a reason.
    pub noescape: bool,
}

/// The sites used so far and the data objects of the table.
#[derive(Default)]
pub(crate) struct SiteTable {
    index: HashMap<SiteKey, u32>,
    keys: Vec<SiteKey>,
    /// The table `rgo_main` registers, and its `cur` word.
    pub(crate) table: Option<DataId>,
    cur: Option<DataId>,
    pub(crate) info: SiteInfo,
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
    fn site_cur(&mut self) -> Option<DataId> {
        if let Some(id) = self.sites.cur {
            return Some(id);
        }
        let id = match self.module.declare_anonymous_data(true, false) {
            Ok(id) => id,
            Err(e) => {
                self.error(Span::default(), format!("rgo: internal error: {e}"));
                return None;
            }
        };
        let mut d = DataDescription::new();
        d.define_zeroinit(8);
        d.set_align(8);
        if let Err(e) = self.module.define_data(id, &d) {
            self.error(Span::default(), format!("rgo: internal error: {e}"));
        }
        self.sites.cur = Some(id);
        Some(id)
    }
}

/// Whether a runtime function allocates Go memory on behalf of the site
/// whose code calls it.
pub(crate) fn allocates(f: &rt::RtFn) -> bool {
    [
        &rt::MALLOCGC,
        &rt::NEWOBJECT,
        &rt::MAKESLICE,
        &rt::GROWSLICE,
        &rt::GROWSLICE_BUF,
        &rt::MOVESLICE,
        &rt::CONCATSTRINGS,
        &rt::CONCATSTRING2,
        &rt::INTSTRING,
        &rt::SLICEBYTETOSTRING,
        &rt::STRINGTOSLICEBYTE,
        &rt::STRINGTOSLICERUNE,
        &rt::SLICERUNETOSTRING,
        &rt::MAKEMAP,
        &rt::MAPASSIGN,
        &rt::MAKECHAN,
    ]
    .iter()
    .any(|g| g.name == f.name)
}

/// The allocation site of `e` itself, if it has one.
pub(crate) fn expr_site(e: &Expr) -> Option<SiteKey> {
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
    site.map(SiteKey::Site)
}

impl FunctionCx<'_, '_, '_> {
    /// Stores `index` into the table's `cur` word (around an allocating
    /// runtime call made for the current site, `call_rt`).
    pub(crate) fn store_site(&mut self, index: u32) {
        let Some(cur) = self.cx.site_cur() else {
            return;
        };
        let a = self.data_addr(cur);
        let v = self.b.ins().iconst(types::I64, index as i64);
        self.b.ins().store(super::func::trusted(), v, a, 0);
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

/// The reason of a site `-m` does not report as escaping.
fn plain_reason(kind: &AllocKind, text: &str, placement: Placement, noescape: bool) -> String {
    let text = match kind {
        AllocKind::Append => "append",
        AllocKind::ConcatAssign => "s += t",
        _ if text.is_empty() => "allocation",
        _ => text,
    };
    if noescape {
        return format!("{text}: on the heap, escape analysis off (-d=noescape)");
    }
    match (kind, placement) {
        (AllocKind::Append, Placement::Stack) => {
            format!("{text} does not escape, but growing the slice allocates")
        }
        (_, Placement::Stack) => {
            format!("{text} does not escape, but outgrew its stack buffer")
        }
        (AllocKind::ConcatAssign, _) => format!("{text}: the concatenation is on the heap"),
        (AllocKind::MakeChan, _) => format!("{text}: channels are always on the heap"),
        _ => format!("{text}: on the heap"),
    }
}

/// gc's position of a site (as `-m` would print it; the rules of
/// `escape::report`'s `loc_span`, for sites escape analysis gave no reason).
fn gc_pos(sm: &crate::syntax::span::SourceMap, site: &crate::ir::AllocSite) -> Span {
    use crate::escape::exprfmt::{parse_source, NodeKind};
    let span = site.span;
    let Some(f) = sm.files.get(span.file.0 as usize) else {
        return span.start();
    };
    let node = parse_source(&f.text, span.lo, span.hi);
    let lo = match (&site.kind, node) {
        (AllocKind::Closure(_) | AllocKind::ConcatAssign | AllocKind::MakeChan, _) | (_, None) => {
            span.lo
        }
        (AllocKind::Convert, Some(n)) => match n.kind {
            NodeKind::Call(_, args, _) if !args.is_empty() => args[0].pos,
            _ => span.lo,
        },
        (_, Some(n)) => n.pos,
    };
    Span::new(span.file, lo, lo)
}

/// The source text of `span` on one line, shortened like gc's `...`.
fn source_text(sm: &crate::syntax::span::SourceMap, span: Span) -> String {
    let Some(file) = sm.files.get(span.file.0 as usize) else {
        return String::new();
    };
    let text = file
        .text
        .get(span.lo as usize..span.hi as usize)
        .unwrap_or("");
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > 40 {
        text.chars().take(37).collect::<String>() + "..."
    } else {
        text
    }
}

/// Defines the site table registered by `rgo_main` (after all code).
pub(crate) fn define_sitetab(cx: &mut Cx) {
    let Some(tab) = cx.sites.table else {
        return;
    };
    let Some(cur) = cx.site_cur() else {
        return;
    };
    let keys = std::mem::take(&mut cx.sites.keys);
    let n = keys.len() + 1;
    // (position, reason, group)
    let mut texts: Vec<(String, String, u32)> = vec![(
        "(runtime)".into(),
        "not at a compiled site: defer records, panic values, runtime internals".into(),
        0,
    )];
    let mut groups: Vec<String> = Vec::new();
    for key in &keys {
        let info = &cx.sites.info;
        let (span, why) = match *key {
            SiteKey::Site(s) => {
                let site = cx.prog.site(s);
                match info.reasons.get(&s) {
                    Some((span, why)) => (*span, why.clone()),
                    None => {
                        let text = match cx.sm {
                            Some(sm) if site.text.is_empty() => source_text(sm, site.span),
                            _ => site.text.clone(),
                        };
                        let why = plain_reason(&site.kind, &text, site.placement, info.noescape);
                        (cx.sm.map_or(site.span, |sm| gc_pos(sm, site)), why)
                    }
                }
            }
            SiteKey::MapInsert(span) => (span, "map insert: the table grows".into()),
        };
        let pos = match cx.sm {
            Some(sm) if (span.file.0 as usize) < sm.files.len() => sm.pos(span).to_string(),
            _ => "?".into(),
        };
        let group = match info.std_files.get(&span.file) {
            Some(pkg) => match groups.iter().position(|g| g == pkg) {
                Some(g) => g + 1,
                None => {
                    groups.push(pkg.clone());
                    groups.len()
                }
            },
            None => 0,
        };
        texts.push((pos, why, group as u32));
    }
    let mut bytes = vec![0u8; HEADER_SIZE + ENTRY_SIZE * n];
    bytes[..8].copy_from_slice(&(n as u64).to_le_bytes());
    bytes[32..40].copy_from_slice(&(groups.len() as u64).to_le_bytes());
    let counts = cx.module.declare_anonymous_data(true, false);
    let group_tab = cx.module.declare_anonymous_data(false, false);
    let (Ok(counts), Ok(group_tab)) = (counts, group_tab) else {
        cx.error(
            Span::default(),
            "rgo: internal error declaring the site table",
        );
        return;
    };
    let mut cd = DataDescription::new();
    cd.define_zeroinit(16 * n);
    cd.set_align(8);
    let mut gbytes = vec![0u8; 16 * groups.len().max(1)];
    let mut grelocs = Vec::new();
    for (g, path) in groups.iter().enumerate() {
        grelocs.push((16 * g, super::data::string_data(cx, path)));
        gbytes[16 * g + 8..16 * g + 16].copy_from_slice(&(path.len() as u64).to_le_bytes());
    }
    let mut relocs = vec![(8, cur), (16, counts), (24, group_tab)];
    for (i, (pos, why, group)) in texts.iter().enumerate() {
        let off = HEADER_SIZE + ENTRY_SIZE * i;
        relocs.push((off, super::data::string_data(cx, pos)));
        relocs.push((off + 8, super::data::string_data(cx, why)));
        bytes[off + 16..off + 20].copy_from_slice(&(pos.len() as u32).to_le_bytes());
        bytes[off + 20..off + 24].copy_from_slice(&(why.len() as u32).to_le_bytes());
        bytes[off + 24..off + 28].copy_from_slice(&group.to_le_bytes());
    }
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    for (at, id) in relocs {
        let gv = cx.module.declare_data_in_data(id, &mut d);
        d.write_data_addr(at as u32, gv, 0);
    }
    let mut gd = DataDescription::new();
    gd.define(gbytes.into_boxed_slice());
    gd.set_align(8);
    for (at, id) in grelocs {
        let gv = cx.module.declare_data_in_data(id, &mut gd);
        gd.write_data_addr(at as u32, gv, 0);
    }
    for (id, desc) in [(counts, &cd), (group_tab, &gd), (tab, &d)] {
        if let Err(e) = cx.module.define_data(id, desc) {
            cx.error(
                Span::default(),
                format!("rgo: internal error defining the site table: {e}"),
            );
        }
    }
}
