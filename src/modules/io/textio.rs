//! `TextIOWrapper`: text over a buffered byte stream (CPython's `Modules/_io/textio.c`):
//! decoding and encoding, universal newlines on read, newline translation on write, and
//! `tell()` cookies that are plain byte positions, found by decoding again the bytes since the
//! last chunk boundary.

use super::codec::{self, Encoding, Errors};
use super::{IoObject, IoState, StdStream, bytes_value, codec_error, io_call, io_of, state_mut, unsupported};
use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("TextIOWrapper";
    "read" => read,
    "readline" => readline,
    "write" => write,
    "flush" => flush,
    "close" => close,
    "seek" => seek,
    "tell" => tell,
    "truncate" => truncate,
    "detach" => detach,
    "fileno" => fileno,
    "isatty" => isatty,
    "readable" => readable,
    "writable" => writable,
    "seekable" => seekable,
    "__next__" => next,
);

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

pub struct TextIo {
    buffer: Value,
    /// The encoding as given (`f.encoding`), and the codec it names.
    pub encoding_name: String,
    enc: Encoding,
    errors_name: String,
    errors: Errors,
    /// The `newline` argument: None for universal newlines.
    newline: Option<String>,
    line_buffering: bool,
    write_through: bool,
    /// Decoded text not yet returned, from byte `dpos` on.
    decoded: String,
    dpos: usize,
    /// The position of the first byte behind `decoded`, and those bytes (for `tell`).
    snapshot: Option<(i64, Vec<u8>)>,
    /// Bytes read but not decoded yet: an incomplete sequence, or a `\r` that may start `\r\n`.
    tail: Vec<u8>,
    eof: bool,
    /// Encoded text not yet given to the buffer.
    pending: Vec<u8>,
    seen: u8,
    chunk_size: usize,
    detached: bool,
    seekable: bool,
    pub std: Option<StdStream>,
}

impl TextIo {
    fn universal(&self) -> bool {
        matches!(self.newline.as_deref(), None | Some(""))
    }

    fn translate(&self) -> bool {
        self.newline.is_none()
    }

    fn reset_read(&mut self) {
        self.decoded.clear();
        self.dpos = 0;
        self.snapshot = None;
        self.tail.clear();
        self.eof = false;
    }
}

/// A text wrapper over `buffer`.
pub fn new(
    vm: &mut Vm,
    buffer: Value,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Option<&str>,
    line_buffering: bool,
    write_through: bool,
) -> PyResult<Value> {
    let encoding_name = match encoding {
        None | Some("locale") => "UTF-8".to_string(),
        Some(e) => e.to_string(),
    };
    let Some(enc) = Encoding::lookup(&encoding_name) else {
        return Err(
            vm.new_error(&vm.types.lookup_error.clone(), format!("unknown encoding: {encoding_name}"))
        );
    };
    let errors_name = errors.unwrap_or("strict").to_string();
    let Some(err) = Errors::lookup(&errors_name) else {
        return Err(vm.new_error(
            &vm.types.lookup_error.clone(),
            format!("unknown error handler name '{errors_name}'"),
        ));
    };
    if let Some(nl) = newline
        && !matches!(nl, "" | "\n" | "\r" | "\r\n")
    {
        return Err(vm.value_error(format!("illegal newline value: {nl}")));
    }
    let seekable = match io_call(vm, &buffer, "seekable", &[]) {
        Ok(v) => protocol::truthy(vm, &v)?,
        Err(_) => false,
    };
    let state = TextIo {
        buffer,
        encoding_name,
        enc,
        errors_name,
        errors: err,
        newline: newline.map(str::to_string),
        line_buffering,
        write_through,
        decoded: String::new(),
        dpos: 0,
        snapshot: None,
        tail: Vec::new(),
        eof: false,
        pending: Vec::new(),
        seen: 0,
        chunk_size: super::DEFAULT_BUFFER_SIZE,
        detached: false,
        seekable,
        std: None,
    };
    Ok(super::new_object(vm, super::IoClass::TextIOWrapper, IoState::Text(state)))
}

/// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False,
/// write_through=False)`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"];
    let a = super::parse_args(vm, "TextIOWrapper", &args, &names)?;
    let Some(buffer) = a[0].clone() else {
        return Err(vm.type_error("TextIOWrapper() missing required argument 'buffer' (pos 1)".into()));
    };
    let text = |v: &Option<Value>| match v {
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        _ => None,
    };
    let flag = |vm: &mut Vm, v: &Option<Value>| match v {
        Some(v) => protocol::truthy(vm, v),
        None => Ok(false),
    };
    let (lb, wt) = (flag(vm, &a[4])?, flag(vm, &a[5])?);
    new(vm, buffer, text(&a[1]).as_deref(), text(&a[2]).as_deref(), text(&a[3]).as_deref(), lb, wt)
}

/// Runs `f` on the state once the wrapper is known to be attached and open.
fn with<T>(vm: &mut Vm, this: &Value, f: impl FnOnce(&mut Vm, &mut TextIo) -> PyResult<T>) -> PyResult<T> {
    let Some(io) = io_of(this) else { return Err(vm.type_error("expected a TextIOWrapper".into())) };
    let mut state = state_mut(vm, io)?;
    let IoState::Text(t) = &mut *state else { return Err(vm.type_error("expected a TextIOWrapper".into())) };
    if t.detached {
        return Err(vm.value_error("underlying buffer has been detached".into()));
    }
    if is_closed(vm, t)? {
        return Err(super::closed_error(vm));
    }
    f(vm, t)
}

fn is_closed(vm: &mut Vm, t: &TextIo) -> PyResult<bool> {
    let buffer = t.buffer.clone();
    let closed = match super::getattr(vm, &buffer, "closed")? {
        Some(v) => v,
        None => super::io_getattr(vm, &buffer, "closed")?,
    };
    protocol::truthy(vm, &closed)
}

/// Gives the encoded text collected so far to the buffer.
fn flush_pending(vm: &mut Vm, t: &mut TextIo) -> PyResult<()> {
    if t.pending.is_empty() {
        return Ok(());
    }
    let data = bytes_value(&std::mem::take(&mut t.pending));
    io_call(vm, &t.buffer.clone(), "write", &[data])?;
    Ok(())
}

/// Reads and decodes one more chunk; false at end of file.
fn fill(vm: &mut Vm, t: &mut TextIo) -> PyResult<bool> {
    if t.eof {
        return Ok(false);
    }
    if t.snapshot.is_none() {
        let start = if t.seekable {
            let pos = io_call(vm, &t.buffer.clone(), "tell", &[])?;
            protocol::to_i64(vm, &pos)? - t.tail.len() as i64
        } else {
            0
        };
        t.snapshot = Some((start, Vec::new()));
    }
    let chunk = io_call(vm, &t.buffer.clone(), "read1", &[Value::Int(t.chunk_size as i64)])?;
    let chunk = match &chunk {
        Value::Object(_) => protocol::bytes_like(&chunk),
        Value::None => Vec::new(),
        other => {
            let typ = protocol::type_name(vm, other);
            return Err(vm.type_error(format!(
                "underlying read1() should have returned a bytes-like object, not '{typ}'"
            )));
        }
    };
    t.eof = chunk.is_empty();
    let mut input = std::mem::take(&mut t.tail);
    input.extend_from_slice(&chunk);
    let (mut text, mut used) =
        codec::decode(&input, t.enc, t.errors, t.eof).map_err(|e| codec_error(vm, e))?;
    if t.universal() && !t.eof && text.ends_with('\r') {
        text.pop();
        used -= 1;
    }
    t.tail = input[used..].to_vec();
    let text = newlines_in(t, text);
    if t.dpos >= t.decoded.len() {
        let (start, old) = t.snapshot.take().unwrap_or_default();
        t.snapshot = Some((start + old.len() as i64, input[..used].to_vec()));
        t.decoded = text;
        t.dpos = 0;
    } else {
        if let Some((_, bytes)) = &mut t.snapshot {
            bytes.extend_from_slice(&input[..used]);
        }
        t.decoded.push_str(&text);
    }
    Ok(!t.eof || t.dpos < t.decoded.len())
}

