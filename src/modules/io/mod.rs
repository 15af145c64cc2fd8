//! `_io`: files and streams, as CPython's `Modules/_io`. A file opened in text mode is three
//! objects, each usable alone: a `TextIOWrapper` (decoding, newlines) over a `BufferedReader`,
//! `BufferedWriter` or `BufferedRandom` (buffering) over a `FileIO` (the operating system's
//! file). `StringIO` and `BytesIO` are streams in memory. The layers talk to each other through
//! their methods (`io_call`), so a Python object with `read`/`write` can stand in for any of them.
//!
//! One file per class; this one holds the types, the object every instance is, `open`, and
//! the standard streams (`sys.stdin`, `sys.stdout`, `sys.stderr`), whose lowest layer is the
//! VM's own input and outputs so that tests can capture them and `print` stays fast.

pub mod buffered;
pub mod bytesio;
pub mod codec;
pub mod fileio;
pub mod iobase;
pub mod stringio;
pub mod textio;

use std::cell::{Cell, RefCell, RefMut};
use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::{Exception, PyErr};
use crate::object::function::{Args, NativeMethod};
use crate::object::misc::Object;
use crate::object::str::PyStr;
use crate::object::types::{Type, TypeCaches, TypeKind};
use crate::object::value::Value;

/// `io.DEFAULT_BUFFER_SIZE`, also the chunk a text file reads at a time.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The classes of `_io`, in the order `IoTypes` makes them (a base before its subclasses).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IoClass {
    IOBase,
    RawIOBase,
    BufferedIOBase,
    TextIOBase,
    FileIO,
    BytesIO,
    StringIO,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    TextIOWrapper,
}

impl IoClass {
    const ALL: [IoClass; 11] = [
        IoClass::IOBase,
        IoClass::RawIOBase,
        IoClass::BufferedIOBase,
        IoClass::TextIOBase,
        IoClass::FileIO,
        IoClass::BytesIO,
        IoClass::StringIO,
        IoClass::BufferedReader,
        IoClass::BufferedWriter,
        IoClass::BufferedRandom,
        IoClass::TextIOWrapper,
    ];

    pub fn name(self) -> &'static str {
        match self {
            IoClass::IOBase => "_IOBase",
            IoClass::RawIOBase => "_RawIOBase",
            IoClass::BufferedIOBase => "_BufferedIOBase",
            IoClass::TextIOBase => "_TextIOBase",
            IoClass::FileIO => "FileIO",
            IoClass::BytesIO => "BytesIO",
            IoClass::StringIO => "StringIO",
            IoClass::BufferedReader => "BufferedReader",
            IoClass::BufferedWriter => "BufferedWriter",
            IoClass::BufferedRandom => "BufferedRandom",
            IoClass::TextIOWrapper => "TextIOWrapper",
        }
    }

    /// The type kind of the class.
    pub fn kind(self) -> TypeKind {
        match self {
            IoClass::IOBase => TypeKind::IoIOBase,
            IoClass::RawIOBase => TypeKind::IoRawIOBase,
            IoClass::BufferedIOBase => TypeKind::IoBufferedIOBase,
            IoClass::TextIOBase => TypeKind::IoTextIOBase,
            IoClass::FileIO => TypeKind::IoFileIO,
            IoClass::BytesIO => TypeKind::IoBytesIO,
            IoClass::StringIO => TypeKind::IoStringIO,
            IoClass::BufferedReader => TypeKind::IoBufferedReader,
            IoClass::BufferedWriter => TypeKind::IoBufferedWriter,
            IoClass::BufferedRandom => TypeKind::IoBufferedRandom,
            IoClass::TextIOWrapper => TypeKind::IoTextIOWrapper,
        }
    }

    fn base(self) -> Option<IoClass> {
        match self {
            IoClass::IOBase => None,
            IoClass::RawIOBase | IoClass::BufferedIOBase | IoClass::TextIOBase => Some(IoClass::IOBase),
            IoClass::FileIO => Some(IoClass::RawIOBase),
            IoClass::BytesIO
            | IoClass::BufferedReader
            | IoClass::BufferedWriter
            | IoClass::BufferedRandom => Some(IoClass::BufferedIOBase),
            IoClass::StringIO | IoClass::TextIOWrapper => Some(IoClass::TextIOBase),
        }
    }

    /// The class's own methods (its bases' are found by `method`).
    fn methods(self) -> &'static [NativeMethod] {
        match self {
            IoClass::IOBase => iobase::METHODS,
            IoClass::RawIOBase => iobase::RAW_METHODS,
            IoClass::BufferedIOBase => iobase::BUFFERED_METHODS,
            IoClass::TextIOBase => iobase::TEXT_METHODS,
            IoClass::FileIO => fileio::METHODS,
            IoClass::BytesIO => bytesio::METHODS,
            IoClass::StringIO => stringio::METHODS,
            IoClass::BufferedReader | IoClass::BufferedWriter | IoClass::BufferedRandom => buffered::METHODS,
            IoClass::TextIOWrapper => textio::METHODS,
        }
    }
}

