//! The builtin functions (`Python/bltinmodule.c`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Signed;

use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeFn};
use crate::object::int::IntRef;
use crate::object::misc::{Iter, Object};
use crate::object::protocol::{self, CompareOp, check_args, type_name};
use crate::object::str::PyStr;
use crate::object::value::Value;

pub static FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("all", all),
    ("any", any),
    ("ascii", ascii),
    ("bin", bin),
    ("callable", callable),
    ("chr", chr),
    ("divmod", divmod),
    ("format", format),
    ("getattr", getattr),
    ("hasattr", hasattr),
    ("hash", hash),
    ("hex", hex),
    ("id", id),
    ("input", input),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("iter", iter),
    ("len", len),
    ("max", max),
    ("min", min),
    ("next", next),
    ("oct", oct),
    ("ord", ord),
    ("pow", pow),
    ("print", print),
    ("repr", repr),
    ("round", round),
    ("setattr", setattr),
    ("delattr", delattr),
    ("sorted", sorted),
    ("sum", sum),
];

fn one<'a>(vm: &mut Vm, name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    check_args(vm, name, args, 1, 1)?;
    Ok(&args.pos()[0])
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "abs", &args)?;
    if let Some(r) = protocol::user_unary(vm, v, "__abs__")? {
        return Ok(r);
    }
    let v = crate::object::dunder::builtin_value(v);
    Ok(match v {
        Value::Float(f) => Value::Float(f.abs()),
        Value::Object(o) if let Object::Complex { re, im } = &**o => Value::Float(re.hypot(*im)),
        _ => match IntRef::of(v) {
            Some(IntRef::Small(i)) => {
                i.checked_abs().map_or_else(|| Value::from_bigint(BigInt::from(i).abs()), Value::Int)
            }
            Some(IntRef::Big(b)) => Value::from_bigint(b.abs()),
            None => return Err(vm.type_error(format!("bad operand type for abs(): '{}'", type_name(vm, v)))),
        },
    })
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "all", &args)?;
    let it = protocol::iter(vm, v)?;
    while let Some(x) = protocol::next(vm, &it)? {
        if !protocol::truthy(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "any", &args)?;
    let it = protocol::iter(vm, v)?;
    while let Some(x) = protocol::next(vm, &it)? {
        if protocol::truthy(vm, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

/// `repr` text with non-ASCII characters escaped, as `ascii()` gives it.
pub fn ascii_of(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let cp = c as u32;
        match cp {
            0..=0x7f => out.push(c),
            0x80..=0xff => out.push_str(&format!("\\x{cp:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{cp:04x}")),
            _ => out.push_str(&format!("\\U{cp:08x}")),
        }
    }
    out
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "ascii", &args)?;
    let r = protocol::repr(vm, v)?;
    Ok(Value::str(&ascii_of(&r)))
}

/// `bin`, `oct` and `hex`: the int in a base with its prefix.
fn radix(vm: &mut Vm, args: Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    let mut v = one(vm, name, &args)?.clone();
    if crate::object::dunder::is_user(&v)
        && let Some(i) = crate::object::class::call_special(vm, &v, "__index__", &[])?
    {
        v = i;
    }
    let v = &v;
    let Some(i) = IntRef::of(v) else {
        return Err(
            vm.type_error(format!("'{}' object cannot be interpreted as an integer", type_name(vm, v)))
        );
    };
    let b = i.to_big();
    let digits = b.abs().to_str_radix(base);
    Ok(Value::str(&format!("{}{prefix}{digits}", if b.is_negative() { "-" } else { "" })))
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Instance(i) => crate::object::class::lookup(&i.typ(), &PyStr::new("__call__")).is_some(),
        Value::Function(_) | Value::Builtin(_) | Value::NativeMethod(_) | Value::Type(_) => true,
        Value::Object(o) => {
            matches!(&**o, Object::BoundMethod { .. } | Object::StaticMethod(_) | Object::GenericAlias { .. })
        }
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(is_callable(one(vm, "callable", &args)?)))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "chr", &args)?;
    let i = protocol::to_i64(vm, v)?;
    match u32::try_from(i).ok().filter(|c| *c < 0x110000) {
        Some(c) => Ok(Value::str(char::from_u32(c).unwrap_or('\u{fffd}').encode_utf8(&mut [0; 4]))),
        None => Err(vm.value_error("chr() arg not in range(0x110000)".into())),
    }
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        let (x, y) = (protocol::to_f64(vm, a)?, protocol::to_f64(vm, b)?);
        if y == 0.0 {
            return Err(vm.zero_division("float divmod()".into()));
        }
        let (q, r) = crate::object::float::divmod(x, y);
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let q = protocol::binary_op(vm, a, b, protocol::nb::FLOOR_DIVIDE)?;
    let r = protocol::binary_op(vm, a, b, protocol::nb::REMAINDER)?;
    Ok(Value::tuple(vec![q, r]))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "format", &args, 1, 2)?;
    let spec = match args.pos().get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(
                vm.type_error(format!("format() argument 2 must be str, not {}", type_name(vm, other)))
            );
        }
        None => String::new(),
    };
    Ok(Value::str(&super::format::format(vm, &args.pos()[0], &spec)?))
}

