//! `posix`: the operating system interface under CPython's `os` (after CPython's
//! `Modules/posixmodule.c`): files and directories, file descriptors, the environment, process
//! and system queries. The system calls are std's or rustix's safe wrappers; the classes
//! (`stat_result`, `DirEntry`, the `scandir` iterator, `terminal_size`, `uname_result`) are
//! Python, in `python/posix_types.py`, run in this module's namespace after the functions are
//! in place.
//!
//! File descriptors that `open` returns are kept, owned, in the VM's table (`Vm::fds`), so
//! `read`, `write` and `close` never touch a descriptor minivm did not open (0, 1 and 2 aside).

use std::ffi::OsStr;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::PathBuf;
use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::{self, check_args, type_name};
use crate::object::value::Value;

/// The Python half of the module, compiled by `vm-tests/regen.sh`.
static TYPES: &[u8] = include_bytes!("python/posix_types.pyc");

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "posix",
        &[
            ("getcwd", getcwd),
            ("getcwdb", getcwdb),
            ("chdir", chdir),
            ("listdir", listdir),
            ("_scandir", scandir_raw),
            ("_stat", stat_raw),
            ("mkdir", mkdir),
            ("rmdir", rmdir),
            ("unlink", unlink),
            ("remove", unlink),
            ("rename", rename),
            ("replace", rename),
            ("open", open),
            ("read", read),
            ("write", write),
            ("close", close),
            ("lseek", lseek),
            ("isatty", isatty),
            ("fsync", fsync),
            ("ftruncate", ftruncate),
            ("truncate", truncate),
            ("getpid", getpid),
            ("getppid", getppid),
            ("getuid", getuid),
            ("geteuid", geteuid),
            ("getgid", getgid),
            ("getegid", getegid),
            ("urandom", urandom),
            ("strerror", strerror),
            ("_uname", uname_raw),
            ("cpu_count", cpu_count),
            ("_terminal_size", terminal_size_raw),
            ("fspath", fspath),
            ("_exit", exit_now),
            ("access", access),
            ("umask", umask),
            ("readlink", readlink),
            ("symlink", symlink),
            ("link", link),
            ("chmod", chmod),
            ("utime", utime),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("device_encoding", device_encoding),
        ],
    );
    let environ = Dict::new();
    for (k, v) in std::env::vars_os() {
        let key = protocol::key(vm, &bytes(k.into_vec()))?;
        environ.insert(key, bytes(v.into_vec()));
    }
    dict.set_str("environ", Value::Dict(Rc::new(environ)));
    dict.set_str("error", Value::Type(vm.types.os_error.clone()));
    for (name, value) in CONSTANTS {
        dict.set_str(name, Value::Int(*value));
    }
    // The functions that take `dir_fd`, an fd for a path, or `follow_symlinks=False`: none yet,
    // so `os.supports_dir_fd` and friends are empty and `shutil` takes its path-based ways.
    dict.set_str("_have_functions", Value::list(vec![]));
    // The Python half runs in a namespace holding the functions, and what it defines joins
    // the module.
    super::native_util::run_python_half(vm, dict, "posix", TYPES)
}

/// The numbers CPython's `posix` defines on Linux.
static CONSTANTS: &[(&str, i64)] = &[
    ("F_OK", 0),
    ("R_OK", 4),
    ("W_OK", 2),
    ("X_OK", 1),
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_NDELAY", 0o4000),
    ("O_DSYNC", 0o10000),
    ("O_SYNC", 0o4010000),
    ("O_DIRECTORY", 0o200000),
    ("O_NOFOLLOW", 0o400000),
    ("O_CLOEXEC", 0o2000000),
    ("O_ACCMODE", 3),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("EX_OK", 0),
    ("WNOHANG", 1),
    ("WUNTRACED", 2),
];

fn bytes(data: Vec<u8>) -> Value {
    Value::object(Object::Bytes(data.into_boxed_slice()))
}

/// A path argument: str, bytes, or an object with `__fspath__`; also whether it was bytes
/// (results then come back as bytes, as CPython's do).
fn path_arg(vm: &mut Vm, func: &str, v: &Value) -> PyResult<(PathBuf, bool)> {
    let v = fspath_of(vm, v).map_err(|_| {
        vm.type_error(format!(
            "{func}: path should be string, bytes or os.PathLike, not {}",
            type_name(vm, v)
        ))
    })?;
    match &v {
        Value::Str(s) => Ok((PathBuf::from(s.as_str()), false)),
        Value::Object(o) if let Object::Bytes(b) = &**o => Ok((PathBuf::from(OsStr::from_bytes(b)), true)),
        _ => Err(vm.type_error(format!("{func}: path should be string, bytes or os.PathLike"))),
    }
}

