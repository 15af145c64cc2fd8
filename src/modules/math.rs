//! `math`: every function and constant of CPython 3.12's math module. The results are
//! bit-identical to CPython's: the libm functions are the same C library calls (Rust's `f64`
//! methods call the platform libm; `libm_compat.rs` has the few they do not), and where
//! CPython computes a result itself (gamma, lgamma, hypot, fsum, remainder, the inverse
//! hyperbolic functions' special cases) minivm follows the same method.

// Coefficients are written as published, with more digits than a double holds.
#![allow(clippy::excessive_precision)]

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::int::IntRef;
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub fn init(_vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "math",
        &[
            ("acos", acos),
            ("acosh", acosh),
            ("asin", asin),
            ("asinh", asinh),
            ("atan", atan),
            ("atan2", atan2),
            ("atanh", atanh),
            ("cbrt", cbrt),
            ("ceil", ceil),
            ("comb", comb),
            ("copysign", copysign),
            ("cos", cos),
            ("cosh", cosh),
            ("degrees", degrees),
            ("dist", dist),
            ("erf", erf),
            ("erfc", erfc),
            ("exp", exp),
            ("exp2", exp2),
            ("expm1", expm1),
            ("fabs", fabs),
            ("factorial", factorial),
            ("floor", floor),
            ("fmod", fmod),
            ("frexp", frexp),
            ("fsum", fsum),
            ("gamma", gamma),
            ("gcd", gcd),
            ("hypot", hypot),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isqrt", isqrt),
            ("lcm", lcm),
            ("ldexp", ldexp),
            ("lgamma", lgamma),
            ("log", log),
            ("log10", log10),
            ("log1p", log1p),
            ("log2", log2),
            ("modf", modf),
            ("nextafter", nextafter),
            ("perm", perm),
            ("pow", pow),
            ("prod", prod),
            ("radians", radians),
            ("remainder", remainder),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("sumprod", sumprod),
            ("tan", tan),
            ("tanh", tanh),
            ("trunc", trunc),
            ("ulp", ulp),
        ],
    );
    dict.set_str("pi", Value::Float(std::f64::consts::PI));
    dict.set_str("e", Value::Float(std::f64::consts::E));
    dict.set_str("tau", Value::Float(std::f64::consts::TAU));
    dict.set_str("inf", Value::Float(f64::INFINITY));
    dict.set_str("nan", Value::Float(f64::NAN));
    Ok(())
}

fn domain_error(vm: &Vm) -> crate::object::exception::PyErr {
    vm.value_error("math domain error".into())
}

fn range_error(vm: &Vm) -> crate::object::exception::PyErr {
    vm.overflow_error("math range error".into())
}

/// The one argument of `name`, as a float.
fn one_float(vm: &mut Vm, name: &str, args: &Args) -> PyResult<f64> {
    check_args(vm, &format!("math.{name}"), args, 1, 1)?;
    protocol::to_f64(vm, &args.pos()[0])
}

/// Two float arguments, with CPython's arity message for these functions.
fn two_floats(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(f64, f64)> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.pos().len();
    if n != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {n}")));
    }
    Ok((protocol::to_f64(vm, &args.pos()[0])?, protocol::to_f64(vm, &args.pos()[1])?))
}

/// CPython's `math_1`: a NaN from a non-NaN is a domain error; an infinity from a finite
/// argument is an overflow (when the function can overflow) or a singularity.
fn math_1(vm: &mut Vm, name: &str, args: &Args, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = one_float(vm, name, args)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error(vm) } else { domain_error(vm) });
    }
    Ok(Value::Float(r))
}

/// CPython's `math_2`, for functions of two floats.
fn math_2(vm: &mut Vm, name: &str, args: &Args, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_floats(vm, name, args)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                math_1(vm, stringify!($name), &args, $f, $overflow)
            }
        )*
    };
}

