//! `--stats[=json]`: what specialisation did in this run, in the normal build.
//!
//! - Per family and per specialised form: success, failure, hit, deferred, miss and deopt, as
//!   CPython's pystats counts them, and the failures' reasons in words.
//! - Per site: code object, offset, line, current form and counts, hottest first.
//! - Executions per opcode and the most frequent pairs of consecutive opcodes (the data that
//!   chooses superinstructions).
//!
//! The loop counts executions (`Stats::count`, behind one predictable branch on a register
//! when stats are off: +1.5% instructions on `benches/programs/intloop.py`, +0.6% on
//! `richards.py`, under callgrind against a build without it); the adaptive step reports its
//! events (`record`) to a thread-local recorder, which it only consults when stats or the
//! event log are on.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write;
use std::rc::Rc;

use super::Frame;
use super::code::Code;
use crate::opcode::Opcode;

/// What the adaptive step of a site did.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Event {
    /// The counter counted down; the generic instruction ran.
    Deferred,
    /// The site was rewritten to a specialised form.
    Success,
    /// No form fits; the counter backs off.
    Failure,
    /// A specialised form's guard failed; the generic body ran.
    Miss,
    /// Misses ran the cool-down out: the site specialises again.
    Deopt,
}

/// pystats' six counts.
#[derive(Default, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    pub success: u64,
    pub failure: u64,
    pub hit: u64,
    pub deferred: u64,
    pub miss: u64,
    pub deopt: u64,
}

impl Counts {
    fn add(&mut self, event: Event) {
        match event {
            Event::Deferred => self.deferred += 1,
            Event::Success => self.success += 1,
            Event::Failure => self.failure += 1,
            Event::Miss => self.miss += 1,
            Event::Deopt => self.deopt += 1,
        }
    }

    fn sum(&mut self, other: &Counts) {
        self.success += other.success;
        self.failure += other.failure;
        self.hit += other.hit;
        self.deferred += other.deferred;
        self.miss += other.miss;
        self.deopt += other.deopt;
    }

    fn is_empty(&self) -> bool {
        *self == Counts::default()
    }
}

/// The events of this thread's VM, when stats are on.
#[derive(Default)]
struct Recorder {
    /// By opcode: deferred and failure under the family's generic opcode, success under the
    /// form chosen, miss and deopt under the form that missed.
    by_op: HashMap<u8, Counts>,
    /// By site (code address, unit index).
    by_site: HashMap<(usize, usize), Counts>,
    /// (family, reason) → failures.
    reasons: HashMap<(u8, String), u64>,
}

thread_local! {
    static RECORDER: RefCell<Option<Recorder>> = const { RefCell::new(None) };
}

/// Starts or stops recording events on this thread.
pub fn set_recording(on: bool) {
    RECORDER.with(|r| *r.borrow_mut() = on.then(Recorder::default));
    super::adaptive::observe_stats(on);
}

/// One event of the site executing in `frame`; `op` is the opcode it concerns.
pub fn record(frame: &Frame, op: Opcode, event: Event, reason: Option<&str>) {
    RECORDER.with(|r| {
        let mut r = r.borrow_mut();
        let Some(r) = r.as_mut() else { return };
        r.by_op.entry(op as u8).or_default().add(event);
        r.by_site.entry((Rc::as_ptr(&frame.code) as usize, frame.lasti)).or_default().add(event);
        if let Some(reason) = reason {
            *r.reasons.entry((op.base() as u8, reason.to_string())).or_default() += 1;
        }
    });
}

/// The families CPython 3.12 specialises (their generic opcodes), then the instructions
/// without caches that minivm's extension forms specialise.
const FAMILIES: [Opcode; 15] = [
    Opcode::BinaryOp,
    Opcode::CompareOp,
    Opcode::BinarySubscr,
    Opcode::StoreSubscr,
    Opcode::UnpackSequence,
    Opcode::ForIter,
    Opcode::Send,
    Opcode::LoadGlobal,
    Opcode::LoadAttr,
    Opcode::StoreAttr,
    Opcode::LoadSuperAttr,
    Opcode::Call,
    Opcode::ContainsOp,
    Opcode::PopJumpIfFalse,
    Opcode::PopJumpIfTrue,
];

