//! Printing an uncaught exception as CPython 3.12 does (`Python/traceback.c`,
//! `Python/pythonrun.c`): the chain of causes and contexts, each frame with its source line
//! and the `^^^^` / `~~~^^^~~~` markers under the failing expression, and repeated lines
//! folded into "[Previous line repeated N more times]".

use std::collections::HashMap;
use std::rc::Rc;

use super::Vm;
use crate::object::exception::{Exception, TracebackEntry};
use crate::object::protocol;
use crate::object::value::Value;

/// Lines kept of a run of identical frames before the rest are counted (`TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// Source files read so far, by name.
#[derive(Default)]
pub struct SourceCache {
    files: HashMap<String, Option<Vec<String>>>,
}

impl SourceCache {
    pub(crate) fn line(&mut self, filename: &str, lineno: i32) -> Option<String> {
        let lines = self.files.entry(filename.to_string()).or_insert_with(|| {
            std::fs::read(filename).ok().map(|bytes| {
                String::from_utf8_lossy(&bytes)
                    .split('\n')
                    .map(|l| l.trim_end_matches('\r').to_string())
                    .collect()
            })
        });
        let i = usize::try_from(lineno).ok()?.checked_sub(1)?;
        lines.as_ref()?.get(i).cloned()
    }
}

/// The text CPython prints for an uncaught exception, chained causes and contexts first.
pub fn format_exception(vm: &mut Vm, exc: &Rc<Exception>) -> String {
    let mut out = String::new();
    let mut ctx = Ctx { depth: 0, need_close: false, seen: Vec::new() };
    format_chain(vm, exc, &mut out, &mut ctx);
    out
}

/// Where printing is inside nested exception groups (`print_exception_group`'s context).
struct Ctx {
    /// Exception-group nesting: lines are indented by two per level and get a `| ` margin.
    depth: usize,
    /// The last member of a group still owes the closing `+---…` line.
    need_close: bool,
    seen: Vec<*const Exception>,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Writes each line of `text` with this level's indent and margin.
    fn write(&self, out: &mut String, text: &str) {
        for line in text.lines() {
            if self.depth > 0 {
                out.push_str(&self.indent());
                out.push_str("| ");
            }
            out.push_str(line);
            out.push('\n');
        }
    }
}

fn format_chain(vm: &mut Vm, exc: &Rc<Exception>, out: &mut String, ctx: &mut Ctx) {
    ctx.seen.push(Rc::as_ptr(exc));
    let cause = exc.cause.borrow().clone();
    let context = exc.context.borrow().clone();
    if let Value::Exception(cause) = &cause {
        if !ctx.seen.contains(&Rc::as_ptr(cause)) {
            format_chain(vm, cause, out, ctx);
            ctx.write(out, "\nThe above exception was the direct cause of the following exception:\n");
            out.push_str(if ctx.depth > 0 { "" } else { "\n" });
        }
    } else if let Value::Exception(context) = &context
        && !exc.suppress_context.get()
        && !ctx.seen.contains(&Rc::as_ptr(context))
    {
        format_chain(vm, context, out, ctx);
        ctx.write(out, "\nDuring handling of the above exception, another exception occurred:\n");
        out.push_str(if ctx.depth > 0 { "" } else { "\n" });
    }
    if crate::object::exception_group::is_group(vm, exc) {
        format_group(vm, exc, out, ctx);
        return;
    }
    let entries = exc.traceback.borrow().clone();
    let mut text = String::new();
    if !entries.is_empty() {
        text.push_str("Traceback (most recent call last):\n");
        format_entries(vm, &entries, &mut text);
    }
    text.push_str(&exception_line(vm, exc));
    ctx.write(out, &text);
}

/// An exception group: its own traceback and line, then each member in a numbered box.
fn format_group(vm: &mut Vm, exc: &Rc<Exception>, out: &mut String, ctx: &mut Ctx) {
    let top = ctx.depth == 0;
    if top {
        ctx.depth = 1;
    }
    let entries = exc.traceback.borrow().clone();
    if !entries.is_empty() {
        out.push_str(&ctx.indent());
        out.push_str("+ Exception Group Traceback (most recent call last):\n");
        let mut text = String::new();
        format_entries(vm, &entries, &mut text);
        ctx.write(out, &text);
    }
    let line = exception_line(vm, exc);
    ctx.write(out, &line);
    let members = crate::object::exception_group::members(exc);
    ctx.need_close = false;
    for (i, member) in members.iter().enumerate() {
        let last = i + 1 == members.len();
        if last {
            ctx.need_close = true;
        }
        out.push_str(&ctx.indent());
        out.push_str(if i == 0 { "+-" } else { "  " });
        out.push_str(&format!("+---------------- {} ----------------\n", i + 1));
        ctx.depth += 1;
        format_chain(vm, member, out, ctx);
        if last && ctx.need_close {
            out.push_str(&ctx.indent());
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if top {
        ctx.depth = 0;
    }
}

fn format_entries(vm: &mut Vm, entries: &[TracebackEntry], out: &mut String) {
    let mut last: Option<(String, Option<i32>, String)> = None;
    let mut count = 0;
    for entry in entries.iter().rev() {
        let co = &entry.code;
        let pos = co.positions.get(entry.lasti).copied().unwrap_or_default();
        let key = (co.filename.to_string(), pos.line, co.name.to_string());
        if last.as_ref() == Some(&key) {
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
        } else {
            flush_repeats(out, count);
            last = Some(key);
            count = 1;
        }
        let line = pos.line.map_or("None".to_string(), |l| l.to_string());
        out.push_str(&format!("  File \"{}\", line {line}, in {}\n", co.filename, co.name));
        if let Some(lineno) = pos.line
            && let Some(source) = vm.sources.line(&co.filename, lineno)
        {
            source_lines(&source, &pos, out);
        }
    }
    flush_repeats(out, count);
}

fn flush_repeats(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n == 1 { "" } else { "s" }));
    }
}

