//! `_contextvars`: context variables (PEP 567; after CPython's `Python/context.c`). The
//! classes are Python (`python/contextvars_types.py`): with one thread there is one current
//! context, and what the module does is bookkeeping around it, which reads best in Python.

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;

static TYPES: &[u8] = include_bytes!("python/contextvars_types.pyc");

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::native_util::run_python_half(vm, dict, "_contextvars", TYPES)
}
