//! The interpreter: the `Vm`, its frames and the eval loop.
//!
//! - `code.rs`: code objects prepared to run (constants as values, mutable instructions);
//! - `frame.rs`: a frame — localsplus, a value stack of exactly `co_stacksize`, the ip;
//! - `eval.rs`: the loop, whose arms are one-line calls into `ops/`;
//! - `compiler.rs`: source text to code objects, by a CPython 3.12 child process;
//! - `call.rs`: binding arguments to parameters, and calling anything callable;
//! - `unwind.rs`: finding a handler in the exception table, or leaving the frame.
//!
//! Python-to-Python calls push a frame onto `Vm::frames` and the loop carries on there, so
//! Python recursion never grows the Rust stack. Native code that calls back into Python (a
//! `sorted` key, say) runs a nested loop; both kinds of call count toward the recursion limit.

pub mod adaptive;
pub mod anchors;
pub mod ast_tree;
pub mod call;
pub mod code;
pub mod compiler;
pub mod coroutine;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod importer;
pub mod module;
pub mod ops;
pub mod stats;
pub mod stdlib;
pub mod trace;
pub mod traceback;
pub mod unwind;

use std::io::Write;
use std::rc::Rc;

use crate::object::dict::Dict;
use crate::object::exception::{Exception, PyErr};
use crate::object::types::{BuiltinTypes, Type};
use crate::object::value::Value;

pub use frame::Frame;

pub type PyResult<T> = Result<T, PyErr>;

/// CPython's default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// Where `print` and `sys.stdout` write: a buffer flushed when it grows, at exit and before a
/// traceback, as CPython's buffered stdout behaves when it is not a terminal.
pub struct Output {
    sink: Box<dyn Write>,
    buffer: Vec<u8>,
    /// Bytes held before a write goes out (0: every write goes out at once).
    limit: usize,
}

impl Output {
    pub fn new(sink: Box<dyn Write>) -> Output {
        Output { sink, buffer: Vec::with_capacity(8192), limit: 8192 }
    }

    /// Every write goes out at once (so a trace on stderr stays in order with the output).
    pub fn set_unbuffered(&mut self) {
        self.limit = 0;
    }

    pub fn write_str(&mut self, s: &str) {
        self.write_bytes(s.as_bytes());
    }

    pub fn write_bytes(&mut self, s: &[u8]) {
        self.buffer.extend_from_slice(s);
        if self.buffer.len() >= self.limit.max(1) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        let _ = self.try_flush();
    }

    /// Writes out what is held, reporting a failure (a closed pipe, a full disk).
    pub fn try_flush(&mut self) -> std::io::Result<()> {
        let data = std::mem::take(&mut self.buffer);
        let result = self.sink.write_all(&data).and_then(|_| self.sink.flush());
        self.buffer = data;
        self.buffer.clear();
        result
    }
}

/// What `sys.stdin` reads: the process's stdin, or what a test gives the VM.
pub struct Input {
    source: Box<dyn std::io::Read>,
}

impl Input {
    pub fn new(source: Box<dyn std::io::Read>) -> Input {
        Input { source }
    }
}

impl std::io::Read for Input {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.source.read(buf)
    }
}

pub struct Vm {
    pub types: BuiltinTypes,
    pub builtins: Rc<Dict>,
    /// The frames of Python callers suspended under the running one. Frames move between
    /// the loop's local variable and this stack on every call and return; boxed, that is a
    /// pointer move.
    #[allow(clippy::vec_box)]
    pub(crate) frames: Vec<Box<Frame>>,
    /// Python frames and native re-entries currently active.
    pub(crate) depth: usize,
    pub recursion_limit: usize,
    pub stdout: Output,
    pub stderr: Output,
    /// Fd 0 for `sys.stdin` (`set_stdin` replaces it).
    pub stdin: Input,
    /// The `_io` types, made when `sys` or `_io` first needs them.
    pub io_types: Option<Rc<crate::modules::io::IoTypes>>,
    /// The codec registry (`_codecs`).
    pub codecs: crate::modules::codecs::Registry,
    /// The weak reference types (`_weakref`).
    pub weak_types: crate::modules::weakref::WeakTypes,
    /// Objects whose repr is being computed, to print cycles as `[...]`.
    pub(crate) repr_stack: Vec<usize>,
    /// The exception being handled (`sys.exc_info()`), set by PUSH_EXC_INFO.
    pub(crate) handled: Value,
    /// Source files read for tracebacks.
    pub(crate) sources: traceback::SourceCache,
    /// Finished frames kept for reuse, so that a call need not allocate.
    #[allow(clippy::vec_box)]
    frame_pool: Vec<Box<Frame>>,
    /// `sys.modules`.
    pub modules: Rc<Dict>,
    /// `sys.path`: the main file's directory first.
    pub sys_path: Rc<crate::object::list::List>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// The file descriptors `posix.open` made, owned here until `posix.close`.
    pub fds: std::collections::HashMap<i32, std::os::fd::OwnedFd>,
    /// The functions `atexit.register` was given, oldest first; they run, newest first, when
    /// the main module ends (see `modules::atexit`).
    pub atexit: Vec<crate::modules::atexit::Callback>,
    /// CPython 3.12's standard library, when one was found (`stdlib::locate`).
    pub stdlib: Option<stdlib::Stdlib>,
    /// The main program's file, absolute (`__main__.__file__`).
    pub main_file: Option<std::path::PathBuf>,
    /// Modules whose body is running, innermost last (circular-import messages name them).
    pub(crate) initializing: Vec<String>,
    /// The class of `__spec__` objects, made on first import.
    pub(crate) module_spec_class: Option<Rc<Type>>,
    /// Execution counts, under `--stats`.
    pub stats: Option<Box<stats::Stats>>,
    /// `minivm trace`: the tracer that prints each instruction.
    pub tracer: Option<Box<trace::Tracer>>,
    /// The CPython 3.12 child that compiles source text, started on first use.
    pub(crate) compiler: compiler::CompilerState,
}

