//! `minivm trace`: one line per executed instruction, with the value stack after it, and the
//! loop's events (calls, returns, exceptions and their handlers, generators suspending and
//! resuming, specialisation) inline.
//!
//! The loop reaches the tracer through the branch that `--stats` already uses (`observing`),
//! so `minivm run` pays nothing more for it. An instruction's line is held back until the
//! frame runs its next instruction, or control leaves the frame, and then printed with the
//! stack as the instruction left it.
//!
//! Values are shown by `short_repr`, which never runs Python code (a `__repr__` would run
//! instructions inside the trace).

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;
use std::rc::Rc;

use super::Frame;
use crate::code::CodeObject;
use crate::object::value::Value;
use crate::opcode::Opcode;

/// What `minivm trace` was asked to show.
#[derive(Default, Clone)]
pub struct Options {
    /// Only this code object (by name or qualified name) and what it calls.
    pub function: Option<String>,
    /// Stop tracing after this many instructions (the program runs on).
    pub limit: Option<u64>,
    /// Show fast locals, cells and free variables when they change.
    pub locals: bool,
    /// Start tracing at the first instruction of this source line.
    pub from_line: Option<i32>,
}

/// The instruction whose line waits for its stack.
struct Pending {
    /// The frame that ran it (its address, stable while it runs).
    frame: usize,
    depth: usize,
    /// The code object's number in `Recording::codes`.
    code: usize,
    offset: usize,
    line: Option<i32>,
    /// The instruction and its argument, as `dis` shows them.
    instr: String,
    /// The stack after it, when it is known before it runs (a return or a yield leaves the
    /// frame, which the next instruction cannot see).
    after: Option<String>,
}

/// One traced instruction, for `minivm trace --html`.
pub struct Step {
    pub depth: usize,
    pub code: usize,
    pub offset: usize,
    pub line: Option<i32>,
    pub instr: String,
    /// The value stack after it.
    pub stack: String,
    /// The frame's locals after it, when they changed (`--locals`, always on for a page).
    pub locals: Option<String>,
    /// What happened after it: calls, returns, raises, specialisation.
    pub events: Vec<String>,
}

/// A whole trace kept for the page instead of printed.
#[derive(Default)]
pub struct Recording {
    pub steps: Vec<Step>,
    /// Every code object the trace went through, numbered in order of first appearance.
    pub codes: Vec<Rc<CodeObject>>,
    /// Events before the first instruction (the module's frame pushed).
    pub first_events: Vec<String>,
}

/// Where the trace goes: text lines, or a recording for the page.
enum Sink {
    Text(Box<dyn Write>),
    Page(Recording),
}

/// The instruction that ran last, traced or not: what the next one is compared with.
#[derive(Clone, Copy)]
struct Last {
    frame: usize,
    depth: usize,
    op: Opcode,
}

/// What the instruction about to run will hand back when it returns or yields.
fn handed_back(frame: &Frame, op: Opcode) -> Option<String> {
    match op {
        Opcode::ReturnValue | Opcode::YieldValue => frame.stack.last().map(|v| short_repr(v, 3)),
        Opcode::ReturnConst => frame.code.consts.get(oparg(frame) as usize).map(|v| short_repr(v, 3)),
        _ => None,
    }
}

pub struct Tracer {
    options: Options,
    sink: Sink,
    /// Code objects by address, to their number.
    code_ids: HashMap<usize, usize>,
    codes: Vec<Rc<CodeObject>>,
    pending: Option<Pending>,
    last: Option<Last>,
    /// The value the last instruction returned or yielded, if it was a return or a yield.
    handed: Option<String>,
    traced: u64,
    /// `--from-line` was reached (or not asked for).
    started: bool,
    /// `--function`: the depth of the frame that matched, while it runs.
    inside: Option<usize>,
    /// `--locals`: what each depth's locals last looked like.
    seen_locals: Vec<String>,
    finished: bool,
}

