//! `cmath`: mathematical functions of complex numbers, by the algorithms of CPython's
//! `Modules/cmathmodule.c` (Kahan's branch cuts, rescaling near overflow and underflow) over
//! the same libm functions `math` uses, so finite arguments give CPython's bits. Errors follow
//! CPython: a domain error (log of 0, atanh of ±1) is ValueError, a finite argument whose
//! result overflows is OverflowError. Arguments that are infinite or NaN are computed by the
//! same formulas, not CPython's special-value tables: NaNs propagate, infinities may differ.

use super::math::{asinh_of, log1p_of};
use super::native_util::params;
use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

use std::f64::consts::{E, LN_2, LN_10, PI};

const LARGE: f64 = f64::MAX / 4.0;
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

#[derive(Clone, Copy)]
struct C {
    re: f64,
    im: f64,
}

fn c(re: f64, im: f64) -> C {
    C { re, im }
}

/// A computation outside the function's domain (CPython's EDOM); overflow (ERANGE) is told
/// from the result by `finish`.
enum Fail {
    Domain,
}

type Res = Result<C, Fail>;

pub fn init(_vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "cmath",
        &[
            ("sqrt", sqrt),
            ("exp", exp),
            ("log", log),
            ("log10", log10),
            ("acos", acos),
            ("asin", asin),
            ("atan", atan),
            ("acosh", acosh),
            ("asinh", asinh),
            ("atanh", atanh),
            ("cos", cos),
            ("sin", sin),
            ("tan", tan),
            ("cosh", cosh),
            ("sinh", sinh),
            ("tanh", tanh),
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isclose", isclose),
        ],
    );
    dict.set_str("pi", Value::Float(PI));
    dict.set_str("e", Value::Float(E));
    dict.set_str("tau", Value::Float(std::f64::consts::TAU));
    dict.set_str("inf", Value::Float(f64::INFINITY));
    dict.set_str("nan", Value::Float(f64::NAN));
    dict.set_str("infj", complex(c(0.0, f64::INFINITY)));
    dict.set_str("nanj", complex(c(0.0, f64::NAN)));
    Ok(())
}

fn complex(z: C) -> Value {
    Value::object(Object::Complex { re: z.re, im: z.im })
}

/// A complex argument: a complex, an object with `__complex__`, or a real number.
fn arg(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Value::Object(o) = v
        && let Object::Complex { re, im } = &**o
    {
        return Ok(c(*re, *im));
    }
    if let Value::Instance(_) = v
        && let Some(r) = crate::object::class::call_special(vm, v, "__complex__", &[])?
    {
        return match &r {
            Value::Object(o) if let Object::Complex { re, im } = &**o => Ok(c(*re, *im)),
            _ => Err(vm.type_error(format!(
                "__complex__ returned non-complex (type {})",
                protocol::type_name(vm, &r)
            ))),
        };
    }
    Ok(c(protocol::to_f64(vm, v)?, 0.0))
}

fn finite(z: C) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

/// The result of `f(z)`, or CPython's exception for how it failed. A finite argument with an
/// infinite result is an overflow.
fn finish(vm: &mut Vm, z: C, r: Res) -> PyResult<Value> {
    match r {
        Ok(r) if finite(z) && !finite(r) && !r.re.is_nan() && !r.im.is_nan() => {
            Err(vm.overflow_error("math range error".into()))
        }
        Ok(r) => Ok(complex(r)),
        Err(Fail::Domain) => Err(vm.value_error("math domain error".into())),
    }
}

fn unary(vm: &mut Vm, name: &str, args: Args, f: fn(C) -> Res) -> PyResult<Value> {
    check_args(vm, name, &args, 1, 1)?;
    let z = arg(vm, &args.pos()[0])?;
    let r = f(z);
    finish(vm, z, r)
}

