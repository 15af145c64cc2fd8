//! `minivm trace --html out.html`: the recorded trace as one self-contained page (no network,
//! no build step). The data goes in as one JSON object; the page's script works out, once, for
//! every step the frames under it, their locals and the state of every specialisable site, so
//! stepping forward and back is a lookup and a page of 100,000 steps stays quick.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::interp::trace::Recording;

/// The page for `recording`; `title` names the program.
pub fn page(recording: &Recording, title: &str) -> String {
    let mut data = String::from("{\"codes\": [");
    let mut files: BTreeMap<String, Option<String>> = BTreeMap::new();
    for (i, code) in recording.codes.iter().enumerate() {
        if i > 0 {
            data.push_str(",\n");
        }
        let rows: Vec<String> = super::dis::instruction_rows(code)
            .into_iter()
            .map(|(offset, line, text)| {
                format!("[{offset}, {}, {}]", line.map_or("null".to_string(), |l| l.to_string()), json(&text))
            })
            .collect();
        let _ = write!(
            data,
            "{{\"qualname\": {}, \"file\": {}, \"rows\": [{}]}}",
            json(&code.qualname),
            json(&code.filename),
            rows.join(", ")
        );
        files.entry(code.filename.to_string()).or_insert_with(|| source_of(&code.filename));
    }
    data.push_str("],\n\"sources\": {");
    let sources: Vec<String> = files
        .iter()
        .filter_map(|(file, text)| text.as_ref().map(|t| format!("{}: {}", json(file), json(t))))
        .collect();
    data.push_str(&sources.join(",\n"));
    let first: Vec<String> = recording.first_events.iter().map(|e| json(e)).collect();
    let _ = write!(data, "}},\n\"first\": [{}],\n\"steps\": [", first.join(", "));
    for (i, step) in recording.steps.iter().enumerate() {
        if i > 0 {
            data.push_str(",\n");
        }
        let events: Vec<String> = step.events.iter().map(|e| json(e)).collect();
        let _ = write!(
            data,
            "[{}, {}, {}, {}, {}, {}, {}, [{}]]",
            step.depth,
            step.code,
            step.offset,
            step.line.map_or("null".to_string(), |l| l.to_string()),
            json(&step.instr),
            json(&step.stack),
            step.locals.as_deref().map_or("null".to_string(), json),
            events.join(", ")
        );
    }
    data.push_str("]}");
    // `</` inside a script element would end it early.
    let data = data.replace("</", "<\\/");
    TEMPLATE.replace("{{TITLE}}", &html_escape(title)).replace("{{DATA}}", &data)
}

/// The program's source when it can be read (a code object's file name is as the compiler
/// was given it, so relative to where it was compiled).
fn source_of(file: &str) -> Option<String> {
    if file.starts_with('<') {
        return None;
    }
    std::fs::read_to_string(file).ok()
}