thread_local! {
    /// Events that happen inside an instruction (specialisation), shown after its line.
    static NOTES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Records an event of the instruction running now (called only while tracing).
pub fn note(text: String) {
    NOTES.with(|n| n.borrow_mut().push(text));
}

fn address(frame: &Frame) -> usize {
    frame as *const Frame as usize
}

impl Tracer {
    /// A tracer that prints lines to `out`.
    pub fn new(options: Options, out: Box<dyn Write>) -> Tracer {
        Tracer::with_sink(options, Sink::Text(out))
    }

    /// A tracer that records the steps for a page (locals always kept).
    pub fn recording(mut options: Options) -> Tracer {
        options.locals = true;
        Tracer::with_sink(options, Sink::Page(Recording::default()))
    }

    fn with_sink(options: Options, sink: Sink) -> Tracer {
        let started = options.from_line.is_none();
        Tracer {
            options,
            sink,
            code_ids: HashMap::new(),
            codes: Vec::new(),
            pending: None,
            last: None,
            handed: None,
            traced: 0,
            started,
            inside: None,
            seen_locals: Vec::new(),
            finished: false,
        }
    }

    /// Whether instructions at `depth` in `frame` are shown now (updates the filters).
    fn shows(&mut self, frame: &Frame, depth: usize) -> bool {
        if self.finished {
            return false;
        }
        if self.inside.is_some_and(|inside| depth < inside) {
            self.inside = None;
        }
        if self.options.function.is_some() && self.inside.is_none() {
            if !self.matches(frame) {
                return false;
            }
            self.inside = Some(depth);
        }
        if !self.started {
            let line = frame.code.object.positions.get(frame.lasti).and_then(|p| p.line);
            if line.is_some() && line == self.options.from_line {
                self.started = true;
            } else {
                return false;
            }
        }
        true
    }

    fn matches(&self, frame: &Frame) -> bool {
        let object = &frame.code.object;
        self.options
            .function
            .as_deref()
            .is_some_and(|name| &*object.name == name || &*object.qualname == name)
    }

    /// Whether events are shown now (the same filters as instructions).
    fn showing(&self) -> bool {
        !self.finished && self.started && (self.options.function.is_none() || self.inside.is_some())
    }

    /// An instruction is about to run in `frame` (`frame.lasti` is on it); `callers` are the
    /// frames suspended under it in this run of the loop. What happened since the previous
    /// instruction (a call, a return, a yield, a resume) is read from where control is now.
    pub fn instruction(&mut self, frame: &Frame, callers: &[Box<Frame>], depth: usize, op: u8) {
        let here = address(frame);
        let last = self.last;
        // The waiting line gets the stack of the frame that ran it, if that frame is still
        // running (here, or as a caller below); a frame that returned has an empty stack.
        let stack = match &self.pending {
            Some(p) if p.after.is_some() => p.after.clone(),
            Some(p) if p.frame == here => Some(stack_repr(&frame.stack)),
            Some(p) => callers.iter().rev().find(|f| address(f) == p.frame).map(|f| stack_repr(&f.stack)),
            None => None,
        };
        let same = matches!(&self.pending, Some(p) if p.frame == here);
        self.settle(stack.as_deref());
        if same && self.options.locals && self.showing() {
            self.locals(frame, depth);
        }
        if let Some(last) = last
            && last.frame != here
        {
            self.transfer(last, frame, depth);
        } else if last.is_none() {
            self.transfer_in(frame, depth);
        }
        let opcode = Opcode::from_u8(op).unwrap_or(Opcode::Nop);
        self.last = Some(Last { frame: here, depth, op: opcode });
        self.handed = handed_back(frame, opcode.base());
        if !self.shows(frame, depth) {
            return;
        }
        if self.options.limit.is_some_and(|limit| self.traced >= limit) {
            self.finished = true;
            let text = format!("(trace stopped after {} instructions; the program runs on)", self.traced);
            self.event(text);
            return;
        }
        self.traced += 1;
        let object = &frame.code.object;
        let line = object.positions.get(frame.lasti).and_then(|p| p.line);
        let name = Opcode::from_u8(op).map_or("<unknown>", |o| o.name());
        let shown = shown_arg(frame, op, oparg(frame));
        let code = self.code_id(object);
        let after = match opcode.base() {
            Opcode::ReturnValue | Opcode::ReturnConst => Some("[]".to_string()),
            Opcode::YieldValue => Some(stack_repr(&frame.stack[..frame.stack.len().saturating_sub(1)])),
            _ => None,
        };
        let instr = format!("{name}{shown}");
        self.pending =
            Some(Pending { frame: here, depth, code, offset: frame.lasti * 2, line, instr, after });
    }

    /// Control moved from the frame of `last` to `frame`: say how.
    fn transfer(&mut self, last: Last, frame: &Frame, depth: usize) {
        if depth > last.depth {
            self.transfer_in(frame, depth);
            return;
        }
        let handed = self.handed.take().unwrap_or_default();
        let back = format!("back in {} at depth {depth}", frame.code.object.qualname);
        let text = match last.op.base() {
            Opcode::ReturnValue | Opcode::ReturnConst => format!("<- return {handed} (frame popped; {back})"),
            Opcode::ReturnGenerator => {
                format!("<- return a generator (the generator keeps the frame; {back})")
            }
            Opcode::YieldValue => format!("=> yield {handed} (generator suspended; {back})"),
            // An exception left the frame; `left` said so.
            _ => return,
        };
        // The return from `--function`'s frame is shown; nothing after the limit is.
        let leaving = self.inside.is_some_and(|inside| depth < inside);
        if !self.finished && (self.showing() || leaving) {
            self.event(text);
        }
        if self.seen_locals.len() > last.depth {
            self.seen_locals.truncate(last.depth);
        }
    }

    /// Control entered `frame` at `depth`: a call (the frame starts at its first
    /// instruction) or a generator resumed where it yielded.
    fn transfer_in(&mut self, frame: &Frame, depth: usize) {
        let fresh = frame.lasti == 0;
        let enters = self.showing() || (self.started && !self.finished && self.matches(frame));
        if enters {
            let qualname = &frame.code.object.qualname;
            let text = if fresh {
                format!("-> call {qualname} (frame pushed, depth {depth})")
            } else {
                format!(
                    "<= resume {qualname} at offset {} (generator resumed, depth {depth})",
                    frame.lasti * 2
                )
            };
            self.event(text);
        }
        if fresh && self.seen_locals.len() > depth {
            self.seen_locals[depth].clear();
        }
    }

    /// Prints the waiting line with `stack` (`[]` when its frame is gone), its frame's
    /// locals if they changed, and the events noted while it ran.
    fn settle(&mut self, stack: Option<&str>) {
        if let Some(pending) = self.pending.take() {
            let stack = stack.unwrap_or("[]").to_string();
            match &mut self.sink {
                Sink::Text(_) => {
                    let text = format!(
                        "{:>3} {:<20} {:>5} {:>5}  {:<32} {stack}",
                        pending.depth,
                        self.codes[pending.code].qualname,
                        pending.offset,
                        pending.line.map_or("-".to_string(), |l| format!("L{l}")),
                        pending.instr
                    );
                    self.line(text);
                }
                Sink::Page(recording) => recording.steps.push(Step {
                    depth: pending.depth,
                    code: pending.code,
                    offset: pending.offset,
                    line: pending.line,
                    instr: pending.instr,
                    stack,
                    locals: None,
                    events: Vec::new(),
                }),
            }
        }
        let notes = NOTES.with(|n| std::mem::take(&mut *n.borrow_mut()));
        if self.showing() {
            for note in notes {
                self.event(format!("~ {note}"));
            }
        }
    }

    /// `--locals`: one line when the frame's locals changed since its last instruction.
    fn locals(&mut self, frame: &Frame, depth: usize) {
        let names = &frame.code.object.localsplusnames;
        let mut shown = String::new();
        for (i, value) in frame.localsplus.iter().enumerate() {
            let Some(name) = names.get(i) else { break };
            if !shown.is_empty() {
                shown.push_str(", ");
            }
            let value = match value {
                Value::Object(o) => match &**o {
                    crate::object::misc::Object::Cell(cell) => {
                        format!("cell({})", short_repr(&cell.borrow(), 2))
                    }
                    _ => short_repr(value, 2),
                },
                _ => short_repr(value, 2),
            };
            let _ = write!(shown, "{name}={value}");
        }
        if self.seen_locals.len() <= depth {
            self.seen_locals.resize(depth + 1, String::new());
        }
        if self.seen_locals[depth] != shown {
            self.seen_locals[depth] = shown.clone();
            match &mut self.sink {
                // The page looks a frame's locals up in the last step of its depth that has
                // them, so even an empty set is recorded.
                Sink::Page(recording) => {
                    if let Some(step) = recording.steps.last_mut() {
                        step.locals = Some(shown);
                    }
                }
                Sink::Text(_) if !shown.is_empty() => self.line(format!("      locals: {shown}")),
                Sink::Text(_) => {}
            }
        }
    }

    fn line(&mut self, text: String) {
        if let Sink::Text(out) = &mut self.sink {
            let _ = writeln!(out, "{}", text.trim_end());
        }
    }

    /// An event line: indented in text; on a page, attached to the last step.
    fn event(&mut self, text: String) {
        match &mut self.sink {
            Sink::Text(_) => self.line(format!("      {text}")),
            Sink::Page(recording) => match recording.steps.last_mut() {
                Some(step) => step.events.push(text),
                None => recording.first_events.push(text),
            },
        }
    }

    fn code_id(&mut self, object: &Rc<CodeObject>) -> usize {
        let key = Rc::as_ptr(object) as usize;
        if let Some(id) = self.code_ids.get(&key) {
            return *id;
        }
        self.codes.push(object.clone());
        self.code_ids.insert(key, self.codes.len() - 1);
        self.codes.len() - 1
    }

    /// An exception was raised (or re-raised) in `frame`: settles the line of the instruction
    /// that raised it (its stack as the exception left it).
    pub fn raised(&mut self, frame: &Frame, err: &crate::object::exception::PyErr) {
        use crate::object::exception::PyErr;
        let what = match err {
            PyErr::Raised(exc) => format!("raise {}", exception_summary(exc)),
            PyErr::Reraise(exc) => format!("re-raise {}", exception_summary(exc)),
            PyErr::Fault(fault) => format!("fault: {}", fault.message),
        };
        let stack =
            self.pending.as_ref().filter(|p| p.frame == address(frame)).map(|_| stack_repr(&frame.stack));
        self.settle(stack.as_deref());
        if self.showing() {
            self.event(format!("!! {what} at offset {}", frame.lasti * 2));
        }
    }

    /// The exception table sent the exception raised at unit `raised_at` to a handler.
    pub fn handled(&mut self, frame: &Frame, raised_at: usize) {
        if !self.showing() {
            return;
        }
        let at = raised_at as u32;
        let entry = frame.code.object.exception_entries.iter().find(|e| e.start <= at && at < e.end);
        if let Some(e) = entry {
            self.event(format!(
                "-> handler: exception table entry {} to {} -> {} [{}]{}, stack {}",
                e.start * 2,
                (e.end.max(e.start + 1) - 1) * 2,
                e.target * 2,
                e.depth,
                if e.lasti { " lasti" } else { "" },
                stack_repr(&frame.stack)
            ));
        }
    }

    /// No handler in `frame`: the exception leaves it, and the frame is popped.
    pub fn left(&mut self, frame: &Frame) {
        if self.showing() {
            self.event(format!(
                "<- no handler in {}: the exception propagates (frame popped)",
                frame.code.object.qualname
            ));
        }
    }

    /// The program ended: the last line, and everything written out; the recording, for a
    /// page.
    pub fn finish(&mut self) -> Option<Recording> {
        self.settle(None);
        match &mut self.sink {
            Sink::Text(out) => {
                let _ = out.flush();
                None
            }
            Sink::Page(recording) => {
                let mut done = std::mem::take(recording);
                done.codes = std::mem::take(&mut self.codes);
                Some(done)
            }
        }
    }
}

/// An exception as its type and arguments, e.g. `ValueError('bad')` (no `__str__` runs).
pub fn exception_summary(exc: &crate::object::exception::Exception) -> String {
    let args = exc.args.borrow();
    let shown = match &*args {
        Value::Tuple(t) if t.len() == 1 => short_repr(&t.items()[0], 2),
        Value::Tuple(t) => items(t.items(), 2),
        other => short_repr(other, 2),
    };
    format!("{}({shown})", exc.typ.name)
}

/// The oparg of the instruction at `frame.lasti`, with its EXTENDED_ARG prefixes (the loop
/// does not pass it, so that the hook keeps one fewer value alive in the loop).
fn oparg(frame: &Frame) -> u32 {
    let units = &frame.code.units;
    let byte = |i: usize| units.get(i).map_or(0, |u| (u.get() >> 8) as u32);
    let mut arg = byte(frame.lasti);
    let mut shift = 8;
    let mut i = frame.lasti;
    while i > 0 && shift < 32 && units[i - 1].get() & 0xff == Opcode::ExtendedArg as u16 {
        i -= 1;
        arg |= byte(i) << shift;
        shift += 8;
    }
    arg
}

/// The oparg as `dis` shows it: the number, and what it means in parentheses.
fn shown_arg(frame: &Frame, op: u8, arg: u32) -> String {
    let Some(opcode) = Opcode::from_u8(op) else { return String::new() };
    if !opcode.base().info().kind.has_arg() {
        return String::new();
    }
    let meaning = crate::cli::dis::argrepr_at(&frame.code.object, frame.lasti, opcode.base(), arg);
    if meaning.is_empty() { format!(" {arg}") } else { format!(" {arg} ({meaning})") }
}

fn clip(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let cut: String = s.chars().take(width - 1).collect();
        format!("{cut}…")
    }
}