/// The method `name` of an `_io` class or the nearest base that has it.
pub fn method(class: IoClass, name: &str) -> Option<&'static NativeMethod> {
    let mut c = Some(class);
    while let Some(k) = c {
        if let Some(m) = k.methods().iter().find(|m| m.name == name) {
            return Some(m);
        }
        c = k.base();
    }
    None
}

/// The method names of an `_io` class and its bases, for `dir()`.
pub fn method_names(class: IoClass) -> Vec<&'static str> {
    let mut names = Vec::new();
    let mut c = Some(class);
    while let Some(k) = c {
        names.extend(k.methods().iter().map(|m| m.name));
        c = k.base();
    }
    names
}

/// The `_io` type objects of one VM.
pub struct IoTypes {
    types: Vec<Rc<Type>>,
    /// `io.UnsupportedOperation`, a subclass of OSError and ValueError.
    pub unsupported: Rc<Type>,
}

impl IoTypes {
    pub fn get(&self, class: IoClass) -> &Rc<Type> {
        &self.types[class as usize]
    }
}

/// A builtin type of module `_io` (its repr is `<class '_io.NAME'>`).
fn io_type(name: &str, base: &Rc<Type>, class: IoClass) -> Rc<Type> {
    let mut mro = vec![base.clone()];
    mro.extend(base.mro.iter().cloned());
    let typ = Rc::new(Type {
        name: name.to_string(),
        qualname: name.to_string(),
        module: "_io".to_string(),
        heap: false,
        bases: vec![base.clone()],
        mro,
        dict: Dict::new(),
        kind: class.kind(),
        slots: None,
        has_del: Cell::new(false),
        metaclass: RefCell::new(None),
        subclasses: RefCell::new(Vec::new()),
        version: Cell::new(0),
        shared_keys: RefCell::new(Vec::new()),
        caches: TypeCaches::default(),
        slot_count: 0,
    });
    base.subclasses.borrow_mut().push(Rc::downgrade(&typ));
    typ
}

/// The VM's `_io` types, made on first use.
pub fn types(vm: &mut Vm) -> Rc<IoTypes> {
    if let Some(t) = &vm.io_types {
        return t.clone();
    }
    let mut made: Vec<Rc<Type>> = Vec::new();
    for class in IoClass::ALL {
        let base = match class.base() {
            Some(b) => made[b as usize].clone(),
            None => vm.types.object.clone(),
        };
        made.push(io_type(class.name(), &base, class));
    }
    let ns = Dict::new();
    ns.set_str("__module__", Value::str("io"));
    ns.set_str("__qualname__", Value::str("UnsupportedOperation"));
    let bases = vec![vm.types.os_error.clone(), vm.types.value_error.clone()];
    let unsupported = crate::object::class::new_class(vm, "UnsupportedOperation", bases, &ns)
        .unwrap_or_else(|_| vm.types.os_error.clone());
    let t = Rc::new(IoTypes { types: made, unsupported });
    vm.io_types = Some(t.clone());
    t
}