fn attr_name<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s),
        _ => Err(vm.type_error(format!("attribute name must be string, not '{}'", type_name(vm, v)))),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.pos()[1])?.clone();
    match crate::object::attr::getattr(vm, &args.pos()[0], &name) {
        Err(e) if args.pos().len() == 3 && e.is_instance(&vm.types.attribute_error) => {
            Ok(args.pos()[2].clone())
        }
        other => other,
    }
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos()[1])?.clone();
    match crate::object::attr::getattr(vm, &args.pos()[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is_instance(&vm.types.attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.pos()[1])?.clone();
    crate::object::attr::setattr(vm, &args.pos()[0], &name, Some(args.pos()[2].clone()))?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.pos()[1])?.clone();
    crate::object::attr::setattr(vm, &args.pos()[0], &name, None)?;
    Ok(Value::None)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "hash", &args)?;
    Ok(Value::Int(protocol::hash(vm, v)?))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "id", &args)?;
    Ok(Value::Int(match v {
        Value::Int(i) => (*i as u64).wrapping_mul(32).wrapping_add(0x7f00_0000_0000) as i64 & i64::MAX,
        _ => v.identity().unwrap_or(0) as i64,
    }))
}

/// `input([prompt])`: the prompt to `sys.stdout`, then a line of `sys.stdin` without its
/// newline; EOFError at the end of input.
fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "input", &args, 0, 1)?;
    let sys = vm.import_module("sys")?;
    let stdout = crate::object::attr::getattr(vm, &sys, &crate::object::str::PyStr::new("stdout"))?;
    let stdin = crate::object::attr::getattr(vm, &sys, &crate::object::str::PyStr::new("stdin"))?;
    if let Some(prompt) = args.pos().first() {
        let text = protocol::str(vm, prompt)?;
        crate::modules::io::io_call(vm, &stdout, "write", &[Value::str(&text)])?;
    }
    crate::modules::io::io_call(vm, &stdout, "flush", &[])?;
    let line = crate::modules::io::io_call(vm, &stdin, "readline", &[])?;
    let Value::Str(line) = &line else {
        return Err(vm.type_error("object.readline() returned non-string".into()));
    };
    let mut text = line.as_str();
    if text.is_empty() {
        return Err(vm.new_error(&vm.types.eof_error.clone(), "EOF when reading a line".into()));
    }
    if let Some(stripped) = text.strip_suffix('\n') {
        text = stripped;
    }
    Ok(Value::str(text))
}