fn json(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

const TEMPLATE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>minivm trace: {{TITLE}}</title>
<style>
  body { font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 0; color: #1d1d1f; }
  header { padding: 8px 12px; background: #f2f2f5; border-bottom: 1px solid #ccc; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
  header h1 { font-size: 14px; margin: 0 12px 0 0; }
  button { font: inherit; padding: 2px 8px; }
  #instr { font-weight: bold; }
  main { display: grid; grid-template-columns: 1fr 1.2fr 1fr; gap: 0; height: calc(100vh - 190px); }
  section { overflow: auto; border-right: 1px solid #ddd; padding: 4px 8px; }
  section h2 { font-size: 12px; text-transform: uppercase; color: #666; margin: 4px 0; }
  .row { white-space: pre; padding: 0 4px; }
  .row.current { background: #ffe58a; }
  .lineno { color: #999; display: inline-block; width: 4em; }
  .site { display: inline-block; width: 16em; font-size: 11px; overflow: hidden; vertical-align: bottom; }
  .generic { color: #999; } .specialised { color: #0a7d2c; } .missing { color: #b3261e; }
  .frame { border: 1px solid #ddd; margin: 4px 0; padding: 4px; }
  .frame.top { border-color: #d9a400; }
  .frame .where { font-weight: bold; }
  #timeline { height: 150px; overflow: auto; border-top: 1px solid #ccc; padding: 4px 12px; }
  .event { white-space: pre; cursor: pointer; }
  .event.here { background: #e6f0ff; }
</style>
</head>
<body>
<header>
  <h1>minivm trace: {{TITLE}}</h1>
  <button id="first" title="first step (Home)">|&#x25C0;</button>
  <button id="prev" title="step back (&larr; or k)">&#x25C0;</button>
  <button id="next" title="step forward (&rarr; or j)">&#x25B6;</button>
  <button id="last" title="last step (End)">&#x25B6;|</button>
  <span>step <input id="goto" size="7" value="1"> of <span id="count"></span></span>
  <span>depth <span id="depth"></span></span>
  <span id="where"></span>
  <span>line <span id="line"></span></span>
  <span id="instr"></span>
</header>
<main>
  <section id="source-panel"><h2>source <span id="source-file"></span></h2><div id="source"></div></section>
  <section id="dis-panel"><h2>bytecode of <span id="code-name"></span> (site state: generic, specialised, missing)</h2><div id="dis"></div></section>
  <section id="frames-panel"><h2>frames (innermost first): stack after the step, locals</h2><div id="frames"></div></section>
</main>
<div id="timeline"></div>
<script>
const TRACE = {{DATA}};
const steps = TRACE.steps;
const n = steps.length;
const D = 0, CODE = 1, OFF = 2, LINE = 3, INSTR = 4, STACK = 5, LOCALS = 6, EVENTS = 7;

// Worked out once: the step of each frame's caller, the step that holds each frame's
// locals, and every site's specialisation history.
const caller = new Int32Array(n).fill(-1);
const localsAt = new Int32Array(n).fill(-1);
const lastAt = [];
const snapAt = [];
const sites = new Map();
const timeline = [];
TRACE.first.forEach(text => timeline.push([0, text]));
for (let i = 0; i < n; i++) {
  const s = steps[i], d = s[D];
  caller[i] = d > 0 && lastAt[d - 1] !== undefined ? lastAt[d - 1] : -1;
  lastAt[d] = i;
  lastAt.length = d + 1;
  if (s[LOCALS] !== null) snapAt[d] = i;
  localsAt[i] = snapAt[d] !== undefined ? snapAt[d] : -1;
  for (const e of s[EVENTS]) {
    timeline.push([i, e]);
    const m = /^~ (specialise|re-specialise|miss|deopt|specialisation failed) ([A-Z][A-Z0-9_]*)(?: -> ([A-Z][A-Z0-9_]*))?/.exec(e);
    if (m) {
      const key = s[CODE] + ":" + s[OFF];
      if (!sites.has(key)) sites.set(key, []);
      const kind = m[1];
      const state = kind === "miss" ? "missing" : (kind === "deopt" || kind === "specialisation failed") ? "generic" : "specialised";
      sites.get(key).push([i, state, m[3] || m[2]]);
    }
  }
}
const eventIndexOfStep = [];
timeline.forEach(([step], k) => { if (eventIndexOfStep[step] === undefined) eventIndexOfStep[step] = k; });

function siteState(code, offset, i) {
  const history = sites.get(code + ":" + offset);
  if (!history) return null;
  let lo = 0, hi = history.length - 1, found = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (history[mid][0] <= i) { found = history[mid]; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

const $ = id => document.getElementById(id);
let current = 0, shownCode = -1, shownFile = null;

function text(el, value) { el.textContent = value; }

function renderDis(code, i, offset) {
  const dis = $("dis");
  if (shownCode !== code) {
    dis.innerHTML = "";
    for (const [off, line, t] of TRACE.codes[code].rows) {
      const row = document.createElement("div");
      row.className = "row";
      row.dataset.offset = off;
      row.innerHTML = '<span class="site"></span><span class="lineno"></span>';
      row.children[1].textContent = line === null ? "" : line;
      row.appendChild(document.createTextNode(String(off).padStart(5) + " " + t));
      dis.appendChild(row);
    }
    shownCode = code;
    text($("code-name"), TRACE.codes[code].qualname);
  }
  for (const row of dis.children) {
    const off = Number(row.dataset.offset);
    const state = siteState(code, off, i);
    const badge = row.children[0];
    badge.className = "site " + (state ? state[1] : "");
    badge.textContent = state ? (state[1] === "generic" ? "generic" : state[2] + (state[1] === "missing" ? " (miss)" : "")) : "";
    badge.title = state ? state[1] + ": " + state[2] : "";
    const here = off === offset;
    row.classList.toggle("current", here);
    if (here) row.scrollIntoView({ block: "nearest" });
  }
}

function renderSource(code, line) {
  const file = TRACE.codes[code].file;
  const src = $("source");
  if (shownFile !== file) {
    src.innerHTML = "";
    text($("source-file"), file);
    const body = TRACE.sources[file];
    if (body === undefined) {
      src.textContent = "(source not readable when the trace was made)";
    } else {
      body.split("\n").forEach((t, k) => {
        const row = document.createElement("div");
        row.className = "row";
        row.dataset.line = k + 1;
        row.innerHTML = '<span class="lineno"></span>';
        row.children[0].textContent = k + 1;
        row.appendChild(document.createTextNode(t));
        src.appendChild(row);
      });
    }
    shownFile = file;
  }
  for (const row of src.children) {
    const here = Number(row.dataset.line) === line;
    row.classList.toggle("current", here);
    if (here) row.scrollIntoView({ block: "nearest" });
  }
}

function renderFrames(i) {
  const frames = $("frames");
  frames.innerHTML = "";
  for (let k = i, top = true; k >= 0; k = caller[k], top = false) {
    const s = steps[k];
    const box = document.createElement("div");
    box.className = "frame" + (top ? " top" : "");
    const where = document.createElement("div");
    where.className = "where";
    where.textContent = "depth " + s[D] + "  " + TRACE.codes[s[CODE]].qualname + "  offset " + s[OFF] + (s[LINE] === null ? "" : "  line " + s[LINE]);
    const stack = document.createElement("div");
    stack.className = "stack";
    stack.textContent = "stack " + s[STACK];
    if (top) stack.id = "stack";
    const locals = document.createElement("div");
    locals.className = "locals";
    locals.textContent = "locals " + (localsAt[k] >= 0 ? steps[localsAt[k]][LOCALS] : "");
    if (top) locals.id = "locals";
    box.append(where, stack, locals);
    frames.appendChild(box);
  }
}

function renderTimeline(i) {
  const box = $("timeline");
  box.innerHTML = "";
  let at = 0;
  for (let k = i; k >= 0; k--) { if (eventIndexOfStep[k] !== undefined) { at = eventIndexOfStep[k]; break; } }
  const from = Math.max(0, at - 40), to = Math.min(timeline.length, at + 60);
  for (let k = from; k < to; k++) {
    const [step, t] = timeline[k];
    const row = document.createElement("div");
    row.className = "event" + (step === i ? " here" : "");
    row.dataset.step = step;
    row.textContent = "step " + String(step + 1).padStart(6) + "  " + t;
    row.addEventListener("click", () => go(step));
    box.appendChild(row);
  }
}

function go(i) {
  if (n === 0) return;
  current = Math.max(0, Math.min(n - 1, i));
  const s = steps[current];
  $("goto").value = current + 1;
  text($("depth"), s[D]);
  text($("where"), TRACE.codes[s[CODE]].qualname + " offset " + s[OFF]);
  text($("line"), s[LINE] === null ? "-" : s[LINE]);
  text($("instr"), s[INSTR]);
  renderSource(s[CODE], s[LINE]);
  renderDis(s[CODE], current, s[OFF]);
  renderFrames(current);
  renderTimeline(current);
  document.body.dataset.step = current + 1;
}

text($("count"), n);
$("first").onclick = () => go(0);
$("prev").onclick = () => go(current - 1);
$("next").onclick = () => go(current + 1);
$("last").onclick = () => go(n - 1);
$("goto").addEventListener("change", e => go(Number(e.target.value) - 1));
document.addEventListener("keydown", e => {
  if (e.target.id === "goto") return;
  if (e.key === "ArrowRight" || e.key === "j") go(current + 1);
  else if (e.key === "ArrowLeft" || e.key === "k") go(current - 1);
  else if (e.key === "Home") go(0);
  else if (e.key === "End") go(n - 1);
  else return;
  e.preventDefault();
});
go(0);
</script>
</body>
</html>
"#;