impl Vm {
    pub fn new(stdout: Box<dyn Write>, stderr: Box<dyn Write>) -> Vm {
        Vm::with_stdlib(stdout, stderr, stdlib::locate())
    }

    /// A VM that imports its standard modules from `stdlib` (CPython's `Lib/`), or from
    /// minivm's own alone when `None`.
    pub fn with_stdlib(stdout: Box<dyn Write>, stderr: Box<dyn Write>, stdlib: Option<stdlib::Stdlib>) -> Vm {
        let types = BuiltinTypes::new();
        let weak_types = crate::modules::weakref::WeakTypes::new(&types.object);
        let builtins = Rc::new(Dict::new());
        let path = stdlib.iter().flat_map(|s| s.sys_path()).map(|p| Value::str(&p.display().to_string()));
        let sys_path = Rc::new(crate::object::list::List::new(path.collect()));
        let mut vm = Vm {
            types,
            builtins,
            frames: Vec::new(),
            depth: 0,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            stdout: Output::new(stdout),
            stderr: Output::new(stderr),
            stdin: Input::new(Box::new(std::io::stdin())),
            io_types: None,
            weak_types,
            codecs: Default::default(),
            repr_stack: Vec::new(),
            handled: Value::None,
            sources: traceback::SourceCache::default(),
            frame_pool: Vec::new(),
            modules: Rc::new(Dict::new()),
            sys_path,
            argv: Vec::new(),
            stdlib,
            fds: std::collections::HashMap::new(),
            atexit: Vec::new(),
            main_file: None,
            initializing: Vec::new(),
            module_spec_class: None,
            stats: None,
            tracer: None,
            compiler: compiler::CompilerState::default(),
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// Gives the program this input as its stdin (the tests' `NAME.stdin`).
    pub fn set_stdin(&mut self, source: Box<dyn std::io::Read>) {
        self.stdin = Input::new(source);
    }

    /// A new exception of `typ` with one message argument.
    pub fn new_error(&self, typ: &Rc<Type>, message: String) -> PyErr {
        PyErr::Raised(Rc::new(Exception::new(typ.clone(), vec![Value::str(&message)])))
    }

    pub fn type_error(&self, message: String) -> PyErr {
        self.new_error(&self.types.type_error, message)
    }

    pub fn value_error(&self, message: String) -> PyErr {
        self.new_error(&self.types.value_error, message)
    }

    pub fn index_error(&self, message: String) -> PyErr {
        self.new_error(&self.types.index_error, message)
    }

    pub fn attribute_error(&self, message: String) -> PyErr {
        self.new_error(&self.types.attribute_error, message)
    }

    pub fn name_error(&self, message: String) -> PyErr {
        self.new_error(&self.types.name_error, message)
    }

    pub fn zero_division(&self, message: String) -> PyErr {
        self.new_error(&self.types.zero_division_error, message)
    }

    pub fn overflow_error(&self, message: String) -> PyErr {
        self.new_error(&self.types.overflow_error, message)
    }

    pub fn runtime_error(&self, message: String) -> PyErr {
        self.new_error(&self.types.runtime_error, message)
    }

    pub fn memory_error(&self) -> PyErr {
        PyErr::Raised(Rc::new(Exception::new(self.types.memory_error.clone(), vec![])))
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr::Raised(Rc::new(Exception::new(self.types.key_error.clone(), vec![key])))
    }

    /// `StopIteration` with no value.
    pub fn stop_iteration(&self) -> PyErr {
        PyErr::Raised(Rc::new(Exception::new(self.types.stop_iteration.clone(), vec![])))
    }

    /// A frame for a new activation of `code`, from the pool when one is free.
    pub(crate) fn new_frame(&mut self, code: Rc<code::Code>, globals: Rc<Dict>) -> Box<Frame> {
        if let Some(stats) = self.stats.as_mut() {
            stats.frames += 1;
        }
        match self.frame_pool.pop() {
            Some(mut frame) => {
                frame.reset(code, globals);
                frame
            }
            None => Box::new(Frame::new(code, globals, Vec::new())),
        }
    }

    /// Returns a finished frame to the pool (dropping the values it still holds).
    pub(crate) fn recycle(&mut self, mut frame: Box<Frame>) {
        const POOL_LIMIT: usize = 64;
        if self.frame_pool.len() < POOL_LIMIT {
            frame.stack.clear();
            frame.localsplus.clear();
            frame.func = None;
            frame.locals = None;
            frame.locals_mapping = None;
            frame.locals_snapshot = Default::default();
            frame.kwnames = None;
            frame.init_self = None;
            self.frame_pool.push(frame);
        } else {
            drop(frame);
        }
        // A generator held only by that frame's locals may need closing now.
        if generator::abandoned_pending() {
            self.close_abandoned();
        }
    }

    /// Enters one level of Python or native-to-Python call, or raises RecursionError.
    pub(crate) fn enter(&mut self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(self
                .new_error(&self.types.recursion_error.clone(), "maximum recursion depth exceeded".into()));
        }
        self.depth += 1;
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
    }
}
