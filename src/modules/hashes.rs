//! `_md5`, `_sha1`, `_sha2`, `_sha3` and `_blake2`: the hash modules CPython's `hashlib` falls
//! back to when OpenSSL's `_hashlib` is missing (after CPython's `Modules/md5module.c`,
//! `sha2module.c`, `sha3module.c`, `blake2module.c`). The hashing is the RustCrypto crates'
//! (SHAKE is a small sponge over the `keccak` permutation); the hash objects are one Python
//! class, in `python/hash_types.py`, around an opaque state.

use digest::DynDigest;

use super::native_util::{self as util, bytes};
use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::protocol::check_args;
use crate::object::value::Value;

static TYPES: &[u8] = include_bytes!("python/hash_types.pyc");

/// A hash in progress.
enum Hasher {
    Fixed(Box<dyn DynDigest>),
    Shake(Box<Shake>),
}

impl Clone for Hasher {
    fn clone(&self) -> Hasher {
        match self {
            Hasher::Fixed(d) => Hasher::Fixed(d.box_clone()),
            Hasher::Shake(s) => Hasher::Shake(s.clone()),
        }
    }
}

/// SHAKE128/SHAKE256 (FIPS 202): a Keccak sponge of `rate` bytes with the 0x1F padding,
/// squeezed for as many bytes as asked.
#[derive(Clone)]
struct Shake {
    state: [u64; 25],
    rate: usize,
    /// Absorbed bytes not yet a full block.
    pending: Vec<u8>,
}

impl Shake {
    fn new(rate: usize) -> Shake {
        Shake { state: [0; 25], rate, pending: Vec::new() }
    }

    fn permute(state: &mut [u64; 25]) {
        keccak::Keccak::new().with_f1600(|f| f(state));
    }

    fn xor_block(state: &mut [u64; 25], block: &[u8]) {
        for (i, chunk) in block.chunks(8).enumerate() {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            state[i] ^= u64::from_le_bytes(word);
        }
    }

    fn update(&mut self, data: &[u8]) {
        self.pending.extend_from_slice(data);
        let full = self.pending.len() / self.rate * self.rate;
        for block in self.pending[..full].chunks(self.rate) {
            Self::xor_block(&mut self.state, block);
            Self::permute(&mut self.state);
        }
        self.pending.drain(..full);
    }

    /// The first `n` bytes of output; the sponge itself is left as it was.
    fn squeeze(&self, n: usize) -> Vec<u8> {
        let mut state = self.state;
        let mut last = self.pending.clone();
        last.resize(self.rate, 0);
        last[self.pending.len()] ^= 0x1F;
        last[self.rate - 1] ^= 0x80;
        Self::xor_block(&mut state, &last);
        Self::permute(&mut state);
        let mut out = Vec::with_capacity(n);
        loop {
            for word in &state[..self.rate / 8] {
                for b in word.to_le_bytes() {
                    if out.len() == n {
                        return out;
                    }
                    out.push(b);
                }
            }
            Self::permute(&mut state);
        }
    }
}

/// A new hasher for CPython's algorithm `name`: it and its (digest size, block size).
fn new_hasher(name: &str) -> Option<(Hasher, usize, usize)> {
    let fixed = |d: Box<dyn DynDigest>, block: usize| {
        let size = d.output_size();
        Some((Hasher::Fixed(d), size, block))
    };
    match name {
        "md5" => fixed(Box::<md5::Md5>::default(), 64),
        "sha1" => fixed(Box::<sha1::Sha1>::default(), 64),
        "sha224" => fixed(Box::<sha2::Sha224>::default(), 64),
        "sha256" => fixed(Box::<sha2::Sha256>::default(), 64),
        "sha384" => fixed(Box::<sha2::Sha384>::default(), 128),
        "sha512" => fixed(Box::<sha2::Sha512>::default(), 128),
        "sha3_224" => fixed(Box::<sha3::Sha3_224>::default(), 144),
        "sha3_256" => fixed(Box::<sha3::Sha3_256>::default(), 136),
        "sha3_384" => fixed(Box::<sha3::Sha3_384>::default(), 104),
        "sha3_512" => fixed(Box::<sha3::Sha3_512>::default(), 72),
        "blake2b" => fixed(Box::<blake2::Blake2b512>::default(), 128),
        "blake2s" => fixed(Box::<blake2::Blake2s256>::default(), 64),
        "shake_128" => Some((Hasher::Shake(Box::new(Shake::new(168))), 0, 168)),
        "shake_256" => Some((Hasher::Shake(Box::new(Shake::new(136))), 0, 136)),
        _ => None,
    }
}

