//! Methods of `int`, `float`, `complex` and `bytes`.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::int::IntRef;
use crate::object::misc::Object;
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static INT_METHODS: &[NativeMethod] = crate::methods!("int";
    "bit_length" => bit_length, "bit_count" => bit_count, "conjugate" => int_conjugate,
    "is_integer" => int_is_integer, "as_integer_ratio" => int_ratio, "to_bytes" => to_bytes,
    "from_bytes" => from_bytes, "__index__" => int_itself, "__int__" => int_itself, "__float__" => int_float,
);

pub static FLOAT_METHODS: &[NativeMethod] = crate::methods!("float";
    "is_integer" => float_is_integer, "as_integer_ratio" => float_ratio, "conjugate" => float_conjugate,
    "hex" => float_hex,
);

pub static BYTEARRAY_METHODS: &[NativeMethod] = crate::methods!("bytearray";
    "decode" => decode, "hex" => hex, "append" => ba_append, "extend" => ba_extend, "pop" => ba_pop,
    "clear" => ba_clear, "copy" => ba_copy, "reverse" => ba_reverse,
    "maketrans" => super::bytes_extra::maketrans, "translate" => super::bytes_extra::translate,
);

pub static COMPLEX_METHODS: &[NativeMethod] = crate::methods!("complex"; "conjugate" => complex_conjugate);

pub static BYTES_METHODS: &[NativeMethod] = crate::methods!("bytes";
    "decode" => decode, "hex" => hex, "join" => join, "upper" => bytes_upper, "lower" => bytes_lower,
    "maketrans" => super::bytes_extra::maketrans, "translate" => super::bytes_extra::translate,
    "startswith" => super::bytes_extra::startswith, "endswith" => super::bytes_extra::endswith,
);

fn big(v: &Value) -> BigInt {
    IntRef::of(v).map(|i| i.to_big()).unwrap_or_default()
}

fn bit_length(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "bit_length", &args, 0, 0)?;
    Ok(Value::Int(big(v).abs().bits() as i64))
}

/// `int.__index__()` and `int.__int__()`: the int itself (a plain int for a bool).
fn int_itself(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__index__", &args, 0, 0)?;
    Ok(Value::from_bigint(big(v)))
}

fn int_float(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__float__", &args, 0, 0)?;
    Ok(Value::Float(protocol::to_f64(vm, v)?))
}

/// The `length`, `byteorder` and `signed` arguments of `to_bytes`/`from_bytes`, positional or
/// keyword, after the first `skip` positional ones.
fn byte_args(vm: &mut Vm, name: &str, args: &Args, skip: usize) -> PyResult<(Option<i64>, bool, bool)> {
    let pos = &args.pos()[skip.min(args.pos().len())..];
    let mut length = None;
    let mut order = Value::str("big");
    let mut signed = false;
    let mut slots: Vec<&str> =
        if name == "to_bytes" { vec!["length", "byteorder"] } else { vec!["byteorder"] };
    if pos.len() > slots.len() {
        let most = slots.len() + skip;
        return Err(vm.type_error(format!(
            "{name}() takes at most {most} positional arguments ({} given)",
            pos.len() + skip
        )));
    }
    for v in pos {
        match slots.remove(0) {
            "length" => length = Some(protocol::to_i64(vm, v)?),
            _ => order = v.clone(),
        }
    }
    for (k, v) in args.kwargs() {
        match k {
            "length" if name == "to_bytes" => length = Some(protocol::to_i64(vm, v)?),
            "byteorder" => order = v.clone(),
            "signed" => signed = protocol::truthy(vm, v)?,
            _ => return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))),
        }
    }
    let little = match &order {
        Value::Str(s) if s.as_str() == "little" => true,
        Value::Str(s) if s.as_str() == "big" => false,
        Value::Str(_) => return Err(vm.value_error("byteorder must be either 'little' or 'big'".into())),
        other => {
            let typ = protocol::type_name(vm, other);
            return Err(vm.type_error(format!("{name}() argument 'byteorder' must be str, not {typ}")));
        }
    };
    Ok((length, little, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let (length, little, signed) = byte_args(vm, "to_bytes", &args, 0)?;
    let length = length.unwrap_or(1);
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative".into()));
    }
    let n = big(v);
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned".into()));
    }
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.sign() == num_bigint::Sign::NoSign {
        bytes.clear();
    }
    if bytes.len() > length as usize {
        return Err(vm.overflow_error("int too big to convert".into()));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::object(Object::Bytes(bytes.into_boxed_slice())))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn from_bytes(vm: &mut Vm, _cls: &Value, args: Args) -> PyResult<Value> {
    let Some(data) = args.pos().first() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)".into()));
    };
    let (_, little, signed) = byte_args(vm, "from_bytes", &args, 1)?;
    let mut bytes = match data {
        Value::Object(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)) => {
            protocol::bytes_like(data)
        }
        other => {
            let mut out = Vec::new();
            for item in protocol::collect(vm, other)? {
                let b = protocol::to_i64(vm, &item)?;
                if !(0..=255).contains(&b) {
                    return Err(vm.value_error("bytes must be in range(0, 256)".into()));
                }
                out.push(b as u8);
            }
            out
        }
    };
    if !little {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    Ok(Value::from_bigint(n))
}

