//! The marshal reader: CPython 3.12's `Python/marshal.c` format, read back into `Constant`s.
//!
//! Every length is checked against the bytes that remain before anything is allocated, nesting
//! is limited as CPython limits it (on a heap stack, so no input can exhaust the native one),
//! and every failure is a `LoadError` with the byte offset.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::error::{LoadError, LoadErrorKind};
use crate::code::{CodeFields, CodeObject, Constant};

/// CPython's `MAX_MARSHAL_STACK_DEPTH`.
pub const MAX_DEPTH: usize = 2000;

/// Set on a type code when the object is appended to the back-reference list.
const FLAG_REF: u8 = 0x80;

mod ty {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const INT64: u8 = b'I';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const LONG: u8 = b'l';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const REF: u8 = b'r';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SMALL_TUPLE: u8 = b')';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
}

/// A back-reference slot: empty while its container is still being read.
type Slot = Option<Constant>;

pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    refs: Vec<Slot>,
    /// `minivm inspect --bytes`: what each stretch of bytes held, when asked for.
    notes: Option<Vec<Note>>,
}

/// One stretch of the marshal stream and what it held (`annotate`).
pub struct Note {
    pub start: usize,
    pub end: usize,
    /// How many containers it is inside.
    pub depth: usize,
    pub text: String,
}

/// The code object's fields in stream order (`co_firstlineno`, an int, comes after the eighth).
const CODE_FIELDS: [&str; 10] = [
    "co_code",
    "co_consts",
    "co_names",
    "co_localsplusnames",
    "co_localspluskinds",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
];

/// A container whose contents are still being read. The reader keeps these on a heap stack
/// instead of recursing, so no input can exhaust the native stack; the stack's length is the
/// nesting depth that `MAX_DEPTH` limits.
enum Open {
    /// Tuple, list, set or frozenset: `want` items in all.
    Seq { kind: u8, want: usize, items: Vec<Constant>, slot: Option<usize> },
    /// A dict: pairs until a `TYPE_NULL` key. `key` holds a key awaiting its value.
    Dict { pairs: Vec<(Constant, Constant)>, key: Option<Constant>, slot: Option<usize> },
    /// A code object: its five leading ints, then its objects with their start offsets
    /// (`firstlineno` is read after the eighth object).
    Code { ints: [i32; 5], firstlineno: i32, fields: Vec<(usize, Constant)>, slot: Option<usize> },
}

/// What reading one type code produced.
enum Step {
    Value(Constant),
    /// `TYPE_NULL`: only a dict accepts it, as its end mark.
    Null,
    /// A container was opened and pushed.
    Opened,
}

/// Reads one marshal object from `data`, starting at `start` (offsets in errors count from
/// the beginning of `data`, so a `.pyc` reports file offsets). Trailing bytes are ignored, as
/// CPython ignores them.
pub fn read_object(data: &[u8], start: usize) -> Result<Constant, LoadError> {
    let mut reader = Reader { data, pos: start, refs: Vec::new(), notes: None };
    reader.object()
}

/// Reads one object as `read_object` does, and says what every stretch of bytes held, in
/// order: each type code with its flag, sizes and value, each container's header, each code
/// object field by name.
pub fn annotate(data: &[u8], start: usize) -> Result<Vec<Note>, LoadError> {
    let mut reader = Reader { data, pos: start, refs: Vec::new(), notes: Some(Vec::new()) };
    reader.object()?;
    Ok(reader.notes.unwrap_or_default())
}

