//! The few libm functions Rust's standard library does not take from the platform libm, written
//! to give the same bits as glibc's (which CPython calls): `cbrt` by glibc's polynomial and
//! Newton step, and `erf`/`erfc` by fdlibm's rational approximations evaluated in glibc's
//! order, over the platform `exp`.

// Coefficients are written as published, with more digits than a double holds.
#![allow(clippy::excessive_precision)]

/// fdlibm's erf/erfc coefficients (Sun Microsystems, freely distributable).
const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    0.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    0.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    0.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    0.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];
const TINY: f64 = 1e-300;

/// The high 32 bits of a double's representation.
fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

/// `x/(1+x*R(x*x))` piece for |x| < 0.84375: R = P/Q in z = x*x, in glibc's evaluation order.
fn small_ratio(x: f64) -> f64 {
    let z = x * x;
    let (z2, r1, r2) = (z * z, PP[0] + z * PP[1], PP[2] + z * PP[3]);
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// P/Q around 1, for 0.84375 <= |x| < 1.25.
fn near_one(x: f64) -> f64 {
    let s = x.abs() - 1.0;
    let (s2, p1, q1) = (s * s, PA[0] + s * PA[1], 1.0 + s * QA[1]);
    let s4 = s2 * s2;
    let s6 = s4 * s2;
    let p = p1 + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
    let q = q1 + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
    p / q
}

/// `exp(-x*x - 0.5625 + R/S)` for the tail, |x| >= 1.25, with the square split exactly.
fn tail(ax: f64, below: u32) -> f64 {
    let ix = high_word(ax);
    let s = 1.0 / (ax * ax);
    let (r, big_s) = if ix < below {
        let (s2, r1, s1) = (s * s, RA[0] + s * RA[1], 1.0 + s * SA[1]);
        let s4 = s2 * s2;
        let s6 = s4 * s2;
        let s8 = s4 * s4;
        let r = r1 + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
        let q =
            s1 + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7]) + s8 * SA[8];
        (r, q)
    } else {
        let (s2, r1, s1) = (s * s, RB[0] + s * RB[1], 1.0 + s * SB[1]);
        let s4 = s2 * s2;
        let s6 = s4 * s2;
        let r = r1 + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
        let q = s1 + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
        (r, q)
    };
    let z = f64::from_bits(ax.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - ax) * (z + ax) + r / big_s).exp()
}

pub fn erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let negative = hx >> 31 == 1;
    if ix >= 0x7ff0_0000 {
        return if negative { -1.0 } else { 1.0 } + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        let pq = near_one(x);
        return if negative { -ERX - pq } else { ERX + pq };
    }
    if ix >= 0x4018_0000 {
        return if negative { TINY - 1.0 } else { 1.0 - TINY };
    }
    let ax = x.abs();
    let r = tail(ax, 0x4006_db6e);
    if negative { r / ax - 1.0 } else { 1.0 - r / ax }
}

pub fn erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let negative = hx >> 31 == 1;
    if ix >= 0x7ff0_0000 {
        return if negative { 2.0 } else { 0.0 } + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = small_ratio(x);
        // As glibc compares the signed high word: every negative x takes the first form.
        if (hx as i32) < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let pq = near_one(x);
        return if negative { 1.0 + (ERX + pq) } else { (1.0 - ERX) - pq };
    }
    if ix < 0x403c_0000 {
        if negative && ix >= 0x4018_0000 {
            return 2.0 - TINY;
        }
        let ax = x.abs();
        let r = tail(ax, 0x4006_db6d);
        return if negative { 2.0 - r / ax } else { r / ax };
    }
    if negative { 2.0 - TINY } else { TINY * TINY }
}

/// glibc's cbrt: a polynomial first guess for the mantissa, one rational Newton-style step,
/// and the exponent's third applied with a table of 2^(k/3).
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = super::math::frexp_of(x.abs());
    let u = 0.354895765043919860
        + ((1.50819193781584896
            + ((-2.11499494167371287
                + ((2.44693122563534430
                    + ((-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm))
                    * xm))
                * xm))
            * xm);
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    super::math::ldexp_of(if x > 0.0 { ym } else { -ym }, (xe / 3) as i64)
}