fn c_sqrt(z: C) -> C {
    if z.re == 0.0 && z.im == 0.0 {
        return c(0.0, z.im);
    }
    if z.re.is_nan() || z.im.is_nan() {
        return c(f64::NAN, f64::NAN);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up, then back down.
        let ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 { c(s, d.copysign(z.im)) } else { c(d, s.copysign(z.im)) }
}

fn ldexp(x: f64, e: i32) -> f64 {
    x * 2f64.powi(e)
}

fn c_log(z: C) -> Res {
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return Err(Fail::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            log1p_of((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            h.ln()
        }
    };
    Ok(c(re, z.im.atan2(z.re)))
}

/// Complex division by Smith's method, as CPython's `_Py_c_quot`; dividing by 0 is EDOM.
fn c_quot(a: C, b: C) -> Res {
    let (abr, abi) = (b.re.abs(), b.im.abs());
    if abr >= abi {
        if abr == 0.0 {
            return Err(Fail::Domain);
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(c((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom))
    } else if abi >= abr {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(c((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom))
    } else {
        Ok(c(f64::NAN, f64::NAN))
    }
}

fn c_exp(z: C) -> Res {
    let (l, factor) = if z.re > LARGE.ln() { ((z.re - 1.0).exp(), E) } else { (z.re.exp(), 1.0) };
    if z.im == 0.0 {
        return Ok(c(l * factor, z.im));
    }
    Ok(c(l * z.im.cos() * factor, l * z.im.sin() * factor))
}

fn c_cosh(z: C) -> Res {
    if z.re.abs() > LARGE.ln() {
        let x = z.re - 1f64.copysign(z.re);
        return Ok(c(z.im.cos() * x.cosh() * E, z.im.sin() * x.sinh() * E));
    }
    Ok(c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh()))
}

fn c_sinh(z: C) -> Res {
    if z.re.abs() > LARGE.ln() {
        let x = z.re - 1f64.copysign(z.re);
        return Ok(c(z.im.cos() * x.sinh() * E, z.im.sin() * x.cosh() * E));
    }
    Ok(c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh()))
}

fn c_tanh(z: C) -> Res {
    if z.re.abs() > LARGE.ln() {
        return Ok(c(1f64.copysign(z.re), 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp()));
    }
    let (tx, ty, cx) = (z.re.tanh(), z.im.tan(), 1.0 / z.re.cosh());
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

fn c_acos(z: C) -> Res {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let im = if z.re < 0.0 { -l.copysign(z.im) } else { l.copysign(-z.im) };
        return Ok(c(re, im));
    }
    let s1 = c_sqrt(c(1.0 - z.re, -z.im));
    let s2 = c_sqrt(c(1.0 + z.re, z.im));
    Ok(c(2.0 * s1.re.atan2(s2.re), asinh_of(s2.re * s1.im - s2.im * s1.re)))
}

fn c_acosh(z: C) -> Res {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return Ok(c((z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0, z.im.atan2(z.re)));
    }
    let s1 = c_sqrt(c(z.re - 1.0, z.im));
    let s2 = c_sqrt(c(z.re + 1.0, z.im));
    Ok(c(asinh_of(s1.re * s2.re + s1.im * s2.im), 2.0 * s1.im.atan2(s2.re)))
}

fn c_asinh(z: C) -> Res {
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 { l.copysign(z.re) } else { -l.copysign(-z.re) };
        return Ok(c(re, z.im.atan2(z.re.abs())));
    }
    let s1 = c_sqrt(c(1.0 + z.im, -z.re));
    let s2 = c_sqrt(c(1.0 - z.im, z.re));
    Ok(c(asinh_of(s1.re * s2.im - s2.re * s1.im), z.im.atan2(s1.re * s2.re - s1.im * s2.im)))
}

fn c_asin(z: C) -> Res {
    let s = c_asinh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn c_atanh(z: C) -> Res {
    if z.re < 0.0 {
        let r = c_atanh(c(-z.re, -z.im))?;
        return Ok(c(-r.re, -r.im));
    }
    let ay = z.im.abs();
    let sqrt_large = LARGE.sqrt();
    if z.re > sqrt_large || ay > sqrt_large {
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(c(z.re / 4.0 / h / h, -(PI / 2.0).copysign(-z.im)));
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(Fail::Domain);
        }
        return Ok(c(-(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(), (2f64.atan2(-ay) / 2.0).copysign(z.im)));
    }
    let re = log1p_of(4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)) / 4.0;
    let im = -(-2.0 * z.im).atan2((1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    Ok(c(re, im))
}

fn c_atan(z: C) -> Res {
    let s = c_atanh(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

/// `f(z) = -i g(iz)`: sin, tan from sinh, tanh.
fn rotated(g: fn(C) -> Res, z: C) -> Res {
    let s = g(c(-z.im, z.re))?;
    Ok(c(s.im, -s.re))
}

fn sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "sqrt", args, |z| Ok(c_sqrt(z)))
}
fn exp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "exp", args, c_exp)
}
fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "log10", args, |z| c_log(z).map(|l| c(l.re / LN_10, l.im / LN_10)))
}
fn acos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "acos", args, c_acos)
}
fn asin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "asin", args, c_asin)
}
fn atan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "atan", args, c_atan)
}
fn acosh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "acosh", args, c_acosh)
}
fn asinh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "asinh", args, c_asinh)
}
fn atanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "atanh", args, c_atanh)
}
fn cos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "cos", args, |z| c_cosh(c(-z.im, z.re)))
}
fn sin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "sin", args, |z| rotated(c_sinh, z))
}
fn tan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "tan", args, |z| rotated(c_tanh, z))
}
fn cosh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "cosh", args, c_cosh)
}
fn sinh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "sinh", args, c_sinh)
}
fn tanh(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary(vm, "tanh", args, c_tanh)
}