fn install(vm: &mut Vm, dict: &Dict, module: &'static str, algorithms: &[&str]) -> PyResult<()> {
    super::add_functions(
        dict,
        module,
        &[("_new", new_state), ("_update", update), ("_digest", digest), ("_copy", copy)],
    );
    dict.set_str("_algorithms", Value::tuple(algorithms.iter().map(|a| Value::str(a)).collect()));
    util::run_python_half(vm, dict, module, TYPES)
}

pub fn init_md5(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    install(vm, dict, "_md5", &["md5"])
}

pub fn init_sha1(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    install(vm, dict, "_sha1", &["sha1"])
}

pub fn init_sha2(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    install(vm, dict, "_sha2", &["sha224", "sha256", "sha384", "sha512"])
}

pub fn init_sha3(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    install(vm, dict, "_sha3", &["sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"])
}

pub fn init_blake2(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    install(vm, dict, "_blake2", &["blake2b", "blake2s"])
}

/// `_new(name)`: (state, digest_size, block_size).
fn new_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_new", &args, 1, 1)?;
    let name = match &args.pos()[0] {
        Value::Str(s) => s.as_str().to_string(),
        _ => String::new(),
    };
    let Some((hasher, size, block)) = new_hasher(&name) else {
        return Err(vm.value_error(format!("unsupported hash type {name}")));
    };
    Ok(Value::tuple(vec![util::new_state("hash", hasher), Value::Int(size as i64), Value::Int(block as i64)]))
}

/// `_update(state, data)`.
fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "update", &args, 2, 2)?;
    let data = match &args.pos()[1] {
        Value::Str(_) => return Err(vm.type_error("Strings must be encoded before hashing".into())),
        v => util::buffer(vm, v).map_err(|_| {
            vm.type_error(format!(
                "object supporting the buffer API required, not '{}'",
                crate::object::protocol::type_name(vm, v)
            ))
        })?,
    };
    util::with_state::<Hasher, _>(vm, &args.pos()[0], |h| match h {
        Hasher::Fixed(d) => d.update(&data),
        Hasher::Shake(s) => s.update(&data),
    })?;
    Ok(Value::None)
}

/// `_digest(state, length)`: the digest so far (the state goes on); `length` for SHAKE.
fn digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "digest", &args, 2, 2)?;
    let length = match &args.pos()[1] {
        Value::None => 0,
        v => {
            let n = util::int(vm, v)?;
            if n < 0 {
                return Err(vm.value_error("length must be non-negative".into()));
            }
            if n >= 1 << 29 {
                return Err(vm.memory_error());
            }
            n as usize
        }
    };
    let out = util::with_state::<Hasher, _>(vm, &args.pos()[0], |h| match h {
        Hasher::Fixed(d) => d.box_clone().finalize().to_vec(),
        Hasher::Shake(s) => s.squeeze(length),
    })?;
    Ok(bytes(out))
}

/// `_copy(state)`: an independent copy of the hash so far.
fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "copy", &args, 1, 1)?;
    let copy = util::with_state::<Hasher, _>(vm, &args.pos()[0], |h| h.clone())?;
    Ok(util::new_state("hash", copy))
}
