//! `compile`, `eval` and `exec` (`builtin_compile_impl`, `builtin_eval_impl` and
//! `builtin_exec_impl` in `Python/bltinmodule.c`).
//!
//! CPython 3.12 compiles the source (`interp/compiler.rs`); the code then runs in an ordinary
//! frame whose namespace is the `locals` mapping, as a module or class body runs, so
//! `LOAD_NAME` and `STORE_NAME` read and write it. Without `globals` and `locals` the caller's
//! are used: its module dict at module level, and inside a function a snapshot of its locals,
//! as `locals()` gives one.

use std::rc::Rc;

use crate::code::CodeObject;
use crate::interp::ast_tree;
use crate::interp::compiler::{Request, Source};
use crate::interp::{Frame, PyResult, Vm};
use crate::object::dict::Dict;
use crate::object::function::Args;
use crate::object::misc::Object;
use crate::object::protocol::{self, type_name};
use crate::object::str::PyStr;
use crate::object::value::Value;

/// `PyCF_MASK`: the `from __future__` features a compilation inherits from its caller.
const FUTURE_FLAGS: u32 = 0x1fe_0000;
/// `PyCF_ONLY_AST`: return an `ast` tree instead of code (`interp/ast_tree.rs`).
const ONLY_AST: i64 = 0x400;

