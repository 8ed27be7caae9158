//! Escape analysis: for every value the program creates, decide — exactly
//! the way gc decides — whether it may live in its function's stack frame or
//! must live on the heap, and report it the way `go build -gcflags=-m` does.
//!
//! # The two invariants
//!
//! - (E1) A pointer to a stack object is never stored in the heap.
//! - (E2) A pointer to a stack object never outlives that object: not past
//!   the function's return, and not past the loop iteration that declared
//!   the object (a variable declared inside a loop body is logically a fresh
//!   variable every iteration, so `var l *int; for { x := 0; l = &x }` moves
//!   `x` to the heap).
//!
//! Everything else is bookkeeping to find the values that would break them.
//!
//! # The graph
//!
//! Every variable and every allocation site (`new`, `&T{}`, `make`, slice and
//! map literals, closures, interface conversions, …) is a `Location`. There
//! are four fixed locations: `heap_loc` (globals, unknown code), `blank_loc`
//! (discarded values), and gc's `mutator_loc` / `callee_loc` (pointees that
//! are written to, values that are called). An assignment `dst = src` adds
//! an `Edge` dst ← src labelled with a dereference count:
//!
//! | Go source   | edge            | derefs |
//! |-------------|-----------------|--------|
//! | `p = &x`    | p ← x           | -1     |
//! | `p = q`     | p ← q           | 0      |
//! | `p = *q`    | p ← q           | 1      |
//! | `p = **q`   | p ← q           | 2      |
//! | `*p = q`    | heap ← q (the store goes "somewhere") | 0 |
//! | `p = new(T)`| p ← {storage for new(T)} | -1 |
//!
//! Expressions are evaluated into a `Hole` (a pending edge): `&x` shifts the
//! hole by -1, `*p` by +1, and an allocation "spills": it becomes a location
//! whose address flows into the hole.
//!
//! # Solving
//!
//! Functions are analysed in `Batch`es, the strongly connected components of
//! the static call graph in bottom-up order; function literals belong to the
//! batch of their enclosing function. `solve.rs` then walks backwards from
//! every location (`walk_all`/`walk_one`, a Bellman-Ford shortest path over
//! derefs): a location reached with derefs = -1 from a root that `outlives`
//! it must be heap-allocated; a parameter reached from the heap or from a
//! result gets a `Leaks` summary (`leaks.rs`), which later batches apply at
//! each call site instead of re-analysing the callee.
//!
//! Tiny example: `func f(p *int) *int { return p }` has the edge
//! `~r0 ← p` (0 derefs), so `p` leaks to result 0 at level 0, and at a call
//! `y := f(&x)` the summary turns into the edge `y ← x` with -1: `x` escapes
//! only if `y` outlives it.
//!
//! # Code map
//!
//! - `graph.rs`: `Location`, `Edge`, `Hole`, `Note`; `Batch::flow`, `spill`, `tee_hole`, `later`.
//! - `expr.rs`, `stmt.rs`, `assign.rs`, `call.rs`: build the graph from the IR (gc's files of the same names).
//! - `solve.rs`: `walk_all`, `walk_one`, `outlives`.
//! - `leaks.rs`: parameter summaries.
//! - `report.rs`: the `-m` / `-m=2` text in gc's exact wording and order, and the `-d=escape` dump.
//! - `exprfmt.rs`: how gc prints an expression in `-m` lines.
//! - `devirt.rs`: gc's static devirtualization, run first (it changes what escapes).
//!
//! gc emits `-m` lines as it decides them (every warning is flushed at
//! once), so the order is gc's: batches bottom-up; in a batch, first the
//! parameter summaries of each function, then each location in creation
//! order (declared variables first, then allocation sites in walk order).

pub mod exprfmt;
pub mod graph;
pub mod leaks;
pub mod report;

mod assign;
mod bce;
mod call;
mod devirt;
mod expr;
mod solve;
mod stmt;
mod utils;

use crate::diag::Diagnostic;
use crate::ir::{
    walk_exprs, walk_stmts, AllocKind, AllocSite, AllocSiteId, Expr, ExprKind, Func, FuncId,
    LabelId, LocalId, LocalKind, Placement, Program, Stmt,
};
use crate::syntax::span::{SourceMap, Span};
use crate::types::{PkgId, TyCtx};
use graph::{
    Hole, LocId, LocKind, Location, ATTR_CALLS, ATTR_ESCAPES, ATTR_MUTATES, ATTR_PERSISTS,
};
use leaks::Leaks;
use std::collections::{HashMap, HashSet};

/// What the driver asks for.
#[derive(Clone, Copy, Debug, Default)]
pub struct EscapeOptions {
    /// `-m` (1), `-m=2` (2); 0 prints nothing.
    pub m_level: u8,
    /// `-d=noescape`: every allocation on the heap, no analysis.
    pub noescape: bool,
}

