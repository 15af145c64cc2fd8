//! Calling a builtin type: `int(x)`, `str(x)`, `list(it)`, `dict(...)`, `range(...)`,
//! `ValueError("message")`, …

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Num};

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::Exception;
use crate::object::function::Args;
use crate::object::int::IntRef;
use crate::object::misc::{Object, Range};
use crate::object::protocol::{self, check_args, type_name};
use crate::object::set::Set;
use crate::object::types::{Type, TypeKind};
use crate::object::value::Value;

/// `typ(*args, **kwargs)` for a builtin type.
pub fn construct(vm: &mut Vm, typ: &Rc<Type>, args: Args) -> PyResult<Value> {
    let name = typ.name.clone();
    let pos = args.pos();
    if typ.heap {
        return super::classes::instantiate(vm, typ, args);
    }
    match typ.kind {
        TypeKind::Property => super::classes::property(vm, args),
        kind if let Some(class) = kind.io_class() => crate::modules::io::construct(vm, class, args),
        TypeKind::ClassMethod => super::classes::classmethod(vm, args),
        TypeKind::StaticMethod => super::classes::staticmethod(vm, args),
        TypeKind::Super => super::classes::super_(vm, args),
        TypeKind::Exception => {
            if args.has_kwargs() {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            if typ.is_subtype(&vm.types.base_exception_group) {
                return crate::object::exception_group::construct(vm, typ, pos);
            }
            // OSError(errno, message) becomes the subclass for that errno, as CPython's does.
            let typ = match (Rc::ptr_eq(typ, &vm.types.os_error), pos.first()) {
                (true, Some(Value::Int(errno))) if pos.len() >= 2 => match errno {
                    2 => vm.types.file_not_found_error.clone(),
                    1 | 13 => vm.types.permission_error.clone(),
                    110 => vm.types.timeout_error.clone(),
                    3 => vm.types.process_lookup_error.clone(),
                    4 => vm.types.interrupted_error.clone(),
                    10 => vm.types.child_process_error.clone(),
                    11 | 114 | 115 => vm.types.blocking_io_error.clone(),
                    17 => vm.types.file_exists_error.clone(),
                    20 => vm.types.not_a_directory_error.clone(),
                    21 => vm.types.is_a_directory_error.clone(),
                    32 | 108 => vm.types.broken_pipe_error.clone(),
                    103 => vm.types.connection_aborted_error.clone(),
                    104 => vm.types.connection_reset_error.clone(),
                    111 => vm.types.connection_refused_error.clone(),
                    _ => typ.clone(),
                },
                _ => typ.clone(),
            };
            // OSError(errno, strerror, filename[, winerror[, filename2]]): the file names are
            // attributes, and `args` keeps the first two, as in CPython.
            if typ.is_subtype(&vm.types.os_error) && (3..=5).contains(&pos.len()) {
                let e = Exception::new(typ, pos[..2].to_vec());
                e.attrs.set_str("filename", pos[2].clone());
                e.attrs.set_str("filename2", pos.get(4).cloned().unwrap_or(Value::None));
                return Ok(Value::Exception(Rc::new(e)));
            }
            Ok(Value::Exception(Rc::new(Exception::new(typ, pos.to_vec()))))
        }
        TypeKind::Int => int(vm, args),
        TypeKind::Bool => {
            check_args(vm, "bool", &args, 0, 1)?;
            Ok(Value::Bool(match pos.first() {
                Some(v) => protocol::truthy(vm, v)?,
                None => false,
            }))
        }
        TypeKind::Float => {
            check_args(vm, "float", &args, 0, 1)?;
            match pos.first() {
                None => Ok(Value::Float(0.0)),
                Some(v) => float(vm, v).map(Value::Float),
            }
        }
        TypeKind::Complex => {
            check_args(vm, "complex", &args, 0, 2)?;
            if let Some(Value::Str(text)) = pos.first() {
                if pos.len() > 1 {
                    return Err(vm.type_error("complex() can't take second arg if first is a string".into()));
                }
                let Some((re, im)) = parse_complex(text.as_str()) else {
                    return Err(vm.value_error("complex() arg is a malformed string".into()));
                };
                return Ok(Value::object(Object::Complex { re, im }));
            }
            if let Some(Value::Str(_)) = pos.get(1) {
                return Err(vm.type_error("complex() second arg can't be a string".into()));
            }
            let re = match pos.first() {
                Some(v) => protocol::to_f64(vm, v)?,
                None => 0.0,
            };
            let im = match pos.get(1) {
                Some(v) => protocol::to_f64(vm, v)?,
                None => 0.0,
            };
            Ok(Value::object(Object::Complex { re, im }))
        }
        TypeKind::Str => {
            if let Some(v) = args.kwarg("object").or(pos.first()) {
                if pos.len() > 1 || args.kwarg("encoding").is_some() || args.kwarg("errors").is_some() {
                    let encoding = args.kwarg("encoding").or(pos.get(1));
                    let errors = args.kwarg("errors").or(pos.get(2));
                    return bytes_decode(vm, v, encoding, errors);
                }
                return Ok(Value::Str(protocol::str_value(vm, v)?));
            }
            Ok(Value::str(""))
        }
        TypeKind::Bytes => {
            Ok(super::types::bytes::new_bytes(super::types::bytes::construct(vm, &args, "bytes")?))
        }
        TypeKind::ByteArray => {
            Ok(super::types::bytes::new_bytearray(super::types::bytes::construct(vm, &args, "bytearray")?))
        }
        TypeKind::MemoryView => {
            let got = args.kwarg("object").or(pos.first());
            if got.is_none() {
                return Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)".into()));
            }
            if pos.len() + args.kwargs().count() > 1 {
                let n = pos.len() + args.kwargs().count();
                return Err(vm.type_error(format!("memoryview() takes at most 1 argument ({n} given)")));
            }
            crate::object::bytes_ops::new_view(vm, got.unwrap_or(&Value::None))
        }
        TypeKind::Tuple => {
            check_args(vm, "tuple", &args, 0, 1)?;
            match pos.first() {
                None => Ok(Value::tuple(vec![])),
                Some(Value::Tuple(_)) => Ok(pos[0].clone()),
                Some(v) => Ok(Value::tuple(protocol::collect_with_hint(vm, v)?)),
            }
        }
        TypeKind::List => {
            check_args(vm, "list", &args, 0, 1)?;
            match pos.first() {
                None => Ok(Value::list(vec![])),
                Some(v) => Ok(Value::list(protocol::collect_with_hint(vm, v)?)),
            }
        }
        TypeKind::Dict => {
            let d = Rc::new(Dict::new());
            if pos.len() > 1 {
                return Err(vm.type_error(format!("dict expected at most 1 argument, got {}", pos.len())));
            }
            if let Some(v) = pos.first() {
                super::types::dict::update_from(vm, &d, v)?;
            }
            for (k, v) in args.kwargs() {
                d.set_str(k, v.clone());
            }
            Ok(Value::Dict(d))
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            let frozen = typ.kind == TypeKind::FrozenSet;
            if args.has_kwargs() {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            check_args(vm, &name, &args, 0, 1)?;
            match pos.first() {
                Some(Value::Set(s)) if frozen && s.frozen => Ok(pos[0].clone()),
                Some(Value::Set(s)) => Ok(Value::Set(Rc::new(s.copy(frozen)))),
                Some(v) => {
                    let set = Set::new(frozen);
                    super::types::set::update_from(vm, &set, v)?;
                    Ok(Value::Set(Rc::new(set)))
                }
                None => Ok(Value::Set(Rc::new(Set::new(frozen)))),
            }
        }
        TypeKind::Range => range(vm, args),
        TypeKind::WeakRef => crate::modules::weakref::construct_ref(vm, args),
        TypeKind::Slice => {
            check_args(vm, "slice", &args, 1, 3)?;
            let (start, stop, step) = match pos {
                [stop] => (Value::None, stop.clone(), Value::None),
                [start, stop] => (start.clone(), stop.clone(), Value::None),
                [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
                _ => (Value::None, Value::None, Value::None),
            };
            Ok(Value::object(Object::Slice { start, stop, step }))
        }
        TypeKind::Type => match pos.len() {
            1 => Ok(Value::Type(protocol::type_of(vm, &pos[0]))),
            3 => super::classes::type_new(vm, pos),
            _ => Err(vm.type_error("type() takes 1 or 3 arguments".into())),
        },
        TypeKind::Object => {
            check_args(vm, "object", &args, 0, 0)?;
            Ok(Value::Instance(Rc::new(crate::object::instance::Instance::new(vm.types.object.clone()))))
        }
        TypeKind::Iterator => super::iterators::construct(vm, typ, args),
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `str(b, encoding, errors)`: decodes any bytes-like object.
fn bytes_decode(vm: &mut Vm, v: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    match crate::object::buffer::read(v) {
        Some(b) => super::types::bytes::decode_with(vm, &b, encoding, errors, "str"),
        None if matches!(v, Value::Str(_)) => Err(vm.type_error("decoding str is not supported".into())),
        None => {
            Err(vm
                .type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(vm, v))))
        }
    }
}

/// A float that is a whole number, as an int.
pub fn float_to_int(f: f64) -> Value {
    if f.abs() < 9.0e18 {
        Value::Int(f as i64)
    } else {
        Value::from_bigint(BigInt::from_f64(f).unwrap_or_default())
    }
}

/// Parses int literal text as `int(text, base)` does: underscores between digits, a sign,
/// surrounding whitespace, and a prefix when the base allows it.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &t[2..]),
        (0 | 8, Some("0o")) => (8, &t[2..]),
        (0 | 2, Some("0b")) => (2, &t[2..]),
        (0, _) => {
            if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (10, t)
        }
        (b, _) => (b, t),
    };
    let digits = digits.strip_prefix('_').filter(|_| digits.len() != t.len()).unwrap_or(digits);
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if negative { -v } else { v })
}