/// `isinstance`/`issubclass` against `cls` (a class, a tuple of them, or a union). A class
/// whose metaclass defines `hook` in Python (`__instancecheck__`, `__subclasscheck__`: ABCs)
/// answers itself, given `subject`; otherwise `test` decides on the MRO.
fn class_check(
    vm: &mut Vm,
    name: &str,
    cls: &Value,
    hook: (&str, &Value),
    test: &dyn Fn(&Rc<crate::object::types::Type>) -> bool,
) -> PyResult<bool> {
    match cls {
        Value::Type(t) => {
            if test(t) {
                return Ok(true);
            }
            let meta = t.metaclass.borrow().clone();
            if let Some(meta) = meta
                && super::classes::defines_in_python(&meta, hook.0)
                && let Some(method) =
                    crate::object::class::lookup(&meta, &crate::object::str::PyStr::new(hook.0))
            {
                let bound = crate::object::attr::bind_descriptor(vm, method, cls, &meta)?;
                let r = vm.call(&bound, std::slice::from_ref(hook.1), &[])?;
                return protocol::truthy(vm, &r);
            }
            Ok(false)
        }
        Value::Object(o) if let Object::Union(members) = &**o => {
            for m in members.clone() {
                if class_check(vm, name, &m, hook, test)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Object(o) if matches!(&**o, Object::GenericAlias { .. }) => {
            Err(vm.type_error(format!("{name}() argument 2 cannot be a parameterized generic")))
        }
        Value::Tuple(items) => {
            for item in items.items() {
                if class_check(vm, name, item, hook, test)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error(format!("{name}() arg 2 must be a type, a tuple of types, or a union"))),
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isinstance", &args, 2, 2)?;
    let t = protocol::type_of(vm, &args.pos()[0]);
    let hook = ("__instancecheck__", &args.pos()[0]);
    Ok(Value::Bool(class_check(vm, "isinstance", &args.pos()[1], hook, &|c| t.is_subtype(c))?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issubclass", &args, 2, 2)?;
    let Value::Type(t) = &args.pos()[0] else {
        return Err(vm.type_error("issubclass() arg 1 must be a class".into()));
    };
    let t = t.clone();
    let hook = ("__subclasscheck__", &args.pos()[0]);
    Ok(Value::Bool(class_check(vm, "issubclass", &args.pos()[1], hook, &|c| t.is_subtype(c))?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "iter", &args, 1, 2)?;
    if let [func, sentinel] = args.pos() {
        if !is_callable(func) {
            return Err(vm.type_error("iter(v, w): v must be callable".into()));
        }
        let state = Iter::Callable { func: func.clone(), sentinel: sentinel.clone() };
        return Ok(Value::object(Object::Iter(std::cell::RefCell::new(state))));
    }
    protocol::iter(vm, &args.pos()[0])
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "len", &args)?;
    Ok(Value::Int(protocol::len(vm, v)? as i64))
}

/// `min` and `max`: over one iterable or several arguments, with `key` and `default`.
fn extreme(vm: &mut Vm, args: Args, name: &str, op: CompareOp) -> PyResult<Value> {
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let default = args.kwarg("default").cloned();
    for (k, _) in args.kwargs() {
        if k != "key" && k != "default" {
            return Err(vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'")));
        }
    }
    let pos = args.pos();
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => protocol::collect(vm, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                if protocol::compare_bool(vm, &k, &bk, op)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
    }
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extreme(vm, args, "max", CompareOp::Gt)
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    extreme(vm, args, "min", CompareOp::Lt)
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "next", &args, 1, 2)?;
    let it = &args.pos()[0];
    if let Value::Object(o) = it
        && match &**o {
            Object::Generator(g) => g.is_plain(),
            Object::AsyncGenOp(_) | Object::CoroutineWrapper(_) => true,
            _ => false,
        }
    {
        return match crate::interp::coroutine::send_into(vm, it, Value::None)? {
            crate::interp::generator::Resumed::Yielded(v) => Ok(v),
            crate::interp::generator::Resumed::Returned(r) => match args.pos().get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(stop_with(vm, r)),
            },
        };
    }
    if crate::object::dunder::is_user(it) {
        return match protocol::next(vm, it)? {
            Some(v) => Ok(v),
            None => match args.pos().get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration()),
            },
        };
    }
    // Builtin iterators, and `_io` objects (files and streams are their own iterators).
    if !matches!(it, Value::Object(o) if matches!(&**o, Object::Iter(_) | Object::Io(_))) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", type_name(vm, it))));
    }
    match protocol::next(vm, it)? {
        Some(v) => Ok(v),
        None => match args.pos().get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration()),
        },
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "ord", &args)?;
    match v {
        Value::Str(s) if s.len() == 1 => Ok(Value::Int(s.char_at(0) as i64)),
        Value::Str(s) => {
            Err(vm.type_error(format!("ord() expected a character, but string of length {} found", s.len())))
        }
        Value::Object(o) if let Object::Bytes(b) = &**o => match b.len() {
            1 => Ok(Value::Int(b[0] as i64)),
            n => Err(vm.type_error(format!("ord() expected a character, but string of length {n} found"))),
        },
        _ => Err(vm.type_error(format!("ord() expected string of length 1, but {} found", type_name(vm, v)))),
    }
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos: Vec<Value> = args.pos().to_vec();
    for (k, v) in args.kwargs() {
        match k {
            "base" | "exp" | "mod" => pos.push(v.clone()),
            _ => return Err(vm.type_error(format!("pow() got an unexpected keyword argument '{k}'"))),
        }
    }
    match pos.as_slice() {
        [a, b] => protocol::binary_op(vm, a, b, protocol::nb::POWER),
        [a, b, Value::None] => protocol::binary_op(vm, a, b, protocol::nb::POWER),
        [a, b, m] if crate::object::dunder::is_user(a) => {
            match crate::object::class::call_special(vm, a, "__pow__", &[b.clone(), m.clone()])? {
                Some(r) if !matches!(r, Value::NotImplemented) => Ok(r),
                _ => Err(vm.type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    type_name(vm, a),
                    type_name(vm, b),
                    type_name(vm, m)
                ))),
            }
        }
        [a, b, m] => {
            let (Some(x), Some(y), Some(z)) = (IntRef::of(a), IntRef::of(b), IntRef::of(m)) else {
                return Err(
                    vm.type_error("pow() 3rd argument not allowed unless all arguments are integers".into())
                );
            };
            if z.is_zero() {
                return Err(vm.value_error("pow() 3rd argument cannot be 0".into()));
            }
            crate::object::int::pow_mod(&x, &y, &z)
                .ok_or_else(|| vm.value_error("base is not invertible for the given modulus".into()))
        }
        _ => Err(vm.type_error(format!(
            "pow() takes from 2 to 3 positional arguments but {} were given",
            pos.len()
        ))),
    }
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut flush = false;
    let mut file = None;
    for (k, v) in args.kwargs() {
        match (k, v) {
            ("sep" | "end", Value::None) => {}
            ("sep", Value::Str(s)) => sep = s.as_str().to_string(),
            ("end", Value::Str(s)) => end = s.as_str().to_string(),
            ("sep" | "end", other) => {
                return Err(
                    vm.type_error(format!("{k} must be None or a string, not {}", type_name(vm, other)))
                );
            }
            ("flush", v) => flush = protocol::truthy(vm, v)?,
            ("file", Value::None) => {}
            ("file", other) => file = Some(other.clone()),
            _ => return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))),
        }
    }
    let mut pieces = Vec::with_capacity(args.pos().len());
    for v in args.pos() {
        pieces.push(protocol::str(vm, v)?);
    }
    let text = pieces.join(&sep) + &end;
    // `sys.stdout` may have been replaced (`contextlib.redirect_stdout`, a test's capture).
    let file = file.or_else(|| replaced_stdout(vm));
    match file {
        None => {
            vm.stdout.write_str(&text);
            if flush {
                vm.stdout.flush();
            }
        }
        // Any object with a `write` method; CPython writes each piece separately.
        Some(target) => {
            let write = crate::object::attr::getattr(vm, &target, &crate::object::str::PyStr::new("write"))?;
            for (i, piece) in pieces.iter().enumerate() {
                if i > 0 {
                    vm.call(&write, &[Value::str(&sep)], &[])?;
                }
                vm.call(&write, &[Value::str(piece)], &[])?;
            }
            vm.call(&write, &[Value::str(&end)], &[])?;
            if flush {
                let f = crate::object::attr::getattr(vm, &target, &crate::object::str::PyStr::new("flush"))?;
                vm.call(&f, &[], &[])?;
            }
        }
    }
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, "repr", &args)?;
    Ok(Value::str(&protocol::repr(vm, v)?))
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos: Vec<Value> = args.pos().to_vec();
    if let Some(n) = args.kwarg("ndigits") {
        pos.push(n.clone());
    }
    let (x, ndigits) = match pos.as_slice() {
        [] => return Err(vm.type_error("round() missing required argument 'number' (pos 1)".into())),
        [x] => (x.clone(), None),
        [x, Value::None] => (x.clone(), None),
        [x, n] => (x.clone(), Some(protocol::to_i64(vm, n)?)),
        _ => return Err(vm.type_error(format!("round() takes at most 2 arguments ({} given)", pos.len()))),
    };
    if crate::object::dunder::is_user(&x) {
        let args: Vec<Value> = ndigits.map(Value::Int).into_iter().collect();
        if let Some(r) = crate::object::class::call_special(vm, &x, "__round__", &args)? {
            return Ok(r);
        }
    }
    let x = crate::object::dunder::builtin_value(&x).clone();
    match (&x, ndigits) {
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer".into()));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer".into()));
            }
            Ok(super::construct::float_to_int(f.round_ties_even()))
        }
        (Value::Float(f), Some(n)) => Ok(Value::Float(super::format::round_float(*f, n))),
        (_, None) if IntRef::of(&x).is_some() => Ok(protocol::pos(vm, &x)?),
        (_, Some(n)) if IntRef::of(&x).is_some() => {
            if n >= 0 {
                return protocol::pos(vm, &x);
            }
            let big = IntRef::of(&x).map(|i| i.to_big()).unwrap_or_default();
            let pow = num_traits::pow::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&big, &pow);
            let twice = &r * 2;
            let q = if twice > pow || (twice == pow && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
            Ok(Value::from_bigint(q * pow))
        }
        _ => Err(vm.type_error(format!("type {} doesn't define __round__ method", type_name(vm, &x)))),
    }
}

