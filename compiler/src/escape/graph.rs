//! The data-flow graph: `Location`s, the `Edge`s between them, and the
//! `Hole`s that expressions are evaluated into.
//!
//! An edge `dst ← src` with `derefs` d says "the value of `src`, dereferenced
//! d times, may be stored in `dst`" (d = -1 means `&src`). A hole is a
//! pending edge: "whatever is evaluated into me flows to `dst` with `derefs`",
//! plus the notes (`why`) that `-m=2` prints along the path.
//! See `escape/mod.rs` for the model and the invariants.

use super::leaks::Leaks;
use crate::ir::{AllocSiteId, FuncId, LocalId};
use crate::syntax::span::Span;
use std::fmt;
use std::rc::Rc;

/// Index of a location in a `Batch`; prints as `loc17`.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct LocId(pub u32);

impl LocId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl fmt::Display for LocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "loc{}", self.0)
    }
}

/// What a location stands for.
#[derive(Clone, Debug, PartialEq)]
pub enum LocKind {
    /// Everything that outlives every frame: globals, unknown callees.
    Heap,
    /// Values nobody keeps (`_ = x`, scalars).
    Blank,
    /// Pointees written through (`*p = v`): gc's `mutatorLoc`.
    Mutator,
    /// Values called as functions by unknown code: gc's `calleeLoc`.
    Callee,
    /// A variable (canonical: captured variables map to the enclosing one).
    Var(FuncId, LocalId),
    /// An allocation site of the IR.
    Site(AllocSiteId),
    /// An expression gc spills and reports although rgo needs no allocation
    /// for it (an interface conversion of a constant, a byte or a zero-sized
    /// value): reported with `text` at `pos`, ordered by `span`, never
    /// placed.
    Phantom { span: Span, pos: Span, text: String },
    /// An anonymous temporary (gc's `{temp}`): tee holes, `later`.
    Temp,
    /// The closure gc wraps a `go`/`defer` call in: `defer f(x)` runs
    /// `func() { f(.autotmp_N) }` after `.autotmp_N := x` at the statement.
    /// Printed as `func literal` at the statement's keyword, never at `-m`.
    Wrapper { pos: Span },
    /// A temporary a go/defer wrapper captures: `.autotmp_N` at `pos`,
    /// `width` bytes wide.
    WrapperTemp { n: u32, pos: Span, width: i64 },
}

/// Location attributes (gc's `locAttr`), propagated by `walk_one`.
pub const ATTR_ESCAPES: u8 = 1;
/// The location's lifetime extends beyond its statement (not transient).
pub const ATTR_PERSISTS: u8 = 2;
/// The location's pointees may be written to.
pub const ATTR_MUTATES: u8 = 4;
/// The location may be called as a function.
pub const ATTR_CALLS: u8 = 8;

#[derive(Debug)]
pub struct Location {
    pub kind: LocKind,
    /// The function the location belongs to.
    pub func: FuncId,
    /// Incoming edges.
    pub edges: Vec<Edge>,
    /// Loop depth at declaration (gc's `loopDepth`).
    pub loop_depth: i32,
    /// For results: 0-based index among the function's results.
    pub result_index: Option<usize>,
    pub attrs: u8,
    /// For parameters: where they leak (filled by `walk_one`).
    pub param_esc: Leaks,
    /// A closure captured this variable.
    pub captured: bool,
    /// This variable is assigned after its definition.
    pub reassigned: bool,
    /// This location's address was taken (`&x` flowed somewhere).
    pub addrtaken: bool,
    pub param: bool,
    pub param_out: bool,
    // Solver state (see `solve.rs`).
    pub(crate) derefs: i32,
    pub(crate) walkgen: u32,
    pub(crate) dst: Option<LocId>,
    pub(crate) dst_edge_idx: usize,
    pub(crate) queued_walk_all: bool,
    pub(crate) queued_walk_one: u32,
}

