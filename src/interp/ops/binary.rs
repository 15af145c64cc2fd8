//! Operators: unary, binary, comparisons, identity, membership and subscripts. The
//! semantics are the object protocols'; these handlers move the operands.

use super::Flow;
use crate::interp::{Frame, PyResult, Vm, adaptive};
use crate::object::exception::PyErr;
use crate::object::protocol::{self, CompareOp};
use crate::object::value::Value;
use crate::opcode::Opcode;
use std::cell::Cell;

pub fn unary_negative(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let v = frame.pop()?;
    let r = protocol::neg(vm, &v)?;
    frame.push(r)?;
    Ok(Flow::Continue)
}

pub fn unary_not(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let v = frame.pop()?;
    let r = !protocol::truthy(vm, &v)?;
    frame.push(Value::Bool(r))?;
    Ok(Flow::Continue)
}

pub fn unary_invert(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let v = frame.pop()?;
    let r = protocol::invert(vm, &v)?;
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `(left, right -- left op right)`, the adaptive generic form: in quickened code it counts
/// down in its cache and, at zero, specialises; then it does the generic work. Ints that fit
/// take a fast path without a call.
pub fn binary_op(vm: &mut Vm, frame: &mut Frame, op: u32) -> PyResult<Flow> {
    if let Some(form) = adaptive::adapt(frame, Opcode::BinaryOp, |f| specialize_binary_op(f, op)) {
        return run_binary_form(vm, frame, form, op);
    }
    generic_binary_op(vm, frame, op)
}

/// The specialised form of BINARY_OP for the operands on the stack, as CPython 3.12 chooses:
/// `+`, `-` and `*` (and their in-place forms) on two exact ints or two exact floats, and `+`
/// on two strs.
fn specialize_binary_op(frame: &Frame, op: u32) -> Option<Opcode> {
    let (left, right) = (frame.top(1).ok()?, frame.top(0).ok()?);
    let ints = is_exact_int(left) && is_exact_int(right);
    let floats = matches!((left, right), (Value::Float(_), Value::Float(_)));
    let strs = matches!((left, right), (Value::Str(_), Value::Str(_)));
    Some(match op {
        NB_ADD | NB_INPLACE_ADD if ints => Opcode::BinaryOpAddInt,
        NB_ADD | NB_INPLACE_ADD if floats => Opcode::BinaryOpAddFloat,
        NB_ADD | NB_INPLACE_ADD if strs && next_stores_left(frame) => Opcode::BinaryOpInplaceAddUnicode,
        NB_ADD | NB_INPLACE_ADD if strs => Opcode::BinaryOpAddUnicode,
        NB_SUBTRACT | NB_INPLACE_SUBTRACT if ints => Opcode::BinaryOpSubtractInt,
        NB_SUBTRACT | NB_INPLACE_SUBTRACT if floats => Opcode::BinaryOpSubtractFloat,
        NB_MULTIPLY | NB_INPLACE_MULTIPLY if ints => Opcode::BinaryOpMultiplyInt,
        NB_MULTIPLY | NB_INPLACE_MULTIPLY if floats => Opcode::BinaryOpMultiplyFloat,
        _ if adaptive::allowed(Opcode::BinaryOpExtend) && extend_applies(left, right, op) => {
            Opcode::BinaryOpExtend
        }
        _ => {
            adaptive::because(|| {
                let symbol = crate::opcode::NB_OPS.get(op as usize).map_or("?", |o| o.1);
                let (l, r) = (adaptive::value_type_name(left), adaptive::value_type_name(right));
                if l != r {
                    format!("operand types differ ({l}, {r})")
                } else {
                    format!("no form for {l} {symbol} {r}")
                }
            });
            return None;
        }
    })
}

/// The operator of an in-place BINARY_OP as the plain one (`+=` as `+`).
#[inline]
fn plain_operator(op: u32) -> u32 {
    if op >= NB_INPLACE_ADD { op - NB_INPLACE_ADD } else { op }
}

/// The operand types and operators `BINARY_OP_EXTEND` covers (as CPython 3.14's does, and a
/// few more): int bitwise, floor division, remainder and shifts; true division of floats or
/// of ints exactly representable as floats; int and float mixed in `+ - * /`.
fn extend_applies(left: &Value, right: &Value, op: u32) -> bool {
    let op = plain_operator(op);
    match (left, right) {
        (Value::Int(_), Value::Int(_)) => {
            matches!(
                op,
                NB_AND
                    | NB_OR
                    | NB_XOR
                    | NB_FLOOR_DIVIDE
                    | NB_REMAINDER
                    | NB_LSHIFT
                    | NB_RSHIFT
                    | NB_TRUE_DIVIDE
            )
        }
        (Value::Float(_), Value::Float(_)) => op == NB_TRUE_DIVIDE,
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => {
            matches!(op, NB_ADD | NB_SUBTRACT | NB_MULTIPLY | NB_TRUE_DIVIDE)
        }
        _ => false,
    }
}

/// The result of `BINARY_OP_EXTEND`'s operation when it needs nothing but arithmetic on the
/// two values: `None` for anything else (another type, a zero divisor, an overflow, a
/// negative shift), which the generic instruction handles with CPython's errors.
#[inline]
fn extend_fast(left: &Value, right: &Value, op: u32) -> Option<Value> {
    /// Ints up to 2**53 convert to floats exactly, so their quotient rounds once, as CPython's.
    const EXACT: i64 = 1 << 53;
    let op = plain_operator(op);
    Some(match (left, right) {
        (Value::Int(a), Value::Int(b)) => {
            let (a, b) = (*a, *b);
            Value::Int(match op {
                NB_AND => a & b,
                NB_OR => a | b,
                NB_XOR => a ^ b,
                NB_FLOOR_DIVIDE => {
                    let q = a.checked_div(b)?;
                    if a % b != 0 && (a < 0) != (b < 0) { q - 1 } else { q }
                }
                NB_REMAINDER => {
                    let r = a.checked_rem(b)?;
                    if r != 0 && (r < 0) != (b < 0) { r + b } else { r }
                }
                NB_LSHIFT if (0..63).contains(&b) => {
                    let r = a << b;
                    if r >> b != a {
                        return None;
                    }
                    r
                }
                NB_RSHIFT if b >= 0 => a >> b.min(63),
                NB_TRUE_DIVIDE if b != 0 && a.abs() <= EXACT && b.abs() <= EXACT => {
                    return Some(Value::Float(a as f64 / b as f64));
                }
                _ => return None,
            })
        }
        (Value::Float(a), Value::Float(b)) if op == NB_TRUE_DIVIDE && *b != 0.0 => Value::Float(a / b),
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => {
            let as_float = |v: &Value| match v {
                Value::Int(i) => *i as f64,
                Value::Float(f) => *f,
                _ => 0.0,
            };
            let (a, b) = (as_float(left), as_float(right));
            Value::Float(match op {
                NB_ADD => a + b,
                NB_SUBTRACT => a - b,
                NB_MULTIPLY => a * b,
                NB_TRUE_DIVIDE if b != 0.0 => a / b,
                _ => return None,
            })
        }
        _ => return None,
    })
}

/// `BINARY_OP_EXTEND` (minivm extension, after CPython 3.14): the operation computed in place
/// when `extend_fast` can; anything else is a miss.
pub fn binary_op_extend(vm: &mut Vm, frame: &mut Frame, op: u32) -> PyResult<Flow> {
    let len = frame.stack.len();
    if len >= 2
        && let Some(r) = extend_fast(&frame.stack[len - 2], &frame.stack[len - 1], op)
    {
        frame.stack.pop();
        frame.stack[len - 2] = r;
        return Ok(Flow::Continue);
    }
    binary_op(vm, frame, op)
}

/// `BINARY_OP` operators (the oparg; `opcode::NB_OPS` has their names).
const NB_ADD: u32 = 0;
const NB_AND: u32 = 1;
const NB_FLOOR_DIVIDE: u32 = 2;
const NB_LSHIFT: u32 = 3;
const NB_MULTIPLY: u32 = 5;
const NB_REMAINDER: u32 = 6;
const NB_OR: u32 = 7;
const NB_RSHIFT: u32 = 9;
const NB_SUBTRACT: u32 = 10;
const NB_TRUE_DIVIDE: u32 = 11;
const NB_XOR: u32 = 12;
const NB_INPLACE_ADD: u32 = 13;
const NB_INPLACE_MULTIPLY: u32 = 18;
const NB_INPLACE_SUBTRACT: u32 = 23;

/// An int and not a bool (CPython's `PyLong_CheckExact`).
#[inline]
fn is_exact_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_))
}

