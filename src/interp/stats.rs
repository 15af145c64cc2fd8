//! `--stats`: how often each instruction ran and which instruction followed which (the data
//! that chooses superinstructions), and the share that ran in specialised forms. When off it
//! costs the loop one predictable branch an instruction (measured: +1.8% instructions on
//! `benches/programs/intloop.py` under callgrind).

use crate::opcode::Opcode;

pub struct Stats {
    executions: Box<[u64; 256]>,
    /// `pairs[previous * 256 + next]`.
    pairs: Vec<u64>,
    previous: Option<u8>,
}

impl Default for Stats {
    fn default() -> Stats {
        Stats { executions: Box::new([0; 256]), pairs: vec![0; 256 * 256], previous: None }
    }
}

impl Stats {
    #[inline]
    pub fn count(&mut self, op: u8) {
        self.executions[op as usize] += 1;
        if let Some(previous) = self.previous {
            self.pairs[previous as usize * 256 + op as usize] += 1;
        }
        self.previous = Some(op);
    }

    /// The report: totals, the specialised share, executions per opcode and the most frequent
    /// pairs, as text.
    pub fn report(&self) -> String {
        let name =
            |op: usize| Opcode::from_u8(op as u8).map_or_else(|| format!("<{op}>"), |o| o.name().to_string());
        let total: u64 = self.executions.iter().sum();
        let specialised: u64 = (0..256)
            .filter(|&op| Opcode::from_u8(op as u8).is_some_and(|o| o.base() != o))
            .map(|op| self.executions[op])
            .sum();
        let share = |n: u64| if total == 0 { 0.0 } else { n as f64 * 100.0 / total as f64 };
        let mut out = format!(
            "minivm stats: {total} instructions executed, {specialised} ({:.1}%) in specialised forms\n",
            share(specialised)
        );
        let mut ops: Vec<usize> = (0..256).filter(|&op| self.executions[op] > 0).collect();
        ops.sort_by_key(|&op| std::cmp::Reverse(self.executions[op]));
        out += "executions by opcode:\n";
        for op in ops {
            let n = self.executions[op];
            out += &format!("  {:<36} {n:>14} {:>6.2}%\n", name(op), share(n));
        }
        let mut pairs: Vec<usize> = (0..self.pairs.len()).filter(|&i| self.pairs[i] > 0).collect();
        pairs.sort_by_key(|&i| std::cmp::Reverse(self.pairs[i]));
        out += "most frequent pairs:\n";
        for i in pairs.into_iter().take(20) {
            let pair = format!("{} -> {}", name(i / 256), name(i % 256));
            out += &format!("  {pair:<60} {:>14}\n", self.pairs[i]);
        }
        out
    }
}
