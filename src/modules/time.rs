//! `time`: the clocks (wall, monotonic, performance counter, process CPU time) in seconds as
//! floats and in nanoseconds as ints, and `sleep`.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", perf_counter),
            ("perf_counter_ns", perf_counter_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("sleep", sleep),
        ],
    );
    // The calendar functions (struct_time, gmtime, strftime, …) are Python, run here.
    static TYPES: &[u8] = include_bytes!("python/time_types.pyc");
    super::native_util::run_python_half(vm, dict, "time", TYPES)
}

fn wall_ns() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_nanos()
}

/// Nanoseconds on a monotonic clock, from the first time it was read in this process.
fn monotonic_nanos() -> u128 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos()
}

/// CPU time of this process, in nanoseconds: Linux reports it in `/proc/self/schedstat`;
/// elsewhere the monotonic clock stands in.
fn cpu_nanos() -> u128 {
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse::<u128>().ok()))
        .unwrap_or_else(monotonic_nanos)
}

fn seconds(ns: u128) -> Value {
    Value::Float(ns as f64 / 1e9)
}

fn nanos(ns: u128) -> Value {
    Value::from_bigint(num_bigint::BigInt::from(ns))
}

macro_rules! clocks {
    ($($name:ident, $name_ns:ident => $source:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                check_args(vm, concat!("time.", stringify!($name)), &args, 0, 0)?;
                Ok(seconds($source))
            }

            fn $name_ns(vm: &mut Vm, args: Args) -> PyResult<Value> {
                check_args(vm, concat!("time.", stringify!($name_ns)), &args, 0, 0)?;
                Ok(nanos($source))
            }
        )*
    };
}

clocks! {
    time, time_ns => wall_ns();
    monotonic, monotonic_ns => monotonic_nanos();
    perf_counter, perf_counter_ns => monotonic_nanos();
    process_time, process_time_ns => cpu_nanos();
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "time.sleep", &args, 1, 1)?;
    let v = &args.pos()[0];
    let secs = match v {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => protocol::to_f64(vm, v)?,
        other => {
            let typ = protocol::type_name(vm, other);
            return Err(vm.type_error(format!("'{typ}' object cannot be interpreted as an integer")));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)".into()));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative".into()));
    }
    vm.stdout.flush();
    std::thread::sleep(Duration::from_secs_f64(secs.min(1e9)));
    Ok(Value::None)
}
