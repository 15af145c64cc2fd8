//! Source text to code objects, by CPython 3.12's own compiler.
//!
//! minivm has no compiler of its own: it runs what CPython 3.12 compiles, so `compile()`,
//! `eval()`, `exec()` and the `.py` files it runs or imports are compiled by a CPython 3.12
//! child process. One child is started on first use and kept for the life of the `Vm`, so a
//! loop of `eval` calls costs a round trip over a pipe each, not a process start. The child
//! runs `compiler_helper.py` (embedded here); requests and replies are length-prefixed frames
//! on its stdin and stdout, and code objects come back marshalled, as in a `.pyc`.
//!
//! The interpreter is `$MINIVM_PYTHON`, else `python3.12`, else `python3` when that is 3.12,
//! else pyenv's newest 3.12.
//! A child that dies or answers nonsense is an error for the caller to raise, never a panic.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::rc::Rc;

use crate::code::{CodeObject, Constant};
use crate::loader::marshal::read_object;

/// The helper script the child runs.
const HELPER: &str = include_str!("compiler_helper.py");

/// The largest reply believed (a marshalled code object is far smaller).
const MAX_REPLY: usize = 1 << 28;

/// The first line the helper writes, once it knows it is CPython 3.12.
const GREETING: &[u8] = b"minivm-compiler 1\n";

/// What to compile, as `compile()` takes it (the flags already include the caller's future
/// features when it inherits them; the child never inherits its own).
pub struct Request<'a> {
    pub source: Source<'a>,
    pub filename: &'a str,
    pub mode: &'a str,
    pub flags: i32,
    pub optimize: i32,
}

pub enum Source<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
    /// An `ast` tree, marshalled as `interp/ast_tree.rs` writes it.
    Tree(&'a [u8]),
}

/// A successful compilation: the code, its marshalled bytes (for `__pycache__`), and the
/// warnings the compiler gave.
pub struct Compiled {
    pub code: Rc<CodeObject>,
    pub marshalled: Vec<u8>,
    pub warnings: Vec<Warning>,
}

/// What the helper answered: code, or the `ast` tree `PyCF_ONLY_AST` asks for (as nested
/// tuples: see `compiler_helper.py`).
enum Answer {
    Code(Compiled),
    Tree(Constant, Vec<Warning>),
}

/// A warning from the compiler (`SyntaxWarning: invalid escape sequence`, say).
pub struct Warning {
    pub category: String,
    pub message: String,
    pub filename: String,
    pub lineno: i64,
}

/// The fields of a SyntaxError (or IndentationError, TabError) the compiler raised.
pub struct SyntaxDetails {
    pub kind: String,
    pub msg: Constant,
    pub filename: Constant,
    pub lineno: Constant,
    pub offset: Constant,
    pub end_lineno: Constant,
    pub end_offset: Constant,
    pub text: Constant,
}

/// Why there is no code.
pub enum Failure {
    /// The source does not compile.
    Syntax(Box<SyntaxDetails>, Vec<Warning>),
    /// `compile()` raised something else (a ValueError for NUL bytes, say): class name, message.
    Other(String, String),
    /// No CPython 3.12 was found.
    NoPython,
    /// The child died or answered something unreadable.
    Broken(String),
}

/// The running child.
pub struct Compiler {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

/// The `Vm`'s compiler: not started yet, running, or known to be missing.
#[derive(Default)]
pub enum CompilerState {
    #[default]
    NotStarted,
    Running(Compiler),
    Unavailable,
}

impl CompilerState {
    /// Compiles one request, starting the child on first use. A child that broke is dropped,
    /// so the next request starts a fresh one.
    pub fn compile(&mut self, request: &Request) -> Result<Compiled, Failure> {
        match self.answer(request)? {
            Answer::Code(compiled) => Ok(compiled),
            Answer::Tree(..) => Err(broken("a tree where code was asked for")),
        }
    }

    /// Parses one request (its flags include `PyCF_ONLY_AST`) to the tree and its warnings.
    pub fn parse(&mut self, request: &Request) -> Result<(Constant, Vec<Warning>), Failure> {
        match self.answer(request)? {
            Answer::Tree(tree, warnings) => Ok((tree, warnings)),
            Answer::Code(_) => Err(broken("code where a tree was asked for")),
        }
    }

