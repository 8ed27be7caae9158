//! `FunctionCx` (`fx`): the state of one function being compiled, where every
//! local lives, and the memory, allocation and check helpers the rest of the
//! code generator shares.
//!
//! A local's *home* is decided once, at entry (see `codegen/mod.rs`): SSA
//! variables, a stack slot, or a pointer held in a variable (a heap cell,
//! an incoming struct/array argument, or a slot of the closure object).

use super::abi::{self, parts};
use super::{data, rt, Cx, PTR};
use crate::ir::{self, LabelId, LocalId, LocalKind, Placement};
use crate::syntax::span::Span;
use crate::types::TypeId;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, Block, BlockArg, FuncRef, GlobalValue, InstBuilder, MemFlagsData, SourceLoc,
    StackSlotData, StackSlotKind, TrapCode, Type, UserFuncName, Value,
};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataId, FuncId as ClifFuncId, Linkage, Module};
use std::collections::HashMap;

/// A Go value during code generation.
#[derive(Clone, Debug)]
pub(crate) enum CVal {
    /// A scalar-shaped value, flattened (see `abi::parts`).
    Parts(Vec<Value>),
    /// A struct or array: the address of its bytes.
    Mem(Value),
}

impl CVal {
    pub fn parts(&self) -> &[Value] {
        match self {
            CVal::Parts(v) => v,
            CVal::Mem(a) => std::slice::from_ref(a),
        }
    }

    /// The single value of a one-part scalar.
    pub fn one(&self) -> Value {
        self.parts()[0]
    }
}

/// Where an assignment stores.
#[derive(Clone, Debug)]
pub(crate) enum CPlace {
    Vars(Vec<Variable>),
    Addr(Value),
    Blank,
    /// `m[key]` of a map of type `map_ty`: the insert happens at the store
    /// (`codegen/map.rs`).
    MapEntry {
        map_ty: TypeId,
        m: Value,
        key: CVal,
        /// `m[k]`, for the allocation-site table (`sites.rs`).
        span: Span,
    },
}

/// Where a local lives.
#[derive(Clone, Debug)]
enum Home {
    Vars(Vec<Variable>),
    Slot(cranelift_codegen::ir::StackSlot),
    /// The address is the value of this variable.
    Ptr(Variable),
}

pub(crate) struct FunctionCx<'c, 'p, 'b> {
    pub cx: &'c mut Cx<'p>,
    pub b: FunctionBuilder<'b>,
    pub f: &'p ir::Func,
    homes: Vec<Option<Home>>,
    /// Whether each local's heap home is allocated at its `Decl`.
    heap: Vec<bool>,
    pub ctx_val: Option<Value>,
    pub out_ptrs: Vec<Option<Value>>,
    pub labels: HashMap<LabelId, Block>,
    pub loops: HashMap<LabelId, (Block, Option<Block>)>,
    func_refs: HashMap<ClifFuncId, FuncRef>,
    data_refs: HashMap<DataId, GlobalValue>,
    /// The frame record of a function containing `defer` (`defer.rs`).
    pub(crate) defer: Option<super::defer::DeferState>,
    /// Which `append`s grow into stack buffers (`ir::stackbuf`).
    pub(crate) append_plans: ir::stackbuf::AppendPlans,
    /// Per buffer of `append_plans`: its slot and its `used` flag (false at
    /// entry; set when strategy `First` hands the buffer out).
    pub(crate) append_bufs: Vec<(cranelift_codegen::ir::StackSlot, Variable)>,
    /// This function's id (none for the generated entry function).
    pub(crate) fid: Option<ir::FuncId>,
    /// The allocation site whose runtime calls are being emitted, if any
    /// (`sites.rs`).
    pub(crate) cur_site: Option<super::sites::SiteKey>,
}

pub(crate) fn mem() -> MemFlagsData {
    MemFlagsData::new()
}

pub(crate) fn trusted() -> MemFlagsData {
    MemFlagsData::trusted()
}

