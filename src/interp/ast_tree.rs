//! `ast` trees between minivm and the compiler process (`compile(..., PyCF_ONLY_AST)` and
//! `compile(tree, ...)`).
//!
//! minivm parses nothing itself: the CPython 3.12 helper (`compiler_helper.py`) parses, and
//! sends the tree as nested tuples through marshal, `(class name, ((field, value), ...))` with
//! lists as lists. `_ast._from_tree` (in Python, `modules/python/_ast_base.py`) builds the node
//! objects from `_ast`'s classes; `_ast._to_tree` goes back, and this file marshals the result
//! so the helper can rebuild the tree with CPython's own classes and compile it.

use super::{PyResult, Vm};
use crate::modules::marshal::{self, Refused};
use crate::object::str::PyStr;
use crate::object::value::Value;

/// Calls `_ast.NAME(arg)`.
fn call_ast(vm: &mut Vm, name: &str, arg: Value) -> PyResult<Value> {
    let module = vm.import_module("_ast")?;
    let function = crate::object::attr::getattr(vm, &module, &PyStr::new(name))?;
    vm.call(&function, &[arg], &[])
}

/// The node objects for a tree the helper sent.
pub fn from_tree(vm: &mut Vm, tree: Value) -> PyResult<Value> {
    call_ast(vm, "_from_tree", tree)
}

/// `source` marshalled as a tree for the helper, or `None` when it is no `ast.AST` node.
pub fn to_tree_bytes(vm: &mut Vm, source: &Value) -> PyResult<Option<Vec<u8>>> {
    let tree = call_ast(vm, "_to_tree", source.clone())?;
    if tree.is_none() {
        return Ok(None);
    }
    match marshal::dumps(&tree) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(Refused::Unmarshallable(value)) => {
            let t = crate::object::protocol::type_name(vm, &value);
            Err(vm.type_error(format!("got an invalid type in Constant: {t}")))
        }
        Err(Refused::TooDeep) => {
            let typ = vm.types.recursion_error.clone();
            Err(vm.new_error(&typ, "maximum recursion depth exceeded during compilation".into()))
        }
    }
}