/// The instruction after this BINARY_OP (and its cache) is `STORE_FAST` (or its fused
/// `STORE_FAST__LOAD_FAST`) into the local that holds the left operand: `s += t` on a local str.
fn next_stores_left(frame: &Frame) -> bool {
    let Some(next) = frame.code.units.get(frame.ip).map(Cell::get) else { return false };
    let op = (next & 0xff) as u8;
    if op != Opcode::StoreFast as u8 && op != Opcode::StoreFastLoadFast as u8 {
        return false;
    }
    match (frame.local((next >> 8) as u32), frame.top(1)) {
        (Ok(local), Ok(left)) => local.is(left),
        _ => false,
    }
}

fn run_binary_form(vm: &mut Vm, frame: &mut Frame, form: Opcode, op: u32) -> PyResult<Flow> {
    match form {
        Opcode::BinaryOpAddInt => add_int(vm, frame, op),
        Opcode::BinaryOpSubtractInt => subtract_int(vm, frame, op),
        Opcode::BinaryOpMultiplyInt => multiply_int(vm, frame, op),
        Opcode::BinaryOpAddFloat => add_float(vm, frame, op),
        Opcode::BinaryOpSubtractFloat => subtract_float(vm, frame, op),
        Opcode::BinaryOpMultiplyFloat => multiply_float(vm, frame, op),
        Opcode::BinaryOpAddUnicode => add_unicode(vm, frame, op),
        Opcode::BinaryOpInplaceAddUnicode => inplace_add_unicode(vm, frame, op),
        Opcode::BinaryOpExtend => binary_op_extend(vm, frame, op),
        _ => generic_binary_op(vm, frame, op),
    }
}

