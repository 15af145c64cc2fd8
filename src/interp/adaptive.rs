//! Adaptive specialisation, as CPython 3.12 does it (PEP 659): quickening, the counter in each
//! site's first inline cache unit, and the rewriting of an instruction's opcode byte in place.
//!
//! - Quickening (`quicken`, when a code object is prepared) gives every instruction with caches
//!   the warm-up counter and fuses the five superinstruction pairs.
//! - The generic instruction is the adaptive one: while its counter's value is above zero it
//!   counts down and does the generic work; at zero it asks its family's specialiser, which
//!   rewrites the opcode on success (and sets the cool-down counter, 52) or backs off
//!   exponentially on failure.
//! - A specialised instruction whose guard fails runs the generic body (a miss): that body
//!   counts the cool-down down, so after 53 misses the site specialises again.
//!
//! `Mode` selects generic dispatch (no quickening at all), CPython 3.12's set, or everything.

use std::cell::Cell;

use super::Frame;
use super::stats::Event;
use crate::opcode::{CACHE_UNITS, Opcode};

/// Which specialisations a run uses (`minivm run --specialize=…`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// Generic dispatch: code is never quickened.
    Off,
    /// Exactly CPython 3.12's forms.
    Cpython312,
    /// CPython 3.12's forms and minivm's extensions.
    All,
}

impl Mode {
    pub fn parse(text: &str) -> Option<Mode> {
        match text {
            "off" => Some(Mode::Off),
            "cpython312" => Some(Mode::Cpython312),
            "all" => Some(Mode::All),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Mode::Off => "off",
            Mode::Cpython312 => "cpython312",
            Mode::All => "all",
        }
    }
}

thread_local! {
    /// The mode of the VM on this thread, read when code objects are prepared.
    static MODE: Cell<Mode> = const { Cell::new(Mode::All) };
}

pub fn set_mode(mode: Mode) {
    MODE.with(|m| m.set(mode));
}

pub fn mode() -> Mode {
    MODE.with(Cell::get)
}

thread_local! {
    /// minivm's extension forms turned off one by one (`--no-extension`), by bit
    /// `opcode - MIN_EXTENSION_OPCODE`.
    static DISABLED: Cell<u64> = const { Cell::new(0) };
}

/// Turns one extension form off (the run keeps the rest of `all`).
pub fn disable_extension(form: Opcode) {
    if form.is_extension() {
        let bit = 1u64 << (form as u8 - crate::opcode::MIN_EXTENSION_OPCODE);
        DISABLED.with(|d| d.set(d.get() | bit));
    }
}

/// The extension forms allowed now, as a mask (0 unless the mode is `all`).
pub fn extension_mask() -> u64 {
    if mode() == Mode::All { !DISABLED.with(Cell::get) } else { 0 }
}

/// minivm's forms for instructions that have no cache (`CONTAINS_OP`, `POP_JUMP_IF_*`) cannot
/// count: the generic instruction rewrites itself to the form its operand fits, at once, and
/// a form whose guard fails rewrites itself back (a miss and a deopt together).
#[inline]
pub fn specialise_uncached(frame: &Frame, form: Opcode) {
    let bit = 1u64 << (form as u8).wrapping_sub(crate::opcode::MIN_EXTENSION_OPCODE).min(63);
    if frame.code.extensions & bit != 0 {
        rewrite(&frame.code.units, frame.lasti, form);
        if observing() {
            report(frame, Event::Success, form.base(), form, None);
        }
    }
}

/// The uncached form at the executing site failed its guard: back to the generic instruction.
#[cold]
pub fn deopt_uncached(frame: &Frame, form: Opcode) {
    rewrite(&frame.code.units, frame.lasti, form.base());
    if observing() {
        report(frame, Event::Miss, form, form, None);
        report(frame, Event::Deopt, form, form.base(), None);
    }
}