/// Runs escape analysis on the whole program: fills every
/// `AllocSite::placement` and `Local::site` (creating `AllocKind::Var` sites
/// for address-taken, by-reference-captured and too-large variables),
/// decides `Capture::by_ref` like gc, and returns the `-m` notes (empty when
/// `m_level == 0`) in gc's order.
pub fn analyze(
    prog: &mut Program,
    tcx: &TyCtx,
    sm: &SourceMap,
    opts: &EscapeOptions,
) -> Vec<Diagnostic> {
    run(prog, tcx, sm, opts, false).notes
}

/// What one run of the analysis produced.
pub struct Analysis {
    /// The `-m` notes in gc's order (empty when `m_level == 0`).
    pub notes: Vec<Diagnostic>,
    /// The `-d=escape` dump (empty unless asked for): every location, its
    /// incoming edges with derefs and reasons, and the outcome.
    pub dump: String,
    /// Per function, whether each parameter (receiver first) leaks
    /// anywhere (`None`: not analysed); gc's `slice` pass reads it.
    pub param_leaks: Vec<Option<Vec<bool>>>,
    /// Why each heap site is on the heap: the `-m` position and words
    /// (`moved to heap: x`, `&T{...} escapes to heap`), whatever `m_level`
    /// is; for `GODEBUG=allocsites=1` (`codegen/sites.rs`).
    pub site_reasons: SiteReasons,
}

/// Escape analysis's reason, with its position, per heap allocation site.
pub type SiteReasons = std::collections::HashMap<AllocSiteId, (Span, String)>;

/// Like `analyze`, and also builds the `-d=escape` dump when `want_dump`;
/// the notes are the same either way, so `-m` and `-d=escape` combine.
pub fn run(
    prog: &mut Program,
    tcx: &TyCtx,
    sm: &SourceMap,
    opts: &EscapeOptions,
    want_dump: bool,
) -> Analysis {
    let report_pkg = prog
        .main
        .map(|m| prog.func(m).pkg)
        .or_else(|| prog.funcs.last().map(|f| f.pkg));
    let devirt_notes = devirt::devirtualize(prog, tcx, sm, report_pkg, opts.m_level > 0);
    if opts.noescape {
        noescape(prog);
        return Analysis {
            notes: Vec::new(),
            dump: String::new(),
            param_leaks: Vec::new(),
            site_reasons: SiteReasons::new(),
        };
    }
    let mut st = State::new(prog, tcx, opts, want_dump);
    {
        let p: &Program = prog;
        let batches = bottom_up_batches(p);
        st.own_wrappers = batches
            .iter()
            .filter_map(|u| match u {
                Unit::Wrapper { call, .. } => Some(*call as *const Expr),
                Unit::Funcs(_) => None,
            })
            .collect();
        for u in &batches {
            if let Unit::Funcs(fns) = u {
                for &f in fns {
                    if let Some(s) = &p.func(f).shape {
                        st.shape_reps.entry(s.name.clone()).or_insert(f);
                    }
                }
            }
        }
        for u in batches {
            match u {
                Unit::Funcs(fns) => {
                    let mut b = Batch::new(p, tcx, sm, &mut st, fns);
                    b.run();
                }
                Unit::Wrapper {
                    parent,
                    call,
                    is_defer,
                } => {
                    let mut b = Batch::new(p, tcx, sm, &mut st, Vec::new());
                    b.run_wrapper(parent, call, is_defer);
                }
            }
        }
    }
    st.apply(prog);
    let mut site_reasons = SiteReasons::new();
    for (key, span, why) in std::mem::take(&mut st.reasons) {
        let site = match key {
            ReasonKey::Site(s) => Some(s),
            ReasonKey::Var(f, l) => prog.func(f).local(l).site,
        };
        if let Some(s) = site {
            site_reasons.insert(s, (span, why));
        }
    }
    let mut notes = devirt_notes;
    notes.append(&mut st.notes);
    if opts.m_level > 0 {
        notes.extend(bce::elided(prog, tcx, sm, report_pkg));
    }
    let param_leaks = st
        .tags
        .iter()
        .map(|t| t.as_ref().map(|v| v.iter().map(|l| l.any()).collect()))
        .collect();
    Analysis {
        notes,
        dump: st.dump,
        param_leaks,
        site_reasons,
    }
}

