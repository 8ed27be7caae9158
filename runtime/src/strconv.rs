//! Float conversions behind the stdlib's `strconv`: shortest round-trip
//! digits (the ryu algorithm, via the `ryu` crate) and correctly rounded
//! decimal parsing (core's `str::parse`).
//!
//! Go code checks the syntax (Go's literal syntax differs from Rust's) and
//! does all the layout; these functions only produce or consume plain
//! digits. See `stdlib/strconv/ftoa.go` and `atof.go` for the Go side, and
//! `lib.rs` for the list of entry points.

/// Writes the shortest decimal digits of the finite, nonzero `|v|` (rounded
/// to `f32` first when `bitsize` is 32) that read back as the same value
/// into `out`, without leading or trailing zeros. Returns the digit count
/// and the decimal point position `dp`: the value is `0.DIGITS × 10^dp`.
pub fn shortest_digits(v: f64, bitsize: i64, out: &mut [u8; 32]) -> (usize, i64) {
    let mut buf = ryu::Buffer::new();
    let s = if bitsize == 32 {
        buf.format_finite((v as f32).abs())
    } else {
        buf.format_finite(v.abs())
    };
    let s = s.as_bytes();
    // ryu prints `d.ddd`, `0.000ddd`, `ddd.0` or `d.ddde±x`.
    let (mant, exp) = match s.iter().position(|&c| c == b'e') {
        Some(i) => (&s[..i], parse_exp(&s[i + 1..])),
        None => (s, 0),
    };
    let mut n = 0usize;
    let mut int_digits = 0i64;
    let mut seen_dot = false;
    let mut leading = true;
    for &c in mant {
        if c == b'.' {
            seen_dot = true;
            continue;
        }
        if leading && c == b'0' {
            // A leading zero moves the point left when it follows the dot.
            if seen_dot {
                int_digits -= 1;
            }
            continue;
        }
        leading = false;
        if !seen_dot {
            int_digits += 1;
        }
        if n < out.len() {
            out[n] = c;
            n += 1;
        }
    }
    while n > 0 && out[n - 1] == b'0' {
        n -= 1;
    }
    (n, int_digits + exp)
}

fn parse_exp(s: &[u8]) -> i64 {
    let (neg, digits) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = digits
        .iter()
        .fold(0i64, |acc, &c| acc * 10 + i64::from(c - b'0'));
    if neg {
        -v
    } else {
        v
    }
}

/// Parses a decimal floating-point string (digits, optional `.`, optional
/// exponent, optional sign; already validated by Go) to the nearest `f64`,
/// or the nearest `f32` widened when `bitsize` is 32. Overflow gives ±Inf.
pub fn parse_float(s: &[u8], bitsize: i64) -> Option<f64> {
    let s = core::str::from_utf8(s).ok()?;
    if bitsize == 32 {
        s.parse::<f32>().ok().map(f64::from)
    } else {
        s.parse::<f64>().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(v: f64, bits: i64) -> (String, i64) {
        let mut out = [0u8; 32];
        let (n, dp) = shortest_digits(v, bits, &mut out);
        (String::from_utf8(out[..n].to_vec()).unwrap(), dp)
    }

    #[test]
    fn shortest() {
        assert_eq!(digits(1.0, 64), ("1".into(), 1));
        assert_eq!(digits(100.0, 64), ("1".into(), 3));
        assert_eq!(digits(0.1, 64), ("1".into(), 0));
        assert_eq!(digits(0.001234, 64), ("1234".into(), -2));
        assert_eq!(digits(1e21, 64), ("1".into(), 22));
        assert_eq!(digits(1e-7, 64), ("1".into(), -6));
        assert_eq!(digits(0.1 + 0.2, 64), ("30000000000000004".into(), 0));
        assert_eq!(digits(-123.456, 64), ("123456".into(), 3));
        assert_eq!(digits(5e-324, 64), ("5".into(), -323));
        assert_eq!(digits(f64::MAX, 64), ("17976931348623157".into(), 309));
        assert_eq!(digits(f64::from(0.1f32), 32), ("1".into(), 0));
        assert_eq!(digits(16777216.0, 32), ("16777216".into(), 8));
    }

    #[test]
    fn parse() {
        assert_eq!(parse_float(b"0.1", 64), Some(0.1));
        assert_eq!(parse_float(b"1e400", 64), Some(f64::INFINITY));
        assert_eq!(parse_float(b"-1e400", 64), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float(b"3.4028236e38", 32), Some(f64::INFINITY));
        assert_eq!(parse_float(b".5", 64), Some(0.5));
        assert_eq!(parse_float(b"5.", 64), Some(5.0));
        assert_eq!(parse_float(b"+1e-400", 64), Some(0.0));
    }
}