    fn answer(&mut self, request: &Request) -> Result<Answer, Failure> {
        if let CompilerState::NotStarted = self {
            *self = match Compiler::start() {
                Some(c) => CompilerState::Running(c),
                None => CompilerState::Unavailable,
            };
        }
        let CompilerState::Running(compiler) = self else { return Err(Failure::NoPython) };
        let outcome = compiler.compile(request);
        if let Err(Failure::Broken(_)) = &outcome {
            *self = CompilerState::NotStarted;
        }
        outcome
    }
}

/// Whether a CPython 3.12 is there to compile (the tests skip what needs one without it).
pub fn available() -> bool {
    Compiler::start().is_some()
}

/// The interpreters to try, in order (see `stdlib::python_candidates`).
fn candidates() -> Vec<std::ffi::OsString> {
    super::stdlib::python_candidates()
}

impl Compiler {
    /// Starts the first candidate that greets as CPython 3.12 (a `python3` of another version
    /// exits at once, and a pyenv shim with no version selected fails: both are skipped).
    fn start() -> Option<Compiler> {
        for python in candidates() {
            let spawned = Command::new(&python)
                .args(["-I", "-S", "-c", HELPER])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn();
            let Ok(mut child) = spawned else { continue };
            let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
                let _ = child.kill();
                let _ = child.wait();
                continue;
            };
            let mut stdout = BufReader::new(stdout);
            let mut greeting = Vec::new();
            if stdout.read_until(b'\n', &mut greeting).is_ok() && greeting == GREETING {
                return Some(Compiler { child, stdin, stdout });
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        None
    }

    fn compile(&mut self, request: &Request) -> Result<Answer, Failure> {
        let reply = self.round_trip(&encode(request)).map_err(|e| {
            Failure::Broken(format!("the CPython 3.12 compiler process stopped answering ({e})"))
        })?;
        decode(&reply)
    }

    /// Sends one frame and reads the answering frame.
    fn round_trip(&mut self, payload: &[u8]) -> std::io::Result<Vec<u8>> {
        let mut frame = Vec::with_capacity(4 + payload.len());
        frame.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        frame.extend_from_slice(payload);
        self.stdin.write_all(&frame)?;
        self.stdin.flush()?;
        let mut size = [0u8; 4];
        self.stdout.read_exact(&mut size)?;
        let size = u32::from_le_bytes(size) as usize;
        // A reply this large is garbage, not a code object: don't try to allocate it.
        if size > MAX_REPLY {
            return Err(std::io::Error::other(format!("a reply of {size} bytes")));
        }
        let mut reply = vec![0u8; size];
        self.stdout.read_exact(&mut reply)?;
        Ok(reply)
    }
}

impl Drop for Compiler {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The request as the helper reads it (see `compiler_helper.py`).
fn encode(request: &Request) -> Vec<u8> {
    let (kind, source) = match request.source {
        Source::Str(s) => (b's', s.as_bytes()),
        Source::Bytes(b) => (b'b', b),
        Source::Tree(t) => (b'a', t),
    };
    let mut out = Vec::with_capacity(17 + request.filename.len() + request.mode.len() + source.len());
    out.push(kind);
    out.extend_from_slice(&request.flags.to_le_bytes());
    out.extend_from_slice(&request.optimize.to_le_bytes());
    out.extend_from_slice(&(request.filename.len() as u32).to_le_bytes());
    out.extend_from_slice(&(request.mode.len() as u32).to_le_bytes());
    out.extend_from_slice(request.filename.as_bytes());
    out.extend_from_slice(request.mode.as_bytes());
    out.extend_from_slice(source);
    out
}

fn broken(what: &str) -> Failure {
    Failure::Broken(format!("the CPython 3.12 compiler process sent an unreadable reply ({what})"))
}

/// Reads a reply: `u32 head size, head, marshalled warnings`.
fn decode(reply: &[u8]) -> Result<Answer, Failure> {
    let size = reply.get(..4).ok_or_else(|| broken("too short"))?;
    let size = u32::from_le_bytes([size[0], size[1], size[2], size[3]]) as usize;
    let head = reply.get(4..4 + size).ok_or_else(|| broken("too short"))?;
    let warnings = read_warnings(&reply[4 + size..])?;
    let (&tag, body) = head.split_first().ok_or_else(|| broken("empty"))?;
    let object = read_object(body, 0).map_err(|e| broken(&e.to_string()))?;
    match (tag, object) {
        (b'C', Constant::Code(code)) => {
            Ok(Answer::Code(Compiled { code, marshalled: body.to_vec(), warnings }))
        }
        (b'A', tree) => Ok(Answer::Tree(tree, warnings)),
        (b'S', Constant::Tuple(f)) if f.len() == 8 => {
            let field = |i: usize| f[i].clone();
            let details = SyntaxDetails {
                kind: text(&f[0]).unwrap_or_else(|| "SyntaxError".into()),
                msg: field(1),
                filename: field(2),
                lineno: field(3),
                offset: field(4),
                end_lineno: field(5),
                end_offset: field(6),
                text: field(7),
            };
            Err(Failure::Syntax(Box::new(details), warnings))
        }
        (b'E', Constant::Tuple(f)) if f.len() == 2 => {
            Err(Failure::Other(text(&f[0]).unwrap_or_default(), text(&f[1]).unwrap_or_default()))
        }
        _ => Err(broken("unknown answer")),
    }
}

fn read_warnings(data: &[u8]) -> Result<Vec<Warning>, Failure> {
    let Constant::List(items) = read_object(data, 0).map_err(|e| broken(&e.to_string()))? else {
        return Err(broken("warnings"));
    };
    let mut out = Vec::new();
    for item in items.iter() {
        if let Constant::Tuple(f) = item
            && f.len() == 4
        {
            let lineno = if let Constant::Int(i) = f[3] { i } else { 0 };
            out.push(Warning {
                category: text(&f[0]).unwrap_or_default(),
                message: text(&f[1]).unwrap_or_default(),
                filename: text(&f[2]).unwrap_or_default(),
                lineno,
            });
        }
    }
    Ok(out)
}

fn text(c: &Constant) -> Option<String> {
    match c {
        Constant::Str(s) => Some(s.to_string()),
        _ => None,
    }
}

impl super::Vm {
    /// Compiles source text with CPython 3.12, raising what `compile()` would raise: the
    /// SyntaxError with all its fields, or a RuntimeError when no CPython 3.12 is installed.
    pub fn compile_text(&mut self, request: &Request) -> super::PyResult<Compiled> {
        self.compile_or_fail(request).map_err(|failure| self.compile_error(failure))
    }

