//! Output for the `print`/`println` builtins and for the runtime's own
//! diagnostics (panics, fatal errors).
//!
//! Everything goes to standard error (fd 2) through `write(2)` with no
//! buffering, exactly like gc's `runtime/print.go`, so text interleaves with
//! the program's other writes in program order and survives a crash. The
//! formatting helpers are pure functions that fill a caller-provided buffer;
//! they never allocate, so they are usable from the signal handler. Formats
//! are byte-identical to gc's go1.27 runtime: integers in decimal, floats via
//! `strconv.AppendFloat(v, 'g', -1, bits)` (shortest round-trip digits),
//! pointers as `0x` + lowercase hex. See `lib.rs` for the overview.

use crate::sys;
use core::fmt::Write as _;

/// Writes raw bytes to standard error, ignoring errors (as gc does).
pub fn write_err(b: &[u8]) {
    let _ = sys::write_all(2, b);
}

/// Formats an unsigned integer in decimal into the tail of `buf`.
pub fn fmt_uint(buf: &mut [u8; 20], mut v: u64) -> &[u8] {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    &buf[i..]
}

/// Formats a signed integer in decimal into the tail of `buf`.
pub fn fmt_int(buf: &mut [u8; 21], v: i64) -> &[u8] {
    let mut tmp = [0u8; 20];
    let digits = fmt_uint(&mut tmp, v.unsigned_abs());
    let start = buf.len() - digits.len();
    buf[start..].copy_from_slice(digits);
    if v < 0 {
        buf[start - 1] = b'-';
        &buf[start - 1..]
    } else {
        &buf[start..]
    }
}

/// Formats `v` as `0x` followed by lowercase hex digits (no padding).
pub fn fmt_hex(buf: &mut [u8; 18], mut v: u64) -> &[u8] {
    const DIG: &[u8; 16] = b"0123456789abcdef";
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIG[(v & 15) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    buf[i - 1] = b'x';
    buf[i - 2] = b'0';
    &buf[i - 2..]
}

/// A fixed-capacity byte buffer implementing `core::fmt::Write`.
pub struct StackBuf<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> StackBuf<N> {
    /// An empty buffer.
    pub const fn new() -> Self {
        StackBuf {
            buf: [0; N],
            len: 0,
        }
    }

    /// Appends bytes, silently truncating at capacity.
    pub fn push(&mut self, b: &[u8]) {
        let n = b.len().min(N - self.len);
        self.buf[self.len..self.len + n].copy_from_slice(&b[..n]);
        self.len += n;
    }

    /// The bytes written so far.
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl<const N: usize> Default for StackBuf<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> core::fmt::Write for StackBuf<N> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        self.push(s.as_bytes());
        Ok(())
    }
}