/// The state of one `_io` object, by class.
pub enum IoState {
    /// An instance of one of the abstract bases (a Python subclass of `_IOBase`).
    Base,
    File(fileio::FileIo),
    Buffered(buffered::Buffered),
    Text(textio::TextIo),
    StringIo(stringio::StringIo),
    BytesIo(bytesio::BytesIo),
}

/// An `_io` object: its class, its state, and a `__dict__` (CPython's file objects have one;
/// `open` sets a text file's `mode` there).
pub struct IoObject {
    pub typ: Rc<Type>,
    pub class: IoClass,
    pub state: RefCell<IoState>,
    pub dict: Dict,
    /// `closed` of the abstract bases, which have no state of their own.
    pub base_closed: Cell<bool>,
}

/// A new `_io` object of `class` (or of `typ`, a subclass made in Python, when given).
pub fn new_object(vm: &mut Vm, class: IoClass, state: IoState) -> Value {
    let typ = types(vm).get(class).clone();
    Value::object(Object::Io(Box::new(IoObject {
        typ,
        class,
        state: RefCell::new(state),
        dict: Dict::new(),
        base_closed: Cell::new(false),
    })))
}

/// The `_io` object a value is (or extends, for an instance of a Python subclass).
pub fn io_of(v: &Value) -> Option<&IoObject> {
    let v = match v {
        Value::Instance(i) if !i.base.is_null() => &i.base,
        _ => v,
    };
    match v {
        Value::Object(o) => match &**o {
            Object::Io(io) => Some(io),
            _ => None,
        },
        _ => None,
    }
}

/// The mutable state of an `_io` object; a RuntimeError (not a panic) when a method re-enters
/// the object it is working on.
pub fn state_mut<'a>(vm: &Vm, io: &'a IoObject) -> PyResult<RefMut<'a, IoState>> {
    io.state.try_borrow_mut().map_err(|_| vm.runtime_error("reentrant call inside I/O object".into()))
}

/// Calls method `name` of a stream: directly when it is one of ours, else through Python.
pub fn io_call(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    if let Value::Object(o) = obj
        && let Object::Io(io) = &**o
        && let Some(m) = method(io.class, name)
    {
        return (m.func)(vm, obj, Args::positional(args));
    }
    let f = crate::object::attr::getattr(vm, obj, &PyStr::new(name))?;
    vm.call(&f, args, &[])
}

/// `obj.name`, through the usual attribute lookup.
pub fn io_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    crate::object::attr::getattr(vm, obj, &PyStr::new(name))
}

/// The attributes of an `_io` object that are data, not methods (`closed`, `name`, …).
pub fn getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let Some(io) = io_of(obj) else { return Ok(None) };
    if let Some(v) = io.dict.get_str(&PyStr::new(name)) {
        return Ok(Some(v));
    }
    if name == "__dict__" {
        let d = Dict::new();
        for (k, v) in io.dict.items() {
            if let Value::Str(k) = &k {
                d.set_str(k.as_str(), v);
            }
        }
        return Ok(Some(Value::Dict(Rc::new(d))));
    }
    let kind = match &*io.state.borrow() {
        IoState::Base => 0,
        IoState::File(_) => 1,
        IoState::Buffered(_) => 2,
        IoState::Text(_) => 3,
        IoState::StringIo(_) => 4,
        IoState::BytesIo(_) => 5,
    };
    match kind {
        1 => fileio::getattr(vm, io, name),
        2 => buffered::getattr(vm, io, name),
        3 => textio::getattr(vm, io, name),
        4 => stringio::getattr(vm, io, name),
        5 => bytesio::getattr(vm, io, name),
        _ => Ok(match name {
            "closed" => Some(Value::Bool(io.base_closed.get())),
            _ => None,
        }),
    }
}