fn int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let base_arg = args.kwarg("base").or(pos.get(1)).cloned();
    let x = pos.first().cloned();
    if pos.len() > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", pos.len())));
    }
    let Some(x) = x else { return Ok(Value::Int(0)) };
    if let Some(base) = base_arg {
        let base = protocol::to_i64(vm, &base)?;
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0".into()));
        }
        let text = match &x {
            Value::Str(s) => s.as_str().to_string(),
            Value::Object(o) if let Object::Bytes(b) = &**o => String::from_utf8_lossy(b).into_owned(),
            Value::Object(o) if let Object::ByteArray(b) = &**o => {
                String::from_utf8_lossy(&b.borrow()).into_owned()
            }
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base".into())),
        };
        return int_from_text(vm, &text, base as u32, &x);
    }
    if crate::object::dunder::is_user(&x) {
        for hook in ["__int__", "__index__"] {
            if let Some(r) = crate::object::class::call_special(vm, &x, hook, &[])? {
                return Ok(r);
            }
        }
    }
    let x = crate::object::dunder::builtin_value(&x).clone();
    match &x {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer".into()));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer".into()));
            }
            Ok(float_to_int(f.trunc()))
        }
        Value::Str(s) => int_from_text(vm, s.as_str(), 10, &x),
        Value::Object(o) if let Object::Bytes(b) = &**o => {
            int_from_text(vm, &String::from_utf8_lossy(b), 10, &x)
        }
        _ => match IntRef::of(&x) {
            Some(i) => Ok(Value::from_bigint(i.to_big())),
            None => Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(vm, &x)
            ))),
        },
    }
}