fn bit_count(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "bit_count", &args, 0, 0)?;
    let ones: u64 = big(v).abs().to_u64_digits().1.iter().map(|d| d.count_ones() as u64).sum();
    Ok(Value::Int(ones as i64))
}

fn int_conjugate(vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    protocol::pos(vm, v)
}

fn int_is_integer(_vm: &mut Vm, _v: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn int_ratio(vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![protocol::pos(vm, v)?, Value::Int(1)]))
}

fn float_of(v: &Value) -> f64 {
    match v {
        Value::Float(f) => *f,
        _ => 0.0,
    }
}

fn float_is_integer(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    let f = float_of(v);
    Ok(Value::Bool(f.is_finite() && f == f.trunc()))
}

fn float_conjugate(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(float_of(v)))
}

fn float_ratio(vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    let f = float_of(v);
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio".into()));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio".into()));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mantissa = (bits & ((1 << 52) - 1)) as i64;
    let mut e = if exp == 0 { -1074 } else { exp - 1075 };
    if exp != 0 {
        mantissa |= 1 << 52;
    }
    if mantissa == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while mantissa % 2 == 0 && e < 0 {
        mantissa /= 2;
        e += 1;
    }
    let sign = if f < 0.0 { -1 } else { 1 };
    let num = BigInt::from(sign * mantissa);
    let (num, den) =
        if e >= 0 { (num << e as u64, BigInt::from(1)) } else { (num, BigInt::from(1) << (-e) as u64) };
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

fn float_hex(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    let f = float_of(v);
    if f.is_nan() || f.is_infinite() {
        return Ok(Value::str(&crate::object::repr::float_repr(f)));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::str(&format!("{sign}0x0.0p+0")));
    }
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let digits = format!("{frac:013x}");
    Ok(Value::str(&format!("{sign}0x{lead}.{digits}p{}{}", if e < 0 { '-' } else { '+' }, e.abs())))
}

fn complex_conjugate(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    match v {
        Value::Object(o) if let Object::Complex { re, im } = &**o => {
            Ok(Value::object(Object::Complex { re: *re, im: -im }))
        }
        _ => Ok(v.clone()),
    }
}

fn bytes_of(v: &Value) -> Vec<u8> {
    protocol::bytes_like(v)
}

fn decode(vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    let bytes = bytes_of(v);
    match std::str::from_utf8(&bytes) {
        Ok(s) => Ok(Value::str(s)),
        Err(e) => {
            let b = bytes[e.valid_up_to()];
            Err(vm.new_error(
                &vm.types.unicode_decode_error.clone(),
                format!(
                    "'utf-8' codec can't decode byte 0x{b:02x} in position {}: invalid start byte",
                    e.valid_up_to()
                ),
            ))
        }
    }
}

fn hex(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::str(&bytes_of(v).iter().map(|b| format!("{b:02x}")).collect::<String>()))
}

fn join(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "join", &args, 1, 1)?;
    let sep = bytes_of(v).to_vec();
    let mut out = Vec::new();
    for (i, item) in protocol::collect(vm, &args.pos()[0])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&bytes_of(item));
    }
    Ok(Value::object(Object::Bytes(out.into())))
}

fn bytes_upper(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::object(Object::Bytes(bytes_of(v).to_ascii_uppercase().into())))
}

fn bytes_lower(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::object(Object::Bytes(bytes_of(v).to_ascii_lowercase().into())))
}

fn bytearray(v: &Value) -> PyResult<&std::cell::RefCell<Vec<u8>>> {
    match v {
        Value::Object(o) => match &**o {
            Object::ByteArray(b) => Ok(b),
            _ => Err(crate::object::exception::PyErr::fault("bytearray method on another type")),
        },
        _ => Err(crate::object::exception::PyErr::fault("bytearray method on another type")),
    }
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let b = protocol::to_i64(vm, v)?;
    if !(0..256).contains(&b) {
        return Err(vm.value_error("byte must be in range(0, 256)".into()));
    }
    Ok(b as u8)
}

fn ba_append(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "append", &args, 1, 1)?;
    let b = byte_value(vm, &args.pos()[0])?;
    bytearray(v)?.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "extend", &args, 1, 1)?;
    let mut add = Vec::new();
    for item in protocol::collect(vm, &args.pos()[0])? {
        add.push(byte_value(vm, &item)?);
    }
    bytearray(v)?.borrow_mut().extend(add);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 0, 0)?;
    match bytearray(v)?.borrow_mut().pop() {
        Some(b) => Ok(Value::Int(b as i64)),
        None => Err(vm.index_error("pop from empty bytearray".into())),
    }
}

fn ba_clear(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    bytearray(v)?.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::object(Object::ByteArray(std::cell::RefCell::new(bytearray(v)?.borrow().clone()))))
}

fn ba_reverse(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    bytearray(v)?.borrow_mut().reverse();
    Ok(Value::None)
}