/// `obj.name = value` on an `_io` object: into its `__dict__` (false for a read-only
/// attribute, whose error the caller raises).
pub fn setattr(vm: &mut Vm, obj: &Value, name: &str, value: Option<Value>) -> PyResult<bool> {
    let Some(io) = io_of(obj) else { return Ok(false) };
    if name == "_CHUNK_SIZE"
        && let (Some(v), IoState::Text(_)) = (&value, &*io.state.borrow())
    {
        let n = crate::object::protocol::to_i64(vm, v)?;
        if n <= 0 {
            return Err(vm.value_error("a strictly positive integer is required".into()));
        }
    }
    if matches!(name, "closed" | "name" | "mode" | "encoding" | "buffer" | "raw" | "newlines" | "errors")
        && getattr(vm, obj, name)?.is_some()
        && io.dict.get_str(&PyStr::new(name)).is_none()
        && !(name == "mode" && io.class == IoClass::TextIOWrapper)
        && !(name == "name" && io.class == IoClass::FileIO)
    {
        return Ok(false);
    }
    match value {
        Some(v) => io.dict.set_str(name, v),
        None => {
            if io.dict.remove_str(&PyStr::new(name)).is_none() {
                return Err(vm.attribute_error(name.to_string()));
            }
        }
    }
    Ok(true)
}

/// `repr()` of an `_io` object, as CPython writes it.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(io) = io_of(v) else { return Ok(String::new()) };
    let class = io.class;
    let kind = match &*io.state.borrow() {
        IoState::File(_) => 1,
        IoState::Buffered(_) => 2,
        IoState::Text(_) => 3,
        _ => 0,
    };
    match kind {
        1 => fileio::repr(vm, v, io),
        2 | 3 => {
            let mut out = format!("<_io.{}", class.name());
            let name = io_getattr(vm, v, "name").ok();
            if let Some(n) = name {
                out += &format!(" name={}", crate::object::protocol::repr(vm, &n)?);
            }
            if kind == 3 {
                if let Some(m) = io.dict.get_str(&PyStr::new("mode")) {
                    out += &format!(" mode={}", crate::object::protocol::repr(vm, &m)?);
                }
                if let IoState::Text(t) = &*io.state.borrow() {
                    out += &format!(" encoding={}", crate::object::repr::str_repr(&t.encoding_name));
                }
            }
            Ok(out + ">")
        }
        _ => Ok(format!("<_io.{} object at {:#x}>", class.name(), v.identity().unwrap_or(0))),
    }
}

/// An OSError for an operating-system error, as CPython makes it: the subclass for its errno
/// (FileNotFoundError, …), with `errno`, `strerror` and `filename`.
pub fn os_error(vm: &mut Vm, err: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let Some(code) = err.raw_os_error() else {
        return vm.new_error(&vm.types.os_error.clone(), err.to_string());
    };
    let text = err.to_string();
    let strerror = text.strip_suffix(&format!(" (os error {code})")).unwrap_or(&text).to_string();
    let mut args = vec![Value::Int(code as i64), Value::str(&strerror)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    let os_error = vm.types.os_error.clone();
    match crate::builtins::construct(vm, &os_error, Args::positional(&args)) {
        Ok(Value::Exception(e)) => PyErr::Raised(e),
        Ok(_) => vm.new_error(&os_error, strerror),
        Err(e) => e,
    }
}

/// `io.UnsupportedOperation(message)`.
pub fn unsupported(vm: &mut Vm, message: &str) -> PyErr {
    let t = types(vm).unsupported.clone();
    PyErr::Raised(Rc::new(Exception::new(t, vec![Value::str(message)])))
}

/// `ValueError: I/O operation on closed file.`
pub fn closed_error(vm: &Vm) -> PyErr {
    vm.value_error("I/O operation on closed file.".into())
}

/// A codec failure as UnicodeDecodeError or UnicodeEncodeError.
pub fn codec_error(vm: &Vm, e: codec::CodecError) -> PyErr {
    let t =
        if e.decode { vm.types.unicode_decode_error.clone() } else { vm.types.unicode_encode_error.clone() };
    vm.new_error(&t, e.message)
}

/// Bytes as a Python `bytes` object.
pub fn bytes_value(data: &[u8]) -> Value {
    Value::object(Object::Bytes(data.into()))
}

/// The bytes of a bytes-like argument, or CPython's TypeError.
pub fn bytes_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        _ if crate::object::buffer::is_buffer(v) => Ok(crate::object::protocol::bytes_like(v)),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::object::protocol::type_name(vm, v)
        ))),
    }
}

