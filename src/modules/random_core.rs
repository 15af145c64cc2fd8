//! `_random`: the Mersenne Twister (MT19937) under the `random` module, seeded exactly as
//! CPython seeds it, so a program gets CPython's sequence for the same seed. The state is an
//! opaque object that `random.py` (minivm's own, in `python/`) keeps on each `Random`.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::Signed;
use sha2::{Digest, Sha512};

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::int::IntRef;
use crate::object::misc::Object;
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

const N: usize = 624;
const M: usize = 397;

/// The generator's state: 624 words and the index of the next one to use.
pub struct Twister {
    words: [u32; N],
    index: usize,
}

impl Twister {
    fn new() -> Twister {
        let mut t = Twister { words: [0; N], index: N + 1 };
        t.init(5489);
        t
    }

    fn init(&mut self, seed: u32) {
        self.words[0] = seed;
        for i in 1..N {
            let prev = self.words[i - 1];
            self.words[i] = 1812433253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from a key of 32-bit words, least significant first (`init_by_array`).
    fn init_by_array(&mut self, key: &[u32]) {
        self.init(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = self.words[i - 1];
            self.words[i] = (self.words[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.words[0] = self.words[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.words[i - 1];
            self.words[i] =
                (self.words[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.words[0] = self.words[N - 1];
                i = 1;
            }
        }
        self.words[0] = 0x8000_0000;
        self.index = N;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        let mag = |y: u32| if y & 1 == 1 { 0x9908_b0df } else { 0 };
        for k in 0..N {
            let y = (self.words[k] & UPPER) | (self.words[(k + 1) % N] & LOWER);
            self.words[k] = self.words[(k + M) % N] ^ (y >> 1) ^ mag(y);
        }
        self.index = 0;
    }

    /// A float in [0, 1) with 53 random bits, from two words.
    fn next_f64(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

pub fn init(_vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "_random",
        &[
            ("new_state", new_state),
            ("seed", seed),
            ("random", random),
            ("getrandbits", getrandbits),
            ("getstate", getstate),
            ("setstate", setstate),
        ],
    );
    Ok(())
}

fn state_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RefCell<Twister>> {
    if let Value::Object(o) = v
        && let Object::Twister(t) = &**o
    {
        return Ok(t);
    }
    Err(vm.type_error("expected a random state".into()))
}

fn new_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "new_state", &args, 0, 0)?;
    Ok(Value::Object(Rc::new(Object::Twister(Box::new(RefCell::new(Twister::new()))))))
}

/// `seed(state, a)`: None from the clock and process; an int by its absolute value's 32-bit
/// words; a str, bytes or bytearray (version 2) as the int of its bytes followed by their
/// SHA-512; anything else by its hash as an unsigned word.
fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "seed", &args, 2, 2)?;
    let state = state_of(vm, &args.pos()[0])?;
    let a = &args.pos()[1];
    let n: BigInt = match a {
        Value::None => {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            BigInt::from(now.as_nanos()) ^ (BigInt::from(std::process::id()) << 64)
        }
        Value::Str(_) | Value::Object(_) if bytes_of(a).is_some() => {
            let mut bytes = bytes_of(a).unwrap_or_default();
            let digest = Sha512::digest(&bytes);
            bytes.extend_from_slice(&digest);
            BigInt::from_bytes_be(Sign::Plus, &bytes)
        }
        _ => match IntRef::of(a) {
            Some(i) if !matches!(a, Value::Bool(_)) => i.to_big().abs(),
            _ => BigInt::from(protocol::hash(vm, a)? as u64),
        },
    };
    let (_, mut key) = n.to_u32_digits();
    if key.is_empty() {
        key.push(0);
    }
    state.borrow_mut().init_by_array(&key);
    Ok(Value::None)
}

/// The bytes a str (UTF-8), bytes or bytearray seed stands for.
fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Str(s) => Some(s.as_str().as_bytes().to_vec()),
        Value::Object(o) => match &**o {
            Object::Bytes(b) => Some(b.to_vec()),
            Object::ByteArray(b) => Some(b.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "random", &args, 1, 1)?;
    Ok(Value::Float(state_of(vm, &args.pos()[0])?.borrow_mut().next_f64()))
}

/// `getrandbits(state, k)`: k random bits, 32 at a time, least significant word first.
fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getrandbits", &args, 2, 2)?;
    let k = protocol::to_i64(vm, &args.pos()[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative".into()));
    }
    let mut state = state_of(vm, &args.pos()[0])?.borrow_mut();
    if k <= 32 {
        if k == 0 {
            return Ok(Value::Int(0));
        }
        return Ok(Value::Int((state.next_u32() >> (32 - k)) as i64));
    }
    let mut words = Vec::with_capacity((k as usize).div_ceil(32));
    let mut left = k;
    while left > 0 {
        let mut r = state.next_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        words.push(r);
        left -= 32;
    }
    Ok(Value::from_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

/// `getstate(state)`: the 624 words and the index, as a tuple of 625 ints.
fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getstate", &args, 1, 1)?;
    let state = state_of(vm, &args.pos()[0])?.borrow();
    let mut items: Vec<Value> = state.words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(state.index as i64));
    Ok(Value::tuple(items))
}

fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setstate", &args, 2, 2)?;
    let items = match &args.pos()[1] {
        Value::Tuple(t) => t.items().to_vec(),
        _ => return Err(vm.type_error("state vector must be a tuple".into())),
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size".into()));
    }
    let mut words = [0u32; N];
    for (w, item) in words.iter_mut().zip(&items) {
        let v = protocol::to_i64(vm, item)?;
        *w = v as u32;
    }
    let index = protocol::to_i64(vm, &items[N])?;
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state".into()));
    }
    let mut state = state_of(vm, &args.pos()[0])?.borrow_mut();
    state.words = words;
    state.index = index as usize;
    Ok(Value::None)
}