/// The allocations of package-level variable initialisers that gc lays out
/// as static data instead of running code (gc's `staticinit`): for
/// `var x = rhs`, the backing array of a slice literal, the object of
/// `&T{...}` and a function literal that captures nothing are static, and
/// so, recursively, are those of the literals' elements; anything else
/// (a map literal, a call, a conversion) is computed by `init`.
fn static_init_sites(prog: &Program, tcx: &TyCtx) -> HashSet<AllocSiteId> {
    fn visit(prog: &Program, tcx: &TyCtx, e: &Expr, out: &mut HashSet<AllocSiteId>) {
        match &e.kind {
            ExprKind::AddrOfLit(lit, site) => {
                out.insert(*site);
                visit(prog, tcx, lit, out);
            }
            ExprKind::Composite { elems, site, .. } => {
                out.extend(*site);
                for (_, x) in elems {
                    visit(prog, tcx, x, out);
                }
            }
            ExprKind::Closure { func, site } => {
                let captures = prog.func(*func).closure.as_ref().map(|c| c.captures.len());
                if captures.unwrap_or(0) == 0 {
                    out.insert(*site);
                }
            }
            ExprKind::Convert(x) => visit(prog, tcx, x, out),
            // `[]byte("constant")`: gc lays out the bytes as data (and
            // `[]rune("constant")`, a `[]rune{...}` literal to gc).
            ExprKind::ConvertAlloc(x, site)
                if matches!(x.kind, ExprKind::Const(crate::types::ConstValue::String(_)))
                    && prog.site(*site).kind == AllocKind::Convert
                    && matches!(tcx.under(e.ty), crate::types::Type::Slice(_)) =>
            {
                out.insert(*site);
            }
            _ => {}
        }
    }
    let mut out = HashSet::new();
    for &f in &prog.inits {
        let func = prog.func(f);
        if !is_var_init(func) {
            continue;
        }
        // Lowering computes some initialisers into a temporary first
        // (`t = []byte("..."); g = t`): look through those.
        let mut to_global = HashSet::new();
        for s in func.body.iter().flatten() {
            if let Stmt::Assign(places, rhs) = s {
                if let ([p], [v]) = (places.as_slice(), rhs.as_slice()) {
                    if let (ExprKind::Global(_), ExprKind::Local(t)) = (&p.kind, &v.kind) {
                        to_global.insert(*t);
                    }
                }
            }
        }
        for s in func.body.iter().flatten() {
            if let Stmt::Assign(places, rhs) = s {
                if let ([p], [v]) = (places.as_slice(), rhs.as_slice()) {
                    let direct = matches!(p.kind, ExprKind::Global(_));
                    let via_temp = matches!(p.kind, ExprKind::Local(t)
                        if to_global.contains(&t) && func.local(t).kind.is_temp());
                    if direct || via_temp {
                        visit(prog, tcx, v, &mut out);
                    }
                }
            }
        }
    }
    out
}

/// A package's variable-initialisation function (lowering's `init` without
/// a source position), which gc analyses first.
pub(crate) fn is_var_init(f: &Func) -> bool {
    f.short_name == "init" && f.span == Span::default() && f.closure.is_none()
}

/// `-d=noescape`: heap for everything, by-reference captures as lowered.
fn noescape(prog: &mut Program) {
    for s in &mut prog.sites {
        s.placement = Placement::Heap;
    }
    let mut need = Vec::new();
    for (fi, f) in prog.funcs.iter().enumerate() {
        for (li, l) in f.locals.iter().enumerate() {
            if l.addr_taken && l.site.is_none() {
                need.push((FuncId(fi as u32), LocalId(li as u32)));
            }
        }
    }
    for (f, l) in need {
        add_var_site(prog, f, l, Placement::Heap);
    }
}

fn add_var_site(prog: &mut Program, f: FuncId, l: LocalId, placement: Placement) {
    let local = &prog.funcs[f.index()].locals[l.index()];
    if let Some(s) = local.site {
        prog.sites[s.index()].placement = placement;
        return;
    }
    let id = AllocSiteId(prog.sites.len() as u32);
    let site = AllocSite {
        kind: AllocKind::Var(f, l),
        func: f,
        span: local.span,
        ty: local.ty,
        text: local.name.clone(),
        placement,
    };
    prog.sites.push(site);
    prog.funcs[f.index()].locals[l.index()].site = Some(id);
}

/// Whole-program state carried from batch to batch.
pub(crate) struct State {
    /// Per function: the parameters' summaries, once its batch is finished.
    tags: Vec<Option<Vec<Leaks>>>,
    /// Per function: its batch has been finished (gc's `escFuncTagged`).
    tagged: Vec<bool>,
    /// Per function literal: the function it is nested in.
    parent: Vec<Option<FuncId>>,
    /// Per function literal: its results may flow to unknown callers
    /// (gc's `ClosureResultsLost`).
    results_lost: Vec<bool>,
    /// Only functions of this package are reported (gc reports the package it compiles).
    report_pkg: Option<PkgId>,
    m_level: u8,
    notes: Vec<Diagnostic>,
    placements: Vec<(AllocSiteId, Placement)>,
    var_sites: Vec<(FuncId, LocalId, Placement)>,
    /// Why each escaping site or variable is on the heap (`Analysis::site_reasons`).
    reasons: Vec<(ReasonKey, Span, String)>,
    by_ref: Vec<(FuncId, usize, bool)>,
    /// `[]byte(s)` sites never written: views of the string (gc's
    /// `OSTR2BYTESTMP`).
    zero_copy: Vec<AllocSiteId>,
    want_dump: bool,
    dump: String,
    /// Allocations of package-level initialisers that gc makes static data
    /// (`static_init_sites`): never analysed as allocations, so never reported.
    static_sites: HashSet<AllocSiteId>,
    /// The go/defer calls whose wrapper captures nothing: analysed in a
    /// batch of their own (`Unit::Wrapper`), not in their function's.
    pub(crate) own_wrappers: HashSet<*const Expr>,
    /// Per gc shape instance (`types::shape`), the first of rgo's instances
    /// in batch order: the one that is reported, where gc analyses its
    /// single shape function.
    shape_reps: HashMap<String, FuncId>,
}

