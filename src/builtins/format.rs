//! Formatting: `format(value, spec)` with the format-spec mini-language, `str.format`, and
//! `%`-formatting (`Python/formatter_unicode.c`, `Objects/unicodeobject.c`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::interp::{PyResult, Vm};
use crate::object::int::IntRef;
use crate::object::misc::Object;
use crate::object::protocol::{self, type_name};
use crate::object::repr::float_repr;
use crate::object::value::Value;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Default, Debug)]
struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    no_neg_zero: bool,
    alternate: bool,
    zero: bool,
    width: Option<usize>,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse_spec(vm: &mut Vm, spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let digits = |i: &mut usize| -> Option<usize> {
        let start = *i;
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i > start { chars[start..*i].iter().collect::<String>().parse().ok() } else { None }
    };
    s.width = digits(&mut i);
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        s.precision = digits(&mut i);
        if s.precision.is_none() {
            return Err(vm.value_error("Format specifier missing precision".into()));
        }
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(vm.value_error("Invalid format specifier".into()));
    }
    if s.zero && s.fill.is_none() {
        s.fill = Some('0');
        if s.align.is_none() {
            s.align = Some('=');
        }
    }
    Ok(s)
}

/// Pads `body` (with its sign or prefix kept in front for `=` alignment) to the spec's width.
fn pad(spec: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let width = spec.width.unwrap_or(0);
    let len = sign.chars().count() + body.chars().count();
    if len >= width {
        return format!("{sign}{body}");
    }
    let fill = spec.fill.unwrap_or(' ');
    let n = width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match spec.align.unwrap_or(default_align) {
        '<' => format!("{sign}{body}{}", fills(n)),
        '^' => format!("{}{sign}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{sign}{}{body}", fills(n)),
        _ => format!("{}{sign}{body}", fills(n)),
    }
}

/// Inserts a separator every `every` digits from the right of `digits`.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out
}

/// Grouping for zero padding: CPython pads with zeros *inside* the grouping.
fn group_padded(spec: &Spec, digits: &str, sep: char, every: usize, sign_len: usize) -> String {
    let mut grouped = group(digits, sep, every);
    if spec.fill == Some('0') && spec.align == Some('=') {
        let width = spec.width.unwrap_or(0);
        let mut padded = digits.to_string();
        while sign_len + grouped.chars().count() < width {
            padded.insert(0, '0');
            grouped = group(&padded, sep, every);
        }
    }
    grouped
}

