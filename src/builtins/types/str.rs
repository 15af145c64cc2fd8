//! Methods of `str`.

use std::rc::Rc;

use crate::interp::{PyResult, Vm};
use crate::object::function::{Args, NativeMethod};
use crate::object::protocol::{self, check_args, type_name};
use crate::object::str::PyStr;
use crate::object::value::Value;

pub static METHODS: &[NativeMethod] = crate::methods!("str";
    "upper" => upper, "lower" => lower, "casefold" => lower, "title" => title, "capitalize" => capitalize,
    "swapcase" => swapcase, "strip" => strip, "lstrip" => lstrip, "rstrip" => rstrip,
    "split" => split, "rsplit" => rsplit, "splitlines" => splitlines, "join" => join,
    "replace" => replace, "find" => find, "rfind" => rfind, "index" => index, "rindex" => rindex,
    "count" => count, "startswith" => startswith, "endswith" => endswith,
    "isalpha" => isalpha, "isdigit" => isdigit, "isdecimal" => isdecimal, "isnumeric" => isnumeric,
    "isalnum" => isalnum, "isspace" => isspace, "isupper" => isupper, "islower" => islower,
    "istitle" => istitle, "isidentifier" => isidentifier, "isprintable" => isprintable, "isascii" => isascii,
    "center" => center, "ljust" => ljust, "rjust" => rjust, "zfill" => zfill,
    "partition" => partition, "rpartition" => rpartition, "expandtabs" => expandtabs,
    "encode" => encode, "format" => format, "removeprefix" => removeprefix, "removesuffix" => removesuffix,
    "maketrans" => maketrans, "translate" => translate,
);

/// `str.maketrans(x[, y[, z]])`, a static method: the table `translate` reads, from a dict
/// (keys as ordinals), or from two strings of equal length and a third of characters to delete.
fn maketrans(vm: &mut Vm, _s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "maketrans", &args, 1, 3)?;
    let table = crate::object::dict::Dict::new();
    let pos = args.pos();
    let put = |vm: &mut Vm, k: Value, v: Value| -> PyResult<()> {
        let key = protocol::key(vm, &k)?;
        table.insert(key, v);
        Ok(())
    };
    if pos.len() == 1 {
        let Value::Dict(d) = &pos[0] else {
            return Err(vm.type_error("if you give only one argument to maketrans it must be a dict".into()));
        };
        for (k, v) in d.items() {
            let key = match &k {
                Value::Str(s) if s.as_str().chars().count() == 1 => {
                    Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                }
                Value::Str(_) => {
                    return Err(vm.value_error("string keys in translate table must be of length 1".into()));
                }
                Value::Int(_) | Value::Bool(_) => k.clone(),
                _ => return Err(vm.type_error("keys in translate table must be strings or integers".into())),
            };
            put(vm, key, v)?;
        }
        return Ok(Value::Dict(Rc::new(table)));
    }
    let text = |vm: &mut Vm, i: usize| -> PyResult<String> {
        match &pos[i] {
            Value::Str(s) => Ok(s.as_str().to_string()),
            other => {
                let name = if i == 0 { "maketrans() argument 1" } else { "maketrans() argument 2" };
                let name = if i == 2 { "maketrans() argument 3" } else { name };
                Err(vm.type_error(format!("{name} must be str, not {}", type_name(vm, other))))
            }
        }
    };
    let (x, y) = (text(vm, 0)?, text(vm, 1)?);
    if x.chars().count() != y.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length".into()));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        put(vm, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if pos.len() == 3 {
        for c in text(vm, 2)?.chars() {
            put(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(Rc::new(table)))
}