    /// Compiles, printing the compiler's warnings on stderr as CPython's `warnings` module
    /// prints them (with the source line when the file can be read).
    pub fn compile_or_fail(&mut self, request: &Request) -> Result<Compiled, Failure> {
        let outcome = self.compiler.compile(request);
        let warnings = match &outcome {
            Ok(c) => c.warnings.as_slice(),
            Err(Failure::Syntax(_, w)) => w.as_slice(),
            Err(_) => &[],
        };
        self.show_warnings(warnings);
        outcome
    }

    /// Parses source to an `ast` tree (nested tuples, see `compiler_helper.py`), raising
    /// what `compile()` would raise; the warnings are shown as `compile_or_fail` shows them.
    pub fn parse_tree(&mut self, request: &Request) -> super::PyResult<Constant> {
        match self.compiler.parse(request) {
            Ok((tree, warnings)) => {
                self.show_warnings(&warnings);
                Ok(tree)
            }
            Err(failure) => {
                if let Failure::Syntax(_, warnings) = &failure {
                    self.show_warnings(warnings);
                }
                Err(self.compile_error(failure))
            }
        }
    }

    fn show_warnings(&mut self, warnings: &[Warning]) {
        let mut text = String::new();
        for w in warnings {
            text.push_str(&format!("{}:{}: {}: {}\n", w.filename, w.lineno, w.category, w.message));
            if let Some(line) = self.sources.line(&w.filename, w.lineno as i32) {
                text.push_str(&format!("  {}\n", line.trim()));
            }
        }
        if !text.is_empty() {
            self.stdout.flush();
            self.stderr.write_str(&text);
            self.stderr.flush();
        }
    }

    /// The Python exception for a failed compilation.
    pub fn compile_error(&mut self, failure: Failure) -> crate::object::exception::PyErr {
        use crate::interp::code::constant_value;
        use crate::object::exception::{Exception, PyErr};
        use crate::object::value::Value;
        match failure {
            Failure::Syntax(d, _) => {
                let typ = match d.kind.as_str() {
                    "IndentationError" => self.types.indentation_error.clone(),
                    "TabError" => self.types.tab_error.clone(),
                    _ => self.types.syntax_error.clone(),
                };
                let fields = [&d.filename, &d.lineno, &d.offset, &d.text, &d.end_lineno, &d.end_offset];
                // An error with no location (NUL bytes in the source) has its message only.
                let args = if fields.iter().all(|f| matches!(f, Constant::None)) {
                    vec![constant_value(&d.msg)]
                } else {
                    let details = Value::tuple(fields.into_iter().map(constant_value).collect());
                    vec![constant_value(&d.msg), details]
                };
                PyErr::Raised(Rc::new(Exception::new(typ, args)))
            }
            Failure::Other(kind, message) => {
                let typ = match self.builtins.get_str(&crate::object::str::PyStr::new(&kind)) {
                    Some(Value::Type(t)) if t.is_subtype(&self.types.base_exception) => t,
                    _ => self.types.system_error.clone(),
                };
                self.new_error(&typ, message)
            }
            Failure::NoPython => self.runtime_error(NO_PYTHON.into()),
            Failure::Broken(why) => self.runtime_error(why),
        }
    }
}

/// The error when no CPython 3.12 is there to compile source code.
pub const NO_PYTHON: &str = "minivm compiles source code with CPython 3.12, and none was found: \
     install python3.12 (on PATH) or set MINIVM_PYTHON to a CPython 3.12 interpreter";
