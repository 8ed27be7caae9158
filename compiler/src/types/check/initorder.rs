//! Package variable initialization order (spec "Package initialization"),
//! after types2's `initorder.go`.
//!
//! The dependency graph has a node per package-level const, var and func;
//! edges come from `Checker::deps` (references found while checking
//! initializers and function bodies). Function nodes are removed by linking
//! their predecessors to their successors; then nodes are emitted by
//! increasing number of remaining dependencies, ties broken by source order.
//! A node that still has dependencies when emitted is on a cycle:
//! `initialization cycle for x` (or `... x refers to itself`).

use super::{Checker, DeclInfo};
use crate::types::{Initializer, ObjId, ObjKind};
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashMap, HashSet};

impl Checker<'_, '_> {
    pub(crate) fn init_order(&mut self) -> Vec<Initializer> {
        let nodes: Vec<ObjId> = self
            .decl_order
            .iter()
            .copied()
            .filter(|o| match self.decls.get(o) {
                Some(DeclInfo::Var { .. } | DeclInfo::Const { .. }) => true,
                Some(DeclInfo::Func { decl, .. }) => decl.recv.is_none(),
                _ => false,
            })
            .collect();
        let order: HashMap<ObjId, usize> = nodes.iter().enumerate().map(|(i, &o)| (o, i)).collect();
        let mut succ: HashMap<ObjId, BTreeSet<ObjId>> = HashMap::new();
        let mut pred: HashMap<ObjId, BTreeSet<ObjId>> = HashMap::new();
        for &n in &nodes {
            succ.entry(n).or_default();
            pred.entry(n).or_default();
        }
        for &n in &nodes {
            for &d in self.deps.get(&n).map(|v| v.as_slice()).unwrap_or(&[]) {
                if order.contains_key(&d) {
                    succ.get_mut(&n).unwrap().insert(d);
                    pred.get_mut(&d).unwrap().insert(n);
                }
            }
        }
        let is_func = |ck: &Self, o: ObjId| matches!(ck.tcx.obj(o).kind, ObjKind::Func(_));
        for &n in &nodes {
            if !is_func(self, n) {
                continue;
            }
            let ps: Vec<ObjId> = pred[&n].iter().copied().collect();
            let ss: Vec<ObjId> = succ[&n].iter().copied().collect();
            for &p in &ps {
                if p != n {
                    for &s in &ss {
                        if s != n {
                            succ.get_mut(&p).unwrap().insert(s);
                            pred.get_mut(&s).unwrap().insert(p);
                        }
                    }
                    succ.get_mut(&p).unwrap().remove(&n);
                }
            }
            for &s in &ss {
                pred.get_mut(&s).unwrap().remove(&n);
            }
        }
        let remaining: Vec<ObjId> = nodes
            .iter()
            .copied()
            .filter(|&n| !is_func(self, n))
            .collect();
        let mut ndeps: HashMap<ObjId, usize> =
            remaining.iter().map(|&n| (n, succ[&n].len())).collect();
        // A min-heap on (remaining dependencies, source order), as types2's
        // nodeQueue. Counts only fall, so an entry is pushed again whenever
        // one does and entries that no longer match the count are skipped.
        let mut queue: BinaryHeap<Reverse<(usize, usize, ObjId)>> = remaining
            .iter()
            .map(|&n| Reverse((ndeps[&n], order[&n], n)))
            .collect();
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut out = Vec::new();
        let mut emitted: HashSet<(u32, usize)> = HashSet::new();
        while let Some(Reverse((count, _, n))) = queue.pop() {
            if count != ndeps[&n] || !done.insert(n) {
                continue;
            }
            if ndeps[&n] > 0 {
                let mut seen = HashSet::new();
                if let Some(cycle) = self.find_path(n, n, &mut seen) {
                    self.report_init_cycle(&cycle);
                }
            }
            for &p in &pred[&n] {
                if done.contains(&p) {
                    continue;
                }
                if let Some(c) = ndeps.get_mut(&p) {
                    *c = c.saturating_sub(1);
                    queue.push(Reverse((*c, order[&p], p)));
                }
            }
            if let Some(DeclInfo::Var { spec, idx, .. }) = self.decls.get(&n).copied() {
                if spec.values.is_empty() {
                    continue;
                }
                if spec.values.len() == spec.names.len() {
                    out.push(Initializer {
                        lhs: vec![n],
                        rhs: spec.values[idx].id,
                    });
                } else {
                    let key = (spec.names[0].id.0, 0);
                    if !emitted.insert(key) {
                        continue;
                    }
                    let lhs = spec
                        .names
                        .iter()
                        .filter_map(|nm| self.info.defs.get(nm.id).copied().flatten())
                        .collect();
                    out.push(Initializer {
                        lhs,
                        rhs: spec.values[0].id,
                    });
                }
            }
        }
        out
    }

    /// A path of dependencies from `from` to `to` (excluding `from`).
    fn find_path(&self, from: ObjId, to: ObjId, seen: &mut HashSet<ObjId>) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        for &d in self.deps.get(&from).map(|v| v.as_slice()).unwrap_or(&[]) {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut p) = self.find_path(d, to, seen) {
                p.insert(0, d);
                return Some(p);
            }
        }
        None
    }

    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        // `cycle` ends with the start object; rotate so that it comes first.
        let start = *cycle.last().unwrap();
        let (name, span) = (self.tcx.obj(start).name.clone(), self.tcx.obj(start).span);
        self.error(span, super::errors::init_cycle(&name, cycle.len() == 1));
    }
}