/// `str.translate(table)`: each character's ordinal looked up in `table` (`__getitem__`);
/// a missing one (LookupError) stays, None deletes, an int or a str replaces.
fn translate(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "str.translate", &args, 1, 1)?;
    let table = &args.pos()[0];
    let mut out = String::with_capacity(this(s).len());
    for c in this(s).chars() {
        let found = match protocol::getitem(vm, table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if e.is_instance(&vm.types.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &found {
            Value::None => {}
            Value::Str(r) => out.push_str(r.as_str()),
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)".into())),
            },
            _ => return Err(vm.type_error("character mapping must return integer, None or str".into())),
        }
    }
    Ok(new(out))
}

/// The receiver's text. `call_native` checks that a `str` method gets a `str`, so the empty
/// fallback is never seen.
fn this(v: &Value) -> &str {
    match v {
        Value::Str(s) => s.as_str(),
        _ => "",
    }
}

fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// The code points from `start` to `stop` of `text`.
fn substr(text: &str, start: usize, stop: usize) -> &str {
    let byte = |i: usize| text.char_indices().nth(i).map_or(text.len(), |(b, _)| b);
    let (a, b) = (byte(start), byte(stop));
    &text[a.min(b)..b]
}

fn new(s: String) -> Value {
    Value::Str(Rc::new(PyStr::from_string(s)))
}

fn str_arg<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(vm.type_error(format!("{what} must be str, not {}", type_name(vm, v)))),
    }
}

fn upper(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "str.upper", &args, 0, 0)?;
    Ok(new(this(s).to_uppercase()))
}

fn lower(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "str.lower", &args, 0, 0)?;
    Ok(new(this(s).to_lowercase()))
}

fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}

fn title(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in this(s).chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = is_cased(c);
    }
    Ok(new(out))
}

fn capitalize(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    let mut chars = this(s).chars();
    let mut out = String::new();
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        out.extend(chars.flat_map(|c| c.to_lowercase()));
    }
    Ok(new(out))
}

fn swapcase(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    let out: String = this(s)
        .chars()
        .flat_map(|c| -> Vec<char> {
            if c.is_uppercase() {
                c.to_lowercase().collect()
            } else if c.is_lowercase() {
                c.to_uppercase().collect()
            } else {
                vec![c]
            }
        })
        .collect();
    Ok(new(out))
}

/// Python's whitespace: Rust's, plus the ASCII separators U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

fn strip_impl(vm: &mut Vm, s: &Value, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_args(vm, name, &args, 0, 1)?;
    let text = this(s);
    let chars: Option<Vec<char>> = match args.pos().first() {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, v, &format!("{name} arg"))?.chars().collect()),
    };
    let test = |c: char| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let mut t = text;
    if left {
        t = t.trim_start_matches(test);
    }
    if right {
        t = t.trim_end_matches(test);
    }
    Ok(Value::str(t))
}

