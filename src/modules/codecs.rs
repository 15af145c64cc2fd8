//! `_codecs`: the codec registry and the built-in codecs under CPython's `codecs` and
//! `encodings` (after CPython's `Python/codecs.c` and `Modules/_codecsmodule.c`).
//!
//! The registry holds the search functions (`encodings` registers its own on first lookup, as
//! CPython's start-up does) and caches what they find. The codec functions return
//! `(result, length consumed)` as CPython's do; utf-8, latin-1 and ascii share their work with
//! `io::codec`, the others are here. Error handlers are those `io::codec` knows; a handler
//! registered from Python is kept and found by `lookup_error`, but the native codecs only apply
//! the built-in ones.

use std::rc::Rc;

use super::io::codec::{self, Encoding, Errors};
use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::{self, type_name};
use crate::object::value::Value;

pub fn init(_vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "_codecs",
        &[
            ("register", register),
            ("unregister", unregister),
            ("lookup", lookup),
            ("_forget_codec", forget_codec),
            ("encode", encode),
            ("decode", decode),
            ("register_error", register_error),
            ("lookup_error", lookup_error),
            ("utf_8_encode", utf_8_encode),
            ("utf_8_decode", utf_8_decode),
            ("latin_1_encode", latin_1_encode),
            ("latin_1_decode", latin_1_decode),
            ("ascii_encode", ascii_encode),
            ("ascii_decode", ascii_decode),
            ("utf_16_encode", utf_16_encode),
            ("utf_16_decode", utf_16_decode),
            ("utf_16_le_encode", utf_16_le_encode),
            ("utf_16_le_decode", utf_16_le_decode),
            ("utf_16_be_encode", utf_16_be_encode),
            ("utf_16_be_decode", utf_16_be_decode),
            ("utf_16_ex_decode", utf_16_ex_decode),
            ("utf_32_encode", utf_32_encode),
            ("utf_32_decode", utf_32_decode),
            ("utf_32_le_encode", utf_32_le_encode),
            ("utf_32_le_decode", utf_32_le_decode),
            ("utf_32_be_encode", utf_32_be_encode),
            ("utf_32_be_decode", utf_32_be_decode),
            ("utf_32_ex_decode", utf_32_ex_decode),
            ("escape_encode", escape_encode),
            ("escape_decode", escape_decode),
            ("unicode_escape_encode", unicode_escape_encode),
            ("unicode_escape_decode", unicode_escape_decode),
            ("raw_unicode_escape_encode", raw_unicode_escape_encode),
            ("raw_unicode_escape_decode", raw_unicode_escape_decode),
            ("charmap_encode", charmap_encode),
            ("charmap_decode", charmap_decode),
            ("charmap_build", charmap_build),
            ("readbuffer_encode", readbuffer_encode),
        ],
    );
    Ok(())
}

/// `text.encode(encoding, errors)`: utf-8, latin-1 and ascii here, any other codec through
/// the registry (as CPython's `str.encode` does).
pub fn encode_str(vm: &mut Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Value> {
    if let (Some(enc), Some(err)) = (Encoding::lookup(encoding), Errors::lookup(errors)) {
        let out = codec::encode(text, enc, err).map_err(|e| super::io::codec_error(vm, e))?;
        return Ok(bytes(out));
    }
    let info = lookup_codec(vm, encoding)?;
    let encoder = protocol::getitem(vm, &info, &Value::Int(0))?;
    let result = vm.call(&encoder, &[Value::str(text), Value::str(errors)], &[])?;
    match &result {
        Value::Tuple(t) if t.len() == 2 => match &t.items()[0] {
            r @ Value::Object(o) if matches!(&**o, Object::Bytes(_)) => Ok(r.clone()),
            other => Err(vm.type_error(format!(
                "'{encoding}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                type_name(vm, other)
            ))),
        },
        _ => Err(vm.type_error("encoder must return a tuple (object, integer)".into())),
    }
}

/// The registry of one VM: search functions in order, and the codecs found so far.
#[derive(Default)]
pub struct Registry {
    search: Vec<Value>,
    cache: Vec<(String, Value)>,
    error_handlers: Vec<(String, Value)>,
    /// `encodings` was imported (it registers its search function).
    started: bool,
}

/// CPython's normalisation of a codec name before the search: lower case, spaces as hyphens.
fn normalize(name: &str) -> String {
    name.chars().map(|c| if c == ' ' { '-' } else { c.to_ascii_lowercase() }).collect()
}

fn register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "register", &args, 1, 1)?;
    let f = args.pos()[0].clone();
    if !crate::builtins::functions::is_callable(&f) {
        return Err(vm.type_error("argument must be callable".into()));
    }
    vm.codecs.search.push(f);
    Ok(Value::None)
}

