//! Methods of generators: `send`, `throw`, `close`, `__next__`.

use std::rc::Rc;

use crate::interp::generator::{Generator, Resumed};
use crate::interp::{PyResult, Vm};
use crate::object::exception::PyErr;
use crate::object::function::{Args, NativeMethod};
use crate::object::misc::Object;
use crate::object::protocol::check_args;
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("generator";
    "send" => send, "throw" => throw, "close" => close, "__next__" => next,
);

fn this(v: &Value) -> PyResult<&Generator> {
    match v {
        Value::Object(o) => match &**o {
            Object::Generator(g) => Ok(g),
            _ => Err(PyErr::fault("generator method on a non-generator")),
        },
        _ => Err(PyErr::fault("generator method on a non-generator")),
    }
}

fn finish(vm: &mut Vm, r: Resumed) -> PyResult<Value> {
    match r {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(crate::builtins::functions::stop_with(vm, v)),
    }
}

fn send(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "send", &args, 1, 1)?;
    let r = vm.resume(this(g)?, args.pos()[0].clone(), None)?;
    finish(vm, r)
}

fn next(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__next__", &args, 0, 0)?;
    let r = vm.resume(this(g)?, Value::None, None)?;
    finish(vm, r)
}

fn throw(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "throw", &args, 1, 3)?;
    let exc = crate::interp::ops::exception::make_exception(vm, args.pos()[0].clone())?;
    let r = vm.resume(this(g)?, Value::None, Some(PyErr::Raised(Rc::clone(&exc))))?;
    finish(vm, r)
}

fn close(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "close", &args, 0, 0)?;
    vm.close_generator(this(g)?)?;
    Ok(Value::None)
}
