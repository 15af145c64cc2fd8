//! Type objects. Every value has one (`type(x)`); the builtin types and the exception
//! hierarchy are created once per VM in `BuiltinTypes`. Classes defined in Python (next issue)
//! are `Type`s too, with `TypeKind::Instance`.

use std::rc::Rc;

use super::dict::Dict;

/// Which layout a type's instances have: how minivm stores the values of this type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    /// Instances of a class defined in Python: a type and an attribute dict.
    Instance,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    /// `memoryview`: one-dimensional views of one-byte items (`object/buffer.rs`).
    MemoryView,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    MethodDescriptor,
    Method,
    Cell,
    Code,
    Frame,
    Descriptor,
    Module,
    /// `weakref.ReferenceType` (`_weakref.ref`) and its subclasses.
    WeakRef,
    /// `weakref.ProxyType` and `CallableProxyType`.
    WeakProxy,
    /// The classes of `_io` (files and streams), one kind each (see `io_class`).
    IoIOBase,
    IoRawIOBase,
    IoBufferedIOBase,
    IoTextIOBase,
    IoFileIO,
    IoBytesIO,
    IoStringIO,
    IoBufferedReader,
    IoBufferedWriter,
    IoBufferedRandom,
    IoTextIOWrapper,
    Iterator,
    Generator,
    Coroutine,
    AsyncGenerator,
    AsyncGenOp,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    DictView,
    Exception,
}

impl TypeKind {
    /// The `_io` class of a kind, if it is one.
    pub fn io_class(self) -> Option<crate::modules::io::IoClass> {
        use crate::modules::io::IoClass;
        Some(match self {
            TypeKind::IoIOBase => IoClass::IOBase,
            TypeKind::IoRawIOBase => IoClass::RawIOBase,
            TypeKind::IoBufferedIOBase => IoClass::BufferedIOBase,
            TypeKind::IoTextIOBase => IoClass::TextIOBase,
            TypeKind::IoFileIO => IoClass::FileIO,
            TypeKind::IoBytesIO => IoClass::BytesIO,
            TypeKind::IoStringIO => IoClass::StringIO,
            TypeKind::IoBufferedReader => IoClass::BufferedReader,
            TypeKind::IoBufferedWriter => IoClass::BufferedWriter,
            TypeKind::IoBufferedRandom => IoClass::BufferedRandom,
            TypeKind::IoTextIOWrapper => IoClass::TextIOWrapper,
            _ => return None,
        })
    }
}

pub struct Type {
    pub name: String,
    /// `__qualname__` (the name for builtins).
    pub qualname: String,
    /// `__module__`: "builtins" for the builtin types.
    pub module: String,
    /// Defined by a class statement (or `type(name, bases, ns)`), so its dict may change.
    pub heap: bool,
    /// The base classes, in order.
    pub bases: Vec<Rc<Type>>,
    /// The method resolution order after the type itself (`__mro__[1:]`).
    pub mro: Vec<Rc<Type>>,
    pub dict: Dict,
    pub kind: TypeKind,
    /// For a class whose every Python class in the MRO defines `__slots__` without
    /// `__dict__`: the only attribute names its instances may have.
    pub slots: Option<Vec<String>>,
    /// Whether a Python class in the MRO defines `__del__` (checked when an instance dies).
    pub has_del: std::cell::Cell<bool>,
    /// The class's metaclass when it is not `type` (a Python subclass of `type`).
    pub metaclass: std::cell::RefCell<Option<Rc<Type>>>,
    /// Direct subclasses created so far, for `__subclasses__()` (weak: a class does not keep
    /// its subclasses alive).
    pub subclasses: std::cell::RefCell<Vec<std::rc::Weak<Type>>>,
    /// The version tag (CPython's `tp_version_tag`): assigned when a specialisation asks, reset
    /// to 0 when the class or any of its bases changes, so a cached lookup stays valid only
    /// while its type keeps the version it was made with.
    pub version: std::cell::Cell<u32>,
    /// The attribute names instances of this class have been given, in order (CPython's
    /// shared keys; see `instance.rs`). For a class with `__slots__`, the slot names.
    pub shared_keys: std::cell::RefCell<Vec<Rc<super::str::PyStr>>>,
    /// How many of the first shared keys are `__slots__` names declared in the MRO (their
    /// values may be unset; the other names' may not).
    pub slot_count: usize,
    /// What the class remembers for the interpreter; cleared when it or a base changes.
    pub caches: TypeCaches,
}