fn unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "unregister", &args, 1, 1)?;
    let f = &args.pos()[0];
    vm.codecs.search.retain(|g| !g.is(f));
    vm.codecs.cache.clear();
    Ok(Value::None)
}

fn forget_codec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "_forget_codec", &args, 1, 1)?;
    let name = normalize(&str_arg(vm, &args.pos()[0], "_forget_codec")?);
    vm.codecs.cache.retain(|(n, _)| *n != name);
    Ok(Value::None)
}

fn str_arg(vm: &mut Vm, v: &Value, func: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => Err(vm.type_error(format!("{func}() argument must be str, not {}", type_name(vm, other)))),
    }
}

/// The `CodecInfo` for `encoding`, through the search functions (and the cache).
pub fn lookup_codec(vm: &mut Vm, encoding: &str) -> PyResult<Value> {
    let name = normalize(encoding);
    if let Some((_, found)) = vm.codecs.cache.iter().find(|(n, _)| *n == name) {
        return Ok(found.clone());
    }
    if !vm.codecs.started {
        vm.codecs.started = true;
        vm.import_module("encodings")?;
    }
    let arg = Value::str(&name);
    for f in vm.codecs.search.clone() {
        let found = vm.call(&f, std::slice::from_ref(&arg), &[])?;
        if found.is_none() {
            continue;
        }
        let ok = matches!(&found, Value::Tuple(t) if t.len() == 4)
            || matches!(&found, Value::Instance(i) if matches!(&i.base, Value::Tuple(t) if t.len() >= 4));
        if !ok {
            return Err(vm.type_error("codec search functions must return 4-tuples".into()));
        }
        vm.codecs.cache.push((name, found.clone()));
        return Ok(found);
    }
    let t = vm.types.lookup_error.clone();
    Err(vm.new_error(&t, format!("unknown encoding: {encoding}")))
}

fn lookup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "lookup", &args, 1, 1)?;
    let name = str_arg(vm, &args.pos()[0], "lookup")?;
    lookup_codec(vm, &name)
}

/// `encode(obj, encoding='utf-8', errors='strict')` and `decode`: through the registry.
fn transcode(vm: &mut Vm, args: Args, index: usize, func: &str) -> PyResult<Value> {
    let pos = args.pos();
    let Some(obj) = pos.first().or(args.kwarg("obj")).cloned() else {
        return Err(vm.type_error(format!("{func}() missing required argument 'obj' (pos 1)")));
    };
    let encoding = match pos.get(1).or(args.kwarg("encoding")) {
        Some(v) => str_arg(vm, v, func)?,
        None => "utf-8".to_string(),
    };
    let errors = match pos.get(2).or(args.kwarg("errors")) {
        Some(v) => v.clone(),
        None => Value::str("strict"),
    };
    let info = lookup_codec(vm, &encoding)?;
    let coder = protocol::getitem(vm, &info, &Value::Int(index as i64))?;
    let result = vm.call(&coder, &[obj, errors], &[])?;
    match &result {
        Value::Tuple(t) if t.len() == 2 => Ok(t.items()[0].clone()),
        _ => {
            let what = if index == 0 { "encoder" } else { "decoder" };
            Err(vm.type_error(format!("{what} must return a tuple (object, integer)")))
        }
    }
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    transcode(vm, args, 0, "encode")
}

fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    transcode(vm, args, 1, "decode")
}

const BUILTIN_HANDLERS: &[&str] = &[
    "strict",
    "ignore",
    "replace",
    "backslashreplace",
    "xmlcharrefreplace",
    "namereplace",
    "surrogateescape",
    "surrogatepass",
];

fn register_error(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "register_error", &args, 2, 2)?;
    let name = str_arg(vm, &args.pos()[0], "register_error")?;
    let handler = args.pos()[1].clone();
    if !crate::builtins::functions::is_callable(&handler) {
        return Err(vm.type_error("handler must be callable".into()));
    }
    vm.codecs.error_handlers.retain(|(n, _)| *n != name);
    vm.codecs.error_handlers.push((name, handler));
    Ok(Value::None)
}

fn lookup_error(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "lookup_error", &args, 1, 1)?;
    let name = str_arg(vm, &args.pos()[0], "lookup_error")?;
    if let Some((_, h)) = vm.codecs.error_handlers.iter().find(|(n, _)| *n == name) {
        return Ok(h.clone());
    }
    if let Some(builtin) = BUILTIN_HANDLERS.iter().find(|h| **h == name) {
        let handler_name: &'static str = match *builtin {
            "strict" => "strict_errors",
            "ignore" => "ignore_errors",
            "replace" => "replace_errors",
            "backslashreplace" => "backslashreplace_errors",
            "xmlcharrefreplace" => "xmlcharrefreplace_errors",
            "namereplace" => "namereplace_errors",
            "surrogateescape" => "surrogateescape",
            _ => "surrogatepass",
        };
        return Ok(crate::builtins::native_in("_codecs", handler_name, builtin_handler));
    }
    let t = vm.types.lookup_error.clone();
    Err(vm.new_error(&t, format!("unknown error handler name '{name}'")))
}

/// The built-in error handlers as Python sees them: `strict_errors(exc)` raises `exc`; the
/// others are applied inside the codecs, so calling one directly raises it too.
fn builtin_handler(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos().first() {
        Some(Value::Exception(e)) => Err(PyErr::Raised(e.clone())),
        Some(other) => {
            Err(vm.type_error(format!("don't know how to handle {} in error callback", type_name(vm, other))))
        }
        None => Err(vm.type_error("error handler expected 1 argument, got 0".into())),
    }
}

/// The `errors` argument (None or absent: strict).
fn errors_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Errors> {
    let name = match v {
        None | Some(Value::None) => return Ok(Errors::Strict),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(
                vm.type_error(format!("argument 2 must be str or None, not {}", type_name(vm, other)))
            );
        }
    };
    match Errors::lookup(&name) {
        Some(e) => Ok(e),
        // surrogatepass and namereplace: the cases minivm's strs can meet behave as strict.
        None if name == "surrogatepass" || name == "namereplace" => Ok(Errors::Strict),
        None => {
            let t = vm.types.lookup_error.clone();
            Err(vm.new_error(&t, format!("unknown error handler name '{name}'")))
        }
    }
}

fn text_arg(vm: &mut Vm, args: &Args, func: &str) -> PyResult<String> {
    match args.pos().first() {
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => {
            Err(vm.type_error(format!("{func}() argument 1 must be str, not {}", type_name(vm, other))))
        }
        None => Err(vm.type_error(format!("{func}() missing required argument 'str' (pos 1)"))),
    }
}

fn data_arg(vm: &mut Vm, args: &Args, func: &str) -> PyResult<Vec<u8>> {
    match args.pos().first() {
        Some(v @ Value::Object(o)) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)) => {
            Ok(protocol::bytes_like(v))
        }
        Some(other) => {
            Err(vm.type_error(format!("a bytes-like object is required, not '{}'", type_name(vm, other))))
        }
        None => Err(vm.type_error(format!("{func}() missing required argument 'data' (pos 1)"))),
    }
}

