//! `repr()` of the immutable types, exactly as CPython 3.12 writes it: floats by the shortest
//! round-trip digits (`Python/pystrtod.c`, mode `'r'`), str and bytes with CPython's choice of
//! quotes and escapes (`Objects/unicodeobject.c`, `bytesobject.c`).

use super::unicode_printable::is_printable;

/// Shortest round-trip digits of a finite, non-zero `|v|` and the decimal exponent `decpt`,
/// meaning `|v| = 0.DIGITS × 10^decpt`.
fn shortest_digits(v: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest digits that round-trip, like Python's repr.
    let sci = format!("{:e}", v.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    // Two candidates of the shortest length can lie equally close to the exact value only when
    // that length is 16 or 17 digits. Python's dtoa breaks such ties to even; Rust may not.
    if digits.len() >= 16
        && let Some(even) = round_half_even(v.abs(), digits.len(), exp + 1)
    {
        return (even, exp + 1);
    }
    (digits, exp + 1)
}

/// `|v|` rounded to `n` significant digits, ties to even, if that still reads back as `v`
/// and keeps the decimal exponent `decpt`.
fn round_half_even(v: f64, n: usize, decpt: i32) -> Option<String> {
    use num_bigint::BigUint;
    // v = mantissa × 2^exp exactly; its decimal expansion is finite.
    let bits = v.to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if raw_exp == 0 { (frac, -1074) } else { (frac | (1 << 52), raw_exp - 1075) };
    let (exact, point) = if exp >= 0 {
        ((BigUint::from(mantissa) << exp as u32).to_string(), 0)
    } else {
        let scaled = BigUint::from(mantissa) * BigUint::from(5u32).pow((-exp) as u32);
        (scaled.to_string(), -exp as usize)
    };
    // `exact` holds the digits with `point` of them after the decimal point.
    let int_digits = exact.len() as i32 - point as i32;
    let lead_zeros = exact.bytes().take_while(|b| *b == b'0').count();
    let significant = &exact[lead_zeros..];
    if int_digits - lead_zeros as i32 != decpt || significant.len() <= n {
        return None;
    }
    let (head, tail) = significant.split_at(n);
    let tail = tail.as_bytes();
    let round_up = match tail[0] {
        b'6'..=b'9' => true,
        b'5' if tail[1..].iter().any(|b| *b != b'0') => true,
        b'5' => (head.as_bytes()[n - 1] - b'0') % 2 == 1,
        _ => false,
    };
    let mut digits = BigUint::parse_bytes(head.as_bytes(), 10)?;
    if round_up {
        digits += 1u32;
    }
    let digits = digits.to_string();
    if digits.len() != n {
        return None;
    }
    let text = format!("0.{digits}e{decpt}");
    (text.parse::<f64>().ok()? == v)
        .then(|| digits.trim_end_matches('0').to_string())
        .filter(|d| !d.is_empty())
}

/// Formats `v` as `repr(float)`; `add_dot_0` gives "1.0" rather than "1" (floats do, the
/// parts of a complex do not).
fn format_float(v: f64, add_dot_0: bool) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v == 0.0 {
        return format!("{sign}{}", if add_dot_0 { "0.0" } else { "0" });
    }
    let (digits, decpt) = shortest_digits(v);
    let n = digits.len() as i32;
    let body = if decpt <= -4 || decpt > 16 {
        // Exponent form: d[.ddd]e±XX with at least two exponent digits.
        let exp = decpt - 1;
        let mantissa = if n > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.clone() };
        format!("{mantissa}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    } else if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt >= n {
        let int = format!("{digits}{}", "0".repeat((decpt - n) as usize));
        if add_dot_0 { format!("{int}.0") } else { int }
    } else {
        format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
    };
    format!("{sign}{body}")
}

/// `repr(float)`.
pub fn float_repr(v: f64) -> String {
    format_float(v, true)
}

/// `repr(complex)`: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = format_float(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag}j)", format_float(re, false))
}

/// Picks the quote as CPython does: single, unless the text has a single quote and no double.
fn quote_for(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double { '"' } else { '\'' }
}

/// `repr(str)` for a string given as code points (a `str` or one holding lone surrogates).
pub fn str_repr_points(points: impl Iterator<Item = u32> + Clone) -> String {
    let has_single = points.clone().any(|c| c == '\'' as u32);
    let has_double = points.clone().any(|c| c == '"' as u32);
    let quote = quote_for(has_single, has_double);
    let mut out = String::new();
    out.push(quote);
    for cp in points {
        match cp {
            0x5c => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            c if c == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            c if c < 0x20 || c == 0x7f => out.push_str(&format!("\\x{c:02x}")),
            c if c < 0x7f => out.push(c as u8 as char),
            c if is_printable(c) => out.push(char::from_u32(c).unwrap_or('\u{fffd}')),
            c if c <= 0xff => out.push_str(&format!("\\x{c:02x}")),
            c if c <= 0xffff => out.push_str(&format!("\\u{c:04x}")),
            c => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    out.push(quote);
    out
}

pub fn str_repr(s: &str) -> String {
    str_repr_points(s.chars().map(|c| c as u32))
}

/// `repr(bytes)`: `b'...'` with `\xhh` for anything outside printable ASCII.
pub fn bytes_repr(data: &[u8]) -> String {
    let quote = quote_for(data.contains(&b'\''), data.contains(&b'"'));
    let mut out = String::from("b");
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == quote as u8 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The `b'...'` inside `repr(bytearray)`: CPython's bytearray repr picks its quote as bytes'
/// does, but always escapes `'` and never `"`.
pub fn bytearray_repr(data: &[u8]) -> String {
    let quote = quote_for(data.contains(&b'\''), data.contains(&b'"'));
    let mut out = String::from("b");
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\'' => out.push_str("\\'"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_python_does() {
        let cases = [
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e-7, "1.5e-07"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (123.456, "123.456"),
            (1e22, "1e+22"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            // 2^-25 lies exactly between two 17-digit strings; Python picks the even one.
            (2.9802322387695312e-08, "2.9802322387695312e-08"),
            (-2.9802322387695312e-08, "-2.9802322387695312e-08"),
            (0.3, "0.3"),
            (2.0f64.powi(70), "1.1805916207174113e+21"),
            (2.5, "2.5"),
            (100.0, "100.0"),
        ];
        for (v, want) in cases {
            assert_eq!(float_repr(v), want, "repr of {v:?}");
        }
    }

    #[test]
    fn complex_and_strings() {
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(0.0, -1.5), "-1.5j");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("tab\there\u{7f}\u{85}é\u{200b}"), "'tab\\there\\x7f\\x85é\\u200b'");
        assert_eq!(bytes_repr(b"\x00ab'"), "b\"\\x00ab'\"");
    }
}
