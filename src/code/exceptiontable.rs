//! `co_exceptiontable`: the 3.11+ "zero-cost" exception table that replaced the block stack.
//! Format from CPython's `Objects/exception_handling_notes.txt`.

/// One handler range. Offsets are in code units; `end` is exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    /// The value-stack depth to unwind to before pushing the exception.
    pub depth: u32,
    /// Whether to push the faulting instruction's offset first.
    pub lasti: bool,
}

/// Varints here are 6-bit chunks, most significant first; bit 6 = more, bit 7 marks an entry start.
fn varint(bytes: &[u8], pos: &mut usize) -> Result<u32, String> {
    let mut b = *bytes.get(*pos).ok_or("exception table ends inside an entry")?;
    *pos += 1;
    let mut value = (b & 63) as u64;
    while b & 64 != 0 {
        b = *bytes.get(*pos).ok_or("exception table ends inside an entry")?;
        *pos += 1;
        value = (value << 6) | (b & 63) as u64;
        if value > u32::MAX as u64 {
            return Err("exception table varint overflows".into());
        }
    }
    Ok(value as u32)
}

/// Decodes every entry, checking each range and target against the code's length in units.
pub fn decode(table: &[u8], units: usize) -> Result<Vec<ExceptionEntry>, String> {
    let mut entries = Vec::new();
    let mut pos = 0;
    while pos < table.len() {
        if table[pos] & 0x80 == 0 {
            return Err(format!("exception table entry at byte {pos} lacks its start bit"));
        }
        let start = varint(table, &mut pos)?;
        let length = varint(table, &mut pos)?;
        let target = varint(table, &mut pos)?;
        let depth_lasti = varint(table, &mut pos)?;
        let end = start.checked_add(length).ok_or("exception table range overflows")?;
        if end as usize > units || target as usize >= units {
            return Err(format!(
                "exception table entry {start}..{end} -> {target} lies outside the code ({units} units)"
            ));
        }
        entries.push(ExceptionEntry {
            start,
            end,
            target,
            depth: depth_lasti >> 1,
            lasti: depth_lasti & 1 != 0,
        });
    }
    Ok(entries)
}