/// The source line, stripped of its indentation, and the markers under the failing part.
fn source_lines(source: &str, pos: &crate::code::Position, out: &mut String) {
    let indent = source.chars().take_while(|c| matches!(c, ' ' | '\t' | '\x0c')).count();
    let stripped: String = source.chars().skip(indent).collect();
    if stripped.trim().is_empty() {
        return;
    }
    out.push_str("    ");
    out.push_str(&stripped);
    out.push('\n');
    let (Some(line), Some(end_line), Some(col), Some(end_col)) =
        (pos.line, pos.end_line, pos.col, pos.end_col)
    else {
        return;
    };
    let start = char_offset(source, col as usize);
    let mut end = char_offset(source, end_col as usize);
    let mut anchors = None;
    if line == end_line {
        let segment: String = source.chars().skip(start).take(end.saturating_sub(start)).collect();
        anchors = super::anchors::find(&segment).map(|a| (a.left_end + start, a.right_start + start));
    } else {
        end = source.trim_end().chars().count();
    }
    let line_len = source.chars().count();
    if end.saturating_sub(start) == line_len - indent && anchors.is_none() {
        return;
    }
    let mut marks = String::from("    ");
    let mut offset = indent;
    while offset < end {
        offset += 1;
        let c = if offset <= start {
            ' '
        } else if let Some((left_end, right_start)) = anchors {
            if left_end < offset && offset <= right_start { '^' } else { '~' }
        } else {
            '^'
        };
        marks.push(c);
    }
    out.push_str(&marks);
    out.push('\n');
}

/// The character index of a UTF-8 byte offset within `line`.
fn char_offset(line: &str, byte: usize) -> usize {
    let byte = byte.min(line.len());
    line.char_indices().take_while(|(b, _)| *b < byte).count()
}

/// `TypeName: message`, or just `TypeName` when the message is empty.
fn exception_line(vm: &mut Vm, exc: &Rc<Exception>) -> String {
    let name = exc.typ.name.clone();
    let (mut line, message) = match syntax_error_location(vm, exc) {
        Some(found) => found,
        None => match protocol::str(vm, &Value::Exception(exc.clone())) {
            Ok(m) => (String::new(), m),
            Err(_) => (String::new(), "<exception str() failed>".into()),
        },
    };
    line.push_str(&if message.is_empty() { format!("{name}\n") } else { format!("{name}: {message}\n") });
    // Notes added with `add_note()` follow, one per line.
    if let Some(notes) = exc.attrs.get_str(&crate::object::str::PyStr::new("__notes__")) {
        let items = match &notes {
            Value::List(l) => l.to_vec(),
            Value::Tuple(t) => t.items().to_vec(),
            other => vec![Value::str(&protocol::repr(vm, other).unwrap_or_default())],
        };
        for note in items {
            let text = match &note {
                Value::Str(s) => s.as_str().to_string(),
                other => protocol::repr(vm, other).unwrap_or_else(|_| "<note str() failed>".into()),
            };
            line.push_str(&text);
            line.push('\n');
        }
    }
    line
}

/// A SyntaxError's `File "…", line N` block, with its source line and carets, and the message
/// to print after it (`print_exception_file_and_line` in `Python/pythonrun.c`); `None` when
/// its fields do not say where (then it prints as any exception does).
fn syntax_error_location(vm: &mut Vm, exc: &Rc<Exception>) -> Option<(String, String)> {
    if !exc.typ.is_subtype(&vm.types.syntax_error) {
        return None;
    }
    let int_or = |v: Value, default: i64| if let Value::Int(i) = v { i } else { default };
    let Value::Int(lineno) = exc.syntax_field("lineno") else { return None };
    let message = match exc.syntax_field("msg") {
        Value::None => String::new(),
        msg => protocol::str(vm, &msg).ok()?,
    };
    let filename = match exc.syntax_field("filename") {
        Value::None => "<string>".to_string(),
        other => protocol::str(vm, &other).ok()?,
    };
    let offset = int_or(exc.syntax_field("offset"), -1);
    // Only SyntaxError itself has its end read; its subclasses get a single caret.
    let (end_lineno, mut end_offset) = if Rc::ptr_eq(&exc.typ, &vm.types.syntax_error) {
        (int_or(exc.syntax_field("end_lineno"), lineno), int_or(exc.syntax_field("end_offset"), -1))
    } else {
        (lineno, -1)
    };
    let mut block = format!("  File \"{filename}\", line {lineno}\n");
    if let Value::Str(text) = exc.syntax_field("text") {
        let size = text.as_str().chars().count() as i64;
        // An error spanning lines is marked to the end of its first line only.
        if end_lineno > lineno {
            end_offset = size;
        }
        end_offset = end_offset.min(size + 1);
        error_text(&mut block, offset, end_offset, text.as_str());
    }
    Some((block, message))
}

/// The source line of a SyntaxError, without its indentation, and the carets under the error
/// (`print_error_text`): none when the offset falls in the indentation.
fn error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    let mut offset = offset - 1 - (text.chars().count() - stripped.chars().count()) as i64;
    let mut text = stripped;
    let len = text.strip_suffix('\n').unwrap_or(text).chars().count() as i64;
    offset = offset.min(len);
    // A text holding several lines: print from the line the offset is in.
    while let Some(nl) = text.find('\n') {
        let before = text[..nl].chars().count() as i64;
        if before >= offset {
            break;
        }
        text = &text[nl + 1..];
        offset -= before + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets.max(0) as usize));
    out.push('\n');
}
