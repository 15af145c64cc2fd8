//! `_csv`: the record parser of CPython's `Modules/_csv.c` (3.12.1), in Rust. A reader's
//! state machine lives in an opaque state that `_feed` advances one line at a time, so
//! quoted fields may span lines; dialects, the reader and writer objects and the dialect
//! registry are Python (`python/csv_types.py`), which CPython's `csv` builds on.

use super::native_util::{self as util, new_state, with_state};
use crate::interp::{PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::protocol::{self, type_name};
use crate::object::value::Value;

static TYPES: &[u8] = include_bytes!("python/csv_types.pyc");

const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

pub fn init(vm: &mut Vm, dict: &Dict) -> PyResult<()> {
    super::add_functions(dict, "_csv", &[("_parser", parser), ("_feed", feed), ("_finish", finish)]);
    let exception = vm.types.exception.clone();
    util::add_exception(vm, dict, "_csv", "Error", exception)?;
    for (i, name) in
        ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL"]
            .iter()
            .enumerate()
    {
        dict.set_str(name, Value::Int(i as i64));
    }
    dict.set_str("__version__", Value::str("1.0"));
    util::run_python_half(vm, dict, "_csv", TYPES)
}

/// Where the parser is within a record (CPython's `ParserState`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// A reader's dialect and the record being built.
struct Parser {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    strict: bool,
    quoting: i64,
    state: State,
    field: String,
    field_len: usize,
    /// The field began unquoted under QUOTE_NONNUMERIC: it is returned as a float.
    numeric: bool,
    /// Each field of the record so far, with whether it converts to a float.
    fields: Vec<(String, bool)>,
}

impl Parser {
    fn reset(&mut self) {
        self.fields.clear();
        self.state = State::StartRecord;
        self.numeric = false;
    }

    fn save_field(&mut self) {
        let text = std::mem::take(&mut self.field);
        self.fields.push((text, self.numeric));
        self.field_len = 0;
        self.numeric = false;
    }

    fn add_char(&mut self, c: char, limit: usize) -> Result<(), String> {
        if self.field_len >= limit {
            return Err(format!("field larger than field limit ({limit})"));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    /// One character of input, `None` standing for the end of a line.
    fn process(&mut self, c: Option<char>, limit: usize) -> Result<(), String> {
        let newline = matches!(c, Some('\n' | '\r'));
        let is = |x: Option<char>| c.is_some() && c == x;
        match self.state {
            State::StartRecord => {
                if c.is_none() {
                    return Ok(());
                }
                if newline {
                    self.state = State::EatCrnl;
                    return Ok(());
                }
                self.state = State::StartField;
                self.start_field(c, limit)?;
            }
            State::StartField => self.start_field(c, limit)?,
            State::EscapedChar => {
                if newline {
                    self.add_char(c.unwrap_or('\n'), limit)?;
                    self.state = State::AfterEscapedCrnl;
                    return Ok(());
                }
                self.add_char(c.unwrap_or('\n'), limit)?;
                self.state = State::InField;
            }
            State::AfterEscapedCrnl => {
                if c.is_some() {
                    self.in_field(c, limit)?;
                }
            }
            State::InField => self.in_field(c, limit)?,
            State::InQuotedField => {
                if c.is_none() {
                } else if is(self.escapechar) {
                    self.state = State::EscapeInQuotedField;
                } else if is(self.quotechar) && self.quoting != QUOTE_NONE {
                    self.state = if self.doublequote { State::QuoteInQuotedField } else { State::InField };
                } else {
                    self.add_char(c.unwrap_or('\n'), limit)?;
                }
            }
            State::EscapeInQuotedField => {
                self.add_char(c.unwrap_or('\n'), limit)?;
                self.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => {
                if self.quoting != QUOTE_NONE && is(self.quotechar) {
                    self.add_char(c.unwrap_or('"'), limit)?;
                    self.state = State::InQuotedField;
                } else if c == Some(self.delimiter) {
                    self.save_field();
                    self.state = State::StartField;
                } else if newline || c.is_none() {
                    self.save_field();
                    self.state = if c.is_none() { State::StartRecord } else { State::EatCrnl };
                } else if !self.strict {
                    self.add_char(c.unwrap_or(' '), limit)?;
                    self.state = State::InField;
                } else {
                    return Err(format!(
                        "'{}' expected after '{}'",
                        self.delimiter,
                        self.quotechar.unwrap_or('"')
                    ));
                }
            }
            State::EatCrnl => {
                if newline {
                } else if c.is_none() {
                    self.state = State::StartRecord;
                } else {
                    return Err("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?".into());
                }
            }
        }
        Ok(())
    }

    fn start_field(&mut self, c: Option<char>, limit: usize) -> Result<(), String> {
        let newline = matches!(c, Some('\n' | '\r'));
        if newline || c.is_none() {
            self.save_field();
            self.state = if c.is_none() { State::StartRecord } else { State::EatCrnl };
        } else if c == self.quotechar && self.quoting != QUOTE_NONE {
            self.state = State::InQuotedField;
        } else if c == self.escapechar {
            self.state = State::EscapedChar;
        } else if c == Some(' ') && self.skipinitialspace {
        } else if c == Some(self.delimiter) {
            self.save_field();
        } else {
            if self.quoting == QUOTE_NONNUMERIC {
                self.numeric = true;
            }
            self.add_char(c.unwrap_or(' '), limit)?;
            self.state = State::InField;
        }
        Ok(())
    }

    fn in_field(&mut self, c: Option<char>, limit: usize) -> Result<(), String> {
        let newline = matches!(c, Some('\n' | '\r'));
        if newline || c.is_none() {
            self.save_field();
            self.state = if c.is_none() { State::StartRecord } else { State::EatCrnl };
        } else if c == self.escapechar {
            self.state = State::EscapedChar;
        } else if c == Some(self.delimiter) {
            self.save_field();
            self.state = State::StartField;
        } else {
            self.add_char(c.unwrap_or(' '), limit)?;
        }
        Ok(())
    }

    /// The record as Python values: a list of (text, converts-to-float) pairs.
    fn take_record(&mut self) -> Value {
        let fields = std::mem::take(&mut self.fields)
            .into_iter()
            .map(|(text, numeric)| Value::tuple(vec![Value::str(&text), Value::Bool(numeric)]))
            .collect();
        self.reset();
        Value::list(fields)
    }
}

fn arg(args: &Args, i: usize) -> Value {
    args.pos().get(i).cloned().unwrap_or(Value::None)
}

fn char_arg(v: &Value) -> Option<char> {
    match v {
        Value::Str(s) => s.as_str().chars().next(),
        _ => None,
    }
}

/// `_parser(delimiter, quotechar, escapechar, doublequote, skipinitialspace, strict,
/// quoting)`: a new parser over a validated dialect's values.
fn parser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let flag = |vm: &mut Vm, i: usize| protocol::truthy(vm, &arg(&args, i));
    let p = Parser {
        delimiter: char_arg(&arg(&args, 0)).unwrap_or(','),
        quotechar: char_arg(&arg(&args, 1)),
        escapechar: char_arg(&arg(&args, 2)),
        doublequote: flag(vm, 3)?,
        skipinitialspace: flag(vm, 4)?,
        strict: flag(vm, 5)?,
        quoting: util::int(vm, &arg(&args, 6))?,
        state: State::StartRecord,
        field: String::new(),
        field_len: 0,
        numeric: false,
        fields: Vec::new(),
    };
    Ok(new_state("csv parser", p))
}

fn error(vm: &mut Vm, message: String) -> crate::object::exception::PyErr {
    util::module_exception(vm, "_csv", "Error", message)
}

/// `_feed(parser, line, limit)`: parses one line; the finished record, or None when a quoted
/// field goes on past it.
fn feed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = match arg(&args, 1) {
        Value::Str(s) => s,
        other => {
            let t = type_name(vm, &other);
            return Err(error(
                vm,
                format!("iterator should return strings, not {t} (the file should be opened in text mode)"),
            ));
        }
    };
    let limit = util::int(vm, &arg(&args, 2))?.max(0) as usize;
    let outcome = with_state::<Parser, _>(vm, &arg(&args, 0), |p| -> Result<Option<Value>, String> {
        for c in line.as_str().chars() {
            if let Err(e) = p.process(Some(c), limit) {
                p.reset();
                p.field.clear();
                p.field_len = 0;
                return Err(e);
            }
        }
        if let Err(e) = p.process(None, limit) {
            p.reset();
            return Err(e);
        }
        Ok((p.state == State::StartRecord).then(|| p.take_record()))
    })?;
    match outcome {
        Ok(Some(record)) => Ok(record),
        Ok(None) => Ok(Value::None),
        Err(message) => Err(error(vm, message)),
    }
}

/// `_finish(parser)`: at the end of input, the last record if one is open (a quoted field
/// never closed, unless `strict`), else None.
fn finish(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let outcome = with_state::<Parser, _>(vm, &arg(&args, 0), |p| {
        if p.field_len == 0 && p.state != State::InQuotedField {
            p.reset();
            return Ok(None);
        }
        if p.strict {
            p.reset();
            p.field.clear();
            p.field_len = 0;
            return Err("unexpected end of data".to_string());
        }
        p.save_field();
        Ok(Some(p.take_record()))
    })?;
    match outcome {
        Ok(Some(record)) => Ok(record),
        Ok(None) => Ok(Value::None),
        Err(message) => Err(error(vm, message)),
    }
}