/// `BINARY_OP_ADD_INT` and friends on two exact ints: a fast path for ints that fit in 64
/// bits, the int protocol for the rest. Any other operands are a miss: the adaptive generic
/// instruction runs instead.
macro_rules! int_form {
    ($name:ident, $checked:ident, $nb:expr) => {
        pub fn $name(vm: &mut Vm, frame: &mut Frame, op: u32) -> PyResult<Flow> {
            // The common case first: two ints that fit, and a result that fits, written over
            // the left operand in place.
            let len = frame.stack.len();
            if len >= 2
                && let (Value::Int(a), Value::Int(b)) = (&frame.stack[len - 2], &frame.stack[len - 1])
                && let Some(r) = a.$checked(*b)
            {
                frame.stack.pop();
                frame.stack[len - 2] = Value::Int(r);
                return Ok(Flow::Continue);
            }
            let (Ok(left), Ok(right)) = (frame.top(1), frame.top(0)) else { return binary_op(vm, frame, op) };
            if !is_exact_int(left) || !is_exact_int(right) {
                return binary_op(vm, frame, op);
            }
            let right = frame.pop()?;
            let left = frame.pop()?;
            let r = match (&left, &right) {
                (Value::Int(a), Value::Int(b)) => match a.$checked(*b) {
                    Some(r) => Value::Int(r),
                    None => protocol::binary_op(vm, &left, &right, $nb)?,
                },
                _ => protocol::binary_op(vm, &left, &right, $nb)?,
            };
            frame.push(r)?;
            Ok(Flow::Continue)
        }
    };
}

int_form!(add_int, checked_add, NB_ADD);
int_form!(subtract_int, checked_sub, NB_SUBTRACT);
int_form!(multiply_int, checked_mul, NB_MULTIPLY);

/// `BINARY_OP_ADD_FLOAT` and friends on two exact floats.
macro_rules! float_form {
    ($name:ident, $op:tt) => {
        pub fn $name(vm: &mut Vm, frame: &mut Frame, op: u32) -> PyResult<Flow> {
            let len = frame.stack.len();
            if len >= 2
                && let (Value::Float(a), Value::Float(b)) = (&frame.stack[len - 2], &frame.stack[len - 1])
            {
                let r = *a $op *b;
                frame.stack.pop();
                frame.stack[len - 2] = Value::Float(r);
                return Ok(Flow::Continue);
            }
            binary_op(vm, frame, op)
        }
    };
}

float_form!(add_float, +);
float_form!(subtract_float, -);
float_form!(multiply_float, *);

