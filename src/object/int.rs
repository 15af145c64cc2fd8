//! `int` arithmetic: 64-bit values computed inline with overflow checks, promoted to
//! `BigInt` when they overflow and demoted when a result fits again. Division and modulo round
//! toward negative infinity, as Python's do.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::value::Value;

/// An int operand, borrowed: small or big.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn of(v: &Value) -> Option<IntRef<'_>> {
        match v {
            Value::Int(i) => Some(IntRef::Small(*i)),
            Value::Bool(b) => Some(IntRef::Small(*b as i64)),
            Value::BigInt(b) => Some(IntRef::Big(b)),
            _ => None,
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }

    /// The value as a float, rounded to nearest (None if it overflows).
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            IntRef::Small(i) => Some(*i as f64),
            IntRef::Big(b) => b.to_f64().filter(|f| f.is_finite()),
        }
    }
}

pub fn big(v: BigInt) -> Value {
    match v.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(v)),
    }
}

pub fn add(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b)
        && let Some(r) = x.checked_add(*y)
    {
        return Value::Int(r);
    }
    big(a.to_big() + b.to_big())
}

pub fn sub(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b)
        && let Some(r) = x.checked_sub(*y)
    {
        return Value::Int(r);
    }
    big(a.to_big() - b.to_big())
}

pub fn mul(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b)
        && let Some(r) = x.checked_mul(*y)
    {
        return Value::Int(r);
    }
    big(a.to_big() * b.to_big())
}

/// Floor division; the caller has checked that `b` is not zero.
pub fn floordiv(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b)
        && !(*x == i64::MIN && *y == -1)
    {
        return Value::Int(x.div_floor(y));
    }
    big(a.to_big().div_floor(&b.to_big()))
}

/// Modulo with the sign of the divisor; the caller has checked that `b` is not zero.
pub fn modulo(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if *y != -1 {
            return Value::Int(x.mod_floor(y));
        }
        return Value::Int(0);
    }
    big(a.to_big().mod_floor(&b.to_big()))
}

/// `a ** b` for `b >= 0`.
pub fn pow(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b)
        && let Ok(e) = u32::try_from(*y)
        && let Some(r) = x.checked_pow(e)
    {
        return Value::Int(r);
    }
    let exp = match b {
        IntRef::Small(e) => *e as u64,
        IntRef::Big(e) => e.to_u64().unwrap_or(u64::MAX),
    };
    let base = a.to_big();
    if base.is_zero() || base.is_one() {
        return big(base);
    }
    if base == BigInt::from(-1) {
        return Value::Int(if exp % 2 == 0 { 1 } else { -1 });
    }
    big(num_traits::pow::pow(base, exp as usize))
}

/// `pow(a, b, m)` with `m != 0`; `b` may be negative when an inverse exists.
pub fn pow_mod(a: &IntRef, b: &IntRef, m: &IntRef) -> Option<Value> {
    let m = m.to_big();
    let modulus = m.abs();
    let mut base = a.to_big().mod_floor(&modulus);
    let mut exp = b.to_big();
    if exp.is_negative() {
        let inv = mod_inverse(&base, &modulus)?;
        base = inv;
        exp = -exp;
    }
    let mut r = base.modpow(&exp, &modulus);
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Some(big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

pub fn lshift(a: &IntRef, n: u64) -> Value {
    if let IntRef::Small(x) = a
        && n < 63
        && (x.unsigned_abs() >> (63 - n)) == 0
    {
        return Value::Int(x << n);
    }
    big(a.to_big() << n)
}

pub fn rshift(a: &IntRef, n: u64) -> Value {
    if let IntRef::Small(x) = a {
        return Value::Int(if n >= 64 { if *x < 0 { -1 } else { 0 } } else { x >> n });
    }
    big(a.to_big() >> n)
}

pub fn bitop(a: &IntRef, b: &IntRef, op: u8) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return Value::Int(match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (a.to_big(), b.to_big());
    big(match op {
        b'&' => x & y,
        b'|' => x | y,
        _ => x ^ y,
    })
}

pub fn neg(a: &IntRef) -> Value {
    match a {
        IntRef::Small(x) => x.checked_neg().map_or_else(|| big(-BigInt::from(*x)), Value::Int),
        IntRef::Big(b) => big(-(*b).clone()),
    }
}

pub fn invert(a: &IntRef) -> Value {
    match a {
        IntRef::Small(x) => Value::Int(!x),
        IntRef::Big(b) => big(-(*b).clone() - 1),
    }
}

/// `a / b` for ints: the correctly rounded quotient (the caller has checked `b != 0`).
pub fn truediv(a: &IntRef, b: &IntRef) -> Option<f64> {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b)
        && x.unsigned_abs() < (1 << 53)
        && y.unsigned_abs() < (1 << 53)
    {
        return Some(*x as f64 / *y as f64);
    }
    // Scale so the quotient carries 64 significant bits, then round once.
    let (x, y) = (a.to_big(), b.to_big());
    let negative = x.is_negative() != y.is_negative();
    let (x, y) = (x.abs(), y.abs());
    let shift = 64i64 - (x.bits() as i64 - y.bits() as i64);
    let (num, den) = if shift >= 0 { (x << shift as u64, y) } else { (x, y << (-shift) as u64) };
    let (q, r) = num.div_rem(&den);
    // Sticky bit: any remainder makes the quotient inexact, which matters only for ties.
    let q = if r.is_zero() { q } else { (q << 1u32) | BigInt::one() };
    let extra = if r.is_zero() { 0 } else { 1 };
    let f = q.to_f64()?;
    let f = f * 2f64.powi(-(shift as i32) - extra);
    if !f.is_finite() {
        return None;
    }
    Some(if negative { -f } else { f })
}

pub fn to_string(a: &IntRef) -> String {
    match a {
        IntRef::Small(x) => x.to_string(),
        IntRef::Big(b) => b.to_string(),
    }
}