/// Notes which newlines the text has and translates them to `\n` in universal mode.
fn newlines_in(t: &mut TextIo, text: String) -> String {
    if !t.universal() || !text.contains('\r') {
        if t.universal() && text.contains('\n') {
            t.seen |= SEEN_LF;
        }
        return text;
    }
    let b = text.as_bytes();
    for (i, c) in b.iter().enumerate() {
        match c {
            b'\r' if b.get(i + 1) == Some(&b'\n') => t.seen |= SEEN_CRLF,
            b'\r' => t.seen |= SEEN_CR,
            b'\n' if i > 0 && b[i - 1] == b'\r' => {}
            b'\n' => t.seen |= SEEN_LF,
            _ => {}
        }
    }
    if t.translate() { text.replace("\r\n", "\n").replace('\r', "\n") } else { text }
}

/// Where the next line ends in `s` (the index after its newline), if it does.
fn line_end(t: &TextIo, s: &str) -> Option<usize> {
    match t.newline.as_deref() {
        None => s.find('\n').map(|i| i + 1),
        Some("") => {
            let i = s.find(['\r', '\n'])?;
            if s.as_bytes()[i] == b'\r' && s.as_bytes().get(i + 1) == Some(&b'\n') {
                Some(i + 2)
            } else {
                Some(i + 1)
            }
        }
        Some(nl) => s.find(nl).map(|i| i + nl.len()),
    }
}

fn check_readable(vm: &mut Vm, t: &TextIo) -> PyResult<()> {
    if t.std == Some(StdStream::Stdin) {
        return Ok(());
    }
    let r = io_call(vm, &t.buffer.clone(), "readable", &[])?;
    if protocol::truthy(vm, &r)? { Ok(()) } else { Err(unsupported(vm, "not readable")) }
}

/// `n` cut down to the byte index of `limit` characters into `rest`.
fn capped(rest: &str, n: usize, limit: Option<usize>) -> usize {
    match limit {
        Some(l) => rest.char_indices().nth(l).map_or(n, |(b, _)| b.min(n)),
        None => n,
    }
}

/// The next line (at most `limit` characters).
fn read_line(vm: &mut Vm, t: &mut TextIo, limit: Option<usize>) -> PyResult<String> {
    flush_pending(vm, t)?;
    loop {
        let rest = &t.decoded[t.dpos..];
        if let Some(e) = line_end(t, rest) {
            let e = capped(rest, e, limit);
            let line = rest[..e].to_string();
            t.dpos += e;
            return Ok(line);
        }
        let enough = limit.is_some_and(|l| rest.chars().count() >= l);
        if enough || !fill(vm, t)? {
            let rest = &t.decoded[t.dpos..];
            let e = capped(rest, rest.len(), limit);
            let line = rest[..e].to_string();
            t.dpos += e;
            return Ok(line);
        }
    }
}

fn readline(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readline", &args, 0, 1)?;
    let limit = super::size_arg(vm, args.pos().first())?;
    with(vm, this, |vm, t| {
        check_readable(vm, t)?;
        read_line(vm, t, limit).map(|s| Value::str(&s))
    })
}

fn next(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__next__", &args, 0, 0)?;
    let line = with(vm, this, |vm, t| {
        check_readable(vm, t)?;
        read_line(vm, t, None)
    })?;
    if line.is_empty() {
        return Err(vm.stop_iteration());
    }
    Ok(Value::str(&line))
}

fn read(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "read", &args, 0, 1)?;
    let n = super::size_arg(vm, args.pos().first())?;
    with(vm, this, |vm, t| {
        check_readable(vm, t)?;
        flush_pending(vm, t)?;
        if n.is_none() {
            // Everything left, decoded in one piece (error positions count from here, as
            // CPython's do).
            let all = io_call(vm, &t.buffer.clone(), "read", &[])?;
            let mut input = std::mem::take(&mut t.tail);
            input.extend_from_slice(&protocol::bytes_like(&all));
            let (text, _) = codec::decode(&input, t.enc, t.errors, true).map_err(|e| codec_error(vm, e))?;
            let text = newlines_in(t, text);
            let out = format!("{}{}", &t.decoded[t.dpos..], text);
            t.reset_read();
            t.eof = true;
            return Ok(Value::str(&out));
        }
        loop {
            let rest = &t.decoded[t.dpos..];
            let cut = match n {
                Some(n) => rest.char_indices().nth(n).map(|(b, _)| b),
                None => None,
            };
            if let Some(cut) = cut {
                let out = rest[..cut].to_string();
                t.dpos += cut;
                return Ok(Value::str(&out));
            }
            if !fill(vm, t)? {
                let out = t.decoded[t.dpos..].to_string();
                t.dpos = t.decoded.len();
                return Ok(Value::str(&out));
            }
        }
    })
}

