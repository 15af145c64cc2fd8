//! `minivm run FILE.pyc|FILE.py [args…]`: load the module and run it as `__main__`, with the exit
//! status CPython would give.

use std::path::Path;

use crate::interp::Vm;
use crate::interp::module::Outcome;

/// Stack for the VM's thread. Python-to-Python calls never use it; native code that calls
/// back into Python (a `sorted` key, say) does, up to the recursion limit.
const VM_STACK_BYTES: usize = 512 << 20;

/// How `minivm run` runs the program.
pub struct Options {
    pub mode: crate::interp::adaptive::Mode,
    /// `--no-extension`: extension forms left out.
    pub disabled: Vec<crate::opcode::Opcode>,
    /// `--spec-log FILE`.
    pub spec_log: Option<std::path::PathBuf>,
    /// `--stats[=json]`.
    pub stats: Option<StatsFormat>,
    /// `--stats-file FILE`: the report goes there instead of stderr.
    pub stats_file: Option<std::path::PathBuf>,
    /// `minivm trace`: what to trace, and where the trace goes.
    pub trace: Option<(crate::interp::trace::Options, TraceTo)>,
}

/// Where `minivm trace` writes.
pub enum TraceTo {
    Stderr,
    /// `--out FILE`: the text lines.
    File(std::path::PathBuf),
    /// `--html FILE`: the page.
    Html(std::path::PathBuf),
}

/// Steps a page records when `--limit` does not say.
const PAGE_STEPS: u64 = 100_000;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StatsFormat {
    Text,
    Json,
}

pub fn run(path: &Path, args: &[String], options: Options) -> i32 {
    let Options { mode, disabled, spec_log, stats, stats_file, trace } = options;
    let args = args.to_vec();
    let display = path.display().to_string();
    let path = path.to_path_buf();
    let shown = display.clone();
    let worker = std::thread::Builder::new().stack_size(VM_STACK_BYTES).spawn(move || {
        crate::interp::adaptive::set_mode(mode);
        for form in disabled {
            crate::interp::adaptive::disable_extension(form);
        }
        if let Some(log) = &spec_log {
            match std::fs::File::create(log) {
                Ok(file) => crate::interp::adaptive::set_log(Some(Box::new(std::io::BufWriter::new(file)))),
                Err(e) => {
                    eprintln!("minivm: cannot write {}: {e}", log.display());
                    return super::EXIT_BAD_INPUT;
                }
            }
        }
        let mut vm = Vm::new(Box::new(std::io::stdout()), Box::new(std::io::stderr()));
        vm.set_main(&path, &args);
        if stats.is_some() {
            vm.stats = Some(Box::default());
            crate::interp::stats::set_recording(true);
        }
        let mut page = None;
        if let Some((mut options, to)) = trace {
            let sink: Box<dyn std::io::Write> = match to {
                TraceTo::File(file) => match std::fs::File::create(&file) {
                    Ok(f) => Box::new(std::io::BufWriter::new(f)),
                    Err(e) => {
                        eprintln!("minivm: cannot write {}: {e}", file.display());
                        return super::EXIT_BAD_INPUT;
                    }
                },
                TraceTo::Stderr => {
                    vm.stdout.set_unbuffered();
                    vm.stderr.set_unbuffered();
                    Box::new(std::io::stderr())
                }
                TraceTo::Html(file) => {
                    page = Some(file);
                    Box::new(std::io::sink())
                }
            };
            vm.tracer = Some(Box::new(if page.is_some() {
                options.limit = options.limit.or(Some(PAGE_STEPS));
                crate::interp::trace::Tracer::recording(options)
            } else {
                crate::interp::trace::Tracer::new(options, sink)
            }));
            crate::interp::adaptive::observe_trace(true);
        }
        let outcome = if path.extension().is_some_and(|e| e == "py") {
            vm.run_main_source(&path)
        } else {
            match super::load(&path) {
                Ok(pyc) => vm.run_main(pyc.code),
                Err(message) => {
                    eprintln!("minivm: {message}");
                    return super::EXIT_BAD_INPUT;
                }
            }
        };
        crate::interp::adaptive::set_log(None);
        if let Some(mut tracer) = vm.tracer.take() {
            let recording = tracer.finish();
            crate::interp::adaptive::observe_trace(false);
            if let (Some(file), Some(recording)) = (&page, recording) {
                let title = path.file_name().map_or(shown.clone(), |n| n.to_string_lossy().to_string());
                if let Err(e) = std::fs::write(file, super::trace_html::page(&recording, &title)) {
                    eprintln!("minivm: cannot write {}: {e}", file.display());
                    return super::EXIT_BAD_INPUT;
                }
            }
        }
        if let Some(counts) = vm.stats.take() {
            vm.stdout.flush();
            let report =
                if stats == Some(StatsFormat::Json) { counts.report_json() } else { counts.report() };
            crate::interp::stats::set_recording(false);
            match &stats_file {
                Some(file) => {
                    if let Err(e) = std::fs::write(file, report) {
                        eprintln!("minivm: cannot write {}: {e}", file.display());
                    }
                }
                None => eprint!("{report}"),
            }
        }
        match outcome {
            Outcome::Exit(status) => status,
            Outcome::Fault(message) => {
                eprintln!("minivm: {shown}: {message}");
                super::EXIT_BAD_INPUT
            }
        }
    });
    match worker.map(|handle| handle.join()) {
        Ok(Ok(status)) => status,
        _ => {
            eprintln!("minivm: internal error while running {display}");
            70
        }
    }
}

/// `minivm dis --adaptive FILE.pyc`: runs the module (its output goes where `run` sends it),
/// then prints its code and every nested code object as the run left them, quickened and
/// specialised.
pub fn dis_adaptive(
    path: &Path,
    show_caches: bool,
    mode: crate::interp::adaptive::Mode,
    disabled: Vec<crate::opcode::Opcode>,
) -> i32 {
    let path = path.to_path_buf();
    let worker = std::thread::Builder::new().stack_size(VM_STACK_BYTES).spawn(move || {
        let pyc = match super::load(&path) {
            Ok(pyc) => pyc,
            Err(message) => {
                eprintln!("minivm: {message}");
                return super::EXIT_BAD_INPUT;
            }
        };
        crate::interp::adaptive::set_mode(mode);
        for form in disabled {
            crate::interp::adaptive::disable_extension(form);
        }
        let mut vm = Vm::new(Box::new(std::io::stdout()), Box::new(std::io::stderr()));
        vm.set_main(&path, &[]);
        let code = crate::interp::code::Code::new(pyc.code);
        let result = vm.run_main_prepared(code.clone()).map(|_| ());
        let status = match vm.outcome(result) {
            Outcome::Exit(status) => status,
            Outcome::Fault(message) => {
                eprintln!("minivm: {}: {message}", path.display());
                return super::EXIT_BAD_INPUT;
            }
        };
        let text = super::dis::dis_module_adaptive(&code.live_object(), show_caches);
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
        status
    });
    match worker.map(|handle| handle.join()) {
        Ok(Ok(status)) => status,
        _ => {
            eprintln!("minivm: internal error while running the module");
            70
        }
    }
}