impl State {
    fn new(prog: &Program, tcx: &TyCtx, opts: &EscapeOptions, want_dump: bool) -> State {
        let n = prog.funcs.len();
        let parent = prog
            .funcs
            .iter()
            .map(|f| f.closure.as_ref().map(|c| c.parent))
            .collect();
        let report_pkg = prog
            .main
            .map(|m| prog.func(m).pkg)
            .or_else(|| prog.funcs.last().map(|f| f.pkg));
        State {
            tags: vec![None; n],
            tagged: vec![false; n],
            parent,
            results_lost: vec![false; n],
            report_pkg,
            m_level: opts.m_level,
            notes: Vec::new(),
            placements: Vec::new(),
            var_sites: Vec::new(),
            reasons: Vec::new(),
            by_ref: Vec::new(),
            zero_copy: Vec::new(),
            want_dump,
            dump: String::new(),
            static_sites: static_init_sites(prog, tcx),
            own_wrappers: HashSet::new(),
            shape_reps: HashMap::new(),
        }
    }

    /// Writes the decisions into the program.
    fn apply(&self, prog: &mut Program) {
        for s in &mut prog.sites {
            s.placement = Placement::Heap;
        }
        for &(s, p) in &self.placements {
            prog.sites[s.index()].placement = p;
        }
        for &(f, l, p) in &self.var_sites {
            add_var_site(prog, f, l, p);
        }
        prog.zero_copy = self.zero_copy.clone();
        prog.zero_copy.sort();
        for &(f, i, by_ref) in &self.by_ref {
            if let Some(c) = prog.funcs[f.index()].closure.as_mut() {
                if let Some(cap) = c.captures.get_mut(i) {
                    cap.by_ref = by_ref;
                }
            }
        }
    }

    /// Whether `c` is a function literal nested (at any depth) inside `f`.
    pub(crate) fn contains_closure(&self, f: FuncId, c: FuncId) -> bool {
        if f == c {
            return false;
        }
        let mut cur = self.parent[c.index()];
        while let Some(p) = cur {
            if p == f {
                return true;
            }
            cur = self.parent[p.index()];
        }
        false
    }

    fn reports(&self, prog: &Program, f: FuncId) -> bool {
        let func = prog.func(f);
        self.m_level > 0
            && !func.wrapper
            && self.report_pkg.is_none_or(|p| func.pkg == p)
            && func
                .shape
                .as_ref()
                .is_none_or(|s| self.shape_reps.get(&s.name) == Some(&f))
    }
}

/// What a heap reason is about: a site, or a variable whose site `apply`
/// may only create.
#[derive(Clone, Copy, Debug)]
enum ReasonKey {
    Site(AllocSiteId),
    Var(FuncId, LocalId),
}

/// The fixed locations of every batch.
pub(crate) const HEAP_LOC: LocId = LocId(0);
pub(crate) const BLANK_LOC: LocId = LocId(1);
pub(crate) const MUTATOR_LOC: LocId = LocId(2);
pub(crate) const CALLEE_LOC: LocId = LocId(3);

/// The variable whose memory the place `e` is part of (through fields and
/// array elements), if any.
fn place_root(tcx: &TyCtx, mut e: &Expr) -> Option<LocalId> {
    loop {
        match &e.kind {
            ExprKind::Local(l) => return Some(*l),
            ExprKind::Field(x, _) => e = x,
            ExprKind::Index(x, _) if matches!(tcx.under(x.ty), crate::types::Type::Array(..)) => {
                e = x
            }
            _ => return None,
        }
    }
}

/// What a closure met during the walk captures.
pub(crate) enum Captures {
    /// A function literal: its `ClosureInfo::captures`.
    Func(FuncId),
    /// A go/defer wrapper: its temporaries (`LocKind::WrapperTemp`).
    Wrapper(Vec<LocId>),
}

/// Expressions of each function by their source extent `(lo, hi)`.
/// gc's `.autotmp_N` numbers in one function (`report::gc_temp_numbers`):
/// of lowering's temporaries for `f(g())`, of the first temporary of each
/// go/defer wrapper and of each non-name call's temporary (both by the
/// call's source extent).
pub struct TempNumbers {
    pub locals: HashMap<LocalId, u32>,
    pub wrappers: HashMap<(u32, u32), u32>,
    pub calls: HashMap<(u32, u32), u32>,
}

pub(crate) type SpanIndex<'p> =
    std::cell::RefCell<HashMap<FuncId, HashMap<(u32, u32), Vec<&'p Expr>>>>;

