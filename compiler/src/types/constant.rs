//! Compile-time constant values with exact arithmetic.
//!
//! Untyped constants are exact: integers are `BigInt`s, floats are exact
//! rationals (`BigRational`) as long as they stay representable, like gc's
//! arbitrary-precision constants. Representability checks (`representable`),
//! conversion and rounding to a typed constant live here, as does the text
//! gc prints for a constant value (`ConstValue::to_string`, matching
//! `go/constant`'s `String`).
//!
//! Invariant: a `Float` whose value is integral is still a `Float` (the kind
//! of the constant follows its type, not its value); printing renders it as
//! an integer the way `go/constant` does. Likewise a `Complex` (exact real
//! and imaginary parts) stays `Complex` when its imaginary part is zero; it
//! then also answers as a number of the smaller kinds (`to_rat`,
//! `to_bigint`), which is how Go converts `complex(2, 0)` to an `int`. The checker (`types::check`) is the
//! only producer of values; later phases read them through the accessors.

use crate::syntax::ast::{BinaryOp, LitKind};
use crate::types::BasicKind;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::fmt;

#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ConstValue {
    Bool(bool),
    /// A string's bytes: not necessarily UTF-8 (`"\xff"` is one byte).
    String(Vec<u8>),
    Int(BigInt),
    Float(BigRational),
    /// Real and imaginary parts.
    Complex(BigRational, BigRational),
}

/// Why a constant cannot be represented by a type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ReprError {
    /// The value is out of range (`overflows`).
    Overflow,
    /// A non-integral value for an integer type (`truncated`).
    Truncated,
    /// The kinds do not match at all (a string for an int).
    Mismatch,
}

/// The largest exponent (in bits) an untyped float constant may reach before
/// gc reports an overflow; values beyond it are rejected by the checker.
pub const MAX_FLOAT_BITS: u64 = 4096;

impl ConstValue {
    /// Parses a literal as written in source. Returns `None` for malformed
    /// text.
    pub fn from_lit(kind: LitKind, raw: &str) -> Option<ConstValue> {
        match kind {
            LitKind::Int => parse_int(raw).map(ConstValue::Int),
            LitKind::Float => parse_float(raw).map(ConstValue::Float),
            LitKind::Char => unquote_char(raw).map(|c| ConstValue::Int(BigInt::from(c))),
            LitKind::String => unquote_bytes(raw).map(ConstValue::String),
            LitKind::Imag => {
                let body = raw.strip_suffix('i')?;
                let lower = body.to_ascii_lowercase();
                // `0b`/`0o` prefixes are integer-only; `0x` may be a hex float;
                // a leading 0 without a prefix is decimal (`0123i` is 123i).
                let im = if lower.starts_with("0b") || lower.starts_with("0o") {
                    BigRational::from_integer(parse_int(body)?)
                } else {
                    parse_float(body)?
                };
                Some(ConstValue::Complex(BigRational::zero(), im))
            }
        }
    }