/// What a type code means, for `annotate`.
fn type_name(kind: u8) -> &'static str {
    match kind {
        ty::NULL => "NULL (end of dict)",
        ty::NONE => "None",
        ty::FALSE => "False",
        ty::TRUE => "True",
        ty::STOPITER => "StopIteration",
        ty::ELLIPSIS => "Ellipsis",
        ty::INT => "int (i32)",
        ty::INT64 => "int (i64)",
        ty::LONG => "long int (15-bit digits)",
        ty::BINARY_FLOAT => "float (f64)",
        ty::FLOAT => "float (text)",
        ty::BINARY_COMPLEX => "complex (two f64)",
        ty::COMPLEX => "complex (text)",
        ty::STRING => "bytes (u32 size)",
        ty::UNICODE => "str, UTF-8 (u32 size)",
        ty::INTERNED => "interned str, UTF-8 (u32 size)",
        ty::ASCII => "ASCII str (u32 size)",
        ty::ASCII_INTERNED => "interned ASCII str (u32 size)",
        ty::SHORT_ASCII => "short ASCII str (u8 size)",
        ty::SHORT_ASCII_INTERNED => "interned short ASCII str (u8 size)",
        ty::TUPLE => "tuple (u32 count)",
        ty::SMALL_TUPLE => "small tuple (u8 count)",
        ty::LIST => "list",
        ty::DICT => "dict",
        ty::SET => "set",
        ty::FROZENSET => "frozenset",
        ty::CODE => "code object",
        ty::REF => "reference",
        _ => "unknown",
    }
}

impl<'a> Reader<'a> {
    fn err(&self, at: usize, kind: LoadErrorKind) -> LoadError {
        LoadError::new(at, kind)
    }

    fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], LoadError> {
        if n > self.remaining() {
            return Err(
                self.err(self.pos, LoadErrorKind::Truncated { what, needed: n, available: self.remaining() })
            );
        }
        let bytes = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(bytes)
    }

    fn u8(&mut self, what: &'static str) -> Result<u8, LoadError> {
        Ok(self.take(1, what)?[0])
    }

    fn i32(&mut self, what: &'static str) -> Result<i32, LoadError> {
        let b = self.take(4, what)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn f64(&mut self, what: &'static str) -> Result<f64, LoadError> {
        let b = self.take(8, what)?;
        let mut raw = [0; 8];
        raw.copy_from_slice(b);
        Ok(f64::from_le_bytes(raw))
    }

    /// A length prefix that must be non-negative and, at `min_bytes` per item, fit in what remains.
    fn length(&mut self, what: &'static str, min_bytes: usize) -> Result<usize, LoadError> {
        let at = self.pos;
        let len = self.i32(what)?;
        self.check_length(at, what, len as i64, min_bytes)
    }

    fn check_length(
        &self,
        at: usize,
        what: &'static str,
        len: i64,
        min_bytes: usize,
    ) -> Result<usize, LoadError> {
        if len < 0 || (len as u64).saturating_mul(min_bytes as u64) > self.remaining() as u64 {
            return Err(self.err(at, LoadErrorKind::BadLength { what, len, remaining: self.remaining() }));
        }
        Ok(len as usize)
    }

    /// Reads one whole object, with every container it holds.
    fn object(&mut self) -> Result<Constant, LoadError> {
        // Each open container with the offset where it started.
        let mut open: Vec<(usize, Open)> = Vec::new();
        loop {
            let mut at = self.pos;
            let mut value = match self.step(&mut open)? {
                Step::Opened => continue,
                Step::Value(v) => v,
                Step::Null => match open.last() {
                    Some((start, Open::Dict { key: None, .. })) => {
                        at = *start;
                        self.close(open.pop().map(|(_, c)| c), at)?
                    }
                    _ => return Err(self.err(at, LoadErrorKind::UnexpectedNull)),
                },
            };
            // Hand the value to the innermost open container, closing every one it completes.
            loop {
                let depth_here = open.len();
                let Some((_, top)) = open.last_mut() else { return Ok(value) };
                let complete = match top {
                    Open::Seq { want, items, .. } => {
                        items.push(value);
                        items.len() == *want
                    }
                    Open::Dict { pairs, key, .. } => {
                        match key.take() {
                            None => *key = Some(value),
                            Some(k) => pairs.push((k, value)),
                        }
                        false
                    }
                    Open::Code { fields, firstlineno, .. } => {
                        fields.push((at, value));
                        if fields.len() == 8 {
                            let start = self.pos;
                            *firstlineno = self.i32("co_firstlineno")?;
                            let text = format!("co_firstlineno: i32 {firstlineno}");
                            self.note(start, depth_here, text);
                        }
                        fields.len() == 10
                    }
                };
                if !complete {
                    break;
                }
                let end = self.pos;
                let (start, container) = open.pop().map_or((end, None), |(start, c)| (start, Some(c)));
                value = self.close(container, end)?;
                at = start;
            }
        }
    }

    /// The role of the next object in the innermost open container, for `annotate`.
    fn role(open: &[(usize, Open)]) -> String {
        match open.last() {
            Some((_, Open::Code { fields, .. })) => {
                format!("{}: ", CODE_FIELDS.get(fields.len()).unwrap_or(&"?"))
            }
            Some((_, Open::Seq { items, .. })) => format!("[{}] ", items.len()),
            Some((_, Open::Dict { key: None, .. })) => "key: ".to_string(),
            Some((_, Open::Dict { .. })) => "value: ".to_string(),
            None => String::new(),
        }
    }

    /// Notes what the bytes from `start` held (under `annotate`).
    fn note(&mut self, start: usize, depth: usize, text: String) {
        let end = self.pos;
        if let Some(notes) = self.notes.as_mut() {
            notes.push(Note { start, end, depth, text });
        }
    }

    /// Reads one type code: a whole scalar, a back-reference, or the start of a container.
    fn step(&mut self, open: &mut Vec<(usize, Open)>) -> Result<Step, LoadError> {
        let at = self.pos;
        if self.notes.is_some() {
            let role = Self::role(open);
            let depth = open.len();
            let refs = self.refs.len();
            let result = self.step_plain(open);
            let code = self.data.get(at).copied().unwrap_or(0);
            let flag = if code & FLAG_REF != 0 { format!(", ref #{refs}") } else { String::new() };
            let mut head =
                format!("{role}{:?} {}{flag}", (code & !FLAG_REF) as char, type_name(code & !FLAG_REF));
            if code & !FLAG_REF == ty::REF
                && let Some(index) = self.data.get(at + 1..at + 5)
            {
                head += &format!(" to #{}", u32::from_le_bytes([index[0], index[1], index[2], index[3]]));
            }
            let text = match &result {
                Ok(Step::Value(v)) => match v {
                    Constant::Bytes(b) if role.starts_with("co_code") => {
                        format!("{head}: {} bytes of instructions ({} code units)", b.len(), b.len() / 2)
                    }
                    Constant::Bytes(b) if role.starts_with("co_linetable") => {
                        format!("{head}: {} bytes of location table", b.len())
                    }
                    Constant::Bytes(b) if role.starts_with("co_exceptiontable") => {
                        format!("{head}: {} bytes of exception table", b.len())
                    }
                    Constant::Bytes(b) if role.starts_with("co_localspluskinds") => {
                        format!("{head}: kinds {:02x?}", &b[..])
                    }
                    Constant::Code(c) => format!("{head}: empty code object {}", c.name),
                    v => format!("{head}: {}", v.repr()),
                },
                Ok(Step::Opened) => match open.last() {
                    Some((_, Open::Code { ints, .. })) => format!(
                        "{head}: argcount {}, posonlyargcount {}, kwonlyargcount {}, stacksize {}, flags {:#x}",
                        ints[0], ints[1], ints[2], ints[3], ints[4]
                    ),
                    Some((_, Open::Seq { want: 1, .. })) => format!("{head}: 1 item"),
                    Some((_, Open::Seq { want, .. })) => format!("{head}: {want} items"),
                    _ => head,
                },
                Ok(Step::Null) => head,
                Err(_) => head,
            };
            self.note(at, depth, text);
            return result;
        }
        self.step_plain(open)
    }

    fn step_plain(&mut self, open: &mut Vec<(usize, Open)>) -> Result<Step, LoadError> {
        let at = self.pos;
        let code = self.u8("a type code")?;
        let flag = code & FLAG_REF != 0;
        let kind = code & !FLAG_REF;
        let container = matches!(
            kind,
            ty::TUPLE | ty::SMALL_TUPLE | ty::LIST | ty::DICT | ty::SET | ty::FROZENSET | ty::CODE
        );
        if !container {
            return Ok(match kind {
                ty::NULL => Step::Null,
                ty::REF => Step::Value(self.reference()?),
                _ => {
                    let value = self.scalar(at, code)?;
                    if flag {
                        self.refs.push(Some(value.clone()));
                    }
                    Step::Value(value)
                }
            });
        }
        if open.len() >= MAX_DEPTH {
            return Err(self.err(at, LoadErrorKind::TooDeep { limit: MAX_DEPTH }));
        }
        let want = match kind {
            ty::SMALL_TUPLE => {
                let n = self.u8("small tuple size")? as i64;
                Some(self.check_length(at + 1, "tuple size", n, 1)?)
            }
            ty::TUPLE => Some(self.length("tuple size", 1)?),
            ty::LIST => Some(self.length("list size", 1)?),
            ty::SET | ty::FROZENSET => Some(self.length("set size", 1)?),
            _ => None,
        };
        let mut ints = [0; 5];
        if kind == ty::CODE {
            for (i, what) in
                ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags"]
                    .into_iter()
                    .enumerate()
            {
                ints[i] = self.i32(what)?;
            }
        }
        // Containers take their reference slot before their contents (pre-order numbering).
        let slot = flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        });
        let container = match kind {
            ty::DICT => Open::Dict { pairs: Vec::new(), key: None, slot },
            ty::CODE => Open::Code { ints, firstlineno: 0, fields: Vec::with_capacity(10), slot },
            _ => {
                let want = want.unwrap_or(0);
                Open::Seq { kind, want, items: Vec::with_capacity(want), slot }
            }
        };
        if want == Some(0) {
            return Ok(Step::Value(self.close(Some(container), at)?));
        }
        open.push((at, container));
        Ok(Step::Opened)
    }

    /// Builds the value of a finished container and fills its reference slot.
    fn close(&mut self, container: Option<Open>, end: usize) -> Result<Constant, LoadError> {
        let (value, slot) = match container {
            Some(Open::Seq { kind, items, slot, .. }) => {
                let items: Rc<[Constant]> = items.into();
                let value = match kind {
                    ty::LIST => Constant::List(items),
                    ty::SET => Constant::Set(items),
                    ty::FROZENSET => Constant::FrozenSet(items),
                    _ => Constant::Tuple(items),
                };
                (value, slot)
            }
            Some(Open::Dict { pairs, slot, .. }) => (Constant::Dict(pairs.into()), slot),
            Some(Open::Code { ints, firstlineno, fields, slot }) => {
                (Constant::Code(Rc::new(self.code(ints, firstlineno, fields, end)?)), slot)
            }
            None => return Err(self.err(end, LoadErrorKind::UnexpectedNull)),
        };
        if let Some(i) = slot {
            self.refs[i] = Some(value.clone());
        }
        Ok(value)
    }

    /// `TYPE_REF`: a back-reference to an object read earlier.
    fn reference(&mut self) -> Result<Constant, LoadError> {
        let at = self.pos;
        let index = self.i32("a reference")? as u32;
        match self.refs.get(index as usize) {
            Some(Some(value)) => Ok(value.clone()),
            Some(None) => Err(self.err(at, LoadErrorKind::RefIncomplete { index })),
            None => Err(self.err(at, LoadErrorKind::RefOutOfRange { index, seen: self.refs.len() })),
        }
    }

    /// Every object that holds no other object.
    fn scalar(&mut self, at: usize, code: u8) -> Result<Constant, LoadError> {
        Ok(match code & !FLAG_REF {
            ty::NONE => Constant::None,
            ty::FALSE => Constant::Bool(false),
            ty::TRUE => Constant::Bool(true),
            ty::STOPITER => Constant::StopIteration,
            ty::ELLIPSIS => Constant::Ellipsis,
            ty::INT => Constant::Int(self.i32("an int")? as i64),
            ty::INT64 => {
                let b = self.take(8, "an int64")?;
                let mut raw = [0; 8];
                raw.copy_from_slice(b);
                Constant::Int(i64::from_le_bytes(raw))
            }
            ty::LONG => self.long()?,
            ty::BINARY_FLOAT => Constant::Float(self.f64("a float")?),
            ty::FLOAT => Constant::Float(self.text_float()?),
            ty::BINARY_COMPLEX => {
                let re = self.f64("a complex")?;
                let im = self.f64("a complex")?;
                Constant::Complex { re, im }
            }
            ty::COMPLEX => {
                let re = self.text_float()?;
                let im = self.text_float()?;
                Constant::Complex { re, im }
            }
            ty::STRING => {
                let n = self.length("bytes size", 1)?;
                Constant::Bytes(self.take(n, "bytes")?.into())
            }
            ty::UNICODE | ty::INTERNED => {
                let n = self.length("str size", 1)?;
                let start = self.pos;
                let bytes = self.take(n, "str")?;
                decode_utf8_surrogatepass(bytes)
                    .ok_or_else(|| self.err(start, LoadErrorKind::BadUtf8 { what: "str" }))?
            }
            ty::ASCII | ty::ASCII_INTERNED => {
                let n = self.length("str size", 1)?;
                latin1(self.take(n, "str")?)
            }
            ty::SHORT_ASCII | ty::SHORT_ASCII_INTERNED => {
                let n = self.u8("short str size")? as usize;
                latin1(self.take(n, "str")?)
            }
            _ => return Err(self.err(at, LoadErrorKind::UnknownType(code))),
        })
    }

    /// `TYPE_LONG`: a signed count of 15-bit digits, least significant first.
    fn long(&mut self) -> Result<Constant, LoadError> {
        let at = self.pos;
        let count = self.i32("a long size")?;
        let n = self.check_length(at, "long size", (count as i64).abs(), 2)?;
        let mut digits = Vec::with_capacity(n);
        for _ in 0..n {
            let digit_at = self.pos;
            let b = self.take(2, "a long digit")?;
            let d = u16::from_le_bytes([b[0], b[1]]);
            if d >= 1 << 15 {
                return Err(self.err(digit_at, LoadErrorKind::DigitOutOfRange(d)));
            }
            digits.push(d);
        }
        if digits.last() == Some(&0) {
            return Err(self.err(self.pos - 2, LoadErrorKind::UnnormalizedLong));
        }
        let mut magnitude = BigInt::from(0u32);
        for &d in digits.iter().rev() {
            magnitude = (magnitude << 15u32) + BigInt::from(d);
        }
        let value = if count < 0 { -magnitude } else { magnitude };
        Ok(int_constant(value))
    }

    /// The legacy text float: a u8 length, then ASCII digits.
    fn text_float(&mut self) -> Result<f64, LoadError> {
        let n = self.u8("a text float size")? as usize;
        let at = self.pos;
        let text = self.take(n, "a text float")?;
        std::str::from_utf8(text)
            .ok()
            .and_then(parse_python_float)
            .ok_or_else(|| self.err(at, LoadErrorKind::BadFloat))
    }

    /// Checks a finished code object's fields (in marshal order) and builds it.
    fn code(
        &self,
        ints: [i32; 5],
        firstlineno: i32,
        fields: Vec<(usize, Constant)>,
        end: usize,
    ) -> Result<CodeObject, LoadError> {
        let mut fields = fields.into_iter();
        let mut next = |what| {
            fields
                .next()
                .ok_or_else(|| self.err(end, LoadErrorKind::Truncated { what, needed: 1, available: 0 }))
        };
        let code = self.bytes_field(next("co_code")?, "co_code")?;
        let consts = self.tuple_field(next("co_consts")?, "co_consts")?;
        let names = self.str_tuple_field(next("co_names")?, "co_names")?;
        let localsplusnames = self.str_tuple_field(next("co_localsplusnames")?, "co_localsplusnames")?;
        let localspluskinds = self.bytes_field(next("co_localspluskinds")?, "co_localspluskinds")?;
        let filename = self.str_field(next("co_filename")?, "co_filename")?;
        let name = self.str_field(next("co_name")?, "co_name")?;
        let qualname = self.str_field(next("co_qualname")?, "co_qualname")?;
        let linetable = self.bytes_field(next("co_linetable")?, "co_linetable")?;
        let exceptiontable = self.bytes_field(next("co_exceptiontable")?, "co_exceptiontable")?;
        let [argcount, posonlyargcount, kwonlyargcount, stacksize, flags] = ints;
        let fields = CodeFields {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code,
            consts,
            names,
            localsplusnames,
            localspluskinds,
            filename,
            name: name.clone(),
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        };
        CodeObject::new(fields)
            .map_err(|reason| self.err(end, LoadErrorKind::InvalidCode { name: name.to_string(), reason }))
    }

    fn expected(&self, at: usize, what: &'static str, expected: &'static str, found: &Constant) -> LoadError {
        self.err(at, LoadErrorKind::ExpectedType { what, expected, found: found.type_name() })
    }

    fn bytes_field(&self, (at, value): (usize, Constant), what: &'static str) -> Result<Rc<[u8]>, LoadError> {
        match value {
            Constant::Bytes(b) => Ok(b),
            other => Err(self.expected(at, what, "bytes", &other)),
        }
    }

    fn tuple_field(
        &self,
        (at, value): (usize, Constant),
        what: &'static str,
    ) -> Result<Vec<Constant>, LoadError> {
        match value {
            Constant::Tuple(items) => Ok(items.to_vec()),
            other => Err(self.expected(at, what, "a tuple", &other)),
        }
    }

    fn str_field(&self, (at, value): (usize, Constant), what: &'static str) -> Result<Rc<str>, LoadError> {
        match value {
            Constant::Str(s) => Ok(s),
            other => Err(self.expected(at, what, "a str", &other)),
        }
    }

    fn str_tuple_field(
        &self,
        field: (usize, Constant),
        what: &'static str,
    ) -> Result<Vec<Rc<str>>, LoadError> {
        let at = field.0;
        self.tuple_field(field, what)?
            .into_iter()
            .map(|item| match item {
                Constant::Str(s) => Ok(s),
                other => Err(self.expected(at, what, "a tuple of str", &other)),
            })
            .collect()
    }
}