/// `sorted(iterable, key=None, reverse=False)`.
fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = protocol::collect_with_hint(vm, &pos[0])?;
    let list = Value::list(items);
    super::types::list::sort(vm, &list, Args { values: &args.values[1..], kwnames: args.kwnames })?;
    Ok(list)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut pos: Vec<Value> = args.pos().to_vec();
    if let Some(s) = args.kwarg("start") {
        pos.push(s.clone());
    }
    let (iterable, start) = match pos.as_slice() {
        [it] => (it.clone(), Value::Int(0)),
        [it, s] => (it.clone(), s.clone()),
        _ => return Err(vm.type_error(format!("sum() takes at most 2 arguments ({} given)", pos.len()))),
    };
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]".into()));
        }
        Value::Object(o) if matches!(&**o, Object::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]".into()));
        }
        _ => {}
    }
    let it = protocol::iter(vm, &iterable)?;
    let mut acc = start;
    // As CPython 3.12: ints accumulate exactly while they fit; once the total is a float,
    // floats are added with Neumaier's compensated summation.
    while let Value::Int(total) = acc {
        let Some(x) = protocol::next(vm, &it)? else { return Ok(acc) };
        acc = match x {
            Value::Int(b) if total.checked_add(b).is_some() => Value::Int(total + b),
            Value::Bool(b) => Value::Int(total + b as i64),
            _ => protocol::binary_op(vm, &acc, &x, protocol::nb::ADD)?,
        };
    }
    if let Value::Float(start) = acc {
        let (mut f, mut c) = (start, 0.0f64);
        loop {
            let Some(x) = protocol::next(vm, &it)? else {
                if c != 0.0 && c.is_finite() {
                    f += c;
                }
                return Ok(Value::Float(f));
            };
            match x {
                Value::Float(x) => {
                    let t = f + x;
                    c += if f.abs() >= x.abs() { (f - t) + x } else { (x - t) + f };
                    f = t;
                }
                Value::Int(i) => f += i as f64,
                other => {
                    if c != 0.0 && c.is_finite() {
                        f += c;
                    }
                    acc = protocol::binary_op(vm, &Value::Float(f), &other, protocol::nb::ADD)?;
                    break;
                }
            }
        }
    }
    while let Some(x) = protocol::next(vm, &it)? {
        acc = protocol::binary_op(vm, &acc, &x, protocol::nb::ADD)?;
    }
    Ok(acc)
}