impl Location {
    pub fn new(kind: LocKind, func: FuncId, loop_depth: i32, persists: bool) -> Location {
        Location {
            kind,
            func,
            edges: Vec::new(),
            loop_depth,
            result_index: None,
            attrs: if persists { ATTR_PERSISTS } else { 0 },
            param_esc: Leaks::default(),
            captured: false,
            reassigned: false,
            addrtaken: false,
            param: false,
            param_out: false,
            derefs: 0,
            walkgen: 0,
            dst: None,
            dst_edge_idx: 0,
            queued_walk_all: false,
            queued_walk_one: 0,
        }
    }

    pub fn has_attr(&self, a: u8) -> bool {
        self.attrs & a != 0
    }

    pub fn escapes(&self) -> bool {
        self.has_attr(ATTR_ESCAPES)
    }
}

/// An incoming edge of a location.
#[derive(Clone, Debug)]
pub struct Edge {
    pub src: LocId,
    /// >= -1.
    pub derefs: i32,
    pub notes: Option<Rc<Note>>,
}

/// Why a flow exists, for `-m=2`: `from &x (address-of) at ./a.go:3:7`.
/// Notes form a list, newest first, like gc's.
#[derive(Debug)]
pub struct Note {
    pub next: Option<Rc<Note>>,
    /// The node the note is about; its text is gc's IR text of that node.
    pub where_: Span,
    pub why: &'static str,
    /// The note is about an allocation (gc's note on the allocating node
    /// itself: `spill`, the elements of a slice literal): printed as that
    /// location's text at its position (`... argument`, `append(s, v)`).
    pub loc: Option<LocId>,
    /// Where gc positions the node, when that is not where it parses
    /// from `where_` (a package-level `x = rhs` is at `x`).
    pub pos: Option<Span>,
    /// gc's text of a node rgo has no source for (the statements of a
    /// go/defer wrapper: `.autotmp_3 = wg`).
    pub text: Option<String>,
}

/// An assignment context: evaluating an expression "into" a hole adds edges
/// from the expression's locations to `dst`.
#[derive(Clone, Debug)]
pub struct Hole {
    pub dst: LocId,
    /// >= -1.
    pub derefs: i32,
    pub notes: Option<Rc<Note>>,
    /// The last shift was an address-of (gc's `addrtaken`).
    pub addrtaken: bool,
}

impl Hole {
    pub fn new(dst: LocId) -> Hole {
        Hole {
            dst,
            derefs: 0,
            notes: None,
            addrtaken: false,
        }
    }

    /// Adds `delta` dereferences (`-1` for an address-of).
    pub fn shift(mut self, delta: i32) -> Hole {
        self.derefs += delta;
        debug_assert!(self.derefs >= -1, "derefs underflow: {}", self.derefs);
        self.addrtaken = delta < 0;
        self
    }

    /// Attaches a note; notes are only kept when `-m=2` asked for them.
    pub fn note(self, keep: bool, where_: Span, why: &'static str) -> Hole {
        self.note_at(keep, where_, why, None)
    }

    /// A note about the allocation `loc` (see `Note::loc`).
    pub fn note_at(self, keep: bool, where_: Span, why: &'static str, loc: Option<LocId>) -> Hole {
        self.push_note(keep, where_, why, loc, None, None)
    }

    /// A note about the node at `where_` that gc positions at `pos`.
    pub fn note_pos(self, keep: bool, where_: Span, why: &'static str, pos: Span) -> Hole {
        self.push_note(keep, where_, why, None, Some(pos), None)
    }

    /// A note about a node gc made up, printed as `text` at `pos`
    /// (`text` is only computed when notes are kept).
    pub fn note_text(
        self,
        keep: bool,
        pos: Span,
        why: &'static str,
        text: impl FnOnce() -> String,
    ) -> Hole {
        let text = keep.then(text);
        self.push_note(keep, pos, why, None, Some(pos), text)
    }

    fn push_note(
        mut self,
        keep: bool,
        where_: Span,
        why: &'static str,
        loc: Option<LocId>,
        pos: Option<Span>,
        text: Option<String>,
    ) -> Hole {
        if keep {
            self.notes = Some(Rc::new(Note {
                next: self.notes.take(),
                where_,
                why,
                loc,
                pos,
                text,
            }));
        }
        self
    }
}

