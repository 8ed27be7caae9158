//! The `rgo` command (placeholder).
fn main() {}
