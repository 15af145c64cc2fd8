//! Walks raw bytecode instruction by instruction: each 16-bit code unit is an opcode byte and
//! an oparg byte; `EXTENDED_ARG` prefixes supply the oparg's higher bytes, and the inline
//! `CACHE` units after an instruction are skipped. The same rules as `dis._unpack_opargs`.

use crate::opcode::Opcode;

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// Offset of the instruction in code units.
    pub unit: usize,
    /// The opcode byte as written (`None` if CPython 3.12 defines no such opcode).
    pub byte: u8,
    pub opcode: Option<Opcode>,
    /// The oparg with any EXTENDED_ARG prefix folded in (`None` for opcodes without one).
    /// Kept as CPython's signed C int, which wraps past 2^31.
    pub arg: Option<i32>,
}

impl Instruction {
    /// Number of inline cache units that follow this instruction.
    pub fn caches(&self) -> usize {
        self.opcode.map_or(0, |op| op.base().caches())
    }
}

pub struct Instructions<'a> {
    code: &'a [u8],
    unit: usize,
    extended: u32,
}

impl<'a> Instructions<'a> {
    pub fn new(code: &'a [u8]) -> Self {
        Instructions { code, unit: 0, extended: 0 }
    }
}

impl Iterator for Instructions<'_> {
    type Item = Instruction;

    fn next(&mut self) -> Option<Instruction> {
        let at = self.unit * 2;
        if at + 1 >= self.code.len() {
            return None;
        }
        let (byte, raw_arg) = (self.code[at], self.code[at + 1]);
        let opcode = Opcode::from_u8(byte);
        let has_arg = opcode.is_some_and(|op| op.base().info().kind.has_arg());
        let arg = if has_arg {
            let arg = self.extended | raw_arg as u32;
            self.extended = if opcode.map(Opcode::base) == Some(Opcode::ExtendedArg) { arg << 8 } else { 0 };
            Some(arg as i32)
        } else {
            self.extended = 0;
            None
        };
        let instr = Instruction { unit: self.unit, byte, opcode, arg };
        self.unit += 1 + instr.caches();
        Some(instr)
    }
}