fn final_arg(vm: &mut Vm, args: &Args, at: usize) -> PyResult<bool> {
    match args.pos().get(at).or(args.kwarg("final")) {
        Some(v) => protocol::truthy(vm, v),
        None => Ok(false),
    }
}

fn pair(result: Value, used: usize) -> Value {
    Value::tuple(vec![result, Value::Int(used as i64)])
}

fn bytes(data: Vec<u8>) -> Value {
    Value::object(Object::Bytes(data.into_boxed_slice()))
}

fn encode_with(vm: &mut Vm, args: Args, enc: Encoding, func: &str) -> PyResult<Value> {
    let text = text_arg(vm, &args, func)?;
    let errors = errors_arg(vm, args.pos().get(1).or(args.kwarg("errors")))?;
    let out = codec::encode(&text, enc, errors).map_err(|e| super::io::codec_error(vm, e))?;
    Ok(pair(bytes(out), text.chars().count()))
}

fn decode_with(vm: &mut Vm, args: Args, enc: Encoding, func: &str, has_final: bool) -> PyResult<Value> {
    let data = data_arg(vm, &args, func)?;
    let errors = errors_arg(vm, args.pos().get(1).or(args.kwarg("errors")))?;
    let last = if has_final { final_arg(vm, &args, 2)? } else { true };
    let (text, used) = codec::decode(&data, enc, errors, last).map_err(|e| super::io::codec_error(vm, e))?;
    Ok(pair(Value::str(&text), used))
}

fn utf_8_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_with(vm, args, Encoding::Utf8, "utf_8_encode")
}

fn utf_8_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    decode_with(vm, args, Encoding::Utf8, "utf_8_decode", true)
}

fn latin_1_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_with(vm, args, Encoding::Latin1, "latin_1_encode")
}

fn latin_1_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    decode_with(vm, args, Encoding::Latin1, "latin_1_decode", false)
}

fn ascii_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_with(vm, args, Encoding::Ascii, "ascii_encode")
}

fn ascii_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    decode_with(vm, args, Encoding::Ascii, "ascii_decode", false)
}

/// UTF-16 or UTF-32 with a byte order; `bom` puts the byte-order mark first.
fn wide_encode(text: &str, width: usize, little: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * width + width);
    let mut put = |unit: u32| {
        let b = unit.to_le_bytes();
        let b = &b[..width];
        if little {
            out.extend_from_slice(b);
        } else {
            out.extend(b.iter().rev());
        }
    };
    if bom {
        put(0xfeff);
    }
    for c in text.chars() {
        if width == 4 {
            put(c as u32);
        } else {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                put(*u as u32);
            }
        }
    }
    out
}

