//! `co_linetable`: the PEP 626/657 location table, decoded into one `Position` per code unit.
//! Format from CPython's `Objects/locations.md`; see `docs/pyc-format.md`.

/// Where an instruction came from in the source. Any part may be unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: Option<i32>,
    pub end_line: Option<i32>,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

/// Reads the table's varints: 6-bit chunks, least significant first, bit 6 = more.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or_else(|| format!("location table ends inside an entry at byte {}", self.pos))?;
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u32, String> {
        let mut b = self.byte()?;
        let mut value = (b & 63) as u64;
        let mut shift = 0;
        while b & 64 != 0 {
            shift += 6;
            if shift > 30 {
                return Err(format!("location table varint too long at byte {}", self.pos));
            }
            b = self.byte()?;
            value |= ((b & 63) as u64) << shift;
        }
        u32::try_from(value).map_err(|_| "location table varint overflows".to_string())
    }

    fn svarint(&mut self) -> Result<i32, String> {
        let v = self.varint()?;
        let magnitude = (v >> 1) as i32;
        Ok(if v & 1 != 0 { -magnitude } else { magnitude })
    }
}

/// Decodes the table for a code object of `units` code units. Units the table does not cover
/// get an unknown position, as `co_positions()` gives them.
pub fn decode(table: &[u8], firstlineno: i32, units: usize) -> Result<Vec<Position>, String> {
    let mut out = Vec::with_capacity(units);
    let mut cur = Cursor { bytes: table, pos: 0 };
    let mut line = firstlineno;
    while cur.pos < table.len() && out.len() < units {
        let start = cur.pos;
        let first = cur.byte()?;
        if first & 0x80 == 0 {
            return Err(format!("location table entry at byte {start} lacks its start bit"));
        }
        let code = (first >> 3) & 15;
        let length = (first & 7) as usize + 1;
        let pos = match code {
            0..=9 => {
                let second = cur.byte()? as u32;
                let col = code as u32 * 8 + ((second >> 4) & 7);
                Position {
                    line: Some(line),
                    end_line: Some(line),
                    col: Some(col),
                    end_col: Some(col + (second & 15)),
                }
            }
            10..=12 => {
                line = line.wrapping_add(code as i32 - 10);
                let col = cur.byte()? as u32;
                let end_col = cur.byte()? as u32;
                Position { line: Some(line), end_line: Some(line), col: Some(col), end_col: Some(end_col) }
            }
            13 => {
                line = line.wrapping_add(cur.svarint()?);
                Position { line: Some(line), end_line: Some(line), col: None, end_col: None }
            }
            14 => {
                line = line.wrapping_add(cur.svarint()?);
                let end_line = line.wrapping_add(cur.varint()? as i32);
                let col = cur.varint()?.checked_sub(1);
                let end_col = cur.varint()?.checked_sub(1);
                Position { line: Some(line), end_line: Some(end_line), col, end_col }
            }
            _ => Position::default(),
        };
        for _ in 0..length.min(units - out.len()) {
            out.push(pos);
        }
    }
    out.resize(units, Position::default());
    Ok(out)
}

/// The offsets (in code units) where a new source line starts, as `dis.findlinestarts`.
pub fn line_starts(positions: &[Position]) -> Vec<(usize, i32)> {
    let mut last = None;
    let mut starts = Vec::new();
    for (unit, pos) in positions.iter().enumerate() {
        if let Some(line) = pos.line
            && Some(line) != last
        {
            starts.push((unit, line));
            last = Some(line);
        }
    }
    starts
}
