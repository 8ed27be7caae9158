//! Code generator tests: hand-built IR programs compiled to objects, linked
//! with the runtime and run when `cc` and the runtime library are available
//! (build it with `cargo build -p rgo-runtime`; the tests say loudly when
//! they skip).

use super::{compile_program, CodegenOptions};
use crate::ir::*;
use crate::syntax::span::Span;
use crate::types::{BasicKind, ConstValue, PkgId, Signature, TyCtx, Type, TypeId};

fn ex(kind: ExprKind, ty: TypeId) -> Expr {
    Expr {
        kind,
        ty,
        span: Span::default(),
    }
}

fn local(name: &str, ty: TypeId, kind: LocalKind) -> Local {
    Local {
        name: name.into(),
        ty,
        span: Span::default(),
        kind,
        addr_taken: false,
        site: None,
        loop_depth: 0,
    }
}

fn func(
    name: &str,
    sig: TypeId,
    params: Vec<LocalId>,
    results: Vec<LocalId>,
    locals: Vec<Local>,
    body: Vec<Stmt>,
) -> Func {
    Func {
        name: format!("main.{name}"),
        short_name: name.into(),
        pkg: PkgId(0),
        span: Span::default(),
        params,
        results,
        variadic: false,
        locals,
        body: Some(body),
        runtime_symbol: None,
        closure: None,
        sig,
        wrapper: false,
        shape: None,
    }
}

/// `fib(n)` recursively, then `println(fib(20), "hi", true, -7, 2.5)` and a
/// slice appended to in a loop, printed by `len`/`cap`/elements.
fn fib_program(tcx: &mut TyCtx) -> Program {
    let int = tcx.basic(BasicKind::Int);
    let boolean = tcx.basic(BasicKind::Bool);
    let string = tcx.basic(BasicKind::String);
    let f64t = tcx.basic(BasicKind::Float64);
    let slice = tcx.intern(Type::Slice(int));
    let fib_sig = tcx.intern(Type::Func(Signature {
        params: vec![int],
        results: vec![int],
        variadic: false,
    }));
    let main_sig = tcx.intern(Type::Func(Signature {
        params: vec![],
        results: vec![],
        variadic: false,
    }));
    let c = |v: i64| ex(ExprKind::Const(ConstValue::int(v)), int);
    let n = || ex(ExprKind::Local(LocalId(0)), int);
    let call_fib = |arg: Expr| {
        ex(
            ExprKind::Call {
                callee: Callee::Direct(FuncId(0)),
                args: vec![arg],
                variadic_site: None,
            },
            int,
        )
    };
    let fib_body = vec![
        Stmt::If {
            cond: ex(
                ExprKind::Binary(BinOp::Lt, Box::new(n()), Box::new(c(2))),
                boolean,
            ),
            then: vec![Stmt::Return(vec![n()])],
            els: vec![],
        },
        Stmt::Return(vec![ex(
            ExprKind::Binary(
                BinOp::Add,
                Box::new(call_fib(ex(
                    ExprKind::Binary(BinOp::Sub, Box::new(n()), Box::new(c(1))),
                    int,
                ))),
                Box::new(call_fib(ex(
                    ExprKind::Binary(BinOp::Sub, Box::new(n()), Box::new(c(2))),
                    int,
                ))),
            ),
            int,
        )]),
    ];
    let fib = func(
        "fib",
        fib_sig,
        vec![LocalId(0)],
        vec![LocalId(1)],
        vec![
            local("n", int, LocalKind::Param),
            local("~r0", int, LocalKind::Result),
        ],
        fib_body,
    );
    // main: s := []int(nil); for i := 0; i < 10; i++ { s = append(s, i*i) }
    let s = || ex(ExprKind::Local(LocalId(0)), slice);
    let i = || ex(ExprKind::Local(LocalId(1)), int);
    let println = |args: Vec<Expr>| {
        Stmt::Expr(ex(
            ExprKind::Builtin {
                op: BuiltinOp::Println,
                args,
                site: None,
            },
            main_sig,
        ))
    };
    let main_body = vec![
        println(vec![
            call_fib(c(20)),
            ex(ExprKind::Const(ConstValue::String("hi".into())), string),
            ex(ExprKind::Const(ConstValue::Bool(true)), boolean),
            c(-7),
            ex(
                ExprKind::Const(ConstValue::Float(num_rational::BigRational::new(
                    5.into(),
                    2.into(),
                ))),
                f64t,
            ),
        ]),
        Stmt::Decl(LocalId(0)),
        Stmt::Decl(LocalId(1)),
        Stmt::Loop {
            label: LabelId(0),
            cond: Some(ex(
                ExprKind::Binary(BinOp::Lt, Box::new(i()), Box::new(c(10))),
                boolean,
            )),
            body: vec![Stmt::Assign(
                vec![s()],
                vec![ex(
                    ExprKind::Builtin {
                        op: BuiltinOp::Append,
                        args: vec![
                            s(),
                            ex(
                                ExprKind::Binary(BinOp::Mul, Box::new(i()), Box::new(i())),
                                int,
                            ),
                        ],
                        site: Some(AllocSiteId(0)),
                    },
                    slice,
                )],
            )],
            post: vec![Stmt::Assign(
                vec![i()],
                vec![ex(
                    ExprKind::Binary(BinOp::Add, Box::new(i()), Box::new(c(1))),
                    int,
                )],
            )],
        },
        println(vec![
            ex(
                ExprKind::Builtin {
                    op: BuiltinOp::Len,
                    args: vec![s()],
                    site: None,
                },
                int,
            ),
            ex(ExprKind::Index(Box::new(s()), Box::new(c(9))), int),
            ex(
                ExprKind::Binary(BinOp::Div, Box::new(c(-7)), Box::new(c(2))),
                int,
            ),
            ex(
                ExprKind::Binary(BinOp::Shr, Box::new(c(-7)), Box::new(c(70))),
                int,
            ),
        ]),
    ];
    let main = func(
        "main",
        main_sig,
        vec![],
        vec![],
        vec![
            local("s", slice, LocalKind::Var),
            local("i", int, LocalKind::Var),
        ],
        main_body,
    );
    Program {
        funcs: vec![fib, main],
        globals: vec![],
        sites: vec![AllocSite {
            kind: AllocKind::Append,
            func: FuncId(1),
            span: Span::default(),
            ty: slice,
            text: "append".into(),
            placement: Placement::Heap,
        }],
        inits: vec![],
        main: Some(FuncId(1)),
        defer_wrappers: vec![],
        noescape: vec![],
        asm: vec![],
        dict_calls: Default::default(),
        devirtualized: Default::default(),
        inst_order: vec![],
        append_bufs: vec![],
        range_defers: vec![],
        zero_copy: vec![],
    }
}

