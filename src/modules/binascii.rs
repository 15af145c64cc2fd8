//! `binascii`: conversions between binary data and ASCII encodings (after CPython's
//! `Modules/binascii.c`): hex, base64, uuencode, quoted-printable, and the CRC-32 and
//! CRC-CCITT checksums. CPython's `base64`, `quopri` and `uu` are built on it.

use super::native_util::{self as util, bytes, params};
use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::type_name;
use crate::object::value::Value;

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "binascii",
        &[
            ("hexlify", hexlify),
            ("b2a_hex", b2a_hex),
            ("unhexlify", unhexlify),
            ("a2b_hex", a2b_hex),
            ("a2b_base64", a2b_base64),
            ("b2a_base64", b2a_base64),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
            ("a2b_uu", a2b_uu),
            ("b2a_uu", b2a_uu),
            ("a2b_qp", a2b_qp),
            ("b2a_qp", b2a_qp),
        ],
    );
    let value_error = vm.types.value_error.clone();
    util::add_exception(vm, dict, "binascii", "Error", value_error)?;
    let exception = vm.types.exception.clone();
    util::add_exception(vm, dict, "binascii", "Incomplete", exception)?;
    Ok(())
}

/// `binascii.Error(message)`.
fn error(vm: &mut Vm, message: &str) -> PyErr {
    util::module_exception(vm, "binascii", "Error", message.to_string())
}

/// The data of an `a2b_*` argument: bytes-like, or a str of ASCII characters only.
fn ascii_data(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Str(s) if s.as_str().is_ascii() => Ok(s.as_str().as_bytes().to_vec()),
        Value::Str(_) => Err(vm.value_error("string argument should contain only ASCII characters".into())),
        Value::Object(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)) => util::buffer(vm, v),
        _ => Err(vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            type_name(vm, v)
        ))),
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn hexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_common(vm, "hexlify", args)
}

fn b2a_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hex_common(vm, "b2a_hex", args)
}

/// `hexlify(data, sep=None, bytes_per_sep=1)`: two hex digits a byte, `sep` between groups of
/// `bytes_per_sep` bytes counted from the right (from the left when negative).
fn hex_common(vm: &mut Vm, func: &str, args: Args) -> PyResult<Value> {
    let p = params(vm, func, &args, &["data", "sep", "bytes_per_sep"], 3, 1)?;
    let data = util::buffer(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let sep = match &p[1] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => {
            if s.as_str().chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1.".into()));
            }
            if !s.as_str().is_ascii() {
                return Err(vm.value_error("sep must be ASCII.".into()));
            }
            Some(s.as_str().as_bytes()[0])
        }
        Some(v) => {
            let b = util::buffer(vm, v)
                .map_err(|_| vm.type_error(format!("sep must be str or bytes, not {}", type_name(vm, v))))?;
            if b.len() != 1 {
                return Err(vm.value_error("sep must be length 1.".into()));
            }
            if !b[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII.".into()));
            }
            Some(b[0])
        }
    };
    let per = match &p[2] {
        Some(v) => util::int(vm, v)?,
        None => 1,
    };
    let mut out = util::reserve(vm, data.len().saturating_mul(3))?;
    let group = per.unsigned_abs().max(1) as usize;
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep
            && i > 0
            && per != 0
        {
            // Groups are counted from the end when `bytes_per_sep` is positive.
            let boundary = if per > 0 { (data.len() - i) % group == 0 } else { i % group == 0 };
            if boundary {
                out.push(s);
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    Ok(bytes(out))
}

fn unhexlify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, "unhexlify", &args, &["hexstr"], 1, 1)?;
    unhex(vm, p[0].as_ref().unwrap_or(&Value::None))
}

fn a2b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, "a2b_hex", &args, &["hexstr"], 1, 1)?;
    unhex(vm, p[0].as_ref().unwrap_or(&Value::None))
}

fn unhex(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let data = ascii_data(vm, v)?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = util::reserve(vm, data.len() / 2)?;
    for pair in data.chunks(2) {
        match ((pair[0] as char).to_digit(16), (pair[1] as char).to_digit(16)) {
            (Some(hi), Some(lo)) => out.push((hi * 16 + lo) as u8),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(bytes(out))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|i| i as u8)
}

/// `b2a_base64(data, *, newline=True)`.
fn b2a_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, "b2a_base64", &args, &["data", "newline"], 1, 1)?;
    let data = util::buffer(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let newline = util::flag(vm, p[1].as_ref(), true)?;
    let mut out = util::reserve(vm, data.len().div_ceil(3).saturating_mul(4).saturating_add(1))?;
    for chunk in data.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes(out))
}

