//! The import system, after CPython's `importlib._bootstrap`: resolving relative names,
//! importing each dotted prefix in turn, finding a module (a native one, a package directory,
//! `m.py` with its `__pycache__`, or a bare `m.pyc`), running its code in a fresh module and
//! caching it in `sys.modules`.
//!
//! Everything imported runs inside minivm. A source file without a current `.pyc` is compiled
//! by CPython 3.12 (the compiler process of `compiler.rs`), as CPython itself would compile
//! it, and the result is written to `__pycache__` unless `PYTHONDONTWRITEBYTECODE` is set.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::code::Code;
use super::compiler::{Failure, Request, Source};
use super::frame::Frame;
use super::{PyResult, Vm};
use crate::code::{CodeObject, Constant};
use crate::loader::{self, Validation};
use crate::object::dict::Dict;
use crate::object::exception::{Exception, PyErr};
use crate::object::misc::Object;
use crate::object::module::Module;
use crate::object::str::PyStr;
use crate::object::value::Value;
use crate::object::{attr, protocol};

/// The tag CPython 3.12 puts in cached file names: `__pycache__/m.cpython-312.pyc`.
const CACHE_TAG: &str = "cpython-312";

/// Where a module was found.
enum Found {
    Native(&'static crate::modules::NativeModule),
    /// `m.py` (or a package's `__init__.py`), compiled through `__pycache__`.
    Source {
        file: PathBuf,
        package: Option<PathBuf>,
    },
    /// `m.pyc` (or `__init__.pyc`) with no source beside it.
    Sourceless {
        file: PathBuf,
        package: Option<PathBuf>,
    },
    /// Directories named after the package with no `__init__`: a namespace package.
    Namespace(Vec<PathBuf>),
    /// One of minivm's standard modules written in Python, embedded as a `.pyc`.
    Embedded(&'static [u8]),
}

impl Vm {
    /// `IMPORT_NAME`: `__import__(name, globals, None, fromlist, level)`.
    pub fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: usize,
        globals: &Dict,
    ) -> PyResult<Value> {
        let absolute =
            if level > 0 { self.resolve_relative(name, level, globals)? } else { name.to_string() };
        if absolute.is_empty() {
            return Err(self.new_error(&self.types.value_error, "Empty module name".into()));
        }
        let module = self.import_module(&absolute)?;
        let wants_names = match fromlist {
            Value::None => false,
            other => protocol::truthy(self, other)?,
        };
        if !wants_names {
            // `import a.b.c` binds `a`: the first component of what was asked for.
            if level == 0 {
                let top = name.split('.').next().unwrap_or(name);
                return self.import_module(top);
            }
            if name.is_empty() {
                return Ok(module);
            }
            let cut = name.len() - name.split('.').next().unwrap_or(name).len();
            let keep = &absolute[..absolute.len() - cut];
            return self.modules.get_str(&PyStr::new(keep)).ok_or_else(|| {
                self.new_error(&self.types.key_error, format!("{keep:?} not in sys.modules as expected"))
            });
        }
        if has_attr(self, &module, "__path__") {
            let names = protocol::collect(self, fromlist)?;
            self.import_fromlist(&module, &names, false)?;
        }
        Ok(module)
    }

    /// `from package import name` where `name` may be a submodule not yet imported.
    fn import_fromlist(&mut self, module: &Value, names: &[Value], from_all: bool) -> PyResult<()> {
        for item in names {
            let Value::Str(x) = item else {
                let module_name = module_name(self, module);
                let what = if from_all { format!("{module_name}.__all__") } else { "from list".to_string() };
                let typ = protocol::type_name(self, item);
                return Err(self.type_error(format!("Item in {what} must be str, not {typ}")));
            };
            if x.as_str() == "*" {
                if !from_all && let Ok(all) = attr::getattr(self, module, &PyStr::new("__all__")) {
                    let all = protocol::collect(self, &all)?;
                    self.import_fromlist(module, &all, true)?;
                }
                continue;
            }
            if has_attr(self, module, x.as_str()) {
                continue;
            }
            let full = format!("{}.{}", module_name(self, module), x.as_str());
            match self.import_module(&full) {
                Ok(_) => {}
                // A name that is neither an attribute nor a submodule is left for IMPORT_FROM
                // to report.
                Err(e) if e.is_instance(&self.types.module_not_found_error) && error_names(&e, &full) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// `from ..x import y`: the package the importing module is in, `level` dots up.
    fn resolve_relative(&mut self, name: &str, level: usize, globals: &Dict) -> PyResult<String> {
        let package = match globals.get_str(&PyStr::new("__package__")) {
            Some(Value::Str(p)) => p.as_str().to_string(),
            Some(v) if !v.is_none() => return Err(self.type_error("package must be a string".into())),
            _ => match globals.get_str(&PyStr::new("__spec__")) {
                Some(spec) if !spec.is_none() => {
                    let parent = attr::getattr(self, &spec, &PyStr::new("parent"))?;
                    protocol::str(self, &parent)?
                }
                _ => {
                    let name = match globals.get_str(&PyStr::new("__name__")) {
                        Some(Value::Str(n)) => n.as_str().to_string(),
                        _ => {
                            return Err(
                                self.import_error("attempted relative import with no known parent package")
                            );
                        }
                    };
                    if globals.get_str(&PyStr::new("__path__")).is_some() {
                        name
                    } else {
                        name.rsplit_once('.').map_or(String::new(), |(parent, _)| parent.to_string())
                    }
                }
            },
        };
        if package.is_empty() {
            return Err(self.import_error("attempted relative import with no known parent package"));
        }
        let parts: Vec<&str> = package.rsplitn(level, '.').collect();
        if parts.len() < level {
            return Err(self.import_error("attempted relative import beyond top-level package"));
        }
        let base = parts[parts.len() - 1];
        Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
    }

    /// Imports `name` (absolute, dotted) and every package above it; returns the module.
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get_str(&PyStr::new(name)) {
            if m.is_none() {
                return Err(self.not_found(format!("import of {name} halted; None in sys.modules"), name));
            }
            return Ok(m);
        }
        let (parent, last) = match name.rsplit_once('.') {
            Some((parent, last)) => (Some(parent), last),
            None => (None, name),
        };
        let mut dirs = None;
        let mut parent_module = None;
        if let Some(parent) = parent {
            let p = self.import_module(parent)?;
            // Importing the parent may have imported this module too.
            if let Some(m) = self.modules.get_str(&PyStr::new(name)) {
                return Ok(m);
            }
            let Ok(path) = attr::getattr(self, &p, &PyStr::new("__path__")) else {
                let message = format!("No module named '{name}'; '{parent}' is not a package");
                return Err(self.not_found(message, name));
            };
            let entries = protocol::collect(self, &path)?;
            dirs = Some(entries.iter().filter_map(text_of).collect::<Vec<String>>());
            parent_module = Some(p);
        }
        let found = self.find(name, last, dirs)?;
        let Some(found) = found else {
            return Err(self.not_found(format!("No module named '{name}'"), name));
        };
        self.load(name, found)?;
        let module = self.modules.get_str(&PyStr::new(name)).ok_or_else(|| {
            self.new_error(&self.types.key_error, format!("{name:?} not in sys.modules as expected"))
        })?;
        if let Some(p) = parent_module {
            attr::setattr(self, &p, &PyStr::new(last), Some(module.clone()))?;
        }
        Ok(module)
    }

    /// Looks for `last` in each directory (`sys.path` for a top-level name), after the
    /// modules built into the interpreter; the other native modules stand where CPython's
    /// standard library stands (or, with none found, after the program's own directories),
    /// and minivm's modules written in Python are the fallback for a machine without one.
    fn find(&mut self, full: &str, last: &str, dirs: Option<Vec<String>>) -> PyResult<Option<Found>> {
        let native = crate::modules::find(full);
        if let Some(m) = native
            && m.builtin
        {
            return Ok(Some(Found::Native(m)));
        }
        let dirs = match dirs {
            Some(d) => d,
            None => {
                let path = self.sys_path.borrow().clone();
                path.iter().filter_map(text_of).collect()
            }
        };
        let mut portions = Vec::new();
        let stdlib = self.stdlib.as_ref().map(|s| s.lib.clone());
        for dir in dirs {
            let base = if dir.is_empty() { PathBuf::from(".") } else { PathBuf::from(&dir) };
            // CPython's extension modules live in its standard library; minivm's native
            // replacements, and its own modules that CPython's do not yet replace, stand there.
            if stdlib.as_ref().is_some_and(|lib| *lib == base) {
                if let Some(m) = native {
                    return Ok(Some(Found::Native(m)));
                }
                if crate::modules::fallback_first(full)
                    && let Some(code) = crate::modules::find_python(full)
                {
                    return Ok(Some(Found::Embedded(code)));
                }
            }
            let package = base.join(last);
            if package.is_dir() {
                if package.join("__init__.py").is_file() {
                    let file = package.join("__init__.py");
                    return Ok(Some(Found::Source { file, package: Some(package) }));
                }
                if package.join("__init__.pyc").is_file() {
                    let file = package.join("__init__.pyc");
                    return Ok(Some(Found::Sourceless { file, package: Some(package) }));
                }
                portions.push(package);
            }
            let source = base.join(format!("{last}.py"));
            if source.is_file() {
                return Ok(Some(Found::Source { file: source, package: None }));
            }
            let compiled = base.join(format!("{last}.pyc"));
            if compiled.is_file() {
                return Ok(Some(Found::Sourceless { file: compiled, package: None }));
            }
        }
        if let Some(m) = native {
            return Ok(Some(Found::Native(m)));
        }
        if let Some(code) = crate::modules::find_python(full) {
            return Ok(Some(Found::Embedded(code)));
        }
        Ok((!portions.is_empty()).then_some(Found::Namespace(portions)))
    }

    /// Creates the module, caches it in `sys.modules`, and runs its code there. A module
    /// whose code fails is taken out of `sys.modules` again.
    fn load(&mut self, name: &str, found: Found) -> PyResult<()> {
        // The builtins module's namespace is the builtins dict itself.
        let dict = if name == "builtins" { self.builtins.clone() } else { Rc::new(Dict::new()) };
        let parent = match &found {
            Found::Source { package: Some(_), .. }
            | Found::Sourceless { package: Some(_), .. }
            | Found::Namespace(_) => name.to_string(),
            _ => name.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string()),
        };
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__doc__", Value::None);
        dict.set_str("__package__", Value::str(&parent));
        dict.set_str("__loader__", Value::None);
        let (file, package_dirs) = match &found {
            Found::Native(_) | Found::Embedded(_) => (None, None),
            Found::Source { file, package } | Found::Sourceless { file, package } => {
                (Some(file.clone()), package.clone().map(|p| vec![p]))
            }
            Found::Namespace(dirs) => (None, Some(dirs.clone())),
        };
        let search = package_dirs
            .map(|dirs| Value::list(dirs.iter().map(|d| Value::str(&d.display().to_string())).collect()));
        let cached = match &found {
            Found::Source { file, .. } => Some(cache_path(file)),
            _ => None,
        };
        let spec = self.module_spec(name, &parent, file.as_deref(), cached.as_deref(), search.clone())?;
        dict.set_str("__spec__", spec);
        if let Some(search) = search {
            dict.set_str("__path__", search);
        }
        if let Some(file) = &file {
            dict.set_str("__file__", Value::str(&file.display().to_string()));
            let cached = cached.map_or(Value::None, |c| Value::str(&c.display().to_string()));
            dict.set_str("__cached__", cached);
        }
        let builtin = matches!(&found, Found::Native(m) if m.builtin);
        let module = Value::object(Object::Module(Module { dict: dict.clone(), builtin }));
        self.modules.set_str(name, module);
        self.initializing.push(name.to_string());
        let outcome = match found {
            Found::Native(m) => (m.init)(self, &dict),
            Found::Source { file, .. } => {
                dict.set_str("__builtins__", Value::Dict(self.builtins.clone()));
                self.compile_source(&file, true).and_then(|code| self.exec_code(code, dict.clone()))
            }
            Found::Sourceless { file, .. } => {
                dict.set_str("__builtins__", Value::Dict(self.builtins.clone()));
                self.read_pyc(&file, name).and_then(|code| self.exec_code(code, dict.clone()))
            }
            Found::Namespace(_) => Ok(()),
            Found::Embedded(data) => {
                dict.set_str("__builtins__", Value::Dict(self.builtins.clone()));
                match loader::load_pyc(data) {
                    Ok(pyc) => self.exec_code(pyc.code, dict.clone()),
                    Err(e) => Err(self.import_error(&format!("minivm's module {name} is damaged: {e}"))),
                }
            }
        };
        self.initializing.retain(|n| n != name);
        if outcome.is_err() {
            self.modules.remove_str(&PyStr::new(name));
        }
        outcome
    }

    /// Runs a module body with `globals` as its namespace.
    pub fn exec_code(&mut self, code: Rc<CodeObject>, globals: Rc<Dict>) -> PyResult<()> {
        self.exec_prepared(Code::new(code), globals)
    }

    /// Runs a module body already prepared (quickened), so the caller can look at its code
    /// afterwards (`minivm dis --adaptive`).
    pub fn exec_prepared(&mut self, code: Rc<Code>, globals: Rc<Dict>) -> PyResult<()> {
        let nlocals = code.object.localsplusnames.len();
        if let Some(stats) = self.stats.as_mut() {
            stats.frames += 1;
        }
        let mut frame = Frame::new(code, globals.clone(), vec![Value::Null; nlocals]);
        frame.locals = Some(globals);
        self.run_frame(Box::new(frame))?;
        Ok(())
    }

    /// A module still running its body (used for the circular-import messages).
    pub fn is_initializing(&self, name: &str) -> bool {
        self.initializing.iter().any(|n| n == name)
    }

    /// `__spec__`: a `ModuleSpec` with the attributes programs read.
    fn module_spec(
        &mut self,
        name: &str,
        parent: &str,
        origin: Option<&Path>,
        cached: Option<&Path>,
        search: Option<Value>,
    ) -> PyResult<Value> {
        let class = match &self.module_spec_class {
            Some(c) => c.clone(),
            None => {
                let ns = Dict::new();
                ns.set_str("__module__", Value::str("importlib._bootstrap"));
                ns.set_str("__qualname__", Value::str("ModuleSpec"));
                let c = crate::object::class::new_class(self, "ModuleSpec", vec![], &ns)?;
                self.module_spec_class = Some(c.clone());
                c
            }
        };
        let spec = crate::object::instance::Instance::new(class);
        let path_text = |p: Option<&Path>| p.map_or(Value::None, |p| Value::str(&p.display().to_string()));
        spec.set_str("name", Value::str(name));
        spec.set_str("loader", Value::None);
        spec.set_str("origin", path_text(origin));
        spec.set_str("submodule_search_locations", search.unwrap_or(Value::None));
        spec.set_str("cached", path_text(cached));
        spec.set_str("parent", Value::str(parent));
        spec.set_str("has_location", Value::Bool(origin.is_some()));
        Ok(Value::Instance(Rc::new(spec)))
    }

    /// The code of a source file: from its `__pycache__` entry when that is current, else
    /// compiled by CPython 3.12 (and cached, when `write_cache` and the environment allow).
    pub fn compile_source(&mut self, file: &Path, write_cache: bool) -> PyResult<Rc<CodeObject>> {
        let source = std::fs::read(file)
            .map_err(|e| self.import_error(&format!("cannot read {}: {e}", file.display())))?;
        let shown = file.display().to_string();
        let cache = cache_path(file);
        if let Ok(data) = std::fs::read(&cache)
            && let Ok(pyc) = loader::load_pyc(&data)
            && pyc.header.magic == crate::loader::header::MAGIC_312
            && is_current(pyc.header.validation, file, &source)
        {
            return Ok(with_filename(&pyc.code, &shown));
        }
        let request = Request {
            source: Source::Bytes(&source),
            filename: &shown,
            mode: "exec",
            flags: 0,
            optimize: -1,
        };
        let compiled = match self.compile_or_fail(&request) {
            Ok(compiled) => compiled,
            Err(Failure::NoPython) => {
                return Err(self.import_error(&format!(
                    "cannot compile {shown}: CPython 3.12 was not found to compile it (set MINIVM_PYTHON or put \
                     python3.12 on PATH), and there is no current .pyc in __pycache__"
                )));
            }
            Err(failure) => return Err(self.compile_error(failure)),
        };
        if write_cache && std::env::var_os("PYTHONDONTWRITEBYTECODE").is_none_or(|v| v.is_empty()) {
            write_cache_file(&cache, file, &source, &compiled.marshalled);
        }
        Ok(compiled.code)
    }

    /// A `.pyc` imported with no source beside it.
    fn read_pyc(&mut self, file: &Path, name: &str) -> PyResult<Rc<CodeObject>> {
        match loader::load_file(file) {
            Ok(pyc) => Ok(pyc.code),
            Err(e) => {
                Err(self.import_error(&format!("cannot load module {name} from {}: {e}", file.display())))
            }
        }
    }

    pub fn import_error(&self, message: &str) -> PyErr {
        import_error_of(&self.types.import_error, message, Value::None, Value::None)
    }

    /// ModuleNotFoundError with its `name` attribute.
    fn not_found(&self, message: String, name: &str) -> PyErr {
        import_error_of(&self.types.module_not_found_error, &message, Value::str(name), Value::None)
    }

    /// `IMPORT_FROM`: an attribute of the module, or its submodule of that name.
    pub fn import_from(&mut self, module: &Value, name: &PyStr) -> PyResult<Value> {
        match attr::getattr(self, module, name) {
            Err(e) if e.is_instance(&self.types.attribute_error) => {}
            other => return other,
        }
        let module_name = match attr::getattr(self, module, &PyStr::new("__name__")) {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            _ => return Err(self.import_error(&format!("cannot import name '{}'", name.as_str()))),
        };
        let full = format!("{module_name}.{}", name.as_str());
        if let Some(m) = self.modules.get_str(&PyStr::new(&full)) {
            return Ok(m);
        }
        let path = match attr::getattr(self, module, &PyStr::new("__file__")) {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            _ => "unknown location".to_string(),
        };
        let n = name.as_str();
        let message = if self.is_initializing(&module_name) {
            format!(
                "cannot import name '{n}' from partially initialized module '{module_name}' (most likely due to a circular import) ({path})"
            )
        } else {
            format!("cannot import name '{n}' from '{module_name}' ({path})")
        };
        let file = if path == "unknown location" { Value::None } else { Value::str(&path) };
        Err(import_error_of(&self.types.import_error, &message, Value::str(&module_name), file))
    }

    /// `from module import *` into `locals`: the names in `__all__`, or every public name.
    pub fn import_star(&mut self, module: &Value, locals: &Dict) -> PyResult<()> {
        let module_name = module_name(self, module);
        let (names, from_all) = match attr::getattr(self, module, &PyStr::new("__all__")) {
            Ok(all) => (protocol::collect(self, &all)?, true),
            Err(_) => match attr::getattr(self, module, &PyStr::new("__dict__")) {
                Ok(Value::Dict(d)) => (d.keys(), false),
                _ => {
                    return Err(self.import_error("from-import-* object has no __dict__ and no __all__"));
                }
            },
        };
        for item in names {
            let Value::Str(name) = &item else {
                let typ = protocol::type_name(self, &item);
                let what = if from_all { "Item in" } else { "Key in" };
                let field = if from_all { "__all__" } else { "__dict__" };
                return Err(self.type_error(format!("{what} {module_name}.{field} must be str, not {typ}")));
            };
            if !from_all && name.as_str().starts_with('_') {
                continue;
            }
            let value = attr::getattr(self, module, name)?;
            locals.set_str(name.as_str(), value);
        }
        Ok(())
    }
}

/// An ImportError (or subclass) with the `msg`, `name` and `path` attributes CPython gives it.
fn import_error_of(typ: &Rc<crate::object::types::Type>, message: &str, name: Value, path: Value) -> PyErr {
    let exc = Exception::new(typ.clone(), vec![Value::str(message)]);
    exc.attrs.set_str("msg", Value::str(message));
    exc.attrs.set_str("name", name);
    exc.attrs.set_str("path", path);
    PyErr::Raised(Rc::new(exc))
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        _ => None,
    }
}

fn has_attr(vm: &mut Vm, obj: &Value, name: &str) -> bool {
    attr::getattr(vm, obj, &PyStr::new(name)).is_ok()
}

fn module_name(vm: &mut Vm, module: &Value) -> String {
    match attr::getattr(vm, module, &PyStr::new("__name__")) {
        Ok(Value::Str(s)) => s.as_str().to_string(),
        _ => "?".to_string(),
    }
}

/// Whether a ModuleNotFoundError is about `name` itself (not something it imports).
fn error_names(e: &PyErr, name: &str) -> bool {
    e.exception()
        .and_then(|x| x.attrs.get_str(&PyStr::new("name")))
        .is_some_and(|n| matches!(&n, Value::Str(s) if s.as_str() == name))
}

/// `dir/__pycache__/m.cpython-312.pyc` for `dir/m.py`.
pub fn cache_path(source: &Path) -> PathBuf {
    let dir = source.parent().unwrap_or(Path::new(""));
    let stem = source.file_stem().map_or("".into(), |s| s.to_string_lossy().into_owned());
    dir.join("__pycache__").join(format!("{stem}.{CACHE_TAG}.pyc"))
}

/// Whether a cached `.pyc` still matches its source (PEP 552: the mtime and size it records,
/// or the hash of the source when it is checked).
fn is_current(validation: Validation, file: &Path, source: &[u8]) -> bool {
    match validation {
        Validation::Hash { check_source: false, .. } => true,
        Validation::Hash { hash, check_source: true } => hash == loader::header::source_hash(source),
        Validation::Timestamp { mtime, source_size } => {
            let Ok(meta) = std::fs::metadata(file) else { return false };
            let secs = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_secs());
            secs as u32 == mtime && meta.len() as u32 == source_size
        }
    }
}