/// A specialisable site's executions, as the loop counts them.
struct Site {
    code: Rc<Code>,
    executions: u64,
    /// Executions in a specialised form (hits and misses).
    specialised: u64,
}

/// The loop's counts.
pub struct Stats {
    executions: Box<[u64; 256]>,
    /// `pairs[previous * 256 + next]`.
    pairs: Vec<u64>,
    previous: Option<u8>,
    /// Whether an opcode belongs to a specialisable family (its sites are counted).
    site_op: [bool; 256],
    sites: HashMap<(usize, usize), Site>,
    /// Frames pushed (function calls, generator and coroutine creations, module bodies).
    pub frames: u64,
}

impl Default for Stats {
    fn default() -> Stats {
        let mut site_op = [false; 256];
        for (op, slot) in site_op.iter_mut().enumerate() {
            *slot = Opcode::from_u8(op as u8).is_some_and(|o| FAMILIES.contains(&o.base()));
        }
        Stats {
            executions: Box::new([0; 256]),
            pairs: vec![0; 256 * 256],
            previous: None,
            site_op,
            sites: HashMap::new(),
            frames: 0,
        }
    }
}

/// Everything `--stats` reports, gathered once.
struct Report {
    total: u64,
    specialised: u64,
    /// (family, its totals, its members' rows (generic first)).
    families: Vec<(Opcode, Counts, Vec<FormRow>)>,
    reasons: Vec<(Opcode, String, u64)>,
    sites: Vec<SiteRow>,
    ops: Vec<(String, u64)>,
    pairs: Vec<(String, String, u64)>,
}

/// A form's counts and its executions.
type FormRow = (Opcode, Counts, u64);

struct SiteRow {
    code: String,
    file: String,
    offset: usize,
    line: i64,
    form: String,
    executions: u64,
    counts: Counts,
}

impl Stats {
    /// Instructions executed so far.
    pub fn executed(&self) -> u64 {
        self.executions.iter().sum()
    }

    /// One instruction executed (the one `frame.lasti` points at).
    #[inline]
    pub fn count(&mut self, op: u8, frame: &Frame) {
        self.executions[op as usize] += 1;
        if let Some(previous) = self.previous {
            self.pairs[previous as usize * 256 + op as usize] += 1;
        }
        self.previous = Some(op);
        if self.site_op[op as usize] {
            let site = self
                .sites
                .entry((Rc::as_ptr(&frame.code) as usize, frame.lasti))
                .or_insert_with(|| Site { code: frame.code.clone(), executions: 0, specialised: 0 });
            site.executions += 1;
            if Opcode::from_u8(op).is_some_and(|o| o.base() != o) {
                site.specialised += 1;
            }
        }
    }