/// Decodes UTF-16/32 units in one byte order; returns the text and the bytes used (a partial
/// unit or pair at the end is left unless `last`).
fn wide_decode(
    vm: &mut Vm,
    data: &[u8],
    width: usize,
    little: bool,
    errors: Errors,
    last: bool,
    name: &str,
) -> PyResult<(String, usize)> {
    let unit = |i: usize| -> u32 {
        let mut v = 0u32;
        for k in 0..width {
            let b = data[i + if little { width - 1 - k } else { k }] as u32;
            v = (v << 8) | b;
        }
        v
    };
    let mut out = String::with_capacity(data.len() / width);
    let mut i = 0;
    let fail = |vm: &mut Vm, start: usize, end: usize, reason: &str, out: &mut String| -> PyResult<()> {
        match errors {
            Errors::Strict | Errors::XmlCharRefReplace | Errors::BackslashReplace => {
                let t = vm.types.unicode_decode_error.clone();
                Err(vm.new_error(
                    &t,
                    format!("'{name}' codec can't decode bytes in position {start}-{}: {reason}", end - 1),
                ))
            }
            Errors::Replace | Errors::SurrogateEscape => {
                out.push('\u{fffd}');
                Ok(())
            }
            Errors::Ignore => Ok(()),
        }
    };
    while i + width <= data.len() {
        let u = unit(i);
        if width == 4 {
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None => fail(vm, i, i + 4, "code point not in range(0x110000)", &mut out)?,
            }
            i += 4;
            continue;
        }
        match u {
            0xd800..=0xdbff => {
                if i + 4 > data.len() {
                    if !last {
                        return Ok((out, i));
                    }
                    fail(vm, i, data.len(), "unexpected end of data", &mut out)?;
                    return Ok((out, data.len()));
                }
                let low = unit(i + 2);
                if (0xdc00..=0xdfff).contains(&low) {
                    let c = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    i += 4;
                } else {
                    fail(vm, i, i + 2, "illegal UTF-16 surrogate", &mut out)?;
                    i += 2;
                }
            }
            0xdc00..=0xdfff => {
                fail(vm, i, i + 2, "illegal encoding", &mut out)?;
                i += 2;
            }
            _ => {
                out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                i += 2;
            }
        }
    }
    if i < data.len() {
        if !last {
            return Ok((out, i));
        }
        fail(vm, i, data.len(), "truncated data", &mut out)?;
        i = data.len();
    }
    Ok((out, i))
}

/// `utf_16_encode(str, errors=None, byteorder=0)`: 0 writes a BOM and native order.
fn wide_encode_fn(vm: &mut Vm, args: Args, width: usize, order: Option<bool>, func: &str) -> PyResult<Value> {
    let text = text_arg(vm, &args, func)?;
    errors_arg(vm, args.pos().get(1).or(args.kwarg("errors")))?;
    let (little, bom) = match order {
        Some(little) => (little, false),
        None => {
            let byteorder = match args.pos().get(2).or(args.kwarg("byteorder")) {
                Some(v) => protocol::to_i64(vm, v)?,
                None => 0,
            };
            match byteorder {
                0 => (cfg!(target_endian = "little"), true),
                b => (b < 0, false),
            }
        }
    };
    Ok(pair(bytes(wide_encode(&text, width, little, bom)), text.chars().count()))
}

/// `utf_16_ex_decode(data, errors, byteorder, final)` and friends: a BOM at the start picks the
/// order when `byteorder` is 0 (and is consumed); returns (text, used, byteorder).
fn wide_decode_fn(
    vm: &mut Vm,
    args: Args,
    width: usize,
    order: Option<bool>,
    func: &str,
    name: &str,
) -> PyResult<(String, usize, i64)> {
    let data = data_arg(vm, &args, func)?;
    let errors = errors_arg(vm, args.pos().get(1).or(args.kwarg("errors")))?;
    let (mut byteorder, final_at) = match order {
        Some(little) => (if little { -1 } else { 1 }, 2),
        None => (0, 2),
    };
    let last = final_arg(vm, &args, final_at)?;
    let mut start = 0;
    if byteorder == 0 {
        let le_bom: &[u8] = if width == 2 { &[0xff, 0xfe] } else { &[0xff, 0xfe, 0, 0] };
        let be_bom: &[u8] = if width == 2 { &[0xfe, 0xff] } else { &[0, 0, 0xfe, 0xff] };
        if data.starts_with(le_bom) {
            byteorder = -1;
            start = width;
        } else if data.starts_with(be_bom) {
            byteorder = 1;
            start = width;
        }
    }
    let little = match byteorder {
        0 => cfg!(target_endian = "little"),
        b => b < 0,
    };
    let (text, used) = wide_decode(vm, &data[start..], width, little, errors, last, name)?;
    Ok((text, used + start, byteorder))
}