unary! {
    acos => f64::acos, false;
    asin => f64::asin, false;
    atan => f64::atan, false;
    cbrt => super::libm_compat::cbrt, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    log1p => log1p_of, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    sqrt => f64::sqrt, false;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
    acosh => acosh_of, false;
    asinh => asinh_of, false;
    atanh => atanh_of, false;
}

/// log1p, with -0.0 kept (CPython guards platforms that lose its sign).
pub(crate) fn log1p_of(x: f64) -> f64 {
    if x == 0.0 { x } else { x.ln_1p() }
}

const LN2: f64 = std::f64::consts::LN_2;

/// Inverse hyperbolic sine, by fdlibm's method (as glibc computes it) over the libm log.
pub(crate) fn asinh_of(x: f64) -> f64 {
    let a = x.abs();
    if !x.is_finite() {
        return x + x;
    }
    if a < 2f64.powi(-28) {
        return x;
    }
    let w = if a > 2f64.powi(28) {
        a.ln() + LN2
    } else if a > 2.0 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// Inverse hyperbolic cosine, by fdlibm's method.
fn acosh_of(x: f64) -> f64 {
    if x.is_nan() || x < 1.0 {
        return f64::NAN;
    }
    if x >= 2f64.powi(28) {
        if x.is_infinite() {
            return x;
        }
        return x.ln() + LN2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// Inverse hyperbolic tangent, by fdlibm's method.
fn atanh_of(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() {
        return x;
    }
    if a > 1.0 {
        return f64::NAN;
    }
    if a == 1.0 {
        return x / 0.0;
    }
    if a < 2f64.powi(-28) {
        return x;
    }
    let t = if a < 0.5 {
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    };
    t.copysign(x)
}

fn erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(super::libm_compat::erf(one_float(vm, "erf", &args)?)))
}

fn erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(super::libm_compat::erfc(one_float(vm, "erfc", &args)?)))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, "atan2", &args, atan2_of)
}

/// atan2 with C99's special cases settled before the libm call, as CPython does.
fn atan2_of(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() { (0.25 * PI).copysign(y) } else { (0.75 * PI).copysign(y) };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() { 0f64.copysign(y) } else { PI.copysign(y) };
    }
    y.atan2(x)
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, "copysign", &args, f64::copysign)
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, "remainder", &args, remainder_of)
}

/// IEEE 754 remainder: `x - n*y` for the multiple of `y` nearest `x` (even `n` on a tie).
/// Computed exactly from fmod, comparing the remainder with its complement rather than with
/// `y/2` (which may not be representable).
fn remainder_of(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: the quotient's parity decides, read off fmod of half the rest.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "fmod", &args)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, "pow", &args)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(if x == 0.0 { domain_error(vm) } else { range_error(vm) });
        }
        r
    };
    Ok(Value::Float(r))
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, "degrees", &args)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, "radians", &args)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, "isfinite", &args)?.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, "isinf", &args)?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_float(vm, "isnan", &args)?.is_nan()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 2 {
        let n = pos.len();
        let which = if n < 2 { ["a", "b"][n] } else { "" };
        return Err(if n < 2 {
            vm.type_error(format!("isclose() missing required argument '{which}' (pos {})", n + 1))
        } else {
            vm.type_error(format!("isclose() takes exactly 2 positional arguments ({n} given)"))
        });
    }
    let a = protocol::to_f64(vm, &pos[0])?;
    let b = protocol::to_f64(vm, &pos[1])?;
    let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
    for (k, v) in args.kwargs() {
        match k {
            "rel_tol" => rel_tol = protocol::to_f64(vm, v)?,
            "abs_tol" => abs_tol = protocol::to_f64(vm, v)?,
            _ => return Err(vm.type_error(format!("isclose() got an unexpected keyword argument '{k}'"))),
        }
    }
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative".into()));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

