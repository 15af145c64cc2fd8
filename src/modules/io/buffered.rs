//! `BufferedReader`, `BufferedWriter` and `BufferedRandom`: a buffer over a raw stream
//! (CPython's `Modules/_io/bufferedio.c`). Reads fetch `buffer_size` bytes at a time; writes
//! collect until the buffer is full or flushed. The random form switches between the two:
//! a write first gives back the bytes read ahead, a read first writes what is pending.

use super::{IoClass, IoObject, IoState, StdStream, bytes_value, io_call, io_of, state_mut, unsupported};
use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("BufferedReader";
    "read" => read,
    "read1" => read1,
    "readline" => readline,
    "peek" => peek,
    "readinto" => readinto,
    "write" => write,
    "flush" => flush,
    "seek" => seek,
    "tell" => tell,
    "truncate" => truncate,
    "close" => close,
    "detach" => detach,
    "fileno" => fileno,
    "isatty" => isatty,
    "readable" => readable,
    "writable" => writable,
    "seekable" => seekable,
);

pub struct Buffered {
    pub raw: Value,
    class: IoClass,
    size: usize,
    rbuf: Vec<u8>,
    rpos: usize,
    wbuf: Vec<u8>,
    detached: bool,
    /// For `sys.stdout.buffer` and `sys.stderr.buffer`: the VM's output is the buffer.
    std: Option<StdStream>,
}

impl Buffered {
    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Takes text a dropped TextIOWrapper had not written yet.
    pub fn take_pending(&mut self, data: &[u8]) {
        self.wbuf.extend_from_slice(data);
    }

    fn can_read(&self) -> bool {
        self.class != IoClass::BufferedWriter
    }

    fn can_write(&self) -> bool {
        self.class != IoClass::BufferedReader
    }
}

/// A buffered stream of `class` over `raw`.
pub fn new(vm: &mut Vm, class: IoClass, raw: Value, size: usize) -> PyResult<Value> {
    let std = match io_of(&raw).map(|io| io.state.try_borrow().ok().map(|s| matches!(&*s, IoState::File(_))))
    {
        Some(Some(true)) => raw_std(&raw),
        _ => None,
    };
    let state = Buffered {
        raw,
        class,
        size,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        detached: false,
        std: std.filter(|s| *s != StdStream::Stdin),
    };
    Ok(super::new_object(vm, class, IoState::Buffered(state)))
}

