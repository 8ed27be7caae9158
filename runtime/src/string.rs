//! String operations: concatenation, comparison, conversions to and from
//! byte and rune slices, and UTF-8 decoding with Go's rules.
//!
//! New strings are allocated from the Go heap as noscan objects. Decoding
//! follows Go's `for range` semantics: an invalid or truncated sequence (or
//! an encoded surrogate or value above U+10FFFF) yields U+FFFD with width 1.
//! Conversions to slices round the capacity up to the size class like gc's
//! `rawbyteslice`/`rawruneslice`. See `lib.rs` for the overview.
//!
//! A conversion or concatenation whose result the compiler proved does not
//! escape passes a 32-byte buffer in its frame (gc's `tmpBuf`, `TmpBuf`;
//! `[32]rune` for `[]rune(s)`), used when the result fits. A result may
//! therefore live on the stack; `concat` never returns such a string as is
//! to a caller that passed no buffer (`data_on_stack`).

use crate::alloc::{mallocgc, roundupsize};
use crate::panic;
use crate::types::{GoSlice, GoString};
use core::ptr;

/// U+FFFD, the replacement character.
pub const RUNE_ERROR: i32 = 0xFFFD;
const MAX_RUNE: i32 = 0x10FFFF;

/// Decodes the rune starting at `s[k]`, returning it and the index after it.
/// Out of range `k` gives `(RUNE_ERROR, k + 1)` as in gc.
pub fn decode_rune(s: &[u8], k: usize) -> (i32, usize) {
    if k >= s.len() {
        return (RUNE_ERROR, k + 1);
    }
    let b0 = s[k];
    if b0 < 0x80 {
        return (b0 as i32, k + 1);
    }
    let cont = |i: usize, lo: u8, hi: u8| -> Option<u32> {
        let b = *s.get(k + i)?;
        (lo..=hi).contains(&b).then_some((b & 0x3f) as u32)
    };
    let r = match b0 {
        0xC2..=0xDF => cont(1, 0x80, 0xBF).map(|c1| (((b0 & 0x1f) as u32) << 6 | c1, 2)),
        0xE0..=0xEF => {
            let (lo, hi) = match b0 {
                0xE0 => (0xA0, 0xBF),
                0xED => (0x80, 0x9F),
                _ => (0x80, 0xBF),
            };
            cont(1, lo, hi).and_then(|c1| {
                cont(2, 0x80, 0xBF).map(|c2| (((b0 & 0x0f) as u32) << 12 | c1 << 6 | c2, 3))
            })
        }
        0xF0..=0xF4 => {
            let (lo, hi) = match b0 {
                0xF0 => (0x90, 0xBF),
                0xF4 => (0x80, 0x8F),
                _ => (0x80, 0xBF),
            };
            cont(1, lo, hi).and_then(|c1| {
                cont(2, 0x80, 0xBF).and_then(|c2| {
                    cont(3, 0x80, 0xBF)
                        .map(|c3| (((b0 & 0x07) as u32) << 18 | c1 << 12 | c2 << 6 | c3, 4))
                })
            })
        }
        _ => None,
    };
    match r {
        Some((r, w)) => (r as i32, k + w),
        None => (RUNE_ERROR, k + 1),
    }
}

/// Encodes `r` as UTF-8 into `buf` (invalid runes become U+FFFD) and returns
/// the number of bytes written.
pub fn encode_rune(buf: &mut [u8; 4], r: i32) -> usize {
    let r = if !(0..=MAX_RUNE).contains(&r) || (0xD800..=0xDFFF).contains(&r) {
        RUNE_ERROR as u32
    } else {
        r as u32
    };
    if r < 0x80 {
        buf[0] = r as u8;
        1
    } else if r < 0x800 {
        buf[0] = 0xC0 | (r >> 6) as u8;
        buf[1] = 0x80 | (r & 0x3f) as u8;
        2
    } else if r < 0x10000 {
        buf[0] = 0xE0 | (r >> 12) as u8;
        buf[1] = 0x80 | ((r >> 6) & 0x3f) as u8;
        buf[2] = 0x80 | (r & 0x3f) as u8;
        3
    } else {
        buf[0] = 0xF0 | (r >> 18) as u8;
        buf[1] = 0x80 | ((r >> 12) & 0x3f) as u8;
        buf[2] = 0x80 | ((r >> 6) & 0x3f) as u8;
        buf[3] = 0x80 | (r & 0x3f) as u8;
        4
    }
}