    pub fn int(v: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(v))
    }

    /// The value as an exact integer (also for integral floats).
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            ConstValue::Int(i) => Some(i.clone()),
            ConstValue::Float(r) if r.is_integer() => Some(r.to_integer()),
            ConstValue::Complex(re, im) if im.is_zero() && re.is_integer() => Some(re.to_integer()),
            _ => None,
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        self.to_bigint().and_then(|i| i.to_i64())
    }

    pub fn to_u64(&self) -> Option<u64> {
        self.to_bigint().and_then(|i| i.to_u64())
    }

    /// The nearest `f64` of a numeric value.
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(i) => i.to_f64(),
            ConstValue::Float(r) => rat_to_f64(r),
            ConstValue::Complex(re, im) if im.is_zero() => rat_to_f64(re),
            _ => None,
        }
    }

    /// The value as exact real and imaginary parts (any numeric value).
    pub fn to_complex(&self) -> Option<(BigRational, BigRational)> {
        match self {
            ConstValue::Complex(re, im) => Some((re.clone(), im.clone())),
            _ => self.to_rat().map(|r| (r, BigRational::zero())),
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The bytes of a string constant.
    pub fn as_str(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value as an exact rational (ints included, complex values only
    /// with a zero imaginary part).
    pub fn to_rat(&self) -> Option<BigRational> {
        match self {
            ConstValue::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstValue::Float(r) => Some(r.clone()),
            ConstValue::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => None,
        }
    }

    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex(..)
        )
    }

    /// The sign of a numeric value (-1, 0, 1).
    pub fn sign(&self) -> i32 {
        match self {
            ConstValue::Int(i) => sign_of(i.is_negative(), i.is_zero()),
            ConstValue::Float(r) => sign_of(r.is_negative(), r.is_zero()),
            // Only zero-ness is meaningful for a complex value.
            ConstValue::Complex(re, im) => i32::from(!(re.is_zero() && im.is_zero())),
            _ => 0,
        }
    }

    /// Converts a numeric value to the kind matching an untyped or typed basic
    /// kind: integers for integer kinds, rationals for float kinds. Returns
    /// `None` if the value cannot take that kind exactly (e.g. 1.5 as int).
    pub fn to_kind(&self, float: bool) -> Option<ConstValue> {
        if float {
            self.to_rat().map(ConstValue::Float)
        } else {
            self.to_bigint().map(ConstValue::Int)
        }
    }

    /// `-x`, `+x`, `^x` (with `unsigned_bits` = the size of an unsigned
    /// type for `^`, which flips only those bits) and `!x`.
    pub fn unary(
        op: crate::syntax::ast::UnaryOp,
        x: &ConstValue,
        unsigned_bits: Option<u32>,
    ) -> Option<ConstValue> {
        use crate::syntax::ast::UnaryOp;
        Some(match (op, x) {
            (UnaryOp::Pos, v) if v.is_numeric() => v.clone(),
            (UnaryOp::Neg, ConstValue::Int(i)) => ConstValue::Int(-i),
            (UnaryOp::Neg, ConstValue::Float(r)) => ConstValue::Float(-r),
            (UnaryOp::Neg, ConstValue::Complex(re, im)) => ConstValue::Complex(-re, -im),
            (UnaryOp::Not, ConstValue::Bool(b)) => ConstValue::Bool(!b),
            (UnaryOp::Xor, ConstValue::Int(i)) => match unsigned_bits {
                Some(bits) => {
                    let mask = (BigInt::one() << bits) - 1;
                    ConstValue::Int(i ^ mask)
                }
                None => ConstValue::Int(-i - 1),
            },
            _ => return None,
        })
    }

    /// A binary arithmetic operation (not a comparison or shift). `int_div`
    /// selects truncated integer division for `/`. Division by zero must be
    /// checked by the caller. Returns `None` for operand kinds that don't fit
    /// the operator.
    pub fn binary(
        op: BinaryOp,
        x: &ConstValue,
        y: &ConstValue,
        int_div: bool,
    ) -> Option<ConstValue> {
        use ConstValue::*;
        match (x, y) {
            (Bool(a), Bool(b)) => match op {
                BinaryOp::LAnd => Some(Bool(*a && *b)),
                BinaryOp::LOr => Some(Bool(*a || *b)),
                _ => None,
            },
            (String(a), String(b)) if op == BinaryOp::Add => {
                Some(String([&a[..], &b[..]].concat()))
            }
            (Int(a), Int(b)) => Some(Int(match op {
                BinaryOp::Add => a + b,
                BinaryOp::Sub => a - b,
                BinaryOp::Mul => a * b,
                BinaryOp::Div if int_div => a / b,
                BinaryOp::Div => {
                    return Some(Float(BigRational::new(a.clone(), b.clone())));
                }
                BinaryOp::Rem => a % b,
                BinaryOp::And => a & b,
                BinaryOp::Or => a | b,
                BinaryOp::Xor => a ^ b,
                BinaryOp::AndNot => a & !b,
                _ => return None,
            })),
            (Complex(..), _) | (_, Complex(..)) if x.is_numeric() && y.is_numeric() => {
                let ((a, b), (c, d)) = (x.to_complex()?, y.to_complex()?);
                Some(match op {
                    BinaryOp::Add => Complex(a + c, b + d),
                    BinaryOp::Sub => Complex(a - c, b - d),
                    BinaryOp::Mul => Complex(&a * &c - &b * &d, &a * &d + &b * &c),
                    BinaryOp::Div => {
                        let den = &c * &c + &d * &d;
                        Complex((&a * &c + &b * &d) / &den, (&b * &c - &a * &d) / &den)
                    }
                    _ => return None,
                })
            }
            _ if x.is_numeric() && y.is_numeric() => {
                let (a, b) = (x.to_rat()?, y.to_rat()?);
                Some(Float(match op {
                    BinaryOp::Add => a + b,
                    BinaryOp::Sub => a - b,
                    BinaryOp::Mul => a * b,
                    BinaryOp::Div => a / b,
                    _ => return None,
                }))
            }
            _ => None,
        }
    }

    /// A comparison of two constants of matching kinds.
    pub fn compare(op: BinaryOp, x: &ConstValue, y: &ConstValue) -> Option<bool> {
        use std::cmp::Ordering;
        let ord: Ordering = match (x, y) {
            (ConstValue::Bool(a), ConstValue::Bool(b)) => {
                return match op {
                    BinaryOp::Eq => Some(a == b),
                    BinaryOp::Ne => Some(a != b),
                    _ => None,
                }
            }
            (ConstValue::String(a), ConstValue::String(b)) => a.cmp(b),
            (ConstValue::Int(a), ConstValue::Int(b)) => a.cmp(b),
            (ConstValue::Complex(..), _) | (_, ConstValue::Complex(..)) => {
                let eq = x.to_complex()? == y.to_complex()?;
                return match op {
                    BinaryOp::Eq => Some(eq),
                    BinaryOp::Ne => Some(!eq),
                    _ => None,
                };
            }
            _ => x.to_rat()?.cmp(&y.to_rat()?),
        };
        Some(match op {
            BinaryOp::Eq => ord == Ordering::Equal,
            BinaryOp::Ne => ord != Ordering::Equal,
            BinaryOp::Lt => ord == Ordering::Less,
            BinaryOp::Le => ord != Ordering::Greater,
            BinaryOp::Gt => ord == Ordering::Greater,
            BinaryOp::Ge => ord != Ordering::Less,
            _ => return None,
        })
    }

    /// `x << s` or `x >> s` for an integer `x`.
    pub fn shift(x: &ConstValue, left: bool, s: u64) -> Option<ConstValue> {
        let i = x.to_bigint()?;
        Some(ConstValue::Int(if left {
            i << s as usize
        } else {
            i >> s as usize
        }))
    }

    /// The text gc prints for this value in messages (`go/constant`'s `String`).
    pub fn describe(&self) -> String {
        match self {
            ConstValue::Bool(b) => b.to_string(),
            ConstValue::String(s) => short_quote(s),
            ConstValue::Int(i) => i.to_string(),
            ConstValue::Float(r) => float_string(r),
            ConstValue::Complex(re, im) => {
                format!("({} + {}i)", float_string(re), float_string(im))
            }
        }
    }
}

impl fmt::Display for ConstValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe())
    }
}

