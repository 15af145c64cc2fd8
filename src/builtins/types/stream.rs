//! Methods of the standard streams (`sys.stdout.write`, `sys.stdin.readline`, …). Output goes
//! through the VM's buffers, so it interleaves with `print` exactly as CPython's does.

use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::misc::{Object, Stream};
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("TextIOWrapper";
    "write" => write,
    "writelines" => writelines,
    "flush" => flush,
    "readline" => readline,
    "read" => read,
    "isatty" => isatty,
    "fileno" => fileno,
);

fn stream_of(v: &Value) -> Stream {
    match v {
        Value::Object(o) => match &**o {
            Object::Stream(s) => *s,
            _ => Stream::Stdout,
        },
        _ => Stream::Stdout,
    }
}

/// Writes text to stdout or stderr (stderr is unbuffered, as CPython's is line-buffered
/// and tests capture it whole).
pub fn write_text(vm: &mut Vm, stream: Stream, text: &str) -> PyResult<()> {
    match stream {
        Stream::Stdout => vm.stdout.write_str(text),
        Stream::Stderr => {
            vm.stderr.write_str(text);
            vm.stderr.flush();
        }
        Stream::Stdin => {
            return Err(vm.new_error(&vm.types.os_error.clone(), "not writable".into()));
        }
    }
    Ok(())
}

fn write(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "write", &args, 1, 1)?;
    let Value::Str(s) = &args.pos()[0] else {
        let typ = protocol::type_name(vm, &args.pos()[0]);
        return Err(vm.type_error(format!("write() argument must be str, not {typ}")));
    };
    write_text(vm, stream_of(this), s.as_str())?;
    Ok(Value::Int(s.as_str().chars().count() as i64))
}

fn writelines(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "writelines", &args, 1, 1)?;
    for line in protocol::collect(vm, &args.pos()[0])? {
        let Value::Str(s) = &line else {
            return Err(vm.type_error("write() argument must be str".into()));
        };
        write_text(vm, stream_of(this), s.as_str())?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "flush", &args, 0, 0)?;
    match stream_of(this) {
        Stream::Stdout => vm.stdout.flush(),
        Stream::Stderr => vm.stderr.flush(),
        Stream::Stdin => {}
    }
    Ok(Value::None)
}

fn readline(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "readline", &args, 0, 1)?;
    if stream_of(this) != Stream::Stdin {
        return Err(vm.new_error(&vm.types.os_error.clone(), "not readable".into()));
    }
    vm.stdout.flush();
    let mut line = String::new();
    let _ = std::io::stdin().read_line(&mut line);
    Ok(Value::str(&line))
}

fn read(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "read", &args, 0, 1)?;
    if stream_of(this) != Stream::Stdin {
        return Err(vm.new_error(&vm.types.os_error.clone(), "not readable".into()));
    }
    vm.stdout.flush();
    let mut text = String::new();
    let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text);
    Ok(Value::str(&text))
}

fn isatty(vm: &mut Vm, _this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "isatty", &args, 0, 0)?;
    Ok(Value::Bool(false))
}

fn fileno(vm: &mut Vm, this: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "fileno", &args, 0, 0)?;
    Ok(Value::Int(match stream_of(this) {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
    }))
}