macro_rules! wide_codecs {
    ($($enc:ident, $dec:ident, $width:expr, $order:expr, $name:literal;)*) => {$(
        fn $enc(vm: &mut Vm, args: Args) -> PyResult<Value> {
            wide_encode_fn(vm, args, $width, $order, stringify!($enc))
        }
        fn $dec(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (text, used, _) = wide_decode_fn(vm, args, $width, $order, stringify!($dec), $name)?;
            Ok(pair(Value::str(&text), used))
        }
    )*};
}

wide_codecs! {
    utf_16_encode, utf_16_decode, 2, None, "utf-16";
    utf_16_le_encode, utf_16_le_decode, 2, Some(true), "utf-16-le";
    utf_16_be_encode, utf_16_be_decode, 2, Some(false), "utf-16-be";
    utf_32_encode, utf_32_decode, 4, None, "utf-32";
    utf_32_le_encode, utf_32_le_decode, 4, Some(true), "utf-32-le";
    utf_32_be_encode, utf_32_be_decode, 4, Some(false), "utf-32-be";
}

fn ex_decode(vm: &mut Vm, args: Args, width: usize, name: &str) -> PyResult<Value> {
    let order = match args.pos().get(2).or(args.kwarg("byteorder")) {
        Some(v) => protocol::to_i64(vm, v)?,
        None => 0,
    };
    let fixed = match order {
        0 => None,
        o => Some(o < 0),
    };
    let final_given = args.pos().get(3).or(args.kwarg("final")).cloned();
    let mut values: Vec<Value> = args.pos().iter().take(2).cloned().collect();
    values.push(final_given.unwrap_or(Value::Bool(false)));
    let (text, used, found) = wide_decode_fn(vm, Args::positional(&values), width, fixed, name, name)?;
    let found = if fixed.is_some() { order } else { found };
    Ok(Value::tuple(vec![Value::str(&text), Value::Int(used as i64), Value::Int(found)]))
}

fn utf_16_ex_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ex_decode(vm, args, 2, "utf-16")
}

fn utf_32_ex_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ex_decode(vm, args, 4, "utf-32")
}

/// `escape_encode(bytes)`: bytes as a bytes literal's body (`\n`, `\x00`, `\\`, `\'`).
fn escape_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = data_arg(vm, &args, "escape_encode")?;
    let mut out = Vec::with_capacity(data.len());
    for &b in &data {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(b),
            _ => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
        }
    }
    Ok(pair(bytes(out), data.len()))
}

/// Reads the escape at `data[i]` (after the backslash) for bytes or str literals; returns the
/// code and the index after it, or an error message.
fn read_escape(data: &[u8], i: usize, unicode: bool) -> Result<(Option<u32>, usize), String> {
    let hex = |from: usize, n: usize| -> Result<u32, String> {
        let digits = data
            .get(from..from + n)
            .ok_or_else(|| format!("truncated \\xXX escape at position {}", from - 2))?;
        let text = std::str::from_utf8(digits).map_err(|_| "invalid \\x escape".to_string())?;
        u32::from_str_radix(text, 16).map_err(|_| format!("invalid \\x escape at position {}", from - 2))
    };
    let Some(&c) = data.get(i) else { return Err("\\ at end of string".into()) };
    Ok(match c {
        b'\n' => (None, i + 1),
        b'\\' => (Some('\\' as u32), i + 1),
        b'\'' => (Some('\'' as u32), i + 1),
        b'"' => (Some('"' as u32), i + 1),
        b'a' => (Some(7), i + 1),
        b'b' => (Some(8), i + 1),
        b'f' => (Some(12), i + 1),
        b'n' => (Some(10), i + 1),
        b'r' => (Some(13), i + 1),
        b't' => (Some(9), i + 1),
        b'v' => (Some(11), i + 1),
        b'0'..=b'7' => {
            let mut v = 0u32;
            let mut j = i;
            while j < data.len() && j < i + 3 && (b'0'..=b'7').contains(&data[j]) {
                v = v * 8 + (data[j] - b'0') as u32;
                j += 1;
            }
            (Some(if unicode { v } else { v & 0xff }), j)
        }
        b'x' => (Some(hex(i + 1, 2)?), i + 3),
        b'u' if unicode => (Some(hex(i + 1, 4)?), i + 5),
        b'U' if unicode => (Some(hex(i + 1, 8)?), i + 9),
        _ => (Some('\\' as u32), i),
    })
}