/// One strongly connected component of functions, analysed together.
pub(crate) struct Batch<'p, 's> {
    pub prog: &'p Program,
    pub tcx: &'p TyCtx,
    pub sm: &'p SourceMap,
    pub st: &'s mut State,
    pub funcs: Vec<FuncId>,
    pub in_batch: HashSet<FuncId>,
    pub locs: Vec<Location>,
    pub local_locs: HashMap<(FuncId, LocalId), LocId>,
    pub site_locs: HashMap<AllocSiteId, LocId>,
    /// Function literals met during the walk, with the hole of their closure
    /// object (`flow_closure` runs after every function is walked).
    pub closures: Vec<(Hole, Captures)>,
    /// For each variable (canonical): the right-hand sides assigned to it
    /// (`None` for a non-simple assignment), and whether the first is its
    /// definition. Used for gc's static-value rewrites and static callees.
    pub assigns: HashMap<(FuncId, LocalId), Vec<Option<&'p Expr>>>,
    /// The (canonical) variables whose address the batch takes (`&x`, a
    /// pointer method call, slicing an array): gc's `Reassigned` looks at
    /// these, not at captures, which `Local::addr_taken` also counts.
    pub addressed: HashSet<(FuncId, LocalId)>,
    /// Each function's expressions by source extent, for printing (made on
    /// first use by `report`'s `exprs_at`).
    pub span_index: SpanIndex<'p>,
    /// The function whose `-m=2` explanation is being written (its shape
    /// names appear in it, see `report::shape_text`).
    pub(crate) explaining: std::cell::Cell<Option<FuncId>>,
    /// Strings for `-m=2` explanations, printed as they happen.
    pub keep_notes: bool,
    /// `report::body_extent` of each function, made on first use by `-m=2`.
    pub body_extents: std::cell::RefCell<HashMap<FuncId, Option<(u32, u32)>>>,
    /// `report::gc_temp_numbers` of each function, made on first use.
    pub temp_numbers: std::cell::RefCell<HashMap<FuncId, std::rc::Rc<TempNumbers>>>,
}

impl<'p, 's> Batch<'p, 's> {
    fn new(
        prog: &'p Program,
        tcx: &'p TyCtx,
        sm: &'p SourceMap,
        st: &'s mut State,
        funcs: Vec<FuncId>,
    ) -> Batch<'p, 's> {
        let keep_notes = st.m_level >= 2 || st.want_dump;
        let mut b = Batch {
            prog,
            tcx,
            sm,
            st,
            in_batch: funcs.iter().copied().collect(),
            funcs,
            locs: Vec::new(),
            local_locs: HashMap::new(),
            site_locs: HashMap::new(),
            closures: Vec::new(),
            assigns: HashMap::new(),
            addressed: HashSet::new(),
            span_index: Default::default(),
            explaining: Default::default(),
            keep_notes,
            body_extents: Default::default(),
            temp_numbers: Default::default(),
        };
        let f0 = b.funcs.first().copied().unwrap_or(FuncId(0));
        let mut heap = Location::new(LocKind::Heap, f0, 0, true);
        heap.attrs = ATTR_ESCAPES | ATTR_PERSISTS | ATTR_MUTATES | ATTR_CALLS;
        b.locs.push(heap);
        b.locs.push(Location::new(LocKind::Blank, f0, 0, false));
        let mut mutator = Location::new(LocKind::Mutator, f0, 0, false);
        mutator.attrs = ATTR_MUTATES;
        b.locs.push(mutator);
        let mut callee = Location::new(LocKind::Callee, f0, 0, false);
        callee.attrs = ATTR_CALLS;
        b.locs.push(callee);
        b
    }

    fn run(&mut self) {
        let funcs = self.funcs.clone();
        for &f in &funcs {
            self.init_func(f);
        }
        for &f in &funcs {
            self.collect_assigns(f);
        }
        for &f in &funcs {
            if !is_hidden_closure(self.prog, f) {
                self.walk_func(f);
            }
        }
        self.solve();
    }

    /// After the walk: the closures' captures, gc's forced heap
    /// allocations, the walk from every location, and the report.
    fn solve(&mut self) {
        let closures = std::mem::take(&mut self.closures);
        for (k, c) in closures {
            match c {
                Captures::Func(f) => self.flow_closure(k, f),
                Captures::Wrapper(temps) => self.flow_wrapper(k, &temps),
            }
        }
        for i in 0..self.locs.len() {
            if let Some(why) = self.heap_alloc_reason(LocId(i as u32)) {
                let k = self.heap_hole().addr_note(
                    self.keep_notes,
                    self.loc_span(LocId(i as u32)),
                    why,
                );
                self.flow(k, LocId(i as u32));
            }
        }
        self.walk_all();
        self.finish();
    }

