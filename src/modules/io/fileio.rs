//! `FileIO`: the operating system's file, read and written without buffering (CPython's
//! `Modules/_io/fileio.c`). Fds 0, 1 and 2 are the VM's own input and outputs.

use std::io::{Read, Seek, SeekFrom, Write};

use super::{IoClass, IoObject, IoState, StdStream, io_of, os_error, state_mut, unsupported};
use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("FileIO";
    "read" => read,
    "readall" => readall,
    "readinto" => readinto,
    "write" => write,
    "seek" => seek,
    "tell" => tell,
    "truncate" => truncate,
    "close" => close,
    "fileno" => fileno,
    "isatty" => isatty,
    "readable" => readable,
    "writable" => writable,
    "seekable" => seekable,
);

/// Where a FileIO's bytes go.
pub enum Target {
    File(std::fs::File),
    Std(StdStream),
    Closed,
}

pub struct FileIo {
    pub target: Target,
    pub name: Value,
    readable: bool,
    writable: bool,
    appending: bool,
    created: bool,
    closefd: bool,
}

impl FileIo {
    /// The mode as CPython's FileIO reports it (`rb`, `wb`, `ab+`, …).
    fn mode(&self) -> &'static str {
        match (self.created, self.appending, self.readable, self.writable) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (_, true, true, _) => "ab+",
            (_, true, false, _) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            _ => "wb",
        }
    }
}

/// The FileIO of a standard stream (`name='<stdout>'`, closefd=False).
pub fn std_raw(vm: &mut Vm, which: StdStream) -> Value {
    let (name, reading) = match which {
        StdStream::Stdin => ("<stdin>", true),
        StdStream::Stdout => ("<stdout>", false),
        StdStream::Stderr => ("<stderr>", false),
    };
    let state = FileIo {
        target: Target::Std(which),
        name: Value::str(name),
        readable: reading,
        writable: !reading,
        appending: false,
        created: false,
        closefd: false,
    };
    super::new_object(vm, IoClass::FileIO, IoState::File(state))
}

