//! The code generator: IR → Cranelift IR → one ELF object.
//!
//! `build_object` lowers the checked packages (`ir::lower`), runs escape
//! analysis, and compiles every `ir::Func` with Cranelift into a single
//! `ObjectModule` (x86-64 Linux, PIC). The driver links that object with
//! `librgo_runtime.a`; the runtime's C `main` calls `rgo_main`, which runs
//! every `Program::inits` function in order and then `main.main`.
//!
//! **Values** (like cg_clif's `CValue`/`CPlace`). A *scalar-shaped* Go value
//! is a short list of Cranelift values (`CVal::Parts`): integers, bools (an
//! `i8` holding 0 or 1), floats and pointer-like words are one value; a string
//! is `(ptr, len)`, a slice `(ptr, len, cap)`, an interface `(type-or-itab,
//! data)`. Structs and arrays always live in memory: their value is an address
//! (`CVal::Mem`), and assigning one copies bytes. `types::layout::abi_parts`
//! is the single definition of the flattening.
//!
//! **Variables.** A scalar local whose address is never taken is a set of
//! Cranelift `Variable`s (SSA form via cranelift-frontend). Any other local
//! needs memory: a zeroed stack slot when its `Local::site` is `None` or
//! placed on the stack, or a fresh `rt_newobject` cell at every execution of
//! its `Stmt::Decl` when escape analysis put it on the heap (which gives Go
//! 1.22's per-iteration loop variables for free).
//!
//! **Calling convention** (Go → Go, System V underneath): parameter 0 is the
//! closure context; then one out-pointer per struct/array result; then every
//! parameter flattened, a struct/array passed as a pointer to a copy the
//! caller made (the callee owns it). Scalar results come back as multiple
//! return values. A func value points at a closure object whose word 0 is the
//! code pointer; calling it passes the object as the context. Body-less
//! functions bound to the runtime (`Func::runtime_symbol`) are called with the
//! plain C ABI and no context.
//!
//! **Interfaces** hold `(*TypeDesc, data)` or `(*Itab, data)`; the data word is
//! the value itself for pointer-shaped types (`is_direct_iface`) and points at
//! a boxed copy otherwise. Type descriptors, itabs, string constants and the
//! static closures of top-level functions are read-only data emitted on
//! demand (`data.rs`), with gc's symbol names (`type:main.T`).
//!
//! **Checks** follow gc: bounds (`rt_panicbounds` with gc's error codes),
//! division by zero, negative shift counts, and nil dereference, which relies
//! on the runtime's SIGSEGV handler for offsets below 4096 and gets an
//! explicit check otherwise.
//!
//! **Defer** (`defer.rs`): a function containing `defer` keeps a frame
//! record, calls `rgo_setjmp` at entry and has a recovery block reached by
//! the runtime's long jump after a recovered panic; its results live in
//! memory. `ir::defer::wrap_defers` has turned every deferred call into a
//! `func()` closure first.
//!
//! Code map: `abi.rs` (Go signatures → Cranelift), `rt.rs` (the runtime entry
//! points), `func.rs` (`FunctionCx`: locals, memory, checks), `expr.rs`,
//! `stmt.rs`, `call.rs` (calls and builtins), `defer.rs` (defer, recover),
//! `map.rs` (maps over the runtime hash table), `chan.rs` (`go`, channels,
//! `select` over the runtime's scheduler), `data.rs` (read-only data and
//! synthetic functions: itab wrappers, equality), `symtab.rs` (the
//! PC-to-line table behind `runtime.Caller`), `sites.rs` (the allocation-site
//! table behind `GODEBUG=allocsites=1`), `clif_dump.rs` (`-d=clif`).

mod abi;
mod call;
mod chan;
mod clif_dump;
mod data;
mod defer;
mod expr;
mod func;
mod intrinsics;
mod map;
pub mod rt;
mod sites;
pub use sites::SiteInfo;
mod stmt;
mod symtab;
#[cfg(test)]
mod tests;