    /// The batch of a go/defer wrapper that captures nothing (`Unit::Wrapper`):
    /// gc's wrapper is then an ordinary function of its own, with no
    /// parameters, whose body is the call; its allocations (`new(T)`, the
    /// `...` slice) are analysed and reported here, before `parent`'s.
    fn run_wrapper(&mut self, parent: FuncId, call: &'p Expr, is_defer: bool) {
        let kw = if is_defer { "defer" } else { "go" };
        let pos = self.keyword_before(call.span, kw);
        let wrapper = self.new_loc(LocKind::Temp, parent, 1, false);
        let mut e = Escape::new(self, parent);
        e.wrapped_call(call, wrapper, pos);
        self.solve();
    }

    pub fn func(&self, f: FuncId) -> &'p Func {
        self.prog.func(f)
    }

    /// The variable a local stands for: captured variables resolve to the
    /// enclosing function's variable (gc's `Canonical`).
    pub fn canonical(&self, mut f: FuncId, mut l: LocalId) -> (FuncId, LocalId) {
        loop {
            let func = self.func(f);
            if func.local(l).kind != LocalKind::Capture {
                return (f, l);
            }
            let Some(c) = &func.closure else {
                return (f, l);
            };
            let Some(cap) = c.captures.iter().find(|c| c.inner == l) else {
                return (f, l);
            };
            f = c.parent;
            l = cap.outer;
        }
    }

    pub fn new_loc(
        &mut self,
        kind: LocKind,
        func: FuncId,
        loop_depth: i32,
        persists: bool,
    ) -> LocId {
        let id = LocId(self.locs.len() as u32);
        self.locs
            .push(Location::new(kind, func, loop_depth, persists));
        id
    }

    pub fn loc(&self, id: LocId) -> &Location {
        &self.locs[id.index()]
    }

    pub fn loc_mut(&mut self, id: LocId) -> &mut Location {
        &mut self.locs[id.index()]
    }

    /// The location of a (canonical) variable.
    pub fn var_loc(&mut self, f: FuncId, l: LocalId) -> LocId {
        let key = self.canonical(f, l);
        if let Some(&id) = self.local_locs.get(&key) {
            return id;
        }
        // A variable of a function outside the batch cannot be referenced;
        // give it a location anyway so the walk stays total.
        let id = self.new_loc(LocKind::Var(key.0, key.1), key.0, 1, true);
        self.local_locs.insert(key, id);
        id
    }

    /// gc's `initFunc`: a location for every declared variable.
    fn init_func(&mut self, f: FuncId) {
        let func = self.func(f);
        for (i, l) in func.locals.iter().enumerate() {
            if l.kind == LocalKind::Capture {
                continue;
            }
            let id = self.new_loc(LocKind::Var(f, LocalId(i as u32)), f, 1, true);
            let loc = self.loc_mut(id);
            loc.param = l.kind == LocalKind::Param;
            loc.param_out = l.kind == LocalKind::Result;
            self.local_locs.insert((f, LocalId(i as u32)), id);
        }
        for (ri, r) in func.results.iter().enumerate() {
            if let Some(&id) = self.local_locs.get(&(f, *r)) {
                self.loc_mut(id).result_index = Some(ri);
            }
        }
    }

    fn walk_func(&mut self, f: FuncId) {
        let Some(body) = &self.func(f).body else {
            return;
        };
        let mut e = Escape::new(self, f);
        e.scan_labels(body);
        e.block(body);
    }

    /// Records every assignment to every variable of `f` (for static
    /// values), and the variables whose address `f` takes.
    fn collect_assigns(&mut self, f: FuncId) {
        let Some(body) = &self.func(f).body else {
            return;
        };
        let mut assigns = Vec::new();
        walk_stmts(body, &mut |s| {
            if let Stmt::Assign(places, rhs) = s {
                let simple = places.len() == rhs.len();
                for (i, p) in places.iter().enumerate() {
                    if let ExprKind::Local(l) = p.kind {
                        assigns.push((l, simple.then(|| &rhs[i])));
                    }
                }
            }
        });
        for (l, v) in assigns {
            let key = self.canonical(f, l);
            self.assigns.entry(key).or_default().push(v);
        }
        let mut addressed = Vec::new();
        walk_exprs(body, &mut |e| {
            let place = match &e.kind {
                ExprKind::AddrOf(x) => x,
                ExprKind::Slice { x, .. }
                    if matches!(self.tcx.under(x.ty), crate::types::Type::Array(..)) =>
                {
                    x
                }
                _ => return,
            };
            if let Some(l) = place_root(self.tcx, place) {
                addressed.push(self.canonical(f, l));
            }
        });
        self.addressed.extend(addressed);
    }

    /// gc's `StaticValue` for a variable: the one value ever assigned to it,
    /// if it is assigned exactly once and never through a pointer.
    pub fn static_value(&self, f: FuncId, l: LocalId) -> Option<&'p Expr> {
        let key = self.canonical(f, l);
        let local = self.func(key.0).local(key.1);
        if local.kind != LocalKind::Var || self.addressed.contains(&key) {
            return None;
        }
        let v = self.assigns.get(&key)?;
        match v.as_slice() {
            [Some(e)] => Some(*e),
            _ => None,
        }
    }

    /// gc's `FuncAssignments` + `resolveAssignedCallees`: every function a
    /// variable of function type may hold, if all of them are known.
    pub fn assigned_callees(&self, f: FuncId, l: LocalId) -> Vec<FuncId> {
        let key = self.canonical(f, l);
        let local = self.func(key.0).local(key.1);
        if local.kind != LocalKind::Var || self.addressed.contains(&key) {
            return Vec::new();
        }
        let Some(v) = self.assigns.get(&key) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in v {
            match e.map(|e| &e.kind) {
                Some(ExprKind::Zero) => {}
                Some(ExprKind::FuncRef(g)) => out.push(*g),
                Some(ExprKind::Closure { func, .. }) => out.push(*func),
                _ => return Vec::new(),
            }
        }
        out
    }
}

