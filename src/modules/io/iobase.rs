//! `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase` (CPython's
//! `Modules/_io/iobase.c`): what every stream has, written on top of the methods each class
//! defines (`readlines` on `readline`, iteration on `__next__`, `with` on `close`).

use super::{io_call, io_of, unsupported};
use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::misc::Object;
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("_IOBase";
    "__enter__" => enter,
    "__exit__" => exit,
    "__iter__" => iter,
    "__next__" => next,
    "readline" => readline,
    "readlines" => readlines,
    "writelines" => writelines,
    "close" => close,
    "flush" => flush,
    "fileno" => fileno,
    "isatty" => isatty,
    "readable" => no,
    "writable" => no,
    "seekable" => no,
    "seek" => seek,
    "tell" => tell,
    "truncate" => truncate,
);

pub static RAW_METHODS: &[NativeMethod] = crate::methods!("_RawIOBase";
    "read" => raw_read,
    "readall" => raw_readall,
);

pub static BUFFERED_METHODS: &[NativeMethod] = crate::methods!("_BufferedIOBase";
    "read" => unsupported_read,
    "read1" => unsupported_read,
    "write" => unsupported_write,
    "detach" => unsupported_detach,
    "readinto" => buffered_readinto,
);

pub static TEXT_METHODS: &[NativeMethod] = crate::methods!("_TextIOBase";
    "read" => unsupported_read,
    "write" => unsupported_write,
    "detach" => unsupported_detach,
);

/// Whether the stream says it is closed.
fn closed(vm: &mut Vm, this: &Value) -> PyResult<bool> {
    let c = match super::getattr(vm, this, "closed")? {
        Some(c) => c,
        None => super::io_getattr(vm, this, "closed")?,
    };
    protocol::truthy(vm, &c)
}

fn check_open(vm: &mut Vm, this: &Value) -> PyResult<()> {
    if closed(vm, this)? { Err(super::closed_error(vm)) } else { Ok(()) }
}

fn enter(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__enter__", &args, 0, 0)?;
    check_open(vm, this)?;
    Ok(this.clone())
}

fn exit(vm: &mut Vm, this: &Value, _args: Args) -> PyResult<Value> {
    io_call(vm, this, "close", &[])
}

fn iter(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__iter__", &args, 0, 0)?;
    check_open(vm, this)?;
    Ok(this.clone())
}

fn next(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__next__", &args, 0, 0)?;
    let line = io_call(vm, this, "readline", &[])?;
    if protocol::len(vm, &line)? == 0 {
        return Err(vm.stop_iteration());
    }
    Ok(line)
}

/// `readline` from `read(1)`, for streams that define only `read`.
fn readline(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readline", &args, 0, 1)?;
    let limit = super::size_arg(vm, args.pos().first())?.unwrap_or(usize::MAX);
    let mut out = Vec::new();
    while out.len() < limit {
        let b = io_call(vm, this, "read", &[Value::Int(1)])?;
        let b = protocol::bytes_like(&b);
        let Some(c) = b.first() else { break };
        out.push(*c);
        if *c == b'\n' {
            break;
        }
    }
    Ok(super::bytes_value(&out))
}

fn readlines(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readlines", &args, 0, 1)?;
    let hint = super::size_arg(vm, args.pos().first())?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = io_call(vm, this, "readline", &[])?;
        let n = protocol::len(vm, &line)?;
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn writelines(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "writelines", &args, 1, 1)?;
    check_open(vm, this)?;
    let it = protocol::iter(vm, &args.pos()[0])?;
    while let Some(line) = protocol::next(vm, &it)? {
        io_call(vm, this, "write", &[line])?;
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "close", &args, 0, 0)?;
    if let Some(io) = io_of(this)
        && !io.base_closed.get()
    {
        let flushed = io_call(vm, this, "flush", &[]);
        io.base_closed.set(true);
        flushed?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "flush", &args, 0, 0)?;
    check_open(vm, this)?;
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, _this: &Value, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "fileno"))
}

fn isatty(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "isatty", &args, 0, 0)?;
    check_open(vm, this)?;
    Ok(Value::Bool(false))
}

fn no(vm: &mut Vm, _this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readable", &args, 0, 0)?;
    Ok(Value::Bool(false))
}

fn seek(vm: &mut Vm, _this: &Value, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "seek"))
}

fn tell(vm: &mut Vm, this: &Value, _args: Args) -> PyResult<Value> {
    io_call(vm, this, "seek", &[Value::Int(0), Value::Int(1)])
}

fn truncate(vm: &mut Vm, _this: &Value, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "truncate"))
}

fn raw_read(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "read", &args, 0, 1)?;
    match super::size_arg(vm, args.pos().first())? {
        None => io_call(vm, this, "readall", &[]),
        Some(n) => {
            let buf = Value::object(Object::ByteArray(crate::object::buffer::ByteArray::new(vec![0; n])));
            let got = io_call(vm, this, "readinto", std::slice::from_ref(&buf))?;
            if got.is_none() {
                return Ok(Value::None);
            }
            let got = protocol::to_i64(vm, &got)?.max(0) as usize;
            let mut data = protocol::bytes_like(&buf);
            data.truncate(got);
            Ok(super::bytes_value(&data))
        }
    }
}

fn raw_readall(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readall", &args, 0, 0)?;
    let mut out = Vec::new();
    loop {
        let chunk = io_call(vm, this, "read", &[Value::Int(super::DEFAULT_BUFFER_SIZE as i64)])?;
        let chunk = protocol::bytes_like(&chunk);
        if chunk.is_empty() {
            return Ok(super::bytes_value(&out));
        }
        out.extend_from_slice(&chunk);
    }
}

fn buffered_readinto(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readinto", &args, 1, 1)?;
    readinto_with(vm, this, &args.pos()[0], "read")
}

/// `readinto(b)` from the stream's `read`: fills the bytearray from its start.
pub fn readinto_with(vm: &mut Vm, this: &Value, target: &Value, read: &str) -> PyResult<Value> {
    let Value::Object(o) = target else {
        return Err(vm.type_error("readinto() argument must be read-write bytes-like object".into()));
    };
    let Object::ByteArray(cell) = &**o else {
        return Err(vm.type_error("readinto() argument must be read-write bytes-like object".into()));
    };
    let n = cell.borrow().len();
    let data = io_call(vm, this, read, &[Value::Int(n as i64)])?;
    let data = protocol::bytes_like(&data);
    let mut buf = cell.borrow_mut();
    buf[..data.len().min(n)].copy_from_slice(&data[..data.len().min(n)]);
    Ok(Value::Int(data.len().min(n) as i64))
}

fn unsupported_read(vm: &mut Vm, _this: &Value, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "read"))
}

fn unsupported_write(vm: &mut Vm, _this: &Value, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "write"))
}

fn unsupported_detach(vm: &mut Vm, _this: &Value, _args: Args) -> PyResult<Value> {
    Err(unsupported(vm, "detach"))
}

/// `_IOBase()` and the other bases, called directly or for a Python subclass.
pub fn construct(vm: &mut Vm, class: super::IoClass) -> PyResult<Value> {
    Ok(super::new_object(vm, class, super::IoState::Base))
}