/// `ceil`, `floor` and `trunc`: a float rounded to an int, or the object's own method.
fn rounding(vm: &mut Vm, name: &str, args: &Args, hook: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    check_args(vm, &format!("math.{name}"), args, 1, 1)?;
    let x = &args.pos()[0];
    if !matches!(x, Value::Float(_)) {
        if crate::object::dunder::is_user(x)
            && let Some(r) = crate::object::class::call_special(vm, x, hook, &[])?
        {
            return Ok(r);
        }
        if let Some(i) = IntRef::of(x)
            && !matches!(x, Value::Bool(_))
        {
            return Ok(Value::from_bigint(i.to_big()));
        }
        if name == "trunc" && !matches!(x, Value::Bool(_)) {
            let typ = protocol::type_name(vm, x);
            return Err(vm.type_error(format!("type {typ} doesn't define __trunc__ method")));
        }
    }
    let f64_value = protocol::to_f64(vm, x)?;
    float_to_int(vm, f(f64_value))
}

fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer".into()));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer".into()));
    }
    Ok(crate::builtins::construct::float_to_int(f))
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, "ceil", &args, "__ceil__", f64::ceil)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, "floor", &args, "__floor__", f64::floor)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, "trunc", &args, "__trunc__", f64::trunc)
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, "frexp", &args)?;
    let (m, e) = frexp_of(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

/// `x == m * 2**e` with `0.5 <= |m| < 1` (zero, infinities and NaN give themselves and 0).
pub fn frexp_of(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up into the normal range first.
        let (m, e) = frexp_of(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `x * 2**e`, correctly rounded (into the subnormal range too): one multiplication of the
/// mantissa by an exactly representable power of two rounds once.
pub fn ldexp_of(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, e0) = frexp_of(x);
    let total = e0 as i64 + e.clamp(-10_000, 10_000);
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total > -1074 {
        return (m * 2.0) * pow2(total - 1);
    }
    if total == -1074 && m.abs() > 0.5 {
        return f64::from_bits(1).copysign(x);
    }
    0f64.copysign(x)
}

/// `2**k` for `-1074 <= k <= 1023`, built from its bits.
fn pow2(k: i64) -> f64 {
    if k >= -1022 { f64::from_bits(((k + 1023) as u64) << 52) } else { f64::from_bits(1u64 << (k + 1074)) }
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() || pos.len() != 2 {
        return Err(vm.type_error(format!("ldexp expected 2 arguments, got {}", pos.len())));
    }
    let x = protocol::to_f64(vm, &pos[0])?;
    let e = match IntRef::of(&pos[1]) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(b)) => {
            if b.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(vm.type_error("Expected an int as second argument to ldexp.".into())),
    };
    let r = ldexp_of(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, "modf", &args)?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// `log`, `log2` and `log10` of an int too large for a float: from its top bits and exponent.
fn log_helper(vm: &mut Vm, x: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = IntRef::of(x) {
        let big = i.to_big();
        if big.sign() != Sign::Plus {
            return Err(domain_error(vm));
        }
        return Ok(match big.to_f64().filter(|f| f.is_finite()) {
            Some(v) => f(v),
            None => {
                let bits = big.bits();
                let shift = bits - 60;
                let top = (&big >> shift).to_f64().unwrap_or(1.0);
                let (m, e) = frexp_of(top);
                f(m) + f(2.0) * (e as f64 + shift as f64)
            }
        });
    }
    let v = protocol::to_f64(vm, x)?;
    let r = f(v);
    if r.is_nan() && !v.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && v.is_finite() {
        return Err(domain_error(vm));
    }
    Ok(r)
}

/// The libm log with C99's special values settled first (zero and negatives are NaN or -inf).
fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() || !x.is_finite() { if x < 0.0 { f64::NAN } else { x.log2() } } else { m_log(x) }
}

fn m_log10(x: f64) -> f64 {
    if x > 0.0 || x.is_nan() || !x.is_finite() {
        if x < 0.0 { f64::NAN } else { x.log10() }
    } else {
        m_log(x)
    }
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("log() takes no keyword arguments".into()));
    }
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        let n = pos.len();
        return Err(vm.type_error(
            format!("log expected at least 1 argument, got {n}")
                .replace("at least 1 argument, got 3", "at most 2 arguments, got 3"),
        ));
    }
    let num = log_helper(vm, &pos[0], m_log)?;
    let Some(base) = pos.get(1) else { return Ok(Value::Float(num)) };
    let den = log_helper(vm, base, m_log)?;
    if den == 0.0 {
        return Err(vm.zero_division("float division by zero".into()));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "math.log2", &args, 1, 1)?;
    Ok(Value::Float(log_helper(vm, &args.pos()[0], m_log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "math.log10", &args, 1, 1)?;
    Ok(Value::Float(log_helper(vm, &args.pos()[0], m_log10)?))
}

/// The vector norm `sqrt(sum(x*x))` computed as CPython 3.12 does: scaled by a power of two,
/// squared exactly by Veltkamp-Dekker splitting, summed with compensation, and the square
/// root corrected by one Newton step, so the result is almost always correctly rounded.
fn vector_norm(v: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_of(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = ldexp_of(1.0, -(max_e as i64));
        let add = |csum: &mut f64, frac: &mut f64, x: f64| {
            let old = *csum;
            *csum += x;
            *frac += (old - *csum) + x;
        };
        for &item in v {
            let x = item * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &item in v {
        let x = item / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("hypot() takes no keyword arguments".into()));
    }
    let mut coords = Vec::with_capacity(args.pos().len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args.pos() {
        let x = protocol::to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&coords, max, found_nan)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() || pos.len() != 2 {
        return Err(vm.type_error(format!("dist expected 2 arguments, got {}", pos.len())));
    }
    let p = protocol::collect(vm, &pos[0])?;
    let q = protocol::collect(vm, &pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions".into()));
    }
    let (mut max, mut found_nan) = (0.0f64, false);
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        let x = (protocol::to_f64(vm, a)? - protocol::to_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&diffs, max, found_nan)))
}

/// Shewchuk's exact summation: the partial sums never lose a bit, and the result is the
/// correctly rounded sum (half-even across partials), as `math.fsum` guarantees.
pub fn fsum_of(vm: &mut Vm, values: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for original in values {
        let mut x = original;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if original.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum".into()));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum".into()));
        }
        return Ok(special_sum);
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "math.fsum", &args, 1, 1)?;
    let it = protocol::iter(vm, &args.pos()[0])?;
    let mut values = Vec::new();
    while let Some(v) = protocol::next(vm, &it)? {
        values.push(protocol::to_f64(vm, &v)?);
    }
    Ok(Value::Float(fsum_of(vm, values)?))
}