/// An int constant in its smallest form.
pub fn int_constant(value: BigInt) -> Constant {
    match value.to_i64() {
        Some(small) => Constant::Int(small),
        None => Constant::BigInt(Rc::new(value)),
    }
}

/// The ASCII string forms are read as one byte per character (Latin-1), as CPython reads them.
fn latin1(bytes: &[u8]) -> Constant {
    if bytes.is_ascii() {
        // ASCII is valid UTF-8, so this never falls back to the default.
        Constant::Str(Rc::from(std::str::from_utf8(bytes).unwrap_or_default()))
    } else {
        Constant::Str(bytes.iter().map(|&b| b as char).collect::<String>().into())
    }
}

/// UTF-8 with `surrogatepass`: lone surrogates (U+D800..U+DFFF encoded in three bytes) are
/// allowed, as CPython's marshal writes them. Strings without any become `Str`.
pub fn decode_utf8_surrogatepass(bytes: &[u8]) -> Option<Constant> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(Constant::Str(text.into()));
    }
    let mut points = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (len, init) = match b {
            0x00..=0x7f => (1, b as u32),
            0xc2..=0xdf => (2, (b & 0x1f) as u32),
            0xe0..=0xef => (3, (b & 0x0f) as u32),
            0xf0..=0xf4 => (4, (b & 0x07) as u32),
            _ => return None,
        };
        if i + len > bytes.len() {
            return None;
        }
        let mut cp = init;
        for &c in &bytes[i + 1..i + len] {
            if c & 0xc0 != 0x80 {
                return None;
            }
            cp = (cp << 6) | (c & 0x3f) as u32;
        }
        let min = [0, 0, 0x80, 0x800, 0x10000][len];
        if cp < min || cp > 0x10ffff {
            return None;
        }
        points.push(cp);
        i += len;
    }
    Some(Constant::WideStr(points.into()))
}

/// Parses float text as Python's `float()` does for the forms marshal wrote (`inf`, `nan`, digits).
fn parse_python_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => Some(sign * f64::INFINITY),
        "nan" => Some(f64::NAN.copysign(sign)),
        _ => t.parse::<f64>().ok(),
    }
}
