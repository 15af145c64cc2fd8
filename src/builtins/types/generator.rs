//! Methods of generators and coroutines (`send`, `throw`, `close`, `__next__`), of async
//! generators (`__anext__`, `asend`, `athrow`, `aclose`) and of the awaitables those return.

use std::rc::Rc;

use crate::interp::coroutine::{AsyncGenOp, AsyncOpKind, step};
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

pub static COROUTINE_METHODS: &[NativeMethod] = crate::methods!("coroutine";
    "send" => send, "throw" => throw, "close" => close, "__await__" => coroutine_await,
);

pub static ASYNC_GEN_METHODS: &[NativeMethod] = crate::methods!("async_generator";
    "__aiter__" => aiter, "__anext__" => anext, "asend" => asend, "athrow" => athrow, "aclose" => aclose,
);

pub static ASYNC_OP_METHODS: &[NativeMethod] = crate::methods!("async_generator_asend";
    "send" => op_send, "throw" => op_throw, "close" => op_close, "__next__" => op_next,
    "__await__" => await_self, "__iter__" => await_self,
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

fn coroutine_await(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__await__", &args, 0, 0)?;
    Ok(Value::object(Object::CoroutineWrapper(g.clone())))
}

fn await_self(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__await__", &args, 0, 0)?;
    Ok(g.clone())
}

fn aiter(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__aiter__", &args, 0, 0)?;
    Ok(g.clone())
}

fn anext(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__anext__", &args, 0, 0)?;
    Ok(AsyncGenOp::value(g.clone(), AsyncOpKind::Send(Value::None)))
}

fn asend(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "asend", &args, 1, 1)?;
    Ok(AsyncGenOp::value(g.clone(), AsyncOpKind::Send(args.pos()[0].clone())))
}

fn athrow(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "athrow", &args, 1, 3)?;
    Ok(AsyncGenOp::value(g.clone(), AsyncOpKind::Throw(args.pos()[0].clone())))
}

fn aclose(vm: &mut Vm, g: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "aclose", &args, 0, 0)?;
    Ok(AsyncGenOp::value(g.clone(), AsyncOpKind::Close))
}

fn this_op(v: &Value) -> PyResult<&AsyncGenOp> {
    match v {
        Value::Object(o) if let Object::AsyncGenOp(op) = &**o => Ok(op),
        _ => Err(PyErr::fault("async generator awaitable method on another object")),
    }
}

fn op_send(vm: &mut Vm, op: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "send", &args, 1, 1)?;
    let r = step(vm, this_op(op)?, args.pos()[0].clone(), None)?;
    finish(vm, r)
}

fn op_next(vm: &mut Vm, op: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "__next__", &args, 0, 0)?;
    let r = step(vm, this_op(op)?, Value::None, None)?;
    finish(vm, r)
}

fn op_throw(vm: &mut Vm, op: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "throw", &args, 1, 3)?;
    let exc = crate::interp::ops::exception::make_exception(vm, args.pos()[0].clone())?;
    let r = step(vm, this_op(op)?, Value::None, Some(PyErr::Raised(exc)))?;
    finish(vm, r)
}

fn op_close(vm: &mut Vm, op: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "close", &args, 0, 0)?;
    let _ = this_op(op)?;
    Ok(Value::None)
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
