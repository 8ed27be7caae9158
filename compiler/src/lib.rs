//! rgo: a Go compiler written in Rust (placeholder; the lead engineer is writing the pipeline).
