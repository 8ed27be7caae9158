//! Source text to AST: spans, tokens, the lexer (with Go's automatic
//! semicolon rule) and the chumsky parser.
//!
//! Entry point: `parse_file`. Invariant: parsing never fails outright; it
//! returns a `File` (possibly holding `Bad` nodes) and the syntax errors.

pub mod ast;
pub mod dump;
pub mod lexer;
pub mod parser;
pub mod span;
pub mod token;

pub use parser::{parse_file, parse_source};