fn strip(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    strip_impl(vm, s, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    strip_impl(vm, s, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    strip_impl(vm, s, args, "rstrip", false, true)
}

/// The `sep` and `maxsplit` arguments of split and rsplit.
fn split_args(vm: &mut Vm, args: &Args) -> PyResult<(Option<String>, i64)> {
    let mut sep = args.pos().first().cloned();
    let mut maxsplit = args.pos().get(1).cloned();
    for (k, v) in args.kwargs() {
        match k {
            "sep" => sep = Some(v.clone()),
            "maxsplit" => maxsplit = Some(v.clone()),
            _ => return Err(vm.type_error(format!("split() got an unexpected keyword argument '{k}'"))),
        }
    }
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = str_arg(vm, &v, "sep")?.to_string();
            if s.is_empty() {
                return Err(vm.value_error("empty separator".into()));
            }
            Some(s)
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => protocol::to_i64(vm, &v)?,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &args)?;
    let text = this(s);
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let parts: Vec<Value> = match sep {
        Some(sep) => {
            if limit == usize::MAX {
                text.split(sep.as_str()).map(Value::str).collect()
            } else {
                text.splitn(limit + 1, sep.as_str()).map(Value::str).collect()
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = text.trim_start_matches(is_space);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(Value::str(rest));
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                parts.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start_matches(is_space);
            }
            parts
        }
    };
    Ok(Value::list(parts))
}

fn rsplit(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    let (sep, maxsplit) = split_args(vm, &args)?;
    let text = this(s);
    let limit = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut parts: Vec<Value> = match sep {
        Some(sep) => {
            if limit == usize::MAX {
                text.rsplit(sep.as_str()).map(Value::str).collect()
            } else {
                text.rsplitn(limit + 1, sep.as_str()).map(Value::str).collect()
            }
        }
        None => {
            let mut parts = Vec::new();
            let mut rest = text.trim_end_matches(is_space);
            while !rest.is_empty() {
                if parts.len() == limit {
                    parts.push(Value::str(rest));
                    break;
                }
                let start = rest
                    .rfind(is_space)
                    .map_or(0, |i| i + rest[i..].chars().next().map_or(1, |c| c.len_utf8()));
                parts.push(Value::str(&rest[start..]));
                rest = rest[..start].trim_end_matches(is_space);
            }
            parts
        }
    };
    parts.reverse();
    Ok(Value::list(parts))
}

fn splitlines(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    let keepends = match args.kwarg("keepends").or(args.pos().first()) {
        Some(v) => protocol::truthy(vm, v)?,
        None => false,
    };
    let text = this(s);
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let is_break = matches!(
            c,
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}'
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && chars.get(i + 1).is_some_and(|(_, n)| *n == '\n') {
                end += 1;
                i += 1;
            }
            parts.push(Value::str(if keepends { &text[start..end] } else { &text[start..pos] }));
            start = end;
        }
        i += 1;
    }
    if start < text.len() {
        parts.push(Value::str(&text[start..]));
    }
    Ok(Value::list(parts))
}

fn join(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "str.join", &args, 1, 1)?;
    let items = protocol::collect(vm, &args.pos()[0])?;
    let sep = this(s);
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match item {
            Value::Str(x) => out.push_str(x.as_str()),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(vm, other)
                )));
            }
        }
    }
    Ok(new(out))
}

fn replace(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "replace", &args, 2, 3)?;
    let old = str_arg(vm, &args.pos()[0], "replace() argument 1")?.to_string();
    let new_text = str_arg(vm, &args.pos()[1], "replace() argument 2")?.to_string();
    let count = match args.pos().get(2) {
        Some(v) => protocol::to_i64(vm, v)?,
        None => -1,
    };
    let text = this(s);
    if count < 0 {
        return Ok(new(text.replace(&old, &new_text)));
    }
    Ok(new(text.replacen(&old, &new_text, count as usize)))
}

/// The `sub[, start[, end]]` arguments of find/index/count/startswith, as code point bounds.
fn bounds(vm: &mut Vm, s: &str, args: &Args, from: usize) -> PyResult<(usize, usize)> {
    let len = char_len(s) as i64;
    let get = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = protocol::to_i64(vm, v)?;
                Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
            }
        }
    };
    let start = get(vm, args.pos().get(from), 0)?;
    let end = get(vm, args.pos().get(from + 1), len)?;
    Ok((start as usize, end.max(start) as usize))
}

/// Finds `sub` in `s[start:end]`: the code point index, from the left or the right.
fn find_impl(vm: &mut Vm, s: &Value, args: &Args, name: &str, right: bool) -> PyResult<Option<usize>> {
    check_args(vm, name, args, 1, 3)?;
    let sub = str_arg(vm, &args.pos()[0], "must be str, not")?.to_string();
    let ps = this(s);
    let (start, end) = bounds(vm, ps, args, 1)?;
    let len = char_len(ps);
    if start > len || (end - start) < sub.chars().count() {
        return Ok(if sub.is_empty() && start <= len { Some(if right { end } else { start }) } else { None });
    }
    let hay = substr(ps, start, end);
    let found = if right { hay.rfind(sub.as_str()) } else { hay.find(sub.as_str()) };
    Ok(found.map(|byte| start + hay[..byte].chars().count()))
}

