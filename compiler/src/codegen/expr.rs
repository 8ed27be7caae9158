//! Expressions and places: constants, memory access with gc's checks,
//! arithmetic, comparisons, conversions, interfaces, composite literals.

use super::abi::parts;
use super::func::{CPlace, CVal, FunctionCx};
use super::rt::{self, bounds};
use super::{data, PTR};
use crate::ir::{AllocSiteId, BinOp, Expr, ExprKind, Placement, UnOp};
use crate::syntax::span::Span;
use crate::types::layout;
use crate::types::{BasicKind, ConstValue, Type, TypeId};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, BlockArg, InstBuilder, Value};

/// The numeric class of a basic type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Num {
    Signed,
    Unsigned,
    Float,
    Other,
}

/// The stack buffer gc gives a non-escaping `make([]T, n)` of variable size.
const SMALL_MAKE_BUF: u64 = 32;

impl FunctionCx<'_, '_, '_> {
    pub fn num(&self, t: TypeId) -> Num {
        use BasicKind::*;
        match self.tcx().under(t) {
            Type::Basic(k) => match k {
                Int | Int8 | Int16 | Int32 | Int64 | UntypedInt | UntypedRune => Num::Signed,
                Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr => Num::Unsigned,
                Float32 | Float64 | UntypedFloat => Num::Float,
                _ => Num::Other,
            },
            _ => Num::Other,
        }
    }

    /// The type of each part of a complex type (`F32` for `complex64`).
    pub fn complex_part(&self, t: TypeId) -> Option<cranelift_codegen::ir::Type> {
        match self.tcx().under(t) {
            Type::Basic(BasicKind::Complex64) => Some(types::F32),
            Type::Basic(BasicKind::Complex128 | BasicKind::UntypedComplex) => Some(types::F64),
            _ => None,
        }
    }

    fn is_string(&self, t: TypeId) -> bool {
        matches!(
            self.tcx().under(t),
            Type::Basic(BasicKind::String | BasicKind::UntypedString)
        )
    }

    pub fn is_empty_iface(&self, t: TypeId) -> bool {
        matches!(self.tcx().under(t), Type::Interface(ms) if ms.is_empty())
    }

    pub fn is_iface(&self, t: TypeId) -> bool {
        matches!(self.tcx().under(t), Type::Interface(_))
    }

    /// An integer value widened (or narrowed) to `i64` per its signedness.
    pub fn widen_i64(&mut self, v: Value, t: TypeId) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        if ty == types::I64 {
            v
        } else if self.num(t) == Num::Signed {
            self.b.ins().sextend(types::I64, v)
        } else {
            self.b.ins().uextend(types::I64, v)
        }
    }

    // ----- Entry points -------------------------------------------------------

    /// Evaluates an expression that may have several values (a call, a
    /// comma-ok form, `DecodeRune`).
    pub fn expr_multi(&mut self, e: &Expr) -> Vec<CVal> {
        let loc = self.at(e.span);
        let site = std::mem::replace(&mut self.cur_site, super::sites::expr_site(e));
        let v = self.expr_multi_at(e);
        self.cur_site = site;
        self.b.set_srcloc(loc);
        v
    }

    fn expr_multi_at(&mut self, e: &Expr) -> Vec<CVal> {
        match &e.kind {
            ExprKind::Call {
                callee,
                args,
                variadic_site,
            } => self.call(e, callee, args, *variadic_site),
            ExprKind::TypeAssert { x, comma_ok: true } => self.type_assert(e, x, true),
            ExprKind::DecodeRune(s, i) => {
                let s = self.expr(s);
                let iv = self.expr(i).one();
                let k = self.widen_i64(iv, i.ty);
                let sp = s.parts().to_vec();
                let r = self.call_rt(&rt::DECODERUNE, &[sp[0], sp[1], k]);
                let rune = self.b.ins().ireduce(types::I32, r[0]);
                vec![CVal::Parts(vec![rune]), CVal::Parts(vec![r[1]])]
            }
            ExprKind::MapIndex { map, key, .. } => {
                let (v, found) = self.map_index(map, key);
                vec![v, CVal::Parts(vec![found])]
            }
            ExprKind::Recv { ch, .. } => {
                let (v, ok) = self.recv(ch);
                vec![v, CVal::Parts(vec![ok])]
            }
            ExprKind::Select { cases, block } => self.select(cases, *block),
            _ => vec![self.expr(e)],
        }
    }

    pub fn expr(&mut self, e: &Expr) -> CVal {
        let loc = self.at(e.span);
        let site = std::mem::replace(&mut self.cur_site, super::sites::expr_site(e));
        let v = self.expr_at(e);
        self.cur_site = site;
        self.b.set_srcloc(loc);
        v
    }

    fn expr_at(&mut self, e: &Expr) -> CVal {
        match &e.kind {
            ExprKind::Const(v) => self.const_val(v, e.ty),
            ExprKind::Zero => self.zero_val(e.ty),
            ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Deref(_) => {
                let p = self.place(e);
                if let (ExprKind::Deref(_), CPlace::Addr(a)) = (&e.kind, &p) {
                    let size = self.cx.layout(e.ty).size;
                    self.nil_check_large(*a, size);
                }
                self.load_place(&p, e.ty)
            }
            ExprKind::Blank => self.zero_val(e.ty),
            ExprKind::FuncRef(f) => {
                let d = data::func_closure(self.cx, *f);
                CVal::Parts(vec![self.data_addr(d)])
            }
            ExprKind::Field(x, i) => {
                let base = self.expr(x).one();
                let off = layout::field_offsets(self.tcx(), x.ty)[*i];
                self.load(base, off as i32, e.ty)
            }
            ExprKind::Index(x, i) => {
                if self.is_string(x.ty) {
                    let s = self.expr(x);
                    let (p, l) = (s.parts()[0], s.parts()[1]);
                    let iv = self.expr(i).one();
                    let iv = self.widen_i64(iv, i.ty);
                    self.bounds_check(iv, l, bounds::INDEX, i.ty);
                    let a = self.b.ins().iadd(p, iv);
                    let v = self.b.ins().load(types::I8, super::func::mem(), a, 0);
                    CVal::Parts(vec![v])
                } else {
                    let a = self.index_addr(x, i);
                    self.load(a, 0, e.ty)
                }
            }
            ExprKind::MapIndex { map, key, .. } => self.map_index(map, key).0,
            ExprKind::MapLit { entries, site } => self.map_lit(e.ty, entries, *site),
            ExprKind::AddrOf(x) => match self.place(x) {
                CPlace::Addr(a) => CVal::Parts(vec![a]),
                _ => {
                    self.cx
                        .error(e.span, "rgo: internal error: address of a non-memory place");
                    self.zero_val(e.ty)
                }
            },
            ExprKind::AddrOfLit(lit, site) => {
                let elem = self.cx.prog.site(*site).ty;
                let p = self.alloc_at(Some(*site), elem);
                self.composite_into(lit, p);
                CVal::Parts(vec![p])
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::Unary(UnOp::Neg, x) if self.complex_part(x.ty).is_some() => {
                let v = self.expr(x).parts().to_vec();
                let re = self.b.ins().fneg(v[0]);
                let im = self.b.ins().fneg(v[1]);
                CVal::Parts(vec![re, im])
            }
            ExprKind::Unary(op, x) => {
                let v = self.expr(x).one();
                let r = match op {
                    UnOp::Neg if self.num(x.ty) == Num::Float => self.b.ins().fneg(v),
                    UnOp::Neg => self.b.ins().ineg(v),
                    UnOp::Not => self.b.ins().bxor_imm_s(v, 1),
                    UnOp::Compl => self.b.ins().bnot(v),
                };
                CVal::Parts(vec![r])
            }
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, e),
            ExprKind::Convert(x) => self.convert(x, e.ty),
            ExprKind::ConvertAlloc(x, site) => self.convert_alloc(x, e.ty, *site),
            ExprKind::ToIface { x, site } => self.convert_to_iface(x, e.ty, *site),
            ExprKind::TypeAssert { x, comma_ok } => {
                let mut v = self.type_assert(e, x, *comma_ok);
                v.swap_remove(0)
            }
            ExprKind::IfaceType(x) => {
                let v = self.expr(x);
                CVal::Parts(vec![self.iface_dyn_type(x.ty, v.parts()[0])])
            }
            ExprKind::TypeDesc(t) => {
                let d = data::type_desc(self.cx, *t);
                CVal::Parts(vec![self.data_addr(d)])
            }
            ExprKind::Call { .. } | ExprKind::DecodeRune(..) => {
                let mut v = self.expr_multi(e);
                if v.is_empty() {
                    CVal::Parts(Vec::new())
                } else {
                    v.swap_remove(0)
                }
            }
            ExprKind::Builtin { op, args, site } => self.builtin(e, *op, args, *site),
            ExprKind::New(site) => {
                let elem = self.cx.prog.site(*site).ty;
                CVal::Parts(vec![self.alloc_at(Some(*site), elem)])
            }
            ExprKind::Make { args, site } => self.make(e, args, *site),
            ExprKind::Composite { elems, site, len } => match self.tcx().under(e.ty) {
                Type::Slice(elem) => {
                    let elem = *elem;
                    self.slice_lit(elem, elems, *site, *len)
                }
                _ => {
                    let a = self.temp(e.ty);
                    self.composite_fields(e.ty, elems, a);
                    CVal::Mem(a)
                }
            },
            ExprKind::Closure { func, site } => self.closure(*func, *site),
            ExprKind::MethodValue { recv, func, site } => self.method_value(recv, *func, *site),
            ExprKind::Concat(xs, site) => self.concat(xs, *site),
            ExprKind::Recv { ch, .. } => self.recv(ch).0,
            ExprKind::Select { cases, block } => {
                let mut r = self.select(cases, *block);
                r.swap_remove(0)
            }
        }
    }

    /// The address or variables an assignment stores to (invariant I4).
    pub fn place(&mut self, e: &Expr) -> CPlace {
        match &e.kind {
            ExprKind::Local(l) => self.local_place(*l),
            ExprKind::Global(g) => {
                let d = self.cx.global(*g);
                CPlace::Addr(self.data_addr(d))
            }
            ExprKind::Deref(p) => CPlace::Addr(self.expr(p).one()),
            ExprKind::Field(x, i) => {
                let base = match self.place(x) {
                    CPlace::Addr(a) => a,
                    _ => self.expr(x).one(),
                };
                let off = layout::field_offsets(self.tcx(), x.ty)[*i];
                CPlace::Addr(self.b.ins().iadd_imm_s(base, off as i64))
            }
            ExprKind::Index(x, i) if !self.is_string(x.ty) => CPlace::Addr(self.index_addr(x, i)),
            ExprKind::Blank => CPlace::Blank,
            ExprKind::MapIndex { map, key, .. } => self.map_place(map, key),
            _ => {
                // Not a place: materialise the value (a temporary).
                let v = self.expr(e);
                match v {
                    CVal::Mem(a) => CPlace::Addr(a),
                    CVal::Parts(_) => {
                        let lay = self.cx.layout(e.ty);
                        let a = self.raw_temp(lay.size, lay.align);
                        self.store(a, 0, e.ty, &v);
                        CPlace::Addr(a)
                    }
                }
            }
        }
    }

    // ----- Constants ------------------------------------------------------------

    pub fn const_val(&mut self, v: &ConstValue, t: TypeId) -> CVal {
        let Some(ps) = parts(self.cx, t) else {
            return self.zero_val(t);
        };
        match v {
            ConstValue::Bool(b) => CVal::Parts(vec![self.b.ins().iconst(types::I8, *b as i64)]),
            ConstValue::String(s) => CVal::Parts(self.string_const(s)),
            ConstValue::Complex(re, im) if ps.len() == 2 && ps[0].0.is_float() => {
                let (re, im) = (
                    crate::types::constant::rat_to_f64(re).unwrap_or(0.0),
                    crate::types::constant::rat_to_f64(im).unwrap_or(0.0),
                );
                CVal::Parts(if ps[0].0 == types::F32 {
                    vec![
                        self.b.ins().f32const(re as f32),
                        self.b.ins().f32const(im as f32),
                    ]
                } else {
                    vec![self.b.ins().f64const(re), self.b.ins().f64const(im)]
                })
            }
            ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex(..)
                if ps.len() == 2 && ps[0].0.is_float() =>
            {
                // A real constant of complex type.
                let re = v.to_f64().unwrap_or(0.0);
                CVal::Parts(if ps[0].0 == types::F32 {
                    vec![self.b.ins().f32const(re as f32), self.b.ins().f32const(0.0)]
                } else {
                    vec![self.b.ins().f64const(re), self.b.ins().f64const(0.0)]
                })
            }
            ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex(..) => {
                let ty = ps[0].0;
                let r = if ty == types::F64 {
                    self.b.ins().f64const(v.to_f64().unwrap_or(0.0))
                } else if ty == types::F32 {
                    self.b.ins().f32const(v.to_f64().unwrap_or(0.0) as f32)
                } else {
                    let bits = v
                        .to_i64()
                        .or_else(|| v.to_u64().map(|u| u as i64))
                        .unwrap_or(0);
                    let mask = if ty.bits() == 64 {
                        -1i64
                    } else {
                        (1i64 << ty.bits()) - 1
                    };
                    self.b.ins().iconst(ty, bits & mask)
                };
                CVal::Parts(vec![r])
            }
        }
    }

    pub fn string_const(&mut self, s: &[u8]) -> Vec<Value> {
        if s.is_empty() {
            let z = self.b.ins().iconst(PTR, 0);
            return vec![z, z];
        }
        let d = data::bytes_data(self.cx, s);
        let p = self.data_addr(d);
        let l = self.b.ins().iconst(PTR, s.len() as i64);
        vec![p, l]
    }

    // ----- Indexing and slicing ---------------------------------------------------

    /// Panics with `rt_panicbounds(code, x, signed, y)` unless `x < y`
    /// (unsigned comparison, so negative indexes fail too).
    pub fn bounds_check(&mut self, x: Value, y: Value, code: u8, xty: TypeId) {
        self.bounds_check_cc(IntCC::UnsignedGreaterThanOrEqual, x, y, code, xty);
    }

    fn bounds_check_cc(&mut self, cc: IntCC, x: Value, y: Value, code: u8, xty: TypeId) {
        let c = self.b.ins().icmp(cc, x, y);
        let code_v = self.b.ins().iconst(types::I8, code as i64);
        let is_signed = (self.num(xty) == Num::Signed) as i64;
        let signed = self.b.ins().iconst(types::I8, is_signed);
        self.panic_if(c, &rt::PANICBOUNDS, &[code_v, x, signed, y]);
    }

    /// The address of `x[i]` for an array, pointer to array, or slice.
    fn index_addr(&mut self, x: &Expr, i: &Expr) -> Value {
        let (base, len, elem) = match self.tcx().under(x.ty).clone() {
            Type::Array(elem, n) => {
                let base = match self.place(x) {
                    CPlace::Addr(a) => a,
                    _ => self.expr(x).one(),
                };
                (base, self.b.ins().iconst(PTR, n as i64), elem)
            }
            Type::Pointer(a) => {
                let (elem, n) = match self.tcx().under(a) {
                    Type::Array(e, n) => (*e, *n),
                    _ => (a, 1),
                };
                let base = self.expr(x).one();
                (base, self.b.ins().iconst(PTR, n as i64), elem)
            }
            _ => {
                let s = self.expr(x);
                (s.parts()[0], s.parts()[1], self.slice_elem(x.ty))
            }
        };
        let iv = self.expr(i).one();
        let iv = self.widen_i64(iv, i.ty);
        self.bounds_check(iv, len, bounds::INDEX, i.ty);
        let es = self.cx.layout(elem).size;
        let off = self.b.ins().imul_imm_s(iv, es as i64);
        self.b.ins().iadd(base, off)
    }

    pub fn slice_elem(&self, t: TypeId) -> TypeId {
        match self.tcx().under(t) {
            Type::Slice(e) => *e,
            _ => self.tcx().basic(BasicKind::Uint8),
        }
    }

    fn slice_expr(
        &mut self,
        x: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
    ) -> CVal {
        let is_str = self.is_string(x.ty);
        // `&arr[lo:hi]`: lowering may type the `AddrOf` as `uintptr` when
        // `*[N]T` was never interned; the operand's type is the truth.
        if let ExprKind::AddrOf(inner) = &x.kind {
            if let Type::Array(e, n) = self.tcx().under(inner.ty).clone() {
                let a = self.expr(x).one();
                let n = self.b.ins().iconst(PTR, n as i64);
                let es = self.cx.layout(e).size;
                return self.finish_slice(a, n, n, es, true, false, lo, hi, max);
            }
        }
        let xty = x.ty;
        let (ptr, len, cap, es, array) = match self.tcx().under(xty).clone() {
            _ if is_str => {
                let s = self.expr(x);
                (s.parts()[0], s.parts()[1], s.parts()[1], 1, true)
            }
            Type::Slice(elem) => {
                let s = self.expr(x);
                let es = self.cx.layout(elem).size;
                (s.parts()[0], s.parts()[1], s.parts()[2], es, false)
            }
            Type::Array(elem, n) => {
                let a = match self.place(x) {
                    CPlace::Addr(a) => a,
                    _ => self.expr(x).one(),
                };
                let n = self.b.ins().iconst(PTR, n as i64);
                (a, n, n, self.cx.layout(elem).size, true)
            }
            Type::Pointer(arr) => {
                let (elem, n) = match self.tcx().under(arr) {
                    Type::Array(e, n) => (*e, *n),
                    _ => (arr, 1),
                };
                let a = self.expr(x).one();
                let n = self.b.ins().iconst(PTR, n as i64);
                (a, n, n, self.cx.layout(elem).size, true)
            }
            _ => {
                self.cx
                    .error(x.span, "rgo: internal error: slicing a non-sliceable value");
                let z = self.b.ins().iconst(PTR, 0);
                (z, z, z, 1, true)
            }
        };
        self.finish_slice(ptr, len, cap, es, array, is_str, lo, hi, max)
    }

    /// The checks and arithmetic of slicing `(ptr, len, cap)`.
    #[allow(clippy::too_many_arguments)]
    fn finish_slice(
        &mut self,
        ptr: Value,
        len: Value,
        cap: Value,
        es: u64,
        array: bool,
        is_str: bool,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
    ) -> CVal {
        let idx = |fx: &mut Self, e: Option<&Expr>| -> Option<(Value, TypeId)> {
            e.map(|e| {
                let v = fx.expr(e).one();
                (fx.widen_i64(v, e.ty), e.ty)
            })
        };
        let lo_v = idx(self, lo);
        let hi_v = idx(self, hi);
        let max_v = idx(self, max);
        let int = self.tcx().basic(BasicKind::Int);
        let (hi, newcap_end) = if let Some((m, mt)) = max_v {
            let code = if array {
                bounds::SLICE3_ALEN
            } else {
                bounds::SLICE3_ACAP
            };
            self.bounds_check_cc(IntCC::UnsignedGreaterThan, m, cap, code, mt);
            let (h, ht) = hi_v.unwrap_or((len, int));
            self.bounds_check_cc(IntCC::UnsignedGreaterThan, h, m, bounds::SLICE3_B, ht);
            if let Some((l, lt)) = lo_v {
                self.bounds_check_cc(IntCC::UnsignedGreaterThan, l, h, bounds::SLICE3_C, lt);
            }
            (h, m)
        } else {
            let h = match hi_v {
                Some((h, ht)) => {
                    let (bound, code) = if is_str || array {
                        (len, bounds::SLICE_ALEN)
                    } else {
                        (cap, bounds::SLICE_ACAP)
                    };
                    self.bounds_check_cc(IntCC::UnsignedGreaterThan, h, bound, code, ht);
                    h
                }
                None => len,
            };
            if let Some((l, lt)) = lo_v {
                self.bounds_check_cc(IntCC::UnsignedGreaterThan, l, h, bounds::SLICE_B, lt);
            }
            (h, cap)
        };
        let lo = match lo_v {
            Some((l, _)) => l,
            None => self.b.ins().iconst(PTR, 0),
        };
        let newlen = self.b.ins().isub(hi, lo);
        let newcap = self.b.ins().isub(newcap_end, lo);
        // Like gc, never point past the end: an empty result keeps `ptr`.
        let off = self.b.ins().imul_imm_s(lo, es as i64);
        let moved = self.b.ins().iadd(ptr, off);
        let empty = self
            .b
            .ins()
            .icmp_imm_s(IntCC::Equal, if is_str { newlen } else { newcap }, 0);
        let newptr = self.b.ins().select(empty, ptr, moved);
        if is_str {
            CVal::Parts(vec![newptr, newlen])
        } else {
            CVal::Parts(vec![newptr, newlen, newcap])
        }
    }

    // ----- Arithmetic and comparison --------------------------------------------

    fn binary(&mut self, op: BinOp, l: &Expr, r: &Expr, e: &Expr) -> CVal {
        match op {
            BinOp::LAnd | BinOp::LOr => {
                let a = self.expr(l).one();
                let rhs_b = self.b.create_block();
                let join = self.b.create_block();
                let res = self.b.append_block_param(join, types::I8);
                if op == BinOp::LAnd {
                    self.b
                        .ins()
                        .brif(a, rhs_b, &[], join, &[BlockArg::Value(a)]);
                } else {
                    self.b
                        .ins()
                        .brif(a, join, &[BlockArg::Value(a)], rhs_b, &[]);
                }
                self.b.switch_to_block(rhs_b);
                let bv = self.expr(r).one();
                self.jump(join, &[bv]);
                self.b.switch_to_block(join);
                return CVal::Parts(vec![res]);
            }
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                let a = self.expr(l);
                let b = self.expr(r);
                return CVal::Parts(vec![self.compare(op, l.ty, &a, &b)]);
            }
            _ => {}
        }
        let t = e.ty;
        if let Some(pt) = self.complex_part(t) {
            return self.complex_binary(op, l, r, pt);
        }
        let num = self.num(t);
        let a = self.expr(l).one();
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            let s = self.expr(r).one();
            return CVal::Parts(vec![self.shift(op, a, t, s, r.ty)]);
        }
        let const_rhs = match &r.kind {
            ExprKind::Const(c) => c.to_i64(),
            _ => None,
        };
        let b = self.expr(r).one();
        let ins = self.b.ins();
        let v = match (op, num) {
            (BinOp::Add, Num::Float) => ins.fadd(a, b),
            (BinOp::Sub, Num::Float) => ins.fsub(a, b),
            (BinOp::Mul, Num::Float) => ins.fmul(a, b),
            (BinOp::Div, Num::Float) => ins.fdiv(a, b),
            (BinOp::Add, _) => ins.iadd(a, b),
            (BinOp::Sub, _) => ins.isub(a, b),
            (BinOp::Mul, _) => ins.imul(a, b),
            (BinOp::And, _) => ins.band(a, b),
            (BinOp::Or, _) => ins.bor(a, b),
            (BinOp::Xor, _) => ins.bxor(a, b),
            (BinOp::AndNot, _) => ins.band_not(a, b),
            (BinOp::Div | BinOp::Rem, _) => {
                return CVal::Parts(vec![self.divide(op, a, b, num, const_rhs)])
            }
            _ => {
                self.cx.error(
                    e.span,
                    format!("rgo: internal error: operator {op:?} on {num:?}"),
                );
                a
            }
        };
        CVal::Parts(vec![v])
    }

    /// `+ - * /` on complex values, as gc computes them: parts added or
    /// subtracted in their own precision, products in `float64` (`complex64`
    /// parts are widened, then narrowed), quotients by the runtime's
    /// `complex128div`.
    fn complex_binary(
        &mut self,
        op: BinOp,
        l: &Expr,
        r: &Expr,
        pt: cranelift_codegen::ir::Type,
    ) -> CVal {
        let x = self.expr(l).parts().to_vec();
        let y = self.expr(r).parts().to_vec();
        let (a, b, c, d) = (x[0], x[1], y[0], y[1]);
        let wide = pt == types::F32 && matches!(op, BinOp::Mul | BinOp::Div);
        let (a, b, c, d) = if wide {
            let ins = |s: &mut Self, v| s.b.ins().fpromote(types::F64, v);
            (ins(self, a), ins(self, b), ins(self, c), ins(self, d))
        } else {
            (a, b, c, d)
        };
        let (re, im) = match op {
            BinOp::Add => (self.b.ins().fadd(a, c), self.b.ins().fadd(b, d)),
            BinOp::Sub => (self.b.ins().fsub(a, c), self.b.ins().fsub(b, d)),
            BinOp::Mul => {
                let ac = self.b.ins().fmul(a, c);
                let bd = self.b.ins().fmul(b, d);
                let ad = self.b.ins().fmul(a, d);
                let bc = self.b.ins().fmul(b, c);
                (self.b.ins().fsub(ac, bd), self.b.ins().fadd(ad, bc))
            }
            _ => {
                let q = self.call_rt(&rt::COMPLEX128DIV, &[a, b, c, d]);
                (q[0], q[1])
            }
        };
        if wide {
            let re = self.b.ins().fdemote(types::F32, re);
            let im = self.b.ins().fdemote(types::F32, im);
            return CVal::Parts(vec![re, im]);
        }
        CVal::Parts(vec![re, im])
    }

    /// Integer division and remainder with gc's checks: division by zero
    /// panics, and `MinInt / -1` wraps (x86's `idiv` would trap).
    fn divide(&mut self, op: BinOp, a: Value, b: Value, num: Num, const_rhs: Option<i64>) -> Value {
        let ty = self.b.func.dfg.value_type(b);
        if const_rhs.is_none_or(|c| c == 0) {
            let z = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
            self.panic_if(z, &rt::PANICDIVIDE, &[]);
        }
        if num == Num::Unsigned {
            return if op == BinOp::Div {
                self.b.ins().udiv(a, b)
            } else {
                self.b.ins().urem(a, b)
            };
        }
        if const_rhs.is_some_and(|c| c != -1) {
            return if op == BinOp::Div {
                self.b.ins().sdiv(a, b)
            } else {
                self.b.ins().srem(a, b)
            };
        }
        let m1 = self.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
        let one = self.b.ins().iconst(ty, 1);
        let safe = self.b.ins().select(m1, one, b);
        if op == BinOp::Div {
            let q = self.b.ins().sdiv(a, safe);
            let n = self.b.ins().ineg(a);
            self.b.ins().select(m1, n, q)
        } else {
            let r = self.b.ins().srem(a, safe);
            let z = self.b.ins().iconst(ty, 0);
            self.b.ins().select(m1, z, r)
        }
    }

    /// `a << s`, `a >> s` with Go's semantics for large and negative counts.
    fn shift(&mut self, op: BinOp, a: Value, t: TypeId, s: Value, st: TypeId) -> Value {
        let ty = self.b.func.dfg.value_type(a);
        let bits = ty.bits() as i64;
        if self.num(st) == Num::Signed {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, s, 0);
            self.panic_if(neg, &rt::PANICSHIFT, &[]);
        }
        let s64 = self.widen_i64(s, st);
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, s64, bits);
        match op {
            BinOp::Shl => {
                let v = self.b.ins().ishl(a, s64);
                let z = self.b.ins().iconst(ty, 0);
                self.b.ins().select(big, z, v)
            }
            _ if self.num(t) == Num::Signed => {
                let max = self.b.ins().iconst(types::I64, bits - 1);
                let cnt = self.b.ins().select(big, max, s64);
                self.b.ins().sshr(a, cnt)
            }
            _ => {
                let v = self.b.ins().ushr(a, s64);
                let z = self.b.ins().iconst(ty, 0);
                self.b.ins().select(big, z, v)
            }
        }
    }

    /// A comparison of two values of type `t`; the result is a bool (`i8`).
    pub fn compare(&mut self, op: BinOp, t: TypeId, a: &CVal, b: &CVal) -> Value {
        let num = self.num(t);
        if self.is_string(t) && !matches!(op, BinOp::Eq | BinOp::Ne) {
            let (ap, bp) = (a.parts().to_vec(), b.parts().to_vec());
            let c = self.call_rt(&rt::CMPSTRING, &[ap[0], ap[1], bp[0], bp[1]])[0];
            let cc = match op {
                BinOp::Lt => IntCC::SignedLessThan,
                BinOp::Le => IntCC::SignedLessThanOrEqual,
                BinOp::Gt => IntCC::SignedGreaterThan,
                _ => IntCC::SignedGreaterThanOrEqual,
            };
            return self.b.ins().icmp_imm_s(cc, c, 0);
        }
        match op {
            BinOp::Eq | BinOp::Ne
                if num == Num::Other
                    || matches!(self.tcx().under(t), Type::Basic(BasicKind::Bool)) =>
            {
                let eq = self.equal(t, a, b);
                if op == BinOp::Eq {
                    eq
                } else {
                    self.b.ins().bxor_imm_s(eq, 1)
                }
            }
            _ if num == Num::Float => {
                let cc = match op {
                    BinOp::Eq => FloatCC::Equal,
                    BinOp::Ne => FloatCC::NotEqual,
                    BinOp::Lt => FloatCC::LessThan,
                    BinOp::Le => FloatCC::LessThanOrEqual,
                    BinOp::Gt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                self.b.ins().fcmp(cc, a.one(), b.one())
            }
            _ => {
                let s = num == Num::Signed;
                let cc = match op {
                    BinOp::Eq => IntCC::Equal,
                    BinOp::Ne => IntCC::NotEqual,
                    BinOp::Lt if s => IntCC::SignedLessThan,
                    BinOp::Le if s => IntCC::SignedLessThanOrEqual,
                    BinOp::Gt if s => IntCC::SignedGreaterThan,
                    BinOp::Ge if s => IntCC::SignedGreaterThanOrEqual,
                    BinOp::Lt => IntCC::UnsignedLessThan,
                    BinOp::Le => IntCC::UnsignedLessThanOrEqual,
                    BinOp::Gt => IntCC::UnsignedGreaterThan,
                    _ => IntCC::UnsignedGreaterThanOrEqual,
                };
                self.b.ins().icmp(cc, a.one(), b.one())
            }
        }
    }

    /// `a == b` for any comparable type (also nil comparisons of slices,
    /// maps and funcs, which compare the first word).
    pub fn equal(&mut self, t: TypeId, a: &CVal, b: &CVal) -> Value {
        match self.tcx().under(t).clone() {
            Type::Basic(BasicKind::String) => {
                let (ap, bp) = (a.parts().to_vec(), b.parts().to_vec());
                let same_len = self.b.ins().icmp(IntCC::Equal, ap[1], bp[1]);
                let cmp_b = self.b.create_block();
                let join = self.b.create_block();
                let res = self.b.append_block_param(join, types::I8);
                self.b
                    .ins()
                    .brif(same_len, cmp_b, &[], join, &[BlockArg::Value(same_len)]);
                self.b.switch_to_block(cmp_b);
                let r = self.call_rt(&rt::MEMEQUAL, &[ap[0], bp[0], ap[1]])[0];
                self.jump(join, &[r]);
                self.b.switch_to_block(join);
                res
            }
            Type::Basic(BasicKind::Float32 | BasicKind::Float64) => {
                self.b.ins().fcmp(FloatCC::Equal, a.one(), b.one())
            }
            Type::Basic(BasicKind::Complex64 | BasicKind::Complex128) => {
                let (ap, bp) = (a.parts().to_vec(), b.parts().to_vec());
                let re = self.b.ins().fcmp(FloatCC::Equal, ap[0], bp[0]);
                let im = self.b.ins().fcmp(FloatCC::Equal, ap[1], bp[1]);
                self.b.ins().band(re, im)
            }
            Type::Interface(_) => self.iface_equal(t, a, b),
            Type::Struct(fields) => {
                let offs = layout::field_offsets(self.tcx(), t);
                let (pa, pb) = (a.one(), b.one());
                let mut acc = self.b.ins().iconst(types::I8, 1);
                for (f, off) in fields.iter().zip(offs) {
                    if f.name == "_" {
                        continue;
                    }
                    let fa = self.load(pa, off as i32, f.ty);
                    let fb = self.load(pb, off as i32, f.ty);
                    let e = self.equal(f.ty, &fa, &fb);
                    acc = self.b.ins().band(acc, e);
                }
                acc
            }
            Type::Array(elem, n) => {
                let es = self.cx.layout(elem).size;
                let (pa, pb) = (a.one(), b.one());
                if data::memory_comparable(self.cx, t) {
                    let size = self.b.ins().iconst(PTR, (es * n) as i64);
                    return self.call_rt(&rt::MEMEQUAL, &[pa, pb, size])[0];
                }
                let mut acc = self.b.ins().iconst(types::I8, 1);
                for i in 0..n {
                    let fa = self.load(pa, (i * es) as i32, elem);
                    let fb = self.load(pb, (i * es) as i32, elem);
                    let e = self.equal(elem, &fa, &fb);
                    acc = self.b.ins().band(acc, e);
                }
                acc
            }
            _ => self.b.ins().icmp(IntCC::Equal, a.parts()[0], b.parts()[0]),
        }
    }

    /// Interface equality: same dynamic type, then equal data (compared
    /// directly for pointer-shaped types, else by the type's `equal`).
    ///
    /// Itabs are not unique (`rt_getitab` builds its own beside the
    /// compiler's static ones), so two non-empty interfaces whose itab
    /// words differ are compared by the itabs' `typ` words.
    fn iface_equal(&mut self, t: TypeId, a: &CVal, b: &CVal) -> Value {
        let (mut ap, mut bp) = (a.parts().to_vec(), b.parts().to_vec());
        if !self.is_empty_iface(t) {
            // Compare dynamic types, not itab pointers: an itab built at run
            // time (`rt_getitab`) and the compiler's static one for the
            // same pair are different objects.
            ap[0] = self.iface_dyn_type(t, ap[0]);
            bp[0] = self.iface_dyn_type(t, bp[0]);
        }
        let join = self.b.create_block();
        let res = self.b.append_block_param(join, types::I8);
        let same = if self.is_empty_iface(t) {
            self.b.ins().icmp(IntCC::Equal, ap[0], bp[0])
        } else {
            self.same_itab_type(ap[0], bp[0])
        };
        let nonnil = self.b.create_block();
        let check = self.b.create_block();
        if self.is_empty_iface(t) {
            self.b
                .ins()
                .brif(same, nonnil, &[], join, &[BlockArg::Value(same)]);
        } else {
            let other = self.b.create_block();
            self.b.ins().brif(same, nonnil, &[], other, &[]);
            self.b.switch_to_block(other);
            let anil = self.b.ins().icmp_imm_s(IntCC::Equal, ap[0], 0);
            let bnil = self.b.ins().icmp_imm_s(IntCC::Equal, bp[0], 0);
            let either = self.b.ins().bor(anil, bnil);
            let no = self.b.ins().iconst(types::I8, 0);
            let types_block = self.b.create_block();
            self.b
                .ins()
                .brif(either, join, &[BlockArg::Value(no)], types_block, &[]);
            self.b.switch_to_block(types_block);
            let flags = super::func::trusted();
            let ta = self
                .b
                .ins()
                .load(PTR, flags, ap[0], layout::ITAB_TYP as i32);
            let tb = self
                .b
                .ins()
                .load(PTR, flags, bp[0], layout::ITAB_TYP as i32);
            let st = self.b.ins().icmp(IntCC::Equal, ta, tb);
            self.b
                .ins()
                .brif(st, check, &[], join, &[BlockArg::Value(st)]);
        }
        self.b.switch_to_block(nonnil);
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, ap[0], 0);
        self.b
            .ins()
            .brif(is_nil, join, &[BlockArg::Value(is_nil)], check, &[]);
        self.b.switch_to_block(check);
        let td = ap[0];
        let flags = self.b.ins().uload8(
            types::I32,
            super::func::trusted(),
            td,
            layout::TD_FLAGS as i32,
        );
        let comparable = self
            .b
            .ins()
            .band_imm_s(flags, layout::FLAG_COMPARABLE as i64);
        let uncomparable = self.b.ins().icmp_imm_s(IntCC::Equal, comparable, 0);
        self.panic_if(uncomparable, &rt::PANICUNCOMPARABLE, &[td]);
        let direct = self
            .b
            .ins()
            .band_imm_s(flags, layout::FLAG_DIRECT_IFACE as i64);
        let (wb, fb) = (self.b.create_block(), self.b.create_block());
        self.br(direct, wb, fb);
        self.b.switch_to_block(wb);
        let w = self.b.ins().icmp(IntCC::Equal, ap[1], bp[1]);
        self.jump(join, &[w]);
        self.b.switch_to_block(fb);
        let eqf = self
            .b
            .ins()
            .load(PTR, super::func::trusted(), td, layout::TD_EQUAL as i32);
        let mut sig =
            cranelift_codegen::ir::Signature::new(cranelift_codegen::isa::CallConv::SystemV);
        sig.params.push(cranelift_codegen::ir::AbiParam::new(PTR));
        sig.params.push(cranelift_codegen::ir::AbiParam::new(PTR));
        sig.returns
            .push(cranelift_codegen::ir::AbiParam::new(types::I8));
        let sr = self.b.import_signature(sig);
        let call = self.b.ins().call_indirect(sr, eqf, &[ap[1], bp[1]]);
        let r = self.b.inst_results(call)[0];
        self.jump(join, &[r]);
        self.b.switch_to_block(join);
        res
    }

    /// Whether two itabs of one interface type are for the same dynamic
    /// type: an itab built at run time (`rt_getitab`) is not the static one
    /// the compiler emitted for the same pair, so equal pointers are not
    /// required; both nil counts as the same.
    fn same_itab_type(&mut self, a: Value, b: Value) -> Value {
        let join = self.b.create_block();
        let res = self.b.append_block_param(join, types::I8);
        let same = self.b.ins().icmp(IntCC::Equal, a, b);
        let either_nil = {
            let an = self.b.ins().icmp_imm_s(IntCC::Equal, a, 0);
            let bn = self.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
            self.b.ins().bor(an, bn)
        };
        let done = self.b.ins().bor(same, either_nil);
        let load = self.b.create_block();
        self.b
            .ins()
            .brif(done, join, &[BlockArg::Value(same)], load, &[]);
        self.b.switch_to_block(load);
        let ta = self
            .b
            .ins()
            .load(PTR, super::func::trusted(), a, layout::ITAB_TYP as i32);
        let tb = self
            .b
            .ins()
            .load(PTR, super::func::trusted(), b, layout::ITAB_TYP as i32);
        let eq = self.b.ins().icmp(IntCC::Equal, ta, tb);
        self.jump(join, &[eq]);
        self.b.switch_to_block(join);
        res
    }

    // ----- Conversions ------------------------------------------------------------

    fn convert(&mut self, x: &Expr, to: TypeId) -> CVal {
        let from = x.ty;
        let v = self.expr(x);
        if let (Some(pf), Some(pt)) = (self.complex_part(from), self.complex_part(to)) {
            let p = v.parts().to_vec();
            if pf == pt {
                return v;
            }
            let cv = |s: &mut Self, x| {
                if pt == types::F64 {
                    s.b.ins().fpromote(types::F64, x)
                } else {
                    s.b.ins().fdemote(types::F32, x)
                }
            };
            let (re, im) = (cv(self, p[0]), cv(self, p[1]));
            return CVal::Parts(vec![re, im]);
        }
        let (nf, nt) = (self.num(from), self.num(to));
        if nf == Num::Other || nt == Num::Other {
            // Slice to array pointer: check the length like gc.
            if let (Type::Slice(_), Type::Pointer(arr)) =
                (self.tcx().under(from).clone(), self.tcx().under(to).clone())
            {
                if let Type::Array(_, n) = self.tcx().under(arr) {
                    let n = self.b.ins().iconst(PTR, *n as i64);
                    let len = v.parts()[1];
                    let int = self.tcx().basic(BasicKind::Int);
                    self.bounds_check_cc(IntCC::UnsignedGreaterThan, n, len, bounds::CONVERT, int);
                }
                return CVal::Parts(vec![v.parts()[0]]);
            }
            // Slice to array: the same check, then a copy of the elements.
            if let (Type::Slice(_), Type::Array(_, n)) =
                (self.tcx().under(from).clone(), self.tcx().under(to).clone())
            {
                let nv = self.b.ins().iconst(PTR, n as i64);
                let len = v.parts()[1];
                let int = self.tcx().basic(BasicKind::Int);
                self.bounds_check_cc(IntCC::UnsignedGreaterThan, nv, len, bounds::CONVERT, int);
                let size = self.cx.layout(to).size;
                let dst = self.temp(to);
                self.copy_mem(dst, v.parts()[0], size);
                return self.load(dst, 0, to);
            }
            return v;
        }
        let a = v.one();
        let fty = self.b.func.dfg.value_type(a);
        let tty = parts(self.cx, to).map(|p| p[0].0).unwrap_or(fty);
        let r = match (nf, nt) {
            (Num::Float, Num::Float) => {
                if fty == tty {
                    a
                } else if tty == types::F64 {
                    self.b.ins().fpromote(types::F64, a)
                } else {
                    self.b.ins().fdemote(types::F32, a)
                }
            }
            (Num::Float, _) => self.float_to_int(a, tty, nt),
            (_, Num::Float) => {
                let w = self.widen_i64(a, from);
                if nf == Num::Unsigned && fty == types::I64 {
                    self.b.ins().fcvt_from_uint(tty, w)
                } else {
                    self.b.ins().fcvt_from_sint(tty, w)
                }
            }
            _ => {
                if fty == tty {
                    a
                } else if fty.bits() > tty.bits() {
                    self.b.ins().ireduce(tty, a)
                } else if nf == Num::Signed {
                    self.b.ins().sextend(tty, a)
                } else {
                    self.b.ins().uextend(tty, a)
                }
            }
        };
        CVal::Parts(vec![r])
    }

    /// Float → integer as gc does it on amd64 (`CVTTSD2SQ`/`CVTTSD2SL`: an
    /// out-of-range value or NaN gives the most negative integer of the
    /// conversion width, then truncation to the target).
    fn float_to_int(&mut self, a: Value, tty: cranelift_codegen::ir::Type, nt: Num) -> Value {
        if nt == Num::Unsigned && tty == types::I64 {
            // gc: x < 2^63 ? cvt(x) : cvt(x - 2^63) | 1<<63.
            let fty = self.b.func.dfg.value_type(a);
            let two63 = if fty == types::F64 {
                self.b.ins().f64const(9223372036854775808.0)
            } else {
                self.b.ins().f32const(9223372036854775808.0)
            };
            let small = self.b.ins().fcmp(FloatCC::LessThan, a, two63);
            let lo = self.cvtt(a, types::I64);
            let sub = self.b.ins().fsub(a, two63);
            let hi = self.cvtt(sub, types::I64);
            let hi = self.b.ins().bor_imm_s(hi, i64::MIN);
            return self.b.ins().select(small, lo, hi);
        }
        let width = if tty == types::I64 || (nt == Num::Unsigned && tty == types::I32) {
            types::I64
        } else {
            types::I32
        };
        let v = self.cvtt(a, width);
        if width.bits() > tty.bits() {
            self.b.ins().ireduce(tty, v)
        } else {
            v
        }
    }

    fn cvtt(&mut self, a: Value, to: cranelift_codegen::ir::Type) -> Value {
        let fty = self.b.func.dfg.value_type(a);
        let lim = 2f64.powi(to.bits() as i32 - 1);
        let (lo, hi) = if fty == types::F64 {
            (self.b.ins().f64const(-lim), self.b.ins().f64const(lim))
        } else {
            (
                self.b.ins().f32const(-lim as f32),
                self.b.ins().f32const(lim as f32),
            )
        };
        let sat = self.b.ins().fcvt_to_sint_sat(to, a);
        let ge = self.b.ins().fcmp(FloatCC::GreaterThanOrEqual, a, lo);
        let lt = self.b.ins().fcmp(FloatCC::LessThan, a, hi);
        let ok = self.b.ins().band(ge, lt);
        let min = self.b.ins().iconst(
            to,
            if to == types::I64 {
                i64::MIN
            } else {
                i32::MIN as i64 & 0xffff_ffff
            },
        );
        self.b.ins().select(ok, sat, min)
    }

    /// A fresh `size`-byte buffer in the frame for a conversion or
    /// concatenation at `site` whose result does not escape (gc's
    /// `stackBufAddr`), else a null pointer: the runtime then allocates.
    fn tmp_buf(&mut self, site: AllocSiteId, size: u64) -> Value {
        if self.cx.prog.site(site).placement == Placement::Stack {
            self.raw_temp(size, 8)
        } else {
            self.b.ins().iconst(PTR, 0)
        }
    }

    fn convert_alloc(&mut self, x: &Expr, to: TypeId, site: AllocSiteId) -> CVal {
        const TMP: u64 = crate::ir::stackbuf::BUF_BYTES;
        let to_bytes = !self.is_string(to)
            && !matches!(
                self.tcx().under(self.slice_elem(to)),
                Type::Basic(BasicKind::Int32)
            );
        if let ExprKind::Const(ConstValue::String(bytes)) = &x.kind {
            if to_bytes {
                return self.const_string_to_bytes(bytes, to, site);
            }
            if !self.is_string(to) {
                // gc's type checker makes `[]rune("héllo")` the literal
                // `[]rune{'h', 'é', ...}`: exactly as many runes.
                let runes: Vec<u8> = String::from_utf8_lossy(bytes)
                    .chars()
                    .flat_map(|c| (c as u32).to_le_bytes())
                    .collect();
                return self.const_string_to_bytes_elems(&runes, 4, site);
            }
        }
        if to_bytes && self.cx.prog.zero_copy.binary_search(&site).is_ok() {
            // gc's OSTR2BYTESTMP: never written, so a view of the string
            // (a non-nil pointer even for "").
            let v = self.expr(x).parts().to_vec();
            let zid = data::zerobase(self.cx);
            let zb = self.data_addr(zid);
            let p = self.b.ins().select(v[0], v[0], zb);
            return CVal::Parts(vec![p, v[1], v[1]]);
        }
        let v = self.expr(x);
        let p = v.parts().to_vec();
        if self.is_string(to) {
            if self.is_string(x.ty) {
                return v;
            }
            match self.tcx().under(x.ty).clone() {
                Type::Slice(e) if matches!(self.tcx().under(e), Type::Basic(BasicKind::Int32)) => {
                    let buf = self.tmp_buf(site, TMP);
                    CVal::Parts(self.call_rt(&rt::SLICERUNETOSTRING, &[buf, p[0], p[1]]))
                }
                Type::Slice(_) => {
                    let buf = self.tmp_buf(site, TMP);
                    CVal::Parts(self.call_rt(&rt::SLICEBYTETOSTRING, &[buf, p[0], p[1]]))
                }
                _ => {
                    let buf = self.tmp_buf(site, 4);
                    let r = self.widen_i64(p[0], x.ty);
                    CVal::Parts(self.call_rt(&rt::INTSTRING, &[buf, r]))
                }
            }
        } else {
            let out = self.raw_temp(24, 8);
            let elem = self.slice_elem(to);
            let (f, size) = if matches!(self.tcx().under(elem), Type::Basic(BasicKind::Int32)) {
                (&rt::STRINGTOSLICERUNE, 4 * TMP)
            } else {
                (&rt::STRINGTOSLICEBYTE, TMP)
            };
            let buf = self.tmp_buf(site, size);
            self.call_rt(f, &[out, buf, p[0], p[1]]);
            self.load(out, 0, to)
        }
    }

    /// `[]byte("const")` (gc's `walkStringToBytes` of a constant): a
    /// `[n]byte` of exactly the string's length, in the frame when the
    /// result does not escape and is at most 64 KiB, else on the heap.
    fn const_string_to_bytes(&mut self, bytes: &[u8], to: TypeId, site: AllocSiteId) -> CVal {
        let _ = to;
        self.const_string_to_bytes_elems(bytes, 1, site)
    }

    /// A slice of `bytes.len() / elem` elements of `elem` bytes each (no
    /// pointers), initialised from `bytes`: `[]byte("const")` and the
    /// `[]rune{...}` gc makes of `[]rune("const")`.
    fn const_string_to_bytes_elems(&mut self, bytes: &[u8], elem: u64, site: AllocSiteId) -> CVal {
        let n = bytes.len() as u64;
        let count = n / elem;
        let stack = self.cx.prog.site(site).placement == Placement::Stack && n <= 64 * 1024;
        let p = if stack {
            self.raw_temp(n, elem)
        } else {
            let size = self.b.ins().iconst(PTR, n as i64);
            let null = self.b.ins().iconst(PTR, 0);
            let no = self.b.ins().iconst(types::I8, 0);
            self.call_rt(&rt::MALLOCGC, &[size, null, no])[0]
        };
        if n > 0 {
            let s = self.expr(&Expr {
                kind: ExprKind::Const(ConstValue::String(bytes.to_vec())),
                ty: self.tcx().basic(BasicKind::String),
                span: Span::default(),
            });
            let src = s.parts()[0];
            let len = self.b.ins().iconst(PTR, n as i64);
            self.call_rt(&rt::MEMMOVE, &[p, src, len]);
        }
        let l = self.b.ins().iconst(PTR, count as i64);
        CVal::Parts(vec![p, l, l])
    }

    // ----- Interfaces -----------------------------------------------------------------

    /// The dynamic type descriptor of an interface value (null when nil).
    pub fn iface_dyn_type(&mut self, t: TypeId, word0: Value) -> Value {
        if self.is_empty_iface(t) {
            return word0;
        }
        let load_b = self.b.create_block();
        let join = self.b.create_block();
        let res = self.b.append_block_param(join, PTR);
        let z = self.b.ins().iconst(PTR, 0);
        self.b
            .ins()
            .brif(word0, load_b, &[], join, &[BlockArg::Value(z)]);
        self.b.switch_to_block(load_b);
        let td = self
            .b
            .ins()
            .load(PTR, super::func::trusted(), word0, layout::ITAB_TYP as i32);
        self.jump(join, &[td]);
        self.b.switch_to_block(join);
        res
    }

    fn convert_to_iface(&mut self, x: &Expr, to: TypeId, site: Option<AllocSiteId>) -> CVal {
        let from = x.ty;
        if self.is_iface(from) {
            let v = self.expr(x);
            if self.is_empty_iface(to) {
                let p = v.parts().to_vec();
                let td = self.iface_dyn_type(from, p[0]);
                return CVal::Parts(vec![td, p[1]]);
            }
            if from == to || self.tcx().underlying(from) == self.tcx().underlying(to) {
                return v;
            }
            // Non-empty to non-empty (gc's convI2I): look up the itab of the
            // dynamic type; a nil interface stays nil.
            let p = v.parts().to_vec();
            let td = self.iface_dyn_type(from, p[0]);
            let itab = self.getitab_or_nil(to, td, false);
            return CVal::Parts(vec![itab, p[1]]);
        }
        let word0 = if self.is_empty_iface(to) {
            let d = data::type_desc(self.cx, from);
            self.data_addr(d)
        } else {
            let d = data::itab(self.cx, from, to);
            self.data_addr(d)
        };
        let data = self.iface_data_word(x, site);
        CVal::Parts(vec![word0, data])
    }

    /// The data word of concrete value `x` stored in an interface.
    fn iface_data_word(&mut self, x: &Expr, site: Option<AllocSiteId>) -> Value {
        let t = x.ty;
        let lay = self.cx.layout(t);
        if layout::is_direct_iface(self.tcx(), t) {
            let v = self.expr(x);
            return match v {
                CVal::Parts(p) => p[0],
                CVal::Mem(a) => self.b.ins().load(PTR, super::func::mem(), a, 0),
            };
        }
        if site.is_none() {
            if lay.size == 0 {
                let z = data::zerobase(self.cx);
                return self.data_addr(z);
            }
            if let ExprKind::Const(c) = &x.kind {
                let d = data::const_data(self.cx, c, t);
                return self.data_addr(d);
            }
            if lay.size == 1 {
                let v = self.expr(x).one();
                let tab = data::static_bytes(self.cx);
                let base = self.data_addr(tab);
                let idx = self.b.ins().uextend(PTR, v);
                return self.b.ins().iadd(base, idx);
            }
        }
        let v = self.expr(x);
        let heap = site.is_none_or(|s| self.cx.prog.site(s).placement == Placement::Heap);
        let p = if heap {
            self.new_object(t)
        } else {
            self.raw_temp(lay.size, lay.align)
        };
        self.store(p, 0, t, &v);
        p
    }

    /// `x.(T)`: the value and, with `comma_ok`, whether it succeeded.
    fn type_assert(&mut self, e: &Expr, x: &Expr, comma_ok: bool) -> Vec<CVal> {
        let target = match (comma_ok, self.tcx().ty(e.ty)) {
            (true, Type::Tuple(ts)) => ts[0],
            _ => e.ty,
        };
        if self.is_iface(target) {
            return self.assert_to_iface(x, target, comma_ok);
        }
        let v = self.expr(x);
        let p = v.parts().to_vec();
        let have = self.iface_dyn_type(x.ty, p[0]);
        let want_d = data::type_desc(self.cx, target);
        let want = self.data_addr(want_d);
        let ok = self.b.ins().icmp(IntCC::Equal, have, want);
        if !comma_ok {
            let bad = self.b.ins().bxor_imm_s(ok, 1);
            let iface_d = data::type_desc(self.cx, x.ty);
            let iface = self.data_addr(iface_d);
            self.panic_if(bad, &rt::PANICDOTTYPE, &[have, want, iface]);
            return vec![self.unbox(target, p[1])];
        }
        let lay = self.cx.layout(target);
        let tmp = self.temp(target);
        let (okb, join) = (self.b.create_block(), self.b.create_block());
        self.br(ok, okb, join);
        self.b.switch_to_block(okb);
        let val = self.unbox(target, p[1]);
        self.store(tmp, 0, target, &val);
        self.jump(join, &[]);
        self.b.switch_to_block(join);
        let _ = lay;
        vec![self.load(tmp, 0, target), CVal::Parts(vec![ok])]
    }

    /// `x.(I)` for an interface type `I` (gc's assertE2I / assertE2I2).
    fn assert_to_iface(&mut self, x: &Expr, target: TypeId, comma_ok: bool) -> Vec<CVal> {
        let v = self.expr(x);
        let p = v.parts().to_vec();
        let have = self.iface_dyn_type(x.ty, p[0]);
        if !comma_ok {
            // A nil interface fails with gc's "interface is nil" message.
            let is_nil = self.b.ins().icmp_imm_u(IntCC::Equal, have, 0);
            let want_d = data::type_desc(self.cx, target);
            let want = self.data_addr(want_d);
            let iface_d = data::type_desc(self.cx, x.ty);
            let iface = self.data_addr(iface_d);
            self.panic_if(is_nil, &rt::PANICDOTTYPE, &[have, want, iface]);
        }
        let word0 = if self.is_empty_iface(target) {
            have
        } else {
            self.getitab_or_nil(target, have, comma_ok)
        };
        let ok = self.b.ins().icmp_imm_u(IntCC::NotEqual, word0, 0);
        // A failed comma-ok assertion yields the zero interface.
        let zero = self.b.ins().iconst(PTR, 0);
        let data = self.b.ins().select(ok, p[1], zero);
        vec![CVal::Parts(vec![word0, data]), CVal::Parts(vec![ok])]
    }

    /// The itab of dynamic type `td` as interface `to`, or null when `td`
    /// is null (and, with `canfail`, when `td` does not implement `to`).
    fn getitab_or_nil(&mut self, to: TypeId, td: Value, canfail: bool) -> Value {
        let call_b = self.b.create_block();
        let join = self.b.create_block();
        let res = self.b.append_block_param(join, PTR);
        let z = self.b.ins().iconst(PTR, 0);
        self.b
            .ins()
            .brif(td, call_b, &[], join, &[BlockArg::Value(z)]);
        self.b.switch_to_block(call_b);
        let inter_d = data::type_desc(self.cx, to);
        let inter = self.data_addr(inter_d);
        let cf = self.b.ins().iconst(types::I8, canfail as i64);
        let r = self.call_rt(&rt::GETITAB, &[inter, td, cf]);
        self.jump(join, &[r[0]]);
        self.b.switch_to_block(join);
        res
    }

    /// The value of type `t` held by an interface data word.
    pub fn unbox(&mut self, t: TypeId, data: Value) -> CVal {
        if layout::is_direct_iface(self.tcx(), t) {
            if parts(self.cx, t).is_some() {
                return CVal::Parts(vec![data]);
            }
            let a = self.raw_temp(8, 8);
            self.b.ins().store(super::func::mem(), data, a, 0);
            return CVal::Mem(a);
        }
        self.load(data, 0, t)
    }

    // ----- Literals and allocation -------------------------------------------------

    /// Stores struct/array literal `elems` into zeroed memory at `a`.
    fn composite_fields(&mut self, t: TypeId, elems: &[(u64, Expr)], a: Value) {
        let offs: Vec<u64> = match self.tcx().under(t) {
            Type::Struct(_) => layout::field_offsets(self.tcx(), t),
            Type::Array(e, _) => {
                let es = self.cx.layout(*e).size;
                elems.iter().map(|(i, _)| i * es).collect()
            }
            _ => Vec::new(),
        };
        for (k, (i, v)) in elems.iter().enumerate() {
            let off = match self.tcx().under(t) {
                Type::Struct(_) => offs[*i as usize],
                _ => offs[k],
            };
            let val = self.expr(v);
            self.store(a, off as i32, v.ty, &val);
        }
    }

    /// Evaluates a literal straight into fresh memory `p` (zeroed).
    fn composite_into(&mut self, lit: &Expr, p: Value) {
        match &lit.kind {
            ExprKind::Composite {
                elems, site: None, ..
            } => self.composite_fields(lit.ty, elems, p),
            _ => {
                let v = self.expr(lit);
                self.store(p, 0, lit.ty, &v);
            }
        }
    }

    fn slice_lit(
        &mut self,
        elem: TypeId,
        elems: &[(u64, Expr)],
        site: Option<AllocSiteId>,
        len: u64,
    ) -> CVal {
        let es = self.cx.layout(elem).size;
        let size = es * len;
        let heap = site.is_none_or(|s| self.cx.prog.site(s).placement == Placement::Heap);
        let ptr = if size == 0 {
            let z = data::zerobase(self.cx);
            self.data_addr(z)
        } else if heap {
            let td = data::type_desc(self.cx, elem);
            let tdv = self.data_addr(td);
            let n = self.b.ins().iconst(PTR, size as i64);
            let one = self.b.ins().iconst(types::I8, 1);
            self.call_rt(&rt::MALLOCGC, &[n, tdv, one])[0]
        } else {
            let lay = self.cx.layout(elem);
            let a = self.raw_temp(size, lay.align);
            self.zero_mem(a, size);
            a
        };
        for (i, v) in elems {
            let val = self.expr(v);
            self.store(ptr, (i * es) as i32, v.ty, &val);
        }
        let l = self.b.ins().iconst(PTR, len as i64);
        CVal::Parts(vec![ptr, l, l])
    }

    /// `make([]T, n)` of variable size, placed on the stack: gc's 32-byte
    /// stack buffer (`base.Debug.VariableMakeThreshold`).
    fn make(&mut self, e: &Expr, args: &[Expr], site: AllocSiteId) -> CVal {
        let elem = match self.tcx().under(e.ty) {
            Type::Slice(el) => *el,
            Type::Map(..) => return self.make_map(e.ty, args.first(), site),
            Type::Chan(..) => return self.make_chan(e.ty, args.first()),
            _ => return self.unsupported(e.span, "make of this type", Some(e.ty)),
        };
        let consts: Vec<Option<i64>> = args
            .iter()
            .map(|a| match &a.kind {
                ExprKind::Const(c) => c.to_i64(),
                _ => None,
            })
            .collect();
        let stack = self.cx.prog.site(site).placement == Placement::Stack;
        if stack {
            let len = consts.first().copied().flatten();
            let cap = if args.len() > 1 { consts[1] } else { len };
            if let (Some(l), Some(c)) = (len, cap) {
                let es = self.cx.layout(elem);
                let a = self.raw_temp((es.size * c as u64).max(1), es.align);
                self.zero_mem(a, es.size * c as u64);
                let (lv, cv) = (self.b.ins().iconst(PTR, l), self.b.ins().iconst(PTR, c));
                return CVal::Parts(vec![a, lv, cv]);
            }
        }
        let l = self.expr(&args[0]).one();
        let l = self.widen_i64(l, args[0].ty);
        let c = if args.len() > 1 {
            let c = self.expr(&args[1]).one();
            self.widen_i64(c, args[1].ty)
        } else {
            l
        };
        let out = self.raw_temp(24, 8);
        let td = data::type_desc(self.cx, elem);
        let tdv = self.data_addr(td);
        let es = self.cx.layout(elem);
        if stack && es.size > 0 && es.size <= SMALL_MAKE_BUF {
            // gc 1.25+: a non-escaping make of variable size uses a 32-byte
            // stack buffer when `len <= cap <= 32/size`, else the heap
            // (makeslice also reports a bad len or cap).
            let k = (SMALL_MAKE_BUF / es.size) as i64;
            let buf = self.raw_temp(SMALL_MAKE_BUF, es.align.max(8));
            let fits = self
                .b
                .ins()
                .icmp_imm_u(IntCC::UnsignedLessThanOrEqual, c, k);
            let ordered = self.b.ins().icmp(IntCC::UnsignedLessThanOrEqual, l, c);
            let ok = self.b.ins().band(fits, ordered);
            let (small, big, join) = (
                self.b.create_block(),
                self.b.create_block(),
                self.b.create_block(),
            );
            self.b.ins().brif(ok, small, &[], big, &[]);
            self.b.switch_to_block(small);
            self.zero_mem(buf, SMALL_MAKE_BUF);
            for (i, v) in [buf, l, c].into_iter().enumerate() {
                self.b
                    .ins()
                    .store(super::func::trusted(), v, out, (8 * i) as i32);
            }
            self.b.ins().jump(join, &[]);
            self.b.switch_to_block(big);
            self.call_rt(&rt::MAKESLICE, &[out, tdv, l, c]);
            self.b.ins().jump(join, &[]);
            self.b.switch_to_block(join);
            return self.load(out, 0, e.ty);
        }
        self.call_rt(&rt::MAKESLICE, &[out, tdv, l, c]);
        self.load(out, 0, e.ty)
    }

    fn concat(&mut self, xs: &[Expr], site: AllocSiteId) -> CVal {
        let vals: Vec<Vec<Value>> = xs.iter().map(|x| self.expr(x).parts().to_vec()).collect();
        // gc's walkAddString: a buffer only when the constant parts alone
        // leave room in it.
        let consts: usize = xs
            .iter()
            .map(|x| match &x.kind {
                ExprKind::Const(ConstValue::String(b)) => b.len(),
                _ => 0,
            })
            .sum();
        let buf = if (consts as u64) < crate::ir::stackbuf::BUF_BYTES {
            self.tmp_buf(site, crate::ir::stackbuf::BUF_BYTES)
        } else {
            self.b.ins().iconst(PTR, 0)
        };
        if vals.len() == 2 {
            return CVal::Parts(self.call_rt(
                &rt::CONCATSTRING2,
                &[buf, vals[0][0], vals[0][1], vals[1][0], vals[1][1]],
            ));
        }
        let arr = self.raw_temp(16 * vals.len() as u64, 8);
        for (i, v) in vals.iter().enumerate() {
            self.b
                .ins()
                .store(super::func::trusted(), v[0], arr, (16 * i) as i32);
            self.b
                .ins()
                .store(super::func::trusted(), v[1], arr, (16 * i + 8) as i32);
        }
        let n = self.b.ins().iconst(PTR, vals.len() as i64);
        CVal::Parts(self.call_rt(&rt::CONCATSTRINGS, &[buf, arr, n]))
    }
}
