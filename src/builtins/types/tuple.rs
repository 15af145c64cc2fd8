//! Methods of `tuple` and `range`.

use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("tuple"; "index" => index, "count" => count);
pub static RANGE_METHODS: &[NativeMethod] = crate::methods!("range"; "index" => index, "count" => count);
pub static SLICE_METHODS: &[NativeMethod] = crate::methods!("slice"; "indices" => indices);

/// `slice.indices(length)`: the (start, stop, step) a sequence of that length would use.
fn indices(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "indices", &args, 1, 1)?;
    let len = protocol::to_i64(vm, &args.pos()[0])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative".into()));
    }
    let Value::Object(o) = s else {
        return Err(crate::object::exception::PyErr::fault("indices of a non-slice"));
    };
    let crate::object::misc::Object::Slice { start, stop, step } = &**o else {
        return Err(crate::object::exception::PyErr::fault("indices of a non-slice"));
    };
    let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
    let (i, j, k, _) = protocol::slice_indices(vm, &start, &stop, &step, len as usize)?;
    Ok(Value::tuple(vec![Value::Int(i), Value::Int(j), Value::Int(k)]))
}

/// `seq.index(x)`: the first position of an item equal to `x`.
fn index(vm: &mut Vm, seq: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "index", &args, 1, 3)?;
    let items = protocol::collect(vm, seq)?;
    let target = &args.pos()[0];
    for (i, x) in items.iter().enumerate() {
        if x.is(target) || protocol::eq(vm, x, target)? {
            return Ok(Value::Int(i as i64));
        }
    }
    let is_range = matches!(seq, Value::Object(_));
    if is_range {
        let r = protocol::repr(vm, target)?;
        return Err(vm.value_error(format!("{r} is not in range")));
    }
    Err(vm.value_error("tuple.index(x): x not in tuple".into()))
}

fn count(vm: &mut Vm, seq: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "count", &args, 1, 1)?;
    let items = protocol::collect(vm, seq)?;
    let mut n = 0;
    for x in &items {
        if x.is(&args.pos()[0]) || protocol::eq(vm, x, &args.pos()[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