/// `a2b_base64(data, /, *, strict_mode=False)`: outside strict mode, characters outside the
/// alphabet are skipped and decoding stops at the padding that ends a quad.
fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().len() > 1 {
        return Err(vm.type_error(format!(
            "a2b_base64() takes exactly 1 positional argument ({} given)",
            args.pos().len()
        )));
    }
    let p = params(vm, "a2b_base64", &args, &["data", "strict_mode"], 1, 1)?;
    let data = ascii_data(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let strict = util::flag(vm, p[1].as_ref(), false)?;
    let mut out = util::reserve(vm, data.len() / 4 * 3 + 3)?;
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    let (mut quad, mut left, mut pads) = (0u8, 0u8, 0usize);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad >= 2 {
                pads += 1;
                if quad as usize + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, "Excess data after padding"));
                    }
                    return Ok(bytes(out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push(left << 2 | v >> 4);
                left = v & 15;
                quad = 2;
            }
            2 => {
                out.push(left << 4 | v >> 2);
                left = v & 3;
                quad = 3;
            }
            _ => {
                out.push(left << 6 | v);
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(bytes(out)),
        1 => {
            let chars = out.len() / 3 * 4 + 1;
            Err(error(
                vm,
                &format!(
                    "Invalid base64-encoded string: number of data characters ({chars}) cannot be 1 more than a multiple of 4"
                ),
            ))
        }
        _ => Err(error(vm, "Incorrect padding")),
    }
}

/// The CRC-32 table for the reflected polynomial 0xEDB88320, built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { (c >> 1) ^ 0xEDB8_8320 } else { c >> 1 };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
};

/// CRC-32 as zlib computes it, continuing from `crc`.
pub fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xFF) as usize] ^ (c >> 8);
    }
    !c
}

/// The unsigned 32-bit value of an int argument, as CPython masks it.
pub fn u32_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let big = match v {
        Value::Float(_) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer".into()));
        }
        _ => crate::object::protocol::to_bigint(vm, v)?,
    };
    let masked = big & num_bigint::BigInt::from(0xFFFF_FFFFu32);
    Ok(num_traits::ToPrimitive::to_u32(&masked).unwrap_or(0))
}

/// `crc32(data, crc=0)`.
fn crc32(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "crc32", &args, 1, 2)?;
    let data = util::buffer(vm, &args.pos()[0])?;
    let crc = match args.pos().get(1) {
        Some(v) => u32_arg(vm, v)?,
        None => 0,
    };
    Ok(Value::Int(crc32_update(crc, &data) as i64))
}

/// `crc_hqx(data, crc)`: CRC-CCITT (polynomial 0x1021), as BinHex 4 uses it.
fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "crc_hqx", &args, 2, 2)?;
    let data = util::buffer(vm, &args.pos()[0])?;
    let mut crc = (u32_arg(vm, &args.pos()[1])? & 0xFFFF) as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    Ok(Value::Int(crc as i64))
}

/// `b2a_uu(data, *, backtick=False)`: one uuencoded line of at most 45 bytes.
fn b2a_uu(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, "b2a_uu", &args, &["data", "backtick"], 1, 1)?;
    let data = util::buffer(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let backtick = util::flag(vm, p[1].as_ref(), false)?;
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let enc = |v: u32| -> u8 { if backtick && v == 0 { b'`' } else { b' ' + v as u8 } };
    let mut out = vec![enc(data.len() as u32)];
    for chunk in data.chunks(3) {
        let n = (chunk[0] as u32) << 16
            | (*chunk.get(1).unwrap_or(&0) as u32) << 8
            | *chunk.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            out.push(enc((n >> (18 - 6 * k)) & 63));
        }
    }
    out.push(b'\n');
    Ok(bytes(out))
}

