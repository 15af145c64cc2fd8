//! `ast` trees between minivm and the compiler process (`compile(..., PyCF_ONLY_AST)` and
//! `compile(tree, ...)`).
//!
//! minivm parses nothing itself: the CPython 3.12 helper (`compiler_helper.py`) parses, and
//! sends the tree as nested tuples through marshal, `(class name, ((field, value), ...))` with
//! lists as lists. `_ast._from_tree` (in Python, `modules/python/_ast_base.py`) builds the node
//! objects from `_ast`'s classes; `_ast._to_tree` goes back, and this file marshals the result
//! so the helper can rebuild the tree with CPython's own classes and compile it.

use num_bigint::{BigInt, Sign};

use super::{PyResult, Vm};
use crate::object::misc::Object;
use crate::object::str::PyStr;
use crate::object::value::Value;

/// Deeper nesting than this is refused rather than risk the Rust stack (CPython's parser
/// stops far sooner).
const MAX_DEPTH: usize = 2000;

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
    let mut out = Vec::new();
    write_value(vm, &tree, &mut out, 0)?;
    Ok(Some(out))
}

/// Writes one value in marshal's format (version 4, without references), as the helper's
/// `marshal.loads` reads it. Only the types an `ast` tree holds are written.
fn write_value(vm: &mut Vm, value: &Value, out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
    if depth > MAX_DEPTH {
        let typ = vm.types.recursion_error.clone();
        return Err(vm.new_error(&typ, "maximum recursion depth exceeded during compilation".into()));
    }
    match value {
        Value::None => out.push(b'N'),
        Value::Bool(false) => out.push(b'F'),
        Value::Bool(true) => out.push(b'T'),
        Value::Ellipsis => out.push(b'.'),
        Value::Int(i) => match i32::try_from(*i) {
            Ok(small) => {
                out.push(b'i');
                out.extend_from_slice(&small.to_le_bytes());
            }
            Err(_) => write_long(&BigInt::from(*i), out),
        },
        Value::BigInt(b) => write_long(b, out),
        Value::Float(f) => {
            out.push(b'g');
            out.extend_from_slice(&f.to_le_bytes());
        }
        Value::Str(s) => write_sized(b'u', s.as_str().as_bytes(), out),
        Value::Tuple(t) => write_items(vm, b'(', t.items(), out, depth)?,
        Value::List(l) => {
            let items = l.to_vec();
            write_items(vm, b'[', &items, out, depth)?;
        }
        Value::Set(s) => {
            let items = s.items();
            write_items(vm, if s.frozen { b'>' } else { b'<' }, &items, out, depth)?;
        }
        Value::Object(o) => match &**o {
            Object::Bytes(b) => write_sized(b's', b, out),
            Object::Complex { re, im } => {
                out.push(b'y');
                out.extend_from_slice(&re.to_le_bytes());
                out.extend_from_slice(&im.to_le_bytes());
            }
            _ => return Err(invalid(vm, value)),
        },
        _ => return Err(invalid(vm, value)),
    }
    Ok(())
}

/// The TypeError CPython's compiler gives for a value no constant can hold.
fn invalid(vm: &mut Vm, value: &Value) -> crate::object::exception::PyErr {
    let t = crate::object::protocol::type_name(vm, value);
    vm.type_error(format!("got an invalid type in Constant: {t}"))
}

fn write_sized(tag: u8, bytes: &[u8], out: &mut Vec<u8>) {
    out.push(tag);
    out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(bytes);
}

fn write_items(vm: &mut Vm, tag: u8, items: &[Value], out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
    out.push(tag);
    out.extend_from_slice(&(items.len() as u32).to_le_bytes());
    for item in items {
        write_value(vm, item, out, depth + 1)?;
    }
    Ok(())
}

/// marshal's `long`: the digit count (negative for a negative number), then base-2**15 digits,
/// least significant first.
fn write_long(n: &BigInt, out: &mut Vec<u8>) {
    let (sign, words) = n.to_u32_digits();
    let magnitude = fifteen_bit_digits(&words);
    let count = magnitude.len() as i32;
    out.push(b'l');
    out.extend_from_slice(&(if sign == Sign::Minus { -count } else { count }).to_le_bytes());
    for digit in magnitude {
        out.extend_from_slice(&digit.to_le_bytes());
    }
}

/// Regroups 32-bit words (least significant first) into 15-bit digits, no leading zeros.
fn fifteen_bit_digits(words: &[u32]) -> Vec<u16> {
    let mut digits = Vec::new();
    let (mut acc, mut bits) = (0u64, 0u32);
    for &w in words {
        acc |= u64::from(w) << bits;
        bits += 32;
        while bits >= 15 {
            digits.push((acc & 0x7fff) as u16);
            acc >>= 15;
            bits -= 15;
        }
    }
    if bits > 0 {
        digits.push((acc & 0x7fff) as u16);
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    digits
}
