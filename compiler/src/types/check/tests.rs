//! Unit tests of the checker: Go source in, gc-worded diagnostics out.
//! Every expectation was taken from gc (go1.27.3, `go build -gcflags=-e`)
//! output on the same program.

use crate::syntax::ast::NodeIds;
use crate::syntax::span::SourceMap;
use crate::types::{check, Info, TyCtx};

/// Checks one `main` package and returns `LINE:COL: message` lines (first
/// line of each message), sorted, one per source line like gc.
fn check_src(src: &str) -> Vec<String> {
    let mut sm = SourceMap::default();
    let arena = bumpalo::Bump::new();
    let mut ids = NodeIds::default();
    let id = sm.add("./x.go".into(), src.into());
    let text: &str = arena.alloc_str(src);
    let (file, errs) = crate::syntax::parse_file(&arena, id, text, &mut ids);
    assert!(errs.is_empty(), "syntax errors: {errs:?}");
    let mut tcx = TyCtx::new();
    check::init_universe(&mut tcx);
    let mut info = Info::default();
    let (_, mut diags) = check::check_package(&mut tcx, &mut info, &sm, "main", &[file], &|_| None);
    diags.sort_by_key(|d| d.span.lo);
    let mut out: Vec<String> = Vec::new();
    let mut last = 0;
    for d in diags {
        let p = sm.pos(d.span);
        if p.line == last {
            continue;
        }
        last = p.line;
        out.push(format!(
            "{}:{}: {}",
            p.line,
            p.col,
            d.message.lines().next().unwrap_or("")
        ));
    }
    out
}

#[test]
fn unused_variable() {
    assert_eq!(
        check_src("package main\nfunc main() { x := 1 }"),
        ["2:15: declared and not used: x"]
    );
}

#[test]
fn valid_program_has_no_errors() {
    let src = "package main\n\ntype T struct{ a int }\n\nfunc (t *T) Inc() { t.a++ }\n\nfunc f() (int, string) { return 1, \"a\" }\n\nfunc main() {\n\tvar t T\n\tt.Inc()\n\tn, s := f()\n\tprintln(n, s, t.a)\n\tfor i := range 3 {\n\t\tprintln(i)\n\t}\n}\n";
    assert_eq!(check_src(src), Vec::<String>::new());
}

#[test]
fn common_diagnostics() {
    let src = "package main

type T struct{ a int }
type I interface{ M() }

func (t *T) M() {}

func main() {
	x := 1
	var s string = x
	_ = x + s
	var b byte = 300
	var y int = 1 << 70
	var i I = T{}
	_ = 1 / 0
	1
	t := T{}
	t.b = 1
	_ = undefinedName
	if x {
	}
	var arr [3]int
	_ = arr[5]
	_, _ = b, y
	_ = i
}

func h() int {
}
";
    assert_eq!(
        check_src(src),
        [
            "10:17: cannot use x (variable of type int) as string value in variable declaration",
            "11:6: invalid operation: x + s (mismatched types int and string)",
            "12:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)",
            "13:14: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in variable declaration (overflows)",
            "14:12: cannot use T{} (value of struct type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)",
            "15:10: invalid operation: division by zero",
            "16:2: 1 (untyped int constant) is not used",
            "18:4: t.b undefined (type T has no field or method b)",
            "19:6: undefined: undefinedName",
            "20:5: non-boolean condition in if statement",
            "23:10: invalid argument: index 5 out of bounds [0:3]",
            "29:1: missing return",
        ]
    );
}

#[test]
fn cycles_and_labels() {
    let src = "package main

const a = b
const b = a

type T struct{ x T }
type U V
type V U

var x int = x

func main() {
	var r int
	r = 1
L:
	goto M
	var w int
M:
	_ = w
	switch v := interface{}(1).(type) {
	}
	break
}
";
    assert_eq!(
        check_src(src),
        [
            "3:7: initialization cycle for a",
            "6:6: invalid recursive type: T refers to itself",
            "7:6: invalid recursive type U",
            "10:5: initialization cycle: x refers to itself",
            "13:6: declared and not used: r",
            "15:1: label L defined and not used",
            "16:7: goto M jumps over declaration of w at ./x.go:17:6",
            "20:9: v declared and not used",
            "22:2: break is not in a loop, switch, or select",
        ]
    );
}
