/* C stand-in for compiled Go code, exercising the runtime's ABI.
 *
 * It is the hand-written equivalent of this Go program (gc's output for it
 * is what tests/smoke.rs expects):
 *
 *   var g []int
 *   func main() {
 *       println(42, "hello", -7, uint64(18446744073709551615), true, 1.5, 1e21, 0.1)
 *       s := "foo" + "" + "bar"; println(s)
 *       m := make([]int, 3, 5); println(len(m), cap(m))
 *       for i := 0; i < 1000; i++ { g = append(g, i); ...print each new cap... }
 *       println(g[999], "héllo")
 *       switch os.Args[1] { bounds: m[5]; segv: *nil; overflow: deep recursion; exit: os.Exit(3) }
 *   }
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef struct { const char *ptr; intptr_t len; } GoString;
typedef struct { void *ptr; intptr_t len, cap; } GoSlice;
typedef struct TypeDesc {
    uintptr_t size, ptrdata;
    uint32_t hash;
    uint8_t kind, align, flags, pad;
    const uint8_t *gcdata;
    GoString name;
    const struct TypeDesc *elem, *key;
    uintptr_t len;
    void *equal, *methods;
    uintptr_t nmethods;
} TypeDesc;

_Static_assert(sizeof(TypeDesc) == 96, "TypeDesc is 96 bytes");

static const TypeDesc int_type = {8, 0, 0, 2, 8, 1 << 1, 0, 0, {"int", 3}, 0, 0, 0, 0, 0, 0};

void rt_printint(int64_t);
void rt_printuint(uint64_t);
void rt_printbool(bool);
void rt_printfloat(double);
void rt_printstring(const char *, intptr_t);
void rt_printsp(void);
void rt_printnl(void);
GoString rt_concatstrings(char *buf, const GoString *, intptr_t);
void rt_makeslice(GoSlice *, const TypeDesc *, intptr_t, intptr_t);
void rt_growslice(GoSlice *, void *, intptr_t, intptr_t, intptr_t, const TypeDesc *);
void rt_panicbounds(uint8_t, int64_t, bool, int64_t) __attribute__((noreturn));
void rt_exit(int64_t) __attribute__((noreturn));
void *rt_mallocgc(uintptr_t, const TypeDesc *, bool);
void *rt_newobject(const TypeDesc *);
void rt_readmemstats(uint64_t *);
int64_t rt_argc(void);
GoString rt_argv(int64_t);

static GoSlice g;

/* type Node struct { next *Node; val int } */
typedef struct Node { struct Node *next; int64_t val; } Node;
static const uint8_t node_bits[1] = {1};
static const TypeDesc node_type = {16, 8, 0, 25, 8, 0, 0, node_bits, {"main.Node", 9}, 0, 0, 0, 0, 0, 0};
static const TypeDesc nodeptr_type = {8, 8, 0, 22, 8, 1, 0, node_bits, {"*main.Node", 10}, &node_type, 0, 0, 0, 0, 0};
static Node *list;
static GoSlice ptrs; /* []*Node */

/* Allocates ~400 MB of garbage while keeping 20000 nodes alive through a
 * global list and a global []*Node, then checks them and the heap size.
 * Run with GOGC=100; prints "gc ok <numgc>=0?" style facts. */
static void gc_stress(void) {
    for (int64_t i = 0; i < 400000; i++) {
        Node *n = rt_newobject(&node_type);
        n->val = i;
        if (i % 20 == 0) {
            n->next = list;
            list = n;
            if (ptrs.len + 1 > ptrs.cap)
                rt_growslice(&ptrs, ptrs.ptr, ptrs.len + 1, ptrs.cap, 1, &nodeptr_type);
            else
                ptrs.len++;
            ((Node **)ptrs.ptr)[ptrs.len - 1] = n;
        }
        char *junk = rt_mallocgc(1000, 0, true);
        junk[999] = 1;
    }
    int64_t want = 399980, count = 0;
    for (Node *n = list; n; n = n->next, want -= 20, count++)
        if (n->val != want) { rt_printstring("bad list\n", 9); rt_exit(1); }
    for (intptr_t i = 0; i < ptrs.len; i++)
        if (((Node **)ptrs.ptr)[i]->val != i * 20) { rt_printstring("bad slice\n", 10); rt_exit(1); }
    uint64_t ms[5776 / 8];
    rt_readmemstats(ms);
    uint32_t numgc = (uint32_t)ms[4288 / 8];
    rt_printstring("gc ", 3);
    rt_printint(count); rt_printsp();
    rt_printbool(numgc > 0); rt_printsp();
    rt_printbool(ms[7] < (64u << 20)); /* HeapSys */
    rt_printnl();
}

static int rec(int n) {
    volatile char buf[64];
    buf[n % 64] = (char)n;
    return rec(n + 1) + buf[1];
}

static bool arg_is(const char *want) {
    if (rt_argc() < 2) return false;
    GoString a = rt_argv(1);
    return (size_t)a.len == strlen(want) && memcmp(a.ptr, want, a.len) == 0;
}

void rgo_main(void) {
    rt_printint(42); rt_printsp();
    rt_printstring("hello", 5); rt_printsp();
    rt_printint(-7); rt_printsp();
    rt_printuint(UINT64_MAX); rt_printsp();
    rt_printbool(true); rt_printsp();
    rt_printfloat(1.5); rt_printsp();
    rt_printfloat(1e21); rt_printsp();
    rt_printfloat(0.1); rt_printnl();

    GoString parts[3] = {{"foo", 3}, {"", 0}, {"bar", 3}};
    GoString s = rt_concatstrings(NULL, parts, 3);
    rt_printstring(s.ptr, s.len); rt_printnl();

    GoSlice m;
    rt_makeslice(&m, &int_type, 3, 5);
    rt_printint(m.len); rt_printsp(); rt_printint(m.cap); rt_printnl();

    intptr_t last = -1;
    for (int64_t i = 0; i < 1000; i++) {
        if (g.len + 1 > g.cap) {
            rt_growslice(&g, g.ptr, g.len + 1, g.cap, 1, &int_type);
        } else {
            g.len++;
        }
        ((int64_t *)g.ptr)[g.len - 1] = i;
        if (g.cap != last) {
            rt_printint(g.cap); rt_printstring(" ", 1);
            last = g.cap;
        }
    }
    rt_printnl();
    rt_printint(((int64_t *)g.ptr)[999]); rt_printsp();
    rt_printstring("h\xc3\xa9llo", 6); rt_printnl();

    if (arg_is("bounds")) rt_panicbounds(0, 5, true, m.len);
    if (arg_is("segv")) { volatile int64_t *p = 0; rt_printint(*p); }
    if (arg_is("overflow")) rec(0);
    if (arg_is("exit")) rt_exit(3);
    if (arg_is("gc")) gc_stress();
}