/// A size argument: None or negative means "all".
pub fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            let n = crate::object::protocol::to_i64(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        Some(v) => Err(vm.type_error(format!(
            "argument should be integer or None, not '{}'",
            crate::object::protocol::type_name(vm, v)
        ))),
    }
}

/// Positional and keyword arguments matched to `names`, as a function with defaults takes them.
pub fn parse_args(vm: &Vm, func: &str, args: &Args, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let mut slots: Vec<Option<Value>> = vec![None; names.len()];
    let pos = args.pos();
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{func}() takes at most {} arguments ({} given)",
            names.len(),
            pos.len() + args.kwnames.len()
        )));
    }
    for (i, v) in pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| *n == k) {
            Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {func}() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            None => return Err(vm.type_error(format!("{func}() got an unexpected keyword argument '{k}'"))),
        }
    }
    Ok(slots)
}

/// A str argument or None.
fn opt_str(vm: &Vm, func: &str, what: &str, v: &Option<Value>) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => Err(vm.type_error(format!(
            "{func}() argument '{what}' must be str or None, not {}",
            crate::object::protocol::type_name(vm, other)
        ))),
    }
}

/// The module's namespace.
pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    let t = types(vm);
    for class in IoClass::ALL {
        dict.set_str(class.name(), Value::Type(t.get(class).clone()));
    }
    dict.set_str("UnsupportedOperation", Value::Type(t.unsupported.clone()));
    dict.set_str("BlockingIOError", Value::Type(vm.types.blocking_io_error.clone()));
    dict.set_str("DEFAULT_BUFFER_SIZE", Value::Int(DEFAULT_BUFFER_SIZE as i64));
    dict.set_str("open", open_function(vm));
    super::add_functions(dict, "_io", &[("open_code", open_code), ("text_encoding", text_encoding)]);
    Ok(())
}

/// The one `open` function, shared by `builtins.open`, `io.open` and `_io.open`.
pub fn open_function(vm: &mut Vm) -> Value {
    if let Some(f) = vm.builtins.get_str(&PyStr::new("open")) {
        return f;
    }
    crate::builtins::native_in("_io", "open", open)
}

/// `text_encoding(encoding, stacklevel=2)`: the encoding, or "locale" for None.
fn text_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "text_encoding", &args, 1, 2)?;
    Ok(match &args.pos()[0] {
        Value::None => Value::str("locale"),
        other => other.clone(),
    })
}

/// `open_code(path)`: the file opened for reading as bytes.
fn open_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::object::protocol::check_args(vm, "open_code", &args, 1, 1)?;
    let path = args.pos()[0].clone();
    if !matches!(path, Value::Str(_)) {
        let t = crate::object::protocol::type_name(vm, &path);
        return Err(vm.type_error(format!("open_code() argument 'path' must be str, not {t}")));
    }
    open_file(vm, &path, "rb", -1, None, None, None, true)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
/// opener=None)`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];
    let a = parse_args(vm, "open", &args, &names)?;
    let Some(file) = a[0].clone() else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)".into()));
    };
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let t = crate::object::protocol::type_name(vm, other);
            return Err(vm.type_error(format!("open() argument 'mode' must be str, not {t}")));
        }
    };
    let buffering = match &a[2] {
        None => -1,
        Some(v) => crate::object::protocol::to_i64(vm, v)?,
    };
    let encoding = opt_str(vm, "open", "encoding", &a[3])?;
    let errors = opt_str(vm, "open", "errors", &a[4])?;
    let newline = opt_str(vm, "open", "newline", &a[5])?;
    let closefd = match &a[6] {
        None => true,
        Some(v) => crate::object::protocol::truthy(vm, v)?,
    };
    if let Some(opener) = a[7].clone().filter(|o| !o.is_none()) {
        return open_with_opener(vm, &file, &opener, &mode, buffering, encoding, errors, newline);
    }
    open_file(vm, &file, &mode, buffering, encoding, errors, newline, closefd)
}