    fn gather(&self) -> Report {
        let recorder = RECORDER.with(|r| r.borrow_mut().take()).unwrap_or_default();
        let name =
            |op: usize| Opcode::from_u8(op as u8).map_or_else(|| format!("<{op}>"), |o| o.name().to_string());
        let total: u64 = self.executions.iter().sum();
        let specialised: u64 = (0..256)
            .filter(|&op| Opcode::from_u8(op as u8).is_some_and(|o| o.base() != o))
            .map(|op| self.executions[op])
            .sum();
        let mut families = Vec::new();
        for family in FAMILIES {
            let mut members: Vec<FormRow> = (0..=255u8)
                .filter_map(Opcode::from_u8)
                .filter(|o| o.base() == family)
                .map(|o| {
                    let mut counts = recorder.by_op.get(&(o as u8)).copied().unwrap_or_default();
                    let executions = self.executions[o as usize];
                    if o != family {
                        counts.hit = executions.saturating_sub(counts.miss);
                    }
                    (o, counts, executions)
                })
                .filter(|(_, counts, executions)| !counts.is_empty() || *executions > 0)
                .collect();
            members.sort_by_key(|(o, _, _)| (*o != family, o.name()));
            let mut totals = Counts::default();
            for (_, counts, _) in &members {
                totals.sum(counts);
            }
            if !members.is_empty() {
                families.push((family, totals, members));
            }
        }
        let mut reasons: Vec<(Opcode, String, u64)> = recorder
            .reasons
            .iter()
            .filter_map(|((op, reason), n)| Some((Opcode::from_u8(*op)?, reason.clone(), *n)))
            .collect();
        reasons.sort_by(|a, b| {
            b.2.cmp(&a.2).then_with(|| a.0.name().cmp(b.0.name())).then_with(|| a.1.cmp(&b.1))
        });
        let mut sites: Vec<SiteRow> = self
            .sites
            .iter()
            .map(|(key, site)| {
                let mut counts = recorder.by_site.get(key).copied().unwrap_or_default();
                counts.hit = site.specialised.saturating_sub(counts.miss);
                let object = &site.code.object;
                let form = site
                    .code
                    .units
                    .get(key.1)
                    .and_then(|u| Opcode::from_u8((u.get() & 0xff) as u8))
                    .map_or("?", |o| o.name());
                SiteRow {
                    code: object.qualname.to_string(),
                    file: object.filename.to_string(),
                    offset: key.1 * 2,
                    line: object.positions.get(key.1).and_then(|p| p.line).map_or(-1, |l| l as i64),
                    form: form.to_string(),
                    executions: site.executions,
                    counts,
                }
            })
            .collect();
        sites.sort_by(|a, b| {
            b.executions
                .cmp(&a.executions)
                .then_with(|| a.file.cmp(&b.file))
                .then_with(|| a.offset.cmp(&b.offset))
        });
        let mut ops: Vec<usize> = (0..256).filter(|&op| self.executions[op] > 0).collect();
        ops.sort_by_key(|&op| (std::cmp::Reverse(self.executions[op]), op));
        let mut pairs: Vec<usize> = (0..self.pairs.len()).filter(|&i| self.pairs[i] > 0).collect();
        pairs.sort_by_key(|&i| (std::cmp::Reverse(self.pairs[i]), i));
        Report {
            total,
            specialised,
            families,
            reasons,
            sites,
            ops: ops.into_iter().map(|op| (name(op), self.executions[op])).collect(),
            pairs: pairs
                .into_iter()
                .take(20)
                .map(|i| (name(i / 256), name(i % 256), self.pairs[i]))
                .collect(),
        }
    }

    /// The report as text (what `--stats` prints on stderr).
    pub fn report(&self) -> String {
        let r = self.gather();
        let share = |n: u64| if r.total == 0 { 0.0 } else { n as f64 * 100.0 / r.total as f64 };
        let mut out = format!(
            "minivm stats: {} instructions executed, {} ({:.1}%) in specialised forms, {} frames pushed\n",
            r.total,
            r.specialised,
            share(r.specialised),
            self.frames
        );
        let header = |out: &mut String, first: &str| {
            let _ = writeln!(
                out,
                "  {first:<44} {:>12} {:>10} {:>10} {:>12} {:>12} {:>10} {:>10}",
                "executions", "success", "failure", "hit", "deferred", "miss", "deopt"
            );
        };
        let row = |out: &mut String, label: &str, executions: u64, c: &Counts| {
            let _ = writeln!(
                out,
                "  {label:<44} {executions:>12} {:>10} {:>10} {:>12} {:>12} {:>10} {:>10}",
                c.success, c.failure, c.hit, c.deferred, c.miss, c.deopt
            );
        };
        out += "specialisation by family and form:\n";
        header(&mut out, "family / form");
        for (family, totals, members) in &r.families {
            let executions: u64 = members.iter().map(|m| m.2).sum();
            row(&mut out, family.name(), executions, totals);
            for (op, counts, executions) in members {
                row(&mut out, &format!("  {}", op.name()), *executions, counts);
            }
        }
        out += "failure reasons:\n";
        for (family, reason, n) in &r.reasons {
            let _ = writeln!(out, "  {:>10}  {}: {reason}", n, family.name());
        }
        out += "hottest sites:\n";
        let _ = writeln!(
            out,
            "  {:<40} {:>6} {:>5}  {:<40} {:>12} {:>12} {:>10} {:>10}",
            "code (file)", "offset", "line", "form now", "executions", "hit", "miss", "deopt"
        );
        for site in r.sites.iter().take(30) {
            let file = std::path::Path::new(&site.file)
                .file_name()
                .map_or(site.file.clone(), |f| f.to_string_lossy().to_string());
            let _ = writeln!(
                out,
                "  {:<40} {:>6} {:>5}  {:<40} {:>12} {:>12} {:>10} {:>10}",
                format!("{} ({file})", site.code),
                site.offset,
                site.line,
                site.form,
                site.executions,
                site.counts.hit,
                site.counts.miss,
                site.counts.deopt
            );
        }
        out += "executions by opcode:\n";
        for (name, n) in &r.ops {
            let _ = writeln!(out, "  {name:<44} {n:>14} {:>6.2}%", share(*n));
        }
        out += "most frequent pairs:\n";
        for (a, b, n) in &r.pairs {
            let _ = writeln!(out, "  {:<60} {n:>14}", format!("{a} -> {b}"));
        }
        out
    }

