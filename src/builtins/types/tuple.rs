//! Methods of `tuple` and `range`.

use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("tuple"; "index" => index, "count" => count);
pub static RANGE_METHODS: &[NativeMethod] = crate::methods!("range"; "index" => index, "count" => count);

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
