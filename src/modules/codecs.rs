//! `_codecs`: the codec registry under CPython's `codecs` and `encodings` (after CPython's
//! `Modules/_codecsmodule.c` and `Python/codecs.c`): search functions, error handlers, and
//! the utf-8, latin-1 and ascii codecs the `encodings` package's modules call. The codecs
//! themselves are `str.encode` and `bytes.decode`, which know those three encodings.

use super::native_util::{self as util, params};
use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::protocol::type_name;
use crate::object::str::PyStr;
use crate::object::value::Value;

static TYPES: &[u8] = include_bytes!("python/codecs_registry.pyc");

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "_codecs",
        &[
            ("utf_8_encode", utf_8_encode),
            ("utf_8_decode", utf_8_decode),
            ("latin_1_encode", latin_1_encode),
            ("latin_1_decode", latin_1_decode),
            ("ascii_encode", ascii_encode),
            ("ascii_decode", ascii_decode),
        ],
    );
    util::run_python_half(vm, dict, "_codecs", TYPES)
}

/// `str.encode(encoding, errors)` of `args[0]`: (bytes, characters consumed).
fn encode_with(vm: &mut Vm, func: &str, args: Args, encoding: &str) -> PyResult<Value> {
    let p = params(vm, func, &args, &["str", "errors"], 2, 1)?;
    let text = p[0].clone().unwrap_or(Value::None);
    let Value::Str(s) = &text else {
        return Err(vm.type_error(format!("{func}() argument 1 must be str, not {}", type_name(vm, &text))));
    };
    let errors = match &p[1] {
        None | Some(Value::None) => Value::str("strict"),
        Some(v) => v.clone(),
    };
    let method = crate::object::attr::getattr(vm, &text, &PyStr::new("encode"))?;
    let encoded = vm.call(&method, &[Value::str(encoding), errors], &[])?;
    Ok(Value::tuple(vec![encoded, Value::Int(s.as_str().chars().count() as i64)]))
}

/// `bytes.decode(encoding, errors)` of `args[0]`: (str, bytes consumed).
fn decode_with(vm: &mut Vm, func: &str, args: Args, encoding: &str) -> PyResult<Value> {
    let p = params(vm, func, &args, &["data", "errors", "final"], 3, 1)?;
    let data = util::buffer(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let errors = match &p[1] {
        None | Some(Value::None) => Value::str("strict"),
        Some(v) => v.clone(),
    };
    let len = data.len() as i64;
    let value = util::bytes(data);
    let method = crate::object::attr::getattr(vm, &value, &PyStr::new("decode"))?;
    let decoded = vm.call(&method, &[Value::str(encoding), errors], &[])?;
    Ok(Value::tuple(vec![decoded, Value::Int(len)]))
}

fn utf_8_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_with(vm, "utf_8_encode", args, "utf-8")
}

fn utf_8_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    decode_with(vm, "utf_8_decode", args, "utf-8")
}

fn latin_1_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_with(vm, "latin_1_encode", args, "latin-1")
}

fn latin_1_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    decode_with(vm, "latin_1_decode", args, "latin-1")
}

fn ascii_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    encode_with(vm, "ascii_encode", args, "ascii")
}

fn ascii_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    decode_with(vm, "ascii_decode", args, "ascii")
}
