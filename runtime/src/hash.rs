//! Hashing of memory and strings for maps (gc's `memhash`/`strhash` role).
//!
//! The function is a wyhash-style multiply-mix over 16-byte blocks, keyed by
//! a per-process random key chosen at startup (like gc's `hashkey`) so hash
//! order differs between runs. Equal inputs with equal seeds always hash
//! equal; nothing else is promised. See `lib.rs` for the overview.

use core::sync::atomic::{AtomicU64, Ordering};

static HASHKEY: AtomicU64 = AtomicU64::new(0x243f_6a88_85a3_08d3);

const P0: u64 = 0xa076_1d64_78bd_642f;
const P1: u64 = 0xe703_7ed1_a0b4_28db;
const P2: u64 = 0x8ebc_6af0_9c88_c6e3;

/// Picks the process-wide random hash key; called once at startup.
pub fn init() {
    HASHKEY.store(crate::sys::random_u64() | 1, Ordering::Relaxed);
}

#[inline]
fn mix(a: u64, b: u64) -> u64 {
    let r = (a as u128).wrapping_mul(b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

#[inline]
fn read8(b: &[u8]) -> u64 {
    u64::from_le_bytes(b[..8].try_into().unwrap_or([0; 8]))
}

/// Reads up to 8 bytes little-endian, zero-padded.
#[inline]
fn read_partial(b: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    u64::from_le_bytes(buf)
}

/// Hashes `b` with `seed`.
pub fn hash_bytes(b: &[u8], seed: u64) -> u64 {
    let mut s = seed ^ HASHKEY.load(Ordering::Relaxed) ^ P0;
    let mut rest = b;
    while rest.len() > 16 {
        s = mix(read8(rest) ^ P1, read8(&rest[8..]) ^ s);
        rest = &rest[16..];
    }
    let (a, c) = if rest.len() > 8 {
        (read8(rest), read_partial(&rest[8..]))
    } else {
        (read_partial(rest), 0)
    };
    mix(P1 ^ b.len() as u64, mix(a ^ P1, c ^ s) ^ P2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_spread() {
        assert_eq!(hash_bytes(b"hello", 1), hash_bytes(b"hello", 1));
        assert_ne!(hash_bytes(b"hello", 1), hash_bytes(b"hello", 2));
        assert_ne!(hash_bytes(b"hello", 1), hash_bytes(b"hellp", 1));
        assert_ne!(hash_bytes(b"", 1), hash_bytes(b"\0", 1));
        let long = [7u8; 100];
        assert_ne!(hash_bytes(&long[..99], 0), hash_bytes(&long, 0));
    }
}
