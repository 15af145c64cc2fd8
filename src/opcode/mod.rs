//! THE opcode table: the single source of truth for CPython 3.12's instruction set.
//!
//! Every row gives the opcode number, its CPython name, the number of inline `CACHE` units
//! that follow it, the kind of operand its oparg is, the base instruction of its family (a
//! specialised form names its generic instruction; a generic one names itself), and a one-line
//! doc of its stack effect. The disassembler, the eval loop and the docs all read this table;
//! `vm-tests/opcode_table.rs` checks it against a snapshot of python3.12's `opcode` module.
//! Mirrors `Lib/opcode.py` and the `family(...)` lists of `Python/bytecodes.c`.

/// How an instruction's oparg is interpreted (the shapes `dis` knows how to render).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OperandKind {
    /// No oparg: the byte is ignored (every opcode numbered below 90).
    None,
    /// A plain number: a count, a flag word or a stack position.
    Raw,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: name index `oparg >> 1`; bit 0 pushes a NULL first.
    GlobalName,
    /// `LOAD_ATTR`: name index `oparg >> 1`; bit 0 selects the method form.
    AttrName,
    /// `LOAD_SUPER_ATTR`: name index `oparg >> 2`; bit 0 method form, bit 1 two-argument super.
    SuperAttrName,
    /// An index into the fast locals (`co_localsplusnames`).
    Local,
    /// An index into localsplus naming a cell or free variable.
    Free,
    /// A forward jump by oparg code units, counted after the caches.
    JumpForward,
    /// A backward jump by oparg code units, counted after the caches.
    JumpBackward,
    /// `COMPARE_OP`: comparison `oparg >> 4`, low four bits a result mask.
    Compare,
    /// `BINARY_OP`: one of the 26 `NB_*` operators.
    BinaryOp,
    /// `FORMAT_VALUE`: conversion in bits 0-1, bit 2 means a format spec is on the stack.
    FormatValue,
    /// `MAKE_FUNCTION`: flags for defaults, kwdefaults, annotations and closure.
    MakeFunction,
    /// `CALL_INTRINSIC_1`: the intrinsic's number.
    Intrinsic1,
    /// `CALL_INTRINSIC_2`: the intrinsic's number.
    Intrinsic2,
}

impl OperandKind {
    /// Whether the instruction takes an oparg (CPython's `hasarg`).
    pub fn has_arg(self) -> bool {
        self != OperandKind::None
    }
}

/// One row of the table.
#[derive(Debug)]
pub struct OpInfo {
    pub opcode: Opcode,
    pub number: u8,
    /// CPython's name, as `dis` prints it.
    pub name: &'static str,
    /// Inline `CACHE` units following the instruction (a family shares one size).
    pub caches: u8,
    pub kind: OperandKind,
    /// The generic instruction of this one's family (itself when it is generic).
    pub base: Opcode,
    /// One line on the stack effect.
    pub doc: &'static str,
}

macro_rules! opcode_table {
    ($( $variant:ident = $num:literal, $name:literal, $caches:literal, $kind:ident, $base:ident, $doc:literal; )*
     @extensions {
     $( $xvariant:ident = $xnum:literal, $xname:literal, $xcaches:literal, $xkind:ident, $xbase:ident, $xdoc:literal; )*
     }) => {
        /// Every opcode of CPython 3.12 (the 111 base opcodes, the 64 specialised and
        /// superinstructions that quickening writes, and the 18 `INSTRUMENTED_*` ones), then
        /// minivm's extension forms (`--specialize=all`), which never appear in a `.pyc`.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode {
            $( #[doc = $doc] $variant = $num, )*
            $( #[doc = $xdoc] $xvariant = $xnum, )*
        }

        const ALL_ROWS: &[OpInfo] = &[
            $( OpInfo {
                opcode: Opcode::$variant,
                number: $num,
                name: $name,
                caches: $caches,
                kind: OperandKind::$kind,
                base: Opcode::$base,
                doc: $doc,
            }, )*
            $( OpInfo {
                opcode: Opcode::$xvariant,
                number: $xnum,
                name: $xname,
                caches: $xcaches,
                kind: OperandKind::$xkind,
                base: Opcode::$xbase,
                doc: $xdoc,
            }, )*
        ];

        /// CPython 3.12's rows, in opcode-number order.
        pub static OPCODES: &[OpInfo] = ALL_ROWS.split_at([$( $num ),*].len()).0;

        /// minivm's extension forms, in opcode-number order.
        pub static EXTENSION_OPCODES: &[OpInfo] = ALL_ROWS.split_at([$( $num ),*].len()).1;

        /// Inline cache units by opcode number (0 for numbers no opcode uses), for the loop's
        /// fetch: one load per instruction.
        pub static CACHE_UNITS: [u8; 256] = {
            let mut caches = [0u8; 256];
            let rows = [$( ($num, $caches), )* $( ($xnum, $xcaches), )*];
            let mut i = 0;
            while i < rows.len() {
                caches[rows[i].0 as usize] = rows[i].1;
                i += 1;
            }
            caches
        };

        /// The opcode for each byte, for the loop's dispatch: one load per instruction.
        static BY_BYTE: [Option<Opcode>; 256] = {
            let mut table = [None; 256];
            let rows = [$( ($num, Opcode::$variant), )* $( ($xnum, Opcode::$xvariant), )*];
            let mut i = 0;
            while i < rows.len() {
                table[rows[i].0 as usize] = Some(rows[i].1);
                i += 1;
            }
            table
        };

        /// Row index in `ALL_ROWS` by opcode number (`u8::MAX` for numbers no opcode uses).
        static INDEX: [u8; 256] = {
            let mut index = [u8::MAX; 256];
            let numbers = [$( $num, )* $( $xnum, )*];
            let mut i = 0;
            while i < numbers.len() {
                index[numbers[i] as usize] = i as u8;
                i += 1;
            }
            index
        };
    };
}

impl Opcode {
    /// The opcode with this number, if CPython 3.12 defines one.
    #[inline]
    pub fn from_u8(byte: u8) -> Option<Opcode> {
        BY_BYTE[byte as usize]
    }

    /// This opcode's row of the table.
    #[inline]
    pub fn info(self) -> &'static OpInfo {
        &ALL_ROWS[INDEX[self as usize] as usize]
    }

    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// The generic instruction of this opcode's family (`_PyOpcode_Deopt`).
    pub fn base(self) -> Opcode {
        self.info().base
    }

    /// Inline cache units after the instruction.
    pub fn caches(self) -> usize {
        self.info().caches as usize
    }

    /// The specialised forms of a family, in table order (empty for most opcodes).
    pub fn specializations(self) -> impl Iterator<Item = Opcode> {
        OPCODES.iter().filter(move |row| row.base == self && row.opcode != self).map(|row| row.opcode)
    }

    pub fn is_instrumented(self) -> bool {
        self as u8 >= MIN_INSTRUMENTED_OPCODE
    }

    /// One of minivm's extension forms (CPython 3.13 and 3.14 specialisations that 3.12
    /// bytecode can use), not an opcode of CPython 3.12.
    pub fn is_extension(self) -> bool {
        (MIN_EXTENSION_OPCODE..MIN_INSTRUMENTED_OPCODE).contains(&(self as u8))
    }
}