/// `log(z[, base])`: the natural logarithm, divided by that of `base` when given.
fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "log", &args, 1, 2)?;
    let z = arg(vm, &args.pos()[0])?;
    let mut r = c_log(z);
    if let Some(b) = args.pos().get(1) {
        let b = arg(vm, b)?;
        r = match (r, c_log(b)) {
            (Ok(x), Ok(y)) => c_quot(x, y),
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
    }
    finish(vm, z, r)
}

fn phase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "phase", &args, 1, 1)?;
    let z = arg(vm, &args.pos()[0])?;
    Ok(Value::Float(z.im.atan2(z.re)))
}

/// `polar(z)`: (abs(z), phase(z)).
fn polar(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "polar", &args, 1, 1)?;
    let z = arg(vm, &args.pos()[0])?;
    let r = z.re.hypot(z.im);
    if finite(z) && r.is_infinite() {
        return Err(vm.overflow_error("absolute value too large".into()));
    }
    Ok(Value::tuple(vec![Value::Float(r), Value::Float(z.im.atan2(z.re))]))
}

/// `rect(r, phi)`: the complex number with modulus `r` and argument `phi`.
fn rect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "rect", &args, 2, 2)?;
    let r = protocol::to_f64(vm, &args.pos()[0])?;
    let phi = protocol::to_f64(vm, &args.pos()[1])?;
    let z = if phi == 0.0 { c(r, r * phi) } else { c(r * phi.cos(), r * phi.sin()) };
    finish(vm, c(r, phi), Ok(z))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isfinite", &args, 1, 1)?;
    let z = arg(vm, &args.pos()[0])?;
    Ok(Value::Bool(finite(z)))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isinf", &args, 1, 1)?;
    let z = arg(vm, &args.pos()[0])?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isnan", &args, 1, 1)?;
    let z = arg(vm, &args.pos()[0])?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, "isclose", &args, &["a", "b", "rel_tol", "abs_tol"], 2, 2)?;
    let a = arg(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let b = arg(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let rel = match &p[2] {
        Some(v) => protocol::to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match &p[3] {
        Some(v) => protocol::to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative".into()));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(Value::Bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a.re - b.re).hypot(a.im - b.im);
    let close = diff <= rel * b.re.hypot(b.im) || diff <= rel * a.re.hypot(a.im) || diff <= abs;
    Ok(Value::Bool(close))
}