/// Compiles one Go function with a body and defines it in the module.
pub(crate) fn compile_func<'p>(
    cx: &mut Cx<'p>,
    ctx: &mut Context,
    fbc: &mut FunctionBuilderContext,
    f: &'p ir::Func,
    id: ClifFuncId,
    fid: ir::FuncId,
) {
    ctx.func.signature = abi::go_sig_for_func(cx, f);
    ctx.func.name = UserFuncName::user(0, id.as_u32());
    {
        let b = FunctionBuilder::new(&mut ctx.func, fbc);
        let mut fx = FunctionCx::new(cx, b, f);
        fx.fid = Some(fid);
        let entry = fx.b.create_block();
        fx.b.append_block_params_for_function_params(entry);
        fx.b.switch_to_block(entry);
        let params = fx.b.block_params(entry).to_vec();
        fx.prologue(&params);
        if let Some(body) = &f.body {
            fx.stmts(body);
        }
        fx.finish_body();
        fx.b.seal_all_blocks();
        let cfg = fx.cx.module.target_config();
        fx.b.finalize(cfg);
    }
    define(cx, ctx, id, &f.name, (!f.wrapper).then_some(f.span));
}

/// Verifies, dumps (`-d=clif`) and defines a built function, and records
/// it in the function table (`symtab.rs`; `src` is its declaration, `None`
/// for generated code); clears `ctx`.
pub(crate) fn define(
    cx: &mut Cx,
    ctx: &mut Context,
    id: ClifFuncId,
    name: &str,
    src: Option<Span>,
) {
    if cx.opts.dump_clif {
        super::clif_dump::write(&mut cx.clif_out, name, &ctx.func);
    }
    let result = cx.module.define_function(id, ctx);
    if result.is_ok() && cx.recover_wrappers.contains(&id) {
        if let Some(code) = ctx.compiled_code() {
            cx.wrapper_code.push((id, code.code_info().total_size));
        }
    }
    if result.is_ok() {
        super::symtab::record(cx, ctx, id, name, src);
    }
    if let Err(e) = result {
        let detail = match &e {
            cranelift_module::ModuleError::Compilation(
                cranelift_codegen::CodegenError::Verifier(errs),
            ) => cranelift_codegen::print_errors::pretty_verifier_error(
                &ctx.func,
                None,
                errs.clone(),
            ),
            _ => format!("{e:?}"),
        };
        cx.error(
            src.unwrap_or_default(),
            format!("rgo: internal error compiling {name}: {detail}"),
        );
    }
    ctx.clear();
}

/// `rgo_main`: runs the package initialisers, then `main.main`.
pub(crate) fn compile_entry(cx: &mut Cx, ctx: &mut Context, fbc: &mut FunctionBuilderContext) {
    let sig = cranelift_codegen::ir::Signature::new(cranelift_codegen::isa::CallConv::SystemV);
    let id = cx.declare_fn("rgo_main", Linkage::Export, &sig);
    ctx.func.signature = sig;
    ctx.func.name = UserFuncName::user(0, id.as_u32());
    let calls: Vec<ir::FuncId> = cx.prog.inits.iter().copied().chain(cx.prog.main).collect();
    {
        let b = FunctionBuilder::new(&mut ctx.func, fbc);
        let dummy = data::dummy_func(cx.prog);
        let mut fx = FunctionCx::new(cx, b, dummy);
        let entry = fx.b.create_block();
        fx.b.switch_to_block(entry);
        fx.register_wrapper_table();
        fx.register_functab();
        fx.register_sitetab();
        for f in calls {
            fx.call_go_direct(f, Vec::new());
        }
        fx.b.ins().return_(&[]);
        fx.b.seal_all_blocks();
        let cfg = fx.cx.module.target_config();
        fx.b.finalize(cfg);
    }
    define(cx, ctx, id, "rgo_main", None);
}

impl<'c, 'p, 'b> FunctionCx<'c, 'p, 'b> {
    pub fn new(cx: &'c mut Cx<'p>, b: FunctionBuilder<'b>, f: &'p ir::Func) -> Self {
        let n = f.locals.len();
        FunctionCx {
            cx,
            b,
            f,
            homes: vec![None; n],
            heap: vec![false; n],
            ctx_val: None,
            out_ptrs: Vec::new(),
            labels: HashMap::new(),
            loops: HashMap::new(),
            func_refs: HashMap::new(),
            data_refs: HashMap::new(),
            defer: None,
            append_plans: ir::stackbuf::AppendPlans::default(),
            append_bufs: Vec::new(),
            fid: None,
            cur_site: None,
        }
    }