impl Hole {
    /// `k.addr(where, why)`: the address of the evaluated value flows.
    pub fn addr_note(self, keep: bool, where_: Span, why: &'static str) -> Hole {
        self.shift(-1).note(keep, where_, why)
    }

    /// `k.deref(where, why)`: the value the evaluated pointer points to flows.
    pub fn deref_note(self, keep: bool, where_: Span, why: &'static str) -> Hole {
        self.shift(1).note(keep, where_, why)
    }
}

use super::{Batch, Escape, BLANK_LOC, CALLEE_LOC, HEAP_LOC, MUTATOR_LOC};

impl Batch<'_, '_> {
    pub fn heap_hole(&self) -> Hole {
        Hole::new(HEAP_LOC)
    }

    pub fn discard_hole(&self) -> Hole {
        Hole::new(BLANK_LOC)
    }

    pub fn mutator_hole(&self) -> Hole {
        Hole::new(MUTATOR_LOC)
    }

    pub fn callee_hole(&self) -> Hole {
        Hole::new(CALLEE_LOC)
    }

    /// Adds the edge `k.dst ← src` (gc's `flow`). Stores of an address into
    /// a location that already escapes mark `src` escaping at once.
    pub fn flow(&mut self, k: Hole, src: LocId) {
        if k.addrtaken {
            self.loc_mut(src).addrtaken = true;
        }
        let dst = k.dst;
        if dst == BLANK_LOC {
            return;
        }
        if dst == src && k.derefs >= 0 {
            // dst = dst, dst = *dst, ...
            return;
        }
        if self.loc(dst).escapes() && k.derefs < 0 {
            if self.st.m_level >= 2 {
                self.explain_escape_at_flow(dst, src, &k);
            }
            self.loc_mut(src).attrs |= ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
            return;
        }
        self.loc_mut(dst).edges.push(Edge {
            src,
            derefs: k.derefs,
            notes: k.notes,
        });
    }
}

impl Escape<'_, '_, '_> {
    /// A fresh location for the allocation `site`, whose address flows to `k`.
    pub fn spill(&mut self, k: Hole, site: AllocSiteId, span: Span) -> Hole {
        let loc = self
            .b
            .new_loc(LocKind::Site(site), self.cur, self.loop_depth, false);
        self.b.site_locs.insert(site, loc);
        let keep = self.b.keep_notes;
        let k = k.shift(-1).note_at(keep, span, "spill", Some(loc));
        self.b.flow(k, loc);
        Hole::new(loc)
    }

    /// Like `spill` for an expression gc reports but rgo does not allocate.
    /// (`pos` is where gc reports it; `span` orders it among the sites.)
    pub fn spill_phantom_at(&mut self, k: Hole, span: Span, pos: Span, text: String) -> Hole {
        let loc = self.b.new_loc(
            LocKind::Phantom { span, pos, text },
            self.cur,
            self.loop_depth,
            false,
        );
        let keep = self.b.keep_notes;
        let k = k.shift(-1).note_at(keep, span, "spill", Some(loc));
        self.b.flow(k, loc);
        Hole::new(loc)
    }

    /// A hole that flows to every hole in `ks` (gc's `teeHole`).
    pub fn tee_hole(&mut self, ks: Vec<Hole>) -> Hole {
        match ks.len() {
            0 => self.b.discard_hole(),
            1 => ks
                .into_iter()
                .next()
                .unwrap_or_else(|| self.b.discard_hole()),
            _ => {
                let loc = self
                    .b
                    .new_loc(LocKind::Temp, self.cur, self.loop_depth, false);
                for k in ks {
                    debug_assert!(k.derefs >= 0, "tee_hole: negative derefs");
                    self.b.flow(k, loc);
                }
                Hole::new(loc)
            }
        }
    }

    /// A hole for a value that is used after the current statement (gc's
    /// `later`): it persists, although it may stay on the stack.
    pub fn later(&mut self, k: Hole) -> Hole {
        let loc = self
            .b
            .new_loc(LocKind::Temp, self.cur, self.loop_depth, true);
        self.b.flow(k, loc);
        Hole::new(loc)
    }
}
