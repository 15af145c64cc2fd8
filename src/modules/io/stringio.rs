//! `StringIO`: a text stream in memory (CPython's `Modules/_io/stringio.c`). The text is kept
//! as code points, so positions are character indexes as in CPython.

use super::{IoObject, IoState, io_of, state_mut};
use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("StringIO";
    "__init__" => init,
    "getvalue" => getvalue,
    "read" => read,
    "readline" => readline,
    "write" => write,
    "seek" => seek,
    "tell" => tell,
    "truncate" => truncate,
    "close" => close,
    "readable" => readable,
    "writable" => writable,
    "seekable" => seekable,
    "__next__" => next,
);

pub struct StringIo {
    chars: Vec<char>,
    pos: usize,
    closed: bool,
    /// The `newline` argument (`\n` by default; None for universal newlines).
    newline: Option<String>,
}

fn parse(vm: &mut Vm, args: &Args) -> PyResult<StringIo> {
    let a = super::parse_args(vm, "StringIO", args, &["initial_value", "newline"])?;
    let newline = match &a[1] {
        None => Some("\n".to_string()),
        Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(other) => {
            let t = protocol::type_name(vm, other);
            return Err(vm.type_error(format!("newline must be str or None, not {t}")));
        }
    };
    if let Some(nl) = &newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(vm.value_error(format!("illegal newline value: {nl}")));
    }
    let mut s = StringIo { chars: Vec::new(), pos: 0, closed: false, newline };
    match &a[0] {
        None | Some(Value::None) => {}
        Some(Value::Str(text)) => {
            let text = translated(&s, text.as_str());
            s.chars = text.chars().collect();
        }
        Some(other) => {
            let t = protocol::type_name(vm, other);
            return Err(vm.type_error(format!("initial_value must be str or None, not {t}")));
        }
    }
    Ok(s)
}

/// `StringIO(initial_value='', newline='\n')`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = parse(vm, &args)?;
    Ok(super::new_object(vm, super::IoClass::StringIO, IoState::StringIo(state)))
}

/// `__init__`, which a Python subclass's `super().__init__(…)` calls.
fn init(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    let fresh = parse(vm, &args)?;
    let Some(io) = io_of(this) else { return Ok(Value::None) };
    *state_mut(vm, io)? = IoState::StringIo(fresh);
    Ok(Value::None)
}

/// Text as written: universal newlines become `\n`, and `\n` becomes `\r` or `\r\n` when
/// that is the newline.
fn translated(s: &StringIo, text: &str) -> String {
    match s.newline.as_deref() {
        None => text.replace("\r\n", "\n").replace('\r', "\n"),
        Some(nl @ ("\r" | "\r\n")) => text.replace('\n', nl),
        _ => text.to_string(),
    }
}

fn with<T>(vm: &mut Vm, this: &Value, f: impl FnOnce(&mut Vm, &mut StringIo) -> PyResult<T>) -> PyResult<T> {
    let Some(io) = io_of(this) else { return Err(vm.type_error("expected a StringIO".into())) };
    let mut state = state_mut(vm, io)?;
    let IoState::StringIo(s) = &mut *state else { return Err(vm.type_error("expected a StringIO".into())) };
    if s.closed {
        return Err(vm.value_error("I/O operation on closed file".into()));
    }
    f(vm, s)
}

fn getvalue(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "getvalue", &args, 0, 0)?;
    with(vm, this, |_, s| Ok(Value::str(&s.chars.iter().collect::<String>())))
}

fn read(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "read", &args, 0, 1)?;
    let n = super::size_arg(vm, args.pos().first())?;
    with(vm, this, |_, s| {
        let start = s.pos.min(s.chars.len());
        let end = n.map_or(s.chars.len(), |n| (start + n).min(s.chars.len()));
        s.pos = end.max(s.pos);
        Ok(Value::str(&s.chars[start..end].iter().collect::<String>()))
    })
}