/// A timestamp `.pyc`, as CPython writes one; failing to write it is not an error.
fn write_cache_file(cache: &Path, file: &Path, source: &[u8], marshalled: &[u8]) {
    let Ok(meta) = std::fs::metadata(file) else { return };
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let mut data = Vec::with_capacity(16 + marshalled.len());
    data.extend_from_slice(&crate::loader::header::MAGIC_312.to_le_bytes());
    data.extend_from_slice(b"\r\n");
    data.extend_from_slice(&0u32.to_le_bytes());
    data.extend_from_slice(&(mtime as u32).to_le_bytes());
    data.extend_from_slice(&(source.len() as u32).to_le_bytes());
    data.extend_from_slice(marshalled);
    if let Some(dir) = cache.parent()
        && std::fs::create_dir_all(dir).is_ok()
    {
        let temp = cache.with_extension(format!("pyc.{}", std::process::id()));
        if std::fs::write(&temp, &data).is_ok() && std::fs::rename(&temp, cache).is_err() {
            let _ = std::fs::remove_file(&temp);
        }
    }
}

/// The code object again, with `co_filename` replaced throughout (CPython does the same when
/// a cached `.pyc` was compiled under another path).
fn with_filename(code: &Rc<CodeObject>, filename: &str) -> Rc<CodeObject> {
    if &*code.filename == filename {
        return code.clone();
    }
    let name: Rc<str> = Rc::from(filename);
    retitle(code, &code.filename.clone(), &name)
}

fn retitle(code: &Rc<CodeObject>, old: &Rc<str>, new: &Rc<str>) -> Rc<CodeObject> {
    let mut copy = (**code).clone();
    if copy.filename == *old {
        copy.filename = new.clone();
    }
    copy.consts = copy
        .consts
        .iter()
        .map(|c| match c {
            Constant::Code(inner) => Constant::Code(retitle(inner, old, new)),
            other => other.clone(),
        })
        .collect();
    Rc::new(copy)
}
