//! `float` arithmetic with Python's rules for floor division, modulo and powers
//! (`Objects/floatobject.c`).

/// `divmod(x, y)` for floats, `y != 0`: the quotient rounded toward negative infinity and a
/// remainder with the divisor's sign.
pub fn divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// Why a float power has no float result.
pub enum PowError {
    /// `0.0 ** negative`.
    ZeroToNegative,
    /// A finite result too large for a float.
    Overflow,
    /// A negative base with a non-integer exponent: the result is complex.
    Complex,
}

pub fn pow(x: f64, y: f64) -> Result<f64, PowError> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(if y == 0.0 { 1.0 } else { x });
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(PowError::ZeroToNegative);
    }
    if x < 0.0 && y.is_finite() && y != y.floor() {
        return Err(PowError::Complex);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PowError::Overflow);
    }
    Ok(r)
}