fn find(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, s, &args, "find", false)?.map_or(-1, |i| i as i64)))
}

fn rfind(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, s, &args, "rfind", true)?.map_or(-1, |i| i as i64)))
}

fn index(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    match find_impl(vm, s, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found".into())),
    }
}

fn rindex(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    match find_impl(vm, s, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found".into())),
    }
}

fn count(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "count", &args, 1, 3)?;
    let sub = str_arg(vm, &args.pos()[0], "must be str, not")?.to_string();
    let ps = this(s);
    let (start, end) = bounds(vm, ps, &args, 1)?;
    let hay = substr(ps, start, end);
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub.as_str()).count() };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, s: &Value, args: Args, name: &str, end: bool) -> PyResult<Value> {
    check_args(vm, name, &args, 1, 3)?;
    let ps = this(s);
    let (start, stop) = bounds(vm, ps, &args, 1)?;
    let hay = substr(ps, start, stop);
    let test = |p: &str| if end { hay.ends_with(p) } else { hay.starts_with(p) };
    match &args.pos()[0] {
        Value::Str(p) => Ok(Value::Bool(start <= char_len(ps) && test(p.as_str()))),
        Value::Tuple(t) => {
            for p in t.items() {
                let p = str_arg(vm, p, "tuple for startswith must only contain str, not")?;
                if test(p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(vm, other)
        ))),
    }
}

fn startswith(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    affix(vm, s, args, "startswith", false)
}

fn endswith(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    affix(vm, s, args, "endswith", true)
}

fn all_chars(s: &Value, test: impl Fn(char) -> bool) -> Value {
    let text = this(s);
    Value::Bool(!text.is_empty() && text.chars().all(test))
}

fn isalpha(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    Ok(all_chars(s, char::is_alphabetic))
}

fn isdigit(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    Ok(all_chars(s, |c| c.is_ascii_digit() || "²³¹⁰⁴⁵⁶⁷⁸⁹".contains(c)))
}

fn isdecimal(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    Ok(all_chars(s, |c| {
        c.is_ascii_digit() || (c.is_numeric() && !"²³¹⁰⁴⁵⁶⁷⁸⁹½¼¾".contains(c) && c.is_alphanumeric())
    }))
}

fn isnumeric(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    Ok(all_chars(s, char::is_numeric))
}

fn isalnum(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    Ok(all_chars(s, char::is_alphanumeric))
}

fn isspace(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    Ok(all_chars(s, is_space))
}

fn isupper(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    let text = this(s);
    Ok(Value::Bool(text.chars().any(is_cased) && !text.chars().any(char::is_lowercase)))
}

fn islower(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    let text = this(s);
    Ok(Value::Bool(text.chars().any(is_cased) && !text.chars().any(char::is_uppercase)))
}

fn istitle(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    let mut prev_cased = false;
    let mut any = false;
    for c in this(s).chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

fn isidentifier(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    let text = this(s);
    let mut chars = text.chars();
    let ok = match chars.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn isprintable(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(s).chars().all(|c| crate::object::unicode_printable::is_printable(c as u32))))
}

fn isascii(_vm: &mut Vm, s: &Value, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(s).is_ascii()))
}

fn fill_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(usize, char)> {
    check_args(vm, name, args, 1, 2)?;
    let width = protocol::to_i64(vm, &args.pos()[0])?.max(0) as usize;
    let fill = match args.pos().get(1) {
        Some(Value::Str(f)) if f.len() == 1 => f.char_at(0),
        Some(_) => {
            return Err(vm.type_error("The fill character must be exactly one character long".into()));
        }
        None => ' ',
    };
    Ok((width, fill))
}