fn sign_of(spec: &Spec, negative: bool) -> &'static str {
    match (negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `format(value, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if crate::object::dunder::is_user(v) {
        if let Some(r) = crate::object::class::call_special(vm, v, "__format__", &[Value::str(spec)])? {
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => {
                    Err(vm.type_error(format!("__format__ must return a str, not {}", type_name(vm, &other))))
                }
            };
        }
        if !spec.is_empty() {
            let inner = crate::object::dunder::builtin_value(v).clone();
            if !inner.is(v) {
                return format(vm, &inner, spec);
            }
        }
    }
    match v {
        Value::Str(s) => format_str(vm, s.as_str(), spec, "str"),
        Value::Bool(_) if spec.is_empty() => protocol::str(vm, v),
        Value::Float(f) => format_float(vm, *f, spec, "float"),
        _ if IntRef::of(v).is_some() => {
            let i = IntRef::of(v).map(|i| i.to_big()).unwrap_or_default();
            format_int(vm, &i, spec, if matches!(v, Value::Bool(_)) { "bool" } else { "int" })
        }
        Value::Object(o) if matches!(&**o, Object::Complex { .. }) && spec.is_empty() => protocol::str(vm, v),
        _ if spec.is_empty() => protocol::str(vm, v),
        _ => {
            Err(vm.type_error(format!("unsupported format string passed to {}.__format__", type_name(vm, v))))
        }
    }
}

fn format_str(vm: &mut Vm, s: &str, spec_text: &str, tyname: &str) -> PyResult<String> {
    let spec = parse_spec(vm, spec_text)?;
    if let Some(t) = spec.ty.filter(|t| *t != 's') {
        return Err(vm.value_error(format!("Unknown format code '{t}' for object of type '{tyname}'")));
    }
    if spec.sign.is_some() {
        return Err(vm.value_error("Sign not allowed in string format specifier".into()));
    }
    if spec.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier".into()));
    }
    if spec.align == Some('=') {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier".into()));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad(&spec, "", &body, '<'))
}

fn format_int(vm: &mut Vm, i: &BigInt, spec_text: &str, tyname: &str) -> PyResult<String> {
    let spec = parse_spec(vm, spec_text)?;
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = i.to_f64().unwrap_or(f64::INFINITY);
        return format_float(vm, f, spec_text, tyname);
    }
    if spec.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier".into()));
    }
    if spec.no_neg_zero {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier".into())
        );
    }
    let negative = i.is_negative();
    let mag = i.abs();
    let (digits, prefix, every) = match ty {
        'd' | 'n' => (mag.to_string(), "", 3),
        'b' => (mag.to_str_radix(2), "0b", 4),
        'o' => (mag.to_str_radix(8), "0o", 4),
        'x' => (mag.to_str_radix(16), "0x", 4),
        'X' => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        'c' => {
            let c = i.to_u32().and_then(char::from_u32);
            let Some(c) = c else { return Err(vm.overflow_error("%c arg not in range(0x110000)".into())) };
            return Ok(pad(&spec, "", &c.to_string(), '<'));
        }
        's' => {
            return Err(vm.value_error(format!("Unknown format code 's' for object of type '{tyname}'")));
        }
        other => {
            return Err(
                vm.value_error(format!("Unknown format code '{other}' for object of type '{tyname}'"))
            );
        }
    };
    if let Some(g) = spec.grouping
        && g == ','
        && !matches!(ty, 'd')
    {
        return Err(vm.value_error(format!("Cannot specify ',' with '{ty}'.")));
    }
    let sign = format!("{}{}", sign_of(&spec, negative), if spec.alternate { prefix } else { "" });
    let body = match spec.grouping {
        Some(g) => group_padded(&spec, &digits, g, every, sign.chars().count()),
        None => digits,
    };
    Ok(pad(&spec, &sign, &body, '>'))
}

/// Fixed notation with `p` digits after the point, correctly rounded.
fn fixed(f: f64, p: usize) -> String {
    format!("{:.*}", p, f)
}

/// Exponent notation as Python writes it: `1.50e+03`.
fn exponent(f: f64, p: usize, upper: bool) -> String {
    let s = format!("{:.*e}", p, f);
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    format!("{mantissa}{e}{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// The `g` presentation: `p` significant digits, fixed or exponent by the exponent's size,
/// trailing zeros removed unless `#`.
fn general(f: f64, p: usize, upper: bool, alternate: bool) -> String {
    let p = p.max(1);
    if f == 0.0 {
        let z = if alternate { format!("0.{}", "0".repeat(p - 1)) } else { "0".into() };
        return if f.is_sign_negative() { format!("-{z}") } else { z };
    }
    let sci = format!("{:.*e}", p - 1, f);
    let exp: i32 = sci.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0));
    let mut s = if exp >= -4 && exp < p as i32 {
        fixed(f, (p as i32 - 1 - exp).max(0) as usize)
    } else {
        exponent(f, p - 1, upper)
    };
    if !alternate {
        let (mantissa, rest) = match s.find(['e', 'E']) {
            Some(i) => (s[..i].to_string(), s[i..].to_string()),
            None => (s.clone(), String::new()),
        };
        let mantissa = if mantissa.contains('.') {
            mantissa.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            mantissa
        };
        s = format!("{mantissa}{rest}");
    } else if !s.contains('.') {
        match s.find(['e', 'E']) {
            Some(i) => s.insert(i, '.'),
            None => s.push('.'),
        }
    }
    s
}

