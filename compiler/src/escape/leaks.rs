//! Parameter leak summaries (gc's `leaks`): how each parameter of an analysed
//! function may flow out of it, recorded once per function and applied at
//! every direct call site in later batches.
//!
//! A summary holds, for each sink, the smallest number of dereferences on any
//! path from the parameter to that sink, or nothing when there is no path:
//! - the heap (`leaking param: p` at 0, `leaking param content: p` above 0),
//! - the mutator and callee pseudo-locations (the parameter's pointees are
//!   written to, or it is called as a function),
//! - each of the first `NUM_ESC_RESULTS` results (`leaking param: p to result ~r0 level=0`).
//!
//! See `escape/mod.rs` for the overview.

use std::fmt;

/// Results beyond this index are summarised as heap leaks, as in gc.
pub const NUM_ESC_RESULTS: usize = 5;

const HEAP: usize = 0;
const MUTATOR: usize = 1;
const CALLEE: usize = 2;
const RESULT0: usize = 3;

/// A parameter's leak summary. Each slot holds `derefs + 1`, 0 meaning "no leak".
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, Debug)]
pub struct Leaks([u8; RESULT0 + NUM_ESC_RESULTS]);

impl Leaks {
    /// The summary of a parameter that leaks everything to the heap: what an
    /// unknown or body-less callee is assumed to do.
    pub fn heap_leak() -> Leaks {
        let mut l = Leaks::default();
        l.add_heap(0);
        l
    }

    pub fn heap(&self) -> Option<i32> {
        self.get(HEAP)
    }

    pub fn mutator(&self) -> Option<i32> {
        self.get(MUTATOR)
    }

    pub fn callee(&self) -> Option<i32> {
        self.get(CALLEE)
    }

    pub fn result(&self, i: usize) -> Option<i32> {
        self.get(RESULT0 + i)
    }

    pub fn add_heap(&mut self, derefs: i32) {
        self.add(HEAP, derefs)
    }

    pub fn add_mutator(&mut self, derefs: i32) {
        self.add(MUTATOR, derefs)
    }

    pub fn add_callee(&mut self, derefs: i32) {
        self.add(CALLEE, derefs)
    }

    pub fn add_result(&mut self, i: usize, derefs: i32) {
        self.add(RESULT0 + i, derefs)
    }

    fn get(&self, i: usize) -> Option<i32> {
        match self.0[i] {
            0 => None,
            v => Some(v as i32 - 1),
        }
    }

    /// Records a leak with `derefs` dereferences, keeping the minimum.
    fn add(&mut self, i: usize, derefs: i32) {
        debug_assert!(derefs >= 0, "invalid derefs count: {derefs}");
        if self.get(i).is_none_or(|old| derefs < old) {
            self.0[i] = (derefs + 1).clamp(1, 255) as u8;
        }
    }

    /// Drops leaks implied by the heap leak: once a parameter leaks to the
    /// heap at level `x`, any other sink reached at level `x` or deeper
    /// adds nothing.
    pub fn optimize(&mut self) {
        if let Some(x) = self.heap() {
            for i in 1..self.0.len() {
                if self.get(i).is_some_and(|d| d >= x) {
                    self.0[i] = 0;
                }
            }
        }
    }

    /// Whether the parameter flows anywhere at all.
    pub fn any(&self) -> bool {
        self.0.iter().any(|&v| v != 0)
    }
}

impl fmt::Display for Leaks {
    /// A compact form for `-d=escape` dumps: `heap=0 r0=1`, or `none`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        if let Some(x) = self.heap() {
            parts.push(format!("heap={x}"));
        }
        if let Some(x) = self.mutator() {
            parts.push(format!("mutator={x}"));
        }
        if let Some(x) = self.callee() {
            parts.push(format!("callee={x}"));
        }
        for i in 0..NUM_ESC_RESULTS {
            if let Some(x) = self.result(i) {
                parts.push(format!("r{i}={x}"));
            }
        }
        if parts.is_empty() {
            f.write_str("none")
        } else {
            f.write_str(&parts.join(" "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_minimum_and_optimizes() {
        let mut l = Leaks::default();
        assert!(!l.any());
        l.add_result(0, 2);
        l.add_result(0, 1);
        assert_eq!(l.result(0), Some(1));
        l.add_heap(1);
        l.optimize();
        assert_eq!(
            l.result(0),
            None,
            "a result leak at the heap's level is implied"
        );
        assert_eq!(l.to_string(), "heap=1");
    }
}