/// A class's caches, all emptied by `Type::modified`.
#[derive(Default)]
pub struct TypeCaches {
    /// `BINARY_SUBSCR_GETITEM`'s (CPython's `_spec_cache`): the class's Python `__getitem__`
    /// and its version when a site specialised.
    pub getitem: std::cell::RefCell<Option<(Rc<super::function::Function>, u32)>>,
    /// `class::special`'s answers (a special method defined in Python, or none), so the
    /// generic paths do not hash a dunder name along the MRO each time.
    pub special: std::cell::RefCell<Vec<(Box<str>, Option<super::value::Value>)>>,
    /// `class::lookup`'s answers for interned names, by the name's address (CPython's method
    /// cache, per class).
    pub lookup: std::cell::RefCell<Vec<(usize, Option<super::value::Value>)>>,
}

impl TypeCaches {
    fn clear(&self) {
        self.getitem.borrow_mut().take();
        self.special.borrow_mut().clear();
        self.lookup.borrow_mut().clear();
    }
}

thread_local! {
    /// The next type version to hand out (0 means "none assigned").
    static NEXT_TYPE_VERSION: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

impl Type {
    pub fn new(name: &str, base: Option<&Rc<Type>>, kind: TypeKind) -> Rc<Type> {
        Type::new_in("builtins", name, base, kind)
    }

    /// A builtin type of module `module` (its repr is `<class 'module.name'>`).
    pub fn new_in(module: &str, name: &str, base: Option<&Rc<Type>>, kind: TypeKind) -> Rc<Type> {
        let mut mro = Vec::new();
        if let Some(base) = base {
            mro.push(base.clone());
            mro.extend(base.mro.iter().cloned());
        }
        let typ = Rc::new(Type {
            name: name.to_string(),
            qualname: name.to_string(),
            module: module.to_string(),
            heap: false,
            slots: None,
            has_del: std::cell::Cell::new(false),
            metaclass: std::cell::RefCell::new(None),
            subclasses: std::cell::RefCell::new(Vec::new()),
            bases: base.into_iter().cloned().collect(),
            mro,
            dict: Dict::new(),
            kind,
            version: std::cell::Cell::new(0),
            shared_keys: std::cell::RefCell::new(Vec::new()),
            caches: TypeCaches::default(),
            slot_count: 0,
        });
        if let Some(base) = base {
            base.subclasses.borrow_mut().push(Rc::downgrade(&typ));
        }
        typ
    }

    /// The version tag, assigned now if the type has none (`None` when versions ran out).
    pub fn version_tag(&self) -> Option<u32> {
        if self.version.get() == 0 {
            self.version.set(super::next_version(&NEXT_TYPE_VERSION)?);
        }
        Some(self.version.get())
    }

    /// The class changed (an attribute set or deleted): its version and its subclasses' are
    /// dropped, so every specialisation that relied on them misses from now on.
    pub fn modified(&self) {
        self.caches.clear();
        if self.version.replace(0) == 0 && self.subclasses.borrow().is_empty() {
            return;
        }
        let subclasses: Vec<Rc<Type>> = self.subclasses.borrow().iter().filter_map(|w| w.upgrade()).collect();
        for sub in subclasses {
            sub.modified();
        }
    }

    /// The index of `name` in the shared keys.
    #[inline]
    pub fn shared_index(&self, name: &super::str::PyStr) -> Option<usize> {
        let keys = self.shared_keys.borrow();
        keys.iter()
            .position(|k| std::ptr::eq(&**k, name))
            .or_else(|| keys.iter().position(|k| k.as_str() == name.as_str()))
    }

    pub fn shared_keys_len(&self) -> usize {
        self.shared_keys.borrow().len()
    }

    /// Appends `name` to the shared keys for an instance that has `values_len` values, when
    /// that keeps its names a prefix (and there is room): the index it gets.
    pub fn add_shared_key(&self, name: &super::str::PyStr, values_len: usize) -> Option<usize> {
        let mut keys = self.shared_keys.borrow_mut();
        if self.slots.is_some() || keys.len() != values_len || keys.len() >= super::instance::SHARED_KEYS_MAX
        {
            return None;
        }
        keys.push(super::str::intern(name.as_str()));
        Some(keys.len() - 1)
    }

    /// `issubclass(self, other)`.
    pub fn is_subtype(self: &Rc<Type>, other: &Rc<Type>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|t| Rc::ptr_eq(t, other))
    }
}