/// minivm's extension forms are numbered from here up to the instrumented ones (numbers
/// CPython 3.12 leaves free).
pub const MIN_EXTENSION_OPCODE: u8 = 177;
/// Opcodes from this number up are `sys.monitoring` forms that never appear in a `.pyc`.
pub const MIN_INSTRUMENTED_OPCODE: u8 = 237;
/// Below this number an opcode ignores its oparg byte.
pub const HAVE_ARGUMENT: u8 = 90;

/// `COMPARE_OP` operators, indexed by `oparg >> 4` (`opcode.cmp_op`).
pub const CMP_OPS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// `BINARY_OP` operators, indexed by oparg (`opcode._nb_ops`): the `NB_*` name and the symbol.
pub const NB_OPS: [(&str, &str); 26] = [
    ("NB_ADD", "+"),
    ("NB_AND", "&"),
    ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"),
    ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"),
    ("NB_OR", "|"),
    ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"),
    ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="),
    ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="),
    ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="),
    ("NB_INPLACE_RSHIFT", ">>="),
    ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="),
    ("NB_INPLACE_XOR", "^="),
];

/// `CALL_INTRINSIC_1` operands (`opcode._intrinsic_1_descs`).
pub const INTRINSIC_1: [&str; 12] = [
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS",
];

/// `CALL_INTRINSIC_2` operands (`opcode._intrinsic_2_descs`).
pub const INTRINSIC_2: [&str; 5] = [
    "INTRINSIC_2_INVALID",
    "INTRINSIC_PREP_RERAISE_STAR",
    "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
    "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
];

/// `MAKE_FUNCTION` flag names, by bit (`dis.MAKE_FUNCTION_FLAGS`).
pub const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];

/// Named fields of each family's inline cache, in order, with their size in units
/// (`opcode._cache_format`). The first field of every family is the adaptive counter.
pub fn cache_format(base: Opcode) -> &'static [(&'static str, u8)] {
    use Opcode::*;
    match base {
        LoadGlobal => {
            &[("counter", 1), ("index", 1), ("module_keys_version", 1), ("builtin_keys_version", 1)]
        }
        LoadAttr => &[("counter", 1), ("version", 2), ("keys_version", 2), ("descr", 4)],
        StoreAttr => &[("counter", 1), ("version", 2), ("index", 1)],
        Call => &[("counter", 1), ("func_version", 2)],
        BinaryOp | UnpackSequence | CompareOp | BinarySubscr | ForIter | LoadSuperAttr | StoreSubscr
        | Send => &[("counter", 1)],
        _ => &[],
    }
}

