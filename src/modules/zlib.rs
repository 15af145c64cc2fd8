//! `zlib`: deflate compression (after CPython's `Modules/zlibmodule.c`) over the `flate2`
//! crate with its `zlib-rs` backend, a Rust port of zlib. `wbits` picks the container as in
//! zlib: 9..15 a zlib stream, -15..-9 raw deflate, 25..31 gzip, 40..47 (decompressing) either.
//! The streaming objects (`Compress`, `Decompress`) are Python classes in
//! `python/zlib_types.py` around an opaque state the functions here work on. The compressed
//! bytes are valid deflate but not always the bytes C zlib writes for the same input.

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use super::native_util::{self as util, bytes, params};
use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::Args;
use crate::object::value::Value;

static TYPES: &[u8] = include_bytes!("python/zlib_types.pyc");

const MAX_WBITS: i64 = 15;
const DEF_BUF_SIZE: i64 = 16384;
/// How much output a step asks for at a time.
const CHUNK: usize = 64 * 1024;

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "zlib",
        &[
            ("compress", compress),
            ("decompress", decompress),
            ("crc32", crc32),
            ("adler32", adler32),
            ("_compressobj", compressobj_state),
            ("_compress", stream_compress),
            ("_flush", stream_flush),
            ("_decompressobj", decompressobj_state),
            ("_decompress", stream_decompress),
        ],
    );
    let exception = vm.types.exception.clone();
    util::add_exception(vm, dict, "zlib", "error", exception)?;
    for (name, value) in [
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ] {
        dict.set_str(name, Value::Int(value));
    }
    dict.set_str("ZLIB_VERSION", Value::str("1.3.0"));
    dict.set_str("ZLIB_RUNTIME_VERSION", Value::str("1.3.0"));
    util::run_python_half(vm, dict, "zlib", TYPES)
}

fn error(vm: &mut Vm, message: String) -> PyErr {
    util::module_exception(vm, "zlib", "error", message)
}

/// The container `wbits` asks for when compressing: (zlib header, gzip, window bits).
fn compress_kind(wbits: i64) -> Option<(bool, bool, u8)> {
    match wbits {
        8..=15 => Some((true, false, wbits.max(9) as u8)),
        -15..=-8 => Some((false, false, (-wbits).max(9) as u8)),
        24..=31 => Some((false, true, (wbits - 16).max(9) as u8)),
        _ => None,
    }
}

fn new_compress(level: i64, wbits: i64) -> Option<Compress> {
    let level = match level {
        -1 => Compression::default(),
        0..=9 => Compression::new(level as u32),
        _ => return None,
    };
    let (zlib, gzip, bits) = compress_kind(wbits)?;
    Some(if gzip {
        Compress::new_gzip(level, bits)
    } else {
        Compress::new_with_window_bits(level, zlib, bits)
    })
}

/// Runs `input` through `c` with `flush`, appending to `out`, until the input is used up and
/// (for a finishing flush) the stream has ended.
fn run_compress(
    vm: &mut Vm,
    c: &mut Compress,
    input: &[u8],
    flush: FlushCompress,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let mut used = 0usize;
    loop {
        out.try_reserve(CHUNK).map_err(|_| vm.memory_error())?;
        let before = c.total_in();
        let status = c.compress_vec(&input[used..], out, flush);
        used += (c.total_in() - before) as usize;
        match status {
            Ok(Status::StreamEnd) => return Ok(()),
            Ok(_) if used == input.len() && out.len() < out.capacity() && flush != FlushCompress::Finish => {
                return Ok(());
            }
            Ok(_) => {}
            Err(e) => return Err(error(vm, format!("Error -2 while compressing data: {e}"))),
        }
    }
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, "compress", &args, &["data", "level", "wbits"], 3, 1)?;
    let data = util::buffer(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let level = opt_int(vm, &p[1], -1)?;
    let wbits = opt_int(vm, &p[2], MAX_WBITS)?;
    if !(-1..=9).contains(&level) {
        return Err(error(vm, "Bad compression level".into()));
    }
    let Some(mut c) = new_compress(level, wbits) else {
        return Err(error(vm, "Error -2 while compressing data: stream error".into()));
    };
    let mut out = util::reserve(vm, data.len() / 2 + 64)?;
    run_compress(vm, &mut c, &data, FlushCompress::Finish, &mut out)?;
    Ok(bytes(out))
}

fn opt_int(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => util::int(vm, v),
        None => Ok(default),
    }
}

/// A decompressor, and what CPython's object keeps beside zlib's stream.
struct Inflater {
    /// None until the first bytes say which container a 40..47 `wbits` stream is.
    stream: Option<Decompress>,
    wbits: i64,
    zdict: Option<Vec<u8>>,
    eof: bool,
}