fn sign_of(neg: bool, zero: bool) -> i32 {
    if zero {
        0
    } else if neg {
        -1
    } else {
        1
    }
}

/// Checks that `v` can be represented by the basic type `k` and returns the
/// value converted (and, for floats, rounded) to it.
pub fn representable(v: &ConstValue, k: BasicKind) -> Result<ConstValue, ReprError> {
    use BasicKind::*;
    match k {
        Bool | UntypedBool => match v {
            ConstValue::Bool(_) => Ok(v.clone()),
            _ => Err(ReprError::Mismatch),
        },
        String | UntypedString => match v {
            ConstValue::String(_) => Ok(v.clone()),
            _ => Err(ReprError::Mismatch),
        },
        Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr
        | UntypedInt | UntypedRune => {
            if !v.is_numeric() {
                return Err(ReprError::Mismatch);
            }
            let Some(i) = v.to_bigint() else {
                return Err(ReprError::Truncated);
            };
            let ok = match k {
                Int | Int64 => i.to_i64().is_some(),
                Int8 => i.to_i8().is_some(),
                Int16 => i.to_i16().is_some(),
                Int32 => i.to_i32().is_some(),
                Uint | Uint64 | Uintptr => i.to_u64().is_some(),
                Uint8 => i.to_u8().is_some(),
                Uint16 => i.to_u16().is_some(),
                Uint32 => i.to_u32().is_some(),
                _ => true,
            };
            if ok {
                Ok(ConstValue::Int(i))
            } else {
                Err(ReprError::Overflow)
            }
        }
        Float32 | Float64 => {
            let r = v.to_rat().ok_or(match v {
                ConstValue::Complex(..) => ReprError::Overflow,
                _ => ReprError::Mismatch,
            })?;
            let f = rat_to_f64(&r).ok_or(ReprError::Overflow)?;
            if k == Float32 {
                let g = f as f32;
                if g.is_infinite() {
                    return Err(ReprError::Overflow);
                }
                Ok(ConstValue::Float(
                    BigRational::from_float(g as f64).unwrap_or_default(),
                ))
            } else {
                if f.is_infinite() {
                    return Err(ReprError::Overflow);
                }
                Ok(ConstValue::Float(
                    BigRational::from_float(f).unwrap_or_default(),
                ))
            }
        }
        UntypedFloat => match v {
            ConstValue::Complex(..) => v.to_rat().map(ConstValue::Float).ok_or(ReprError::Overflow),
            _ => v.to_rat().map(ConstValue::Float).ok_or(ReprError::Mismatch),
        },
        Complex64 | Complex128 => {
            let (re, im) = v.to_complex().ok_or(ReprError::Mismatch)?;
            let part = |r: &BigRational| -> Result<BigRational, ReprError> {
                let f = rat_to_f64(r).ok_or(ReprError::Overflow)?;
                let f = if k == Complex64 {
                    let g = f as f32;
                    if g.is_infinite() {
                        return Err(ReprError::Overflow);
                    }
                    g as f64
                } else {
                    f
                };
                Ok(BigRational::from_float(f).unwrap_or_default())
            };
            Ok(ConstValue::Complex(part(&re)?, part(&im)?))
        }
        UntypedComplex => v
            .to_complex()
            .map(|(re, im)| ConstValue::Complex(re, im))
            .ok_or(ReprError::Mismatch),
        _ => Err(ReprError::Mismatch),
    }
}