/// Whether a specialiser may choose `form`: CPython 3.12's forms in any quickened mode,
/// an extension form only under `all` and when not turned off.
pub fn allowed(form: Opcode) -> bool {
    if !form.is_extension() {
        return true;
    }
    let bit = 1u64 << (form as u8 - crate::opcode::MIN_EXTENSION_OPCODE);
    mode() == Mode::All && DISABLED.with(Cell::get) & bit == 0
}

/// The counter is `value << 4 | backoff`: 12 bits of count, 4 of back-off exponent.
const BACKOFF_BITS: u16 = 4;
const MAX_BACKOFF: u16 = 12;
/// Value 1, back-off 1: the first execution counts down, the second specialises.
pub const WARMUP: u16 = 1 << BACKOFF_BITS | 1;
/// After a success: 52 misses are tolerated, the 53rd re-specialises.
pub const COOLDOWN: u16 = 52 << BACKOFF_BITS;

/// Whether the counter has run down to zero (time to specialise).
#[inline]
pub fn is_zero(counter: u16) -> bool {
    counter >> BACKOFF_BITS == 0
}

/// One execution of the generic instruction counted (`deferred`).
#[inline]
pub fn decrement(counter: u16) -> u16 {
    counter.wrapping_sub(1 << BACKOFF_BITS)
}

/// After a failed attempt: the back-off exponent grows (to 12 at most) and the value becomes
/// 2**backoff - 1, so attempts come at executions 2, 5, 12, 27, … then every 4,095.
pub fn backoff(counter: u16) -> u16 {
    let exponent = ((counter & ((1 << BACKOFF_BITS) - 1)) + 1).min(MAX_BACKOFF);
    (((1u16 << exponent) - 1) << BACKOFF_BITS) | exponent
}

/// Quickens a code object's units: counters for every site with caches, and the five
/// superinstructions (the first instruction of a pair is rewritten; the second stays, so a
/// jump to it still works).
pub fn quicken(units: &[Cell<u16>]) {
    let mut previous: Option<Opcode> = None;
    let mut i = 0;
    while i < units.len() {
        let unit = units[i].get();
        let byte = (unit & 0xff) as u8;
        let caches = CACHE_UNITS[byte as usize] as usize;
        let Some(op) = Opcode::from_u8(byte) else {
            previous = None;
            i += 1 + caches;
            continue;
        };
        if caches > 0 {
            // The counter warms up; the other units start empty (a `.pyc` could carry
            // anything there, and a site-object number must come from the specialiser).
            for (n, unit) in units.iter().skip(i + 1).take(caches).enumerate() {
                unit.set(if n == 0 { WARMUP } else { 0 });
            }
            previous = None;
            i += 1 + caches;
            continue;
        }
        let fused = match (previous, op) {
            (Some(Opcode::LoadConst), Opcode::LoadFast) => Some(Opcode::LoadConstLoadFast),
            (Some(Opcode::LoadFast), Opcode::LoadConst) => Some(Opcode::LoadFastLoadConst),
            (Some(Opcode::LoadFast), Opcode::LoadFast) => Some(Opcode::LoadFastLoadFast),
            (Some(Opcode::StoreFast), Opcode::LoadFast) => Some(Opcode::StoreFastLoadFast),
            (Some(Opcode::StoreFast), Opcode::StoreFast) => Some(Opcode::StoreFastStoreFast),
            _ => None,
        };
        if let Some(fused) = fused {
            let first = &units[i - 1];
            first.set((first.get() & 0xff00) | fused as u16);
        }
        previous = Some(op);
        i += 1;
    }
}

/// Rewrites the opcode byte of the instruction at `at`, keeping its oparg.
#[inline]
pub fn rewrite(units: &[Cell<u16>], at: usize, op: Opcode) {
    if let Some(unit) = units.get(at) {
        unit.set((unit.get() & 0xff00) | op as u16);
    }
}

/// Cache unit `n` of the executing instruction (0 is the counter).
#[inline]
pub fn cache(frame: &Frame, n: usize) -> Option<&Cell<u16>> {
    frame.code.units.get(frame.lasti + 1 + n)
}

