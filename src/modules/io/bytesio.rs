//! `BytesIO`: a byte stream in memory (CPython's `Modules/_io/bytesio.c`).

use super::{IoObject, IoState, bytes_value, io_of, state_mut};
use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("BytesIO";
    "__init__" => init,
    "getvalue" => getvalue,
    "getbuffer" => getvalue,
    "read" => read,
    "read1" => read,
    "readline" => readline,
    "readinto" => readinto,
    "write" => write,
    "seek" => seek,
    "tell" => tell,
    "truncate" => truncate,
    "close" => close,
    "readable" => readable,
    "writable" => readable,
    "seekable" => readable,
    "__next__" => next,
);

pub struct BytesIo {
    data: Vec<u8>,
    pos: usize,
    closed: bool,
}

fn parse(vm: &mut Vm, args: &Args) -> PyResult<BytesIo> {
    let a = super::parse_args(vm, "BytesIO", args, &["initial_bytes"])?;
    let data = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => super::bytes_arg(vm, v)?,
    };
    Ok(BytesIo { data, pos: 0, closed: false })
}

/// `BytesIO(initial_bytes=b'')`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = parse(vm, &args)?;
    Ok(super::new_object(vm, super::IoClass::BytesIO, IoState::BytesIo(state)))
}

fn init(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let fresh = parse(vm, &args)?;
    let Some(io) = io_of(this) else { return Ok(Value::None) };
    *state_mut(vm, io)? = IoState::BytesIo(fresh);
    Ok(Value::None)
}

fn with<T>(vm: &mut Vm, this: &Value, f: impl FnOnce(&mut Vm, &mut BytesIo) -> PyResult<T>) -> PyResult<T> {
    let Some(io) = io_of(this) else { return Err(vm.type_error("expected a BytesIO".into())) };
    let mut state = state_mut(vm, io)?;
    let IoState::BytesIo(b) = &mut *state else { return Err(vm.type_error("expected a BytesIO".into())) };
    if b.closed {
        return Err(super::closed_error(vm));
    }
    f(vm, b)
}

fn getvalue(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "getvalue", &args, 0, 0)?;
    with(vm, this, |_, b| Ok(bytes_value(&b.data)))
}

fn take(b: &mut BytesIo, n: Option<usize>) -> Vec<u8> {
    let start = b.pos.min(b.data.len());
    let end = n.map_or(b.data.len(), |n| (start + n).min(b.data.len()));
    b.pos = end.max(b.pos);
    b.data[start..end].to_vec()
}

fn read(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "read", &args, 0, 1)?;
    let n = super::size_arg(vm, args.pos().first())?;
    with(vm, this, |_, b| Ok(bytes_value(&take(b, n))))
}

fn line(b: &mut BytesIo, limit: Option<usize>) -> Vec<u8> {
    let start = b.pos.min(b.data.len());
    let rest = &b.data[start..];
    let mut n = rest.iter().position(|c| *c == b'\n').map_or(rest.len(), |i| i + 1);
    if let Some(l) = limit {
        n = n.min(l);
    }
    take(b, Some(n))
}

fn readline(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readline", &args, 0, 1)?;
    let limit = super::size_arg(vm, args.pos().first())?;
    with(vm, this, |_, b| Ok(bytes_value(&line(b, limit))))
}

fn next(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__next__", &args, 0, 0)?;
    let data = with(vm, this, |_, b| Ok(line(b, None)))?;
    if data.is_empty() {
        return Err(vm.stop_iteration());
    }
    Ok(bytes_value(&data))
}

fn readinto(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readinto", &args, 1, 1)?;
    super::iobase::readinto_with(vm, this, &args.pos()[0], "read")
}

fn write(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "write", &args, 1, 1)?;
    let data = super::bytes_arg(vm, &args.pos()[0])?;
    with(vm, this, |_, b| {
        if b.pos > b.data.len() {
            b.data.resize(b.pos, 0);
        }
        let end = (b.pos + data.len()).min(b.data.len());
        b.data.splice(b.pos..end, data.iter().copied());
        b.pos += data.len();
        Ok(Value::Int(data.len() as i64))
    })
}

fn seek(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "seek", &args, 1, 2)?;
    let pos = protocol::to_i64(vm, &args.pos()[0])?;
    let whence = match args.pos().get(1) {
        Some(w) => protocol::to_i64(vm, w)?,
        None => 0,
    };
    with(vm, this, |vm, b| {
        let to = match whence {
            0 if pos < 0 => return Err(vm.value_error(format!("negative seek value {pos}"))),
            0 => pos,
            1 => (b.pos as i64 + pos).max(0),
            2 => (b.data.len() as i64 + pos).max(0),
            _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
        };
        b.pos = to as usize;
        Ok(Value::Int(to))
    })
}

fn tell(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "tell", &args, 0, 0)?;
    with(vm, this, |_, b| Ok(Value::Int(b.pos as i64)))
}

fn truncate(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "truncate", &args, 0, 1)?;
    let size = match args.pos().first() {
        None | Some(Value::None) => None,
        Some(v) => Some(protocol::to_i64(vm, v)?),
    };
    with(vm, this, |vm, b| {
        let size = size.unwrap_or(b.pos as i64);
        if size < 0 {
            return Err(vm.value_error(format!("negative size value {size}")));
        }
        b.data.truncate(size as usize);
        Ok(Value::Int(size))
    })
}

fn close(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "close", &args, 0, 0)?;
    if let Some(io) = io_of(this)
        && let IoState::BytesIo(b) = &mut *state_mut(vm, io)?
    {
        b.closed = true;
        b.data = Vec::new();
    }
    Ok(Value::None)
}

fn readable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readable", &args, 0, 0)?;
    with(vm, this, |_, _| Ok(Value::Bool(true)))
}

pub fn getattr(_vm: &mut Vm, io: &IoObject, name: &str) -> PyResult<Option<Value>> {
    let Ok(state) = io.state.try_borrow() else { return Ok(None) };
    let IoState::BytesIo(b) = &*state else { return Ok(None) };
    Ok(match name {
        "closed" => Some(Value::Bool(b.closed)),
        _ => None,
    })
}