fn escape_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = match args.pos().first() {
        Some(Value::Str(s)) => s.as_str().as_bytes().to_vec(),
        _ => data_arg(vm, &args, "escape_decode")?,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] != b'\\' {
            out.push(data[i]);
            i += 1;
            continue;
        }
        match read_escape(&data, i + 1, false) {
            Ok((Some(code), next)) => {
                out.push(code as u8);
                i = next;
            }
            Ok((None, next)) => i = next,
            Err(message) => return Err(vm.value_error(message)),
        }
    }
    Ok(pair(bytes(out), data.len()))
}

fn unicode_escape_decode_impl(vm: &mut Vm, args: Args, raw: bool, func: &str) -> PyResult<Value> {
    let data = match args.pos().first() {
        Some(Value::Str(s)) => s.as_str().as_bytes().to_vec(),
        _ => data_arg(vm, &args, func)?,
    };
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b != b'\\' || (raw && !matches!(data.get(i + 1), Some(b'u' | b'U'))) {
            out.push(b as char);
            i += 1;
            continue;
        }
        match read_escape(&data, i + 1, true) {
            Ok((Some(code), next)) => {
                match char::from_u32(code) {
                    Some(c) => out.push(c),
                    None => {
                        let t = vm.types.unicode_decode_error.clone();
                        let name = if raw { "rawunicodeescape" } else { "unicodeescape" };
                        return Err(vm.new_error(
                            &t,
                            format!("'{name}' codec can't decode bytes in position {i}-{}: illegal Unicode character", next - 1),
                        ));
                    }
                }
                i = next;
            }
            Ok((None, next)) => i = next,
            Err(message) => {
                let t = vm.types.unicode_decode_error.clone();
                let name = if raw { "rawunicodeescape" } else { "unicodeescape" };
                return Err(vm.new_error(
                    &t,
                    format!("'{name}' codec can't decode bytes in position {i}-{}: {message}", i + 1),
                ));
            }
        }
    }
    Ok(pair(Value::str(&out), data.len()))
}

fn unicode_escape_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_escape_decode_impl(vm, args, false, "unicode_escape_decode")
}

fn raw_unicode_escape_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_escape_decode_impl(vm, args, true, "raw_unicode_escape_decode")
}

fn unicode_escape_encode_impl(vm: &mut Vm, args: Args, raw: bool, func: &str) -> PyResult<Value> {
    let text = text_arg(vm, &args, func)?;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let n = c as u32;
        match c {
            _ if raw && n < 0x100 => out.push(c),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            _ if n < 0x100 => out.push_str(&format!("\\x{n:02x}")),
            _ if n < 0x10000 => out.push_str(&format!("\\u{n:04x}")),
            _ => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    let data: Vec<u8> = out.chars().map(|c| c as u32 as u8).collect();
    Ok(pair(bytes(data), text.chars().count()))
}

fn unicode_escape_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_escape_encode_impl(vm, args, false, "unicode_escape_encode")
}

fn raw_unicode_escape_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_escape_encode_impl(vm, args, true, "raw_unicode_escape_encode")
}

/// `charmap_build(decoding_table)`: the encoding map, here a dict from code point to byte.
fn charmap_build(vm: &mut Vm, args: Args) -> PyResult<Value> {
    protocol::check_args(vm, "charmap_build", &args, 1, 1)?;
    let table = text_arg(vm, &args, "charmap_build")?;
    let map = Dict::new();
    for (i, c) in table.chars().enumerate() {
        let key = protocol::key(vm, &Value::Int(c as i64))?;
        map.insert(key, Value::Int(i as i64));
    }
    Ok(Value::Dict(Rc::new(map)))
}