fn format_float(vm: &mut Vm, f: f64, spec_text: &str, tyname: &str) -> PyResult<String> {
    let spec = parse_spec(vm, spec_text)?;
    let ty = spec.ty;
    if let Some(t) = ty
        && !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    {
        return Err(vm.value_error(format!("Unknown format code '{t}' for object of type '{tyname}'")));
    }
    let mut f = f;
    if spec.no_neg_zero && f == 0.0 {
        f = 0.0;
    }
    let negative = f.is_sign_negative() && !f.is_nan();
    let a = f.abs();
    let upper = matches!(ty, Some('E' | 'F' | 'G'));
    let mut body = if a.is_infinite() || a.is_nan() {
        let s = if a.is_nan() { "nan" } else { "inf" };
        let s = if upper { s.to_uppercase() } else { s.to_string() };
        if ty == Some('%') { format!("{s}%") } else { s }
    } else {
        match ty {
            Some('f' | 'F') => fixed(a, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => exponent(a, spec.precision.unwrap_or(6), upper),
            Some('g' | 'G' | 'n') => general(a, spec.precision.unwrap_or(6), upper, spec.alternate),
            Some('%') => format!("{}%", fixed(a * 100.0, spec.precision.unwrap_or(6))),
            _ => match spec.precision {
                // No type: like 'g', but always with a digit after the point in fixed form.
                Some(p) => {
                    let g = general(a, p, false, spec.alternate);
                    if g.contains(['.', 'e', 'n', 'i']) { g } else { format!("{g}.0") }
                }
                None => float_repr(a),
            },
        }
    };
    if spec.alternate && !body.contains('.') && matches!(ty, Some('f' | 'F' | 'e' | 'E' | '%')) {
        match body.find(['e', 'E', '%']) {
            Some(i) => body.insert(i, '.'),
            None => body.push('.'),
        }
    }
    let sign = sign_of(&spec, negative);
    if let Some(g) = spec.grouping {
        let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
        let (int_part, rest) = body.split_at(split);
        body = format!("{}{rest}", group_padded(&spec, int_part, g, 3, sign.len() + rest.chars().count()));
    }
    Ok(pad(&spec, sign, &body, '>'))
}

/// `round(x, n)` for a float: correctly rounded to `n` decimal places, ties to even.
pub fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || n > 323 {
        return x;
    }
    if n >= 0 {
        return fixed(x, n as usize).parse().unwrap_or(x);
    }
    let scale = 10f64.powi((-n) as i32);
    if scale.is_infinite() {
        return 0.0 * x;
    }
    (x / scale).round_ties_even() * scale
}

// ---------------------------------------------------------------------------------------------
// str.format

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &[(&str, Value)]) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut auto = 0usize;
    let mut manual = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing one level of nesting in the spec.
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("expected '}' before end of string".into()));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            out.push_str(&format_field(vm, &field, args, kwargs, &mut auto, &mut manual)?);
            i = j;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string".into()));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kwargs: &[(&str, Value)],
    auto: &mut usize,
    manual: &mut bool,
) -> PyResult<String> {
    let (name_conv, spec) = match field.find(':') {
        Some(k) => (&field[..k], &field[k + 1..]),
        None => (field, ""),
    };
    let (name, conv) = match name_conv.find('!') {
        Some(k) => (&name_conv[..k], Some(&name_conv[k + 1..])),
        None => (name_conv, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let mut value = if first.is_empty() {
        if *manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering".into(),
            ));
        }
        let v = args.get(*auto).cloned().ok_or_else(|| {
            vm.index_error(format!("Replacement index {} out of range for positional args tuple", *auto))
        })?;
        *auto += 1;
        v
    } else if let Ok(k) = first.parse::<usize>() {
        if *auto > 0 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification".into(),
            ));
        }
        *manual = true;
        args.get(k).cloned().ok_or_else(|| {
            vm.index_error(format!("Replacement index {k} out of range for positional args tuple"))
        })?
    } else {
        match kwargs.iter().find(|(k, _)| *k == first) {
            Some((_, v)) => v.clone(),
            None => return Err(vm.key_error(Value::str(first))),
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = crate::object::str::PyStr::new(&r[..end]);
            value = crate::object::attr::getattr(vm, &value, &attr)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| vm.value_error("Missing ']' in format string".into()))?;
            let key_text = &r[..end];
            let key = match key_text.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::str(key_text),
            };
            value = protocol::getitem(vm, &value, &key)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier".into()));
        }
    }
    value = match conv {
        None => value,
        Some("r") => Value::str(&protocol::repr(vm, &value)?),
        Some("s") => Value::str(&protocol::str(vm, &value)?),
        Some("a") => Value::str(&super::functions::ascii_of(&protocol::repr(vm, &value)?)),
        Some(other) => {
            return Err(vm.value_error(format!("Unknown conversion specifier {other}")));
        }
    };
    let spec = if spec.contains('{') { str_format(vm, spec, args, kwargs)? } else { spec.to_string() };
    format(vm, &value, &spec)
}