/// `os.fspath(v)`: a str or bytes as it is, else what its `__fspath__` returns.
pub fn fspath_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Str(_) => return Ok(v.clone()),
        Value::Object(o) if matches!(&**o, Object::Bytes(_)) => return Ok(v.clone()),
        _ => {}
    }
    let name = type_name(vm, v);
    match crate::object::class::call_special(vm, v, "__fspath__", &[])? {
        Some(r @ Value::Str(_)) => Ok(r),
        Some(r @ Value::Object(_)) if matches!(&r, Value::Object(o) if matches!(&**o, Object::Bytes(_))) => {
            Ok(r)
        }
        Some(other) => Err(vm.type_error(format!(
            "expected {name}.__fspath__() to return str or bytes, not {}",
            type_name(vm, &other)
        ))),
        None => Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {name}"))),
    }
}

/// A path as the type the caller gave: str (undecodable bytes as surrogate escapes would be
/// CPython's; here they are replaced) or bytes.
fn path_value(p: &OsStr, as_bytes: bool) -> Value {
    if as_bytes { bytes(p.as_bytes().to_vec()) } else { Value::str(&p.to_string_lossy()) }
}

/// `OSError(errno, strerror, filename)`, as the subclass CPython picks for the errno.
pub fn os_error(vm: &mut Vm, err: std::io::Error, filename: Option<Value>) -> PyErr {
    let code = err.raw_os_error().unwrap_or(0);
    let mut args = vec![Value::Int(code as i64), Value::str(&message(code))];
    if let Some(f) = filename {
        args.push(f);
    }
    let os_error = vm.types.os_error.clone();
    match crate::builtins::construct(vm, &os_error, Args::positional(&args)) {
        Ok(Value::Exception(e)) => PyErr::Raised(e),
        Ok(_) => vm.new_error(&os_error, message(code)),
        Err(e) => e,
    }
}

fn errno_error(vm: &mut Vm, errno: rustix::io::Errno, filename: Option<Value>) -> PyErr {
    os_error(vm, std::io::Error::from_raw_os_error(errno.raw_os_error()), filename)
}

/// The C library's message for `errno`, without std's " (os error N)".
fn message(code: i32) -> String {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    match text.rfind(" (os error") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    protocol::to_i64(vm, v)
}

fn getcwd_path(vm: &mut Vm) -> PyResult<PathBuf> {
    std::env::current_dir().map_err(|e| os_error(vm, e, None))
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getcwd", &args, 0, 0)?;
    let dir = getcwd_path(vm)?;
    Ok(path_value(dir.as_os_str(), false))
}

fn getcwdb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getcwdb", &args, 0, 0)?;
    let dir = getcwd_path(vm)?;
    Ok(path_value(dir.as_os_str(), true))
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "chdir", &args, 1, 1)?;
    let (path, _) = path_arg(vm, "chdir", &args.pos()[0])?;
    std::env::set_current_dir(&path).map_err(|e| os_error(vm, e, Some(args.pos()[0].clone())))?;
    Ok(Value::None)
}

/// The path argument of `listdir`/`scandir`: `.` when absent or None.
fn dir_arg(vm: &mut Vm, func: &str, args: &Args) -> PyResult<(PathBuf, bool, Value)> {
    match args.pos().first().or(args.kwarg("path")) {
        None | Some(Value::None) => Ok((PathBuf::from("."), false, Value::str("."))),
        Some(v) => {
            let (p, b) = path_arg(vm, func, v)?;
            Ok((p, b, v.clone()))
        }
    }
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (path, as_bytes, given) = dir_arg(vm, "listdir", &args)?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(vm, e, Some(given.clone())))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(vm, e, Some(given.clone())))?;
        names.push(path_value(&entry.file_name(), as_bytes));
    }
    Ok(Value::list(names))
}