/// `globals()`, `locals()` and `vars()` need the calling frame; `CALL` passes it.
pub fn frame_builtin(
    vm: &mut Vm,
    frame: &crate::interp::Frame,
    name: &str,
    args: Args,
) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "globals" => {
            check_args(vm, "globals", &args, 0, 0)?;
            Value::Dict(frame.globals.clone())
        }
        "locals" | "vars" if args.pos().is_empty() => match &frame.locals {
            Some(d) => Value::Dict(d.clone()),
            None if let Some(m) = &frame.locals_mapping => m.clone(),
            None => {
                let kept = frame.locals_snapshot.borrow().clone();
                let d = kept.unwrap_or_else(|| Rc::new(crate::object::dict::Dict::new()));
                for (i, name) in frame.code.localsplus_names.iter().enumerate() {
                    let slot = frame.localsplus.get(i).cloned().unwrap_or(Value::Null);
                    let v = match &slot {
                        Value::Object(o) if let Object::Cell(c) = &**o => c.borrow().clone(),
                        _ => slot,
                    };
                    if !v.is_null() {
                        d.insert(protocol::key(vm, &Value::Str(name.clone()))?, v);
                    } else {
                        d.remove_str(name);
                    }
                }
                *frame.locals_snapshot.borrow_mut() = Some(d.clone());
                Value::Dict(d)
            }
        },
        "locals" => {
            let n = args.pos().len();
            return Err(vm.type_error(format!("locals() takes no arguments ({n} given)")));
        }
        "dir" if args.pos().is_empty() && !args.has_kwargs() => {
            let scope = frame_builtin(vm, frame, "locals", args)?.unwrap_or(Value::None);
            let mut names = match &scope {
                Value::Dict(d) => d.keys(),
                _ => Vec::new(),
            };
            names.sort_by(|a, b| {
                protocol::str(vm, a).unwrap_or_default().cmp(&protocol::str(vm, b).unwrap_or_default())
            });
            Value::list(names)
        }
        "dir" => return dir_builtin(vm, args).map(Some),
        "_getframe" => getframe(vm, frame, args)?,
        "eval" => return super::eval::eval(vm, Some(frame), args).map(Some),
        "exec" => return super::eval::exec(vm, Some(frame), args).map(Some),
        "compile" => return super::eval::compile(vm, Some(frame), args).map(Some),
        _ => return frame_function(vm, args).map(Some),
    }))
}