/// `open(file, mode, …, opener=f)`: `f(path, flags)` makes the descriptor (as `tempfile`'s
/// `NamedTemporaryFile` does, through `os.open`), which the file then owns; its `name` is the
/// path, as in CPython.
#[allow(clippy::too_many_arguments)]
fn open_with_opener(
    vm: &mut Vm,
    file: &Value,
    opener: &Value,
    mode: &str,
    buffering: i64,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
) -> PyResult<Value> {
    let m = parse_mode(vm, mode)?;
    let access = if m.reading && (m.writing || m.appending || m.creating) || mode.contains('+') {
        0o2
    } else if m.reading {
        0o0
    } else {
        0o1
    };
    let mut flags = access | 0o2000000;
    if mode.contains('w') {
        flags |= 0o100 | 0o1000;
    }
    if m.appending {
        flags |= 0o100 | 0o2000;
    }
    if m.creating {
        flags |= 0o100 | 0o200;
    }
    let path = crate::modules::posix::fspath_of(vm, file)?;
    let fd = vm.call(opener, &[path.clone(), Value::Int(flags)], &[])?;
    let Value::Int(n) = fd else {
        let t = crate::object::protocol::type_name(vm, &fd);
        return Err(vm.type_error(format!("expected an int from opener, not {t}")));
    };
    if n < 0 {
        return Err(vm.value_error(format!("opener returned {n}")));
    }
    let opened = open_file(vm, &Value::Int(n), mode, buffering, encoding, errors, newline, true)?;
    // The name is the path, on the raw file and so on the layers above it.
    let mut raw = opened.clone();
    for layer in ["buffer", "raw"] {
        if let Ok(Some(inner)) = getattr(vm, &raw, layer) {
            raw = inner;
        }
    }
    setattr(vm, &raw, "name", Some(path))?;
    Ok(opened)
}

/// The parsed mode string of `open`.
struct Mode {
    text: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    updating: bool,
}

fn parse_mode(vm: &Vm, mode: &str) -> PyResult<Mode> {
    let mut m = Mode {
        text: false,
        reading: false,
        writing: false,
        appending: false,
        creating: false,
        updating: false,
    };
    let mut binary = false;
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            'x' => m.creating = true,
            '+' => m.updating = true,
            't' => m.text = true,
            _ => binary = true,
        }
    }
    if m.text && binary {
        return Err(vm.value_error("can't have text and binary mode at once".into()));
    }
    match [m.reading, m.writing, m.appending, m.creating].iter().filter(|b| **b).count() {
        1 => {}
        0 => {
            return Err(vm.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus".into(),
            ));
        }
        _ => return Err(vm.value_error("must have exactly one of create/read/write/append mode".into())),
    }
    m.text = !binary;
    Ok(m)
}