/// Number of runes `for range` would visit.
pub fn count_runes(s: &[u8]) -> usize {
    let mut n = 0;
    let mut k = 0;
    while k < s.len() {
        k = if s[k] < 0x80 {
            k + 1
        } else {
            decode_rune(s, k).1
        };
        n += 1;
    }
    n
}

/// Bytes in gc's `tmpBuf`.
pub const TMP_BUF: usize = 32;

/// Allocates an uninitialised string of `n` bytes.
fn rawstring(n: usize) -> *mut u8 {
    mallocgc(n, None, false)
}

/// gc's `rawstringtmp`: the caller's buffer when there is one and `n` fits,
/// else a fresh heap string.
fn rawstringtmp(buf: *mut u8, n: usize) -> *mut u8 {
    if !buf.is_null() && n <= TMP_BUF {
        buf
    } else {
        rawstring(n)
    }
}

/// gc's `staticuint64s` as bytes: one-byte strings point here.
static SINGLE_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i as u8;
        i += 1;
    }
    t
};

/// Whether `p` points into the running goroutine's stack (gc's
/// `stringDataOnStack`).
pub fn data_on_stack(p: *const u8) -> bool {
    use crate::signal::{STACK_HI, STACK_LO};
    use core::sync::atomic::Ordering;
    let a = p as usize;
    a >= STACK_LO.load(Ordering::Relaxed) && a < STACK_HI.load(Ordering::Relaxed)
}