    pub fn tcx(&self) -> &'p crate::types::TyCtx {
        self.cx.tcx
    }

    /// Makes the instructions emitted next belong to `span`'s line (for the
    /// function table, `symtab.rs`); returns the previous location, which
    /// the caller restores with `set_srcloc` when done.
    pub fn at(&mut self, span: Span) -> SourceLoc {
        let old = self.b.srcloc();
        if self.f.wrapper {
            return old;
        }
        let line = self.cx.line_of(span);
        if line != 0 {
            self.b.set_srcloc(SourceLoc::new(line));
        }
        old
    }

    /// `rgo_main`: registers the function table (`symtab.rs`).
    pub(crate) fn register_functab(&mut self) {
        let Ok(id) = self.cx.module.declare_anonymous_data(false, false) else {
            return;
        };
        self.cx.functab_id = Some(id);
        let t = self.data_addr(id);
        self.call_rt(&rt::SETFUNCTAB, &[t]);
    }

    // ----- Entry and locals --------------------------------------------------

    fn on_heap(&self, l: &ir::Local) -> bool {
        l.site
            .is_some_and(|s| self.cx.prog.site(s).placement == Placement::Heap)
    }

    fn needs_mem(&self, l: &ir::Local) -> bool {
        l.addr_taken
            || l.site.is_some()
            || parts(self.cx, l.ty).is_none()
            || (self.defer.is_some() && l.kind == LocalKind::Result)
    }

    fn declare_vars(&mut self, t: TypeId) -> Vec<Variable> {
        parts(self.cx, t)
            .unwrap_or_default()
            .iter()
            .map(|&(ty, _)| self.b.declare_var(ty))
            .collect()
    }

    /// Chooses every local's home and binds parameters, results and
    /// captured variables.
    fn prologue(&mut self, params: &[Value]) {
        let f = self.f;
        self.defer_setup();
        self.stack_buffers();
        self.ctx_val = Some(params[0]);
        let mut idx = 1;
        let (_, rtys) = abi::func_param_types(f);
        for &r in &rtys {
            if parts(self.cx, r).is_none() {
                self.out_ptrs.push(Some(params[idx]));
                idx += 1;
            } else {
                self.out_ptrs.push(None);
            }
        }
        // Ordinary locals.
        for (i, l) in f.locals.iter().enumerate() {
            if l.kind == LocalKind::Capture {
                continue;
            }
            let is_param = f.params.contains(&LocalId(i as u32));
            let home = if !self.needs_mem(l) {
                Home::Vars(self.declare_vars(l.ty))
            } else if self.on_heap(l) {
                self.heap[i] = true;
                Home::Ptr(self.b.declare_var(PTR))
            } else if is_param && parts(self.cx, l.ty).is_none() {
                Home::Ptr(self.b.declare_var(PTR))
            } else {
                let lay = self.cx.layout(l.ty);
                Home::Slot(self.new_slot(lay.size, lay.align))
            };
            self.homes[i] = Some(home);
        }
        // Parameters.
        for &p in &f.params {
            let l = f.local(p);
            let n = parts(self.cx, l.ty).map_or(1, |v| v.len());
            let vals = params[idx..idx + n].to_vec();
            idx += n;
            let v = if parts(self.cx, l.ty).is_some() {
                CVal::Parts(vals)
            } else {
                CVal::Mem(vals[0])
            };
            match self.homes[p.index()].clone() {
                Some(Home::Ptr(var)) if !self.heap[p.index()] => {
                    self.b.def_var(var, v.one());
                }
                _ => {
                    self.decl_local(p);
                    let pl = self.local_place(p);
                    self.store_place(&pl, l.ty, &v);
                }
            }
        }
        for &r in &f.results {
            self.decl_local(r);
        }
        // Captured variables: loaded from the closure object.
        if let Some(ci) = &f.closure {
            let offs = data::closure_offsets(self.cx, f);
            let ctx = params[0];
            for (c, off) in ci.captures.iter().zip(offs) {
                let l = f.local(c.inner);
                let off = off as i32;
                let home = if c.by_ref {
                    let var = self.b.declare_var(PTR);
                    let p = self.b.ins().load(PTR, trusted(), ctx, off);
                    self.b.def_var(var, p);
                    Home::Ptr(var)
                } else if !self.needs_mem(l) {
                    let vars = self.declare_vars(l.ty);
                    if let CVal::Parts(vals) = self.load(ctx, off, l.ty) {
                        for (var, v) in vars.iter().zip(vals) {
                            self.b.def_var(*var, v);
                        }
                    }
                    Home::Vars(vars)
                } else {
                    let var = self.b.declare_var(PTR);
                    let p = self.b.ins().iadd_imm_s(ctx, off as i64);
                    self.b.def_var(var, p);
                    Home::Ptr(var)
                };
                self.homes[c.inner.index()] = Some(home);
            }
        }
        self.defer_entry();
    }

    /// `Stmt::Decl`: a fresh variable holding its zero value.
    pub fn decl_local(&mut self, id: LocalId) {
        let l = self.f.local(id);
        match self.homes[id.index()].clone() {
            Some(Home::Vars(vars)) => {
                let z = self.zero_parts(l.ty);
                for (var, v) in vars.iter().zip(z) {
                    self.b.def_var(*var, v);
                }
            }
            Some(Home::Slot(ss)) => {
                let a = self.b.ins().stack_addr(PTR, ss, 0);
                let size = self.cx.layout(l.ty).size;
                self.zero_mem(a, size);
            }
            Some(Home::Ptr(var)) if self.heap[id.index()] => {
                let p = self.alloc_at(l.site, l.ty);
                self.b.def_var(var, p);
            }
            Some(Home::Ptr(_)) | None => {}
        }
    }

    pub fn local_place(&mut self, id: LocalId) -> CPlace {
        match self.homes[id.index()].clone() {
            Some(Home::Vars(v)) => CPlace::Vars(v),
            Some(Home::Slot(ss)) => CPlace::Addr(self.b.ins().stack_addr(PTR, ss, 0)),
            Some(Home::Ptr(var)) => CPlace::Addr(self.b.use_var(var)),
            None => {
                let span = self.f.local(id).span;
                self.cx
                    .error(span, format!("rgo: internal error: local {id} has no home"));
                CPlace::Blank
            }
        }
    }

    /// Emits the end of a body that fell off its last statement.
    fn finish_body(&mut self) {
        if self.b.is_unreachable() {
            return;
        }
        if self.f.results.is_empty() {
            self.emit_return(Vec::new());
        } else {
            let vals: Vec<CVal> = self
                .f
                .results
                .clone()
                .iter()
                .map(|&r| {
                    let ty = self.f.local(r).ty;
                    let pl = self.local_place(r);
                    self.load_place(&pl, ty)
                })
                .collect();
            self.emit_return(vals);
        }
    }

    /// Returns `vals` (one per result) through registers and out-pointers.
    pub fn emit_return(&mut self, vals: Vec<CVal>) {
        let vals = self.defer_return(vals);
        let mut rets = Vec::new();
        let results = self.f.results.clone();
        for (i, v) in vals.into_iter().enumerate() {
            let ty = self.f.local(results[i]).ty;
            match self.out_ptrs.get(i).copied().flatten() {
                Some(out) => {
                    let size = self.cx.layout(ty).size;
                    self.copy_mem(out, v.one(), size);
                }
                None => rets.extend_from_slice(v.parts()),
            }
        }
        self.b.ins().return_(&rets);
        self.start_dead_block();
    }

    /// After a terminator: later statements go to an unreachable block.
    pub fn start_dead_block(&mut self) {
        let blk = self.b.create_block();
        self.b.switch_to_block(blk);
    }

    // ----- Values and memory -----------------------------------------------

    pub fn zero_parts(&mut self, t: TypeId) -> Vec<Value> {
        parts(self.cx, t)
            .unwrap_or_default()
            .iter()
            .map(|&(ty, _)| self.zero_of(ty))
            .collect()
    }

    pub fn zero_of(&mut self, ty: Type) -> Value {
        if ty == types::F32 {
            self.b.ins().f32const(0.0)
        } else if ty == types::F64 {
            self.b.ins().f64const(0.0)
        } else {
            self.b.ins().iconst(ty, 0)
        }
    }

    /// The zero value of `t`.
    pub fn zero_val(&mut self, t: TypeId) -> CVal {
        if parts(self.cx, t).is_some() {
            CVal::Parts(self.zero_parts(t))
        } else {
            let a = self.temp(t);
            CVal::Mem(a)
        }
    }

    pub fn new_slot(&mut self, size: u64, align: u64) -> cranelift_codegen::ir::StackSlot {
        let shift = align.max(1).trailing_zeros() as u8;
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size.max(1) as u32,
            shift,
        ))
    }

    /// A zeroed stack temporary of type `t`; returns its address.
    pub fn temp(&mut self, t: TypeId) -> Value {
        let lay = self.cx.layout(t);
        let ss = self.new_slot(lay.size, lay.align);
        let a = self.b.ins().stack_addr(PTR, ss, 0);
        self.zero_mem(a, lay.size);
        a
    }

    /// An uninitialised stack buffer of `size` bytes.
    /// Reserves the frame's `append` buffers (`ir::stackbuf::plan_appends`)
    /// and clears their `used` flags; runs in the entry block.
    fn stack_buffers(&mut self) {
        let Some(fid) = self.fid else {
            return;
        };
        let plans =
            ir::stackbuf::plan_appends(self.cx.prog, fid, self.cx.tcx, self.defer.is_some());
        for b in &plans.bufs {
            let size = self.cx.layout(b.elem).size * b.k;
            let slot = self.new_slot(size, 8);
            let used = self.b.declare_var(types::I8);
            let no = self.b.ins().iconst(types::I8, 0);
            self.b.def_var(used, no);
            if b.zero_at_entry {
                let a = self.b.ins().stack_addr(PTR, slot, 0);
                self.zero_mem(a, size);
            }
            self.append_bufs.push((slot, used));
        }
        self.append_plans = plans;
    }

    pub fn raw_temp(&mut self, size: u64, align: u64) -> Value {
        let ss = self.new_slot(size, align);
        self.b.ins().stack_addr(PTR, ss, 0)
    }

    /// Loads a value of type `t` from `addr + off` (aggregates: the address).
    pub fn load(&mut self, addr: Value, off: i32, t: TypeId) -> CVal {
        match parts(self.cx, t) {
            Some(ps) => CVal::Parts(
                ps.iter()
                    .map(|&(ty, o)| self.b.ins().load(ty, mem(), addr, off + o as i32))
                    .collect(),
            ),
            None => {
                if off == 0 {
                    CVal::Mem(addr)
                } else {
                    CVal::Mem(self.b.ins().iadd_imm_s(addr, off as i64))
                }
            }
        }
    }

    /// Stores `v` (of type `t`) at `addr + off`.
    pub fn store(&mut self, addr: Value, off: i32, t: TypeId, v: &CVal) {
        if crate::types::layout::has_pointers(self.tcx(), t) {
            let size = self.cx.layout(t).size;
            self.write_barrier_const(addr, off, size);
        }
        match (parts(self.cx, t), v) {
            (Some(ps), CVal::Parts(vals)) => {
                for (&(_, o), &val) in ps.iter().zip(vals) {
                    self.b.ins().store(mem(), val, addr, off + o as i32);
                }
            }
            (None, CVal::Mem(src)) => {
                let dst = if off == 0 {
                    addr
                } else {
                    self.b.ins().iadd_imm_s(addr, off as i64)
                };
                let size = self.cx.layout(t).size;
                self.copy_mem(dst, *src, size);
            }
            _ => self.cx.error(
                self.f.span,
                "rgo: internal error: value shape mismatch in store",
            ),
        }
    }

    /// The write barrier before storing `size` bytes that may hold pointers
    /// at `addr + off` (see `write_barrier`).
    pub fn write_barrier_const(&mut self, addr: Value, off: i32, size: u64) {
        if size == 0 || self.is_stack_addr(addr) {
            return;
        }
        let dst = if off == 0 {
            addr
        } else {
            self.b.ins().iadd_imm_s(addr, off as i64)
        };
        let n = self.b.ins().iconst(PTR, size as i64);
        self.write_barrier(dst, n);
    }

    /// The write barrier (Yuasa-style, deletion; the collector marks a
    /// snapshot of the heap taken when its cycle starts): *before*
    /// overwriting memory that may hold pointers in `[dst, dst+n)`, with a
    /// value of any kind (nil and zero too), and while the collector marks,
    /// the runtime shades the pointers about to be overwritten. Fast path:
    /// one byte load of `rgo_gc_marking` and a branch; slow path
    /// `rt_gcwb(dst, n)` in a cold block. Stores into the frame's own stack
    /// slots need none (stacks are roots, shaded when a cycle starts).
    /// Contract: "Snapshot at the beginning" in `runtime/src/gc/mod.rs`.
    pub fn write_barrier(&mut self, dst: Value, n: Value) {
        if self.is_stack_addr(dst) {
            return;
        }
        let flag = self.cx.gc_marking_flag();
        let fa = self.data_addr(flag);
        let on = self.b.ins().load(types::I8, trusted(), fa, 0);
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.ins().brif(on, slow, &[], join, &[]);
        self.b.switch_to_block(slow);
        self.call_rt(&rt::GCWB, &[dst, n]);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// Whether `v` is the address of one of this frame's stack slots.
    fn is_stack_addr(&self, v: Value) -> bool {
        match self.b.func.dfg.value_def(v) {
            cranelift_codegen::ir::ValueDef::Result(inst, _) => {
                self.b.func.dfg.insts[inst].opcode() == cranelift_codegen::ir::Opcode::StackAddr
            }
            _ => false,
        }
    }

    pub fn load_place(&mut self, p: &CPlace, t: TypeId) -> CVal {
        match p {
            CPlace::Vars(vars) => CVal::Parts(vars.iter().map(|&v| self.b.use_var(v)).collect()),
            CPlace::Addr(a) => self.load(*a, 0, t),
            CPlace::Blank => self.zero_val(t),
            CPlace::MapEntry { map_ty, m, key, .. } => self.map_load(*map_ty, *m, key),
        }
    }

    pub fn store_place(&mut self, p: &CPlace, t: TypeId, v: &CVal) {
        match p {
            CPlace::Vars(vars) => {
                for (&var, &val) in vars.iter().zip(v.parts()) {
                    self.b.def_var(var, val);
                }
            }
            CPlace::Addr(a) => self.store(*a, 0, t, v),
            CPlace::Blank => {}
            CPlace::MapEntry {
                map_ty,
                m,
                key,
                span,
            } => self.map_store(*map_ty, *m, key, v, *span),
        }
    }

    /// A copy of an aggregate value in a fresh temporary (for parallel
    /// assignment, where a right-hand side may alias a left-hand side).
    pub fn snapshot(&mut self, t: TypeId, v: CVal) -> CVal {
        match v {
            CVal::Mem(src) => {
                let lay = self.cx.layout(t);
                let dst = self.raw_temp(lay.size, lay.align);
                self.copy_mem(dst, src, lay.size);
                CVal::Mem(dst)
            }
            p => p,
        }
    }

    /// Copies `size` bytes (non-overlapping or identical ranges).
    pub fn copy_mem(&mut self, dst: Value, src: Value, size: u64) {
        if size == 0 {
            return;
        }
        if size <= 64 {
            let mut off = 0u64;
            while off < size {
                let rem = size - off;
                let ty = if rem >= 8 {
                    types::I64
                } else if rem >= 4 {
                    types::I32
                } else if rem >= 2 {
                    types::I16
                } else {
                    types::I8
                };
                let v = self.b.ins().load(ty, mem(), src, off as i32);
                self.b.ins().store(mem(), v, dst, off as i32);
                off += ty.bytes() as u64;
            }
        } else {
            let n = self.b.ins().iconst(PTR, size as i64);
            self.call_rt(&rt::MEMMOVE, &[dst, src, n]);
        }
    }

    pub fn zero_mem(&mut self, dst: Value, size: u64) {
        if size == 0 {
            return;
        }
        if size <= 64 {
            let z = self.b.ins().iconst(types::I64, 0);
            let mut off = 0u64;
            while off < size {
                let rem = size - off;
                let (ty, n) = if rem >= 8 {
                    (types::I64, 8)
                } else if rem >= 4 {
                    (types::I32, 4)
                } else if rem >= 2 {
                    (types::I16, 2)
                } else {
                    (types::I8, 1)
                };
                let v = if ty == types::I64 {
                    z
                } else {
                    self.b.ins().ireduce(ty, z)
                };
                self.b.ins().store(mem(), v, dst, off as i32);
                off += n;
            }
        } else {
            let c = self.b.ins().iconst(types::I32, 0);
            let n = self.b.ins().iconst(PTR, size as i64);
            self.call_rt(&rt::MEMSET, &[dst, c, n]);
        }
    }

    // ----- Symbols and calls -------------------------------------------------

    pub fn func_ref(&mut self, id: ClifFuncId) -> FuncRef {
        if let Some(&r) = self.func_refs.get(&id) {
            return r;
        }
        let r = self.cx.module.declare_func_in_func(id, self.b.func);
        self.func_refs.insert(id, r);
        r
    }

    pub fn data_addr(&mut self, id: DataId) -> Value {
        let gv = match self.data_refs.get(&id) {
            Some(&g) => g,
            None => {
                let g = self.cx.module.declare_data_in_func(id, self.b.func);
                self.data_refs.insert(id, g);
                g
            }
        };
        self.b.ins().symbol_value(PTR, gv)
    }

    pub fn func_addr(&mut self, id: ClifFuncId) -> Value {
        let r = self.func_ref(id);
        self.b.ins().func_addr(PTR, r)
    }

    /// Calls a runtime entry point; noreturn ones end the block.
    pub fn call_rt(&mut self, f: &rt::RtFn, args: &[Value]) -> Vec<Value> {
        let id = self.cx.rt_func(f);
        let r = self.func_ref(id);
        let mark = match self.cur_site {
            Some(key) if super::sites::allocates(f) => {
                let i = self.cx.site_index(key);
                self.store_site(i);
                true
            }
            _ => false,
        };
        let inst = self.b.ins().call(r, args);
        let res = self.b.inst_results(inst).to_vec();
        if mark {
            self.store_site(0);
        }
        if f.noreturn {
            self.b.ins().trap(TrapCode::unwrap_user(1));
            self.start_dead_block();
        }
        res
    }

    /// Branches to a cold block that calls `f(args)` when `cond` is true.
    pub fn panic_if(&mut self, cond: Value, f: &rt::RtFn, args: &[Value]) {
        let fail = self.b.create_block();
        let ok = self.b.create_block();
        self.b.set_cold_block(fail);
        self.b.ins().brif(cond, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        let id = self.cx.rt_func(f);
        let r = self.func_ref(id);
        self.b.ins().call(r, args);
        self.b.ins().trap(TrapCode::unwrap_user(1));
        self.b.switch_to_block(ok);
    }

    /// Explicit nil check for accesses the SIGSEGV handler cannot catch
    /// (offsets of 4096 and more).
    pub fn nil_check_large(&mut self, p: Value, size: u64) {
        if size >= 4096 {
            let c = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
            self.panic_if(c, &rt::PANICNILDEREF, &[]);
        }
    }

    /// `rt_newobject(type:T)`.
    pub fn new_object(&mut self, t: TypeId) -> Value {
        let td = data::type_desc(self.cx, t);
        let tdv = self.data_addr(td);
        self.call_rt(&rt::NEWOBJECT, &[tdv])[0]
    }

    /// Memory for one value of type `t` at an allocation site: a zeroed
    /// stack temporary when the site is on the stack, a heap object otherwise.
    pub fn alloc_at(&mut self, site: Option<ir::AllocSiteId>, t: TypeId) -> Value {
        let heap = site.is_none_or(|s| self.cx.prog.site(s).placement == Placement::Heap);
        if heap {
            let saved = self.cur_site;
            if let Some(s) = site {
                self.cur_site = Some(super::sites::SiteKey::Site(s));
            }
            let p = self.new_object(t);
            self.cur_site = saved;
            p
        } else {
            self.temp(t)
        }
    }

    /// Calls a Go function directly with already-evaluated arguments.
    pub fn call_go_direct(&mut self, f: ir::FuncId, args: Vec<CVal>) -> Vec<CVal> {
        let func = self.cx.prog.func(f);
        if let (Some(sym), None) = (&func.runtime_symbol, &func.body) {
            if let Some(res) = super::intrinsics::expand(self, sym, &args) {
                return res;
            }
        }
        let (ptys, rtys) = abi::func_param_types(func);
        let id = self.cx.func_id(f);
        let r = self.func_ref(id);
        if func.runtime_symbol.is_some() && func.body.is_none() {
            let mut outs = Vec::new();
            let mut flat = Vec::new();
            for &rt_ in &rtys {
                if parts(self.cx, rt_).is_none() {
                    let a = self.temp(rt_);
                    outs.push(a);
                    flat.push(a);
                }
            }
            for (a, &t) in args.iter().zip(&ptys) {
                let a = self.pass_arg(t, a);
                flat.extend(a);
            }
            let inst = self.b.ins().call(r, &flat);
            let rets = self.b.inst_results(inst).to_vec();
            return self.collect_results(&rtys, &rets, &outs);
        }
        let ctx = self.b.ins().iconst(PTR, 0);
        self.emit_go_call(CallTarget::Direct(r), ctx, &ptys, &rtys, args, false)
    }

    /// Flattens one argument: an aggregate is passed as a pointer to a copy.
    pub fn pass_arg(&mut self, t: TypeId, v: &CVal) -> Vec<Value> {
        match v {
            CVal::Parts(p) => p.clone(),
            CVal::Mem(src) => {
                let lay = self.cx.layout(t);
                let dst = self.raw_temp(lay.size, lay.align);
                self.copy_mem(dst, *src, lay.size);
                vec![dst]
            }
        }
    }

    fn collect_results(&mut self, rtys: &[TypeId], rets: &[Value], outs: &[Value]) -> Vec<CVal> {
        let mut res = Vec::new();
        let (mut ri, mut oi) = (0, 0);
        for &t in rtys {
            match parts(self.cx, t) {
                Some(ps) => {
                    res.push(CVal::Parts(rets[ri..ri + ps.len()].to_vec()));
                    ri += ps.len();
                }
                None => {
                    res.push(CVal::Mem(outs[oi]));
                    oi += 1;
                }
            }
        }
        res
    }

    /// A call with the Go convention: context, out-pointers, arguments.
    /// With `recv_word`, `args[0]` is already an interface data word.
    pub fn emit_go_call(
        &mut self,
        target: CallTarget,
        ctx: Value,
        ptys: &[TypeId],
        rtys: &[TypeId],
        args: Vec<CVal>,
        recv_word: bool,
    ) -> Vec<CVal> {
        let mut flat = vec![ctx];
        let mut outs = Vec::new();
        for &t in rtys {
            if parts(self.cx, t).is_none() {
                let lay = self.cx.layout(t);
                let a = self.raw_temp(lay.size, lay.align);
                outs.push(a);
                flat.push(a);
            }
        }
        for (i, (a, &t)) in args.iter().zip(ptys).enumerate() {
            if i == 0 && recv_word {
                flat.push(a.one());
            } else {
                let v = self.pass_arg(t, a);
                flat.extend(v);
            }
        }
        let inst = match target {
            CallTarget::Direct(r) => self.b.ins().call(r, &flat),
            CallTarget::Indirect(code) => {
                let sig = abi::go_sig(self.cx, ptys, rtys, recv_word).sig;
                let sr = self.b.import_signature(sig);
                self.b.ins().call_indirect(sr, code, &flat)
            }
        };
        let rets = self.b.inst_results(inst).to_vec();
        self.collect_results(rtys, &rets, &outs)
    }

    /// `brif` helper with no block arguments.
    pub fn br(&mut self, c: Value, then: Block, els: Block) {
        self.b.ins().brif(c, then, &[], els, &[]);
    }

    pub fn jump(&mut self, to: Block, args: &[Value]) {
        let a: Vec<BlockArg> = args.iter().map(|&v| BlockArg::Value(v)).collect();
        self.b.ins().jump(to, &a);
    }

    /// Reports an unsupported construct and yields a zero value so that
    /// code generation can go on and report more.
    pub fn unsupported(&mut self, span: Span, what: &str, t: Option<TypeId>) -> CVal {
        self.cx
            .error(span, format!("rgo: not yet supported: {what}"));
        match t {
            Some(t) if !matches!(self.tcx().ty(t), crate::types::Type::Tuple(_)) => {
                self.zero_val(t)
            }
            _ => CVal::Parts(Vec::new()),
        }
    }
}

/// What a Go-convention call calls.
pub(crate) enum CallTarget {
    Direct(FuncRef),
    Indirect(Value),
}
