//! `Object`: the heap values that need no fast path in the eval loop — ranges, slices,
//! iterators, cells, bound methods, code, bytes, bytearrays, memoryviews and complex numbers.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::dict::Dict;
use super::list::List;
use super::set::Set;
use super::str::PyStr;
use super::tuple::Tuple;
use super::value::Value;
use crate::interp::code::Code;

pub enum Object {
    Range(Range),
    /// A range whose bounds do not fit in 64 bits.
    LongRange(Box<super::long_range::LongRange>),
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    /// A cell for a variable captured by a closure.
    Cell(RefCell<Value>),
    /// A Python function bound to an object (`obj.method` not called at once).
    BoundMethod {
        func: Value,
        self_: Value,
    },
    Code(Rc<Code>),
    Bytes(Box<[u8]>),
    ByteArray(super::buffer::ByteArray),
    MemoryView(super::buffer::MemoryView),
    Complex {
        re: f64,
        im: f64,
    },
    Iter(RefCell<Iter>),
    Generator(crate::interp::generator::Generator),
    Module(super::module::Module),
    /// The state of a `random.Random`: a Mersenne Twister.
    Twister(Box<RefCell<crate::modules::random_core::Twister>>),
    /// The opaque state a native module's Python class keeps (a hash in progress, a zlib
    /// stream); the module's Rust functions downcast it to their own type.
    State(NativeState),
    /// A compiled regular expression (`_re`).
    Regex(Box<crate::modules::regex_core::Compiled>),
    /// The code of a compiled pattern of CPython's `re` (`_sre`).
    SreCode(Box<crate::modules::sre::SreCode>),
    /// A file or stream of `_io` (`open()`'s result, `sys.stdout`, `StringIO`, …).
    Io(Box<crate::modules::io::IoObject>),
    /// A value an async generator yields to its consumer, told apart from values its awaits
    /// pass up to the event loop (`INTRINSIC_ASYNC_GEN_WRAP`).
    AsyncGenValue(Value),
    /// `exc.__traceback__`: entry `index` of the exception's traceback, counted from the
    /// outermost frame (the one `tb_next` starts from).
    Traceback {
        exc: Rc<super::exception::Exception>,
        index: usize,
    },
    /// `list[int]`: a builtin generic class with its arguments (a tuple).
    GenericAlias {
        origin: Value,
        args: Value,
    },
    /// `int | None`: the member types, without repeats.
    Union(Vec<Value>),
    /// What `coroutine.__await__()` returns: an iterator that drives the coroutine.
    CoroutineWrapper(Value),
    /// The awaitable of `agen.__anext__()`, `asend()`, `athrow()` or `aclose()`.
    AsyncGenOp(crate::interp::coroutine::AsyncGenOp),
    /// `property(fget, fset, fdel, doc)`; `__doc__` can be set later, as in CPython (`dis`
    /// documents its namedtuple fields that way).
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        /// `__doc__`, which a program may set (as `pathlib` does).
        doc: RefCell<Value>,
    },
    ClassMethod(Value),
    StaticMethod(Value),
    /// `super(type, obj)`: attribute lookup starts after `typ` in `obj`'s MRO.
    Super {
        typ: Rc<super::types::Type>,
        obj: Value,
    },
    DictView {
        dict: Rc<Dict>,
        kind: DictViewKind,
    },
    /// A data attribute of a builtin type, as the class shows it (`FunctionType.__code__`): a
    /// `getset_descriptor`, or a `member_descriptor` when `member`.
    Descriptor {
        name: &'static str,
        owner: Rc<super::types::Type>,
        member: bool,
    },
    /// A frame as Python sees it (`sys._getframe()`, `tb_frame`).
    Frame(Box<super::frame_object::FrameObject>),
    /// `weakref.ref(obj)` or `weakref.proxy(obj)`.
    WeakRef(super::weakref::WeakRef),
}

/// State owned by one native module: `kind` names it in reprs, `cell` holds it.
pub struct NativeState {
    pub kind: &'static str,
    pub cell: RefCell<Box<dyn std::any::Any>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// `range(start, stop, step)` with all three fitting in 64 bits.
#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi { 0 } else { ((hi - lo - 1) / step + 1) as i64 }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// The state of a builtin iterator.
pub enum Iter {
    List {
        list: Rc<List>,
        index: usize,
    },
    ListReverse {
        list: Rc<List>,
        index: usize,
    },
    Tuple {
        tuple: Rc<Tuple>,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    Str {
        s: Rc<PyStr>,
        byte: usize,
    },
    Set {
        set: Rc<Set>,
        pos: usize,
        len: usize,
    },
    Dict {
        dict: Rc<Dict>,
        index: usize,
        len: usize,
        kind: DictViewKind,
    },
    Seq {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// `iter(obj)` over an object with only `__getitem__`.
    GetItem {
        obj: Value,
        index: Cell<i64>,
    },
    LongRange(Box<super::long_range::LongRangeIter>),
    Exhausted,
}