    /// The same data as one JSON object (`--stats=json`).
    pub fn report_json(&self) -> String {
        let r = self.gather();
        let counts = |c: &Counts| {
            format!(
                "\"success\": {}, \"failure\": {}, \"hit\": {}, \"deferred\": {}, \"miss\": {}, \"deopt\": {}",
                c.success, c.failure, c.hit, c.deferred, c.miss, c.deopt
            )
        };
        let mut out = format!(
            "{{\"executed\": {}, \"specialised\": {}, \"frames\": {},\n \"families\": [",
            r.total, r.specialised, self.frames
        );
        for (i, (family, totals, members)) in r.families.iter().enumerate() {
            let executions: u64 = members.iter().map(|m| m.2).sum();
            let forms: Vec<String> = members
                .iter()
                .map(|(op, c, n)| {
                    format!("{{\"form\": {}, \"executions\": {n}, {}}}", quote(op.name()), counts(c))
                })
                .collect();
            let _ = write!(
                out,
                "{}\n  {{\"family\": {}, \"executions\": {executions}, {}, \"forms\": [{}]}}",
                if i > 0 { "," } else { "" },
                quote(family.name()),
                counts(totals),
                forms.join(", ")
            );
        }
        out += "],\n \"failure_reasons\": [";
        let reasons: Vec<String> = r
            .reasons
            .iter()
            .map(|(f, reason, n)| {
                format!("{{\"family\": {}, \"reason\": {}, \"count\": {n}}}", quote(f.name()), quote(reason))
            })
            .collect();
        out += &reasons.join(",\n  ");
        out += "],\n \"sites\": [";
        let sites: Vec<String> = r
            .sites
            .iter()
            .map(|s| {
                format!(
                    "{{\"code\": {}, \"file\": {}, \"offset\": {}, \"line\": {}, \"form\": {}, \"executions\": {}, {}}}",
                    quote(&s.code),
                    quote(&s.file),
                    s.offset,
                    s.line,
                    quote(&s.form),
                    s.executions,
                    counts(&s.counts)
                )
            })
            .collect();
        out += &sites.join(",\n  ");
        out += "],\n \"opcodes\": {";
        let ops: Vec<String> = r.ops.iter().map(|(name, n)| format!("{}: {n}", quote(name))).collect();
        out += &ops.join(", ");
        out += "},\n \"pairs\": [";
        let pairs: Vec<String> =
            r.pairs.iter().map(|(a, b, n)| format!("[{}, {}, {n}]", quote(a), quote(b))).collect();
        out += &pairs.join(", ");
        out += "]}\n";
        out
    }
}

/// A JSON string.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out += "\\\"",
            '\\' => out += "\\\\",
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
