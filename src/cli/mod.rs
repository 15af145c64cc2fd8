//! The `minivm` command line: parses arguments with clap and dispatches to one module per
//! command. Formatting lives here, not in the VM.

pub mod dis;
pub mod inspect;
pub mod opcodes;
pub mod run;
pub mod trace_html;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::loader::{self, Pyc};

#[derive(Parser)]
#[command(name = "minivm", version, about = "A small, fast, readable VM for CPython 3.12 bytecode")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a .pyc (or a .py, compiled by CPython 3.12) as python3.12 would: same output, same
    /// traceback, same exit status.
    Run {
        /// Specialisation: `off` (generic dispatch), `cpython312` (CPython 3.12's forms) or
        /// `all` (those and minivm's extensions).
        #[arg(long, default_value = "all", value_parser = ["off", "cpython312", "all"])]
        specialize: String,
        /// Under `all`, leave out one of minivm's extension forms (repeatable), e.g.
        /// `--no-extension CALL_ALLOC_AND_ENTER_INIT`.
        #[arg(long = "no-extension", value_name = "FORM", value_parser = extension_names())]
        no_extension: Vec<String>,
        /// Write every specialisation event (specialise, fail, miss, deopt, re-specialise) to
        /// this file, one JSON object a line.
        #[arg(long)]
        spec_log: Option<PathBuf>,
        /// After the program's own output, report what specialisation did: per family and
        /// form (success, failure, hit, deferred, miss, deopt), failure reasons, the hottest
        /// sites, executions per opcode and the most frequent pairs. `--stats` gives text,
        /// `--stats=json` JSON; on stderr, or in the file `--stats-file` names.
        #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "text", value_parser = ["text", "json"])]
        stats: Option<String>,
        /// Where `--stats` writes its report (instead of stderr).
        #[arg(long)]
        stats_file: Option<PathBuf>,
        file: PathBuf,
        /// Arguments for the program (`sys.argv[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Run a .pyc and print one line per executed instruction (depth, code object, offset,
    /// line, instruction, the value stack after it), with calls, returns, exceptions,
    /// generators and specialisation events inline. The trace goes to stderr, or to `--out`.
    Trace {
        /// Trace only the code object of this name (or qualified name) and what it calls.
        #[arg(long, value_name = "NAME")]
        function: Option<String>,
        /// Stop tracing after N instructions (the program runs on).
        #[arg(long, value_name = "N")]
        limit: Option<u64>,
        /// Show fast locals, cells and free variables when they change.
        #[arg(long)]
        locals: bool,
        /// Start tracing at the first instruction of source line L.
        #[arg(long, value_name = "L")]
        from_line: Option<i32>,
        /// Write the trace to this file instead of stderr.
        #[arg(long, value_name = "FILE", conflicts_with = "html")]
        out: Option<PathBuf>,
        /// Write the trace as one self-contained HTML page to step through, forward and back,
        /// in a browser (100,000 steps unless --limit says otherwise).
        #[arg(long, value_name = "FILE")]
        html: Option<PathBuf>,
        /// Specialisation, as for `run`.
        #[arg(long, default_value = "all", value_parser = ["off", "cpython312", "all"])]
        specialize: String,
        file: PathBuf,
        /// Arguments for the program (`sys.argv[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Disassemble a .pyc exactly as python3.12's `dis.dis` prints it.
    Dis {
        file: PathBuf,
        /// Also list the inline CACHE units with their fields.
        #[arg(long)]
        show_caches: bool,
        /// Run the module first, then show its code as quickened and specialised by the run
        /// (as `dis.dis(code, adaptive=True)` shows it).
        #[arg(long)]
        adaptive: bool,
        /// With --adaptive: `off`, `cpython312` or `all`, as for `run`.
        #[arg(long, default_value = "all", value_parser = ["off", "cpython312", "all"])]
        specialize: String,
        /// With --adaptive: leave out an extension form, as for `run`.
        #[arg(long = "no-extension", value_name = "FORM", value_parser = extension_names())]
        no_extension: Vec<String>,
    },
    /// Show the header and the tree of code objects with every field decoded.
    Inspect {
        file: PathBuf,
        /// Show the file byte by byte instead: each header field and each object of the
        /// marshal stream with its offset, its bytes and what they hold.
        #[arg(long)]
        bytes: bool,
    },
    /// Print the opcode table (number, name, caches, operand, stack effect) as Markdown.
    Opcodes,
}

/// The names `--no-extension` accepts: minivm's extension forms.
fn extension_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(crate::opcode::EXTENSION_OPCODES.iter().map(|r| r.name))
}

