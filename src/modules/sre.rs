//! `_sre`: the matching engine under CPython's own `re` package (after CPython's
//! `Modules/_sre/sre.c`). `re._compiler` turns a pattern into SRE code; the
//! `rustpython-sre_engine` crate runs exactly that code. This file holds what needs speed or
//! the crate: the code objects, the engine calls, the case helpers `re._compiler` asks for.
//! The classes (`Pattern`, `Match`, `SRE_Scanner`, the replacement template) are Python, in
//! `python/sre_types.py`, run in this module's namespace after the functions are in place.
//!
//! Positions are character indexes, as the engine counts them. A bytes subject, an ASCII str
//! and a str whose characters all fit in a byte (Latin-1) are matched as byte slices, where a
//! character is one byte, so cursors move in O(1); only a str with wider characters is
//! walked as UTF-8 by the crate's `&str` driver.

use std::rc::Rc;

use rustpython_sre_engine::{Request, SearchIter, State, StrDrive};

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

/// The Python half of the module, compiled by `vm-tests/regen.sh`.
static TYPES: &[u8] = include_bytes!("python/sre_types.pyc");

/// `re._constants.MAGIC`: the version of the code format `re._compiler` emits.
const MAGIC: i64 = 20221023;
/// CPython's limits on 64-bit builds (`_sre.MAXREPEAT`, `_sre.MAXGROUPS`).
const MAXREPEAT: i64 = 4294967295;
const MAXGROUPS: i64 = 1073741823;

/// A pattern's SRE code, and whether the pattern was bytes (which subjects it accepts).
pub struct SreCode {
    code: Box<[u32]>,
    is_bytes: bool,
}

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(
        dict,
        "_sre",
        &[
            ("getcodesize", getcodesize),
            ("ascii_iscased", ascii_iscased),
            ("unicode_iscased", unicode_iscased),
            ("ascii_tolower", ascii_tolower),
            ("unicode_tolower", unicode_tolower),
            ("_code", make_code),
            ("_match", match_once),
            ("_all", match_all),
            ("_generic_alias", generic_alias),
        ],
    );
    dict.set_str("MAGIC", Value::Int(MAGIC));
    dict.set_str("CODESIZE", Value::Int(rustpython_sre_engine::CODESIZE as i64));
    dict.set_str("MAXREPEAT", Value::Int(MAXREPEAT));
    dict.set_str("MAXGROUPS", Value::Int(MAXGROUPS));
    dict.set_str("copyright", Value::str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
    super::native_util::run_python_half(vm, dict, "_sre", TYPES)
}

fn getcodesize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getcodesize", &args, 0, 0)?;
    Ok(Value::Int(rustpython_sre_engine::CODESIZE as i64))
}

/// The one int argument of the case helpers, as a code point (out of range stays out of
/// range: it is cased nowhere and lowers to itself).
fn char_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<i64> {
    check_args(vm, name, args, 1, 1)?;
    protocol::to_i64(vm, &args.pos()[0])
}

fn as_u32(ch: i64) -> Option<u32> {
    u32::try_from(ch).ok()
}

fn ascii_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(vm, "ascii_iscased", &args)?;
    Ok(Value::Bool((0..128).contains(&ch) && (ch as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(vm, "unicode_iscased", &args)?;
    let cased = as_u32(ch).is_some_and(|c| {
        c != rustpython_sre_engine::string::lower_unicode(c)
            || c != rustpython_sre_engine::string::upper_unicode(c)
    });
    Ok(Value::Bool(cased))
}

fn ascii_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(vm, "ascii_tolower", &args)?;
    Ok(Value::Int(if (0..128).contains(&ch) { (ch as u8).to_ascii_lowercase() as i64 } else { ch }))
}

fn unicode_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(vm, "unicode_tolower", &args)?;
    Ok(Value::Int(as_u32(ch).map_or(ch, |c| rustpython_sre_engine::string::lower_unicode(c) as i64)))
}

/// `_code(code, is_bytes)`: the list `re._compiler` emitted, checked to be 32-bit words.
fn make_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_code", &args, 2, 2)?;
    let items = protocol::collect(vm, &args.pos()[0])?;
    let mut code = Vec::with_capacity(items.len());
    for item in &items {
        let word = protocol::to_i64(vm, item)?;
        let Some(word) = as_u32(word) else {
            return Err(vm.overflow_error("regular expression code size limit exceeded".into()));
        };
        code.push(word);
    }
    let is_bytes = protocol::truthy(vm, &args.pos()[1])?;
    Ok(Value::object(Object::SreCode(Box::new(SreCode { code: code.into_boxed_slice(), is_bytes }))))
}

fn code_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a SreCode> {
    if let Value::Object(o) = v
        && let Object::SreCode(c) = &**o
    {
        return Ok(c);
    }
    Err(vm.type_error("expected SRE code".into()))
}

/// A subject as the engine reads it: one byte a character, or UTF-8 for wide text.
enum Subject {
    Narrow(Vec<u8>),
    Ascii(Rc<crate::object::str::PyStr>),
    Wide(Rc<crate::object::str::PyStr>),
}

/// The subject of a match, refused with CPython's messages when its kind does not fit the
/// pattern's.
fn subject(vm: &mut Vm, code: &SreCode, v: &Value) -> PyResult<Subject> {
    let inner = crate::object::dunder::builtin_value(v);
    if let Value::Str(s) = inner {
        if code.is_bytes {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object".into()));
        }
        if s.is_ascii() {
            return Ok(Subject::Ascii(s.clone()));
        }
        if s.as_str().chars().all(|c| (c as u32) < 256) {
            return Ok(Subject::Narrow(s.as_str().chars().map(|c| c as u8).collect()));
        }
        return Ok(Subject::Wide(s.clone()));
    }
    if let Some(data) = crate::object::buffer::read(inner) {
        if !code.is_bytes {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object".into()));
        }
        return Ok(Subject::Narrow(data));
    }
    let typ = protocol::type_name(vm, v);
    Err(vm.type_error(format!("expected string or bytes-like object, got '{typ}'")))
}

