//! rgo: a Go compiler written in Rust.
//!
//! The pipeline, one module per phase:
//! 1. `syntax`: source text → tokens (Go's semicolon rule) → AST in a bumpalo arena (chumsky parser).
//! 2. `types`: the type checker fills `types::Info` (types of expressions, objects of identifiers).
//! 3. `ir`: AST + `Info` → a typed, desugared IR with explicit allocation sites.
//! 4. `escape`: gc's escape analysis over the IR decides stack or heap for every allocation site.
//! 5. `codegen`: IR → Cranelift IR → an ELF object (cranelift-object).
//! 6. `driver`: the `rgo` command: package loading, flags, dumps, linking with the runtime by `cc`.
//!
//! `frontend` runs phases 1-2 on in-memory source (for the fuzzer and the front-end benchmark).
//! Diagnostics from every phase are data (`diag::Diagnostic`), rendered in `diag`.
//! ARCHITECTURE.md at the repository root holds the code map and the invariants.

pub mod codegen;
pub mod diag;
pub mod driver;
pub mod escape;
pub mod frontend;
pub mod ir;
pub mod syntax;
pub mod types;