/// Turns off the extension forms named on the command line (for the VM thread).
fn disabled_extensions(names: &[String]) -> Vec<crate::opcode::Opcode> {
    crate::opcode::EXTENSION_OPCODES
        .iter()
        .filter(|r| names.iter().any(|n| n == r.name))
        .map(|r| r.opcode)
        .collect()
}

/// Exit status for a file that cannot be loaded (the same as CPython's for a bad command line).
pub const EXIT_BAD_INPUT: i32 = 2;

/// Runs the command line and returns the process exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_BAD_INPUT } else { 0 };
        }
    };
    let result = match &cli.command {
        Command::Run { file, args, specialize, no_extension, spec_log, stats, stats_file } => {
            let mode = crate::interp::adaptive::Mode::parse(specialize)
                .unwrap_or(crate::interp::adaptive::Mode::All);
            let stats = match (stats.as_deref(), stats_file) {
                (Some("json"), _) => Some(run::StatsFormat::Json),
                (Some(_), _) | (None, Some(_)) => Some(run::StatsFormat::Text),
                (None, None) => None,
            };
            let options = run::Options {
                mode,
                disabled: disabled_extensions(no_extension),
                spec_log: spec_log.clone(),
                stats,
                stats_file: stats_file.clone(),
                trace: None,
            };
            return run::run(file, args, options);
        }
        Command::Trace { function, limit, locals, from_line, out, html, specialize, file, args } => {
            let mode = crate::interp::adaptive::Mode::parse(specialize)
                .unwrap_or(crate::interp::adaptive::Mode::All);
            let trace = crate::interp::trace::Options {
                function: function.clone(),
                limit: *limit,
                locals: *locals,
                from_line: *from_line,
            };
            let options = run::Options {
                mode,
                disabled: Vec::new(),
                spec_log: None,
                stats: None,
                stats_file: None,
                trace: Some((
                    trace,
                    match (out, html) {
                        (_, Some(page)) => run::TraceTo::Html(page.clone()),
                        (Some(file), None) => run::TraceTo::File(file.clone()),
                        (None, None) => run::TraceTo::Stderr,
                    },
                )),
            };
            return run::run(file, args, options);
        }
        Command::Dis { file, show_caches, adaptive: true, specialize, no_extension } => {
            let mode = crate::interp::adaptive::Mode::parse(specialize)
                .unwrap_or(crate::interp::adaptive::Mode::All);
            return run::dis_adaptive(file, *show_caches, mode, disabled_extensions(no_extension));
        }
        Command::Dis { file, show_caches, .. } => {
            load(file).map(|pyc| dis::dis_module(&pyc.code, *show_caches))
        }
        Command::Inspect { file, bytes: false } => load(file).map(|pyc| inspect::inspect(&pyc)),
        Command::Inspect { file, bytes: true } => load(file).and_then(|pyc| {
            let data = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
            inspect::bytes(&data, &pyc)
        }),
        Command::Opcodes => Ok(opcodes::reference()),
    };
    match result {
        Ok(text) => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            // A closed pipe (`minivm dis f.pyc | head`) is not an error worth reporting.
            let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
            0
        }
        Err(message) => {
            eprintln!("minivm: {message}");
            EXIT_BAD_INPUT
        }
    }
}

/// Loads a `.pyc`, turning any failure into a one-line message that names the file.
pub fn load(path: &Path) -> Result<Pyc, String> {
    loader::load_file(path).map_err(|e| format!("{}: {e}", path.display()))
}