/// Formats a float like Go's `strconv.AppendFloat(v, 'g', -1, bits)`, which
/// is what gc's `printfloat64`/`printfloat32` do: the shortest decimal that
/// round-trips at the given precision, in `%e` form (`1e+06`, at least two
/// exponent digits) when the decimal exponent is < -4 or >= 6 (gc's `eprec`
/// is 6 for shortest formatting), else in `%f` form. Specials are `NaN`,
/// `+Inf`, `-Inf`.
pub fn fmt_float(out: &mut StackBuf<40>, v: f64, bits32: bool) {
    if v.is_nan() {
        out.push(b"NaN");
        return;
    }
    if v.is_infinite() {
        out.push(if v > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    // Rust's `{:e}` yields the shortest round-trip digits, as Go does; for
    // float32 format the narrowed value so the digits are float32's.
    let mut sci = StackBuf::<40>::new();
    let _ = if bits32 {
        write!(sci, "{:e}", v as f32)
    } else {
        write!(sci, "{:e}", v)
    };
    let s = sci.as_bytes();
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let epos = s.iter().position(|&c| c == b'e').unwrap_or(s.len());
    let mut digits = [0u8; 24];
    let mut nd = 0;
    for &c in &s[..epos] {
        if c.is_ascii_digit() && nd < digits.len() {
            digits[nd] = c;
            nd += 1;
        }
    }
    let mut exp: i32 = 0;
    let mut eneg = false;
    for &c in s.get(epos + 1..).unwrap_or(&[]) {
        match c {
            b'-' => eneg = true,
            b'0'..=b'9' => exp = exp * 10 + (c - b'0') as i32,
            _ => {}
        }
    }
    if eneg {
        exp = -exp;
    }
    if neg {
        out.push(b"-");
    }
    if digits[..nd] == *b"0" {
        out.push(b"0");
        return;
    }
    let digits = &digits[..nd];
    if !(-4..6).contains(&exp) {
        // %e with precision nd-1.
        out.push(&digits[..1]);
        if nd > 1 {
            out.push(b".");
            out.push(&digits[1..]);
        }
        out.push(if exp < 0 { b"e-" } else { b"e+" });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push(b"0");
        }
        let mut ib = [0u8; 20];
        out.push(fmt_uint(&mut ib, e as u64));
    } else {
        // %f with just enough fraction digits: dp = exp + 1 digits before '.'.
        let dp = exp + 1;
        if dp <= 0 {
            out.push(b"0.");
            for _ in 0..-dp {
                out.push(b"0");
            }
            out.push(digits);
        } else {
            let dp = dp as usize;
            if nd <= dp {
                out.push(digits);
                for _ in nd..dp {
                    out.push(b"0");
                }
            } else {
                out.push(&digits[..dp]);
                out.push(b".");
                out.push(&digits[dp..]);
            }
        }
    }
}

/// Formats a complex number like `strconv.AppendComplex(c, 'g', -1, bits)`:
/// `(re+imi)`, forcing a sign on the imaginary part.
pub fn fmt_complex(out: &mut StackBuf<96>, re: f64, im: f64, bits32: bool) {
    let mut a = StackBuf::<40>::new();
    fmt_float(&mut a, re, bits32);
    let mut b = StackBuf::<40>::new();
    fmt_float(&mut b, im, bits32);
    out.push(b"(");
    out.push(a.as_bytes());
    if !matches!(b.as_bytes().first(), Some(b'+') | Some(b'-')) {
        out.push(b"+");
    }
    out.push(b.as_bytes());
    out.push(b"i)");
}

/// Prints a signed integer (gc's `printint`).
pub fn print_int(v: i64) {
    let mut b = [0u8; 21];
    write_err(fmt_int(&mut b, v));
}

/// Prints an unsigned integer (gc's `printuint`).
pub fn print_uint(v: u64) {
    let mut b = [0u8; 20];
    write_err(fmt_uint(&mut b, v));
}

/// Prints `0x`-prefixed hex (gc's `printhex`/`printpointer`).
pub fn print_hex(v: u64) {
    let mut b = [0u8; 18];
    write_err(fmt_hex(&mut b, v));
}

/// Prints a float64 (gc's `printfloat64`).
pub fn print_float(v: f64) {
    let mut b = StackBuf::<40>::new();
    fmt_float(&mut b, v, false);
    write_err(b.as_bytes());
}

/// Prints a float32 (gc's `printfloat32`).
pub fn print_float32(v: f32) {
    let mut b = StackBuf::<40>::new();
    fmt_float(&mut b, v as f64, true);
    write_err(b.as_bytes());
}

/// Prints a complex number (gc's `printcomplex128`/`printcomplex64`).
pub fn print_complex(re: f64, im: f64, bits32: bool) {
    let mut b = StackBuf::<96>::new();
    fmt_complex(&mut b, re, im, bits32);
    write_err(b.as_bytes());
}

/// Prints `true` or `false`.
pub fn print_bool(v: bool) {
    write_err(if v { b"true" } else { b"false" });
}

/// Prints a pair of words as `(0x…,0x…)` (gc's `printeface`/`printiface`).
pub fn print_pair(a: u64, b: u64) {
    write_err(b"(");
    print_hex(a);
    write_err(b",");
    print_hex(b);
    write_err(b")");
}

/// Prints a slice header as `[len/cap]0x…` (gc's `printslice`).
pub fn print_slice(ptr: u64, len: i64, cap: i64) {
    write_err(b"[");
    print_int(len);
    write_err(b"/");
    print_int(cap);
    write_err(b"]");
    print_hex(ptr);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64) -> String {
        let mut b = StackBuf::<40>::new();
        fmt_float(&mut b, v, false);
        String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    fn f32s(v: f32) -> String {
        let mut b = StackBuf::<40>::new();
        fmt_float(&mut b, v as f64, true);
        String::from_utf8(b.as_bytes().to_vec()).unwrap()
    }

    /// Expected strings were produced by gc go1.27.3's `println`.
    #[test]
    #[allow(clippy::approx_constant)]
    fn floats_match_gc() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1"),
            (1.5, "1.5"),
            (-2.25, "-2.25"),
            (0.1, "0.1"),
            (1e20, "1e+20"),
            (1e21, "1e+21"),
            (123456789.0, "1.23456789e+08"),
            (1e6, "1e+06"),
            (1e5, "100000"),
            (100000.5, "100000.5"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (3.14159265358979, "3.14159265358979"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "+Inf"),
            (f64::NEG_INFINITY, "-Inf"),
            (0.0, "0"),
            (-0.0, "-0"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (12345678.0, "1.2345678e+07"),
            (0.000123456, "0.000123456"),
            (2.5e-10, "2.5e-10"),
            (1.0 / 3.0, "0.3333333333333333"),
            (100.0, "100"),
            (1e15, "1e+15"),
            (123456.0, "123456"),
            (1234567.0, "1.234567e+06"),
        ];
        for &(v, want) in cases {
            assert_eq!(f(v), want, "formatting {v:?}");
        }
        assert_eq!(f32s(0.1), "0.1");
        assert_eq!(f32s(1e10), "1e+10");
        assert_eq!(f32s(3.4e38), "3.4e+38");
        assert_eq!(f32s(1.0 / 3.0), "0.33333334");
    }

    #[test]
    fn complex_matches_gc() {
        let mut b = StackBuf::<96>::new();
        fmt_complex(&mut b, 1.0, 2.0, false);
        assert_eq!(b.as_bytes(), b"(1+2i)");
        let mut b = StackBuf::<96>::new();
        fmt_complex(&mut b, -1.5, f64::INFINITY, false);
        assert_eq!(b.as_bytes(), b"(-1.5+Infi)");
    }

    #[test]
    fn ints_and_hex() {
        let mut b = [0u8; 21];
        assert_eq!(fmt_int(&mut b, i64::MIN), b"-9223372036854775808");
        assert_eq!(fmt_int(&mut b, 0), b"0");
        let mut u = [0u8; 20];
        assert_eq!(fmt_uint(&mut u, u64::MAX), b"18446744073709551615");
        let mut h = [0u8; 18];
        assert_eq!(fmt_hex(&mut h, 0), b"0x0");
        assert_eq!(fmt_hex(&mut h, 0xdead), b"0xdead");
        assert_eq!(fmt_hex(&mut h, u64::MAX), b"0xffffffffffffffff");
    }
}