/// `_scandir(path)`: `(name, kind, inode)` for each entry, kind 'd', 'f', 'l' or '?' as the
/// directory reports it (symbolic links not followed); and whether the path was bytes.
fn scandir_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (path, as_bytes, given) = dir_arg(vm, "scandir", &args)?;
    let entries = std::fs::read_dir(&path).map_err(|e| os_error(vm, e, Some(given.clone())))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| os_error(vm, e, Some(given.clone())))?;
        let kind = match entry.file_type() {
            Ok(t) if t.is_symlink() => "l",
            Ok(t) if t.is_dir() => "d",
            Ok(t) if t.is_file() => "f",
            Ok(_) => "o",
            Err(_) => "?",
        };
        let ino = std::os::unix::fs::DirEntryExt::ino(&entry);
        out.push(Value::tuple(vec![
            path_value(&entry.file_name(), as_bytes),
            Value::str(kind),
            Value::from_bigint(ino.into()),
        ]));
    }
    Ok(Value::tuple(vec![Value::list(out), Value::Bool(as_bytes)]))
}

/// `_stat(path_or_fd, follow_symlinks)`: the fields of a `stat_result`, times in
/// nanoseconds: `(mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns,
/// blksize, blocks, rdev)`.
fn stat_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "stat", &args, 2, 2)?;
    let follow = protocol::truthy(vm, &args.pos()[1])?;
    let target = &args.pos()[0];
    let meta = if let Value::Int(fd) = target {
        let fd = *fd;
        match with_fd(vm, fd, |f| rustix::fs::fstat(f)) {
            Ok(st) => return Ok(stat_tuple_raw(&st)),
            Err(e) => return Err(e),
        }
    } else {
        let (path, _) = path_arg(vm, "stat", target)?;
        let m = if follow { std::fs::metadata(&path) } else { std::fs::symlink_metadata(&path) };
        m.map_err(|e| os_error(vm, e, Some(target.clone())))?
    };
    let ns = |s: i64, n: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + n);
    Ok(Value::tuple(vec![
        Value::Int(meta.mode() as i64),
        Value::from_bigint(meta.ino().into()),
        Value::from_bigint(meta.dev().into()),
        Value::Int(meta.nlink() as i64),
        Value::Int(meta.uid() as i64),
        Value::Int(meta.gid() as i64),
        Value::Int(meta.size() as i64),
        ns(meta.atime(), meta.atime_nsec()),
        ns(meta.mtime(), meta.mtime_nsec()),
        ns(meta.ctime(), meta.ctime_nsec()),
        Value::Int(meta.blksize() as i64),
        Value::Int(meta.blocks() as i64),
        Value::from_bigint(meta.rdev().into()),
    ]))
}

fn stat_tuple_raw(st: &rustix::fs::Stat) -> Value {
    let ns = |s: i64, n: i64| Value::from_bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + n);
    Value::tuple(vec![
        Value::Int(st.st_mode as i64),
        Value::from_bigint(st.st_ino.into()),
        Value::from_bigint(st.st_dev.into()),
        Value::Int(st.st_nlink as i64),
        Value::Int(st.st_uid as i64),
        Value::Int(st.st_gid as i64),
        Value::Int(st.st_size),
        ns(st.st_atime, st.st_atime_nsec as i64),
        ns(st.st_mtime, st.st_mtime_nsec as i64),
        ns(st.st_ctime, st.st_ctime_nsec as i64),
        Value::Int(st.st_blksize),
        Value::Int(st.st_blocks),
        Value::from_bigint(st.st_rdev.into()),
    ])
}

/// Runs `f` on descriptor `fd`: one `open` returned (in the VM's table) or a standard stream.
fn with_fd<T>(vm: &mut Vm, fd: i64, f: impl FnOnce(BorrowedFd<'_>) -> rustix::io::Result<T>) -> PyResult<T> {
    let result = match fd {
        0 => f(rustix::stdio::stdin()),
        1 => f(rustix::stdio::stdout()),
        2 => f(rustix::stdio::stderr()),
        _ => match vm.fds.get(&(fd as i32)) {
            Some(owned) => f(owned.as_fd()),
            None => Err(rustix::io::Errno::BADF),
        },
    };
    result.map_err(|e| errno_error(vm, e, None))
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(target) = pos.first().or(args.kwarg("path")).cloned() else {
        return Err(vm.type_error("mkdir() missing required argument 'path' (pos 1)".into()));
    };
    let mode = match pos.get(1).or(args.kwarg("mode")) {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    let (path, _) = path_arg(vm, "mkdir", &target)?;
    std::fs::DirBuilder::new().mode(mode).create(&path).map_err(|e| os_error(vm, e, Some(target)))?;
    Ok(Value::None)
}

/// A function of one path argument that returns nothing.
fn path_op(
    vm: &mut Vm,
    args: &Args,
    func: &str,
    op: fn(&std::path::Path) -> std::io::Result<()>,
) -> PyResult<Value> {
    let Some(target) = args.pos().first().or(args.kwarg("path")).cloned() else {
        return Err(vm.type_error(format!("{func}() missing required argument 'path' (pos 1)")));
    };
    let (path, _) = path_arg(vm, func, &target)?;
    op(&path).map_err(|e| os_error(vm, e, Some(target)))?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    path_op(vm, &args, "rmdir", |p| std::fs::remove_dir(p))
}

fn unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    path_op(vm, &args, "unlink", |p| std::fs::remove_file(p))
}

fn two_paths(vm: &mut Vm, args: &Args, func: &str) -> PyResult<(PathBuf, PathBuf, Value, Value)> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error(format!("{func}() missing required argument 'dst' (pos 2)")));
    }
    let (a, _) = path_arg(vm, func, &pos[0])?;
    let (b, _) = path_arg(vm, func, &pos[1])?;
    Ok((a, b, pos[0].clone(), pos[1].clone()))
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, va, vb) = two_paths(vm, &args, "rename")?;
    std::fs::rename(&a, &b).map_err(|e| os_error2(vm, e, va, vb))?;
    Ok(Value::None)
}