fn int_from_text(vm: &mut Vm, text: &str, base: u32, original: &Value) -> PyResult<Value> {
    let digit_count = text.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    if base == 10 && digit_count > protocol::INT_MAX_STR_DIGITS {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {digit_count} digits; use sys.set_int_max_str_digits() to increase the limit",
            protocol::INT_MAX_STR_DIGITS
        )));
    }
    match parse_int(text, base) {
        Some(v) => Ok(Value::from_bigint(v)),
        None => {
            let r = protocol::repr(vm, original)?;
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

/// `float(x)`.
pub fn float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if crate::object::dunder::is_user(v) {
        for hook in ["__float__", "__index__"] {
            if let Some(r) = crate::object::class::call_special(vm, v, hook, &[])? {
                return float(vm, &r);
            }
        }
    }
    let v = crate::object::dunder::builtin_value(v);
    match v {
        Value::Float(f) => Ok(*f),
        Value::Str(s) => {
            let t = s.as_str().trim();
            let lower = t.to_ascii_lowercase();
            let unsigned = lower.trim_start_matches(['+', '-']);
            let sign = if lower.starts_with('-') { -1.0 } else { 1.0 };
            let special = match unsigned {
                "inf" | "infinity" => Some(f64::INFINITY),
                "nan" => Some(f64::NAN),
                _ => None,
            };
            if let Some(f) = special.filter(|_| lower.len() - unsigned.len() <= 1) {
                return Ok(sign * f);
            }
            let clean: String = t.chars().filter(|c| *c != '_').collect();
            let valid = !t.contains("__")
                && !t.starts_with('_')
                && !t.ends_with('_')
                && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-' | '_'));
            match clean.parse::<f64>() {
                Ok(f) if valid && !clean.is_empty() => Ok(f),
                _ => {
                    let r = protocol::repr(vm, v)?;
                    Err(vm.value_error(format!("could not convert string to float: {r}")))
                }
            }
        }
        _ => match IntRef::of(v) {
            Some(i) => {
                i.to_f64().ok_or_else(|| vm.overflow_error("int too large to convert to float".into()))
            }
            None => Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(vm, v)
            ))),
        },
    }
}

