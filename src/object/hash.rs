//! CPython's hash functions (`Python/pyhash.c`, `Objects/longobject.c`, `floatobject.c`,
//! `tupleobject.c`, `setobject.c`). Strings and bytes use SipHash-1-3; minivm hashes them as
//! CPython does with `PYTHONHASHSEED=0` (a zero key), so set order matches such a run.

/// `_PyHASH_MODULUS`: ints and floats hash modulo the Mersenne prime 2^61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
const HASH_INF: i64 = 314_159;
const IMAG: i64 = 1_000_003;

/// SipHash-1-3 of `data` with key (k0, k1), as `siphash13` in pyhash.c.
pub fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let m = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut last = (data.len() as u64) << 56;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    v3 ^= last;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= last;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

/// CPython never returns -1 from a hash function; -1 becomes -2.
fn fix(h: i64) -> i64 {
    if h == -1 { -2 } else { h }
}

/// `hash(bytes)` with `PYTHONHASHSEED=0`. (The empty string hashes to 0.)
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    fix(siphash13(0, 0, data) as i64)
}

/// `hash(str)`: SipHash over the string's code points stored 1, 2 or 4 bytes wide (the
/// narrowest of CPython's three representations that holds them all).
pub fn hash_code_points(points: impl Iterator<Item = u32> + Clone) -> i64 {
    let max = points.clone().max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x10000 {
        2
    } else {
        4
    };
    let mut buf = Vec::new();
    for cp in points {
        buf.extend_from_slice(&cp.to_le_bytes()[..width]);
    }
    hash_bytes(&buf)
}

pub fn hash_str(s: &str) -> i64 {
    hash_code_points(s.chars().map(|c| c as u32))
}

/// `hash(int)` for a 64-bit value.
pub fn hash_i64(v: i64) -> i64 {
    let m = (v.unsigned_abs() % MODULUS) as i64;
    fix(if v < 0 { -m } else { m })
}

/// `hash(int)` for a big int, from its magnitude's bytes.
pub fn hash_bigint(v: &num_bigint::BigInt) -> i64 {
    let (sign, digits) = v.to_u64_digits();
    let mut acc: u128 = 0;
    for d in digits.iter().rev() {
        acc = ((acc << 64) | *d as u128) % MODULUS as u128;
    }
    let m = acc as i64;
    fix(if sign == num_bigint::Sign::Minus { -m } else { m })
}

/// `hash(float)` (`_Py_HashDouble`). NaN hashes by identity in 3.12; minivm uses 0.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v == v.trunc() && v.abs() < 9.2e18 {
        return hash_i64(v as i64);
    }
    // Reduce the mantissa 28 bits at a time, as CPython does.
    let (mut m, mut e) = frexp(v.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = x as i64;
    fix(if v < 0.0 { -h } else { h })
}

/// Splits a finite positive float into mantissa in [0.5, 1) and exponent.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (0.0, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `hash(complex)`.
pub fn hash_complex(re: f64, im: f64) -> i64 {
    fix(hash_f64(re).wrapping_add(IMAG.wrapping_mul(hash_f64(im))))
}

/// `hash(tuple)`: the xxHash-based combination of `tuplehash`.
pub fn hash_tuple(items: impl Iterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    let mut len = 0u64;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
        len += 1;
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc as i64 == -1 { 1_546_275_796 } else { acc as i64 }
}

/// `hash(frozenset)`: order-independent, from `frozenset_hash`.
pub fn hash_frozenset(items: impl Iterator<Item = i64>) -> i64 {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    let mut len = 0u64;
    for h in items {
        hash ^= shuffle(h as u64);
        len += 1;
    }
    hash ^= (len + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    if hash as i64 == -1 { 590_923_713 } else { hash as i64 }
}