const LANCZOS_G: f64 = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
/// The Lanczos sum as a rational function (N = 13), numerator and denominator coefficients.
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), exact at integers (for the reflection formula).
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// What a gamma computation gives: a value, or the error CPython raises.
enum MathResult {
    Value(f64),
    Domain,
    Range,
}

fn tgamma(x: f64) -> MathResult {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { MathResult::Value(x) } else { MathResult::Domain };
    }
    if x == 0.0 {
        return MathResult::Domain;
    }
    if x == x.floor() {
        if x < 0.0 {
            return MathResult::Domain;
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for k in 2..(x as u64) {
                f *= k as f64;
            }
            return MathResult::Value(f);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { MathResult::Range } else { MathResult::Value(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 { MathResult::Value(0.0 / sin_pi(x)) } else { MathResult::Range };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r /= s;
            r /= s;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let s = y.powf(absx / 2.0 - 0.25);
            r *= s;
            r *= s;
        }
        r
    };
    if r.is_infinite() { MathResult::Range } else { MathResult::Value(r) }
}

fn lgamma_of(x: f64) -> MathResult {
    if !x.is_finite() {
        return MathResult::Value(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { MathResult::Domain } else { MathResult::Value(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return MathResult::Value(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        let logpi = 1.144729885849400174143427351353058711647;
        r = logpi - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() { MathResult::Range } else { MathResult::Value(r) }
}

fn gamma_result(vm: &Vm, r: MathResult) -> PyResult<Value> {
    match r {
        MathResult::Value(v) => Ok(Value::Float(v)),
        MathResult::Domain => Err(domain_error(vm)),
        MathResult::Range => Err(range_error(vm)),
    }
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, "gamma", &args)?;
    gamma_result(vm, tgamma(x))
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, "lgamma", &args)?;
    gamma_result(vm, lgamma_of(x))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.type_error(format!("nextafter expected 2 arguments, got {}", pos.len())));
    }
    let x = protocol::to_f64(vm, &pos[0])?;
    let y = protocol::to_f64(vm, &pos[1])?;
    let steps = match args.kwarg("steps") {
        None | Some(Value::None) => 1,
        Some(v) => {
            let n = index_of(vm, v)?;
            if n.is_negative() {
                return Err(vm.value_error("steps must be a non-negative integer".into()));
            }
            n.to_u64().unwrap_or(u64::MAX)
        }
    };
    let mut r = x;
    for _ in 0..steps.min(1 << 12) {
        let next = next_toward(r, y);
        if next == r || next.is_nan() {
            r = next;
            break;
        }
        r = next;
    }
    if steps > 1 << 12 && r != y {
        // Many steps: move by whole ulps through the bit pattern.
        r = step_bits(x, y, steps);
    }
    Ok(Value::Float(r))
}

fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    f64::from_bits(if up { bits + 1 } else { bits - 1 })
}

/// `steps` ulps from `x` toward `y`, stopping at `y`, by ordering the bit patterns.
fn step_bits(x: f64, y: f64, steps: u64) -> f64 {
    let key = |f: f64| -> i64 {
        let b = f.to_bits() as i64;
        if b < 0 { i64::MIN - b } else { b }
    };
    let unkey = |k: i64| -> f64 { f64::from_bits((if k < 0 { i64::MIN - k } else { k }) as u64) };
    let (kx, ky) = (key(x), key(y));
    let moved = if ky > kx {
        kx.saturating_add(steps.min(i64::MAX as u64) as i64).min(ky)
    } else {
        kx.saturating_sub(steps.min(i64::MAX as u64) as i64).max(ky)
    };
    unkey(moved)
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one_float(vm, "ulp", &args)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let next = next_toward(x, f64::INFINITY);
    if next.is_infinite() {
        let prev = next_toward(x, 0.0);
        return Ok(Value::Float(x - prev));
    }
    Ok(Value::Float(next - x))
}

/// An int argument (or an object with `__index__`) as a big integer.
fn index_of(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = IntRef::of(v) {
        return Ok(i.to_big());
    }
    if crate::object::dunder::is_user(v)
        && let Some(r) = crate::object::class::call_special(vm, v, "__index__", &[])?
        && let Some(i) = IntRef::of(&r)
    {
        return Ok(i.to_big());
    }
    let typ = protocol::type_name(vm, v);
    Err(vm.type_error(format!("'{typ}' object cannot be interpreted as an integer")))
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "math.factorial", &args, 1, 1)?;
    let n = index_of(vm, &args.pos()[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values".into()));
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)));
    };
    Ok(Value::from_bigint(product_range(1, n)))
}