/// The per-function walker (gc's `escape`): `e`.
pub(crate) struct Escape<'x, 'p, 's> {
    pub b: &'x mut Batch<'p, 's>,
    pub cur: FuncId,
    pub loop_depth: i32,
    /// Labels targeted by a later `goto`: entering one starts a loop.
    pub looping: HashSet<LabelId>,
    /// Variables declared by the `Decl`s right before the current statement:
    /// the next assignment to them is their definition, not a reassignment.
    pub pending_defs: Vec<LocalId>,
}

impl<'x, 'p, 's> Escape<'x, 'p, 's> {
    pub fn new(b: &'x mut Batch<'p, 's>, cur: FuncId) -> Self {
        Escape {
            b,
            cur,
            loop_depth: 1,
            looping: HashSet::new(),
            pending_defs: Vec::new(),
        }
    }

    pub fn func(&self) -> &'p Func {
        self.b.func(self.cur)
    }
}

/// Whether `f` is a function literal that captures variables: gc analyses
/// it in its enclosing function's batch, walking its body where the literal
/// stands. A literal that captures nothing is, for escape analysis, an
/// ordinary function: its own batch, analysed before the functions that
/// mention it (their `-m` lines come after its own), and summarised by its
/// parameter tags like any callee.
pub(crate) fn is_hidden_closure(prog: &Program, f: FuncId) -> bool {
    prog.func(f)
        .closure
        .as_ref()
        .is_some_and(|c| !c.captures.is_empty())
}

/// One unit of analysis in bottom-up order.
pub(crate) enum Unit<'p> {
    /// A batch of functions (one strongly connected component).
    Funcs(Vec<FuncId>),
    /// The wrapper of a go/defer `call` in `parent` that captures nothing
    /// (`own_wrapper`): gc's wrapper is then not a closure but an ordinary
    /// function, analysed in a batch of its own before `parent`.
    Wrapper {
        parent: FuncId,
        call: &'p Expr,
        is_defer: bool,
    },
}

/// Whether gc's wrapper for the go/defer `call` captures nothing: it calls
/// a function with parameters or results (or a builtin), and every operand
/// is evaluated inside the wrapper (`call::wrapper_operands` is empty).
fn own_wrapper(prog: &Program, call: &Expr) -> bool {
    match &call.kind {
        ExprKind::Call {
            callee: crate::ir::Callee::Direct(f),
            args,
            ..
        } => {
            let f = prog.func(*f);
            call::wrapper_operands(call).is_empty()
                && (!args.is_empty() || !f.params.is_empty() || !f.results.is_empty())
        }
        ExprKind::Builtin { .. } => call::wrapper_operands(call).is_empty(),
        _ => false,
    }
}

