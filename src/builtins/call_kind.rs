//! The calling conventions of CPython's builtins (`METH_O`, `METH_FASTCALL`, …), which decide
//! the native forms of `CALL`. The facts come from python3.12 (`cpython_calls.rs`, generated).

use super::cpython_calls::{FUNCTIONS, METHODS, VECTORCALL_CLASSES};

/// A `PyMethodDef`'s convention, as far as specialisation cares.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CallKind {
    /// `METH_O`: exactly one argument.
    O,
    /// `METH_FASTCALL`: positional arguments in a vector.
    Fast,
    /// `METH_FASTCALL | METH_KEYWORDS`.
    FastKeywords,
    /// `METH_NOARGS`: no argument but self.
    NoArgs,
    /// `METH_VARARGS` and the rest: never specialised.
    Other,
}

impl CallKind {
    /// The `ml_flags` it stands for, as CPython spells them.
    pub fn flags(self) -> &'static str {
        match self {
            CallKind::O => "METH_O",
            CallKind::Fast => "METH_FASTCALL",
            CallKind::FastKeywords => "METH_FASTCALL|METH_KEYWORDS",
            CallKind::NoArgs => "METH_NOARGS",
            CallKind::Other => "METH_VARARGS",
        }
    }
}

fn find(table: &[(&str, &str, CallKind)], owner: &str, name: &str) -> Option<CallKind> {
    table.binary_search_by(|(o, n, _)| (*o, *n).cmp(&(owner, name))).ok().map(|i| table[i].2)
}

/// The convention of builtin function `name` of module `module`.
pub fn function(module: &str, name: &str) -> Option<CallKind> {
    find(FUNCTIONS, module, name)
}

/// The convention of method `name` of builtin type `owner` (a method descriptor).
pub fn method(owner: &str, name: &str) -> Option<CallKind> {
    find(METHODS, owner, name)
}

/// Whether calls of builtin class `name` specialise to `CALL_BUILTIN_CLASS`.
pub fn vectorcall_class(name: &str) -> bool {
    VECTORCALL_CLASSES.binary_search(&name).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_binary_search() {
        assert!(FUNCTIONS.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
        assert!(METHODS.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
        assert!(VECTORCALL_CLASSES.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(function("builtins", "len"), Some(CallKind::O));
        assert_eq!(method("list", "append"), Some(CallKind::O));
        assert_eq!(method("str", "upper"), Some(CallKind::NoArgs));
        assert!(vectorcall_class("list") && !vectorcall_class("int"));
    }
}