/// The product of `lo..=hi`, split in halves so the big multiplications stay balanced.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..=hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    p *= small;
                    small = k;
                }
            }
        }
        return p * small;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn two_ints(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(BigInt, Option<BigInt>)> {
    let pos = args.pos();
    if args.has_kwargs() || pos.is_empty() || pos.len() > 2 {
        let n = pos.len();
        return Err(vm.type_error(if name == "comb" || n > 2 {
            format!("{name} expected {} arguments, got {n}", if name == "comb" { "2" } else { "at most 2" })
        } else {
            format!("{name} expected at least 1 argument, got {n}")
        }));
    }
    let n = index_of(vm, &pos[0])?;
    let k = match pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(index_of(vm, v)?),
    };
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = two_ints(vm, "comb", &args)?;
    let Some(k) = k else { return Err(vm.type_error("comb expected 2 arguments, got 1".into())) };
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer".into()));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut result = BigInt::one();
    for i in 0..k {
        result = result * (&n - BigInt::from(i)) / BigInt::from(i + 1);
    }
    Ok(Value::from_bigint(result))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (n, k) = two_ints(vm, "perm", &args)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer".into()));
    }
    let k = match k {
        None => n.clone(),
        Some(k) => {
            if k.is_negative() {
                return Err(vm.value_error("k must be a non-negative integer".into()));
            }
            k
        }
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64() else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut result = BigInt::one();
    for i in 0..k {
        result *= &n - BigInt::from(i);
    }
    Ok(Value::from_bigint(result))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "math.isqrt", &args, 1, 1)?;
    let n = index_of(vm, &args.pos()[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative".into()));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("gcd() takes no keyword arguments".into()));
    }
    let mut result = BigInt::zero();
    for v in args.pos() {
        let x = index_of(vm, v)?;
        result = result.gcd(&x);
    }
    Ok(Value::from_bigint(result))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("lcm() takes no keyword arguments".into()));
    }
    let mut result = BigInt::one();
    for v in args.pos() {
        let x = index_of(vm, v)?;
        result = if result.is_zero() || x.is_zero() { BigInt::zero() } else { result.lcm(&x) };
    }
    Ok(Value::from_bigint(result))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(
            vm.type_error(format!("prod() takes exactly 1 positional argument ({} given)", pos.len()))
        );
    }
    let mut result = Value::Int(1);
    for (k, v) in args.kwargs() {
        match k {
            "start" => result = v.clone(),
            _ => return Err(vm.type_error(format!("prod() got an unexpected keyword argument '{k}'"))),
        }
    }
    let it = protocol::iter(vm, &pos[0])?;
    while let Some(item) = protocol::next(vm, &it)? {
        result = protocol::binary_op(vm, &result, &item, NB_MULTIPLY)?;
    }
    Ok(result)
}