#[allow(clippy::too_many_arguments)]
fn open_file(
    vm: &mut Vm,
    file: &Value,
    mode: &str,
    buffering: i64,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
    closefd: bool,
) -> PyResult<Value> {
    // A path-like object opens the path its `__fspath__` gives (`pathlib.Path`).
    let given = file;
    let converted;
    let file = if matches!(file, Value::Str(_) | Value::Int(_) | Value::Bool(_))
        || matches!(file, Value::Object(o) if matches!(&**o, Object::Bytes(_)))
    {
        file
    } else {
        converted = crate::modules::posix::fspath_of(vm, given)?;
        &converted
    };
    let m = parse_mode(vm, mode)?;
    if !m.text {
        for (given, what) in [(&encoding, "an encoding"), (&errors, "an errors"), (&newline, "a newline")] {
            if given.is_some() {
                return Err(vm.value_error(format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    if m.text && buffering == 0 {
        return Err(vm.value_error("can't have unbuffered text I/O".into()));
    }
    if let Some(nl) = &newline
        && !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n")
    {
        return Err(vm.value_error(format!("illegal newline value: {nl}")));
    }
    let raw_mode = format!(
        "{}{}",
        if m.creating {
            "x"
        } else if m.appending {
            "a"
        } else if m.writing {
            "w"
        } else {
            "r"
        },
        if m.updating { "+" } else { "" }
    );
    let raw = fileio::open_raw(vm, file, &raw_mode, closefd)?;
    let line_buffering = buffering == 1 || (buffering < 0 && fileio::isatty_of(&raw));
    let size = if buffering > 1 { buffering as usize } else { DEFAULT_BUFFER_SIZE };
    if buffering == 0 {
        return Ok(raw);
    }
    let class = if m.updating {
        IoClass::BufferedRandom
    } else if m.writing || m.appending || m.creating {
        IoClass::BufferedWriter
    } else {
        IoClass::BufferedReader
    };
    let buffer = buffered::new(vm, class, raw, size)?;
    if !m.text {
        return Ok(buffer);
    }
    let text = textio::new(
        vm,
        buffer,
        encoding.as_deref(),
        errors.as_deref(),
        newline.as_deref(),
        line_buffering,
        false,
    )?;
    if let Some(io) = io_of(&text) {
        io.dict.set_str("mode", Value::str(mode));
    }
    Ok(text)
}

/// Which standard stream a lowest layer is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StdStream {
    Stdin,
    Stdout,
    Stderr,
}

/// `sys.stdin`, `sys.stdout` and `sys.stderr`: text wrappers over buffered streams over
/// FileIO objects for fds 0, 1 and 2 (stderr with errors='backslashreplace' and line
/// buffering, as CPython sets them up).
pub fn std_streams(vm: &mut Vm) -> PyResult<[Value; 3]> {
    let mut out = Vec::new();
    for which in [StdStream::Stdin, StdStream::Stdout, StdStream::Stderr] {
        let raw = fileio::std_raw(vm, which);
        let class = if which == StdStream::Stdin { IoClass::BufferedReader } else { IoClass::BufferedWriter };
        let buffer = buffered::new(vm, class, raw, DEFAULT_BUFFER_SIZE)?;
        let errors = if which == StdStream::Stderr { "backslashreplace" } else { "strict" };
        let text =
            // POSIX CPython reads stdin with newline='\n': no translation of `\r\n`.
            textio::new(vm, buffer, Some("utf-8"), Some(errors), Some("\n"), which == StdStream::Stderr, false)?;
        if let Some(io) = io_of(&text) {
            io.dict.set_str("mode", Value::str(if which == StdStream::Stdin { "r" } else { "w" }));
            if let IoState::Text(t) = &mut *io.state.borrow_mut() {
                t.std = Some(which);
            }
        }
        out.push(text);
    }
    let [a, b, c]: [Value; 3] = out.try_into().map_err(|_| PyErr::fault("three standard streams"))?;
    Ok([a, b, c])
}

/// Which standard text stream `v` is (the fast paths of `print` and `write`).
pub fn std_stream_of(v: &Value) -> Option<StdStream> {
    let Value::Object(o) = v else { return None };
    let Object::Io(io) = &**o else { return None };
    match &*io.state.try_borrow().ok()? {
        IoState::Text(t) => t.std,
        _ => None,
    }
}

/// A call of one of the `_io` classes.
pub fn construct(vm: &mut Vm, class: IoClass, args: Args) -> PyResult<Value> {
    match class {
        IoClass::FileIO => fileio::construct(vm, args),
        IoClass::BytesIO => bytesio::construct(vm, args),
        IoClass::StringIO => stringio::construct(vm, args),
        IoClass::BufferedReader | IoClass::BufferedWriter | IoClass::BufferedRandom => {
            buffered::construct(vm, class, args)
        }
        IoClass::TextIOWrapper => textio::construct(vm, args),
        IoClass::IOBase | IoClass::RawIOBase | IoClass::BufferedIOBase | IoClass::TextIOBase => {
            iobase::construct(vm, class)
        }
    }
}