/// The nearest `f64` of a rational (correctly rounded), `None` if it is out
/// of range.
pub fn rat_to_f64(r: &BigRational) -> Option<f64> {
    r.to_f64().filter(|f| f.is_finite())
}

fn parse_int(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

fn parse_float(raw: &str) -> Option<BigRational> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        let (mant, exp) = match h.find(['p', 'P']) {
            Some(i) => (&h[..i], h[i + 1..].parse::<i64>().ok()?),
            None => (h, 0),
        };
        let (ip, fp) = match mant.find('.') {
            Some(i) => (&mant[..i], &mant[i + 1..]),
            None => (mant, ""),
        };
        let digits = format!("{ip}{fp}");
        let m = if digits.is_empty() {
            BigInt::zero()
        } else {
            BigInt::parse_bytes(digits.as_bytes(), 16)?
        };
        let e = exp - 4 * fp.len() as i64;
        return Some(scale2(BigRational::from_integer(m), e));
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().ok()?),
        None => (&s[..], 0),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let digits = format!("{ip}{fp}");
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 10)?
    };
    let e = exp - fp.len() as i64;
    if e.abs() > 100_000 {
        return None;
    }
    let ten = BigInt::from(10);
    let p = num_traits::pow(ten, e.unsigned_abs() as usize);
    Some(if e >= 0 {
        BigRational::from_integer(m * p)
    } else {
        BigRational::new(m, p)
    })
}

fn scale2(r: BigRational, e: i64) -> BigRational {
    let p = BigInt::one() << e.unsigned_abs() as usize;
    if e >= 0 {
        r * BigRational::from_integer(p)
    } else {
        r / BigRational::from_integer(p)
    }
}

/// Decodes one escape sequence starting after the backslash; returns the
/// value (a code point, or a byte for `\x`/octal) and whether it is a byte.
fn unescape(
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    quote: char,
) -> Option<(u32, bool)> {
    let c = chars.next()?;
    let hex = |chars: &mut std::iter::Peekable<std::str::Chars<'_>>, n: usize| -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..n {
            v = v * 16 + chars.next()?.to_digit(16)?;
        }
        Some(v)
    };
    Some(match c {
        'a' => (7, false),
        'b' => (8, false),
        'f' => (12, false),
        'n' => (10, false),
        'r' => (13, false),
        't' => (9, false),
        'v' => (11, false),
        '\\' => (92, false),
        'x' => (hex(chars, 2)?, true),
        'u' => (hex(chars, 4)?, false),
        'U' => (hex(chars, 8)?, false),
        '0'..='7' => {
            let mut v = c.to_digit(8)?;
            for _ in 0..2 {
                v = v * 8 + chars.next()?.to_digit(8)?;
            }
            (v, true)
        }
        c if c == quote => (c as u32, false),
        _ => return None,
    })
}