// ---------------------------------------------------------------------------------------------
// % formatting

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    percent_impl(vm, fmt, args, false)
}

/// `b'...' % args`: the same machine over the format's bytes seen as Latin-1 text (one char a
/// byte), with bytes' own `%s`/`%b`, `%r`/`%a` and `%c`.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = percent_impl(vm, &text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// The `%s` operand of bytes formatting: a buffer or an object with `__bytes__`.
fn bytes_operand(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let data = match crate::object::buffer::read(v) {
        Some(b) => b,
        None => match crate::object::class::call_special(vm, v, "__bytes__", &[])? {
            Some(b) if crate::object::buffer::is_buffer(&b) => protocol::bytes_like(&b),
            _ => {
                return Err(vm.type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    type_name(vm, v)
                )));
            }
        },
    };
    Ok(data.into_iter().map(|b| b as char).collect())
}

/// The `%c` operand of bytes formatting: an int below 256 or a single byte.
fn bytes_char(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(i) = IntRef::of(v) {
        return match i.to_big().to_u8() {
            Some(b) => Ok((b as char).to_string()),
            None => Err(vm.overflow_error("%c arg not in range(256)".into())),
        };
    }
    match crate::object::buffer::read(v) {
        Some(b)
            if b.len() == 1
                && !matches!(v, Value::Object(o) if matches!(&**o, crate::object::misc::Object::MemoryView(_))) =>
        {
            Ok((b[0] as char).to_string())
        }
        _ => Err(vm.type_error("%c requires an integer in range(256) or a single byte".into())),
    }
}