/// Keeps `v` for the executing site in the code's `site_objects`, and writes the number of its
/// slot to cache unit `unit`. A site keeps its slot when it re-specialises, so the table grows
/// only with the number of sites.
pub fn set_site_object(frame: &Frame, unit: usize, v: crate::object::value::Value) -> Option<()> {
    let number = cache(frame, unit)?;
    let mut objects = frame.code.site_objects.borrow_mut();
    let slot = match objects.iter().position(|(site, _)| *site == frame.lasti) {
        Some(slot) => {
            objects[slot].1 = v;
            slot
        }
        None if objects.len() < u16::MAX as usize => {
            objects.push((frame.lasti, v));
            objects.len() - 1
        }
        None => return None,
    };
    number.set(slot as u16 + 1);
    Some(())
}

/// The object a site keeps in the slot that cache unit `unit` names.
#[inline]
pub fn site_object(frame: &Frame, unit: usize) -> Option<crate::object::value::Value> {
    let k = cache(frame, unit)?.get() as usize;
    frame.code.site_objects.borrow().get(k.checked_sub(1)?).map(|(_, v)| v.clone())
}

/// The adaptive step of a generic instruction of family `generic`, in quickened code. While
/// the counter runs down it counts one execution and gives `None` (the caller does the generic
/// work). At zero it asks `choose` for a form: a form is written over the opcode, the counter
/// cools down and the form is returned for the caller to run now; no form (`None`) puts the
/// generic opcode back with a longer back-off.
#[inline]
pub fn adapt(
    frame: &Frame,
    generic: Opcode,
    choose: impl FnOnce(&Frame) -> Option<Opcode>,
) -> Option<Opcode> {
    if !frame.code.quickened {
        return None;
    }
    let site = Site { frame, generic, counter: cache(frame, 0)? };
    if observing() {
        return adapt_observed(&site, choose);
    }
    let c = site.counter.get();
    if !is_zero(c) {
        site.counter.set(decrement(c));
        return None;
    }
    site.specialise(choose)
}

/// The executing instruction of a family, in quickened code: its frame, the family's generic
/// opcode and the counter in its first cache unit.
struct Site<'a> {
    frame: &'a Frame,
    generic: Opcode,
    counter: &'a Cell<u16>,
}

impl Site<'_> {
    /// The counter is at zero: `choose` picks a form, written over the opcode with the
    /// cool-down; or none, and the generic opcode goes back with a longer back-off.
    #[cold]
    fn specialise(&self, choose: impl FnOnce(&Frame) -> Option<Opcode>) -> Option<Opcode> {
        let (frame, c) = (self.frame, self.counter.get());
        match choose(frame) {
            Some(form) => {
                rewrite(&frame.code.units, frame.lasti, form);
                self.counter.set(COOLDOWN);
                Some(form)
            }
            None => {
                // CPython re-dispatches the generic instruction after a failure, which counts
                // down once more.
                rewrite(&frame.code.units, frame.lasti, self.generic);
                self.counter.set(decrement(backoff(c)));
                None
            }
        }
    }
}

/// `adapt` while the event log or stats watch: the same steps, each one reported.
#[cold]
#[inline(never)]
fn adapt_observed(site: &Site, choose: impl FnOnce(&Frame) -> Option<Opcode>) -> Option<Opcode> {
    let Site { frame, generic, counter } = *site;
    let c = counter.get();
    let current = current_form(frame);
    if current != generic {
        report(frame, Event::Miss, current, current, None);
        if is_zero(c) {
            report(frame, Event::Deopt, current, current, None);
        }
    }
    if !is_zero(c) {
        counter.set(decrement(c));
        report(frame, Event::Deferred, generic, generic, None);
        return None;
    }
    REASON.with(|r| r.borrow_mut().take());
    let chosen = site.specialise(choose);
    match chosen {
        Some(form) => report(frame, Event::Success, current, form, None),
        None => {
            let reason = REASON.with(|r| r.borrow_mut().take()).unwrap_or_else(|| operand_types(frame));
            report(frame, Event::Failure, current, generic, Some(reason));
        }
    }
    chosen
}