/// `range()` with a bound beyond 64 bits.
fn long_range(vm: &mut Vm, pos: &[Value]) -> PyResult<Value> {
    use num_traits::{One, Zero};
    let mut ints = Vec::with_capacity(3);
    for v in pos {
        ints.push(protocol::to_bigint(vm, v)?);
    }
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (BigInt::zero(), stop.clone(), BigInt::one()),
        [start, stop] => (start.clone(), stop.clone(), BigInt::one()),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", ints.len()))),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero".into()));
    }
    let r = crate::object::long_range::LongRange { start, stop, step };
    Ok(Value::object(Object::LongRange(Box::new(r))))
}

fn range(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("range() takes no keyword arguments".into()));
    }
    let pos = args.pos();
    let mut ints = Vec::with_capacity(3);
    for v in pos {
        match protocol::to_i64(vm, v) {
            Ok(i) => ints.push(i),
            Err(e) if e.is_instance(&vm.types.overflow_error) => return long_range(vm, pos),
            Err(e) => return Err(e),
        }
    }
    let (start, stop, step) = match ints.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        [] => return Err(vm.type_error("range expected at least 1 argument, got 0".into())),
        _ => return Err(vm.type_error(format!("range expected at most 3 arguments, got {}", ints.len()))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero".into()));
    }
    Ok(Value::object(Object::Range(Range { start, stop, step })))
}

/// `complex(text)`: `re`, `imj`, `re±imj`, optionally in parentheses, as CPython's
/// `complex_from_string` reads them (the `csv.Sniffer` tries it on every cell).
fn parse_complex(text: &str) -> Option<(f64, f64)> {
    let t = text.trim();
    let t = match t.strip_prefix('(') {
        Some(inner) => inner.strip_suffix(')')?.trim(),
        None => t,
    };
    let number = |s: &str| -> Option<f64> {
        let body = s.strip_prefix(['+', '-']).unwrap_or(s);
        let ok = !body.is_empty()
            && body.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '+' || c == '-');
        if !ok {
            return None;
        }
        s.parse::<f64>().ok()
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((number(t)?, 0.0));
    };
    let imag = |s: &str| -> Option<f64> {
        match s {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => number(s),
        }
    };
    // The imaginary part starts at the last sign that is not an exponent's.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => Some((number(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}
