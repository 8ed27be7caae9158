//! The rgo test runner (placeholder).
fn main() {}