/// `a2b_uu(data)`: one uuencoded line; a line cut short decodes as if padded with zeros.
fn a2b_uu(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "a2b_uu", &args, 1, 1)?;
    let data = ascii_data(vm, &args.pos()[0])?;
    // The length character of an empty line reads as CPython's terminating NUL would: 32.
    let len = data.first().map_or(32, |c| (c.wrapping_sub(b' ') & 0o77) as usize);
    let mut out = Vec::with_capacity(len);
    let mut rest = data.iter().skip(1).copied();
    let (mut acc, mut bits) = (0u32, 0u32);
    while out.len() < len {
        let c = match rest.next() {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) if !(b' '..=b' ' + 64).contains(&c) => return Err(error(vm, "Illegal char")),
            Some(c) => (c - b' ') & 0o77,
        };
        acc = acc << 6 | c as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    for c in rest {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(bytes(out))
}

/// `a2b_qp(data, header=False)`: quoted-printable to bytes; `_` is a space in headers.
fn a2b_qp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, "a2b_qp", &args, &["data", "header"], 2, 1)?;
    let data = ascii_data(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let header = util::flag(vm, p[1].as_ref(), false)?;
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= data.len() {
                break;
            }
            // A soft line break: `=` at the end of a line.
            if data[i] == b'\n' || data[i] == b'\r' {
                if data[i] != b'\n' {
                    while i < data.len() && data[i] != b'\n' {
                        i += 1;
                    }
                }
                i += 1;
                continue;
            }
            if data[i] == b'=' {
                out.push(b'=');
                i += 1;
                continue;
            }
            let hi = (data[i] as char).to_digit(16);
            let lo = data.get(i + 1).and_then(|&d| (d as char).to_digit(16));
            match (hi, lo) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'='),
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(bytes(out))
}

/// `b2a_qp(data, quotetabs=False, istext=True, header=False)`: bytes to quoted-printable,
/// lines kept under 77 characters with soft breaks.
fn b2a_qp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, "b2a_qp", &args, &["data", "quotetabs", "istext", "header"], 4, 1)?;
    let data = util::buffer(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let quotetabs = util::flag(vm, p[1].as_ref(), false)?;
    let istext = util::flag(vm, p[2].as_ref(), true)?;
    let header = util::flag(vm, p[3].as_ref(), false)?;
    // Lines end as the first line ending in the data does.
    let crlf = data.iter().position(|&c| c == b'\n').is_some_and(|at| at > 0 && data[at - 1] == b'\r');
    const MAX: usize = 76;
    let mut out: Vec<u8> = Vec::with_capacity(data.len() * 2);
    let mut line = 0usize;
    let mut i = 0;
    let push_soft = |out: &mut Vec<u8>, line: &mut usize| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
        *line = 0;
    };
    while i < data.len() {
        let c = data[i];
        let at_line_end = i + 1 == data.len()
            || data[i + 1] == b'\n'
            || (i + 2 < data.len() + 1 && data.get(i + 1) == Some(&b'\r') && data.get(i + 2) == Some(&b'\n'));
        let needs_quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && line == 0 && at_line_end)
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == data.len())
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        let is_newline = istext && (c == b'\n' || (c == b'\r' && data.get(i + 1) == Some(&b'\n')));
        if is_newline {
            // Whitespace before a line break is quoted.
            if let Some(&last) = out.last()
                && (last == b' ' || last == b'\t')
                && line > 0
            {
                out.pop();
                out.extend_from_slice(&[
                    b'=',
                    HEX[(last >> 4) as usize].to_ascii_uppercase(),
                    HEX[(last & 15) as usize].to_ascii_uppercase(),
                ]);
            }
            if crlf {
                out.extend_from_slice(b"\r\n");
            } else {
                out.push(b'\n');
            }
            line = 0;
            i += if c == b'\r' { 2 } else { 1 };
            continue;
        }
        if needs_quote {
            if line + 3 > MAX - 1 && !at_line_end || line + 3 > MAX {
                push_soft(&mut out, &mut line);
            }
            out.extend_from_slice(&[
                b'=',
                HEX[(c >> 4) as usize].to_ascii_uppercase(),
                HEX[(c & 15) as usize].to_ascii_uppercase(),
            ]);
            line += 3;
        } else {
            if line + 1 > MAX - 1 && !at_line_end {
                push_soft(&mut out, &mut line);
            }
            out.push(if header && c == b' ' { b'_' } else { c });
            line += 1;
        }
        i += 1;
    }
    Ok(bytes(out))
}