impl Inflater {
    fn new(vm: &mut Vm, wbits: i64, zdict: Option<Vec<u8>>) -> PyResult<Inflater> {
        let mut inflater = Inflater { stream: None, wbits, zdict, eof: false };
        if !(40..=47).contains(&wbits) {
            inflater.stream = Some(
                Self::make(wbits, false)
                    .ok_or_else(|| vm.value_error("Invalid initialization option".into()))?,
            );
            // A raw stream has no header to ask for the dictionary: it is set at once.
            if wbits < 0
                && let (Some(d), Some(s)) = (&inflater.zdict, inflater.stream.as_mut())
            {
                s.set_dictionary(d).map_err(|e| vm.value_error(format!("{e}")))?;
            }
        }
        Ok(inflater)
    }

    fn make(wbits: i64, gzip_seen: bool) -> Option<Decompress> {
        let bits = |w: i64| w.clamp(9, 15) as u8;
        Some(match wbits {
            0 => Decompress::new_with_window_bits(true, 15),
            8..=15 => Decompress::new_with_window_bits(true, bits(wbits)),
            -15..=-8 => Decompress::new_with_window_bits(false, bits(-wbits)),
            24..=31 => Decompress::new_gzip(bits(wbits - 16)),
            40..=47 if gzip_seen => Decompress::new_gzip(bits(wbits - 32)),
            40..=47 => Decompress::new_with_window_bits(true, bits(wbits - 32)),
            _ => return None,
        })
    }

    /// Decompresses from `input` into `out`, at most `max` bytes (0: no limit). Returns how
    /// much input was used; sets `eof` at the end of the stream.
    fn run(&mut self, vm: &mut Vm, input: &[u8], max: usize, out: &mut Vec<u8>) -> PyResult<usize> {
        if self.stream.is_none() {
            if input.is_empty() {
                return Ok(0);
            }
            self.stream = Self::make(self.wbits, input[0] == 0x1f);
        }
        let mut used = 0usize;
        while !self.eof {
            let room = if max > 0 { (max - out.len()).min(CHUNK) } else { CHUNK };
            if room == 0 {
                break;
            }
            out.try_reserve(room).map_err(|_| vm.memory_error())?;
            let Some(stream) = self.stream.as_mut() else { break };
            let (in_before, out_before) = (stream.total_in(), stream.total_out());
            let mut buf = vec![0u8; room];
            let status = stream.decompress(&input[used..], &mut buf, FlushDecompress::None);
            used += (stream.total_in() - in_before) as usize;
            let wrote = (stream.total_out() - out_before) as usize;
            match status {
                Ok(st) => {
                    out.extend_from_slice(&buf[..wrote]);
                    if st == Status::StreamEnd {
                        self.eof = true;
                    } else if wrote < room && (used == input.len() || st == Status::BufError)
                        || wrote == 0 && stream.total_in() == in_before
                    {
                        break;
                    }
                }
                Err(e) => {
                    if e.needs_dictionary().is_some() {
                        let Some(d) = self.zdict.clone() else {
                            return Err(error(vm, "Error 2 while decompressing data".into()));
                        };
                        stream
                            .set_dictionary(&d)
                            .map_err(|_| error(vm, "Error 2 while decompressing data".into()))?;
                        continue;
                    }
                    let msg = e.message().unwrap_or("invalid input data").to_string();
                    return Err(error(vm, format!("Error -3 while decompressing data: {msg}")));
                }
            }
        }
        Ok(used)
    }
}

/// `decompress(data, /, wbits=15, bufsize=16384)`: a whole stream; data after its end is
/// ignored, as zlib's own `decompress` does.
fn decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, "decompress", &args, &["data", "wbits", "bufsize"], 3, 1)?;
    let data = util::buffer(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let wbits = opt_int(vm, &p[1], MAX_WBITS)?;
    if opt_int(vm, &p[2], DEF_BUF_SIZE)? < 0 {
        return Err(vm.value_error("bufsize must be non-negative".into()));
    }
    let mut inflater = match Inflater::new(vm, wbits, None) {
        Ok(i) => i,
        Err(_) => {
            return Err(error(
                vm,
                "Error -2 while preparing to decompress data: inconsistent stream state".into(),
            ));
        }
    };
    let mut out = Vec::new();
    inflater.run(vm, &data, 0, &mut out)?;
    if !inflater.eof {
        return Err(error(vm, "Error -5 while decompressing data: incomplete or truncated stream".into()));
    }
    Ok(bytes(out))
}