/// Tells the log and the stats about one event; `from` is the form the site had, `to` the one
/// it has now.
fn report(frame: &Frame, event: Event, from: Opcode, to: Opcode, reason: Option<String>) {
    let mode = OBSERVE.with(Cell::get);
    if mode & STATS != 0 {
        let op = match event {
            Event::Deferred | Event::Failure => to.base(),
            Event::Success => to,
            Event::Miss | Event::Deopt => from,
        };
        super::stats::record(frame, op, event, reason.as_deref());
    }
    if mode & TRACE != 0 && event != Event::Deferred {
        let name = match event {
            Event::Success if from == to.base() => "specialise",
            Event::Success => "re-specialise",
            Event::Failure => "specialisation failed",
            Event::Miss => "miss",
            _ => "deopt",
        };
        let forms =
            if from == to { from.name().to_string() } else { format!("{} -> {}", from.name(), to.name()) };
        let why = match (&reason, event) {
            (Some(r), _) => format!(": {r}"),
            // A miss says what the guard saw: the types on top of the stack.
            (None, Event::Miss) => format!(": a guard failed with {}", top_types(frame)),
            _ => String::new(),
        };
        super::trace::note(format!("{name} {forms}{why}"));
    }
    if mode & LOG != 0 {
        let name = match event {
            Event::Deferred => return,
            Event::Success if from == to.base() => "specialise",
            Event::Success => "respecialise",
            Event::Failure => "fail",
            Event::Miss => "miss",
            Event::Deopt => "deopt",
        };
        log_event(frame, name, from, to, reason);
    }
}

thread_local! {
    /// Why the specialiser running now refused, if it said (`because`).
    static REASON: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// What watches specialisation: `LOG` | `STATS` bits.
    static OBSERVE: Cell<u8> = const { Cell::new(0) };
}

const LOG: u8 = 1;
const STATS: u8 = 2;
const TRACE: u8 = 4;

#[inline]
fn observing() -> bool {
    OBSERVE.with(Cell::get) != 0
}

/// A specialiser explains a refusal, in words, for the stats and the log (the text is only
/// built when they watch).
pub fn because(reason: impl FnOnce() -> String) {
    if observing() {
        REASON.with(|r| *r.borrow_mut() = Some(reason()));
    }
}

/// Turns the stats' watch on or off.
pub fn observe_stats(on: bool) {
    OBSERVE.with(|o| o.set(if on { o.get() | STATS } else { o.get() & !STATS }));
}

/// `minivm trace` shows specialisation events inline.
pub fn observe_trace(on: bool) {
    OBSERVE.with(|o| o.set(if on { o.get() | TRACE } else { o.get() & !TRACE }));
}

/// The opcode now at the executing instruction.
fn current_form(frame: &Frame) -> Opcode {
    frame
        .code
        .units
        .get(frame.lasti)
        .and_then(|u| Opcode::from_u8((u.get() & 0xff) as u8))
        .unwrap_or(Opcode::Reserved)
}

thread_local! {
    /// Where `--spec-log` writes its events (JSON lines), when it is on.
    static LOG_SINK: std::cell::RefCell<Option<Box<dyn std::io::Write>>> = const { std::cell::RefCell::new(None) };
}

/// Starts (or, with `None`, stops) the event log of this thread's VM.
pub fn set_log(sink: Option<Box<dyn std::io::Write>>) {
    let on = sink.is_some();
    OBSERVE.with(|o| o.set(if on { o.get() | LOG } else { o.get() & !LOG }));
    LOG_SINK.with(|log| {
        if let Some(old) = log.borrow_mut().as_mut() {
            let _ = old.flush();
        }
        *log.borrow_mut() = sink;
    });
}

/// The types of the two values on top of the stack, for a failure's reason.
/// The type names of the two values on top of the stack, `(second, top)` ("-" where the
/// stack is shorter): what a guard or a specialiser saw.
fn top_two_types(frame: &Frame) -> String {
    let name = |n: usize| match frame.stack.len().checked_sub(n + 1).map(|i| &frame.stack[i]) {
        Some(v) => value_type_name(v),
        None => "-".to_string(),
    };
    format!("({}, {})", name(1), name(0))
}