/// `charmap_decode(data, errors=None, mapping=None)`: each byte through a 256-character str
/// (or a mapping of ints); '\ufffe' or a missing entry is undefined.
fn charmap_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = data_arg(vm, &args, "charmap_decode")?;
    let errors = errors_arg(vm, args.pos().get(1).or(args.kwarg("errors")))?;
    let mapping = args.pos().get(2).or(args.kwarg("mapping")).cloned().unwrap_or(Value::None);
    if mapping.is_none() {
        let (text, used) = codec::decode(&data, Encoding::Latin1, errors, true)
            .map_err(|e| super::io::codec_error(vm, e))?;
        return Ok(pair(Value::str(&text), used));
    }
    let table: Option<Vec<char>> = match &mapping {
        Value::Str(s) => Some(s.as_str().chars().collect()),
        _ => None,
    };
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        let found: Option<char> = match &table {
            Some(t) => t.get(b as usize).copied().filter(|c| *c != '\u{fffe}'),
            None => match protocol::getitem(vm, &mapping, &Value::Int(b as i64)) {
                Ok(Value::Str(s)) => s.as_str().chars().next(),
                Ok(Value::Int(n)) => u32::try_from(n).ok().and_then(char::from_u32),
                Ok(_) => None,
                Err(e) if e.is_instance(&vm.types.lookup_error) => None,
                Err(e) => return Err(e),
            },
        };
        match (found, errors) {
            (Some(c), _) => out.push(c),
            (None, Errors::Ignore) => {}
            (None, Errors::Replace | Errors::SurrogateEscape) => out.push('\u{fffd}'),
            (None, _) => {
                let t = vm.types.unicode_decode_error.clone();
                return Err(vm.new_error(
                    &t,
                    format!("'charmap' codec can't decode byte 0x{b:02x} in position {i}: character maps to <undefined>"),
                ));
            }
        }
    }
    Ok(pair(Value::str(&out), data.len()))
}

/// `charmap_encode(str, errors=None, mapping=None)`: each character through the encoding map.
fn charmap_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let text = text_arg(vm, &args, "charmap_encode")?;
    let errors = errors_arg(vm, args.pos().get(1).or(args.kwarg("errors")))?;
    let mapping = args.pos().get(2).or(args.kwarg("mapping")).cloned().unwrap_or(Value::None);
    if mapping.is_none() {
        let out =
            codec::encode(&text, Encoding::Latin1, errors).map_err(|e| super::io::codec_error(vm, e))?;
        return Ok(pair(bytes(out), text.chars().count()));
    }
    let mut out = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let found = match protocol::getitem(vm, &mapping, &Value::Int(c as i64)) {
            Ok(Value::Int(n)) if (0..256).contains(&n) => Some(vec![n as u8]),
            Ok(v @ Value::Object(_)) => Some(protocol::bytes_like(&v)),
            Ok(_) => None,
            Err(e) if e.is_instance(&vm.types.lookup_error) => None,
            Err(e) => return Err(e),
        };
        match (found, errors) {
            (Some(b), _) => out.extend(b),
            (None, Errors::Ignore) => {}
            (None, Errors::Replace) => out.push(b'?'),
            (None, _) => {
                let t = vm.types.unicode_encode_error.clone();
                return Err(vm.new_error(
                    &t,
                    format!("'charmap' codec can't encode character '\\u{:04x}' in position {i}: character maps to <undefined>", c as u32),
                ));
            }
        }
    }
    Ok(pair(bytes(out), text.chars().count()))
}

fn readbuffer_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = match args.pos().first() {
        Some(Value::Str(s)) => s.as_str().as_bytes().to_vec(),
        _ => data_arg(vm, &args, "readbuffer_encode")?,
    };
    let n = data.len();
    Ok(pair(bytes(data), n))
}