/// Links `object` with the runtime and runs it; `None` (after saying so)
/// when `cc` or the runtime library is missing.
fn link_and_run(object: &[u8], name: &str) -> Option<std::process::Output> {
    let install = crate::driver::link::find_install().ok()?;
    let rt = match crate::driver::link::find_runtime(&install) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("SKIPPING run of {name}: {e}");
            return None;
        }
    };
    let dir = std::env::temp_dir().join(format!("rgo-codegen-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let obj = dir.join("a.o");
    let exe = dir.join("a.out");
    std::fs::write(&obj, object).ok()?;
    let mut cmd = crate::driver::link::link_command(&obj, &rt, &exe);
    if let Err(e) = crate::driver::link::link(&mut cmd) {
        if e.contains("No such file") || e.contains("not found") {
            eprintln!("SKIPPING run of {name}: {e}");
            return None;
        }
        panic!("link failed: {e}");
    }
    let out = std::process::Command::new(&exe).output().ok();
    let _ = std::fs::remove_dir_all(&dir);
    out
}

#[test]
fn fib_builds_and_runs() {
    let mut tcx = TyCtx::new();
    let prog = fib_program(&mut tcx);
    let obj = compile_program(
        &prog,
        &tcx,
        None,
        Default::default(),
        &CodegenOptions::default(),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(obj.starts_with(b"\x7fELF"));
    let obj_none = compile_program(
        &prog,
        &tcx,
        None,
        Default::default(),
        &CodegenOptions {
            opt_none: true,
            dump_clif: false,
        },
    )
    .unwrap();
    assert!(!obj_none.is_empty());
    if let Some(out) = link_and_run(&obj, "fib") {
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "6765 hi true -7 2.5\n10 81 -3 -1\n",
            "status {:?}",
            out.status
        );
    }
}