/// For a miss in the trace.
fn top_types(frame: &Frame) -> String {
    format!("{} on top of the stack", top_two_types(frame))
}

fn operand_types(frame: &Frame) -> String {
    format!("no specialised form for operands {}", top_two_types(frame))
}

pub fn value_type_name(v: &crate::object::value::Value) -> String {
    use crate::object::value::Value;
    match v {
        Value::Null => "NULL".into(),
        Value::None => "NoneType".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_) | Value::BigInt(_) => "int".into(),
        Value::Float(_) => "float".into(),
        Value::Str(_) => "str".into(),
        Value::Tuple(_) => "tuple".into(),
        Value::List(_) => "list".into(),
        Value::Dict(_) => "dict".into(),
        Value::Set(_) => "set".into(),
        Value::Function(_) => "function".into(),
        Value::Instance(i) => i.typ().name.clone(),
        Value::Exception(e) => e.typ.name.clone(),
        Value::Type(_) => "type".into(),
        Value::Builtin(_) => "builtin_function_or_method".into(),
        Value::NativeMethod(_) => "method_descriptor".into(),
        Value::Object(o) => object_type_name(o).into(),
        Value::NotImplemented => "NotImplementedType".into(),
        Value::Ellipsis => "ellipsis".into(),
    }
}

/// The CPython type name of one of minivm's other objects, for a reason's text.
pub(crate) fn object_type_name(o: &crate::object::misc::Object) -> &'static str {
    use crate::object::misc::{Iter, Object};
    match o {
        Object::Range(_) | Object::LongRange(_) => "range",
        Object::Slice { .. } => "slice",
        Object::Cell(_) => "cell",
        Object::BoundMethod { .. } => "method",
        Object::Code(_) => "code",
        Object::Bytes(_) => "bytes",
        Object::ByteArray(_) => "bytearray",
        Object::Complex { .. } => "complex",
        Object::Generator(_) => "generator",
        Object::Module(_) => "module",
        Object::Io(io) => io.class.name(),
        Object::Iter(it) => match &*it.borrow() {
            Iter::List { .. } => "list_iterator",
            Iter::ListReverse { .. } => "list_reverseiterator",
            Iter::Tuple { .. } => "tuple_iterator",
            Iter::Range { .. } => "range_iterator",
            Iter::LongRange(_) => "longrange_iterator",
            Iter::Str { .. } => "str_iterator",
            Iter::Set { .. } => "set_iterator",
            Iter::Dict { .. } => "dict_iterator",
            Iter::Enumerate { .. } => "enumerate",
            Iter::Zip { .. } => "zip",
            Iter::Map { .. } => "map",
            Iter::Filter { .. } => "filter",
            Iter::Callable { .. } => "callable_iterator",
            _ => "iterator",
        },
        _ => "object",
    }
}

/// One event of the log: a JSON object on one line.
fn log_event(frame: &Frame, event: &str, from: Opcode, to: Opcode, reason: Option<String>) {
    let object = &frame.code.object;
    let line = object.positions.get(frame.lasti).and_then(|p| p.line).unwrap_or(-1);
    let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let mut text = format!(
        "{{\"event\": \"{event}\", \"code\": \"{}\", \"file\": \"{}\", \"offset\": {}, \"line\": {line}, \"from\": \"{}\", \"to\": \"{}\"",
        quote(&object.qualname),
        quote(&object.filename),
        frame.lasti * 2,
        from.name(),
        to.name()
    );
    if let Some(reason) = reason {
        text += &format!(", \"reason\": \"{}\"", quote(&reason));
    }
    text += "}\n";
    LOG_SINK.with(|log| {
        if let Some(sink) = log.borrow_mut().as_mut() {
            let _ = sink.write_all(text.as_bytes());
        }
    });
}