macro_rules! builtin_types {
    ($( $field:ident: $name:literal $kind:ident $(< $base:ident)?; )*) => {
        /// The builtin types and exception classes of one VM.
        pub struct BuiltinTypes {
            $( pub $field: Rc<Type>, )*
        }

        impl BuiltinTypes {
            /// The types, each with its single base.
            fn with_single_bases() -> BuiltinTypes {
                $( let $field = Type::new($name, builtin_types!(@base $($base)?), TypeKind::$kind); )*
                BuiltinTypes { $( $field, )* }
            }

            /// Every type with its builtin name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, &Rc<Type>)> {
                vec![$( ($name, &self.$field), )*]
            }
        }
    };
    (@base) => { None };
    (@base $base:ident) => { Some(&$base) };
}

builtin_types! {
    object: "object" Object;
    type_: "type" Type < object;
    none: "NoneType" NoneType < object;
    not_implemented: "NotImplementedType" NotImplementedType < object;
    ellipsis: "ellipsis" Ellipsis < object;
    int: "int" Int < object;
    bool_: "bool" Bool < int;
    float: "float" Float < object;
    complex: "complex" Complex < object;
    str_: "str" Str < object;
    bytes: "bytes" Bytes < object;
    bytearray: "bytearray" ByteArray < object;
    memoryview: "memoryview" MemoryView < object;
    tuple: "tuple" Tuple < object;
    list: "list" List < object;
    dict: "dict" Dict < object;
    set: "set" Set < object;
    frozenset: "frozenset" FrozenSet < object;
    range: "range" Range < object;
    slice: "slice" Slice < object;
    function: "function" Function < object;
    builtin_function: "builtin_function_or_method" BuiltinFunction < object;
    method_descriptor: "method_descriptor" MethodDescriptor < object;
    method: "method" Method < object;
    cell: "cell" Cell < object;
    traceback: "traceback" Object < object;
    generic_alias: "GenericAlias" Object < object;
    union_type: "UnionType" Object < object;
    code: "code" Code < object;
    frame: "frame" Frame < object;
    getset_descriptor: "getset_descriptor" Descriptor < object;
    member_descriptor: "member_descriptor" Descriptor < object;
    module: "module" Module < object;
    list_iterator: "list_iterator" Iterator < object;
    tuple_iterator: "tuple_iterator" Iterator < object;
    range_iterator: "range_iterator" Iterator < object;
    longrange_iterator: "longrange_iterator" Iterator < object;
    str_iterator: "str_ascii_iterator" Iterator < object;
    set_iterator: "set_iterator" Iterator < object;
    dict_keyiterator: "dict_keyiterator" Iterator < object;
    dict_valueiterator: "dict_valueiterator" Iterator < object;
    dict_itemiterator: "dict_itemiterator" Iterator < object;
    enumerate: "enumerate" Iterator < object;
    property: "property" Property < object;
    classmethod: "classmethod" ClassMethod < object;
    staticmethod: "staticmethod" StaticMethod < object;
    super_: "super" Super < object;
    zip: "zip" Iterator < object;
    map: "map" Iterator < object;
    filter: "filter" Iterator < object;
    reversed: "reversed" Iterator < object;
    callable_iterator: "callable_iterator" Iterator < object;
    generator: "generator" Generator < object;
    coroutine: "coroutine" Coroutine < object;
    async_generator: "async_generator" AsyncGenerator < object;
    async_generator_asend: "async_generator_asend" AsyncGenOp < object;
    coroutine_wrapper: "coroutine_wrapper" Iterator < object;
    async_generator_athrow: "async_generator_athrow" AsyncGenOp < object;
    dict_keys: "dict_keys" DictView < object;
    dict_values: "dict_values" DictView < object;
    dict_items: "dict_items" DictView < object;
    base_exception: "BaseException" Exception < object;
    system_exit: "SystemExit" Exception < base_exception;
    keyboard_interrupt: "KeyboardInterrupt" Exception < base_exception;
    generator_exit: "GeneratorExit" Exception < base_exception;
    exception: "Exception" Exception < base_exception;
    stop_iteration: "StopIteration" Exception < exception;
    arithmetic_error: "ArithmeticError" Exception < exception;
    zero_division_error: "ZeroDivisionError" Exception < arithmetic_error;
    overflow_error: "OverflowError" Exception < arithmetic_error;
    assertion_error: "AssertionError" Exception < exception;
    attribute_error: "AttributeError" Exception < exception;
    lookup_error: "LookupError" Exception < exception;
    index_error: "IndexError" Exception < lookup_error;
    key_error: "KeyError" Exception < lookup_error;
    name_error: "NameError" Exception < exception;
    unbound_local_error: "UnboundLocalError" Exception < name_error;
    runtime_error: "RuntimeError" Exception < exception;
    recursion_error: "RecursionError" Exception < runtime_error;
    not_implemented_error: "NotImplementedError" Exception < runtime_error;
    type_error: "TypeError" Exception < exception;
    value_error: "ValueError" Exception < exception;
    unicode_error: "UnicodeError" Exception < value_error;
    memory_error: "MemoryError" Exception < exception;
    syntax_error: "SyntaxError" Exception < exception;
    indentation_error: "IndentationError" Exception < syntax_error;
    import_error: "ImportError" Exception < exception;
    module_not_found_error: "ModuleNotFoundError" Exception < import_error;
    os_error: "OSError" Exception < exception;
    file_not_found_error: "FileNotFoundError" Exception < os_error;
    permission_error: "PermissionError" Exception < os_error;
    timeout_error: "TimeoutError" Exception < os_error;
    blocking_io_error: "BlockingIOError" Exception < os_error;
    child_process_error: "ChildProcessError" Exception < os_error;
    connection_error: "ConnectionError" Exception < os_error;
    broken_pipe_error: "BrokenPipeError" Exception < connection_error;
    connection_aborted_error: "ConnectionAbortedError" Exception < connection_error;
    connection_refused_error: "ConnectionRefusedError" Exception < connection_error;
    connection_reset_error: "ConnectionResetError" Exception < connection_error;
    file_exists_error: "FileExistsError" Exception < os_error;
    interrupted_error: "InterruptedError" Exception < os_error;
    is_a_directory_error: "IsADirectoryError" Exception < os_error;
    not_a_directory_error: "NotADirectoryError" Exception < os_error;
    process_lookup_error: "ProcessLookupError" Exception < os_error;
    reference_error: "ReferenceError" Exception < exception;
    system_error: "SystemError" Exception < exception;
    floating_point_error: "FloatingPointError" Exception < arithmetic_error;
    tab_error: "TabError" Exception < indentation_error;
    unicode_translate_error: "UnicodeTranslateError" Exception < unicode_error;
    eof_error: "EOFError" Exception < exception;
    stop_async_iteration: "StopAsyncIteration" Exception < exception;
    buffer_error: "BufferError" Exception < exception;
    unicode_decode_error: "UnicodeDecodeError" Exception < unicode_error;
    unicode_encode_error: "UnicodeEncodeError" Exception < unicode_error;
    warning: "Warning" Exception < exception;
    user_warning: "UserWarning" Exception < warning;
    deprecation_warning: "DeprecationWarning" Exception < warning;
    runtime_warning: "RuntimeWarning" Exception < warning;
    pending_deprecation_warning: "PendingDeprecationWarning" Exception < warning;
    syntax_warning: "SyntaxWarning" Exception < warning;
    future_warning: "FutureWarning" Exception < warning;
    import_warning: "ImportWarning" Exception < warning;
    unicode_warning: "UnicodeWarning" Exception < warning;
    bytes_warning: "BytesWarning" Exception < warning;
    resource_warning: "ResourceWarning" Exception < warning;
    encoding_warning: "EncodingWarning" Exception < warning;
    base_exception_group: "BaseExceptionGroup" Exception < base_exception;
    exception_group: "ExceptionGroup" Exception < base_exception_group;
}