fn line(s: &mut StringIo, limit: Option<usize>) -> String {
    let start = s.pos.min(s.chars.len());
    let rest = &s.chars[start..];
    let mut end = match s.newline.as_deref() {
        Some("") => rest
            .iter()
            .position(|c| *c == '\r' || *c == '\n')
            .map(|i| if rest[i] == '\r' && rest.get(i + 1) == Some(&'\n') { i + 2 } else { i + 1 }),
        Some("\r") => rest.iter().position(|c| *c == '\r').map(|i| i + 1),
        Some("\r\n") => rest.windows(2).position(|w| w == ['\r', '\n']).map(|i| i + 2),
        _ => rest.iter().position(|c| *c == '\n').map(|i| i + 1),
    }
    .unwrap_or(rest.len());
    if let Some(l) = limit {
        end = end.min(l);
    }
    s.pos = start + end;
    rest[..end].iter().collect()
}

fn readline(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readline", &args, 0, 1)?;
    let limit = super::size_arg(vm, args.pos().first())?;
    with(vm, this, |_, s| Ok(Value::str(&line(s, limit))))
}

fn next(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__next__", &args, 0, 0)?;
    let text = with(vm, this, |_, s| Ok(line(s, None)))?;
    if text.is_empty() {
        return Err(vm.stop_iteration());
    }
    Ok(Value::str(&text))
}

fn write(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "write", &args, 1, 1)?;
    let Value::Str(text) = &args.pos()[0] else {
        let t = protocol::type_name(vm, &args.pos()[0]);
        return Err(vm.type_error(format!("string argument expected, got '{t}'")));
    };
    let n = text.len();
    with(vm, this, |_, s| {
        let text = translated(s, text.as_str());
        if s.pos > s.chars.len() {
            s.chars.resize(s.pos, '\0');
        }
        let new: Vec<char> = text.chars().collect();
        let end = (s.pos + new.len()).min(s.chars.len());
        s.chars.splice(s.pos..end, new.iter().copied());
        s.pos += new.len();
        Ok(Value::Int(n as i64))
    })
}

fn seek(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "seek", &args, 1, 2)?;
    let pos = protocol::to_i64(vm, &args.pos()[0])?;
    let whence = match args.pos().get(1) {
        Some(w) => protocol::to_i64(vm, w)?,
        None => 0,
    };
    with(vm, this, |vm, s| match whence {
        0 if pos < 0 => Err(vm.value_error(format!("Negative seek position {pos}"))),
        0 => {
            s.pos = pos as usize;
            Ok(Value::Int(pos))
        }
        1 | 2 if pos != 0 => {
            let what = if whence == 1 { "cur" } else { "end" };
            Err(vm.new_error(&vm.types.os_error.clone(), format!("Can't do nonzero {what}-relative seeks")))
        }
        1 => Ok(Value::Int(s.pos as i64)),
        2 => {
            s.pos = s.chars.len();
            Ok(Value::Int(s.pos as i64))
        }
        _ => Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    })
}

fn tell(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "tell", &args, 0, 0)?;
    with(vm, this, |_, s| Ok(Value::Int(s.pos as i64)))
}

fn truncate(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "truncate", &args, 0, 1)?;
    let size = match args.pos().first() {
        None | Some(Value::None) => None,
        Some(v) => Some(protocol::to_i64(vm, v)?),
    };
    with(vm, this, |vm, s| {
        let size = size.unwrap_or(s.pos as i64);
        if size < 0 {
            return Err(vm.value_error(format!("Negative size value {size}")));
        }
        s.chars.truncate(size as usize);
        Ok(Value::Int(size))
    })
}

fn close(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "close", &args, 0, 0)?;
    if let Some(io) = io_of(this)
        && let IoState::StringIo(s) = &mut *state_mut(vm, io)?
    {
        s.closed = true;
        s.chars = Vec::new();
    }
    Ok(Value::None)
}

fn readable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readable", &args, 0, 0)?;
    with(vm, this, |_, _| Ok(Value::Bool(true)))
}

fn writable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "writable", &args, 0, 0)?;
    with(vm, this, |_, _| Ok(Value::Bool(true)))
}

fn seekable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "seekable", &args, 0, 0)?;
    with(vm, this, |_, _| Ok(Value::Bool(true)))
}

pub fn getattr(_vm: &mut Vm, io: &IoObject, name: &str) -> PyResult<Option<Value>> {
    let Ok(state) = io.state.try_borrow() else { return Ok(None) };
    let IoState::StringIo(s) = &*state else { return Ok(None) };
    Ok(match name {
        "closed" => Some(Value::Bool(s.closed)),
        "line_buffering" => Some(Value::Bool(false)),
        "newlines" => Some(Value::None),
        _ => None,
    })
}