fn raw_std(raw: &Value) -> Option<StdStream> {
    let io = io_of(raw)?;
    let state = io.state.try_borrow().ok()?;
    match &*state {
        IoState::File(f) => match f.target {
            super::fileio::Target::Std(s) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// `BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)` and the other two.
pub fn construct(vm: &mut Vm, class: IoClass, args: Args) -> PyResult<Value> {
    let a = super::parse_args(vm, class.name(), &args, &["raw", "buffer_size"])?;
    let Some(raw) = a[0].clone() else {
        return Err(vm.type_error(format!("{}() missing required argument 'raw' (pos 1)", class.name())));
    };
    let size = match &a[1] {
        None => super::DEFAULT_BUFFER_SIZE as i64,
        Some(v) => protocol::to_i64(vm, v)?,
    };
    if size <= 0 {
        return Err(vm.value_error("buffer size must be strictly positive".into()));
    }
    new(vm, class, raw, size as usize)
}

/// Runs `f` on the state, once the stream is known to be attached and open.
fn with<T>(vm: &mut Vm, this: &Value, f: impl FnOnce(&mut Vm, &mut Buffered) -> PyResult<T>) -> PyResult<T> {
    let Some(io) = io_of(this) else { return Err(vm.type_error("expected a buffered stream".into())) };
    let mut state = state_mut(vm, io)?;
    let IoState::Buffered(b) = &mut *state else {
        return Err(vm.type_error("expected a buffered stream".into()));
    };
    if b.detached {
        return Err(vm.value_error("raw stream has been detached".into()));
    }
    let raw = b.raw.clone();
    if matches!(super::getattr(vm, &raw, "closed")?, Some(Value::Bool(true))) {
        return Err(super::closed_error(vm));
    }
    f(vm, b)
}

/// Writes out what the buffer holds.
fn flush_writes(vm: &mut Vm, b: &mut Buffered) -> PyResult<()> {
    if b.std.is_some() {
        return Ok(());
    }
    while !b.wbuf.is_empty() {
        let chunk = bytes_value(&b.wbuf);
        let n = io_call(vm, &b.raw.clone(), "write", &[chunk])?;
        let n = match n {
            Value::None => 0,
            v => protocol::to_i64(vm, &v)?.max(0) as usize,
        };
        if n == 0 {
            break;
        }
        b.wbuf.drain(..n.min(b.wbuf.len()));
    }
    Ok(())
}

/// Gives back the bytes read ahead (the raw position goes back to the logical one).
fn drop_read_ahead(vm: &mut Vm, b: &mut Buffered) -> PyResult<()> {
    let unread = b.unread();
    b.rbuf.clear();
    b.rpos = 0;
    if unread > 0 {
        io_call(vm, &b.raw.clone(), "seek", &[Value::Int(-(unread as i64)), Value::Int(1)])?;
    }
    Ok(())
}

/// Reads one chunk from the raw stream into the read buffer: false at end of file.
fn fill(vm: &mut Vm, b: &mut Buffered, at_least: usize) -> PyResult<bool> {
    flush_writes(vm, b)?;
    let want = b.size.max(at_least);
    let got = io_call(vm, &b.raw.clone(), "read", &[Value::Int(want as i64)])?;
    let data = protocol::bytes_like(&got);
    if data.is_empty() {
        return Ok(false);
    }
    if b.rpos > 0 {
        b.rbuf.drain(..b.rpos);
        b.rpos = 0;
    }
    b.rbuf.extend_from_slice(&data);
    Ok(true)
}

fn check_readable(vm: &mut Vm, b: &Buffered) -> PyResult<()> {
    if b.can_read() { Ok(()) } else { Err(unsupported(vm, "read")) }
}

/// Takes up to `n` bytes (all that is left for None) out of the stream.
fn read_n(vm: &mut Vm, b: &mut Buffered, n: Option<usize>) -> PyResult<Vec<u8>> {
    check_readable(vm, b)?;
    flush_writes(vm, b)?;
    match n {
        None => {
            while fill(vm, b, 0)? {}
            let out = b.rbuf[b.rpos..].to_vec();
            b.rbuf.clear();
            b.rpos = 0;
            Ok(out)
        }
        Some(n) => {
            while b.unread() < n && fill(vm, b, n - b.unread())? {}
            let take = n.min(b.unread());
            let out = b.rbuf[b.rpos..b.rpos + take].to_vec();
            b.rpos += take;
            Ok(out)
        }
    }
}

fn read(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "read", &args, 0, 1)?;
    if let Some(v) = args.pos().first()
        && !v.is_none()
        && protocol::to_i64(vm, v)? < -1
    {
        return Err(vm.value_error("read length must be non-negative or -1".into()));
    }
    let n = super::size_arg(vm, args.pos().first())?;
    with(vm, this, |vm, b| read_n(vm, b, n)).map(|d| bytes_value(&d))
}

/// `read1(n)`: what the buffer holds, or one raw read when it is empty.
fn read1(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "read1", &args, 0, 1)?;
    let n = super::size_arg(vm, args.pos().first())?;
    with(vm, this, |vm, b| {
        check_readable(vm, b)?;
        if b.unread() == 0 {
            fill(vm, b, 0)?;
        }
        let take = n.unwrap_or(usize::MAX).min(b.unread());
        let out = b.rbuf[b.rpos..b.rpos + take].to_vec();
        b.rpos += take;
        Ok(bytes_value(&out))
    })
}

fn readline(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readline", &args, 0, 1)?;
    let limit = super::size_arg(vm, args.pos().first())?.unwrap_or(usize::MAX);
    with(vm, this, |vm, b| {
        check_readable(vm, b)?;
        let mut scanned = 0;
        loop {
            let avail = &b.rbuf[b.rpos..];
            if let Some(i) = avail[scanned..].iter().position(|c| *c == b'\n') {
                let end = (scanned + i + 1).min(limit);
                let out = avail[..end].to_vec();
                b.rpos += end;
                return Ok(bytes_value(&out));
            }
            scanned = avail.len();
            if scanned >= limit || !fill(vm, b, 0)? {
                let end = b.unread().min(limit);
                let out = b.rbuf[b.rpos..b.rpos + end].to_vec();
                b.rpos += end;
                return Ok(bytes_value(&out));
            }
        }
    })
}

fn peek(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "peek", &args, 0, 1)?;
    with(vm, this, |vm, b| {
        check_readable(vm, b)?;
        if b.unread() == 0 {
            fill(vm, b, 0)?;
        }
        Ok(bytes_value(&b.rbuf[b.rpos..]))
    })
}

fn readinto(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readinto", &args, 1, 1)?;
    super::iobase::readinto_with(vm, this, &args.pos()[0], "read")
}

fn write(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "write", &args, 1, 1)?;
    let data = super::bytes_arg(vm, &args.pos()[0])?;
    with(vm, this, |vm, b| {
        if !b.can_write() {
            return Err(unsupported(vm, "write"));
        }
        match b.std {
            Some(StdStream::Stderr) => {
                vm.stderr.write_bytes(&data);
                vm.stderr.flush();
                return Ok(Value::Int(data.len() as i64));
            }
            Some(_) => {
                vm.stdout.write_bytes(&data);
                return Ok(Value::Int(data.len() as i64));
            }
            None => {}
        }
        if b.unread() > 0 {
            drop_read_ahead(vm, b)?;
        }
        b.rbuf.clear();
        b.rpos = 0;
        b.wbuf.extend_from_slice(&data);
        if b.wbuf.len() >= b.size {
            flush_writes(vm, b)?;
        }
        Ok(Value::Int(data.len() as i64))
    })
}

fn flush(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "flush", &args, 0, 0)?;
    with(vm, this, |vm, b| {
        match b.std {
            Some(StdStream::Stderr) => vm.stderr.flush(),
            Some(_) => vm.stdout.flush(),
            None => flush_writes(vm, b)?,
        }
        Ok(Value::None)
    })
}