/// The builtins that read the calling frame.
/// (`eval`, `exec` and `compile` take its globals, locals and future features.)
pub static FRAME_FUNCTIONS: &[&str] = &["globals", "locals", "vars", "dir", "eval", "exec", "compile"];

/// Whether a builtin is one of those (a module's function of the same name, `re.compile`
/// say, is not).
pub fn reads_frame(b: &crate::object::function::Builtin) -> bool {
    (b.module == "builtins" && FRAME_FUNCTIONS.contains(&b.name))
        || (b.module == "sys" && b.name == "_getframe")
}

/// `sys._getframe(depth=0)`: the frame object `depth` calls up from the caller, with its
/// callers as `f_back` down to the module's frame.
fn getframe(vm: &mut Vm, frame: &crate::interp::Frame, args: Args) -> PyResult<Value> {
    check_args(vm, "_getframe", &args, 0, 1)?;
    let depth = match args.pos().first() {
        Some(v) => protocol::to_i64(vm, v)?,
        None => 0,
    };
    // A negative depth is the caller itself, as in CPython.
    let depth = depth.max(0);
    let callers = vm.frames.len();
    if depth as usize > callers {
        return Err(vm.value_error("call stack is not deep enough".into()));
    }
    // From the outermost frame in, so each frame object can name its caller's.
    let mut back = Value::None;
    let take = callers + 1 - depth as usize;
    // The suspended frames are set aside while their snapshots are made (a snapshot of a
    // function's locals needs the VM).
    let suspended = std::mem::take(&mut vm.frames);
    let mut result = Ok(());
    for i in 0..take {
        let f = suspended.get(i).map_or(frame, |b| &**b);
        match frame_object(vm, f, back.clone()) {
            Ok(object) => back = object,
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.frames = suspended;
    result.map(|_| back)
}

/// A snapshot of `frame` as a Python frame object whose caller is `back`.
fn frame_object(vm: &mut Vm, frame: &crate::interp::Frame, back: Value) -> PyResult<Value> {
    let locals = match &frame.locals {
        Some(d) => Value::Dict(d.clone()),
        None => frame_builtin(vm, frame, "locals", Args::positional(&[]))?.unwrap_or(Value::None),
    };
    Ok(Value::object(Object::Frame(Box::new(crate::object::frame_object::FrameObject {
        code: frame.code.clone(),
        globals: frame.globals.clone(),
        locals,
        lasti: frame.lasti,
        back,
    }))))
}

/// `sys.stdout` when a program has replaced it with another object.
fn replaced_stdout(vm: &mut Vm) -> Option<Value> {
    let sys = vm.modules.get_str(&crate::object::str::PyStr::new("sys"))?;
    let Value::Object(o) = &sys else { return None };
    let Object::Module(m) = &**o else { return None };
    let out = m.dict.get_str(&crate::object::str::PyStr::new("stdout"))?;
    match &out {
        _ if crate::modules::io::std_stream_of(&out) == Some(crate::modules::io::StdStream::Stdout)
            && !stdout_closed(vm, &out) =>
        {
            None
        }
        _ => Some(out),
    }
}

/// Whether the standard stdout was closed (`sys.stdout.close()`); print then raises.
fn stdout_closed(vm: &mut Vm, out: &Value) -> bool {
    matches!(crate::modules::io::getattr(vm, out, "closed"), Ok(Some(Value::Bool(true))))
}

/// `exit([code])` and `quit([code])`, which the `site` module adds: raise SystemExit.
pub fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "exit", &args, 0, 1)?;
    let exc = crate::object::exception::Exception::new(vm.types.system_exit.clone(), args.pos().to_vec());
    Err(crate::object::exception::PyErr::Raised(Rc::new(exc)))
}

