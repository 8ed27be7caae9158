//! Solving the graph: `walk_all` walks backwards from every location
//! (`walk_one`), computing the fewest dereferences with which each location
//! reaches the root, and decides from that which locations escape, which
//! persist, and where parameters leak.
//!
//! See `escape/mod.rs` for the overview.

use super::graph::{LocId, LocKind, ATTR_CALLS, ATTR_ESCAPES, ATTR_MUTATES, ATTR_PERSISTS};
use super::{Batch, CALLEE_LOC, HEAP_LOC, MUTATOR_LOC};
use std::collections::VecDeque;

impl Batch<'_, '_> {
    /// Computes the attributes of every location by walking from each one
    /// until nothing changes. Escaping roots are walked first, so that their
    /// sources are marked escaping early and never walked again.
    pub fn walk_all(&mut self) {
        let mut todo: VecDeque<LocId> = VecDeque::with_capacity(self.locs.len() + 3);
        for i in 4..self.locs.len() {
            todo.push_front(LocId(i as u32));
            self.locs[i].queued_walk_all = true;
        }
        for l in [MUTATOR_LOC, CALLEE_LOC, HEAP_LOC] {
            todo.push_front(l);
            self.loc_mut(l).queued_walk_all = true;
        }
        let mut walkgen = 0u32;
        while let Some(root) = todo.pop_front() {
            self.loc_mut(root).queued_walk_all = false;
            walkgen += 1;
            self.walk_one(root, walkgen, &mut todo);
        }
    }

    fn enqueue(&mut self, todo: &mut VecDeque<LocId>, l: LocId) {
        if !self.loc(l).queued_walk_all {
            self.loc_mut(l).queued_walk_all = true;
            if self.loc(l).escapes() {
                todo.push_front(l);
            } else {
                todo.push_back(l);
            }
        }
    }

    /// Walks the locations that flow into `root`, shortest paths first
    /// (in derefs), updating their attributes and parameter leaks.
    fn walk_one(&mut self, root: LocId, walkgen: u32, all: &mut VecDeque<LocId>) {
        {
            let r = self.loc_mut(root);
            r.walkgen = walkgen;
            r.derefs = 0;
            r.dst = None;
        }
        // A closure of this batch that may be called by unknown code: its
        // results can no longer be assumed to flow only to its direct callers.
        if self.loc(root).has_attr(ATTR_CALLS) {
            if let LocKind::Site(s) = self.loc(root).kind {
                if let crate::ir::AllocKind::Closure(f) = self.prog.site(s).kind {
                    if self.in_batch.contains(&f) && !self.st.results_lost[f.index()] {
                        self.st.results_lost[f.index()] = true;
                        for r in self.func(f).results.clone() {
                            let l = self.var_loc(f, r);
                            self.enqueue(all, l);
                        }
                    }
                }
            }
        }
        let mut todo: VecDeque<LocId> = VecDeque::new();
        todo.push_back(root);
        while let Some(l) = todo.pop_front() {
            self.loc_mut(l).queued_walk_one = 0;
            let mut derefs = self.loc(l).derefs;
            let mut new_attrs = 0u8;
            // If l's address flows to root, l may need to outlive root.
            if derefs < 0 {
                derefs = 0;
                if self.outlives(root, l) {
                    if self.st.m_level >= 2 && !self.loc(l).escapes() {
                        self.explain_escape_path(root, l);
                    }
                    new_attrs |= ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
                } else if self.loc(root).has_attr(ATTR_PERSISTS) {
                    new_attrs |= ATTR_PERSISTS;
                }
            }
            if derefs == 0 {
                new_attrs |= self.loc(root).attrs & (ATTR_MUTATES | ATTR_CALLS);
            }
            // A parameter reaching root records a leak in its summary.
            if self.loc(l).param {
                if self.outlives(root, l) {
                    if self.st.m_level >= 2 && !self.loc(l).escapes() {
                        self.explain_leak(root, l, derefs);
                    }
                    self.leak_to(l, root, derefs);
                }
                if self.loc(root).has_attr(ATTR_MUTATES) {
                    self.loc_mut(l).param_esc.add_mutator(derefs);
                }
                if self.loc(root).has_attr(ATTR_CALLS) {
                    self.loc_mut(l).param_esc.add_callee(derefs);
                }
            }
            if new_attrs & !self.loc(l).attrs != 0 {
                self.loc_mut(l).attrs |= new_attrs;
                self.enqueue(all, l);
                if self.loc(l).escapes() {
                    continue;
                }
            }
            for i in 0..self.loc(l).edges.len() {
                let (src, ed) = {
                    let e = &self.loc(l).edges[i];
                    (e.src, e.derefs)
                };
                if self.loc(src).escapes() {
                    continue;
                }
                let d = derefs + ed;
                let s = self.loc(src);
                if s.walkgen != walkgen || s.derefs > d {
                    let s = self.loc_mut(src);
                    s.walkgen = walkgen;
                    s.derefs = d;
                    s.dst = Some(l);
                    s.dst_edge_idx = i;
                    if s.queued_walk_one != walkgen {
                        s.queued_walk_one = walkgen;
                        todo.push_back(src);
                    }
                }
            }
        }
    }

    /// Records that parameter `l` flows to `sink` with `derefs`: to a
    /// result of its own function, or else to the heap.
    fn leak_to(&mut self, l: LocId, sink: LocId, derefs: i32) {
        let s = self.loc(sink);
        if !s.escapes() && s.param_out && s.func == self.loc(l).func {
            if let Some(ri) = s.result_index {
                if ri < super::leaks::NUM_ESC_RESULTS {
                    self.loc_mut(l).param_esc.add_result(ri, derefs);
                    return;
                }
            }
        }
        self.loc_mut(l).param_esc.add_heap(derefs);
    }

    /// Reports whether values stored in `l` may survive longer than `other`
    /// would if `other` were stack-allocated. For example, with
    /// `var l *int; for { l = new(int) }` the `new(int)` must go to the
    /// heap because `l` is declared outside the loop.
    pub fn outlives(&self, l: LocId, other: LocId) -> bool {
        let ll = self.loc(l);
        let lo = self.loc(other);
        // The heap outlives everything.
        if ll.escapes() {
            return true;
        }
        // Pseudo-locations: nothing is kept.
        if l == MUTATOR_LOC || l == CALLEE_LOC {
            return false;
        }
        // Results outlive the frame, except that a function literal called
        // directly in its enclosing function returns into that frame.
        if ll.param_out {
            if self.st.contains_closure(lo.func, ll.func) && !self.st.results_lost[ll.func.index()]
            {
                return false;
            }
            return true;
        }
        // A variable declared outside a loop outlives values of one iteration.
        if ll.func == lo.func && ll.loop_depth < lo.loop_depth {
            return true;
        }
        // A variable of an enclosing function outlives a closure's frame:
        // `var u int; func() { u = &x }()`... `x` lives in the closure.
        if self.st.contains_closure(ll.func, lo.func) {
            return true;
        }
        false
    }
}