/// What a successful match leaves: `(lastindex, start, end, start1, end1, …)`, -1 for a group
/// that took no part (and for no lastindex).
fn spans(state: &State, groups: usize) -> Value {
    let mut out = Vec::with_capacity(3 + 2 * groups);
    out.push(Value::Int(state.marks.last_index() as i64));
    out.push(Value::Int(state.start as i64));
    out.push(Value::Int(state.cursor.position as i64));
    for g in 0..groups {
        let (a, b) = state.marks.get(g);
        match (a.into_option(), b.into_option()) {
            (Some(a), Some(b)) if a <= b => {
                out.push(Value::Int(a as i64));
                out.push(Value::Int(b as i64));
            }
            _ => {
                out.push(Value::Int(-1));
                out.push(Value::Int(-1));
            }
        }
    }
    Value::tuple(out)
}

/// How one call runs the engine.
#[derive(Clone, Copy)]
struct Run<'a> {
    code: &'a [u32],
    pos: usize,
    endpos: usize,
    groups: usize,
}

/// One attempt: `mode` 0 matches at `pos`, 1 must match to `endpos`, 2 searches.
fn once<S: StrDrive>(text: S, run: Run, mode: i64, must_advance: bool) -> Option<Value> {
    let mut req = Request::new(text, run.pos, run.endpos, run.code, mode == 1);
    req.must_advance = must_advance;
    let mut state = State::default();
    let found = if mode == 2 { state.search(req) } else { state.py_match(&req) };
    found.then(|| spans(&state, run.groups))
}

/// Every match a scan from `pos` finds (as `findall`, `sub` and `split` walk), at most `limit`
/// of them when `limit` is positive.
fn every<S: StrDrive>(text: S, run: Run, limit: usize) -> Vec<Value> {
    let req = Request::new(text, run.pos, run.endpos, run.code, false);
    let mut iter = SearchIter { req, state: State::default() };
    let mut found = Vec::new();
    while (limit == 0 || found.len() < limit) && iter.next().is_some() {
        found.push(spans(&iter.state, run.groups));
    }
    found
}

/// Runs `f` over the subject with the driver that fits it. A panic inside the engine (code
/// that `re._compiler` would never emit) becomes a RuntimeError rather than ending minivm.
fn drive<T>(vm: &mut Vm, text: &Subject, f: impl Fn(DriveText) -> T) -> PyResult<T> {
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match text {
        Subject::Narrow(bytes) => f(DriveText::Bytes(bytes)),
        Subject::Ascii(s) => f(DriveText::Bytes(s.as_str().as_bytes())),
        Subject::Wide(s) => f(DriveText::Str(s.as_str())),
    }));
    result.map_err(|_| vm.runtime_error("internal error in regular expression engine".into()))
}

/// The subject borrowed as one of the crate's two drivers.
#[derive(Clone, Copy)]
enum DriveText<'a> {
    Bytes(&'a [u8]),
    Str(&'a str),
}

/// The arguments shared by `_match` and `_all`: code, subject, pos, endpos, groups.
fn run_args<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<(&'a SreCode, Subject, usize, usize, usize)> {
    let code = code_of(vm, &args.pos()[0])?;
    let text = subject(vm, code, &args.pos()[1])?;
    let pos = protocol::to_i64(vm, &args.pos()[2])?.max(0) as usize;
    let endpos = protocol::to_i64(vm, &args.pos()[3])?.max(0) as usize;
    let groups = protocol::to_i64(vm, &args.pos()[4])?.clamp(0, MAXGROUPS) as usize;
    Ok((code, text, pos, endpos, groups))
}

/// `_match(code, string, pos, endpos, groups, mode, must_advance)`: the spans of one match
/// (see `spans`), or None. `pos` and `endpos` are already clamped to the string.
fn match_once(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_match", &args, 7, 7)?;
    let (code, text, pos, endpos, groups) = run_args(vm, &args)?;
    let mode = protocol::to_i64(vm, &args.pos()[5])?;
    let must_advance = protocol::truthy(vm, &args.pos()[6])?;
    if pos > endpos {
        return Ok(Value::None);
    }
    let run = Run { code: &code.code, pos, endpos, groups };
    let found = drive(vm, &text, |t| match t {
        DriveText::Bytes(b) => once(b, run, mode, must_advance),
        DriveText::Str(s) => once(s, run, mode, must_advance),
    })?;
    Ok(found.unwrap_or(Value::None))
}

/// `_all(code, string, pos, endpos, groups, limit)`: the spans of every match, in order.
fn match_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_all", &args, 6, 6)?;
    let (code, text, pos, endpos, groups) = run_args(vm, &args)?;
    let limit = protocol::to_i64(vm, &args.pos()[5])?.max(0) as usize;
    if pos > endpos {
        return Ok(Value::list(vec![]));
    }
    let run = Run { code: &code.code, pos, endpos, groups };
    let found = drive(vm, &text, |t| match t {
        DriveText::Bytes(b) => every(b, run, limit),
        DriveText::Str(s) => every(s, run, limit),
    })?;
    Ok(Value::list(found))
}

/// `_generic_alias(cls, item)`: `cls[item]` as `types.GenericAlias` (`re.Pattern[str]`).
fn generic_alias(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_generic_alias", &args, 2, 2)?;
    Ok(crate::object::typing::generic_alias(&args.pos()[0], &args.pos()[1]))
}