fn write(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "write", &args, 1, 1)?;
    let Value::Str(s) = &args.pos()[0] else {
        let typ = protocol::type_name(vm, &args.pos()[0]);
        return Err(vm.type_error(format!("write() argument must be str, not {typ}")));
    };
    let count = Value::Int(s.len() as i64);
    with(vm, this, |vm, t| {
        match t.std {
            Some(StdStream::Stdout) if t.pending.is_empty() => {
                vm.stdout.write_str(s.as_str());
                if t.line_buffering && s.as_str().contains('\n') {
                    vm.stdout.flush();
                }
                return Ok(count);
            }
            Some(StdStream::Stderr) => {
                vm.stderr.write_str(s.as_str());
                vm.stderr.flush();
                return Ok(count);
            }
            _ => {}
        }
        let w = io_call(vm, &t.buffer.clone(), "writable", &[])?;
        if !protocol::truthy(vm, &w)? {
            return Err(unsupported(vm, "not writable"));
        }
        let mut text = std::borrow::Cow::Borrowed(s.as_str());
        let haslf = text.contains('\n');
        if haslf && let Some(nl @ ("\r" | "\r\n")) = t.newline.as_deref() {
            text = std::borrow::Cow::Owned(text.replace('\n', nl));
        }
        let needflush = t.line_buffering && (haslf || text.contains('\r'));
        let data = codec::encode(&text, t.enc, t.errors).map_err(|e| codec_error(vm, e))?;
        if t.dpos < t.decoded.len() || t.snapshot.is_some() {
            t.reset_read();
        }
        t.pending.extend_from_slice(&data);
        if t.pending.len() > t.chunk_size || needflush || t.write_through {
            flush_pending(vm, t)?;
        }
        if needflush {
            io_call(vm, &t.buffer.clone(), "flush", &[])?;
        }
        Ok(count)
    })
}

fn flush(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "flush", &args, 0, 0)?;
    with(vm, this, |vm, t| {
        flush_pending(vm, t)?;
        io_call(vm, &t.buffer.clone(), "flush", &[])
    })
}

fn close(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "close", &args, 0, 0)?;
    let Some(io) = io_of(this) else { return Ok(Value::None) };
    let (buffer, flushed) = {
        let mut state = state_mut(vm, io)?;
        let IoState::Text(t) = &mut *state else { return Ok(Value::None) };
        if t.detached {
            return Err(vm.value_error("underlying buffer has been detached".into()));
        }
        if is_closed(vm, t)? {
            return Ok(Value::None);
        }
        let flushed = flush_pending(vm, t).and_then(|_| io_call(vm, &t.buffer.clone(), "flush", &[]));
        (t.buffer.clone(), flushed)
    };
    io_call(vm, &buffer, "close", &[])?;
    flushed.map(|_| Value::None)
}

/// The bytes that decode to the first `nchars` characters of `bytes` (as `fill` decodes).
fn bytes_for_chars(t: &TextIo, bytes: &[u8], nchars: usize) -> usize {
    let (mut i, mut count) = (0, 0);
    while count < nchars && i < bytes.len() {
        if t.translate() && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 2;
            count += 1;
            continue;
        }
        let mut width = 1;
        let produced = loop {
            let end = (i + width).min(bytes.len());
            match codec::decode(&bytes[i..end], t.enc, t.errors, end == bytes.len() || width >= 4) {
                Ok((s, used)) if used > 0 => break (s.chars().count(), used),
                _ if width >= 4 || end == bytes.len() => break (1, end - i),
                _ => width += 1,
            }
        };
        i += produced.1;
        count += produced.0;
    }
    i
}

fn tell_of(vm: &mut Vm, t: &mut TextIo) -> PyResult<i64> {
    if !t.seekable {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    flush_pending(vm, t)?;
    io_call(vm, &t.buffer.clone(), "flush", &[])?;
    match &t.snapshot {
        None => {
            let pos = io_call(vm, &t.buffer.clone(), "tell", &[])?;
            Ok(protocol::to_i64(vm, &pos)? - t.tail.len() as i64)
        }
        Some((start, bytes)) => {
            let nchars = t.decoded[..t.dpos].chars().count();
            Ok(start + bytes_for_chars(t, bytes, nchars) as i64)
        }
    }
}

fn tell(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "tell", &args, 0, 0)?;
    with(vm, this, |vm, t| tell_of(vm, t).map(Value::Int))
}

