//! The docs cannot drift from the tool: every ```` ```console ```` block in `docs/` (and
//! `docs/exercises/`) is a list of `$ minivm …` commands, each followed by the output it
//! prints. This test runs each command from the repository root (through `sh`, so a pipe to
//! `head` or `sed` works; stderr joins stdout) and fails when the output differs from the doc.
//!
//! `MINIVM_BLESS_DOCS=1 cargo test --release docs_` rewrites the blocks with what the commands
//! print now; review the diff before committing it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{normalize_addresses, root};

/// One command of a console block: where it is, the command, the output the doc shows.
struct Example {
    file: PathBuf,
    line: usize,
    command: String,
    shown: String,
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            markdown_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "md") {
            out.push(path);
        }
    }
}

/// The console blocks of one file, as (line of the opening fence, line after the closing
/// fence, examples).
fn blocks(file: &Path) -> Vec<(usize, usize, Vec<Example>)> {
    let text = std::fs::read_to_string(file).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```console" {
            i += 1;
            continue;
        }
        let start = i;
        let mut examples: Vec<Example> = Vec::new();
        i += 1;
        while i < lines.len() && lines[i].trim_end() != "```" {
            if let Some(command) = lines[i].strip_prefix("$ ") {
                examples.push(Example {
                    file: file.to_path_buf(),
                    line: i + 1,
                    command: command.to_string(),
                    shown: String::new(),
                });
            } else if let Some(example) = examples.last_mut() {
                example.shown.push_str(lines[i]);
                example.shown.push('\n');
            } else {
                panic!("{}:{}: a console block starts with a `$ ` command", file.display(), i + 1);
            }
            i += 1;
        }
        out.push((start, i + 1, examples));
        i += 1;
    }
    out
}

/// What the command prints now.
fn run(command: &str) -> String {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_minivm"));
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("( {command} ) 2>&1"))
        .current_dir(root())
        .env("PATH", path)
        .env("PYTHONHASHSEED", "0")
        .env_remove("MINIVM_PYTHON")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn normalize(text: &str) -> String {
    let lines: Vec<String> = normalize_addresses(text).lines().map(|l| l.trim_end().to_string()).collect();
    let mut joined = lines.join("\n");
    while joined.ends_with('\n') {
        joined.pop();
    }
    joined
}

#[test]
fn docs_commands_print_what_the_docs_show() {
    let mut files = Vec::new();
    markdown_files(&root().join("docs"), &mut files);
    let bless = std::env::var("MINIVM_BLESS_DOCS").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    let mut count = 0;
    for file in &files {
        let found = blocks(file);
        if bless && !found.is_empty() {
            let text = std::fs::read_to_string(file).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            let mut out: Vec<String> = Vec::new();
            let mut at = 0;
            for (start, end, examples) in &found {
                out.extend(lines[at..=*start].iter().map(|s| s.to_string()));
                for example in examples {
                    out.push(format!("$ {}", example.command));
                    let printed = normalize(&run(&example.command));
                    if !printed.is_empty() {
                        out.push(printed);
                    }
                }
                out.push("```".to_string());
                at = *end;
            }
            out.extend(lines[at..].iter().map(|s| s.to_string()));
            std::fs::write(file, out.join("\n") + "\n").unwrap();
            continue;
        }
        for (_, _, examples) in found {
            for example in examples {
                count += 1;
                let name =
                    format!("{}:{}", example.file.strip_prefix(root()).unwrap().display(), example.line);
                if !example.command.starts_with("minivm ") {
                    failures.push(format!("{name}: `{}` is not a minivm command", example.command));
                    continue;
                }
                let (want, got) = (normalize(&example.shown), normalize(&run(&example.command)));
                if want != got {
                    let at = want
                        .lines()
                        .zip(got.lines())
                        .position(|(a, b)| a != b)
                        .unwrap_or(want.lines().count().min(got.lines().count()));
                    failures.push(format!(
                        "{name}: `{}` prints something else from line {} of its output:\n  doc: {:?}\n  now: {:?}",
                        example.command,
                        at + 1,
                        want.lines().nth(at).unwrap_or("<end>"),
                        got.lines().nth(at).unwrap_or("<end>")
                    ));
                }
            }
        }
    }
    assert!(bless || count >= 10, "only {count} console examples in docs/");
    assert!(
        failures.is_empty(),
        "{} of {count} doc examples differ (MINIVM_BLESS_DOCS=1 rewrites them):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