/// `dir(obj)`: the sorted attribute names of an object: its own (instance or module dict)
/// and those of its class and the classes it inherits from (or the object's `__dir__`).
pub fn dir_builtin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "dir", &args, 1, 1)?;
    let obj = &args.pos()[0];
    if crate::object::dunder::is_user(obj)
        && let Some(listed) = crate::object::class::call_special(vm, obj, "__dir__", &[])?
    {
        let mut names = protocol::collect(vm, &listed)?;
        let mut keyed = Vec::with_capacity(names.len());
        for n in names.drain(..) {
            keyed.push((protocol::str(vm, &n)?, n));
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        return Ok(Value::list(keyed.into_iter().map(|(_, v)| v).collect()));
    }
    let mut names = std::collections::BTreeSet::new();
    let add_dict = |names: &mut std::collections::BTreeSet<String>, d: &crate::object::dict::Dict| {
        for k in d.keys() {
            if let Value::Str(s) = k {
                names.insert(s.as_str().to_string());
            }
        }
    };
    if let Value::Object(o) = obj
        && let Object::Module(m) = &**o
    {
        add_dict(&mut names, &m.dict);
    } else {
        let classes = match obj {
            Value::Type(t) => std::iter::once(t.clone()).chain(t.mro.iter().cloned()).collect::<Vec<_>>(),
            _ => {
                match obj {
                    Value::Instance(i) => add_dict(&mut names, &i.dict()),
                    Value::Function(f) => add_dict(&mut names, &f.attrs),
                    Value::Exception(e) => add_dict(&mut names, &e.attrs),
                    _ => {}
                }
                let t = protocol::type_of(vm, obj);
                std::iter::once(t.clone()).chain(t.mro.iter().cloned()).collect()
            }
        };
        for c in classes {
            add_dict(&mut names, &c.dict);
            names.extend(super::types::method_names(c.kind).into_iter().map(str::to_string));
        }
        names.insert("__class__".to_string());
        names.insert("__doc__".to_string());
    }
    Ok(Value::list(names.into_iter().map(|n| Value::str(&n)).collect()))
}

/// Called without a frame (from native code): `vars(obj)` still works; the rest need one.
pub fn frame_function(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "vars", &args, 1, 1)?;
    crate::object::attr::getattr(vm, &args.pos()[0], &crate::object::str::PyStr::new("__dict__"))
        .map_err(|_| vm.type_error("vars() argument must have __dict__ attribute".into()))
}

/// `eval`, `exec` and `compile` called from native code, with no Python caller to inherit from.
pub fn eval_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::eval::eval(vm, None, args)
}

pub fn exec_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::eval::exec(vm, None, args)
}

pub fn compile_native(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::eval::compile(vm, None, args)
}

/// `StopIteration(value)`, or a bare one for `None`, as a finished generator raises it.
pub fn stop_with(vm: &Vm, value: Value) -> crate::object::exception::PyErr {
    let args = if value.is_none() { vec![] } else { vec![value] };
    crate::object::exception::PyErr::Raised(Rc::new(crate::object::exception::Exception::new(
        vm.types.stop_iteration.clone(),
        args,
    )))
}