/// `OSError` naming two paths (`filename` and `filename2`).
fn os_error2(vm: &mut Vm, err: std::io::Error, a: Value, b: Value) -> PyErr {
    let code = err.raw_os_error().unwrap_or(0);
    let args = [Value::Int(code as i64), Value::str(&message(code)), a, Value::None, b];
    let os_error = vm.types.os_error.clone();
    match crate::builtins::construct(vm, &os_error, Args::positional(&args)) {
        Ok(Value::Exception(e)) => PyErr::Raised(e),
        Ok(_) => vm.new_error(&os_error, message(code)),
        Err(e) => e,
    }
}

fn symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, va, vb) = two_paths(vm, &args, "symlink")?;
    std::os::unix::fs::symlink(&a, &b).map_err(|e| os_error2(vm, e, va, vb))?;
    Ok(Value::None)
}

fn link(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b, va, vb) = two_paths(vm, &args, "link")?;
    std::fs::hard_link(&a, &b).map_err(|e| os_error2(vm, e, va, vb))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(target) = args.pos().first().cloned() else {
        return Err(vm.type_error("readlink() missing required argument 'path' (pos 1)".into()));
    };
    let (path, as_bytes) = path_arg(vm, "readlink", &target)?;
    let to = std::fs::read_link(&path).map_err(|e| os_error(vm, e, Some(target)))?;
    Ok(path_value(to.as_os_str(), as_bytes))
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("chmod() missing required argument 'mode' (pos 2)".into()));
    }
    let mode = int_arg(vm, &pos[1])? as u32;
    let (path, _) = path_arg(vm, "chmod", &pos[0])?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode))
        .map_err(|e| os_error(vm, e, Some(pos[0].clone())))?;
    Ok(Value::None)
}

/// `utime(path, times=None, *, ns=None)`: times in seconds, or nanoseconds with `ns`.
fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(target) = args.pos().first().cloned() else {
        return Err(vm.type_error("utime() missing required argument 'path' (pos 1)".into()));
    };
    let (path, _) = path_arg(vm, "utime", &target)?;
    let to_time = |secs: f64| std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(secs.max(0.0));
    let (atime, mtime) = match (args.pos().get(1).or(args.kwarg("times")), args.kwarg("ns")) {
        (Some(t), _) if !t.is_none() => {
            let items = protocol::collect(vm, t)?;
            if items.len() != 2 {
                return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None".into()));
            }
            (to_time(protocol::to_f64(vm, &items[0])?), to_time(protocol::to_f64(vm, &items[1])?))
        }
        (_, Some(ns)) => {
            let items = protocol::collect(vm, ns)?;
            if items.len() != 2 {
                return Err(vm.type_error("utime: 'ns' must be a tuple of two ints".into()));
            }
            let a = protocol::to_f64(vm, &items[0])? / 1e9;
            let m = protocol::to_f64(vm, &items[1])? / 1e9;
            (to_time(a), to_time(m))
        }
        _ => (std::time::SystemTime::now(), std::time::SystemTime::now()),
    };
    let file = std::fs::File::options().write(false).read(true).open(&path);
    let file = match file {
        Ok(f) => f,
        Err(_) => std::fs::File::open(&path).map_err(|e| os_error(vm, e, Some(target.clone())))?,
    };
    let times = std::fs::FileTimes::new().set_accessed(atime).set_modified(mtime);
    file.set_times(times).map_err(|e| os_error(vm, e, Some(target)))?;
    Ok(Value::None)
}