fn unquote_char(raw: &str) -> Option<u32> {
    let inner = raw.strip_prefix('\'')?.strip_suffix('\'')?;
    let mut chars = inner.chars().peekable();
    let c = chars.next()?;
    if c == '\\' {
        unescape(&mut chars, '\'').map(|(v, _)| v)
    } else {
        Some(c as u32)
    }
}

/// Decodes a string literal (interpreted or raw) to text; bytes that are
/// not UTF-8 (from `\x` or octal escapes) become U+FFFD. For import paths
/// and other names; string constants keep their bytes (`unquote_bytes`).
pub fn unquote_string(raw: &str) -> Option<String> {
    unquote_bytes(raw).map(|b| String::from_utf8_lossy(&b).into_owned())
}

/// Decodes a string literal (interpreted or raw) to its exact bytes.
pub fn unquote_bytes(raw: &str) -> Option<Vec<u8>> {
    if let Some(r) = raw.strip_prefix('`') {
        return Some(r.strip_suffix('`')?.replace('\r', "").into_bytes());
    }
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    let mut bytes = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            let (v, is_byte) = unescape(&mut chars, '"')?;
            if is_byte {
                bytes.push(v as u8);
            } else {
                let ch = char::from_u32(v).unwrap_or('\u{FFFD}');
                let mut buf = [0u8; 4];
                bytes.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        } else {
            let mut buf = [0u8; 4];
            bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }
    Some(bytes)
}

/// Go's `strconv.Quote`, shortened to 72 characters like `go/constant`.
fn short_quote(s: &[u8]) -> String {
    const MAX: usize = 72;
    let q = go_quote_bytes(s);
    if q.chars().count() > MAX {
        // go/constant shortens the string value, not the quoted text.
        let text = String::from_utf8_lossy(s);
        let mut out = String::new();
        for (i, c) in text.chars().enumerate() {
            if i >= MAX - 3 - 2 {
                break;
            }
            out.push(c);
        }
        let mut q = go_quote(&out);
        q.truncate(q.len() - 1);
        q.push_str("...\"");
        return q;
    }
    q
}

/// Go's `strconv.Quote`.
pub fn go_quote(s: &str) -> String {
    go_quote_bytes(s.as_bytes())
}

/// Go's `strconv.Quote` of a string's bytes: bytes that are not part of
/// valid UTF-8 print as `\xNN`.
pub fn go_quote_bytes(s: &[u8]) -> String {
    let mut out = String::from("\"");
    for chunk in s.utf8_chunks() {
        for c in chunk.valid().chars() {
            quote_char(&mut out, c);
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out.push('"');
    out
}

fn quote_char(out: &mut String, c: char) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\x0b' => out.push_str("\\v"),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if !is_go_print(c) => push_unicode_escape(out, c),
        c => out.push(c),
    }
}

/// `\uXXXX` or `\UXXXXXXXX`, as `strconv.Quote` escapes a rune that is not
/// printable.
fn push_unicode_escape(out: &mut String, c: char) {
    let c = c as u32;
    if c < 0x10000 {
        out.push_str(&format!("\\u{c:04x}"));
    } else {
        out.push_str(&format!("\\U{c:08x}"));
    }
}

/// Go's `strconv.QuoteRune`: `'a'`, `'\n'`, `'\x7f'`, `'\U0010ffff'`.
pub fn go_quote_rune(c: u32) -> String {
    let mut out = String::from("'");
    match char::from_u32(c) {
        // strconv.QuoteRune: an invalid code point is U+FFFD, printable.
        None => out.push('\u{fffd}'),
        Some('\'') => out.push_str("\\'"),
        Some('"') => out.push('"'),
        Some(ch) => quote_char(&mut out, ch),
    }
    out.push('\'');
    out
}

