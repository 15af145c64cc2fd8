//! `minivm dis`: the disassembler, producing exactly the text of python3.12's `dis.dis(code)`
//! (`Lib/dis.py`: `_disassemble_recursive`, `_disassemble_bytes`, `Instruction._disassemble`).
//! It walks the code with the same instruction decoder as the eval loop and renders each
//! oparg by the operand kind that the opcode table gives.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use crate::code::linetable::line_starts;
use crate::code::{CodeObject, Instruction};
use crate::opcode::{self, OperandKind};

/// `dis.dis(code)` of a module: the module's code, then every nested code object in
/// constant order, depth first.
pub fn dis_module(code: &CodeObject, show_caches: bool) -> String {
    let mut out = String::new();
    let caches = if show_caches { Caches::Raw } else { Caches::Hidden };
    disassemble_recursive(code, caches, &mut out);
    out
}

/// `minivm dis --adaptive`: as `dis_module` of the live code, and with `show_caches` each cache
/// field also decoded (the counter's value and back-off, versions, indices, site objects).
pub fn dis_module_adaptive(code: &CodeObject, show_caches: bool) -> String {
    let mut out = String::new();
    let caches = if show_caches { Caches::Decoded } else { Caches::Hidden };
    disassemble_recursive(code, caches, &mut out);
    out
}

/// How the `CACHE` units after an instruction are shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Caches {
    Hidden,
    /// As `dis.dis(show_caches=True)`: each field's raw value.
    Raw,
    /// The raw value and what it means for the instruction's current form.
    Decoded,
}

fn disassemble_recursive(code: &CodeObject, caches: Caches, out: &mut String) {
    disassemble_with(code, caches, out);
    for c in code.consts.iter() {
        if let crate::code::Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", c.repr());
            disassemble_recursive(inner, caches, out);
        }
    }
}

/// The jump target of a relative jump, in bytes, as `dis` computes it.
fn jump_target(instr: &Instruction, kind: OperandKind, arg: i32) -> Option<i64> {
    let signed = match kind {
        OperandKind::JumpForward => arg as i64,
        OperandKind::JumpBackward => -(arg as i64),
        _ => return None,
    };
    Some(instr.unit as i64 * 2 + 2 + signed * 2 + 2 * instr.caches() as i64)
}

/// One row per instruction of `code` (not nested code): its byte offset, the line that
/// starts there if one does, and the instruction as `dis` shows it. For `minivm trace --html`.
pub fn instruction_rows(code: &CodeObject) -> Vec<(usize, Option<i32>, String)> {
    let starts: HashMap<usize, i32> = line_starts(&code.positions).into_iter().collect();
    code.instructions()
        .map(|instr| {
            let text = match instr.opcode {
                Some(op) => {
                    let kind = op.base().info().kind;
                    let shown = instr.arg.map(|a| argrepr(code, &instr, kind, a)).unwrap_or_default();
                    match (instr.arg, shown.is_empty()) {
                        (Some(a), true) => format!("{:<24} {a}", op.name()),
                        (Some(a), false) => format!("{:<24} {a} ({shown})", op.name()),
                        (None, _) => op.name().to_string(),
                    }
                }
                None => format!("<{}>", instr.byte),
            };
            (instr.unit * 2, starts.get(&instr.unit).copied(), text)
        })
        .collect()
}

/// What `dis` shows in parentheses for the instruction `op arg` at `unit` (for `minivm trace`).
pub fn argrepr_at(code: &CodeObject, unit: usize, op: opcode::Opcode, arg: u32) -> String {
    let instr = Instruction { unit, byte: op as u8, opcode: Some(op), arg: Some(arg as i32) };
    argrepr(code, &instr, op.info().kind, arg as i32)
}

