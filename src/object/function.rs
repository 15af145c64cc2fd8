//! Callables: Python functions (code plus globals, defaults and closure), builtin functions,
//! and builtin methods.

use std::cell::RefCell;
use std::rc::Rc;

use super::dict::Dict;
use super::str::PyStr;
use super::tuple::Tuple;
use super::value::Value;
use crate::interp::code::Code;
use crate::interp::{PyResult, Vm};

/// A function defined in Python (`MAKE_FUNCTION`).
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<Dict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// `__defaults__`: values for the last positional parameters.
    pub defaults: RefCell<Option<Rc<Tuple>>>,
    /// `__kwdefaults__`: values for keyword-only parameters.
    pub kwdefaults: RefCell<Option<Rc<Dict>>>,
    /// The cells for the code's free variables, in order.
    pub closure: Option<Rc<Tuple>>,
    pub annotations: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: Value,
    /// `__dict__`: attributes set on the function.
    pub attrs: Dict,
    /// CPython's `func_version`: assigned when a CALL site specialises on this function, and
    /// dropped (0) when its defaults change, so the site's cached version no longer matches.
    pub version: std::cell::Cell<u32>,
}

thread_local! {
    static NEXT_FUNC_VERSION: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

impl Function {
    /// The function's version, assigned on first request (`None` when versions ran out).
    pub fn version_for_now(&self) -> Option<u32> {
        if self.version.get() == 0 {
            self.version.set(super::next_version(&NEXT_FUNC_VERSION)?);
        }
        Some(self.version.get())
    }
}

/// Arguments to a native callable, borrowed from the caller's value stack: the positional
/// values, then one value per keyword name.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args { values, kwnames: &[] }
    }

    /// The positional arguments.
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> + 'a {
        let kwvalues = &self.values[self.values.len() - self.kwnames.len()..];
        self.kwnames.iter().zip(kwvalues).map(|(name, value)| match name {
            Value::Str(s) => (s.as_str(), value),
            _ => ("", value),
        })
    }

    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
}

pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;
pub type NativeMethodFn = fn(&mut Vm, &Value, Args<'_>) -> PyResult<Value>;

/// A builtin function, or a builtin method bound to its object.
pub struct Builtin {
    pub name: &'static str,
    /// The module a builtin function belongs to (`builtins`, `math`, …); for a bound method,
    /// the type that defines it.
    pub module: &'static str,
    pub kind: BuiltinKind,
}

pub enum BuiltinKind {
    Function(NativeFn),
    Bound(Value, &'static NativeMethod),
}

/// A method of a builtin type, defined once in a static table.
pub struct NativeMethod {
    pub name: &'static str,
    /// The type that defines it, by name, for reprs (`<method 'append' of 'list' objects>`).
    pub owner: &'static str,
    pub func: NativeMethodFn,
}