use crate::diag::Diagnostic;
use crate::driver::{LoadedPackage, OptLevel, Session};
use crate::ir;
use crate::syntax::span::{SourceMap, Span};
use crate::types::layout::{self, Layout};
use crate::types::{Info, TyCtx, TypeId};
use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::FunctionBuilderContext;
use cranelift_module::{DataId, FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use std::collections::HashMap;

/// Everything the back end needs from the driver.
pub struct BuildInput<'a, 'b> {
    pub sess: &'b Session,
    pub sm: &'b SourceMap,
    pub tcx: &'b TyCtx,
    pub info: &'b Info,
    pub packages: &'b [LoadedPackage<'a>],
}

/// The object file and the notes (`-m` lines) of a build.
pub struct BuildOutput {
    pub object: Vec<u8>,
    pub notes: Vec<Diagnostic>,
}

/// Options of the code generator proper (what `Session` decides for it).
#[derive(Clone, Copy, Debug, Default)]
pub struct CodegenOptions {
    pub opt_none: bool,
    pub dump_clif: bool,
}

/// A failed build: the errors, and the `-m` notes escape analysis had
/// already made (gc prints its notes before any back-end error).
pub struct BuildFailure {
    pub notes: Vec<Diagnostic>,
    pub errors: Vec<Diagnostic>,
}

/// Lowers, analyses and compiles the whole program into one object.
pub fn build_object(input: &BuildInput<'_, '_>) -> Result<BuildOutput, BuildFailure> {
    let mut program =
        crate::ir::lower::lower_program(input.tcx, input.info, input.sm, input.packages).map_err(
            |errors| BuildFailure {
                notes: Vec::new(),
                errors,
            },
        )?;
    let sess = input.sess;
    let eopts = crate::escape::EscapeOptions {
        m_level: sess.m_level,
        noescape: sess.noescape,
    };
    let analysis = crate::escape::run(&mut program, input.tcx, input.sm, &eopts, sess.dumps.escape);
    print!("{}", analysis.dump);
    let notes = analysis.notes;
    if !sess.noescape {
        crate::ir::stackbuf::move_to_heap_pass(&mut program, input.tcx, &analysis.param_leaks);
    }
    crate::ir::defer::wrap_defers(&mut program, input.tcx);
    if sess.dumps.ir {
        print!("{}", crate::ir::print::dump_program(&program, input.tcx));
    }
    let opts = CodegenOptions {
        opt_none: sess.opt == OptLevel::None,
        dump_clif: sess.dumps.clif,
    };
    let std_files = input
        .packages
        .iter()
        .filter(|p| p.is_std)
        .flat_map(|p| p.files.iter().map(|f| (f.span.file, p.path.clone())))
        .collect();
    let site_info = SiteInfo {
        reasons: analysis.site_reasons,
        std_files,
        noescape: sess.noescape,
    };
    match compile_program(&program, input.tcx, Some(input.sm), site_info, &opts) {
        Ok(object) => Ok(BuildOutput { object, notes }),
        Err(errors) => Err(BuildFailure { notes, errors }),
    }
}

/// Compiles a lowered (and escape-analysed) program into an ELF object.
pub fn compile_program<'p>(
    prog: &'p ir::Program,
    tcx: &'p TyCtx,
    sm: Option<&'p SourceMap>,
    site_info: SiteInfo,
    opts: &CodegenOptions,
) -> Result<Vec<u8>, Vec<Diagnostic>> {
    let module = make_module(opts)
        .map_err(|e| vec![Diagnostic::error(Span::default(), format!("rgo: {e}"))])?;
    let mut cx = Cx::new(prog, tcx, module, opts);
    cx.sm = sm;
    cx.sites.info = site_info;
    let mut ctx = cx.module.make_context();
    let mut fbc = FunctionBuilderContext::new();
    for (i, f) in prog.funcs.iter().enumerate() {
        if f.body.is_none() {
            continue;
        }
        crate::driver::set_current_function(Some(&f.name));
        let id = cx.func_id(ir::FuncId(i as u32));
        if prog
            .defer_wrappers
            .binary_search(&ir::FuncId(i as u32))
            .is_ok()
        {
            cx.recover_wrappers.insert(id);
        }
        func::compile_func(&mut cx, &mut ctx, &mut fbc, f, id, ir::FuncId(i as u32));
    }
    func::compile_entry(&mut cx, &mut ctx, &mut fbc);
    data::drain(&mut cx, &mut ctx, &mut fbc);
    defer::define_wrapper_table(&mut cx);
    symtab::define_functab(&mut cx);
    sites::define_sitetab(&mut cx);
    crate::driver::set_current_function(None);
    if !cx.errors.is_empty() {
        return Err(cx.errors);
    }
    if opts.dump_clif {
        print!("{}", cx.clif_out);
    }
    let product = cx.module.finish();
    product.emit().map_err(|e| {
        vec![Diagnostic::error(
            Span::default(),
            format!("rgo: writing object: {e}"),
        )]
    })
}