impl BuiltinTypes {
    pub fn new() -> BuiltinTypes {
        let mut types = BuiltinTypes::with_single_bases();
        // ExceptionGroup derives from both BaseExceptionGroup and Exception.
        let bases = vec![types.base_exception_group.clone(), types.exception.clone()];
        let mro = vec![
            types.base_exception_group.clone(),
            types.exception.clone(),
            types.base_exception.clone(),
            types.object.clone(),
        ];
        let old = &types.exception_group;
        types.exception_group = Rc::new(Type {
            name: old.name.clone(),
            qualname: old.qualname.clone(),
            module: old.module.clone(),
            heap: false,
            bases,
            mro,
            dict: Dict::new(),
            kind: TypeKind::Exception,
            slots: None,
            has_del: std::cell::Cell::new(false),
            metaclass: std::cell::RefCell::new(None),
            subclasses: std::cell::RefCell::new(Vec::new()),
            version: std::cell::Cell::new(0),
            shared_keys: std::cell::RefCell::new(Vec::new()),
            caches: TypeCaches::default(),
            slot_count: 0,
        });
        for base in &types.exception_group.bases {
            base.subclasses.borrow_mut().push(Rc::downgrade(&types.exception_group));
        }
        types
    }
}

impl Default for BuiltinTypes {
    fn default() -> Self {
        Self::new()
    }
}