fn percent_impl(vm: &mut Vm, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Tuple(t) => (t.items().to_vec(), None),
        Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
        other => (vec![other.clone()], None),
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut next = 0usize;
    let mut i = 0;
    let mut take = |vm: &mut Vm| -> PyResult<Value> {
        let v = items
            .get(next)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string".into()));
        next += 1;
        v
    };
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let mut key_value = None;
        if chars.get(i) == Some(&'(') {
            let end = chars[i..].iter().position(|c| *c == ')').map(|p| p + i);
            let Some(end) = end else { return Err(vm.value_error("incomplete format key".into())) };
            let key: String = chars[i + 1..end].iter().collect();
            let Some(map) = &mapping else { return Err(vm.type_error("format requires a mapping".into())) };
            let key = if bytes {
                crate::builtins::types::bytes::new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                Value::str(&key)
            };
            key_value = Some(protocol::getitem(vm, map, &key)?);
            i = end + 1;
        }
        let mut spec = Spec::default();
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => spec.align = Some('<'),
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ');
                    }
                }
                '#' => spec.alternate = true,
                '0' => spec.zero = true,
                _ => break,
            }
            i += 1;
        }
        if chars.get(i) == Some(&'*') {
            let w = take(vm)?;
            let w = protocol::to_i64(vm, &w)?;
            if w < 0 {
                spec.align = Some('<');
            }
            spec.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let start = i;
            while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            if i > start {
                spec.width = chars[start..i].iter().collect::<String>().parse().ok();
            }
        }
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                let p = take(vm)?;
                spec.precision = Some(protocol::to_i64(vm, &p)?.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
                    i += 1;
                }
                spec.precision = Some(chars[start..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(vm.value_error("incomplete format".into()));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let value = match key_value.take() {
            Some(v) => v,
            None => take(vm)?,
        };
        if spec.zero && spec.align != Some('<') {
            spec.fill = Some('0');
            spec.align = Some('=');
        }
        let piece = match conv {
            's' | 'r' | 'a' | 'b' if bytes || conv != 'b' => {
                let s = match conv {
                    's' | 'b' if bytes => bytes_operand(vm, &value)?,
                    'r' | 'a' if bytes => super::functions::ascii_of(&protocol::repr(vm, &value)?),
                    's' => protocol::str(vm, &value)?,
                    'r' => protocol::repr(vm, &value)?,
                    _ => super::functions::ascii_of(&protocol::repr(vm, &value)?),
                };
                let s: String = match spec.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                spec.fill = None;
                if spec.align != Some('<') {
                    spec.align = Some('>');
                }
                pad(&spec, "", &s, '>')
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let i = match &value {
                    Value::Float(f) if conv == 'd' || conv == 'i' || conv == 'u' => {
                        match super::construct::float_to_int(f.trunc()) {
                            Value::Int(i) => BigInt::from(i),
                            Value::BigInt(b) => (*b).clone(),
                            _ => BigInt::from(0),
                        }
                    }
                    _ => match IntRef::of(&value) {
                        Some(i) => i.to_big(),
                        None => {
                            let what = if matches!(conv, 'x' | 'X' | 'o') {
                                "an integer is required"
                            } else {
                                "a real number is required"
                            };
                            return Err(vm.type_error(format!(
                                "%{conv} format: {what}, not {}",
                                type_name(vm, &value)
                            )));
                        }
                    },
                };
                let negative = i.is_negative();
                let mag = i.abs();
                let (mut digits, prefix) = match conv {
                    'x' => (mag.to_str_radix(16), "0x"),
                    'X' => (mag.to_str_radix(16).to_uppercase(), "0X"),
                    'o' => (mag.to_str_radix(8), "0o"),
                    _ => (mag.to_string(), ""),
                };
                if let Some(p) = spec.precision {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let sign =
                    format!("{}{}", sign_of(&spec, negative), if spec.alternate { prefix } else { "" });
                pad(&spec, &sign, &digits, '>')
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match &value {
                    Value::Float(f) => *f,
                    _ => match IntRef::of(&value).and_then(|i| i.to_f64()) {
                        Some(f) => f,
                        None => {
                            let what =
                                if bytes { "float argument required," } else { "must be real number," };
                            return Err(vm.type_error(format!("{what} not {}", type_name(vm, &value))));
                        }
                    },
                };
                let p = spec.precision.unwrap_or(6);
                let a = f.abs();
                let body = if a.is_nan() || a.is_infinite() {
                    let s = if a.is_nan() { "nan" } else { "inf" };
                    if conv.is_uppercase() { s.to_uppercase() } else { s.to_string() }
                } else {
                    match conv {
                        'f' | 'F' => fixed(a, p),
                        'e' | 'E' => exponent(a, p, conv == 'E'),
                        _ => general(a, p, conv == 'G', spec.alternate),
                    }
                };
                let sign = sign_of(&spec, f.is_sign_negative() && !f.is_nan());
                pad(&spec, sign, &body, '>')
            }
            'c' if bytes => {
                let c = bytes_char(vm, &value)?;
                spec.fill = None;
                pad(&spec, "", &c, '>')
            }
            'c' => {
                let c = match &value {
                    Value::Str(s) if s.len() == 1 => s.as_str().to_string(),
                    _ => {
                        match IntRef::of(&value).and_then(|i| i.to_big().to_u32()).and_then(char::from_u32) {
                            Some(c) => c.to_string(),
                            None => return Err(vm.type_error("%c requires int or char".into())),
                        }
                    }
                };
                spec.fill = None;
                pad(&spec, "", &c, '>')
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if next < items.len() && mapping.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(vm.type_error(format!("not all arguments converted during {what} formatting")));
    }
    Ok(out)
}
