//! `sys`: the interpreter's state as a program sees it (argv, path, modules, the standard
//! streams, the recursion limit) and a few queries about the running system.

use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::{Exception, PyErr};
use crate::object::function::{Args, NativeMethod};
use crate::object::misc::Object;
use crate::object::protocol::{self, check_args};
use crate::object::str::PyStr;
use crate::object::types::Type;
use crate::object::value::Value;

/// The CPython release whose behaviour minivm reproduces.
const VERSION: (i64, i64, i64) = (3, 12, 1);

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "sys",
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("getsizeof", getsizeof),
            ("intern", intern),
            ("exc_info", exc_info),
            ("exception", exception),
            ("getdefaultencoding", getdefaultencoding),
            ("getfilesystemencoding", getdefaultencoding),
            ("audit", audit),
            ("_getframe", getframe_native),
            ("addaudithook", audit),
            ("getfilesystemencodeerrors", getfilesystemencodeerrors),
            ("displayhook", displayhook),
            ("__displayhook__", displayhook),
            ("excepthook", excepthook),
            ("__excepthook__", excepthook),
        ],
    );
    dict.set_str("argv", Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()));
    dict.set_str("orig_argv", Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()));
    dict.set_str("path", Value::List(vm.sys_path.clone()));
    dict.set_str("modules", Value::Dict(vm.modules.clone()));
    let streams = crate::modules::io::std_streams(vm)?;
    for (name, v) in ["stdin", "stdout", "stderr"].into_iter().zip(streams) {
        dict.set_str(name, v.clone());
        dict.set_str(&format!("__{name}__"), v);
    }
    let (major, minor, micro) = VERSION;
    dict.set_str("version", Value::str(&format!("{major}.{minor}.{micro} (minivm)")));
    let version_info = struct_seq(
        vm,
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![Value::Int(major), Value::Int(minor), Value::Int(micro), Value::str("final"), Value::Int(0)],
    )?;
    dict.set_str("version_info", version_info.clone());
    dict.set_str("hexversion", Value::Int((major << 24) | (minor << 16) | (micro << 8) | 0xf0));
    let implementation = crate::object::instance::Instance::new(simple_namespace(vm)?);
    implementation.set_str("name", Value::str("minivm"));
    implementation.set_str("cache_tag", Value::str("cpython-312"));
    implementation.set_str("version", version_info);
    dict.set_str("implementation", Value::Instance(Rc::new(implementation)));
    dict.set_str("maxsize", Value::Int(i64::MAX));
    dict.set_str("maxunicode", Value::Int(0x10ffff));
    dict.set_str("byteorder", Value::str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    dict.set_str("platform", Value::str(std::env::consts::OS));
    dict.set_str(
        "executable",
        Value::str(&std::env::current_exe().map_or(String::new(), |p| p.display().to_string())),
    );
    // Where CPython 3.12's standard library was found (`sys.prefix` and friends read as
    // python3.12's do); with none, the directory minivm runs from.
    let prefix = match &vm.stdlib {
        Some(lib) => lib.prefix.display().to_string(),
        None => std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.display().to_string()))
            .unwrap_or_default(),
    };
    for key in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        dict.set_str(key, Value::str(&prefix));
    }
    dict.set_str("platlibdir", Value::str("lib"));
    // What the import machinery and `warnings` read; minivm's importer is native, so the
    // hooks are empty lists here.
    dict.set_str("warnoptions", Value::list(vec![]));
    dict.set_str("_xoptions", Value::Dict(Rc::new(Dict::new())));
    dict.set_str("meta_path", Value::list(vec![]));
    dict.set_str("path_hooks", Value::list(vec![]));
    dict.set_str("path_importer_cache", Value::Dict(Rc::new(Dict::new())));
    dict.set_str("pycache_prefix", Value::None);
    dict.set_str("abiflags", Value::str(""));
    dict.set_str("float_repr_style", Value::str("short"));
    dict.set_str("api_version", Value::Int(1013));
    let dont_write = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let mut flag_values: Vec<Value> = flag_names.iter().map(|_| Value::Int(0)).collect();
    flag_values[4] = Value::Int(dont_write as i64);
    flag_values[13] = Value::Bool(false);
    flag_values[16] = Value::Bool(false);
    flag_values[17] = Value::Int(4300);
    let flags = struct_seq(vm, "flags", &flag_names, flag_values)?;
    dict.set_str("flags", flags);
    let hash_info = struct_seq(
        vm,
        "hash_info",
        &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
        vec![
            Value::Int(64),
            Value::Int((1 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            Value::str("siphash13"),
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    )?;
    dict.set_str("hash_info", hash_info);
    let stdlib_names = crate::object::set::Set::new(true);
    for name in super::stdlib_names::NAMES {
        stdlib_names.add(protocol::key(vm, &Value::str(name))?);
    }
    dict.set_str("stdlib_module_names", Value::Set(Rc::new(stdlib_names)));
    dict.set_str("dont_write_bytecode", Value::Bool(std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some()));
    let builtin_names = super::builtin_names().into_iter().map(Value::str).collect();
    dict.set_str("builtin_module_names", Value::tuple(builtin_names));
    let float_info = struct_seq(
        vm,
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(1024),
            Value::Int(308),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(-1021),
            Value::Int(-307),
            Value::Int(15),
            Value::Int(53),
            Value::Float(f64::EPSILON),
            Value::Int(2),
            Value::Int(1),
        ],
    )?;
    dict.set_str("float_info", float_info);
    let int_info = struct_seq(
        vm,
        "int_info",
        &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
        vec![Value::Int(30), Value::Int(4), Value::Int(4300), Value::Int(640)],
    )?;
    dict.set_str("int_info", int_info);
    Ok(())
}

/// A class like CPython's struct sequences (`sys.version_info`): a tuple whose items are also
/// attributes, with a repr that names them.
pub fn struct_seq(vm: &mut Vm, name: &str, fields: &[&str], values: Vec<Value>) -> PyResult<Value> {
    let ns = Dict::new();
    ns.set_str("__module__", Value::str("sys"));
    ns.set_str("__qualname__", Value::str(name));
    ns.set_str("n_fields", Value::Int(fields.len() as i64));
    ns.set_str("_fields", Value::tuple(fields.iter().map(|f| Value::str(f)).collect()));
    ns.set_str("__repr__", Value::NativeMethod(&STRUCT_SEQ_REPR));
    let class = crate::object::class::new_class(vm, name, vec![vm.types.tuple.clone()], &ns)?;
    let instance = crate::object::instance::Instance::with_base(class, Value::tuple(values.clone()));
    for (field, value) in fields.iter().zip(values) {
        instance.set_str(field, value);
    }
    Ok(Value::Instance(Rc::new(instance)))
}

static STRUCT_SEQ_REPR: NativeMethod =
    NativeMethod { name: "__repr__", owner: "structseq", func: struct_seq_repr };

fn struct_seq_repr(vm: &mut Vm, this: &Value, _args: Args) -> PyResult<Value> {
    let Value::Instance(inst) = this else { return Ok(Value::str("")) };
    let fields = match inst.typ().dict.get_str(&PyStr::new("_fields")) {
        Some(f) => protocol::collect(vm, &f)?,
        None => vec![],
    };
    let mut parts = Vec::new();
    for field in fields {
        let Value::Str(name) = &field else { continue };
        let value = inst.get(name).unwrap_or(Value::None);
        parts.push(format!("{}={}", name.as_str(), protocol::repr(vm, &value)?));
    }
    Ok(Value::str(&format!("{}.{}({})", inst.typ().module, inst.typ().name, parts.join(", "))))
}

/// `types.SimpleNamespace`, for `sys.implementation`.
/// `types.SimpleNamespace`, the class of `sys.implementation` (written in Python, in
/// `python/sys_types.py`).
fn simple_namespace(vm: &mut Vm) -> PyResult<Rc<Type>> {
    static TYPES: &[u8] = include_bytes!("python/sys_types.pyc");
    let namespace = Rc::new(Dict::new());
    namespace.set_str("__name__", Value::str("sys"));
    namespace.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    let code = match crate::loader::load_pyc(TYPES) {
        Ok(pyc) => pyc.code,
        Err(e) => return Err(vm.import_error(&format!("minivm's sys module is damaged: {e}"))),
    };
    vm.exec_code(code, namespace.clone())?;
    match namespace.get_str(&PyStr::new("SimpleNamespace")) {
        Some(Value::Type(t)) => Ok(t),
        _ => Err(vm.import_error("minivm's sys module is damaged: no SimpleNamespace")),
    }
}

/// `sys.exit([status])`: raises SystemExit.
/// `sys.excepthook(type, value, traceback)`: prints the exception's traceback to stderr, as
/// an uncaught exception's is printed.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "excepthook", &args, 3, 3)?;
    match &args.pos()[1] {
        Value::Exception(e) => {
            let text = crate::interp::traceback::format_exception(vm, e);
            vm.stdout.flush();
            vm.stderr.write_str(&text);
            vm.stderr.flush();
        }
        other => {
            let text = crate::object::protocol::str(vm, other)?;
            let name = crate::object::protocol::type_name(vm, other);
            vm.stderr.write_str(&format!(
                "TypeError: print_exception(): Exception expected for value, {name} found\n{text}\n"
            ));
        }
    }
    Ok(Value::None)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "exit", &args, 0, 1)?;
    let exc = Exception::new(vm.types.system_exit.clone(), args.pos().to_vec());
    Err(PyErr::Raised(Rc::new(exc)))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sys.getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sys.setrecursionlimit", &args, 1, 1)?;
    let limit = match &args.pos()[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        other => {
            let typ = protocol::type_name(vm, other);
            return Err(vm.type_error(format!("'{typ}' object cannot be interpreted as an integer")));
        }
    };
    if limit < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1".into()));
    }
    if (limit as usize) <= vm.depth {
        return Err(vm.new_error(
            &vm.types.recursion_error.clone(),
            format!(
                "cannot set the recursion limit to {limit} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    vm.recursion_limit = limit as usize;
    Ok(Value::None)
}

/// `sys.getsizeof(obj)`: what CPython 3.12 on a 64-bit machine reports for the object's layout.
fn getsizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getsizeof", &args, 1, 2)?;
    let v = &args.pos()[0];
    let size = match v {
        Value::None => 16,
        Value::Bool(_) => 28,
        Value::Int(i) => int_size(i.unsigned_abs() as u128),
        Value::BigInt(b) => 24 + 4 * b.bits().div_ceil(30) as usize,
        Value::Float(_) => 24,
        Value::Str(s) => {
            let text = s.as_str();
            let width = text.chars().map(|c| c as u32).max().map_or(0, |m| match m {
                0..=0x7f => 0,
                0x80..=0xff => 1,
                0x100..=0xffff => 2,
                _ => 4,
            });
            let n = text.chars().count();
            if width == 0 { 40 + n + 1 } else { 56 + (n + 1) * width }
        }
        Value::Tuple(t) => 40 + 8 * t.len(),
        Value::List(l) => 56 + 8 * l.borrow().len(),
        Value::Dict(d) => dict_size(d.len(), d.keys().iter().all(|k| matches!(k, Value::Str(_)))),
        Value::Set(s) => set_size(s.len()),
        Value::Object(o) => match &**o {
            Object::Bytes(b) => 33 + b.len(),
            Object::ByteArray(b) => 57 + b.borrow().len(),
            Object::Range(_) => 48,
            Object::Complex { .. } => 32,
            _ => 56,
        },
        Value::Instance(_) => 56,
        Value::Function(_) => 160,
        Value::Type(_) => 1072,
        _ => 56,
    };
    Ok(Value::Int(size as i64))
}

fn int_size(magnitude: u128) -> usize {
    let mut digits = 1;
    let mut m = magnitude >> 30;
    while m > 0 {
        digits += 1;
        m >>= 30;
    }
    24 + 4 * digits
}

/// A dict's size: the object, plus its keys table when it has items.
fn dict_size(len: usize, str_keys: bool) -> usize {
    if len == 0 {
        return 64;
    }
    let mut size = 8usize;
    while size * 2 / 3 < len {
        size *= 2;
    }
    let usable = size * 2 / 3;
    let index_bytes = match size {
        0..=128 => 1,
        129..=32768 => 2,
        _ => 4,
    };
    let entry = if str_keys { 16 } else { 24 };
    64 + 32 + size * index_bytes + usable * entry
}

fn set_size(len: usize) -> usize {
    let mut table = 8usize;
    while len * 5 >= table * 3 {
        table *= 4;
    }
    200 + 16 + if table > 8 { table * 16 } else { 0 }
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sys.intern", &args, 1, 1)?;
    match &args.pos()[0] {
        s @ Value::Str(_) => Ok(s.clone()),
        other => {
            let typ = protocol::type_name(vm, other);
            Err(vm.type_error(format!("intern() argument must be str, not {typ}")))
        }
    }
}

/// `(type, value, traceback)` of the exception being handled, or three Nones.
fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sys.exc_info", &args, 0, 0)?;
    Ok(match vm.handled.clone() {
        Value::Exception(e) => {
            let tb =
                crate::object::attr::getattr(vm, &Value::Exception(e.clone()), &PyStr::new("__traceback__"))?;
            Value::tuple(vec![Value::Type(e.typ.clone()), Value::Exception(e), tb])
        }
        _ => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sys.exception", &args, 0, 0)?;
    Ok(match vm.handled.clone() {
        e @ Value::Exception(_) => e,
        _ => Value::None,
    })
}

/// `sys._getframe` called from native code (no Python caller at hand); a call from Python
/// goes through `CALL`, which passes the calling frame (`builtins::functions::reads_frame`).
fn getframe_native(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.value_error("call stack is not deep enough".into()))
}

/// `sys.audit(event, *args)` and `sys.addaudithook(hook)`: minivm raises no audit events.
fn audit(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn getfilesystemencodeerrors(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sys.getfilesystemencodeerrors", &args, 0, 0)?;
    Ok(Value::str("surrogateescape"))
}

/// `sys.displayhook(value)`: what `exec` of a `'single'` compilation does with each
/// expression statement's value: prints its repr and keeps it as `builtins._`.
fn displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "displayhook", &args, 1, 1)?;
    let value = &args.pos()[0];
    if value.is_none() {
        return Ok(Value::None);
    }
    vm.builtins.set_str("_", Value::None);
    let text = protocol::repr(vm, value)?;
    let print = vm.builtins.get_str(&PyStr::new("print")).unwrap_or(Value::None);
    vm.call(&print, &[Value::str(&text)], &[])?;
    vm.builtins.set_str("_", value.clone());
    Ok(Value::None)
}

fn getdefaultencoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sys.getdefaultencoding", &args, 0, 0)?;
    Ok(Value::str("utf-8"))
}