fn seek(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "seek", &args, 1, 2)?;
    let mut pos = protocol::to_i64(vm, &args.pos()[0])?;
    let whence = match args.pos().get(1) {
        Some(w) => protocol::to_i64(vm, w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("whence value {whence} unsupported")));
    }
    with(vm, this, |vm, b| {
        flush_writes(vm, b)?;
        if whence == 1 {
            pos -= b.unread() as i64;
        }
        b.rbuf.clear();
        b.rpos = 0;
        io_call(vm, &b.raw.clone(), "seek", &[Value::Int(pos), Value::Int(whence)])
    })
}

fn logical_tell(vm: &mut Vm, b: &mut Buffered) -> PyResult<i64> {
    let raw = io_call(vm, &b.raw.clone(), "tell", &[])?;
    let raw = protocol::to_i64(vm, &raw)?;
    Ok((raw - b.unread() as i64 + b.wbuf.len() as i64).max(0))
}

fn tell(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "tell", &args, 0, 0)?;
    with(vm, this, |vm, b| logical_tell(vm, b).map(Value::Int))
}

fn truncate(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "truncate", &args, 0, 1)?;
    let pos = args.pos().first().cloned().filter(|v| !v.is_none());
    with(vm, this, |vm, b| {
        if !b.can_write() {
            return Err(unsupported(vm, "truncate"));
        }
        let here = logical_tell(vm, b)?;
        flush_writes(vm, b)?;
        drop_read_ahead(vm, b)?;
        let pos = pos.unwrap_or(Value::Int(here));
        io_call(vm, &b.raw.clone(), "truncate", &[pos])
    })
}

fn close(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "close", &args, 0, 0)?;
    let Some(io) = io_of(this) else { return Ok(Value::None) };
    let (raw, flushed) = {
        let mut state = state_mut(vm, io)?;
        let IoState::Buffered(b) = &mut *state else { return Ok(Value::None) };
        if b.detached {
            return Err(vm.value_error("raw stream has been detached".into()));
        }
        let raw = b.raw.clone();
        if matches!(super::getattr(vm, &raw, "closed")?, Some(Value::Bool(true))) {
            return Ok(Value::None);
        }
        let flushed = match b.std {
            Some(StdStream::Stderr) => vm.stderr.try_flush().map_err(|e| super::os_error(vm, &e, None)),
            Some(_) => vm.stdout.try_flush().map_err(|e| super::os_error(vm, &e, None)),
            None => flush_writes(vm, b),
        };
        b.wbuf.clear();
        (raw, flushed)
    };
    io_call(vm, &raw, "close", &[])?;
    flushed.map(|_| Value::None)
}

fn detach(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "detach", &args, 0, 0)?;
    with(vm, this, |vm, b| {
        flush_writes(vm, b)?;
        b.detached = true;
        Ok(b.raw.clone())
    })
}

/// Methods that ask the raw stream.
fn pass(vm: &mut Vm, this: &Value, name: &str) -> PyResult<Value> {
    let raw = with(vm, this, |_, b| Ok(b.raw.clone()))?;
    io_call(vm, &raw, name, &[])
}

fn fileno(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "fileno", &args, 0, 0)?;
    pass(vm, this, "fileno")
}

fn isatty(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "isatty", &args, 0, 0)?;
    pass(vm, this, "isatty")
}

fn readable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readable", &args, 0, 0)?;
    let ok = with(vm, this, |_, b| Ok(b.can_read()))?;
    if !ok {
        return Ok(Value::Bool(false));
    }
    pass(vm, this, "readable")
}

fn writable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "writable", &args, 0, 0)?;
    let ok = with(vm, this, |_, b| Ok(b.can_write()))?;
    if !ok {
        return Ok(Value::Bool(false));
    }
    pass(vm, this, "writable")
}

fn seekable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "seekable", &args, 0, 0)?;
    pass(vm, this, "seekable")
}

/// The data attributes, most of them the raw stream's.
pub fn getattr(vm: &mut Vm, io: &IoObject, name: &str) -> PyResult<Option<Value>> {
    let raw = {
        let Ok(state) = io.state.try_borrow() else { return Ok(None) };
        let IoState::Buffered(b) = &*state else { return Ok(None) };
        b.raw.clone()
    };
    match name {
        "raw" => Ok(Some(raw)),
        "closed" | "name" | "mode" => super::io_getattr(vm, &raw, name).map(Some),
        _ => Ok(None),
    }
}

impl Drop for Buffered {
    /// A file dropped without `close()` still gets its pending bytes, as CPython's
    /// finaliser writes them.
    fn drop(&mut self) {
        if self.wbuf.is_empty() {
            return;
        }
        if let Some(io) = io_of(&self.raw)
            && let Ok(mut state) = io.state.try_borrow_mut()
            && let IoState::File(f) = &mut *state
            && let super::fileio::Target::File(file) = &mut f.target
        {
            let _ = std::io::Write::write_all(file, &self.wbuf);
        }
    }
}