/// Renders the oparg as `dis` does in the parenthesised column.
fn argrepr(code: &CodeObject, instr: &Instruction, kind: OperandKind, arg: i32) -> String {
    let name = |table: &[std::rc::Rc<str>], i: i64| -> String {
        usize::try_from(i)
            .ok()
            .and_then(|i| table.get(i))
            .map_or_else(|| "<invalid>".to_string(), |s| s.to_string())
    };
    let a = arg as i64;
    match kind {
        OperandKind::None | OperandKind::Raw => String::new(),
        OperandKind::Const => usize::try_from(a)
            .ok()
            .and_then(|i| code.consts.get(i))
            .map_or_else(|| "<invalid>".to_string(), |c| c.repr()),
        OperandKind::Name => name(&code.names, a),
        OperandKind::GlobalName => with_prefix(name(&code.names, a >> 1), a & 1 != 0, "NULL + "),
        OperandKind::AttrName => with_prefix(name(&code.names, a >> 1), a & 1 != 0, "NULL|self + "),
        OperandKind::SuperAttrName => with_prefix(name(&code.names, a >> 2), a & 1 != 0, "NULL|self + "),
        OperandKind::Local | OperandKind::Free => name(&code.localsplusnames, a),
        OperandKind::JumpForward | OperandKind::JumpBackward => {
            format!("to {}", jump_target(instr, kind, arg).unwrap_or(0))
        }
        OperandKind::Compare => {
            opcode::CMP_OPS.get((a >> 4) as usize).copied().unwrap_or("<invalid>").to_string()
        }
        OperandKind::BinaryOp => opcode::NB_OPS.get(a as usize).map_or("<invalid>", |op| op.1).to_string(),
        OperandKind::FormatValue => {
            let mut s = ["", "str", "repr", "ascii"][(a & 3) as usize].to_string();
            if a & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        OperandKind::MakeFunction => opcode::MAKE_FUNCTION_FLAGS
            .iter()
            .enumerate()
            .filter(|(i, _)| a & (1 << i) != 0)
            .map(|(_, s)| *s)
            .collect::<Vec<_>>()
            .join(", "),
        OperandKind::Intrinsic1 => {
            opcode::INTRINSIC_1.get(a as usize).copied().unwrap_or("<invalid>").to_string()
        }
        OperandKind::Intrinsic2 => {
            opcode::INTRINSIC_2.get(a as usize).copied().unwrap_or("<invalid>").to_string()
        }
    }
}

fn with_prefix(s: String, flag: bool, prefix: &str) -> String {
    if flag { format!("{prefix}{s}") } else { s }
}

/// Column widths for one code object: line numbers (0 = no column) and offsets.
struct Columns {
    lineno: usize,
    offset: usize,
}

/// One row of output: an instruction or, with `--show-caches`, a cache unit.
struct Row<'a> {
    lineno: Option<i32>,
    is_target: bool,
    offset: usize,
    name: &'a str,
    arg: Option<i32>,
    argrepr: &'a str,
}

impl Columns {
    /// Lays out a row as `Instruction._disassemble` does.
    fn format(&self, row: &Row<'_>, out: &mut String) {
        let mut fields: Vec<String> = Vec::with_capacity(6);
        if self.lineno > 0 {
            let width = self.lineno;
            fields.push(match row.lineno {
                Some(l) => format!("{l:>width$}"),
                None => " ".repeat(width),
            });
        }
        fields.push("   ".into());
        fields.push(if row.is_target { ">>".into() } else { "  ".into() });
        fields.push(format!("{:>width$}", row.offset, width = self.offset));
        fields.push(format!("{:<20}", row.name));
        if let Some(arg) = row.arg {
            fields.push(format!("{arg:>5}"));
            if !row.argrepr.is_empty() {
                fields.push(format!("({})", row.argrepr));
            }
        }
        out.push_str(fields.join(" ").trim_end());
        out.push('\n');
    }
}

/// `dis.disassemble(code)`: one code object, without recursion.
pub fn disassemble(code: &CodeObject, show_caches: bool, out: &mut String) {
    disassemble_with(code, if show_caches { Caches::Raw } else { Caches::Hidden }, out);
}

fn disassemble_with(code: &CodeObject, caches: Caches, out: &mut String) {
    let starts: HashMap<usize, i32> = line_starts(&code.positions).into_iter().collect();
    let max_offset = code.code.len().saturating_sub(2);
    let columns = Columns {
        lineno: match starts.values().max() {
            None => 0,
            Some(max) if *max >= 1000 => max.to_string().len(),
            Some(_) => 3,
        },
        offset: if max_offset >= 10000 { max_offset.to_string().len() } else { 4 },
    };
    let labels = jump_labels(code);

    for instr in code.instructions() {
        let offset = instr.unit * 2;
        let lineno = starts.get(&instr.unit).copied();
        if columns.lineno > 0 && lineno.is_some() && offset > 0 {
            out.push('\n');
        }
        let (name, argrepr) = match instr.opcode {
            Some(op) => {
                let kind = op.base().info().kind;
                (op.name().to_string(), instr.arg.map(|a| argrepr(code, &instr, kind, a)).unwrap_or_default())
            }
            None => (format!("<{}>", instr.byte), String::new()),
        };
        let is_target = labels.contains(&(offset as i64));
        columns
            .format(&Row { lineno, is_target, offset, name: &name, arg: instr.arg, argrepr: &argrepr }, out);
        if caches != Caches::Hidden
            && let Some(op) = instr.opcode
        {
            cache_rows(code, &columns, instr.unit, op, caches == Caches::Decoded, out);
        }
    }
    if !code.exception_entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in code.exception_entries.iter() {
            let lasti = if e.lasti { " lasti" } else { "" };
            // As i64: a (malformed) empty range prints "0 to -2", as dis would print it.
            let (start, end, target) = (e.start as i64 * 2, e.end as i64 * 2 - 2, e.target as i64 * 2);
            let _ = writeln!(out, "  {start} to {end} -> {target} [{}]{lasti}", e.depth);
        }
    }
}

