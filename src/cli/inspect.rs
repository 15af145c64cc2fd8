//! `minivm inspect`: the "code inspector" view of a `.pyc`: the header, then the tree of code
//! objects with every field decoded (flags by name, localsplus by kind, line and exception
//! tables as offset ranges).

use std::fmt::Write;
use std::rc::Rc;

use crate::code::{CodeObject, kind};
use crate::loader::header::version_of_magic;
use crate::loader::{Pyc, Validation};

pub fn inspect(pyc: &Pyc) -> String {
    let mut out = String::new();
    let h = &pyc.header;
    let version = version_of_magic(h.magic).map_or("unknown", |(v, _)| v);
    let _ = writeln!(out, "header");
    let _ = writeln!(out, "  magic         {} (CPython {version})", h.magic);
    match h.validation {
        Validation::Timestamp { mtime, source_size } => {
            let _ = writeln!(out, "  flags         {:#x} (timestamp-based)", h.flags);
            let _ = writeln!(out, "  source mtime  {mtime} ({})", utc(mtime as i64));
            let _ = writeln!(out, "  source size   {source_size} bytes");
        }
        Validation::Hash { hash, check_source } => {
            let mode = if check_source { "checked" } else { "unchecked" };
            let _ = writeln!(out, "  flags         {:#x} (hash-based, {mode})", h.flags);
            let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
            let _ = writeln!(out, "  source hash   {hex}");
        }
    }
    let _ = writeln!(out);
    code_tree(&pyc.code, "", &mut out);
    out
}

fn list(names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    format!("({})", quoted.join(", "))
}

fn code_tree(code: &CodeObject, indent: &str, out: &mut String) {
    let w = |out: &mut String, label: &str, value: String| {
        let _ = writeln!(out, "{indent}  {label:<16}{value}");
    };
    let _ =
        writeln!(out, "{indent}code object {} ({}, line {})", code.qualname, code.filename, code.firstlineno);
    w(out, "name", code.name.to_string());
    w(out, "qualname", code.qualname.to_string());
    w(
        out,
        "arguments",
        format!(
            "argcount {}, posonly {}, kwonly {}",
            code.argcount, code.posonlyargcount, code.kwonlyargcount
        ),
    );
    let names = code.flags.names();
    w(
        out,
        "flags",
        if names.is_empty() {
            format!("{:#x}", code.flags.0)
        } else {
            format!("{:#x} {}", code.flags.0, names.join(" | "))
        },
    );
    w(out, "stacksize", code.stacksize.to_string());
    w(out, "nlocals", code.nlocals().to_string());
    w(out, "varnames", list(&code.varnames()));
    w(out, "cellvars", list(&code.cellvars()));
    w(out, "freevars", list(&code.freevars()));
    w(out, "names", list(&code.names));
    let mut slots = Vec::new();
    for (i, (name, k)) in code.localsplusnames.iter().zip(code.localspluskinds.iter()).enumerate() {
        let mut kinds = Vec::new();
        for (bit, label) in
            [(kind::LOCAL, "local"), (kind::CELL, "cell"), (kind::FREE, "free"), (kind::HIDDEN, "hidden")]
        {
            if k & bit != 0 {
                kinds.push(label);
            }
        }
        slots.push(format!("{i}:{name}[{}]", kinds.join("+")));
    }
    w(out, "localsplus", slots.join(" "));
    let _ = writeln!(out, "{indent}  consts");
    for (i, c) in code.consts.iter().enumerate() {
        let _ = writeln!(out, "{indent}    {i:>3}  {}", c.repr());
    }
    let _ = writeln!(out, "{indent}  code            {} bytes, {} units", code.code.len(), code.units());
    let _ = writeln!(out, "{indent}  line table      (offset range -> line:col-end_line:end_col)");
    let mut unit = 0;
    while unit < code.positions.len() {
        let pos = code.positions[unit];
        let mut end = unit + 1;
        while end < code.positions.len() && code.positions[end] == pos {
            end += 1;
        }
        let show = |v: Option<i32>| v.map_or("-".to_string(), |v| v.to_string());
        let showu = |v: Option<u32>| v.map_or("-".to_string(), |v| v.to_string());
        let _ = writeln!(
            out,
            "{indent}    {:>5}-{:<5} -> {}:{}-{}:{}",
            unit * 2,
            end * 2 - 2,
            show(pos.line),
            showu(pos.col),
            show(pos.end_line),
            showu(pos.end_col)
        );
        unit = end;
    }
    if code.exception_entries.is_empty() {
        let _ = writeln!(out, "{indent}  exception table (empty)");
    } else {
        let _ = writeln!(out, "{indent}  exception table (start to end -> target [depth] lasti)");
        for e in code.exception_entries.iter() {
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "{indent}    {} to {} -> {} [{}]{lasti}",
                e.start * 2,
                e.end as i64 * 2 - 2,
                e.target * 2,
                e.depth
            );
        }
    }
    for inner in code.nested() {
        let _ = writeln!(out);
        code_tree(inner, &format!("{indent}    "), out);
    }
}

/// A Unix time as `YYYY-MM-DD HH:MM:SS UTC` (civil-from-days, proleptic Gregorian).
fn utc(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02} UTC", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// `minivm inspect --bytes`: the file byte by byte: the header's fields, then every object of
/// the marshal stream (its type code, sizes and value), indented by nesting.
pub fn bytes(data: &[u8], pyc: &Pyc) -> Result<String, String> {
    let mut out = String::new();
    let hex = |range: &[u8]| -> String {
        let shown: Vec<String> = range.iter().take(8).map(|b| format!("{b:02x}")).collect();
        let more = if range.len() > 8 { format!(" …{}", range.len()) } else { String::new() };
        format!("{}{more}", shown.join(" "))
    };
    let _ = writeln!(out, "{:>6}  {:<30} what", "offset", "bytes");
    let h = &pyc.header;
    let version = version_of_magic(h.magic).map_or("unknown", |(v, _)| v);
    let _ = writeln!(
        out,
        "{:>6}  {:<30} magic {} (CPython {version}), then \\r\\n",
        0,
        hex(&data[0..4]),
        h.magic
    );
    let flags = match h.validation {
        Validation::Timestamp { .. } => "timestamp-based",
        Validation::Hash { check_source: true, .. } => "hash-based, checked",
        Validation::Hash { .. } => "hash-based, unchecked",
    };
    let _ = writeln!(out, "{:>6}  {:<30} flags {:#x}: {flags}", 4, hex(&data[4..8]), h.flags);
    let rest = match h.validation {
        Validation::Timestamp { mtime, source_size } => format!("source mtime {mtime}, size {source_size}"),
        Validation::Hash { .. } => "SipHash-1-3 of the source".to_string(),
    };
    let _ = writeln!(out, "{:>6}  {:<30} {rest}", 8, hex(&data[8..16]));
    let notes = crate::loader::marshal::annotate(data, crate::loader::header::HEADER_LEN)
        .map_err(|e| e.to_string())?;
    for note in notes {
        let _ = writeln!(
            out,
            "{:>6}  {:<30} {}{}",
            note.start,
            hex(&data[note.start..note.end]),
            "  ".repeat(note.depth),
            note.text
        );
    }
    Ok(out)
}