/// Opens `file` (a path, or fd 0-2) with a raw mode of `r`, `w`, `a` or `x`, maybe with `+`.
pub fn open_raw(vm: &mut Vm, file: &Value, mode: &str, closefd: bool) -> PyResult<Value> {
    let plus = mode.contains('+');
    let first = mode.chars().next().unwrap_or('r');
    let (readable, writable) = (first == 'r' || plus, first != 'r' || plus);
    let fd = match file {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    let path = match (fd, file) {
        (Some(fd), _) => {
            if fd < 0 {
                return Err(vm.value_error("negative file descriptor".into()));
            }
            if fd <= 2 {
                let which = [StdStream::Stdin, StdStream::Stdout, StdStream::Stderr][fd as usize];
                let state = FileIo {
                    target: Target::Std(which),
                    name: Value::Int(fd),
                    readable,
                    writable,
                    appending: first == 'a',
                    created: false,
                    closefd,
                };
                return Ok(super::new_object(vm, IoClass::FileIO, IoState::File(state)));
            }
            // A descriptor `os.open` made: the file takes it over (or a duplicate of it, when
            // the caller keeps it open with closefd=False).
            if let Some(owned) = vm.fds.get(&(fd as i32)) {
                let f: std::fs::File = if closefd {
                    match vm.fds.remove(&(fd as i32)) {
                        Some(o) => o.into(),
                        None => return Err(vm.value_error("bad file descriptor".into())),
                    }
                } else {
                    owned.try_clone().map_err(|e| os_error(vm, &e, Some(file)))?.into()
                };
                let state = FileIo {
                    target: Target::File(f),
                    name: file.clone(),
                    readable,
                    writable,
                    appending: first == 'a',
                    created: false,
                    closefd,
                };
                return Ok(super::new_object(vm, IoClass::FileIO, IoState::File(state)));
            }
            // A descriptor minivm did not open: the same file is opened again through /dev/fd.
            format!("/dev/fd/{fd}")
        }
        (None, Value::Str(s)) => s.as_str().to_string(),
        (None, _) => String::from_utf8_lossy(&protocol::bytes_like(file)).into_owned(),
    };
    if path.contains('\0') {
        return Err(vm.value_error("embedded null character in path".into()));
    }
    if !closefd && fd.is_none() {
        return Err(vm.value_error("Cannot use closefd=False with file name".into()));
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(readable);
    match first {
        'w' => opts.write(true).create(true).truncate(true),
        'a' => opts.append(true).create(true),
        'x' => opts.write(true).create_new(true),
        _ => opts.write(writable),
    };
    let mut f = opts.open(&path).map_err(|e| os_error(vm, &e, Some(file)))?;
    if first == 'a' {
        let _ = f.seek(SeekFrom::End(0));
    }
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error(vm, &e, Some(file)));
    }
    let state = FileIo {
        target: Target::File(f),
        name: file.clone(),
        readable,
        writable,
        appending: first == 'a',
        created: first == 'x',
        closefd,
    };
    Ok(super::new_object(vm, IoClass::FileIO, IoState::File(state)))
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`.
pub fn construct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = super::parse_args(vm, "FileIO", &args, &["file", "mode", "closefd", "opener"])?;
    let Some(file) = a[0].clone() else {
        return Err(vm.type_error("FileIO() missing required argument 'file' (pos 1)".into()));
    };
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().replace('b', ""),
        Some(_) => return Err(vm.type_error("FileIO() argument 'mode' must be str".into())),
    };
    let ok = matches!(
        mode.as_str(),
        "r" | "w" | "a" | "x" | "r+" | "w+" | "a+" | "x+" | "+r" | "+w" | "+a" | "+x"
    );
    if !ok {
        return Err(vm.value_error(format!("invalid mode: {mode}")));
    }
    let mode: String = {
        let plus = mode.contains('+');
        format!("{}{}", mode.replace('+', ""), if plus { "+" } else { "" })
    };
    let closefd = match &a[2] {
        None => true,
        Some(v) => protocol::truthy(vm, v)?,
    };
    open_raw(vm, &file, &mode, closefd)
}

/// Whether the raw file is a terminal (then text files are line-buffered).
pub fn isatty_of(raw: &Value) -> bool {
    use std::io::IsTerminal;
    let Some(io) = io_of(raw) else { return false };
    let Ok(state) = io.state.try_borrow() else { return false };
    match &*state {
        IoState::File(FileIo { target: Target::File(f), .. }) => f.is_terminal(),
        _ => false,
    }
}

/// Runs `f` on the FileIO state of `this`, after checking that it is open.
fn with_file<T>(
    vm: &mut Vm,
    this: &Value,
    f: impl FnOnce(&mut Vm, &mut FileIo) -> PyResult<T>,
) -> PyResult<T> {
    let Some(io) = io_of(this) else { return Err(vm.type_error("expected a FileIO".into())) };
    let mut state = state_mut(vm, io)?;
    let IoState::File(file) = &mut *state else { return Err(vm.type_error("expected a FileIO".into())) };
    if matches!(file.target, Target::Closed) {
        return Err(super::closed_error(vm));
    }
    f(vm, file)
}

fn check_readable(vm: &mut Vm, file: &FileIo) -> PyResult<()> {
    if file.readable { Ok(()) } else { Err(unsupported(vm, "File not open for reading")) }
}

fn check_writable(vm: &mut Vm, file: &FileIo) -> PyResult<()> {
    if file.writable { Ok(()) } else { Err(unsupported(vm, "File not open for writing")) }
}

/// Reads at most `n` bytes (all there is for None).
fn read_bytes(vm: &mut Vm, file: &mut FileIo, n: Option<usize>) -> PyResult<Vec<u8>> {
    check_readable(vm, file)?;
    let mut out = Vec::new();
    let result = match (&mut file.target, n) {
        (Target::File(f), None) => f.read_to_end(&mut out).map(|_| ()),
        (Target::File(f), Some(n)) => {
            out.resize(n, 0);
            f.read(&mut out).map(|got| out.truncate(got))
        }
        (Target::Std(_), None) => {
            vm.stdout.flush();
            vm.stdin.read_to_end(&mut out).map(|_| ())
        }
        (Target::Std(_), Some(n)) => {
            vm.stdout.flush();
            out.resize(n, 0);
            vm.stdin.read(&mut out).map(|got| out.truncate(got))
        }
        (Target::Closed, _) => Ok(()),
    };
    let name = file.name.clone();
    let _ = name;
    result.map_err(|e| os_error(vm, &e, None))?;
    Ok(out)
}

fn read(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "read", &args, 0, 1)?;
    let n = super::size_arg(vm, args.pos().first())?;
    let data = with_file(vm, this, |vm, file| read_bytes(vm, file, n))?;
    Ok(super::bytes_value(&data))
}

fn readall(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readall", &args, 0, 0)?;
    let data = with_file(vm, this, |vm, file| read_bytes(vm, file, None))?;
    Ok(super::bytes_value(&data))
}

fn readinto(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readinto", &args, 1, 1)?;
    super::iobase::readinto_with(vm, this, &args.pos()[0], "read")
}

/// Writes bytes to the target: the VM's outputs for fds 1 and 2, where they go out at once.
fn write_bytes(vm: &mut Vm, file: &mut FileIo, data: &[u8]) -> std::io::Result<usize> {
    match &mut file.target {
        Target::File(f) => f.write(data),
        Target::Std(StdStream::Stderr) => {
            vm.stderr.write_bytes(data);
            vm.stderr.try_flush().map(|_| data.len())
        }
        Target::Std(_) => {
            vm.stdout.write_bytes(data);
            vm.stdout.try_flush().map(|_| data.len())
        }
        Target::Closed => Ok(0),
    }
}

fn write(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "write", &args, 1, 1)?;
    let data = super::bytes_arg(vm, &args.pos()[0])?;
    with_file(vm, this, |vm, file| {
        check_writable(vm, file)?;
        match write_bytes(vm, file, &data) {
            Ok(n) => Ok(Value::Int(n as i64)),
            Err(e) => Err(os_error(vm, &e, None)),
        }
    })
}

fn seek(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "seek", &args, 1, 2)?;
    let pos = protocol::to_i64(vm, &args.pos()[0])?;
    let whence = match args.pos().get(1) {
        Some(w) => protocol::to_i64(vm, w)?,
        None => 0,
    };
    with_file(vm, this, |vm, file| {
        let to = match whence {
            0 if pos >= 0 => SeekFrom::Start(pos as u64),
            1 => SeekFrom::Current(pos),
            2 => SeekFrom::End(pos),
            _ => return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None)),
        };
        match &mut file.target {
            Target::File(f) => f.seek(to).map(|p| Value::Int(p as i64)).map_err(|e| os_error(vm, &e, None)),
            _ => Err(os_error(vm, &std::io::Error::from_raw_os_error(29), None)),
        }
    })
}

fn tell(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "tell", &args, 0, 0)?;
    with_file(vm, this, |vm, file| match &mut file.target {
        Target::File(f) => {
            f.stream_position().map(|p| Value::Int(p as i64)).map_err(|e| os_error(vm, &e, None))
        }
        _ => Err(os_error(vm, &std::io::Error::from_raw_os_error(29), None)),
    })
}

fn truncate(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "truncate", &args, 0, 1)?;
    let size = match args.pos().first() {
        None | Some(Value::None) => None,
        Some(v) => Some(protocol::to_i64(vm, v)?),
    };
    with_file(vm, this, |vm, file| {
        check_writable(vm, file)?;
        let Target::File(f) = &mut file.target else {
            return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None));
        };
        let size = match size {
            Some(s) => s,
            None => f.stream_position().map_err(|e| os_error(vm, &e, None))? as i64,
        };
        if size < 0 {
            return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None));
        }
        f.set_len(size as u64).map_err(|e| os_error(vm, &e, None))?;
        Ok(Value::Int(size))
    })
}

fn close(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "close", &args, 0, 0)?;
    let Some(io) = io_of(this) else { return Ok(Value::None) };
    let mut state = state_mut(vm, io)?;
    if let IoState::File(file) = &mut *state {
        file.target = Target::Closed;
    }
    Ok(Value::None)
}

fn fileno(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "fileno", &args, 0, 0)?;
    with_file(vm, this, |_, file| {
        Ok(Value::Int(match &file.target {
            Target::Std(StdStream::Stdin) => 0,
            Target::Std(StdStream::Stdout) => 1,
            Target::Std(StdStream::Stderr) => 2,
            Target::File(f) => {
                use std::os::fd::AsRawFd;
                f.as_raw_fd() as i64
            }
            Target::Closed => -1,
        }))
    })
}

fn isatty(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "isatty", &args, 0, 0)?;
    with_file(vm, this, |_, _| Ok(()))?;
    Ok(Value::Bool(isatty_of(this)))
}

fn readable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readable", &args, 0, 0)?;
    with_file(vm, this, |_, file| Ok(Value::Bool(file.readable)))
}

fn writable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "writable", &args, 0, 0)?;
    with_file(vm, this, |_, file| Ok(Value::Bool(file.writable)))
}

fn seekable(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "seekable", &args, 0, 0)?;
    with_file(vm, this, |_, file| {
        Ok(Value::Bool(match &mut file.target {
            Target::File(f) => f.stream_position().is_ok(),
            _ => false,
        }))
    })
}

/// FileIO's data attributes.
pub fn getattr(_vm: &mut Vm, io: &IoObject, name: &str) -> PyResult<Option<Value>> {
    let Ok(state) = io.state.try_borrow() else { return Ok(None) };
    let IoState::File(file) = &*state else { return Ok(None) };
    Ok(Some(match name {
        "closed" => Value::Bool(matches!(file.target, Target::Closed)),
        "name" => file.name.clone(),
        "mode" => Value::str(file.mode()),
        "closefd" => Value::Bool(file.closefd),
        _ => return Ok(None),
    }))
}

pub fn repr(vm: &mut Vm, _v: &Value, io: &IoObject) -> PyResult<String> {
    let (closed, name, mode, closefd) = {
        let Ok(state) = io.state.try_borrow() else { return Ok("<_io.FileIO>".into()) };
        let IoState::File(file) = &*state else { return Ok("<_io.FileIO>".into()) };
        (matches!(file.target, Target::Closed), file.name.clone(), file.mode(), file.closefd)
    };
    if closed {
        return Ok("<_io.FileIO [closed]>".into());
    }
    let name = protocol::repr(vm, &name)?;
    let closefd = if closefd { "True" } else { "False" };
    Ok(format!("<_io.FileIO name={name} mode='{mode}' closefd={closefd}>"))
}