/// Offsets (in bytes) that some jump or exception handler targets: the `>>` marks.
fn jump_labels(code: &CodeObject) -> HashSet<i64> {
    let mut labels: HashSet<i64> = code
        .instructions()
        .filter_map(|instr| jump_target(&instr, instr.opcode?.base().info().kind, instr.arg?))
        .collect();
    labels.extend(code.exception_entries.iter().map(|e| e.target as i64 * 2));
    labels
}

/// The `CACHE` rows after an instruction, each field's value on its first unit.
fn cache_rows(
    code: &CodeObject,
    columns: &Columns,
    unit: usize,
    op: opcode::Opcode,
    decode: bool,
    out: &mut String,
) {
    let mut unit = unit;
    for (field, size) in opcode::cache_format(op.base()) {
        for i in 0..*size as usize {
            unit += 1;
            let argrepr = if i == 0 {
                let value = cache_value(&code.code, unit, *size as usize);
                match decode.then(|| meaning(op, field, value)).flatten() {
                    Some(meaning) => format!("{field}: {value} = {meaning}"),
                    None => format!("{field}: {value}"),
                }
            } else {
                String::new()
            };
            let row = Row {
                lineno: None,
                is_target: false,
                offset: unit * 2,
                name: "CACHE",
                arg: Some(0),
                argrepr: &argrepr,
            };
            columns.format(&row, out);
        }
    }
}

/// What a cache field holds for the instruction's current form (see `interp::adaptive` and
/// the forms' handlers for how each family uses its units).
fn meaning(op: opcode::Opcode, field: &str, value: u128) -> Option<String> {
    use opcode::Opcode::*;
    if field == "counter" {
        let (count, backoff) = (value >> 4, value & 15);
        return Some(format!("value {count}, back-off {backoff}"));
    }
    if op.base() == op && !matches!(op, LoadGlobal) {
        return None;
    }
    let low = value & 0xffff;
    Some(match (op, field) {
        (LoadGlobalModule | LoadGlobalBuiltin, "index") => format!("index {value} in the namespace"),
        (LoadGlobalModule | LoadGlobalBuiltin, "module_keys_version") => {
            format!("globals keys version {value}")
        }
        (LoadGlobalBuiltin, "builtin_keys_version") => format!("builtins keys version {value}"),
        (LoadAttrModule, "version") => format!("module keys version {value}"),
        (LoadAttrModule, "keys_version") => format!("index {low} in the module's namespace"),
        (_, "version") if matches!(op.base(), LoadAttr | StoreAttr) => format!("type version {value}"),
        (LoadAttrInstanceValue | StoreAttrInstanceValue, "keys_version" | "index") => {
            format!("index {low} in the shared keys")
        }
        (LoadAttrWithHint | StoreAttrWithHint, "keys_version" | "index") => {
            format!("hint {low} in the instance dict")
        }
        (LoadAttrSlot, "keys_version") if low == 0xffff => "the object's class (__class__)".to_string(),
        (LoadAttrSlot | StoreAttrSlot, "keys_version" | "index") => format!("slot {low}"),
        (LoadAttrMethodWithValues | LoadAttrNondescriptorWithValues, "keys_version") => {
            format!("{low} shared keys (none is the name)")
        }
        (LoadAttrProperty | LoadAttrGetattributeOverridden, "keys_version") => {
            format!("func version {value}")
        }
        (_, "descr") if value & 0xffff != 0 => format!("site object #{}", value & 0xffff),
        (CallPyExactArgs | CallPyWithDefaults | CallBoundMethodExactArgs, "func_version") => {
            format!("func version {value}")
        }
        (_, "func_version") if op.base() == Call && low != 0 => {
            format!("site object #{low}, flags {}", value >> 16)
        }
        _ => return None,
    })
}

/// A cache field's value: `size` units read as one little-endian number.
fn cache_value(code: &[u8], unit: usize, size: usize) -> u128 {
    let start = (unit * 2).min(code.len());
    let end = (unit * 2 + size * 2).min(code.len());
    code[start..end].iter().rev().fold(0u128, |acc, b| (acc << 8) | *b as u128)
}