/// The stack, bottom first, each value short.
pub fn stack_repr(stack: &[Value]) -> String {
    let items: Vec<String> = stack.iter().map(|v| short_repr(v, 3)).collect();
    format!("[{}]", items.join(", "))
}

/// A value in a few characters, without running any Python code: builtin values as `repr`
/// shows them (containers to `depth` levels and eight items), everything else by its type.
pub fn short_repr(value: &Value, depth: usize) -> String {
    let text = match value {
        Value::Null => "NULL".to_string(),
        Value::None => "None".to_string(),
        Value::NotImplemented => "NotImplemented".to_string(),
        Value::Ellipsis => "Ellipsis".to_string(),
        Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => crate::object::repr::float_repr(*f),
        Value::Str(s) => crate::object::repr::str_repr(s.as_str()),
        Value::Tuple(t) => {
            let inner = items(t.items(), depth);
            if t.len() == 1 { format!("({inner},)") } else { format!("({inner})") }
        }
        Value::List(l) => format!("[{}]", items(&l.borrow(), depth)),
        Value::Dict(d) => {
            if depth == 0 {
                "{…}".to_string()
            } else {
                let pairs = d.items();
                let mut shown: Vec<String> = pairs
                    .iter()
                    .take(8)
                    .map(|(k, v)| format!("{}: {}", short_repr(k, depth - 1), short_repr(v, depth - 1)))
                    .collect();
                if pairs.len() > 8 {
                    shown.push("…".to_string());
                }
                format!("{{{}}}", shown.join(", "))
            }
        }
        Value::Set(s) => {
            let all = s.items();
            if all.is_empty() { "set()".to_string() } else { format!("{{{}}}", items(&all, depth)) }
        }
        Value::Function(f) => format!("<function {}>", f.qualname.borrow().as_str()),
        Value::Builtin(b) => format!("<built-in {}>", b.name),
        Value::NativeMethod(m) => format!("<method {}>", m.name),
        Value::Type(t) => format!("<class '{}'>", t.name),
        Value::Exception(e) if depth > 0 => exception_summary(e),
        Value::Exception(e) => format!("{}(…)", e.typ.name),
        Value::Instance(i) => format!("<{} object>", i.typ().name),
        Value::Object(o) => match &**o {
            crate::object::misc::Object::Code(c) => format!("<code object {}>", c.name()),
            other => format!("<{}>", crate::interp::adaptive::object_type_name(other)),
        },
    };
    clip(&text, 60)
}

fn items(values: &[Value], depth: usize) -> String {
    if depth == 0 {
        return if values.is_empty() { String::new() } else { "…".to_string() };
    }
    let mut shown: Vec<String> = values.iter().take(8).map(|v| short_repr(v, depth - 1)).collect();
    if values.len() > 8 {
        shown.push("…".to_string());
    }
    shown.join(", ")
}
