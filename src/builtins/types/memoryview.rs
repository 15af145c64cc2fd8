//! Methods and attributes of `memoryview` (`Objects/memoryobject.c`). Views are
//! one-dimensional, with items of the native struct formats; the view itself lives in
//! `object/buffer.rs`, its subscripts and comparisons in `object/bytes_ops.rs`.

use crate::interp::{PyResult, Vm};
use crate::object::buffer::{self, MemoryView};
use crate::object::bytes_ops::live;
use crate::object::function::{Args, NativeMethod};
use crate::object::misc::Object;
use crate::object::protocol::{check_args, type_name};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("memoryview";
    "tobytes" => tobytes, "tolist" => tolist, "hex" => hex, "release" => release, "cast" => cast,
    "toreadonly" => toreadonly, "__enter__" => enter, "__exit__" => exit,
);

/// The receiver (`call_native` has checked its type).
fn view(v: &Value) -> PyResult<&MemoryView> {
    match v {
        Value::Object(o) if let Object::MemoryView(m) = &**o => Ok(m),
        _ => Err(crate::object::exception::PyErr::fault("memoryview method on another type")),
    }
}

fn new_view(m: MemoryView) -> Value {
    Value::object(Object::MemoryView(m))
}

/// `tobytes(order='C')`: the bytes the view sees, in order.
fn tobytes(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let m = live(vm, view(v)?)?;
    if args.pos().len() > 1 {
        check_args(vm, "tobytes", &args, 0, 1)?;
    }
    if let Some(order) = args.kwarg("order").or(args.pos().first())
        && !matches!(order, Value::None)
    {
        let ok = matches!(order, Value::Str(s) if matches!(s.as_str(), "C" | "F" | "A"));
        if !ok {
            return Err(vm.value_error("order must be 'C', 'F' or 'A'".into()));
        }
    }
    Ok(super::bytes::new_bytes(m.bytes()))
}

fn tolist(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "memoryview.tolist", &args, 0, 0)?;
    let m = live(vm, view(v)?)?;
    Ok(Value::list((0..m.len).map(|k| m.item(k)).collect()))
}

fn hex(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    let data = live(vm, view(v)?)?.bytes();
    super::bytes::hex_of(vm, &data, &args)
}

/// Ends the view's export at once (the exporter may be resized again); repeating is harmless.
fn release(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "memoryview.release", &args, 0, 0)?;
    view(v)?.release();
    Ok(Value::None)
}

fn enter(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "memoryview.__enter__", &args, 0, 0)?;
    live(vm, view(v)?)?;
    Ok(v.clone())
}

fn exit(_vm: &mut Vm, v: &Value, _args: Args) -> PyResult<Value> {
    view(v)?.release();
    Ok(Value::None)
}

/// `cast(format)`: the same bytes as items of another native struct format. CPython's rules:
/// one side of the cast must be a byte format, and the bytes must divide into whole items.
/// Shapes (more than one dimension) are refused with NotImplementedError.
fn cast(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    if args.pos().len() > 2 {
        check_args(vm, "cast", &args, 1, 2)?;
    }
    let m = live(vm, view(v)?)?;
    let Some(format) = args.kwarg("format").or(args.pos().first()) else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)".into()));
    };
    let Value::Str(format) = format else {
        let t = type_name(vm, format);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {t}")));
    };
    if !m.contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views".into()));
    }
    let text = format.as_str();
    let code = text.strip_prefix('@').unwrap_or(text);
    let size = match code.as_bytes() {
        [c] => buffer::format_size(*c),
        _ => None,
    };
    let Some(size) = size else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'"
                .into(),
        ));
    };
    let new_format = code.as_bytes()[0];
    let is_byte = |f: u8| matches!(f, b'B' | b'b' | b'c');
    if !is_byte(m.format) && !is_byte(new_format) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats".into()));
    }
    if !m.nbytes().is_multiple_of(size) {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize".into()));
    }
    if let Some(shape) = args.kwarg("shape").or(args.pos().get(1))
        && !matches!(shape, Value::None)
    {
        let t = vm.types.not_implemented_error.clone();
        return Err(vm.new_error(&t, "memoryview: minivm casts only to one dimension".into()));
    }
    Ok(new_view(m.cast(new_format, size)))
}

fn toreadonly(vm: &mut Vm, v: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "memoryview.toreadonly", &args, 0, 0)?;
    let m = live(vm, view(v)?)?;
    let mut ro = m.sub(0, 1, m.len);
    ro.readonly = true;
    Ok(new_view(ro))
}

/// The data attributes of a view (`m.nbytes`, `m.shape`, …); `None` for other names.
pub fn attr(vm: &mut Vm, m: &MemoryView, name: &str) -> PyResult<Option<Value>> {
    let known = matches!(
        name,
        "obj"
            | "nbytes"
            | "readonly"
            | "itemsize"
            | "format"
            | "ndim"
            | "shape"
            | "strides"
            | "suboffsets"
            | "c_contiguous"
            | "f_contiguous"
            | "contiguous"
    );
    if !known {
        return Ok(None);
    }
    let m = live(vm, m)?;
    Ok(Some(match name {
        "obj" => m.obj.clone(),
        "nbytes" => Value::Int(m.nbytes() as i64),
        "readonly" => Value::Bool(m.readonly),
        "itemsize" => Value::Int(m.itemsize as i64),
        "format" => Value::str(&(m.format as char).to_string()),
        "ndim" => Value::Int(1),
        "shape" => Value::tuple(vec![Value::Int(m.len as i64)]),
        "strides" => Value::tuple(vec![Value::Int(m.step)]),
        "suboffsets" => Value::tuple(vec![]),
        _ => Value::Bool(m.contiguous()),
    }))
}