/// The batches of the program in bottom-up order: gc's `VisitFuncsBottomUp`
/// (Tarjan's algorithm; capturing function literals join their enclosing
/// function, see `is_hidden_closure`; go/defer wrappers that capture
/// nothing are nodes of their own, see `own_wrapper`).
pub(crate) fn bottom_up_batches(prog: &Program) -> Vec<Unit<'_>> {
    /// A node: a function (index < number of functions) or a wrapper.
    type Node = usize;
    struct V<'a> {
        prog: &'a Program,
        visitgen: u32,
        node_id: Vec<u32>,
        stack: Vec<Node>,
        out: Vec<Unit<'a>>,
        /// The own wrappers: parent, call, is_defer.
        wrappers: Vec<(FuncId, &'a Expr, bool)>,
        wrapper_of: HashMap<*const Expr, usize>,
    }
    fn deps<'a>(v: &V<'a>, stmts: &'a [Stmt], out: &mut Vec<Node>) {
        for s in stmts {
            match s {
                Stmt::Decl(_)
                | Stmt::Break(_)
                | Stmt::Continue(_)
                | Stmt::Label(_)
                | Stmt::Goto(_) => {}
                Stmt::Assign(a, b) => {
                    a.iter().chain(b.iter()).for_each(|e| expr_deps(e, out));
                }
                Stmt::Defer(e) | Stmt::Go(e) => match v.wrapper_of.get(&(e as *const Expr)) {
                    Some(&w) => out.push(v.prog.funcs.len() + w),
                    None => expr_deps(e, out),
                },
                Stmt::Expr(e) => expr_deps(e, out),
                Stmt::Send(a, b) => {
                    expr_deps(a, out);
                    expr_deps(b, out);
                }
                Stmt::If { cond, then, els } => {
                    expr_deps(cond, out);
                    deps(v, then, out);
                    deps(v, els, out);
                }
                Stmt::Loop {
                    cond, body, post, ..
                } => {
                    if let Some(c) = cond {
                        expr_deps(c, out);
                    }
                    deps(v, body, out);
                    deps(v, post, out);
                }
                Stmt::Breakable { body, .. } | Stmt::Block(body) => deps(v, body, out),
                Stmt::Return(r) => r.iter().for_each(|e| expr_deps(e, out)),
            }
        }
    }
    fn expr_deps(e: &Expr, out: &mut Vec<Node>) {
        match &e.kind {
            ExprKind::FuncRef(f) => out.push(f.index()),
            ExprKind::Closure { func, .. } => out.push(func.index()),
            ExprKind::MethodValue { recv, func, .. } => {
                out.push(func.index());
                expr_deps(recv, out);
            }
            ExprKind::Call { callee, args, .. } => {
                match callee {
                    crate::ir::Callee::Direct(f) => out.push(f.index()),
                    crate::ir::Callee::Indirect(x) => expr_deps(x, out),
                    crate::ir::Callee::Iface { recv, .. } => expr_deps(recv, out),
                }
                args.iter().for_each(|a| expr_deps(a, out));
            }
            _ => e.for_each_child(|c| expr_deps(c, out)),
        }
    }
    fn visit(v: &mut V, n: Node) -> u32 {
        let cur = v.node_id[n];
        if cur > 0 {
            return cur;
        }
        v.visitgen += 1;
        let id = v.visitgen;
        v.node_id[n] = id;
        v.visitgen += 1;
        let mut min = v.visitgen;
        v.stack.push(n);
        let nf = v.prog.funcs.len();
        let mut ds = Vec::new();
        if n < nf {
            if let Some(body) = &v.prog.func(FuncId(n as u32)).body {
                deps(v, body, &mut ds);
            }
        } else {
            expr_deps(v.wrappers[n - nf].1, &mut ds);
        }
        for d in ds {
            let m = visit(v, d);
            min = min.min(m);
        }
        let hidden = n < nf && is_hidden_closure(v.prog, FuncId(n as u32));
        if (min == id || min == id + 1) && !hidden {
            let mut i = v.stack.len();
            while i > 0 {
                i -= 1;
                let x = v.stack[i];
                v.node_id[x] = u32::MAX;
                if x == n {
                    break;
                }
            }
            let block = v.stack.split_off(i);
            if let [w] = block[..] {
                if w >= nf {
                    let (parent, call, is_defer) = v.wrappers[w - nf];
                    v.out.push(Unit::Wrapper {
                        parent,
                        call,
                        is_defer,
                    });
                    return min;
                }
            }
            // A wrapper in a cycle with functions: analysed with its
            // parent (rare; gc would batch it with them).
            let fns: Vec<FuncId> = block
                .into_iter()
                .filter(|&x| x < nf)
                .map(|x| FuncId(x as u32))
                .collect();
            v.out.push(Unit::Funcs(fns));
        }
        min
    }
    let mut wrappers = Vec::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        if let Some(body) = &f.body {
            walk_stmts(body, &mut |s| {
                if let Stmt::Defer(e) | Stmt::Go(e) = s {
                    if own_wrapper(prog, e) {
                        wrappers.push((FuncId(i as u32), e, matches!(s, Stmt::Defer(_))));
                    }
                }
            });
        }
    }
    let wrapper_of = wrappers
        .iter()
        .enumerate()
        .map(|(i, w)| (w.1 as *const Expr, i))
        .collect();
    let n = prog.funcs.len() + wrappers.len();
    let mut v = V {
        prog,
        visitgen: 0,
        node_id: vec![0; n],
        stack: Vec::new(),
        out: Vec::new(),
        wrappers,
        wrapper_of,
    };
    // gc analyses a package's variable initialisation first.
    for &f in &prog.inits {
        if is_var_init(prog.func(f)) {
            visit(&mut v, f.index());
        }
    }
    // The functions in order, except that gc reads the instances of
    // generics after the package's own functions, in its own order.
    for (i, f) in prog.funcs.iter().enumerate() {
        if f.closure.is_none() && f.shape.is_none() {
            visit(&mut v, i);
        }
    }
    for f in &prog.inst_order {
        visit(&mut v, f.index());
    }
    for (i, f) in prog.funcs.iter().enumerate() {
        if f.closure.is_none() && f.shape.is_some() {
            visit(&mut v, i);
        }
    }
    v.out
}

#[cfg(test)]
mod tests;