/// What the caller of `eval`/`exec`/`compile` is: its frame when called from Python code.
pub type Caller<'a> = Option<&'a Frame>;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn compile(vm: &mut Vm, caller: Caller, args: Args) -> PyResult<Value> {
    const NAMES: [&str; 7] =
        ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
    let pos = args.pos();
    if pos.len() > 6 {
        return Err(
            vm.type_error(format!("compile() takes at most 6 positional arguments ({} given)", pos.len()))
        );
    }
    let mut slots: [Option<Value>; 7] = Default::default();
    for (i, v) in pos.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let Some(i) = NAMES.iter().position(|n| *n == k) else {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for compile()")));
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for compile() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    for (i, name) in NAMES.iter().enumerate().take(3) {
        if slots[i].is_none() {
            return Err(
                vm.type_error(format!("compile() missing required argument '{name}' (pos {})", i + 1))
            );
        }
    }
    let [source, filename, mode, flags, dont_inherit, optimize, _] = slots;
    let (source, filename, mode) =
        (source.unwrap_or(Value::None), filename.unwrap_or(Value::None), mode.unwrap_or(Value::None));
    let filename = match &filename {
        Value::Str(s) => s.as_str().to_string(),
        Value::Object(o) if let Object::Bytes(b) = &**o => String::from_utf8_lossy(b).into_owned(),
        other => {
            let t = type_name(vm, other);
            return Err(vm.type_error(format!("expected str, bytes or os.PathLike object, not {t}")));
        }
    };
    let Value::Str(mode) = &mode else {
        let t = type_name(vm, &mode);
        return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {t}")));
    };
    let mut flags = match &flags {
        Some(v) => protocol::to_i64(vm, v)?,
        None => 0,
    };
    let dont_inherit = match &dont_inherit {
        Some(v) => protocol::truthy(vm, v)?,
        None => false,
    };
    let optimize = match &optimize {
        Some(v) => protocol::to_i64(vm, v)?,
        None => -1,
    };
    if !dont_inherit {
        flags |= inherited_flags(caller);
    }
    // An `ast` tree: returned as it is for `PyCF_ONLY_AST`, else compiled by the helper.
    let tree = match &source {
        Value::Str(_) => None,
        Value::Object(o) if matches!(&**o, Object::Bytes(_) | Object::ByteArray(_)) => None,
        _ => ast_tree::to_tree_bytes(vm, &source)?,
    };
    if tree.is_some() && flags & ONLY_AST != 0 {
        return Ok(source);
    }
    let text = match tree {
        Some(bytes) => Text::Tree(bytes),
        None => source_of(vm, &source, "compile() arg 1 must be a string, bytes or AST object")?,
    };
    let source = match &text {
        Text::Str(s) => Source::Str(s.as_str()),
        Text::Bytes(b) => Source::Bytes(b),
        Text::Tree(t) => Source::Tree(t),
    };
    let request = Request {
        source,
        filename: &filename,
        mode: mode.as_str(),
        flags: i32::try_from(flags).unwrap_or(i32::MAX),
        optimize: i32::try_from(optimize).unwrap_or(i32::MAX),
    };
    if flags & ONLY_AST != 0 {
        let tree = vm.parse_tree(&request)?;
        return ast_tree::from_tree(vm, crate::interp::code::constant_value(&tree));
    }
    let compiled = vm.compile_text(&request)?;
    Ok(Value::object(Object::Code(crate::interp::code::Code::new(compiled.code))))
}

/// `eval(source, globals=None, locals=None, /)`: the value of an expression.
pub fn eval(vm: &mut Vm, caller: Caller, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("eval() takes no keyword arguments".into()));
    }
    let pos = args.pos();
    match pos.len() {
        0 => return Err(vm.type_error("eval expected at least 1 argument, got 0".into())),
        4.. => return Err(vm.type_error(format!("eval expected at most 3 arguments, got {}", pos.len()))),
        _ => {}
    }
    let given = |i: usize| pos.get(i).cloned().unwrap_or(Value::None);
    let (globals, locals) = (given(1), given(2));
    if !locals.is_none() && !is_mapping(&locals) {
        return Err(vm.type_error("locals must be a mapping".into()));
    }
    if !globals.is_none() && !matches!(globals, Value::Dict(_)) {
        let message = if is_mapping(&globals) {
            "globals must be a real dict; try eval(expr, {}, mapping)"
        } else {
            "globals must be a dict"
        };
        return Err(vm.type_error(message.into()));
    }
    let (globals, locals) = namespaces(vm, caller, globals, locals, "eval")?;
    let code = match &pos[0] {
        Value::Object(o) if let Object::Code(c) = &**o => {
            if has_free_variables(&c.object) {
                return Err(
                    vm.type_error("code object passed to eval() may not contain free variables".into())
                );
            }
            c.clone()
        }
        source => {
            let text = source_of(vm, source, "eval() arg 1 must be a string, bytes or code object")?;
            // Leading spaces and tabs are dropped, so `eval("  1")` is no IndentationError.
            let source = match &text {
                Text::Str(s) => Source::Str(s.trim_start_matches([' ', '\t'])),
                Text::Bytes(b) => {
                    Source::Bytes(&b[b.iter().take_while(|c| matches!(c, b' ' | b'\t')).count()..])
                }
                // `source_of` gives no trees; were it to, the helper compiles them as well.
                Text::Tree(t) => Source::Tree(t),
            };
            compile_for_run(vm, caller, source, "eval")?
        }
    };
    run(vm, code, globals, locals)
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`: runs statements; None.
pub fn exec(vm: &mut Vm, caller: Caller, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let mut closure = Value::None;
    for (k, v) in args.kwargs() {
        if k != "closure" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for exec()")));
        }
        closure = v.clone();
    }
    match pos.len() {
        0 => return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)".into())),
        4.. => {
            return Err(
                vm.type_error(format!("exec() takes at most 3 positional arguments ({} given)", pos.len()))
            );
        }
        _ => {}
    }
    let given = |i: usize| pos.get(i).cloned().unwrap_or(Value::None);
    let (globals, locals) = namespaces(vm, caller, given(1), given(2), "exec")?;
    let code = match &pos[0] {
        Value::Object(o) if let Object::Code(c) = &**o => {
            let free = c.object.localspluskinds.iter().filter(|k| **k & crate::code::kind::FREE != 0).count();
            if free == 0 && !closure.is_none() {
                return Err(vm.type_error("cannot use a closure with this code object".into()));
            }
            if free > 0 {
                // A tuple of exactly one cell per free variable, which COPY_FREE_VARS copies.
                let cells = match &closure {
                    Value::Tuple(t) if t.len() == free && t.items().iter().all(is_cell) => t.clone(),
                    _ => {
                        return Err(
                            vm.type_error(format!("code object requires a closure of exactly length {free}"))
                        );
                    }
                };
                return run_with_closure(vm, c.clone(), globals, locals, cells).map(|_| Value::None);
            }
            c.clone()
        }
        source => {
            if !closure.is_none() {
                return Err(vm.type_error("closure can only be used when source is a code object".into()));
            }
            let text = source_of(vm, source, "exec() arg 1 must be a string, bytes or code object")?;
            let source = match &text {
                Text::Str(s) => Source::Str(s.as_str()),
                Text::Bytes(b) => Source::Bytes(b),
                Text::Tree(t) => Source::Tree(t),
            };
            compile_for_run(vm, caller, source, "exec")?
        }
    };
    run(vm, code, globals, locals)?;
    Ok(Value::None)
}

/// Source text as `_Py_SourceAsString` accepts it.
enum Text {
    Str(String),
    Bytes(Vec<u8>),
    /// A marshalled `ast` tree (`compile()` only).
    Tree(Vec<u8>),
}

fn source_of(vm: &mut Vm, source: &Value, wrong_type: &str) -> PyResult<Text> {
    match source {
        Value::Str(s) => Ok(Text::Str(s.as_str().to_string())),
        Value::Object(o) if let Object::Bytes(b) = &**o => Ok(Text::Bytes(b.to_vec())),
        Value::Object(o) if let Object::ByteArray(b) = &**o => Ok(Text::Bytes(b.borrow().clone())),
        _ => Err(vm.type_error(wrong_type.into())),
    }
}

/// Compiles the source of `eval` or `exec` as `<string>`, with the caller's future features.
fn compile_for_run(
    vm: &mut Vm,
    caller: Caller,
    source: Source,
    mode: &str,
) -> PyResult<Rc<crate::interp::code::Code>> {
    let request =
        Request { source, filename: "<string>", mode, flags: inherited_flags(caller) as i32, optimize: -1 };
    let compiled = vm.compile_text(&request)?;
    Ok(crate::interp::code::Code::new(compiled.code))
}

/// The caller's `from __future__` features (`PyEval_MergeCompilerFlags`).
fn inherited_flags(caller: Caller) -> i64 {
    caller.map_or(0, |f| (f.code.object.flags.0 & FUTURE_FLAGS) as i64)
}

fn has_free_variables(code: &CodeObject) -> bool {
    code.localspluskinds.iter().any(|k| k & crate::code::kind::FREE != 0)
}

/// `PyMapping_Check`: the type has `__getitem__` (so lists and strings pass, as in CPython).
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Tuple(_) | Value::Str(_) => true,
        Value::Instance(i) => crate::object::class::lookup(&i.typ(), &PyStr::new("__getitem__")).is_some(),
        Value::Object(o) => matches!(&**o, Object::Bytes(_)),
        _ => false,
    }
}

/// The globals dict and locals mapping the code runs with: the given ones, or the caller's;
/// `__builtins__` is added to globals that lack it.
fn namespaces(
    vm: &mut Vm,
    caller: Caller,
    globals: Value,
    locals: Value,
    name: &str,
) -> PyResult<(Rc<Dict>, Value)> {
    let (globals, locals) = if globals.is_none() {
        let Some(frame) = caller else {
            return Err(vm.type_error(format!(
                "{name}() called from native code needs its globals: minivm cannot see the caller's"
            )));
        };
        let locals = if locals.is_none() { caller_locals(vm, frame)? } else { locals };
        (Value::Dict(frame.globals.clone()), locals)
    } else if locals.is_none() {
        (globals.clone(), globals)
    } else {
        (globals, locals)
    };
    let Value::Dict(globals) = globals else {
        let t = type_name(vm, &globals);
        return Err(vm.type_error(format!("{name}() globals must be a dict, not {t}")));
    };
    if !is_mapping(&locals) {
        let t = type_name(vm, &locals);
        return Err(vm.type_error(format!("locals must be a mapping or None, not {t}")));
    }
    if globals.get_str(&PyStr::new("__builtins__")).is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }
    Ok((globals, locals))
}

/// The caller's namespace: a module or class body's own, or a function's locals snapshot.
fn caller_locals(vm: &mut Vm, frame: &Frame) -> PyResult<Value> {
    super::functions::frame_builtin(vm, frame, "locals", Args::positional(&[]))
        .map(|v| v.unwrap_or(Value::None))
}

fn is_cell(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(&**o, Object::Cell(_)))
}

/// `exec(code, globals, locals, closure=cells)`: the frame gets a function holding the cells,
/// where `COPY_FREE_VARS` finds a closure.
fn run_with_closure(
    vm: &mut Vm,
    code: Rc<crate::interp::code::Code>,
    globals: Rc<Dict>,
    locals: Value,
    cells: Rc<crate::object::tuple::Tuple>,
) -> PyResult<Value> {
    use std::cell::{Cell, RefCell};
    let function = crate::object::function::Function {
        name: RefCell::new(code.name_str.clone()),
        qualname: RefCell::new(code.qualname_str.clone()),
        code: code.clone(),
        globals: globals.clone(),
        defaults: RefCell::new(None),
        kwdefaults: RefCell::new(None),
        closure: Some(cells),
        annotations: RefCell::new(Value::None),
        doc: RefCell::new(Value::None),
        module: Value::None,
        attrs: Dict::new(),
        version: Cell::new(0),
    };
    let nlocals = code.object.localsplusnames.len();
    let mut frame = vm.new_frame(code, globals);
    frame.localsplus.resize(nlocals, Value::Null);
    frame.func = Some(Rc::new(function));
    match locals {
        Value::Dict(d) => frame.locals = Some(d),
        other => frame.locals_mapping = Some(other),
    }
    vm.run_frame(frame)
}

/// Runs `code` in a new frame with `locals` as its namespace; the value it returns.
fn run(
    vm: &mut Vm,
    code: Rc<crate::interp::code::Code>,
    globals: Rc<Dict>,
    locals: Value,
) -> PyResult<Value> {
    let nlocals = code.object.localsplusnames.len();
    let mut frame = vm.new_frame(code, globals);
    frame.localsplus.resize(nlocals, Value::Null);
    match locals {
        Value::Dict(d) => frame.locals = Some(d),
        other => frame.locals_mapping = Some(other),
    }
    vm.run_frame(frame)
}