fn seek(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "seek", &args, 1, 2)?;
    let cookie = protocol::to_i64(vm, &args.pos()[0])?;
    let whence = match args.pos().get(1) {
        Some(w) => protocol::to_i64(vm, w)?,
        None => 0,
    };
    with(vm, this, |vm, t| {
        if !t.seekable {
            return Err(unsupported(vm, "underlying stream is not seekable"));
        }
        match whence {
            1 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
            1 => return tell_of(vm, t).map(Value::Int),
            2 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
            0 | 2 => {}
            _ => return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
        }
        if whence == 0 && cookie < 0 {
            return Err(vm.value_error(format!("negative seek position {cookie}")));
        }
        flush_pending(vm, t)?;
        io_call(vm, &t.buffer.clone(), "flush", &[])?;
        t.reset_read();
        let pos = io_call(vm, &t.buffer.clone(), "seek", &[Value::Int(cookie), Value::Int(whence)])?;
        if whence == 2 { Ok(pos) } else { Ok(Value::Int(cookie)) }
    })
}

fn truncate(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "truncate", &args, 0, 1)?;
    let pos = args.pos().first().cloned().unwrap_or(Value::None);
    with(vm, this, |vm, t| {
        flush_pending(vm, t)?;
        io_call(vm, &t.buffer.clone(), "flush", &[])?;
        io_call(vm, &t.buffer.clone(), "truncate", &[pos])
    })
}

fn detach(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "detach", &args, 0, 0)?;
    with(vm, this, |vm, t| {
        flush_pending(vm, t)?;
        io_call(vm, &t.buffer.clone(), "flush", &[])?;
        t.detached = true;
        Ok(t.buffer.clone())
    })
}

fn pass(vm: &mut Vm, this: &Value, name: &str) -> PyResult<Value> {
    let buffer = with(vm, this, |_, t| Ok(t.buffer.clone()))?;
    io_call(vm, &buffer, name, &[])
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
    pass(vm, this, "readable")
}

fn writable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "writable", &args, 0, 0)?;
    pass(vm, this, "writable")
}

fn seekable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "seekable", &args, 0, 0)?;
    with(vm, this, |_, t| Ok(Value::Bool(t.seekable)))
}

/// The data attributes.
pub fn getattr(vm: &mut Vm, io: &IoObject, name: &str) -> PyResult<Option<Value>> {
    let (buffer, value) = {
        let Ok(state) = io.state.try_borrow() else { return Ok(None) };
        let IoState::Text(t) = &*state else { return Ok(None) };
        let value = match name {
            "encoding" => Some(Value::str(&t.encoding_name)),
            "errors" => Some(Value::str(&t.errors_name)),
            "line_buffering" => Some(Value::Bool(t.line_buffering)),
            "write_through" => Some(Value::Bool(t.write_through)),
            "_CHUNK_SIZE" => Some(Value::Int(t.chunk_size as i64)),
            "buffer" => Some(t.buffer.clone()),
            "newlines" if !t.universal() => Some(Value::None),
            "newlines" => {
                let names: Vec<&str> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
                    .iter()
                    .filter(|(bit, _)| t.seen & bit != 0)
                    .map(|(_, n)| *n)
                    .collect();
                Some(match names.as_slice() {
                    [] => Value::None,
                    [one] => Value::str(one),
                    many => Value::tuple(many.iter().map(|n| Value::str(n)).collect()),
                })
            }
            _ => None,
        };
        (t.buffer.clone(), value)
    };
    if value.is_some() {
        return Ok(value);
    }
    match name {
        "closed" | "name" => super::io_getattr(vm, &buffer, name).map(Some),
        _ => Ok(None),
    }
}

impl Drop for TextIo {
    /// Text written but not flushed reaches the buffer (which writes it when it goes too).
    fn drop(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        if let Some(io) = io_of(&self.buffer)
            && let Ok(mut state) = io.state.try_borrow_mut()
            && let IoState::Buffered(b) = &mut *state
        {
            b.take_pending(&self.pending);
        }
    }
}