/// An approximation of Go's `unicode.IsPrint` without the Unicode tables:
/// letters, marks, numbers, punctuation, symbols and the ASCII space are
/// printable; controls, other spaces, format characters, private use and
/// noncharacters are not (unassigned code points are not recognised).
pub fn is_go_print(c: char) -> bool {
    let u = c as u32;
    if u < 0x80 {
        return (0x20..0x7f).contains(&u);
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(u,
        0xad
        | 0x600..=0x605
        | 0x61c
        | 0x6dd
        | 0x70f
        | 0x180e
        | 0x200b..=0x200f
        | 0x202a..=0x202e
        | 0x2060..=0x206f
        | 0xfeff
        | 0xfff9..=0xfffb
        | 0xe000..=0xf8ff
        | 0xfdd0..=0xfdef
        | 0xe0001
        | 0xe0020..=0xe007f
        | 0xf0000..)
        && u & 0xfffe != 0xfffe
}

/// `go/constant`'s rendering of a float value: integral values print as
/// integers, others with `%.6g` (or `%.6e` when `%g` would hide the fraction).
fn float_string(r: &BigRational) -> String {
    if r.is_zero() {
        return "0".to_string();
    }
    match rat_to_f64(r) {
        Some(f) if f != 0.0 && f.is_finite() => {
            let s = fmt_g6(f);
            if !r.is_integer() && !s.contains('.') {
                // go/constant: "use more digits" (Go's shortest `%g`).
                fmt_g_shortest(f)
            } else {
                s
            }
        }
        _ => {
            // Out of float64 range: print as mantissa·10^exp.
            let approx = r.numer().to_string().len() as i64 - r.denom().to_string().len() as i64;
            format!(
                "{}e{:+03}",
                if r.is_negative() { "-1" } else { "1" },
                approx
            )
        }
    }
}

/// Go's `%.6e`.
/// Go's `%g`: the shortest digits that read back as `f`, exponent form
/// when the exponent is < -4 or >= 6 (Go's rule for shortest `%g`).
fn fmt_g_shortest(f: f64) -> String {
    fmt_g_digits(&format!("{f:e}"))
}

/// Go's `%.6g`: six significant digits, trailing zeros removed, exponent
/// form when the exponent is < -4 or >= the precision.
pub fn fmt_g6(f: f64) -> String {
    fmt_g_digits(&format!("{f:.5e}"))
}

/// `%g` of a number given as Rust's `{:e}` text (`d.ddde±x`).
fn fmt_g_digits(s: &str) -> String {
    let (m, e) = s.split_once('e').unwrap();
    let exp: i32 = e.parse().unwrap();
    let neg = m.starts_with('-');
    let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let sign = if neg { "-" } else { "" };
    if !(-4..6).contains(&exp) {
        let mant = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.to_string()
        };
        format!(
            "{sign}{mant}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    } else if exp < 0 {
        format!("{sign}0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else {
        let dp = exp as usize + 1;
        if digits.len() <= dp {
            format!("{sign}{}{}", digits, "0".repeat(dp - digits.len()))
        } else {
            format!("{sign}{}.{}", &digits[..dp], &digits[dp..])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_printing() {
        assert_eq!(
            ConstValue::from_lit(LitKind::Int, "0x1F")
                .unwrap()
                .describe(),
            "31"
        );
        assert_eq!(
            ConstValue::from_lit(LitKind::Float, "2.0")
                .unwrap()
                .describe(),
            "2"
        );
        assert_eq!(
            ConstValue::from_lit(LitKind::Float, "1.5")
                .unwrap()
                .describe(),
            "1.5"
        );
        assert_eq!(
            ConstValue::from_lit(LitKind::Float, "1e-7")
                .unwrap()
                .describe(),
            "1e-07"
        );
        assert_eq!(
            ConstValue::from_lit(LitKind::Float, "0.1")
                .unwrap()
                .describe(),
            "0.1"
        );
        assert_eq!(
            ConstValue::from_lit(LitKind::Char, "'a'")
                .unwrap()
                .describe(),
            "97"
        );
        assert_eq!(
            ConstValue::from_lit(LitKind::String, "\"a\\n\"")
                .unwrap()
                .describe(),
            "\"a\\n\""
        );
        assert_eq!(fmt_g6(1234567.5), "1.23457e+06");
        assert_eq!(fmt_g_shortest(123456.789), "123456.789");
        assert_eq!(fmt_g_shortest(1234567.5), "1.2345675e+06");
    }

    #[test]
    fn representability() {
        let v = ConstValue::int(300);
        assert_eq!(
            representable(&v, BasicKind::Uint8),
            Err(ReprError::Overflow)
        );
        let h = ConstValue::from_lit(LitKind::Float, "1.5").unwrap();
        assert_eq!(representable(&h, BasicKind::Int), Err(ReprError::Truncated));
        assert!(representable(&h, BasicKind::Float32).is_ok());
    }
}