fn center(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = fill_args(vm, &args, "center")?;
    let ps = this(s);
    let len = char_len(ps);
    if width <= len {
        return Ok(s.clone());
    }
    let marg = width - len;
    // CPython puts the extra character on the left when the text length is odd.
    let left = marg / 2 + (marg & width & 1);
    let f = |n: usize| std::iter::repeat_n(fill, n).collect::<String>();
    Ok(new(format!("{}{ps}{}", f(left), f(marg - left))))
}

fn ljust(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = fill_args(vm, &args, "ljust")?;
    let ps = this(s);
    let pad: String = std::iter::repeat_n(fill, width.saturating_sub(char_len(ps))).collect();
    Ok(new(format!("{ps}{pad}")))
}

fn rjust(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    let (width, fill) = fill_args(vm, &args, "rjust")?;
    let ps = this(s);
    let pad: String = std::iter::repeat_n(fill, width.saturating_sub(char_len(ps))).collect();
    Ok(new(format!("{pad}{ps}")))
}

fn zfill(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "zfill", &args, 1, 1)?;
    let width = protocol::to_i64(vm, &args.pos()[0])?.max(0) as usize;
    let text = this(s);
    if width <= char_len(text) {
        return Ok(s.clone());
    }
    let zeros = "0".repeat(width - char_len(text));
    Ok(new(match text.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &text[1..]),
        _ => format!("{zeros}{text}"),
    }))
}

fn partition_impl(vm: &mut Vm, s: &Value, args: Args, right: bool) -> PyResult<Value> {
    check_args(vm, "partition", &args, 1, 1)?;
    let sep = str_arg(vm, &args.pos()[0], "must be str, not")?.to_string();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".into()));
    }
    let text = this(s);
    let found = if right { text.rfind(sep.as_str()) } else { text.find(sep.as_str()) };
    Ok(Value::tuple(match found {
        Some(i) => vec![Value::str(&text[..i]), Value::str(&sep), Value::str(&text[i + sep.len()..])],
        None if right => vec![Value::str(""), Value::str(""), s.clone()],
        None => vec![s.clone(), Value::str(""), Value::str("")],
    }))
}

fn partition(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    partition_impl(vm, s, args, false)
}

fn rpartition(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    partition_impl(vm, s, args, true)
}

fn expandtabs(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    let size = match args.kwarg("tabsize").or(args.pos().first()) {
        Some(v) => protocol::to_i64(vm, v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in this(s).chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new(out))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn encode(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "encode", &args, 0, 2)?;
    let arg = |i: usize, name: &str| args.pos().get(i).or(args.kwarg(name)).cloned();
    let encoding = match arg(0, "encoding") {
        None => "utf-8".to_string(),
        Some(v) => str_arg(vm, &v, "encode() argument 'encoding'")?.to_string(),
    };
    let errors = match arg(1, "errors") {
        None => "strict".to_string(),
        Some(v) => str_arg(vm, &v, "encode() argument 'errors'")?.to_string(),
    };
    crate::modules::codecs::encode_str(vm, this(s), &encoding, &errors)
}

fn format(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    let kwargs: Vec<(&str, Value)> = args.kwargs().map(|(k, v)| (k, v.clone())).collect();
    let text = this(s).to_string();
    Ok(new(crate::builtins::format::str_format(vm, &text, args.pos(), &kwargs)?))
}

fn removeprefix(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "removeprefix", &args, 1, 1)?;
    let p = str_arg(vm, &args.pos()[0], "removeprefix() argument")?;
    let text = this(s);
    Ok(Value::str(text.strip_prefix(p).unwrap_or(text)))
}

fn removesuffix(vm: &mut Vm, s: &Value, args: Args) -> PyResult<Value> {
    check_args(vm, "removesuffix", &args, 1, 1)?;
    let p = str_arg(vm, &args.pos()[0], "removesuffix() argument")?;
    let text = this(s);
    Ok(Value::str(text.strip_suffix(p).unwrap_or(text)))
}