fn make_module(opts: &CodegenOptions) -> Result<ObjectModule, String> {
    let mut flags = settings::builder();
    let set = |b: &mut settings::Builder, k: &str, v: &str| {
        b.set(k, v).map_err(|e| format!("setting {k}: {e}"))
    };
    set(&mut flags, "is_pic", "true")?;
    set(&mut flags, "enable_multi_ret_implicit_sret", "true")?;
    set(
        &mut flags,
        "opt_level",
        if opts.opt_none { "none" } else { "speed" },
    )?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    let isa = cranelift_codegen::isa::lookup_by_name("x86_64-unknown-linux-gnu")
        .map_err(|e| e.to_string())?
        .finish(settings::Flags::new(flags))
        .map_err(|e| e.to_string())?;
    let builder = ObjectBuilder::new(isa, "go", cranelift_module::default_libcall_names())
        .map_err(|e| e.to_string())?;
    Ok(ObjectModule::new(builder))
}

/// Module-wide state: declarations made so far and data still to emit.
pub(crate) struct Cx<'p> {
    pub prog: &'p ir::Program,
    pub tcx: &'p TyCtx,
    pub module: ObjectModule,
    pub opts: CodegenOptions,
    pub errors: Vec<Diagnostic>,
    pub clif_out: String,
    funcs: Vec<Option<ClifFuncId>>,
    rt_funcs: HashMap<&'static str, ClifFuncId>,
    pub(crate) globals: Vec<Option<DataId>>,
    pub(crate) strings: HashMap<Vec<u8>, DataId>,
    pub(crate) data: data::DataState,
    /// Methods by link symbol (`main.T.M`, `main.(*T).M`), for itabs.
    pub(crate) by_name: HashMap<&'p str, ir::FuncId>,
    layouts: std::cell::RefCell<HashMap<TypeId, Layout>>,
    /// Functions `recover` looks through (`defer.rs`): defer wrappers, itab
    /// wrappers and method-value code, like gc's `WRAPPER` functions.
    pub(crate) recover_wrappers: std::collections::HashSet<ClifFuncId>,
    /// Code sizes of the `recover_wrappers` compiled so far.
    pub(crate) wrapper_code: Vec<(ClifFuncId, u32)>,
    /// The `rgo_wrappers` table `rgo_main` registers (`defer.rs`).
    pub(crate) wrapper_table: Option<DataId>,
    /// The sources, for the PC-to-line table (`symtab.rs`); `None` in unit
    /// tests that build IR by hand.
    pub(crate) sm: Option<&'p SourceMap>,
    /// Every compiled function's code range and lines (`symtab.rs`).
    pub(crate) functab: Vec<symtab::FuncInfo>,
    /// The function table `rgo_main` registers (`symtab.rs`).
    pub(crate) functab_id: Option<DataId>,
    /// The allocation-site table (`sites.rs`).
    pub(crate) sites: sites::SiteTable,
    /// The runtime's `rgo_gc_marking` flag (the write barrier's fast path).
    pub(crate) gc_marking: Option<DataId>,
}

