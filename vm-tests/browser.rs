//! `minivm trace --html` in a real browser: headless Chromium opens a page made from a
//! fixture, the test steps through it with key presses and clicks, and reads the DOM. What the
//! page shows at a step must be what the text trace shows for the same step.
//!
//! Chromium is found as `$MINIVM_CHROMIUM`, `chromium`, `chromium-browser` or `google-chrome`;
//! without it the tests say so on stderr and pass (`.ci/run` installs Debian's `chromium`, so
//! CI runs them). The browser is driven over the DevTools protocol on a pipe
//! (`--remote-debugging-pipe`: JSON messages ended by a NUL byte), through two FIFOs a shell
//! connects to descriptors 3 and 4. A screenshot goes to `target/trace-page.png`, not git.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

use crate::common::root;

/// The Chromium to drive; `None` (and a line in the test output saying why the test skips)
/// without one.
fn chromium() -> Option<String> {
    let found = find_chromium();
    if found.is_none() {
        crate::common::skip(
            "browser test: Chromium not found (install Debian's chromium, or set MINIVM_CHROMIUM)",
        );
    }
    found
}

fn find_chromium() -> Option<String> {
    let candidates = std::env::var("MINIVM_CHROMIUM")
        .ok()
        .into_iter()
        .chain(["chromium", "chromium-browser", "google-chrome"].iter().map(|s| s.to_string()));
    candidates.into_iter().find(|c| {
        Command::new(c)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// A headless Chromium and one page in it.
struct Browser {
    child: Child,
    commands: std::fs::File,
    events: BufReader<std::fs::File>,
    next_id: u64,
    session: String,
    dir: PathBuf,
}

impl Browser {
    fn start(binary: &str, name: &str) -> Browser {
        let dir = std::env::temp_dir().join(format!("minivm-browser-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let (to_chrome, from_chrome) = (dir.join("in.fifo"), dir.join("out.fifo"));
        for fifo in [&to_chrome, &from_chrome] {
            assert!(Command::new("mkfifo").arg(fifo).status().unwrap().success(), "mkfifo");
        }
        let script = format!(
            "exec '{binary}' --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
             --remote-debugging-pipe --user-data-dir='{}' --window-size=1400,900 about:blank \
             3<'{}' 4>'{}' 2>/dev/null",
            dir.join("profile").display(),
            to_chrome.display(),
            from_chrome.display()
        );
        let child = Command::new("sh").arg("-c").arg(script).stdin(Stdio::null()).spawn().unwrap();
        // The shell opens the command FIFO for reading, then the event FIFO for writing; each
        // open waits for this end.
        let commands = std::fs::OpenOptions::new().write(true).open(&to_chrome).unwrap();
        let events = BufReader::new(std::fs::File::open(&from_chrome).unwrap());
        let mut browser = Browser { child, commands, events, next_id: 0, session: String::new(), dir };
        let target = browser.call("Target.createTarget", json!({"url": "about:blank"}), false);
        let target_id = target["targetId"].as_str().unwrap().to_string();
        let attached =
            browser.call("Target.attachToTarget", json!({"targetId": target_id, "flatten": true}), false);
        browser.session = attached["sessionId"].as_str().unwrap().to_string();
        browser
    }

    /// Sends one command and waits for its answer (events in between are dropped).
    fn call(&mut self, method: &str, params: Value, in_page: bool) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        let mut message = json!({"id": id, "method": method, "params": params});
        if in_page {
            message["sessionId"] = json!(self.session);
        }
        let mut bytes = serde_json::to_vec(&message).unwrap();
        bytes.push(0);
        self.commands.write_all(&bytes).unwrap();
        loop {
            let mut buf = Vec::new();
            let n = self.events.read_until(0, &mut buf).unwrap();
            assert!(n > 0, "Chromium closed the pipe while waiting for {method}");
            buf.pop();
            let answer: Value = serde_json::from_slice(&buf).unwrap();
            if answer["id"] == json!(id) {
                assert!(answer.get("error").is_none(), "{method}: {}", answer["error"]);
                return answer["result"].clone();
            }
        }
    }

    /// The value of a JavaScript expression in the page.
    fn eval(&mut self, expression: &str) -> Value {
        let result =
            self.call("Runtime.evaluate", json!({"expression": expression, "returnByValue": true}), true);
        assert!(result.get("exceptionDetails").is_none(), "{expression}: {}", result["exceptionDetails"]);
        result["result"]["value"].clone()
    }

    fn text(&mut self, id: &str) -> String {
        self.eval(&format!("document.getElementById({id:?}).textContent")).as_str().unwrap_or("").to_string()
    }

    fn open(&mut self, page: &Path) {
        self.call("Page.enable", json!({}), true);
        self.call("Page.navigate", json!({"url": format!("file://{}", page.display())}), true);
        for _ in 0..200 {
            if self.eval(
                "document.readyState === 'complete' && document.body && document.body.dataset.step === '1'",
            ) == json!(true)
            {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("the page did not show its first step");
    }

    fn key(&mut self, key: &str, code: u32) {
        for kind in ["keyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code}),
                true,
            );
        }
    }

    fn click(&mut self, id: &str) {
        let at = self.eval(&format!(
            "(() => {{ const r = document.getElementById({id:?}).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()"
        ));
        let (x, y) = (at[0].as_f64().unwrap(), at[1].as_f64().unwrap());
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
                true,
            );
        }
    }

    fn step(&mut self) -> usize {
        self.eval("Number(document.body.dataset.step)").as_u64().unwrap() as usize
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// One step of the text trace: (line, instruction, stack).
fn text_steps(trace: &str) -> Vec<(String, String, String, usize)> {
    trace
        .lines()
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            words.next()?.parse::<usize>().ok()?;
            let _code = words.next()?;
            let offset: usize = words.next()?.parse().ok()?;
            let line = words.next()?.trim_start_matches('L').to_string();
            let rest: Vec<&str> = words.collect();
            let stack_at = rest.iter().position(|w| w.starts_with('['))?;
            Some((line, rest[..stack_at].join(" "), rest[stack_at..].join(" "), offset))
        })
        .collect()
}

fn minivm(args: &[&str]) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_minivm")).args(args).current_dir(root()).output().unwrap();
    assert!(out.status.success(), "minivm {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// Normalises the spacing of the text trace's instruction column for comparison.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn trace_page_steps_forward_and_back_in_chromium() {
    let Some(binary) = chromium() else { return };
    let page = std::env::temp_dir().join(format!("minivm-trace-{}.html", std::process::id()));
    let fixture = "vm-tests/trace/basics.pyc";
    minivm(&["trace", "--html", page.to_str().unwrap(), fixture]);
    let text = String::from_utf8(minivm(&["trace", fixture]).stderr).unwrap();
    let want = text_steps(&text);
    assert!(want.len() > 100);

    let mut browser = Browser::start(&binary, "steps");
    browser.open(&page);
    assert_eq!(browser.text("count"), want.len().to_string());
    let check = |browser: &mut Browser, step: usize| {
        let (line, instr, stack, offset) = &want[step - 1];
        assert_eq!(browser.step(), step);
        assert_eq!(squash(&browser.text("instr")), squash(instr), "instruction at step {step}");
        assert_eq!(browser.text("stack"), format!("stack {stack}"), "stack at step {step}");
        let shown_line = browser.text("line");
        assert_eq!(
            if shown_line == "-" { "-".to_string() } else { shown_line },
            *line,
            "line at step {step}"
        );
        // The highlighted rows: the instruction in the bytecode, the line in the source.
        let row = browser.eval("Number(document.querySelector('#dis .row.current').dataset.offset)");
        assert_eq!(row.as_u64(), Some(*offset as u64), "bytecode row at step {step}");
        if line != "-" && line != "0" {
            let src = browser.eval("document.querySelector('#source .row.current').dataset.line");
            assert_eq!(src.as_str(), Some(line.as_str()), "source row at step {step}");
        }
    };
    check(&mut browser, 1);
    for _ in 0..24 {
        browser.key("ArrowRight", 39);
    }
    check(&mut browser, 25);
    for _ in 0..3 {
        browser.key("ArrowLeft", 37);
    }
    check(&mut browser, 22);
    browser.click("next");
    check(&mut browser, 23);
    browser.click("prev");
    browser.click("prev");
    check(&mut browser, 21);
    browser.key("End", 35);
    check(&mut browser, want.len());

    // Inside a call, the frames panel shows the caller under the callee.
    let inner = want.iter().position(|(_, instr, _, _)| instr.starts_with("BINARY_OP 5 (*)")).unwrap() + 1;
    browser.key("Home", 36);
    for _ in 1..inner {
        browser.key("ArrowRight", 39);
    }
    check(&mut browser, inner);
    let frames =
        browser.eval("[...document.querySelectorAll('#frames .frame .where')].map(e => e.textContent)");
    let frames: Vec<&str> = frames.as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert!(
        frames.len() >= 2 && frames[0].contains("depth 2") && frames.last().unwrap().contains("<module>"),
        "{frames:?}"
    );

    // A site's state: the step after which a site specialised shows its row as specialised,
    // and the timeline lists the event at that step.
    let mut count = 0;
    let mut first_specialised = None;
    for line in text.lines() {
        if text_steps(line).len() == 1 {
            count += 1;
        } else if line.contains("~ specialise") && first_specialised.is_none() {
            first_specialised = Some(count);
        }
    }
    let at = first_specialised.expect("a site specialises in the fixture");
    browser.eval(&format!(
        "document.getElementById('goto').value = {at}; document.getElementById('goto').dispatchEvent(new Event('change')); 0"
    ));
    check(&mut browser, at);
    let badge = browser.eval("document.querySelector('#dis .row.current .site').className");
    assert_eq!(badge.as_str(), Some("site specialised"), "the site's state at step {at}");
    let here = browser.eval("document.querySelector('#timeline .event.here').textContent");
    assert!(here.as_str().is_some_and(|t| t.contains("~ specialise")), "timeline at step {at}: {here}");

    let shot = browser.call("Page.captureScreenshot", json!({"format": "png"}), true);
    let png = base64_decode(shot["data"].as_str().unwrap());
    let _ = std::fs::write(root().join("target/trace-page.png"), png);
    std::fs::remove_file(&page).ok();
}

/// A page of 100,000 steps loads and goes to its end and back.
#[test]
fn trace_page_of_100000_steps_stays_usable() {
    let Some(binary) = chromium() else { return };
    let page = std::env::temp_dir().join(format!("minivm-trace-big-{}.html", std::process::id()));
    minivm(&["trace", "--html", page.to_str().unwrap(), "benches/programs/richards.pyc"]);
    let mut browser = Browser::start(&binary, "big");
    browser.open(&page);
    assert_eq!(browser.text("count"), "100000");
    browser.key("End", 35);
    assert_eq!(browser.step(), 100_000);
    browser.key("ArrowLeft", 37);
    assert_eq!(browser.step(), 99_999);
    browser.eval("document.getElementById('goto').value = 50000; document.getElementById('goto').dispatchEvent(new Event('change')); 0");
    assert_eq!(browser.step(), 50_000);
    assert!(!browser.text("instr").is_empty());
    std::fs::remove_file(&page).ok();
}

fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::new();
    let mut acc = 0u32;
    let mut bits = 0;
    for v in text.bytes().filter_map(value) {
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}
