//! `Code`: a code object prepared to run. The constants become values once, the names become
//! hashed strings once, and the bytecode is copied into cells so that the specialiser can
//! rewrite instructions in place while frames run it (the `.pyc`'s own bytes never change).

use std::cell::Cell;
use std::rc::Rc;

use super::adaptive;
use crate::code::{CodeObject, Constant};
use crate::object::misc::Object;
use crate::object::str::PyStr;
use crate::object::value::Value;
use crate::opcode::{CACHE_UNITS, Opcode};

pub struct Code {
    pub object: Rc<CodeObject>,
    /// The instructions as 16-bit units: opcode in the low byte, oparg in the high byte.
    pub units: Box<[Cell<u16>]>,
    pub consts: Box<[Value]>,
    pub names: Box<[Rc<PyStr>]>,
    /// `co_localsplusnames`, for error messages and `locals()`.
    pub localsplus_names: Box<[Rc<PyStr>]>,
    /// `co_name` and `co_qualname` as strings, made once: every function and generator made
    /// from this code shares them.
    pub name_str: Rc<PyStr>,
    pub qualname_str: Rc<PyStr>,
    /// Quickened for specialisation (not under `--specialize=off`): the adaptive instructions
    /// count in their caches and may rewrite themselves.
    pub quickened: bool,
    /// The objects specialised sites use (a method, a class attribute, a property getter),
    /// with the site's unit index; a site's cache holds its slot number. Cache units hold only
    /// 16-bit numbers, and a strong reference here cannot dangle.
    pub site_objects: std::cell::RefCell<Vec<(usize, Value)>>,
    /// The extension forms this code may use (bit `opcode - MIN_EXTENSION_OPCODE`), fixed when
    /// it is prepared: the instructions without caches consult it on every execution.
    pub extensions: u64,
}

impl Code {
    /// Prepares `object` and, through its constants, every code object nested in it.
    pub fn new(object: Rc<CodeObject>) -> Rc<Code> {
        let units: Box<[Cell<u16>]> =
            object.code.chunks_exact(2).map(|u| Cell::new(u16::from_le_bytes([u[0], u[1]]))).collect();
        poison_foreign_forms(&units);
        let quickened = adaptive::mode() != adaptive::Mode::Off;
        if quickened {
            adaptive::quicken(&units);
        }
        let consts = object.consts.iter().map(constant_value).collect();
        let names = object.names.iter().map(|n| crate::object::str::intern(n)).collect();
        let localsplus_names = object.localsplusnames.iter().map(|n| Rc::new(PyStr::new(n))).collect();
        let name_str = Rc::new(PyStr::new(&object.name));
        let qualname_str = Rc::new(PyStr::new(&object.qualname));
        Rc::new(Code {
            object,
            units,
            consts,
            names,
            localsplus_names,
            name_str,
            qualname_str,
            quickened,
            site_objects: Default::default(),
            extensions: adaptive::extension_mask(),
        })
    }

    pub fn name(&self) -> &str {
        &self.object.name
    }

    /// The code object as it runs now: its instructions as quickened and specialised so far,
    /// and its nested code objects likewise (for `minivm dis --adaptive`).
    pub fn live_object(&self) -> CodeObject {
        let mut copy = (*self.object).clone();
        let bytes: Vec<u8> = self.units.iter().flat_map(|u| u.get().to_le_bytes()).collect();
        copy.code = bytes.into();
        copy.consts = self
            .object
            .consts
            .iter()
            .zip(self.consts.iter())
            .map(|(constant, value)| match (constant, value) {
                (Constant::Code(_), Value::Object(o)) => match &**o {
                    Object::Code(live) => Constant::Code(Rc::new(live.live_object())),
                    _ => constant.clone(),
                },
                _ => constant.clone(),
            })
            .collect();
        copy
    }
}

/// A specialised or instrumented instruction never appears in a `.pyc`; one that does is turned
/// into `RESERVED`, so that only the specialiser can put specialised forms into running code
/// (the loop reports the original byte, which the code object keeps).
fn poison_foreign_forms(units: &[Cell<u16>]) {
    let mut i = 0;
    while i < units.len() {
        let byte = (units[i].get() & 0xff) as u8;
        if let Some(op) = Opcode::from_u8(byte)
            && (op.base() != op || op.is_instrumented())
        {
            adaptive::rewrite(units, i, Opcode::Reserved);
        }
        i += 1 + CACHE_UNITS[byte as usize] as usize;
    }
}

/// The runtime value of a marshalled constant.
pub fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Ellipsis => Value::Ellipsis,
        // Resolved by the loop when it matters; marshal writes it only for `StopIteration`.
        Constant::StopIteration => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::BigInt(b.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { re, im } => Value::object(Object::Complex { re: *re, im: *im }),
        Constant::Bytes(b) => Value::object(Object::Bytes(b.to_vec().into_boxed_slice())),
        Constant::Str(s) => Value::Str(Rc::new(PyStr::new(s))),
        Constant::WideStr(points) => {
            // Rust strings cannot hold lone surrogates; they become U+FFFD here.
            let text: String = points.iter().map(|&cp| char::from_u32(cp).unwrap_or('\u{fffd}')).collect();
            Value::Str(Rc::new(PyStr::from_string(text)))
        }
        Constant::Tuple(items) => Value::tuple(items.iter().map(constant_value).collect()),
        Constant::List(items) => Value::list(items.iter().map(constant_value).collect()),
        Constant::Dict(pairs) => {
            let dict = crate::object::dict::Dict::new();
            for (k, v) in pairs.iter() {
                let key = constant_value(k);
                if let Some(key) = crate::object::protocol::native_key(&key) {
                    dict.insert(key, constant_value(v));
                }
            }
            Value::Dict(Rc::new(dict))
        }
        Constant::Set(items) | Constant::FrozenSet(items) => {
            let set = crate::object::set::Set::new(matches!(c, Constant::FrozenSet(_)));
            for item in items.iter() {
                if let Some(key) = crate::object::protocol::native_key(&constant_value(item)) {
                    set.add(key);
                }
            }
            Value::Set(Rc::new(set))
        }
        Constant::Code(code) => Value::object(Object::Code(Code::new(code.clone()))),
    }
}