impl<'p> Cx<'p> {
    fn new(
        prog: &'p ir::Program,
        tcx: &'p TyCtx,
        module: ObjectModule,
        opts: &CodegenOptions,
    ) -> Cx<'p> {
        Cx {
            prog,
            tcx,
            module,
            opts: *opts,
            errors: Vec::new(),
            clif_out: String::new(),
            funcs: vec![None; prog.funcs.len()],
            rt_funcs: HashMap::new(),
            gc_marking: None,
            globals: vec![None; prog.globals.len()],
            strings: HashMap::new(),
            data: data::DataState::default(),
            by_name: prog
                .funcs
                .iter()
                .enumerate()
                .map(|(i, f)| (f.name.as_str(), ir::FuncId(i as u32)))
                .collect(),
            layouts: Default::default(),
            recover_wrappers: Default::default(),
            wrapper_code: Vec::new(),
            wrapper_table: None,
            sm: None,
            functab: Vec::new(),
            functab_id: None,
            sites: Default::default(),
        }
    }

    pub fn layout(&self, t: TypeId) -> Layout {
        if let Some(l) = self.layouts.borrow().get(&t) {
            return *l;
        }
        let l = layout::layout(self.tcx, t);
        self.layouts.borrow_mut().insert(t, l);
        l
    }

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.errors.push(Diagnostic::error(span, msg));
    }

    /// The Cranelift declaration of a Go function (its body defined later,
    /// or bound to a runtime symbol with the C ABI).
    pub fn func_id(&mut self, f: ir::FuncId) -> ClifFuncId {
        if let Some(id) = self.funcs[f.index()] {
            return id;
        }
        let func = self.prog.func(f);
        let (name, sig, linkage) = match &func.runtime_symbol {
            Some(sym) if func.body.is_none() => (
                sym.clone(),
                abi::c_sig_for_func(self, func),
                Linkage::Import,
            ),
            _ => (
                func.name.clone(),
                abi::go_sig_for_func(self, func),
                Linkage::Local,
            ),
        };
        let id = self.declare_fn(&name, linkage, &sig);
        self.funcs[f.index()] = Some(id);
        id
    }

    /// Declares a function, reporting (not panicking on) incompatible
    /// redeclarations.
    pub fn declare_fn(&mut self, name: &str, linkage: Linkage, sig: &Signature) -> ClifFuncId {
        match self.module.declare_function(name, linkage, sig) {
            Ok(id) => id,
            Err(e) => {
                self.error(Span::default(), format!("rgo: declaring {name}: {e}"));
                self.module
                    .declare_anonymous_function(sig)
                    .expect("anonymous function")
            }
        }
    }

    /// The declaration of a runtime entry point.
    pub fn rt_func(&mut self, f: &rt::RtFn) -> ClifFuncId {
        if let Some(&id) = self.rt_funcs.get(f.name) {
            return id;
        }
        let mut sig = Signature::new(CallConv::SystemV);
        // C's `bool`/`int8_t` arguments are zero-extended by the caller (LLVM
        // relies on it: an `i8` with garbage above bit 7 breaks Rust's `bool`).
        let ext = |t: cranelift_codegen::ir::Type| {
            if t == types::I8 {
                AbiParam::new(t).uext()
            } else {
                AbiParam::new(t)
            }
        };
        sig.params.extend(f.params.iter().map(|&t| ext(t)));
        sig.returns.extend(f.results.iter().map(|&t| ext(t)));
        let id = self.declare_fn(f.name, Linkage::Import, &sig);
        self.rt_funcs.insert(f.name, id);
        id
    }

    /// The runtime's marking flag, read by every write barrier.
    pub fn gc_marking_flag(&mut self) -> DataId {
        if let Some(id) = self.gc_marking {
            return id;
        }
        let id = self
            .module
            .declare_data(rt::GC_MARKING_SYMBOL, Linkage::Import, true, false)
            .expect("declaring the runtime's marking flag");
        self.gc_marking = Some(id);
        id
    }

    /// The data object of a package-level variable (zeroed, writable).
    pub fn global(&mut self, g: ir::GlobalId) -> DataId {
        if let Some(id) = self.globals[g.index()] {
            return id;
        }
        let gl = &self.prog.globals[g.index()];
        let lay = self.layout(gl.ty);
        let id = self
            .module
            .declare_data(&gl.name, Linkage::Local, true, false)
            .unwrap_or_else(|_| {
                self.module
                    .declare_anonymous_data(true, false)
                    .expect("anonymous data")
            });
        let mut desc = cranelift_module::DataDescription::new();
        desc.define_zeroinit(lay.size.max(1) as usize);
        desc.set_align(lay.align);
        if let Err(e) = self.module.define_data(id, &desc) {
            self.error(gl.span, format!("rgo: defining {}: {e}", gl.name));
        }
        self.globals[g.index()] = Some(id);
        id
    }
}

/// The pointer type of the target.
pub(crate) const PTR: cranelift_codegen::ir::Type = types::I64;