opcode_table! {
    Cache = 0, "CACHE", 0, None, Cache, "an inline cache unit; skipped, never executed";
    PopTop = 1, "POP_TOP", 0, None, PopTop, "(value -- )";
    PushNull = 2, "PUSH_NULL", 0, None, PushNull, "( -- NULL)";
    InterpreterExit = 3, "INTERPRETER_EXIT", 0, None, InterpreterExit, "(retval -- ) leave the eval loop; used by the interpreter's own trampolines";
    EndFor = 4, "END_FOR", 0, None, EndFor, "(iter, value -- ) end of a for loop: pops two";
    EndSend = 5, "END_SEND", 0, None, EndSend, "(receiver, value -- value)";
    BinaryOpAddFloat = 6, "BINARY_OP_ADD_FLOAT", 1, BinaryOp, BinaryOp, "(left, right -- sum) both exact float";
    BinaryOpAddInt = 7, "BINARY_OP_ADD_INT", 1, BinaryOp, BinaryOp, "(left, right -- sum) both exact int";
    BinaryOpAddUnicode = 8, "BINARY_OP_ADD_UNICODE", 1, BinaryOp, BinaryOp, "(left, right -- concat) both exact str";
    Nop = 9, "NOP", 0, None, Nop, "( -- )";
    BinaryOpInplaceAddUnicode = 10, "BINARY_OP_INPLACE_ADD_UNICODE", 1, BinaryOp, BinaryOp, "(left, right -- ) appends to the local that holds left and skips the STORE_FAST";
    UnaryNegative = 11, "UNARY_NEGATIVE", 0, None, UnaryNegative, "(value -- -value)";
    UnaryNot = 12, "UNARY_NOT", 0, None, UnaryNot, "(value -- not value)";
    BinaryOpMultiplyFloat = 13, "BINARY_OP_MULTIPLY_FLOAT", 1, BinaryOp, BinaryOp, "(left, right -- prod) both exact float";
    BinaryOpMultiplyInt = 14, "BINARY_OP_MULTIPLY_INT", 1, BinaryOp, BinaryOp, "(left, right -- prod) both exact int";
    UnaryInvert = 15, "UNARY_INVERT", 0, None, UnaryInvert, "(value -- ~value)";
    BinaryOpSubtractFloat = 16, "BINARY_OP_SUBTRACT_FLOAT", 1, BinaryOp, BinaryOp, "(left, right -- diff) both exact float";
    Reserved = 17, "RESERVED", 0, None, Reserved, "never emitted";
    BinaryOpSubtractInt = 18, "BINARY_OP_SUBTRACT_INT", 1, BinaryOp, BinaryOp, "(left, right -- diff) both exact int";
    BinarySubscrDict = 19, "BINARY_SUBSCR_DICT", 1, None, BinarySubscr, "(dict, key -- dict[key]) exact dict";
    BinarySubscrGetitem = 20, "BINARY_SUBSCR_GETITEM", 1, None, BinarySubscr, "(container, sub -- ) pushes a frame for a Python __getitem__";
    BinarySubscrListInt = 21, "BINARY_SUBSCR_LIST_INT", 1, None, BinarySubscr, "(list, index -- item) exact list, small non-negative int";
    BinarySubscrTupleInt = 22, "BINARY_SUBSCR_TUPLE_INT", 1, None, BinarySubscr, "(tuple, index -- item) exact tuple, small non-negative int";
    CallPyExactArgs = 23, "CALL_PY_EXACT_ARGS", 3, Raw, Call, "(callable, self_or_null, args[oparg] -- ) pushes the Python frame";
    CallPyWithDefaults = 24, "CALL_PY_WITH_DEFAULTS", 3, Raw, Call, "(callable, self_or_null, args[oparg] -- ) fills defaults, pushes the frame";
    BinarySubscr = 25, "BINARY_SUBSCR", 1, None, BinarySubscr, "(container, sub -- container[sub])";
    BinarySlice = 26, "BINARY_SLICE", 0, None, BinarySlice, "(container, start, stop -- container[start:stop])";
    StoreSlice = 27, "STORE_SLICE", 0, None, StoreSlice, "(v, container, start, stop -- ) container[start:stop] = v";
    CallBoundMethodExactArgs = 28, "CALL_BOUND_METHOD_EXACT_ARGS", 3, Raw, Call, "(method, NULL, args[oparg] -- ) unpacks a bound method, then as CALL_PY_EXACT_ARGS";
    CallBuiltinClass = 29, "CALL_BUILTIN_CLASS", 3, Raw, Call, "(type, self_or_null, args[oparg] -- instance)";
    GetLen = 30, "GET_LEN", 0, None, GetLen, "(obj -- obj, len(obj))";
    MatchMapping = 31, "MATCH_MAPPING", 0, None, MatchMapping, "(subject -- subject, is_mapping)";
    MatchSequence = 32, "MATCH_SEQUENCE", 0, None, MatchSequence, "(subject -- subject, is_sequence)";
    MatchKeys = 33, "MATCH_KEYS", 0, None, MatchKeys, "(subject, keys -- subject, keys, values_or_none)";
    CallBuiltinFastWithKeywords = 34, "CALL_BUILTIN_FAST_WITH_KEYWORDS", 3, Raw, Call, "(callable, self_or_null, args[oparg] -- res) METH_FASTCALL|METH_KEYWORDS builtin";
    PushExcInfo = 35, "PUSH_EXC_INFO", 0, None, PushExcInfo, "(exc -- prev_exc, exc) makes exc the handled exception";
    CheckExcMatch = 36, "CHECK_EXC_MATCH", 0, None, CheckExcMatch, "(exc, type -- exc, matches)";
    CheckEgMatch = 37, "CHECK_EG_MATCH", 0, None, CheckEgMatch, "(eg, type -- rest, match) split an exception group for except*";
    CallMethodDescriptorFastWithKeywords = 38, "CALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS", 3, Raw, Call, "(descr, self_or_null, args[oparg] -- res)";
    CallNoKwBuiltinFast = 39, "CALL_NO_KW_BUILTIN_FAST", 3, Raw, Call, "(callable, self_or_null, args[oparg] -- res) METH_FASTCALL builtin";
    CallNoKwBuiltinO = 40, "CALL_NO_KW_BUILTIN_O", 3, Raw, Call, "(callable, self_or_null, arg -- res) METH_O builtin";
    CallNoKwIsinstance = 41, "CALL_NO_KW_ISINSTANCE", 3, Raw, Call, "(isinstance, NULL, obj, cls -- bool)";
    CallNoKwLen = 42, "CALL_NO_KW_LEN", 3, Raw, Call, "(len, NULL, obj -- int)";
    CallNoKwListAppend = 43, "CALL_NO_KW_LIST_APPEND", 3, Raw, Call, "(list.append, list, item -- ) skips the POP_TOP";
    CallNoKwMethodDescriptorFast = 44, "CALL_NO_KW_METHOD_DESCRIPTOR_FAST", 3, Raw, Call, "(descr, self, args[oparg] -- res)";
    CallNoKwMethodDescriptorNoargs = 45, "CALL_NO_KW_METHOD_DESCRIPTOR_NOARGS", 3, Raw, Call, "(descr, self -- res)";
    CallNoKwMethodDescriptorO = 46, "CALL_NO_KW_METHOD_DESCRIPTOR_O", 3, Raw, Call, "(descr, self, arg -- res)";
    CallNoKwStr1 = 47, "CALL_NO_KW_STR_1", 3, Raw, Call, "(str, NULL, arg -- str(arg))";
    CallNoKwTuple1 = 48, "CALL_NO_KW_TUPLE_1", 3, Raw, Call, "(tuple, NULL, arg -- tuple(arg))";
    WithExceptStart = 49, "WITH_EXCEPT_START", 0, None, WithExceptStart, "(exit, lasti, prev_exc, val -- exit, lasti, prev_exc, val, res) calls __exit__ with the exception";
    GetAiter = 50, "GET_AITER", 0, None, GetAiter, "(obj -- obj.__aiter__())";
    GetAnext = 51, "GET_ANEXT", 0, None, GetAnext, "(aiter -- aiter, awaitable)";
    BeforeAsyncWith = 52, "BEFORE_ASYNC_WITH", 0, None, BeforeAsyncWith, "(mgr -- exit, awaitable_of_aenter)";
    BeforeWith = 53, "BEFORE_WITH", 0, None, BeforeWith, "(mgr -- exit, enter_result)";
    EndAsyncFor = 54, "END_ASYNC_FOR", 0, None, EndAsyncFor, "(awaitable, exc -- ) ends async for on StopAsyncIteration, re-raises otherwise";
    CleanupThrow = 55, "CLEANUP_THROW", 0, None, CleanupThrow, "(sub_iter, last_sent, exc -- none, value) turns StopIteration from throw() into a value";
    CallNoKwType1 = 56, "CALL_NO_KW_TYPE_1", 3, Raw, Call, "(type, NULL, arg -- type(arg))";
    CompareOpFloat = 57, "COMPARE_OP_FLOAT", 1, Compare, CompareOp, "(left, right -- bool) both exact float";
    CompareOpInt = 58, "COMPARE_OP_INT", 1, Compare, CompareOp, "(left, right -- bool) both exact, compact int";
    CompareOpStr = 59, "COMPARE_OP_STR", 1, Compare, CompareOp, "(left, right -- bool) both exact str, == or !=";
    StoreSubscr = 60, "STORE_SUBSCR", 1, None, StoreSubscr, "(v, container, sub -- ) container[sub] = v";
    DeleteSubscr = 61, "DELETE_SUBSCR", 0, None, DeleteSubscr, "(container, sub -- ) del container[sub]";
    ForIterList = 62, "FOR_ITER_LIST", 1, JumpForward, ForIter, "(iter -- iter, next) list iterator";
    ForIterTuple = 63, "FOR_ITER_TUPLE", 1, JumpForward, ForIter, "(iter -- iter, next) tuple iterator";
    ForIterRange = 64, "FOR_ITER_RANGE", 1, JumpForward, ForIter, "(iter -- iter, next) range iterator";
    ForIterGen = 65, "FOR_ITER_GEN", 1, JumpForward, ForIter, "(iter -- iter, ) resumes the generator's frame";
    LoadSuperAttrAttr = 66, "LOAD_SUPER_ATTR_ATTR", 1, SuperAttrName, LoadSuperAttr, "(global_super, class, self -- attr)";
    LoadSuperAttrMethod = 67, "LOAD_SUPER_ATTR_METHOD", 1, SuperAttrName, LoadSuperAttr, "(global_super, class, self -- meth, self_or_null)";
    GetIter = 68, "GET_ITER", 0, None, GetIter, "(iterable -- iter(iterable))";
    GetYieldFromIter = 69, "GET_YIELD_FROM_ITER", 0, None, GetYieldFromIter, "(iterable -- iter) keeps generators and coroutines as they are";
    LoadAttrClass = 70, "LOAD_ATTR_CLASS", 9, AttrName, LoadAttr, "(cls -- attr, NULL if oparg & 1) attribute found on a class";
    LoadBuildClass = 71, "LOAD_BUILD_CLASS", 0, None, LoadBuildClass, "( -- builtins.__build_class__)";
    LoadAttrGetattributeOverridden = 72, "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN", 9, AttrName, LoadAttr, "(owner -- ) pushes a frame for a Python __getattribute__";
    LoadAttrInstanceValue = 73, "LOAD_ATTR_INSTANCE_VALUE", 9, AttrName, LoadAttr, "(owner -- attr, NULL if oparg & 1) from the instance's inline values";
    LoadAssertionError = 74, "LOAD_ASSERTION_ERROR", 0, None, LoadAssertionError, "( -- AssertionError)";
    ReturnGenerator = 75, "RETURN_GENERATOR", 0, None, ReturnGenerator, "( -- ) moves the frame into a new generator and returns it";
    LoadAttrModule = 76, "LOAD_ATTR_MODULE", 9, AttrName, LoadAttr, "(module -- attr, NULL if oparg & 1) from the module dict";
    LoadAttrProperty = 77, "LOAD_ATTR_PROPERTY", 9, AttrName, LoadAttr, "(owner -- ) pushes a frame for the property's getter";
    LoadAttrSlot = 78, "LOAD_ATTR_SLOT", 9, AttrName, LoadAttr, "(owner -- attr, NULL if oparg & 1) from a __slots__ slot";
    LoadAttrWithHint = 79, "LOAD_ATTR_WITH_HINT", 9, AttrName, LoadAttr, "(owner -- attr, NULL if oparg & 1) from the instance dict at a hinted index";
    LoadAttrMethodLazyDict = 80, "LOAD_ATTR_METHOD_LAZY_DICT", 9, AttrName, LoadAttr, "(owner -- meth, owner) instance dict not yet created";
    LoadAttrMethodNoDict = 81, "LOAD_ATTR_METHOD_NO_DICT", 9, AttrName, LoadAttr, "(owner -- meth, owner) type without instance dicts";
    LoadAttrMethodWithValues = 82, "LOAD_ATTR_METHOD_WITH_VALUES", 9, AttrName, LoadAttr, "(owner -- meth, owner) no instance value shadows the method";
    ReturnValue = 83, "RETURN_VALUE", 0, None, ReturnValue, "(retval -- ) returns to the caller's frame";
    LoadConstLoadFast = 84, "LOAD_CONST__LOAD_FAST", 0, Const, LoadConst, "( -- const, local) superinstruction";
    SetupAnnotations = 85, "SETUP_ANNOTATIONS", 0, None, SetupAnnotations, "( -- ) creates __annotations__ in the namespace if missing";
    LoadFastLoadConst = 86, "LOAD_FAST__LOAD_CONST", 0, Local, LoadFast, "( -- local, const) superinstruction";
    LoadLocals = 87, "LOAD_LOCALS", 0, None, LoadLocals, "( -- locals) the frame's locals mapping";
    LoadFastLoadFast = 88, "LOAD_FAST__LOAD_FAST", 0, Local, LoadFast, "( -- local1, local2) superinstruction";
    PopExcept = 89, "POP_EXCEPT", 0, None, PopExcept, "(prev_exc -- ) restores the previously handled exception";
    StoreName = 90, "STORE_NAME", 0, Name, StoreName, "(v -- ) locals[name] = v";
    DeleteName = 91, "DELETE_NAME", 0, Name, DeleteName, "( -- ) del locals[name]";
    UnpackSequence = 92, "UNPACK_SEQUENCE", 1, Raw, UnpackSequence, "(seq -- items[oparg]) last item pushed first";
    ForIter = 93, "FOR_ITER", 1, JumpForward, ForIter, "(iter -- iter, next) on exhaustion pops iter and jumps past END_FOR";
    UnpackEx = 94, "UNPACK_EX", 0, Raw, UnpackEx, "(seq -- before[oparg & 0xff], rest_list, after[oparg >> 8])";
    StoreAttr = 95, "STORE_ATTR", 4, Name, StoreAttr, "(v, owner -- ) owner.name = v";
    DeleteAttr = 96, "DELETE_ATTR", 0, Name, DeleteAttr, "(owner -- ) del owner.name";
    StoreGlobal = 97, "STORE_GLOBAL", 0, Name, StoreGlobal, "(v -- ) globals[name] = v";
    DeleteGlobal = 98, "DELETE_GLOBAL", 0, Name, DeleteGlobal, "( -- ) del globals[name]";
    Swap = 99, "SWAP", 0, Raw, Swap, "(bottom, ..., top -- top, ..., bottom) swaps TOS with the oparg-th item";
    LoadConst = 100, "LOAD_CONST", 0, Const, LoadConst, "( -- consts[oparg])";
    LoadName = 101, "LOAD_NAME", 0, Name, LoadName, "( -- value) from locals, then globals, then builtins";
    BuildTuple = 102, "BUILD_TUPLE", 0, Raw, BuildTuple, "(items[oparg] -- tuple)";
    BuildList = 103, "BUILD_LIST", 0, Raw, BuildList, "(items[oparg] -- list)";
    BuildSet = 104, "BUILD_SET", 0, Raw, BuildSet, "(items[oparg] -- set)";
    BuildMap = 105, "BUILD_MAP", 0, Raw, BuildMap, "(key/value pairs[oparg*2] -- dict)";
    LoadAttr = 106, "LOAD_ATTR", 9, AttrName, LoadAttr, "(owner -- attr, NULL if oparg & 1) or (owner -- meth, self) for a method";
    CompareOp = 107, "COMPARE_OP", 1, Compare, CompareOp, "(left, right -- result)";
    ImportName = 108, "IMPORT_NAME", 0, Name, ImportName, "(level, fromlist -- module)";
    ImportFrom = 109, "IMPORT_FROM", 0, Name, ImportFrom, "(module -- module, module.name)";
    JumpForward = 110, "JUMP_FORWARD", 0, JumpForward, JumpForward, "( -- ) ip += oparg";
    LoadGlobalBuiltin = 111, "LOAD_GLOBAL_BUILTIN", 4, GlobalName, LoadGlobal, "( -- NULL if oparg & 1, value) from builtins at a cached index";
    LoadGlobalModule = 112, "LOAD_GLOBAL_MODULE", 4, GlobalName, LoadGlobal, "( -- NULL if oparg & 1, value) from globals at a cached index";
    StoreAttrInstanceValue = 113, "STORE_ATTR_INSTANCE_VALUE", 4, Name, StoreAttr, "(v, owner -- ) into the instance's inline values";
    PopJumpIfFalse = 114, "POP_JUMP_IF_FALSE", 0, JumpForward, PopJumpIfFalse, "(cond -- ) jump if false";
    PopJumpIfTrue = 115, "POP_JUMP_IF_TRUE", 0, JumpForward, PopJumpIfTrue, "(cond -- ) jump if true";
    LoadGlobal = 116, "LOAD_GLOBAL", 4, GlobalName, LoadGlobal, "( -- NULL if oparg & 1, value) from globals, then builtins";
    IsOp = 117, "IS_OP", 0, Raw, IsOp, "(left, right -- left is right), negated when oparg is 1";
    ContainsOp = 118, "CONTAINS_OP", 0, Raw, ContainsOp, "(left, right -- left in right), negated when oparg is 1";
    Reraise = 119, "RERAISE", 0, Raw, Reraise, "(values[oparg], exc -- ) re-raises exc; oparg set means restore lasti from values[0]";
    Copy = 120, "COPY", 0, Raw, Copy, "(bottom, ... -- bottom, ..., bottom) pushes a copy of the oparg-th item";
    ReturnConst = 121, "RETURN_CONST", 0, Const, ReturnConst, "( -- ) returns consts[oparg]";
    BinaryOp = 122, "BINARY_OP", 1, BinaryOp, BinaryOp, "(left, right -- left op right)";
    Send = 123, "SEND", 1, JumpForward, Send, "(receiver, v -- receiver, retval) sends v; jumps when the receiver returns";
    LoadFast = 124, "LOAD_FAST", 0, Local, LoadFast, "( -- local)";
    StoreFast = 125, "STORE_FAST", 0, Local, StoreFast, "(v -- ) local = v";
    DeleteFast = 126, "DELETE_FAST", 0, Local, DeleteFast, "( -- ) del local";
    LoadFastCheck = 127, "LOAD_FAST_CHECK", 0, Local, LoadFastCheck, "( -- local) raises UnboundLocalError if unset";
    PopJumpIfNotNone = 128, "POP_JUMP_IF_NOT_NONE", 0, JumpForward, PopJumpIfNotNone, "(v -- ) jump if v is not None";
    PopJumpIfNone = 129, "POP_JUMP_IF_NONE", 0, JumpForward, PopJumpIfNone, "(v -- ) jump if v is None";
    RaiseVarargs = 130, "RAISE_VARARGS", 0, Raw, RaiseVarargs, "(args[oparg] -- ) raise, raise exc or raise exc from cause";
    GetAwaitable = 131, "GET_AWAITABLE", 0, Raw, GetAwaitable, "(iterable -- awaitable)";
    MakeFunction = 132, "MAKE_FUNCTION", 0, MakeFunction, MakeFunction, "(defaults, kwdefaults, annotations, closure if flagged, code -- func)";
    BuildSlice = 133, "BUILD_SLICE", 0, Raw, BuildSlice, "(start, stop, step if oparg == 3 -- slice)";
    JumpBackwardNoInterrupt = 134, "JUMP_BACKWARD_NO_INTERRUPT", 0, JumpBackward, JumpBackwardNoInterrupt, "( -- ) ip -= oparg, without checking the eval breaker";
    MakeCell = 135, "MAKE_CELL", 0, Free, MakeCell, "( -- ) wraps localsplus[oparg] in a new cell";
    LoadClosure = 136, "LOAD_CLOSURE", 0, Free, LoadClosure, "( -- cell) the cell itself, for a closure tuple";
    LoadDeref = 137, "LOAD_DEREF", 0, Free, LoadDeref, "( -- value) the contents of a cell";
    StoreDeref = 138, "STORE_DEREF", 0, Free, StoreDeref, "(v -- ) into a cell";
    DeleteDeref = 139, "DELETE_DEREF", 0, Free, DeleteDeref, "( -- ) empties a cell";
    JumpBackward = 140, "JUMP_BACKWARD", 0, JumpBackward, JumpBackward, "( -- ) ip -= oparg; checks the eval breaker";
    LoadSuperAttr = 141, "LOAD_SUPER_ATTR", 1, SuperAttrName, LoadSuperAttr, "(global_super, class, self -- attr, NULL or self if oparg & 1)";
    CallFunctionEx = 142, "CALL_FUNCTION_EX", 0, Raw, CallFunctionEx, "(func, NULL, args_tuple, kwargs if oparg & 1 -- result)";
    LoadFastAndClear = 143, "LOAD_FAST_AND_CLEAR", 0, Local, LoadFastAndClear, "( -- local or NULL) and clears the local";
    ExtendedArg = 144, "EXTENDED_ARG", 0, Raw, ExtendedArg, "( -- ) shifts oparg into the next instruction's high bits";
    ListAppend = 145, "LIST_APPEND", 0, Raw, ListAppend, "(list, unused[oparg-1], v -- list, unused[oparg-1])";
    SetAdd = 146, "SET_ADD", 0, Raw, SetAdd, "(set, unused[oparg-1], v -- set, unused[oparg-1])";
    MapAdd = 147, "MAP_ADD", 0, Raw, MapAdd, "(dict, unused[oparg-1], key, value -- dict, unused[oparg-1])";
    StoreAttrSlot = 148, "STORE_ATTR_SLOT", 4, Name, StoreAttr, "(v, owner -- ) into a __slots__ slot";
    CopyFreeVars = 149, "COPY_FREE_VARS", 0, Raw, CopyFreeVars, "( -- ) copies the closure into the last oparg localsplus slots";
    YieldValue = 150, "YIELD_VALUE", 0, Raw, YieldValue, "(v -- sent) suspends the generator";
    Resume = 151, "RESUME", 0, Raw, Resume, "( -- ) start of code or resumption point; 0 start, 1 yield, 2 yield from, 3 await";
    MatchClass = 152, "MATCH_CLASS", 0, Raw, MatchClass, "(subject, type, names -- attrs_or_none)";
    StoreAttrWithHint = 153, "STORE_ATTR_WITH_HINT", 4, Name, StoreAttr, "(v, owner -- ) into the instance dict at a hinted index";
    StoreFastLoadFast = 154, "STORE_FAST__LOAD_FAST", 0, Local, StoreFast, "(v -- local2) superinstruction";
    FormatValue = 155, "FORMAT_VALUE", 0, FormatValue, FormatValue, "(value, fmt_spec if oparg & 4 -- formatted)";
    BuildConstKeyMap = 156, "BUILD_CONST_KEY_MAP", 0, Raw, BuildConstKeyMap, "(values[oparg], keys_tuple -- dict)";
    BuildString = 157, "BUILD_STRING", 0, Raw, BuildString, "(pieces[oparg] -- str)";
    StoreFastStoreFast = 158, "STORE_FAST__STORE_FAST", 0, Local, StoreFast, "(v2, v1 -- ) superinstruction";
    StoreSubscrDict = 159, "STORE_SUBSCR_DICT", 1, None, StoreSubscr, "(v, dict, key -- ) exact dict";
    StoreSubscrListInt = 160, "STORE_SUBSCR_LIST_INT", 1, None, StoreSubscr, "(v, list, index -- ) exact list, small int in range";
    UnpackSequenceList = 161, "UNPACK_SEQUENCE_LIST", 1, Raw, UnpackSequence, "(list -- items[oparg]) exact list of oparg items";
    ListExtend = 162, "LIST_EXTEND", 0, Raw, ListExtend, "(list, unused[oparg-1], iterable -- list, unused[oparg-1])";
    SetUpdate = 163, "SET_UPDATE", 0, Raw, SetUpdate, "(set, unused[oparg-1], iterable -- set, unused[oparg-1])";
    DictMerge = 164, "DICT_MERGE", 0, Raw, DictMerge, "(dict, unused[oparg-1], mapping -- dict, unused[oparg-1]) rejects duplicate keys";
    DictUpdate = 165, "DICT_UPDATE", 0, Raw, DictUpdate, "(dict, unused[oparg-1], mapping -- dict, unused[oparg-1])";
    UnpackSequenceTuple = 166, "UNPACK_SEQUENCE_TUPLE", 1, Raw, UnpackSequence, "(tuple -- items[oparg]) exact tuple of oparg items";
    UnpackSequenceTwoTuple = 167, "UNPACK_SEQUENCE_TWO_TUPLE", 1, Raw, UnpackSequence, "(tuple -- second, first) exact 2-tuple";
    SendGen = 168, "SEND_GEN", 1, JumpForward, Send, "(receiver, v -- receiver) resumes the generator's frame";
    Call = 171, "CALL", 3, Raw, Call, "(callable, self_or_null, args[oparg] -- result)";
    KwNames = 172, "KW_NAMES", 0, Const, KwNames, "( -- ) names the keyword arguments of the next CALL";
    CallIntrinsic1 = 173, "CALL_INTRINSIC_1", 0, Intrinsic1, CallIntrinsic1, "(value -- result)";
    CallIntrinsic2 = 174, "CALL_INTRINSIC_2", 0, Intrinsic2, CallIntrinsic2, "(value2, value1 -- result)";
    LoadFromDictOrGlobals = 175, "LOAD_FROM_DICT_OR_GLOBALS", 0, Name, LoadFromDictOrGlobals, "(mapping -- value) from mapping, then globals, then builtins";
    LoadFromDictOrDeref = 176, "LOAD_FROM_DICT_OR_DEREF", 0, Free, LoadFromDictOrDeref, "(mapping -- value) from mapping, then the cell";
    InstrumentedLoadSuperAttr = 237, "INSTRUMENTED_LOAD_SUPER_ATTR", 0, Raw, InstrumentedLoadSuperAttr, "sys.monitoring form of LOAD_SUPER_ATTR; never in a .pyc";
    InstrumentedPopJumpIfNone = 238, "INSTRUMENTED_POP_JUMP_IF_NONE", 0, Raw, InstrumentedPopJumpIfNone, "sys.monitoring form of POP_JUMP_IF_NONE; never in a .pyc";
    InstrumentedPopJumpIfNotNone = 239, "INSTRUMENTED_POP_JUMP_IF_NOT_NONE", 0, Raw, InstrumentedPopJumpIfNotNone, "sys.monitoring form of POP_JUMP_IF_NOT_NONE; never in a .pyc";
    InstrumentedResume = 240, "INSTRUMENTED_RESUME", 0, Raw, InstrumentedResume, "sys.monitoring form of RESUME; never in a .pyc";
    InstrumentedCall = 241, "INSTRUMENTED_CALL", 0, Raw, InstrumentedCall, "sys.monitoring form of CALL; never in a .pyc";
    InstrumentedReturnValue = 242, "INSTRUMENTED_RETURN_VALUE", 0, Raw, InstrumentedReturnValue, "sys.monitoring form of RETURN_VALUE; never in a .pyc";
    InstrumentedYieldValue = 243, "INSTRUMENTED_YIELD_VALUE", 0, Raw, InstrumentedYieldValue, "sys.monitoring form of YIELD_VALUE; never in a .pyc";
    InstrumentedCallFunctionEx = 244, "INSTRUMENTED_CALL_FUNCTION_EX", 0, Raw, InstrumentedCallFunctionEx, "sys.monitoring form of CALL_FUNCTION_EX; never in a .pyc";
    InstrumentedJumpForward = 245, "INSTRUMENTED_JUMP_FORWARD", 0, Raw, InstrumentedJumpForward, "sys.monitoring form of JUMP_FORWARD; never in a .pyc";
    InstrumentedJumpBackward = 246, "INSTRUMENTED_JUMP_BACKWARD", 0, Raw, InstrumentedJumpBackward, "sys.monitoring form of JUMP_BACKWARD; never in a .pyc";
    InstrumentedReturnConst = 247, "INSTRUMENTED_RETURN_CONST", 0, Raw, InstrumentedReturnConst, "sys.monitoring form of RETURN_CONST; never in a .pyc";
    InstrumentedForIter = 248, "INSTRUMENTED_FOR_ITER", 0, Raw, InstrumentedForIter, "sys.monitoring form of FOR_ITER; never in a .pyc";
    InstrumentedPopJumpIfFalse = 249, "INSTRUMENTED_POP_JUMP_IF_FALSE", 0, Raw, InstrumentedPopJumpIfFalse, "sys.monitoring form of POP_JUMP_IF_FALSE; never in a .pyc";
    InstrumentedPopJumpIfTrue = 250, "INSTRUMENTED_POP_JUMP_IF_TRUE", 0, Raw, InstrumentedPopJumpIfTrue, "sys.monitoring form of POP_JUMP_IF_TRUE; never in a .pyc";
    InstrumentedEndFor = 251, "INSTRUMENTED_END_FOR", 0, Raw, InstrumentedEndFor, "sys.monitoring form of END_FOR; never in a .pyc";
    InstrumentedEndSend = 252, "INSTRUMENTED_END_SEND", 0, Raw, InstrumentedEndSend, "sys.monitoring form of END_SEND; never in a .pyc";
    InstrumentedInstruction = 253, "INSTRUMENTED_INSTRUCTION", 0, Raw, InstrumentedInstruction, "sys.monitoring per-instruction hook; never in a .pyc";
    InstrumentedLine = 254, "INSTRUMENTED_LINE", 0, Raw, InstrumentedLine, "sys.monitoring line hook; never in a .pyc";
    @extensions {
    BinaryOpExtend = 177, "BINARY_OP_EXTEND", 1, BinaryOp, BinaryOp, "(left, right -- res) (3.14) int bitwise, floor-division, remainder and shift, float division, mixed int and float arithmetic";
    BinarySubscrStrInt = 178, "BINARY_SUBSCR_STR_INT", 1, None, BinarySubscr, "(str, index -- char) (3.13) exact str, compact non-negative index";
    LoadAttrNondescriptorWithValues = 179, "LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES", 9, AttrName, LoadAttr, "(owner -- attr) (3.13) a plain class attribute read through an instance no value shadows";
    LoadAttrNondescriptorNoDict = 180, "LOAD_ATTR_NONDESCRIPTOR_NO_DICT", 9, AttrName, LoadAttr, "(owner -- attr) (3.13) a plain class attribute read through an instance without a dict";
    CallAllocAndEnterInit = 181, "CALL_ALLOC_AND_ENTER_INIT", 3, Raw, Call, "(type, NULL, args[oparg] -- instance) (3.13) creates the instance and pushes __init__'s frame";
    ContainsOpSet = 182, "CONTAINS_OP_SET", 0, Raw, ContainsOp, "(left, right -- bool) (3.13) right is an exact set or frozenset";
    ContainsOpDict = 183, "CONTAINS_OP_DICT", 0, Raw, ContainsOp, "(left, right -- bool) (3.13) right is an exact dict";
    PopJumpIfFalseToBoolInt = 184, "POP_JUMP_IF_FALSE__TO_BOOL_INT", 0, JumpForward, PopJumpIfFalse, "(int -- ) (3.13 TO_BOOL_INT) jump if the int is 0";
    PopJumpIfFalseToBoolList = 185, "POP_JUMP_IF_FALSE__TO_BOOL_LIST", 0, JumpForward, PopJumpIfFalse, "(list -- ) (3.13 TO_BOOL_LIST) jump if the list is empty";
    PopJumpIfFalseToBoolNone = 186, "POP_JUMP_IF_FALSE__TO_BOOL_NONE", 0, JumpForward, PopJumpIfFalse, "(None -- ) (3.13 TO_BOOL_NONE) always jumps";
    PopJumpIfFalseToBoolStr = 187, "POP_JUMP_IF_FALSE__TO_BOOL_STR", 0, JumpForward, PopJumpIfFalse, "(str -- ) (3.13 TO_BOOL_STR) jump if the str is empty";
    PopJumpIfTrueToBoolInt = 188, "POP_JUMP_IF_TRUE__TO_BOOL_INT", 0, JumpForward, PopJumpIfTrue, "(int -- ) (3.13 TO_BOOL_INT) jump if the int is not 0";
    PopJumpIfTrueToBoolList = 189, "POP_JUMP_IF_TRUE__TO_BOOL_LIST", 0, JumpForward, PopJumpIfTrue, "(list -- ) (3.13 TO_BOOL_LIST) jump if the list is not empty";
    PopJumpIfTrueToBoolNone = 190, "POP_JUMP_IF_TRUE__TO_BOOL_NONE", 0, JumpForward, PopJumpIfTrue, "(None -- ) (3.13 TO_BOOL_NONE) never jumps";
    PopJumpIfTrueToBoolStr = 191, "POP_JUMP_IF_TRUE__TO_BOOL_STR", 0, JumpForward, PopJumpIfTrue, "(str -- ) (3.13 TO_BOOL_STR) jump if the str is not empty";
    }
}