/// `_compressobj(level, method, wbits, memLevel, strategy, zdict)`: the state of a
/// `Compress`. memLevel and strategy are checked but zlib-rs is left at its defaults.
fn compressobj_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "_compressobj", &args, 6, 6)?;
    let pos = args.pos();
    let level = util::int(vm, &pos[0])?;
    let method = util::int(vm, &pos[1])?;
    let wbits = util::int(vm, &pos[2])?;
    let mem_level = util::int(vm, &pos[3])?;
    let strategy = util::int(vm, &pos[4])?;
    let bad = || "Invalid initialization option".to_string();
    if method != 8 || !(1..=9).contains(&mem_level) || !(0..=4).contains(&strategy) {
        return Err(vm.value_error(bad()));
    }
    let Some(mut c) = new_compress(level, wbits) else {
        return Err(vm.value_error(bad()));
    };
    if !pos[5].is_none() {
        let d = util::buffer(vm, &pos[5])?;
        c.set_dictionary(&d).map_err(|_| vm.value_error(bad()))?;
    }
    Ok(util::new_state("zlib.Compress", Some(c)))
}

/// `_compress(state, data)`: compressed bytes ready so far.
fn stream_compress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "_compress", &args, 2, 2)?;
    let data = util::buffer(vm, &args.pos()[1])?;
    let mut out = Vec::new();
    let mut taken = util::with_state::<Option<Compress>, _>(vm, &args.pos()[0], |c| c.take())?;
    let Some(c) = taken.as_mut() else {
        return Err(error(vm, "Error -2 while compressing data: inconsistent stream state".into()));
    };
    let result = run_compress(vm, c, &data, FlushCompress::None, &mut out);
    util::with_state::<Option<Compress>, _>(vm, &args.pos()[0], |slot| *slot = taken)?;
    result.map(|_| bytes(out))
}

/// `_flush(state, mode)`: what is pending, flushed as `mode` asks; Z_FINISH ends the stream.
fn stream_flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "_flush", &args, 2, 2)?;
    let mode = util::int(vm, &args.pos()[1])?;
    let flush = match mode {
        0 => return Ok(bytes(Vec::new())),
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => return Err(error(vm, "Error -2 while flushing: inconsistent stream state".into())),
    };
    let mut taken = util::with_state::<Option<Compress>, _>(vm, &args.pos()[0], |c| c.take())?;
    let Some(c) = taken.as_mut() else {
        return Err(error(vm, "Error -2 while flushing: inconsistent stream state".into()));
    };
    let mut out = Vec::new();
    let result = run_compress(vm, c, &[], flush, &mut out);
    if mode != 4 {
        util::with_state::<Option<Compress>, _>(vm, &args.pos()[0], |slot| *slot = taken)?;
    }
    result.map(|_| bytes(out))
}

/// `_decompressobj(wbits, zdict)`: the state of a `Decompress`.
fn decompressobj_state(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "_decompressobj", &args, 2, 2)?;
    let wbits = util::int(vm, &args.pos()[0])?;
    let zdict = match &args.pos()[1] {
        Value::None => None,
        v => Some(util::buffer(vm, v)?),
    };
    let inflater = Inflater::new(vm, wbits, zdict)?;
    Ok(util::new_state("zlib.Decompress", Some(inflater)))
}

/// `_decompress(state, data, max_length)`: (output, input left unused, end of stream seen).
fn stream_decompress(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "_decompress", &args, 3, 3)?;
    let data = util::buffer(vm, &args.pos()[1])?;
    let max = util::int(vm, &args.pos()[2])?;
    if max < 0 {
        return Err(vm.value_error("max_length must be non-negative".into()));
    }
    let mut taken = util::with_state::<Option<Inflater>, _>(vm, &args.pos()[0], |i| i.take())?;
    let Some(inflater) = taken.as_mut() else {
        return Err(error(vm, "Error -2 while decompressing data: inconsistent stream state".into()));
    };
    let mut out = Vec::new();
    let result = if inflater.eof { Ok(0) } else { inflater.run(vm, &data, max as usize, &mut out) };
    let eof = inflater.eof;
    util::with_state::<Option<Inflater>, _>(vm, &args.pos()[0], |slot| *slot = taken)?;
    let used = result?;
    Ok(Value::tuple(vec![bytes(out), bytes(data[used..].to_vec()), Value::Bool(eof)]))
}

/// `crc32(data, value=0)`.
fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "crc32", &args, 1, 2)?;
    let data = util::buffer(vm, &args.pos()[0])?;
    let start = match args.pos().get(1) {
        Some(v) => super::binascii::u32_arg(vm, v)?,
        None => 0,
    };
    Ok(Value::Int(super::binascii::crc32_update(start, &data) as i64))
}

/// `adler32(data, value=1)`.
fn adler32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "adler32", &args, 1, 2)?;
    let data = util::buffer(vm, &args.pos()[0])?;
    let start = match args.pos().get(1) {
        Some(v) => super::binascii::u32_arg(vm, v)?,
        None => 1,
    };
    let (mut a, mut b) = (start & 0xFFFF, start >> 16);
    // 5552 bytes is the most that can be summed before the sums must be reduced.
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    Ok(Value::Int((b << 16 | a) as i64))
}
