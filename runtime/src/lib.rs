//! The rgo runtime (placeholder).