/// `open(path, flags, mode=0o777)`: a new descriptor, kept in the VM's table.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(target), Some(flags)) =
        (pos.first().or(args.kwarg("path")), pos.get(1).or(args.kwarg("flags")))
    else {
        return Err(vm.type_error("open() missing required argument 'flags' (pos 2)".into()));
    };
    let flags = int_arg(vm, flags)? as u32;
    let mode = match pos.get(2).or(args.kwarg("mode")) {
        Some(m) => int_arg(vm, m)? as u32,
        None => 0o777,
    };
    let (path, _) = path_arg(vm, "open", target)?;
    // Descriptors are not inherited by children, as in CPython (PEP 446).
    let oflags = rustix::fs::OFlags::from_bits_retain(flags) | rustix::fs::OFlags::CLOEXEC;
    let fd = rustix::fs::open(&path, oflags, rustix::fs::Mode::from_bits_truncate(mode))
        .map_err(|e| errno_error(vm, e, Some(target.clone())))?;
    Ok(Value::Int(vm.adopt_fd(fd) as i64))
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "read", &args, 2, 2)?;
    let fd = int_arg(vm, &args.pos()[0])?;
    let n = int_arg(vm, &args.pos()[1])?;
    if n < 0 {
        return Err(vm.value_error("negative count".into()));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(vm.memory_error());
    }
    buf.resize(n as usize, 0);
    let got = with_fd(vm, fd, |f| rustix::io::read(f, &mut buf[..]))?;
    buf.truncate(got);
    Ok(bytes(buf))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "write", &args, 2, 2)?;
    let fd = int_arg(vm, &args.pos()[0])?;
    let data = protocol::bytes_like(&args.pos()[1]);
    // The standard streams go through the VM's outputs, in order with what `print` wrote.
    match fd {
        1 => vm.stdout.write_bytes(&data),
        2 => vm.stderr.write_bytes(&data),
        _ => {}
    }
    if fd == 1 || fd == 2 {
        return Ok(Value::Int(data.len() as i64));
    }
    let n = with_fd(vm, fd, |f| rustix::io::write(f, &data))?;
    Ok(Value::Int(n as i64))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "close", &args, 1, 1)?;
    let fd = int_arg(vm, &args.pos()[0])?;
    match vm.fds.remove(&(fd as i32)) {
        Some(owned) => drop(owned),
        None => return Err(errno_error(vm, rustix::io::Errno::BADF, None)),
    }
    Ok(Value::None)
}

fn lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "lseek", &args, 3, 3)?;
    let fd = int_arg(vm, &args.pos()[0])?;
    let pos = int_arg(vm, &args.pos()[1])?;
    let how = match int_arg(vm, &args.pos()[2])? {
        0 => rustix::fs::SeekFrom::Start(pos.max(0) as u64),
        1 => rustix::fs::SeekFrom::Current(pos),
        2 => rustix::fs::SeekFrom::End(pos),
        _ => return Err(errno_error(vm, rustix::io::Errno::INVAL, None)),
    };
    let at = with_fd(vm, fd, |f| rustix::fs::seek(f, how))?;
    Ok(Value::Int(at as i64))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isatty", &args, 1, 1)?;
    let fd = int_arg(vm, &args.pos()[0])?;
    Ok(Value::Bool(with_fd(vm, fd, |f| Ok(rustix::termios::isatty(f))).unwrap_or(false)))
}

fn fsync(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "fsync", &args, 1, 1)?;
    let fd = int_arg(vm, &args.pos()[0])?;
    with_fd(vm, fd, |f| rustix::fs::fsync(f))?;
    Ok(Value::None)
}

fn ftruncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ftruncate", &args, 2, 2)?;
    let fd = int_arg(vm, &args.pos()[0])?;
    let len = int_arg(vm, &args.pos()[1])?.max(0) as u64;
    with_fd(vm, fd, |f| rustix::fs::ftruncate(f, len))?;
    Ok(Value::None)
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "truncate", &args, 2, 2)?;
    let (path, _) = path_arg(vm, "truncate", &args.pos()[0])?;
    let len = int_arg(vm, &args.pos()[1])?.max(0) as u64;
    let file = std::fs::File::options().write(true).open(&path);
    file.and_then(|f| f.set_len(len)).map_err(|e| os_error(vm, e, Some(args.pos()[0].clone())))?;
    Ok(Value::None)
}