/// `BINARY_OP_ADD_UNICODE`: two exact strs.
pub fn add_unicode(vm: &mut Vm, frame: &mut Frame, op: u32) -> PyResult<Flow> {
    if !matches!((frame.top(1), frame.top(0)), (Ok(Value::Str(_)), Ok(Value::Str(_)))) {
        return binary_op(vm, frame, op);
    }
    let right = frame.pop()?;
    let left = frame.pop()?;
    let r = protocol::binary_op(vm, &left, &right, NB_ADD)?;
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `BINARY_OP_INPLACE_ADD_UNICODE`: `s += t` where `s` is a local str; the result goes
/// straight into the local and the `STORE_FAST` after it is skipped.
pub fn inplace_add_unicode(vm: &mut Vm, frame: &mut Frame, op: u32) -> PyResult<Flow> {
    let fits = matches!((frame.top(1), frame.top(0)), (Ok(Value::Str(_)), Ok(Value::Str(_))))
        && next_stores_left(frame);
    if !fits {
        return binary_op(vm, frame, op);
    }
    let target = frame.code.units.get(frame.ip).map_or(0, |u| (u.get() >> 8) as u32);
    let right = frame.pop()?;
    let left = frame.pop()?;
    let r = protocol::binary_op(vm, &left, &right, NB_ADD)?;
    drop(left);
    *frame.local_mut(target)? = r;
    frame.ip += 1;
    Ok(Flow::Continue)
}

/// The generic work of BINARY_OP, without the counter.
fn generic_binary_op(vm: &mut Vm, frame: &mut Frame, op: u32) -> PyResult<Flow> {
    let right = frame.pop()?;
    let left = frame.pop()?;
    let r = match (&left, &right, op) {
        (Value::Int(a), Value::Int(b), 0 | 13) if a.checked_add(*b).is_some() => Value::Int(a + b),
        (Value::Int(a), Value::Int(b), 10 | 23) if a.checked_sub(*b).is_some() => Value::Int(a - b),
        (Value::Float(a), Value::Float(b), 0 | 13) => Value::Float(a + b),
        _ => protocol::binary_op(vm, &left, &right, op)?,
    };
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `(left, right -- left op right)`, adaptive: two compact ints, two floats, or two strs
/// compared with `==`/`!=` specialise.
pub fn compare_op(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    if let Some(form) = adaptive::adapt(frame, Opcode::CompareOp, |f| specialize_compare_op(f, arg)) {
        return match form {
            Opcode::CompareOpInt => compare_op_int(vm, frame, arg),
            Opcode::CompareOpFloat => compare_op_float(vm, frame, arg),
            _ => compare_op_str(vm, frame, arg),
        };
    }
    generic_compare_op(vm, frame, arg)
}

fn specialize_compare_op(frame: &Frame, arg: u32) -> Option<Opcode> {
    match (frame.top(1).ok()?, frame.top(0).ok()?) {
        (Value::Int(a), Value::Int(b)) if compact(*a) && compact(*b) => Some(Opcode::CompareOpInt),
        (Value::Float(_), Value::Float(_)) => Some(Opcode::CompareOpFloat),
        (Value::Str(_), Value::Str(_)) if matches!(arg >> 4, 2 | 3) => Some(Opcode::CompareOpStr),
        (left, right) => {
            adaptive::because(|| {
                let (l, r) = (adaptive::value_type_name(left), adaptive::value_type_name(right));
                let op = crate::opcode::CMP_OPS.get((arg >> 4) as usize).copied().unwrap_or("?");
                match (left, right) {
                    (Value::Int(_) | Value::BigInt(_), Value::Int(_) | Value::BigInt(_)) => {
                        "an int that does not fit in one 30-bit digit".to_string()
                    }
                    (Value::Str(_), Value::Str(_)) => {
                        format!("strs compared with {op} (only == and != have a form)")
                    }
                    _ if l != r => format!("operand types differ ({l}, {r})"),
                    _ => format!("no form for {l} {op} {r}"),
                }
            });
            None
        }
    }
}

/// An int CPython stores in one 30-bit digit (its specialisations require one).
#[inline]
fn compact(i: i64) -> bool {
    i.unsigned_abs() < 1 << 30
}

fn compare_result<T: PartialOrd>(op: CompareOp, a: T, b: T) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}

/// A form's hit: the two operands on top (checked present) become `result`, written over the
/// left one.
#[inline]
fn replace_pair(frame: &mut Frame, result: Value) -> PyResult<Flow> {
    let len = frame.stack.len();
    frame.stack.pop();
    frame.stack[len - 2] = result;
    Ok(Flow::Continue)
}

/// `COMPARE_OP_INT`: two compact ints.
pub fn compare_op_int(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let len = frame.stack.len();
    if len >= 2
        && let (Value::Int(a), Value::Int(b)) = (&frame.stack[len - 2], &frame.stack[len - 1])
        && compact(*a)
        && compact(*b)
        && let Some(op) = CompareOp::from_oparg(arg)
    {
        let r = compare_result(op, *a, *b);
        return replace_pair(frame, Value::Bool(r));
    }
    compare_op(vm, frame, arg)
}

/// `COMPARE_OP_FLOAT`: two floats.
pub fn compare_op_float(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let len = frame.stack.len();
    if len >= 2
        && let (Value::Float(a), Value::Float(b)) = (&frame.stack[len - 2], &frame.stack[len - 1])
        && let Some(op) = CompareOp::from_oparg(arg)
    {
        let r = compare_result(op, *a, *b);
        return replace_pair(frame, Value::Bool(r));
    }
    compare_op(vm, frame, arg)
}

/// `COMPARE_OP_STR`: two strs, `==` or `!=`.
pub fn compare_op_str(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let equal = match (frame.top(1), frame.top(0)) {
        (Ok(Value::Str(a)), Ok(Value::Str(b))) if matches!(arg >> 4, 2 | 3) => a.as_str() == b.as_str(),
        _ => return compare_op(vm, frame, arg),
    };
    frame.pop()?;
    frame.pop()?;
    frame.push(Value::Bool(equal == (arg >> 4 == 2)))?;
    Ok(Flow::Continue)
}

fn generic_compare_op(vm: &mut Vm, frame: &mut Frame, arg: u32) -> PyResult<Flow> {
    let right = frame.pop()?;
    let left = frame.pop()?;
    let op = CompareOp::from_oparg(arg).ok_or_else(|| PyErr::fault(format!("COMPARE_OP {arg}")))?;
    let r = match (&left, &right) {
        (Value::Int(a), Value::Int(b)) => Value::Bool(compare_result(op, a, b)),
        _ => protocol::compare(vm, &left, &right, op)?,
    };
    frame.push(r)?;
    Ok(Flow::Continue)
}

pub fn is_op(frame: &mut Frame, invert: u32) -> PyResult<Flow> {
    let right = frame.pop()?;
    let left = frame.pop()?;
    frame.push(Value::Bool(left.is(&right) != (invert == 1)))?;
    Ok(Flow::Continue)
}

pub fn contains_op(vm: &mut Vm, frame: &mut Frame, invert: u32) -> PyResult<Flow> {
    if frame.code.extensions != 0 {
        match frame.top(0) {
            Ok(Value::Set(_)) => adaptive::specialise_uncached(frame, Opcode::ContainsOpSet),
            Ok(Value::Dict(_)) => adaptive::specialise_uncached(frame, Opcode::ContainsOpDict),
            _ => {}
        }
    }
    generic_contains_op(vm, frame, invert)
}

/// `CONTAINS_OP_SET` and `CONTAINS_OP_DICT` (minivm extensions, from CPython 3.13): the
/// container is an exact set, frozenset or dict; anything else sends the site back to
/// `CONTAINS_OP`.
pub fn contains_op_typed(vm: &mut Vm, frame: &mut Frame, invert: u32, form: Opcode) -> PyResult<Flow> {
    let fits = match frame.top(0) {
        Ok(Value::Set(_)) => form == Opcode::ContainsOpSet,
        Ok(Value::Dict(_)) => form == Opcode::ContainsOpDict,
        _ => false,
    };
    if !fits {
        adaptive::deopt_uncached(frame, form);
        return contains_op(vm, frame, invert);
    }
    generic_contains_op(vm, frame, invert)
}

fn generic_contains_op(vm: &mut Vm, frame: &mut Frame, invert: u32) -> PyResult<Flow> {
    let right = frame.pop()?;
    let left = frame.pop()?;
    let r = protocol::contains(vm, &right, &left)?;
    frame.push(Value::Bool(r != (invert == 1)))?;
    Ok(Flow::Continue)
}

/// `(container, sub -- container[sub])`, adaptive: a list or tuple with a compact index, or a
/// dict, specialise.
pub fn binary_subscr(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    if let Some(form) = adaptive::adapt(frame, Opcode::BinarySubscr, specialize_subscr) {
        return match form {
            Opcode::BinarySubscrListInt => binary_subscr_list_int(vm, frame),
            Opcode::BinarySubscrTupleInt => binary_subscr_tuple_int(vm, frame),
            Opcode::BinarySubscrGetitem => binary_subscr_getitem(vm, frame),
            Opcode::BinarySubscrStrInt => binary_subscr_str_int(vm, frame),
            _ => binary_subscr_dict(vm, frame),
        };
    }
    generic_binary_subscr(vm, frame)
}

fn specialize_subscr(frame: &Frame) -> Option<Opcode> {
    match (frame.top(1).ok()?, frame.top(0).ok()?) {
        (Value::List(_), Value::Int(i)) if *i >= 0 && compact(*i) => Some(Opcode::BinarySubscrListInt),
        (Value::Tuple(_), Value::Int(i)) if *i >= 0 && compact(*i) => Some(Opcode::BinarySubscrTupleInt),
        (Value::Dict(_), _) => Some(Opcode::BinarySubscrDict),
        (Value::Str(_), Value::Int(i))
            if *i >= 0 && compact(*i) && adaptive::allowed(Opcode::BinarySubscrStrInt) =>
        {
            Some(Opcode::BinarySubscrStrInt)
        }
        (Value::Instance(i), _) => specialize_getitem(&i.typ()),
        (container, index) => {
            adaptive::because(|| {
                format!(
                    "no form for a {} subscripted by a {}",
                    adaptive::value_type_name(container),
                    adaptive::value_type_name(index)
                )
            });
            None
        }
    }
}

/// `BINARY_SUBSCR_STR_INT` (minivm extension, from CPython 3.13): an exact str and a
/// non-negative compact index in range give the one-character string.
pub fn binary_subscr_str_int(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let len = frame.stack.len();
    let item = match (frame.stack.get(len.wrapping_sub(2)), frame.stack.last()) {
        (Some(Value::Str(s)), Some(Value::Int(i))) if *i >= 0 && (*i as usize) < s.len() => {
            let i = *i as usize;
            if s.is_ascii() {
                Some(Value::str(&s.as_str()[i..i + 1]))
            } else {
                Some(Value::str(s.char_at(i).encode_utf8(&mut [0; 4])))
            }
        }
        _ => None,
    };
    subscr_hit(vm, frame, item)
}

/// A class whose `__getitem__` is a simple Python function of two parameters: the function
/// and its version go in the class's cache (the site's cache is only its counter).
fn specialize_getitem(typ: &std::rc::Rc<crate::object::types::Type>) -> Option<Opcode> {
    if !typ.heap {
        return None;
    }
    let Value::Function(f) =
        crate::object::class::lookup(typ, &crate::object::str::PyStr::new("__getitem__"))?
    else {
        return None;
    };
    let co = &f.code.object;
    let simple = co.argcount == 2
        && co.kwonlyargcount == 0
        && !co.flags.has(crate::code::CodeFlags::VARARGS | crate::code::CodeFlags::VARKEYWORDS)
        && co.flags.has(crate::code::CodeFlags::OPTIMIZED);
    if !simple {
        return None;
    }
    let version = f.version_for_now()?;
    *typ.caches.getitem.borrow_mut() = Some((f, version));
    Some(Opcode::BinarySubscrGetitem)
}

/// `BINARY_SUBSCR_GETITEM`: the class's cached `__getitem__`, unchanged, runs in a frame the
/// loop pushes, with the container and the subscript as its arguments.
pub fn binary_subscr_getitem(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let getitem = match frame.top(1) {
        Ok(Value::Instance(i)) => match &*i.typ().caches.getitem.borrow() {
            Some((f, version)) if f.version.get() == *version => Some(f.clone()),
            _ => None,
        },
        _ => None,
    };
    let Some(getitem) = getitem else { return generic_binary_subscr_adaptive(vm, frame) };
    let sub = frame.pop()?;
    let container = frame.pop()?;
    Ok(Flow::Call(crate::interp::call::simple_frame(vm, &getitem, [container, sub].into_iter())))
}

/// A miss: the generic instruction, which counts toward re-specialising.
fn generic_binary_subscr_adaptive(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    binary_subscr(vm, frame)
}

/// `BINARY_SUBSCR_LIST_INT`: an exact list and a non-negative compact index in range.
pub fn binary_subscr_list_int(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let len = frame.stack.len();
    let item = match (frame.stack.get(len.wrapping_sub(2)), frame.stack.last()) {
        (Some(Value::List(l)), Some(Value::Int(i))) if *i >= 0 && compact(*i) => l.get(*i as usize),
        _ => None,
    };
    subscr_hit(vm, frame, item)
}

/// The end of a sequence subscript form: the item replaces container and index, or, with no
/// item (a guard failed, or the index is past the end), the adaptive generic instruction runs.
fn subscr_hit(vm: &mut Vm, frame: &mut Frame, item: Option<Value>) -> PyResult<Flow> {
    let Some(item) = item else { return binary_subscr(vm, frame) };
    // The guard saw two values: the index goes, the item takes the container's place.
    replace_pair(frame, item)
}

/// `BINARY_SUBSCR_TUPLE_INT`: an exact tuple and a non-negative compact index in range.
pub fn binary_subscr_tuple_int(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let len = frame.stack.len();
    let item = match (frame.stack.get(len.wrapping_sub(2)), frame.stack.last()) {
        (Some(Value::Tuple(t)), Some(Value::Int(i))) if *i >= 0 && compact(*i) => {
            t.items().get(*i as usize).cloned()
        }
        _ => None,
    };
    subscr_hit(vm, frame, item)
}

/// `BINARY_SUBSCR_DICT`: an exact dict (a missing key raises KeyError; it is not a miss).
pub fn binary_subscr_dict(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    if !matches!(frame.top(1), Ok(Value::Dict(_))) {
        return binary_subscr(vm, frame);
    }
    generic_binary_subscr(vm, frame)
}

fn generic_binary_subscr(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let sub = frame.pop()?;
    let container = frame.pop()?;
    let r = protocol::getitem(vm, &container, &sub)?;
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `(value, container, sub -- )`, adaptive: a list with a compact index, or a dict.
pub fn store_subscr(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let choose = |f: &Frame| match (f.top(1).ok()?, f.top(0).ok()?) {
        (Value::List(_), Value::Int(i)) if *i >= 0 && compact(*i) => Some(Opcode::StoreSubscrListInt),
        (Value::Dict(_), _) => Some(Opcode::StoreSubscrDict),
        _ => None,
    };
    if let Some(form) = adaptive::adapt(frame, Opcode::StoreSubscr, choose) {
        return match form {
            Opcode::StoreSubscrListInt => store_subscr_list_int(vm, frame),
            _ => store_subscr_dict(vm, frame),
        };
    }
    generic_store_subscr(vm, frame)
}

/// `STORE_SUBSCR_LIST_INT`: an exact list and a non-negative compact index in range.
pub fn store_subscr_list_int(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let fits = match (frame.top(1), frame.top(0)) {
        (Ok(Value::List(l)), Ok(Value::Int(i))) => *i >= 0 && compact(*i) && (*i as usize) < l.len(),
        _ => false,
    };
    if !fits {
        return store_subscr(vm, frame);
    }
    generic_store_subscr(vm, frame)
}

/// `STORE_SUBSCR_DICT`: an exact dict.
pub fn store_subscr_dict(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    if !matches!(frame.top(1), Ok(Value::Dict(_))) {
        return store_subscr(vm, frame);
    }
    generic_store_subscr(vm, frame)
}

fn generic_store_subscr(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let sub = frame.pop()?;
    let container = frame.pop()?;
    let value = frame.pop()?;
    protocol::setitem(vm, &container, &sub, value)?;
    Ok(Flow::Continue)
}

pub fn delete_subscr(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let sub = frame.pop()?;
    let container = frame.pop()?;
    protocol::delitem(vm, &container, &sub)?;
    Ok(Flow::Continue)
}

/// `(container, start, stop -- container[start:stop])`.
pub fn binary_slice(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let stop = frame.pop()?;
    let start = frame.pop()?;
    let container = frame.pop()?;
    let r = protocol::get_slice(vm, &container, &start, &stop, &Value::None)?;
    frame.push(r)?;
    Ok(Flow::Continue)
}

/// `(value, container, start, stop -- )`.
pub fn store_slice(vm: &mut Vm, frame: &mut Frame) -> PyResult<Flow> {
    let stop = frame.pop()?;
    let start = frame.pop()?;
    let container = frame.pop()?;
    let value = frame.pop()?;
    let slice = Value::object(crate::object::misc::Object::Slice { start, stop, step: Value::None });
    protocol::setitem(vm, &container, &slice, value)?;
    Ok(Flow::Continue)
}
