//! `_re`: the matching engine under minivm's `re` module. Python's pattern syntax is
//! translated for the `fancy-regex` crate (a backtracking layer over the `regex` crate, so
//! backreferences and lookarounds work), and positions are converted between the crate's
//! byte offsets and Python's character indexes.

use std::rc::Rc;

use fancy_regex::{Regex, RegexInput};

use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::exception::PyErr;
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::{self, check_args};
use crate::object::value::Value;

/// CPython's flag bits.
const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;
const ASCII: i64 = 256;

/// A compiled pattern: for searching, and anchored at the end for `fullmatch`.
pub struct Compiled {
    search: Regex,
    full: Regex,
    groups: usize,
    names: Vec<(String, usize)>,
}

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_error_class(vm, dict, "re")?;
    super::add_functions(dict, "_re", &[("compile", compile), ("info", info), ("search", search)]);
    Ok(())
}

fn re_error(vm: &mut Vm, message: String) -> PyErr {
    super::module_error(vm, "_re", message)
}

/// Python's pattern syntax in the crate's: `(?P=name)` backreferences, `\Z`, `$` before a
/// final newline, `{,n}`, brackets that are literal inside a class, and ASCII classes.
fn translate(pattern: &str, flags: i64) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let chars: Vec<char> = pattern.chars().collect();
    let ascii = flags & ASCII != 0;
    let mut in_class = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() => {
                let e = chars[i + 1];
                i += 2;
                match e {
                    'Z' if !in_class => out.push_str(r"\z"),
                    'd' if ascii => out.push_str(if in_class { "0-9" } else { "[0-9]" }),
                    'w' if ascii => out.push_str(if in_class { "A-Za-z0-9_" } else { "[A-Za-z0-9_]" }),
                    's' if ascii => {
                        out.push_str(if in_class { r" \t\n\r\x0B\x0C" } else { r"[ \t\n\r\x0B\x0C]" })
                    }
                    _ => {
                        out.push('\\');
                        out.push(e);
                    }
                }
                continue;
            }
            '[' if in_class => out.push_str(r"\["),
            '&' | '~' if in_class => {
                out.push('\\');
                out.push(c);
            }
            '[' => {
                in_class = true;
                out.push('[');
                // A leading `]` (or `^]`) is a literal in Python.
                if chars.get(i + 1) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                if chars.get(i + 1) == Some(&']') {
                    out.push_str(r"\]");
                    i += 1;
                }
            }
            ']' if in_class => {
                in_class = false;
                out.push(']');
            }
            '$' if !in_class && flags & MULTILINE == 0 => out.push_str(r"(?=\n?\z)"),
            '(' if !in_class && chars[i..].starts_with(&['(', '?', 'P', '=']) => {
                let end = chars[i..].iter().position(|&ch| ch == ')').map_or(chars.len(), |p| i + p);
                let name: String = chars[i + 4..end].iter().collect();
                out.push_str(&format!(r"\k<{name}>"));
                i = end + 1;
                continue;
            }
            '{' if !in_class && chars.get(i + 1) == Some(&',') => out.push_str("{0"),
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "compile", &args, 2, 2)?;
    let Value::Str(pattern) = &args.pos()[0] else {
        return Err(vm.type_error("minivm's re supports str patterns only".into()));
    };
    let flags = protocol::to_i64(vm, &args.pos()[1])?;
    let mut prefix = String::new();
    for (bit, letter) in [(IGNORECASE, 'i'), (MULTILINE, 'm'), (DOTALL, 's'), (VERBOSE, 'x')] {
        if flags & bit != 0 {
            prefix.push(letter);
        }
    }
    let prefix = if prefix.is_empty() { String::new() } else { format!("(?{prefix})") };
    let body = translate(pattern.as_str(), flags);
    let search = Regex::new(&format!("{prefix}{body}")).map_err(|e| re_error(vm, e.to_string()))?;
    let full = Regex::new(&format!("{prefix}(?:{body})\\z")).map_err(|e| re_error(vm, e.to_string()))?;
    let groups = search.captures_len().saturating_sub(1);
    let names =
        search.capture_names().enumerate().filter_map(|(i, n)| n.map(|n| (n.to_string(), i))).collect();
    Ok(Value::object(Object::Regex(Box::new(Compiled { search, full, groups, names }))))
}

fn compiled<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Compiled> {
    if let Value::Object(o) = v
        && let Object::Regex(c) = &**o
    {
        return Ok(c);
    }
    Err(vm.type_error("expected a compiled pattern".into()))
}

/// `info(pattern) -> (groups, {name: index})`.
fn info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "info", &args, 1, 1)?;
    let c = compiled(vm, &args.pos()[0])?;
    let names = Dict::new();
    for (name, index) in &c.names {
        names.set_str(name, Value::Int(*index as i64));
    }
    Ok(Value::tuple(vec![Value::Int(c.groups as i64), Value::Dict(Rc::new(names))]))
}

/// `search(pattern, string, pos, endpos, mode)`: mode 0 searches, 1 matches at `pos`, 2 must
/// match from `pos` to `endpos`. Gives None, or a tuple of (start, end) character spans per
/// group, (-1, -1) for a group that did not take part.
fn search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "search", &args, 5, 5)?;
    let c = compiled(vm, &args.pos()[0])?;
    let Value::Str(text) = &args.pos()[1] else {
        let typ = protocol::type_name(vm, &args.pos()[1]);
        return Err(vm.type_error(format!("expected string or bytes-like object, got '{typ}'")));
    };
    let text = text.as_str();
    let nchars = text.chars().count() as i64;
    let clamp = |v: i64| if v < 0 { 0 } else { v.min(nchars) } as usize;
    let pos = clamp(protocol::to_i64(vm, &args.pos()[2])?);
    let endpos = clamp(protocol::to_i64(vm, &args.pos()[3])?);
    let mode = protocol::to_i64(vm, &args.pos()[4])?;
    if pos > endpos {
        return Ok(Value::None);
    }
    let ascii = text.is_ascii();
    let byte_of = |ch: usize| -> usize {
        if ascii { ch } else { text.char_indices().nth(ch).map_or(text.len(), |(b, _)| b) }
    };
    let haystack = &text[..byte_of(endpos)];
    let start = byte_of(pos);
    let regex = if mode == 2 { &c.full } else { &c.search };
    let input = RegexInput::new(haystack).from_pos(start).anchored(mode != 0);
    let found = regex.captures_input(input).map_err(|e| re_error(vm, e.to_string()))?;
    let Some(caps) = found else { return Ok(Value::None) };
    let char_of = |b: usize| -> i64 { if ascii { b as i64 } else { haystack[..b].chars().count() as i64 } };
    let mut spans = Vec::with_capacity(c.groups + 1);
    for i in 0..=c.groups {
        spans.push(match caps.get(i) {
            Some(m) => Value::tuple(vec![Value::Int(char_of(m.start())), Value::Int(char_of(m.end()))]),
            None => Value::tuple(vec![Value::Int(-1), Value::Int(-1)]),
        });
    }
    Ok(Value::tuple(spans))
}