fn getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getpid", &args, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getppid", &args, 0, 0)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn getuid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getuid", &args, 0, 0)?;
    Ok(Value::Int(rustix::process::getuid().as_raw() as i64))
}

fn geteuid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "geteuid", &args, 0, 0)?;
    Ok(Value::Int(rustix::process::geteuid().as_raw() as i64))
}

fn getgid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getgid", &args, 0, 0)?;
    Ok(Value::Int(rustix::process::getgid().as_raw() as i64))
}

fn getegid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getegid", &args, 0, 0)?;
    Ok(Value::Int(rustix::process::getegid().as_raw() as i64))
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "urandom", &args, 1, 1)?;
    let n = int_arg(vm, &args.pos()[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed".into()));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(vm.memory_error());
    }
    buf.resize(n as usize, 0);
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(vm, e, None))?;
    Ok(bytes(buf))
}

fn strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "strerror", &args, 1, 1)?;
    let code = int_arg(vm, &args.pos()[0])?;
    Ok(Value::str(&message(code as i32)))
}

/// `_uname()`: `(sysname, nodename, release, version, machine)`.
fn uname_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "uname", &args, 0, 0)?;
    let u = rustix::system::uname();
    let text = |c: &std::ffi::CStr| Value::str(&c.to_string_lossy());
    Ok(Value::tuple(vec![
        text(u.sysname()),
        text(u.nodename()),
        text(u.release()),
        text(u.version()),
        text(u.machine()),
    ]))
}

fn cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "cpu_count", &args, 0, 0)?;
    // CPython counts the processors online, not those this process may use.
    let online = std::fs::read_to_string("/sys/devices/system/cpu/online").ok().and_then(|s| {
        s.trim().split(',').try_fold(0i64, |n, part| match part.split_once('-') {
            Some((a, b)) => Some(n + b.parse::<i64>().ok()? - a.parse::<i64>().ok()? + 1),
            None => part.parse::<i64>().ok().map(|_| n + 1),
        })
    });
    Ok(match online {
        Some(n) => Value::Int(n),
        None => std::thread::available_parallelism().map_or(Value::None, |n| Value::Int(n.get() as i64)),
    })
}

/// `_terminal_size(fd)`: `(columns, lines)` of the terminal on `fd`.
fn terminal_size_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "get_terminal_size", &args, 1, 1)?;
    let fd = int_arg(vm, &args.pos()[0])?;
    let size = with_fd(vm, fd, |f| rustix::termios::tcgetwinsize(f))?;
    Ok(Value::tuple(vec![Value::Int(size.ws_col as i64), Value::Int(size.ws_row as i64)]))
}

fn fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "fspath", &args, 1, 1)?;
    fspath_of(vm, &args.pos()[0])
}

/// `_exit(n)`: ends the process at once (no cleanup, no flushing of Python's buffers).
fn exit_now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_exit", &args, 1, 1)?;
    let code = int_arg(vm, &args.pos()[0])?;
    std::process::exit(code as i32)
}

fn access(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("access() missing required argument 'mode' (pos 2)".into()));
    }
    let (path, _) = path_arg(vm, "access", &pos[0])?;
    let mode = rustix::fs::Access::from_bits_truncate(int_arg(vm, &pos[1])? as u32);
    Ok(Value::Bool(rustix::fs::access(&path, mode).is_ok()))
}

fn umask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "umask", &args, 1, 1)?;
    let mask = int_arg(vm, &args.pos()[0])? as u32;
    let old = rustix::process::umask(rustix::fs::Mode::from_bits_truncate(mask));
    Ok(Value::Int(old.bits() as i64))
}

/// `putenv(key, value)`: minivm starts no child processes, so the change is kept for
/// `os.environ` (which `os` updates itself) and the process environment stays as it was.
fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "putenv", &args, 2, 2)?;
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "unsetenv", &args, 1, 1)?;
    Ok(Value::None)
}

fn device_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "device_encoding", &args, 1, 1)?;
    let fd = int_arg(vm, &args.pos()[0])?;
    let tty = with_fd(vm, fd, |f| Ok(rustix::termios::isatty(f))).unwrap_or(false);
    Ok(if tty { Value::str("UTF-8") } else { Value::None })
}

impl Vm {
    /// Takes ownership of a descriptor `posix.open` made; returns its number.
    pub fn adopt_fd(&mut self, fd: OwnedFd) -> i32 {
        use std::os::fd::AsRawFd;
        let n = fd.as_raw_fd();
        self.fds.insert(n, fd);
        n
    }
}