/// gc's `slicebytetostring`: `string(b)`, in `buf` when it fits; a
/// one-byte string is static.
///
/// # Safety
/// The buffer is null or large enough (`TMP_BUF` bytes; 4 for `intstring`).
pub unsafe fn bytes_to_string(buf: *mut u8, b: &[u8]) -> GoString {
    if b.is_empty() {
        return GoString::EMPTY;
    }
    if b.len() == 1 {
        return GoString {
            ptr: &SINGLE_BYTES[b[0] as usize],
            len: 1,
        };
    }
    let p = rawstringtmp(buf, b.len());
    // SAFETY: `p` has room for `b.len()` bytes and is not `b`'s memory.
    unsafe { ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    GoString {
        ptr: p,
        len: b.len() as isize,
    }
}

/// Copies `b` into a new heap string.
pub fn new_string(b: &[u8]) -> GoString {
    if b.is_empty() {
        return GoString::EMPTY;
    }
    let p = rawstring(b.len());
    // SAFETY: `p` is a fresh allocation of `b.len()` bytes.
    unsafe { ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    GoString {
        ptr: p,
        len: b.len() as isize,
    }
}

/// gc's `concatstrings`: joins `parts`, skipping empty ones, into `buf`
/// when given and large enough; a single non-empty part is returned as is,
/// unless the result may escape (`buf` null) and the part is on the stack.
///
/// # Safety
/// The buffer is null or large enough (`TMP_BUF` bytes; 4 for `intstring`).
pub unsafe fn concat(buf: *mut u8, parts: &[GoString]) -> GoString {
    let mut total: usize = 0;
    let mut count = 0;
    let mut idx = 0;
    for (i, s) in parts.iter().enumerate() {
        if s.len <= 0 {
            continue;
        }
        total = match total.checked_add(s.len as usize) {
            Some(t) if t <= isize::MAX as usize => t,
            _ => panic::fatal("string concatenation too long"),
        };
        count += 1;
        idx = i;
    }
    if count == 0 {
        return GoString::EMPTY;
    }
    if count == 1 && (!buf.is_null() || !data_on_stack(parts[idx].ptr)) {
        return parts[idx];
    }
    let p = rawstringtmp(buf, total);
    let mut off = 0;
    for s in parts {
        if s.len > 0 {
            // SAFETY: the parts are live Go strings and `p` has room for all.
            unsafe { ptr::copy_nonoverlapping(s.ptr, p.add(off), s.len as usize) };
            off += s.len as usize;
        }
    }
    GoString {
        ptr: p,
        len: total as isize,
    }
}

/// `string(r)` for an integer `r` (gc's `intstring`): in the caller's
/// 4-byte `buf` when given, else a 4-byte heap string.
///
/// # Safety
/// The buffer is null or large enough (`TMP_BUF` bytes; 4 for `intstring`).
pub unsafe fn intstring(buf: *mut u8, v: i64) -> GoString {
    let r = if v < 0 || v > MAX_RUNE as i64 {
        RUNE_ERROR
    } else {
        v as i32
    };
    let mut enc = [0u8; 4];
    let n = encode_rune(&mut enc, r);
    let p = if buf.is_null() { rawstring(4) } else { buf };
    // SAFETY: `p` has room for 4 bytes.
    unsafe { ptr::copy_nonoverlapping(enc.as_ptr(), p, n) };
    GoString {
        ptr: p,
        len: n as isize,
    }
}

/// `[]byte(s)` (gc's `stringtoslicebyte`): `buf[:len(s)]` (capacity 32,
/// cleared first) when the caller's buffer is given and `s` fits, else a
/// fresh byte slice with capacity rounded to the size class.
///
/// # Safety
/// `buf` is null or addresses `TMP_BUF` writable bytes.
pub unsafe fn string_to_bytes(buf: *mut u8, s: &[u8]) -> GoSlice {
    if !buf.is_null() && s.len() <= TMP_BUF {
        // SAFETY: `buf` has `TMP_BUF` bytes (caller contract); `s` is not in it.
        unsafe {
            ptr::write_bytes(buf, 0, TMP_BUF);
            ptr::copy_nonoverlapping(s.as_ptr(), buf, s.len());
        }
        return GoSlice {
            ptr: buf,
            len: s.len() as isize,
            cap: TMP_BUF as isize,
        };
    }
    let cap = roundupsize(s.len(), true);
    let p = mallocgc(cap, None, false);
    // SAFETY: `p` has `cap >= s.len()` bytes; the tail is cleared.
    unsafe {
        ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
        ptr::write_bytes(p.add(s.len()), 0, cap - s.len());
    }
    GoSlice {
        ptr: p,
        len: s.len() as isize,
        cap: cap as isize,
    }
}

/// `[]rune(s)` (gc's `stringtoslicerune`): decodes into the caller's
/// `[32]rune` buffer when given and large enough (capacity 32), else into
/// a fresh rune slice (capacity rounded to the size class).
///
/// # Safety
/// `buf` is null or addresses `TMP_BUF` writable runes.
pub unsafe fn string_to_runes(buf: *mut i32, s: &[u8]) -> GoSlice {
    let n = count_runes(s);
    let (p, mem) = if !buf.is_null() && n <= TMP_BUF {
        (buf, TMP_BUF * 4)
    } else {
        let mem = roundupsize(n * 4, true);
        (mallocgc(mem, None, false) as *mut i32, mem)
    };
    let mut k = 0;
    let mut i = 0;
    while k < s.len() {
        let (r, nk) = decode_rune(s, k);
        // SAFETY: there are exactly `n` runes and room for `mem / 4 >= n`.
        unsafe { *p.add(i) = r };
        i += 1;
        k = nk;
    }
    // SAFETY: clears the unused capacity inside the allocation.
    unsafe { ptr::write_bytes((p as *mut u8).add(n * 4), 0, mem - n * 4) };
    GoSlice {
        ptr: p as *mut u8,
        len: n as isize,
        cap: (mem / 4) as isize,
    }
}

/// `string(runes)` (gc's `slicerunetostring`): in the caller's buffer
/// when given and the encoding (plus 3 bytes, as gc reserves) fits.
///
/// # Safety
/// The buffer is null or large enough (`TMP_BUF` bytes; 4 for `intstring`).
pub unsafe fn runes_to_string(tmp: *mut u8, runes: &[i32]) -> GoString {
    let mut buf = [0u8; 4];
    let total: usize = runes.iter().map(|&r| encode_rune(&mut buf, r)).sum();
    let p = rawstringtmp(tmp, total + 3);
    if total == 0 {
        return GoString::EMPTY;
    }
    let mut off = 0;
    for &r in runes {
        let n = encode_rune(&mut buf, r);
        // SAFETY: the total was computed with the same encoding.
        unsafe { ptr::copy_nonoverlapping(buf.as_ptr(), p.add(off), n) };
        off += n;
    }
    GoString {
        ptr: p,
        len: total as isize,
    }
}

/// Three-way byte-wise comparison (gc's `cmpstring`).
pub fn compare(a: &[u8], b: &[u8]) -> i64 {
    match a.cmp(b) {
        core::cmp::Ordering::Less => -1,
        core::cmp::Ordering::Equal => 0,
        core::cmp::Ordering::Greater => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_matches_gc_range() {
        // gc: for _, c := range "a\xffé\xe2\x82" prints 97 65533 233 65533 65533.
        let s = b"a\xff\xc3\xa9\xe2\x82";
        let mut k = 0;
        let mut got = vec![];
        while k < s.len() {
            let (r, nk) = decode_rune(s, k);
            got.push(r);
            k = nk;
        }
        assert_eq!(got, [97, 65533, 233, 65533, 65533]);
        assert_eq!(count_runes(s), 5);
        assert_eq!(decode_rune("世".as_bytes(), 0), (0x4e16, 3));
        assert_eq!(decode_rune("😀".as_bytes(), 0), (0x1F600, 4));
        assert_eq!(decode_rune(b"\xed\xa0\x80", 0), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xc0\x80", 0), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xf4\x90\x80\x80", 0), (RUNE_ERROR, 1)); // > U+10FFFF
    }

    #[test]
    fn encode_invalid_is_fffd() {
        let mut b = [0u8; 4];
        for r in [-1, 0x110000, 0xD800] {
            let n = encode_rune(&mut b, r);
            assert_eq!(&b[..n], "\u{FFFD}".as_bytes());
        }
        let n = encode_rune(&mut b, 65);
        assert_eq!(&b[..n], b"A");
    }

    #[test]
    fn conversions() {
        let null = core::ptr::null_mut();
        // SAFETY (this test): null buffers, so the runtime allocates.
        // gc: []byte(s) of 5 bytes has cap 8; []rune of 5 runes has cap 6.
        let b = unsafe { string_to_bytes(null, b"hello") };
        assert_eq!((b.len, b.cap), (5, 8));
        let r = unsafe { string_to_runes(core::ptr::null_mut(), "h\u{e9}llo".as_bytes()) };
        assert_eq!((r.len, r.cap), (5, 6));
        // SAFETY: `r` was just built with 5 initialised runes.
        let runes = unsafe { core::slice::from_raw_parts(r.ptr as *const i32, 5) };
        assert_eq!(runes, [104, 233, 108, 108, 111]);
        let s = unsafe { runes_to_string(null, &[65, -1, 0x4e16]) };
        // SAFETY: `s` is a live string we just built.
        assert_eq!(unsafe { s.as_bytes() }, "A\u{FFFD}世".as_bytes());
        let s = unsafe { intstring(null, 0x10FFFF + 1) };
        // SAFETY: as above.
        assert_eq!(unsafe { s.as_bytes() }, "\u{FFFD}".as_bytes());
    }

    #[test]
    fn conversions_into_buffer() {
        // gc's tmpBuf: a result that fits uses the caller's buffer, and
        // []byte(s) then has the buffer's capacity.
        let mut buf = [0xAAu8; TMP_BUF];
        let p = buf.as_mut_ptr();
        // SAFETY: `buf` has `TMP_BUF` bytes.
        let b = unsafe { string_to_bytes(p, b"hi") };
        assert_eq!((b.ptr, b.len, b.cap), (p, 2, TMP_BUF as isize));
        assert_eq!(&buf[..3], b"hi\0");
        // SAFETY: as above; one byte is static, so not in the buffer.
        let one = unsafe { bytes_to_string(p, b"x") };
        assert_ne!(one.ptr, p as *const u8);
        // SAFETY: as above; 33 bytes do not fit.
        let big = unsafe { bytes_to_string(p, &[b'z'; 33]) };
        assert_ne!(big.ptr, p as *const u8);
    }

    #[test]
    fn concat_skips_empty_and_shares_single() {
        let null = core::ptr::null_mut();
        let a = GoString::from_static("abc");
        let e = GoString::EMPTY;
        // SAFETY (this test): null buffers.
        let one = unsafe { concat(null, &[e, a, e]) };
        assert_eq!(one.ptr, a.ptr);
        let two = unsafe { concat(null, &[a, e, GoString::from_static("de")]) };
        // SAFETY: `two` is a live string we just built.
        assert_eq!(unsafe { two.as_bytes() }, b"abcde");
        assert_eq!(unsafe { concat(null, &[e, e]) }.len, 0);
    }

    #[test]
    fn compare_is_bytewise() {
        assert_eq!(compare(b"a", b"b"), -1);
        assert_eq!(compare(b"ab", b"a"), 1);
        assert_eq!(compare(b"", b""), 0);
        assert_eq!(compare(b"\xff", b"a"), 1);
    }
}
