//! Calls (direct, through func values, through interfaces), closures,
//! method values, and the builtins.

use super::abi::{self, parts};
use super::data;
use super::expr::Num;
use super::func::{CPlace, CVal, CallTarget, FunctionCx};
use super::rt;
use super::PTR;
use crate::ir::stackbuf::AppendBuf;
use crate::ir::{AllocSiteId, BuiltinOp, Callee, Expr, FuncId, Placement};
use crate::types::{BasicKind, Type, TypeId};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, BlockArg, InstBuilder, Value};

impl FunctionCx<'_, '_, '_> {
    pub fn call(
        &mut self,
        e: &Expr,
        callee: &Callee,
        args: &[Expr],
        _variadic: Option<AllocSiteId>,
    ) -> Vec<CVal> {
        let _ = e;
        match callee {
            Callee::Direct(f) => {
                let vals: Vec<CVal> = args.iter().map(|a| self.expr(a)).collect();
                self.call_go_direct(*f, vals)
            }
            Callee::Indirect(fv) => {
                let clo = self.expr(fv).one();
                let vals: Vec<CVal> = args.iter().map(|a| self.expr(a)).collect();
                let code = self.b.ins().load(PTR, super::func::mem(), clo, 0);
                let (ps, rs) = abi::func_type_parts(self.cx, fv.ty);
                self.emit_go_call(CallTarget::Indirect(code), clo, &ps, &rs, vals, false)
            }
            Callee::Iface { recv, index } => {
                let r = self.expr(recv);
                let (itab, data) = (r.parts()[0], r.parts()[1]);
                let vals: Vec<CVal> = args.iter().map(|a| self.expr(a)).collect();
                let sig = match self.tcx().under(recv.ty) {
                    Type::Interface(ms) => ms.get(*index).map(|m| m.sig),
                    _ => None,
                };
                let Some(sig) = sig else {
                    self.cx
                        .error(recv.span, "rgo: internal error: bad interface method index");
                    return Vec::new();
                };
                let (mut ps, rs) = abi::func_type_parts(self.cx, sig);
                ps.insert(0, self.tcx().basic(BasicKind::Uintptr));
                let off = crate::types::layout::ITAB_FUN as i32 + 8 * *index as i32;
                let code = self.b.ins().load(PTR, super::func::mem(), itab, off);
                let mut all = vec![CVal::Parts(vec![data])];
                all.extend(vals);
                let ctx = self.b.ins().iconst(PTR, 0);
                self.emit_go_call(CallTarget::Indirect(code), ctx, &ps, &rs, all, true)
            }
        }
    }

    /// A function literal's closure object: `{code, captures...}`.
    pub fn closure(&mut self, func: FuncId, site: AllocSiteId) -> CVal {
        let f = self.cx.prog.func(func);
        let (offs, size) = data::closure_layout(self.cx, f);
        let obj = self.alloc_raw(Some(site), size);
        let code_id = self.cx.func_id(func);
        let code = self.func_addr(code_id);
        self.b.ins().store(super::func::trusted(), code, obj, 0);
        if let Some(ci) = &f.closure {
            for (c, off) in ci.captures.iter().zip(offs) {
                let t = f.local(c.inner).ty;
                if c.by_ref {
                    match self.local_place(c.outer) {
                        CPlace::Addr(a) => {
                            self.write_barrier_const(obj, off as i32, 8);
                            self.b
                                .ins()
                                .store(super::func::trusted(), a, obj, off as i32);
                        }
                        _ => self.cx.error(
                            f.span,
                            "rgo: internal error: by-reference capture without a memory home",
                        ),
                    }
                } else {
                    let p = self.local_place(c.outer);
                    let v = self.load_place(&p, t);
                    self.store(obj, off as i32, t, &v);
                }
            }
        }
        CVal::Parts(vec![obj])
    }

    /// `x.M` as a value: a closure `{M-fm, receiver}`.
    pub fn method_value(&mut self, recv: &Expr, func: FuncId, site: AllocSiteId) -> CVal {
        let rv = self.expr(recv);
        let rl = self.cx.layout(recv.ty);
        let off = 8u64.div_ceil(rl.align.max(1)) * rl.align.max(1);
        let size = (off + rl.size).div_ceil(8) * 8;
        let obj = self.alloc_raw(Some(site), size);
        let code_id = data::method_value_code(self.cx, func);
        let code = self.func_addr(code_id);
        self.b.ins().store(super::func::trusted(), code, obj, 0);
        self.store(obj, off as i32, recv.ty, &rv);
        CVal::Parts(vec![obj])
    }

    /// `size` zeroed bytes at a site (closure objects have no Go type: their
    /// descriptor marks every word as a possible pointer).
    fn alloc_raw(&mut self, site: Option<AllocSiteId>, size: u64) -> Value {
        let heap = site.is_none_or(|s| self.cx.prog.site(s).placement == Placement::Heap);
        if heap {
            let td = data::synthetic_desc(self.cx, size);
            let tdv = self.data_addr(td);
            let n = self.b.ins().iconst(PTR, size as i64);
            let one = self.b.ins().iconst(types::I8, 1);
            self.call_rt(&rt::MALLOCGC, &[n, tdv, one])[0]
        } else {
            let a = self.raw_temp(size, 8);
            self.zero_mem(a, size);
            a
        }
    }

    pub fn builtin(
        &mut self,
        e: &Expr,
        op: BuiltinOp,
        args: &[Expr],
        site: Option<AllocSiteId>,
    ) -> CVal {
        let _ = site;
        match op {
            BuiltinOp::Len | BuiltinOp::Cap => {
                let x = &args[0];
                let n = match self.tcx().under(x.ty).clone() {
                    Type::Array(_, n) => Some(n),
                    Type::Pointer(a) => match self.tcx().under(a) {
                        Type::Array(_, n) => Some(*n),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(n) = n {
                    return CVal::Parts(vec![self.b.ins().iconst(types::I64, n as i64)]);
                }
                if matches!(self.tcx().under(x.ty), Type::Map(..)) {
                    let m = self.expr(x).one();
                    return CVal::Parts(vec![self.map_len(m)]);
                }
                if matches!(self.tcx().under(x.ty), Type::Chan(..)) {
                    let c = self.expr(x).one();
                    return CVal::Parts(vec![self.chan_len_cap(c, op == BuiltinOp::Cap)]);
                }
                let v = self.expr(x);
                let i = if op == BuiltinOp::Len { 1 } else { 2 };
                CVal::Parts(vec![v.parts()[i]])
            }
            BuiltinOp::UnsafeAdd => {
                let p = self.expr(&args[0]).one();
                let n = self.expr(&args[1]).one();
                CVal::Parts(vec![self.b.ins().iadd(p, n)])
            }
            BuiltinOp::UnsafeMake => {
                let p = self.expr(&args[0]).one();
                let n = self.expr(&args[1]).one();
                if matches!(self.tcx().under(e.ty), Type::Slice(_)) {
                    CVal::Parts(vec![p, n, n])
                } else {
                    CVal::Parts(vec![p, n])
                }
            }
            BuiltinOp::UnsafeData => {
                let v = self.expr(&args[0]);
                CVal::Parts(vec![v.parts()[0]])
            }
            BuiltinOp::Append => self.append(e, args, site),
            BuiltinOp::MoveToHeap(keep_cap) => self.move_to_heap(&args[0], keep_cap),
            BuiltinOp::Copy => {
                let d = self.expr(&args[0]).parts().to_vec();
                let s = self.expr(&args[1]).parts().to_vec();
                let n = self.b.ins().smin(d[1], s[1]);
                let es = self.cx.layout(self.slice_elem(args[0].ty)).size;
                let bytes = self.b.ins().imul_imm_s(n, es as i64);
                let elem = self.slice_elem(args[0].ty);
                if crate::types::layout::has_pointers(self.tcx(), elem) {
                    self.write_barrier(d[0], bytes);
                }
                self.call_rt(&rt::MEMMOVE, &[d[0], s[0], bytes]);
                CVal::Parts(vec![n])
            }
            BuiltinOp::Print | BuiltinOp::Println => {
                let ln = op == BuiltinOp::Println;
                for (i, a) in args.iter().enumerate() {
                    if ln && i > 0 {
                        self.call_rt(&rt::PRINTSP, &[]);
                    }
                    let v = self.expr(a);
                    self.print_one(a.ty, &v);
                }
                if ln {
                    self.call_rt(&rt::PRINTNL, &[]);
                }
                CVal::Parts(Vec::new())
            }
            BuiltinOp::Panic => {
                let v = self.expr(&args[0]);
                let p = v.parts().to_vec();
                let t = self.iface_dyn_type(args[0].ty, p[0]);
                self.call_rt(&rt::GOPANIC, &[t, p[1]]);
                CVal::Parts(Vec::new())
            }
            BuiltinOp::DeferRangeFunc => match &self.defer {
                Some(st) => {
                    let slot = st.frame_slot();
                    CVal::Parts(vec![self.b.ins().stack_addr(PTR, slot, 0)])
                }
                None => {
                    self.cx.error(
                        e.span,
                        "rgo: internal error: range defer without a frame record",
                    );
                    CVal::Parts(vec![self.b.ins().iconst(PTR, 0)])
                }
            },
            BuiltinOp::PanicRangeState => {
                let v = self.expr(&args[0]).parts().to_vec();
                self.call_rt(&rt::PANICRANGESTATE, &[v[0]]);
                CVal::Parts(Vec::new())
            }
            BuiltinOp::Min | BuiltinOp::Max => {
                let mut acc = self.expr(&args[0]);
                for a in &args[1..] {
                    let v = self.expr(a);
                    acc = self.min_max(op == BuiltinOp::Min, e.ty, &acc, &v);
                }
                acc
            }
            BuiltinOp::Clear => {
                let x = &args[0];
                if !matches!(self.tcx().under(x.ty), Type::Slice(_)) {
                    self.map_clear(x);
                    return CVal::Parts(Vec::new());
                }
                let s = self.expr(x).parts().to_vec();
                let es = self.cx.layout(self.slice_elem(x.ty)).size;
                let bytes = self.b.ins().imul_imm_s(s[1], es as i64);
                let z = self.b.ins().iconst(types::I32, 0);
                if crate::types::layout::has_pointers(self.tcx(), self.slice_elem(x.ty)) {
                    self.write_barrier(s[0], bytes);
                }
                self.call_rt(&rt::MEMSET, &[s[0], z, bytes]);
                CVal::Parts(Vec::new())
            }
            BuiltinOp::Delete => {
                self.map_delete(&args[0], &args[1]);
                CVal::Parts(Vec::new())
            }
            BuiltinOp::MapIterInit => self.map_iter_init(&args[0]),
            BuiltinOp::MapIterNext => self.map_iter_next(&args[0]),
            BuiltinOp::MapIterKey => self.map_iter_entry(&args[0], false, e.ty),
            BuiltinOp::MapIterElem => self.map_iter_entry(&args[0], true, e.ty),
            BuiltinOp::Recover => self.recover(),
            BuiltinOp::Complex => {
                let re = self.expr(&args[0]).one();
                let im = self.expr(&args[1]).one();
                CVal::Parts(vec![re, im])
            }
            BuiltinOp::Real | BuiltinOp::Imag => {
                let v = self.expr(&args[0]).parts().to_vec();
                CVal::Parts(vec![v[usize::from(op == BuiltinOp::Imag)]])
            }
            BuiltinOp::Close => {
                self.close_chan(&args[0]);
                CVal::Parts(Vec::new())
            }
        }
    }

    fn print_one(&mut self, t: TypeId, v: &CVal) {
        let p = v.parts().to_vec();
        match self.tcx().under(t).clone() {
            Type::Basic(k) => match k {
                BasicKind::Bool | BasicKind::UntypedBool => {
                    self.call_rt(&rt::PRINTBOOL, &p);
                }
                BasicKind::String | BasicKind::UntypedString => {
                    self.call_rt(&rt::PRINTSTRING, &p);
                }
                BasicKind::UnsafePointer | BasicKind::UntypedNil => {
                    self.call_rt(&rt::PRINTPOINTER, &p[..1]);
                }
                BasicKind::Complex64 => {
                    self.call_rt(&rt::PRINTCOMPLEX64, &p);
                }
                BasicKind::Complex128 | BasicKind::UntypedComplex => {
                    self.call_rt(&rt::PRINTCOMPLEX, &p);
                }
                BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat => {
                    let f = if self.b.func.dfg.value_type(p[0]) == types::F32 {
                        self.b.ins().fpromote(types::F64, p[0])
                    } else {
                        p[0]
                    };
                    self.call_rt(&rt::PRINTFLOAT, &[f]);
                }
                _ => {
                    let w = self.widen_i64(p[0], t);
                    let f = if self.num(t) == Num::Unsigned {
                        &rt::PRINTUINT
                    } else {
                        &rt::PRINTINT
                    };
                    self.call_rt(f, &[w]);
                }
            },
            Type::Slice(_) => {
                self.call_rt(&rt::PRINTSLICE, &p);
            }
            Type::Interface(ms) => {
                let f = if ms.is_empty() {
                    &rt::PRINTEFACE
                } else {
                    &rt::PRINTIFACE
                };
                self.call_rt(f, &p);
            }
            _ => {
                self.call_rt(&rt::PRINTPOINTER, &p[..1]);
            }
        }
    }

    fn min_max(&mut self, min: bool, t: TypeId, a: &CVal, b: &CVal) -> CVal {
        let (x, y) = (a.parts().to_vec(), b.parts().to_vec());
        let r = match self.num(t) {
            Num::Float => {
                if min {
                    vec![self.b.ins().fmin(x[0], y[0])]
                } else {
                    vec![self.b.ins().fmax(x[0], y[0])]
                }
            }
            Num::Signed => vec![if min {
                self.b.ins().smin(x[0], y[0])
            } else {
                self.b.ins().smax(x[0], y[0])
            }],
            Num::Unsigned => vec![if min {
                self.b.ins().umin(x[0], y[0])
            } else {
                self.b.ins().umax(x[0], y[0])
            }],
            Num::Other => {
                // Strings.
                let c = self.call_rt(&rt::CMPSTRING, &[y[0], y[1], x[0], x[1]])[0];
                let cc = if min {
                    IntCC::SignedLessThan
                } else {
                    IntCC::SignedGreaterThan
                };
                let take_y = self.b.ins().icmp_imm_s(cc, c, 0);
                vec![
                    self.b.ins().select(take_y, y[0], x[0]),
                    self.b.ins().select(take_y, y[1], x[1]),
                ]
            }
        };
        CVal::Parts(r)
    }

    /// `append(s, x...)` / `append(s, a, b, ...)`: grows through
    /// `rt_growslice` when the capacity is exceeded, then stores.
    fn append(&mut self, e: &Expr, args: &[Expr], site: Option<AllocSiteId>) -> CVal {
        let st = e.ty;
        let elem = self.slice_elem(st);
        let es = self.cx.layout(elem).size;
        let s = self.expr(&args[0]).parts().to_vec();
        let spread = args.len() == 2 && {
            let at = args[1].ty;
            let tcx = self.tcx();
            at != elem
                && (matches!(tcx.under(at), Type::Basic(BasicKind::String))
                    || (matches!(tcx.under(at), Type::Slice(_))
                        && tcx.underlying(at) == tcx.underlying(st)))
        };
        let (n, src, vals) = if spread {
            let t = self.expr(&args[1]).parts().to_vec();
            (t[1], Some(t[0]), Vec::new())
        } else {
            let vals: Vec<CVal> = args[1..]
                .iter()
                .map(|a| {
                    let v = self.expr(a);
                    self.snapshot(a.ty, v)
                })
                .collect();
            (self.b.ins().iconst(PTR, vals.len() as i64), None, vals)
        };
        if !spread && vals.is_empty() {
            return CVal::Parts(s);
        }
        let newlen = self.b.ins().iadd(s[1], n);
        let grow = self.b.ins().icmp(IntCC::UnsignedGreaterThan, newlen, s[2]);
        let (grow_b, join) = (self.b.create_block(), self.b.create_block());
        let p = self.b.append_block_param(join, PTR);
        let c = self.b.append_block_param(join, PTR);
        self.b.set_cold_block(grow_b);
        self.b.ins().brif(
            grow,
            grow_b,
            &[],
            join,
            &[BlockArg::Value(s[0]), BlockArg::Value(s[2])],
        );
        self.b.switch_to_block(grow_b);
        let plan = site.and_then(|st| self.append_plans.sites.get(&st).copied());
        if let Some(AppendBuf::First(i)) = plan {
            // gc's strategy 1: if newlen <= K && !used && oldlen == 0, the
            // slice starts in the frame's buffer with capacity K, once.
            let (slot, used) = self.append_bufs[i];
            let k = self.append_plans.bufs[i].k;
            let fits = self
                .b
                .ins()
                .icmp_imm_s(IntCC::SignedLessThanOrEqual, newlen, k as i64);
            let u = self.b.use_var(used);
            let free = self.b.ins().icmp_imm_s(IntCC::Equal, u, 0);
            let empty = self.b.ins().icmp_imm_s(IntCC::Equal, s[1], 0);
            let ok = self.b.ins().band(fits, free);
            let ok = self.b.ins().band(ok, empty);
            let (buf_b, heap_b) = (self.b.create_block(), self.b.create_block());
            self.b.set_cold_block(heap_b);
            self.b.ins().brif(ok, buf_b, &[], heap_b, &[]);
            self.b.switch_to_block(buf_b);
            let addr = self.b.ins().stack_addr(PTR, slot, 0);
            self.zero_mem(addr, k * es);
            let yes = self.b.ins().iconst(types::I8, 1);
            self.b.def_var(used, yes);
            let kv = self.b.ins().iconst(PTR, k as i64);
            self.jump(join, &[addr, kv]);
            self.b.switch_to_block(heap_b);
        }
        let out = self.raw_temp(24, 8);
        let td = data::type_desc(self.cx, elem);
        let tdv = self.data_addr(td);
        if let Some(AppendBuf::Grow(i)) = plan {
            let (slot, _) = self.append_bufs[i];
            let addr = self.b.ins().stack_addr(PTR, slot, 0);
            let kv = self.b.ins().iconst(PTR, self.append_plans.bufs[i].k as i64);
            self.call_rt(
                &rt::GROWSLICE_BUF,
                &[out, s[0], newlen, s[2], n, tdv, addr, kv],
            );
        } else {
            self.call_rt(&rt::GROWSLICE, &[out, s[0], newlen, s[2], n, tdv]);
        }
        let np = self.b.ins().load(PTR, super::func::trusted(), out, 0);
        let nc = self.b.ins().load(PTR, super::func::trusted(), out, 16);
        self.jump(join, &[np, nc]);
        self.b.switch_to_block(join);
        let off = self.b.ins().imul_imm_s(s[1], es as i64);
        let dst = self.b.ins().iadd(p, off);
        match src {
            Some(sp) => {
                let bytes = self.b.ins().imul_imm_s(n, es as i64);
                if crate::types::layout::has_pointers(self.tcx(), elem) {
                    self.write_barrier(dst, bytes);
                }
                self.call_rt(&rt::MEMMOVE, &[dst, sp, bytes]);
            }
            None => {
                for (i, v) in vals.iter().enumerate() {
                    self.store(dst, (i as u64 * es) as i32, elem, v);
                }
            }
        }
        let _ = parts;
        CVal::Parts(vec![p, newlen, c])
    }

    /// `MoveToHeap(s)` (gc's `move2heap`): `s` itself, unless its pointer
    /// is inside this frame (`[sp, fp + 16)`), in which case `rt_moveslice`
    /// copies it to the heap. A no-op for slices gc never backs by a buffer.
    fn move_to_heap(&mut self, x: &Expr, keep_cap: bool) -> CVal {
        let v = self.expr(x).parts().to_vec();
        if crate::ir::stackbuf::buf_elems(self.tcx(), x.ty).is_none() {
            return CVal::Parts(v);
        }
        let sp = self.b.ins().get_stack_pointer(PTR);
        let fp = self.b.ins().get_frame_pointer(PTR);
        let top = self.b.ins().iadd_imm_s(fp, 16);
        let frame = self.b.ins().isub(top, sp);
        let off = self.b.ins().isub(v[0], sp);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, off, frame);
        let (move_b, join) = (self.b.create_block(), self.b.create_block());
        for _ in 0..3 {
            self.b.append_block_param(join, PTR);
        }
        self.b.set_cold_block(move_b);
        let vals: Vec<BlockArg> = v.iter().map(|&x| BlockArg::Value(x)).collect();
        self.b.ins().brif(inside, move_b, &[], join, &vals);
        self.b.switch_to_block(move_b);
        let elem = self.slice_elem(x.ty);
        let td = data::type_desc(self.cx, elem);
        let tdv = self.data_addr(td);
        let out = self.raw_temp(24, 8);
        let kc = self.b.ins().iconst(types::I8, keep_cap as i64);
        self.call_rt(&rt::MOVESLICE, &[out, tdv, v[0], v[1], v[2], kc]);
        let parts: Vec<Value> = (0..3)
            .map(|i| self.b.ins().load(PTR, super::func::trusted(), out, 8 * i))
            .collect();
        self.jump(join, &parts);
        self.b.switch_to_block(join);
        CVal::Parts(self.b.block_params(join).to_vec())
    }
}