/// `sumprod(p, q)`: ints exactly; floats as the correctly rounded sum of the exact products
/// (each product split into its rounded value and its error by a fused multiply-add).
fn sumprod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() || pos.len() != 2 {
        return Err(vm.type_error(format!("sumprod expected 2 arguments, got {}", pos.len())));
    }
    let p = protocol::collect(vm, &pos[0])?;
    let q = protocol::collect(vm, &pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("Inputs are not the same length".into()));
    }
    let all_numbers = p.iter().chain(&q).all(|v| matches!(v, Value::Float(_)) || IntRef::of(v).is_some());
    let any_float = p.iter().chain(&q).any(|v| matches!(v, Value::Float(_)));
    if all_numbers && any_float {
        let mut terms = Vec::with_capacity(p.len() * 2);
        for (a, b) in p.iter().zip(&q) {
            let (a, b) = (protocol::to_f64(vm, a)?, protocol::to_f64(vm, b)?);
            let hi = a * b;
            terms.push(hi);
            if hi.is_finite() {
                terms.push(a.mul_add(b, -hi));
            }
        }
        return Ok(Value::Float(fsum_of(vm, terms)?));
    }
    let mut total = Value::Int(0);
    for (a, b) in p.iter().zip(&q) {
        let product = protocol::binary_op(vm, a, b, NB_MULTIPLY)?;
        total = protocol::binary_op(vm, &total, &product, NB_ADD)?;
    }
    Ok(total)
}

/// `BINARY_OP` operands for the generic arithmetic of `prod` and `sumprod`.
const NB_ADD: u32 = 0;
const NB_MULTIPLY: u32 = 5;
