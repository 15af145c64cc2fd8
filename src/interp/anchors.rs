//! Where the `~~~^^^~~~` markers go under a failing binary operation or subscript in a
//! traceback. CPython parses the failing expression's source segment into an AST and takes
//! the gap between the operands (`extract_anchors_from_expr` in `Python/traceback.c`); this
//! is a small expression parser that finds the same offsets.

/// The primary marker `~` covers the segment except `left_end..right_start` (in characters
/// from the segment's start), which gets the secondary `^`.
#[derive(Debug, PartialEq, Eq)]
pub struct Anchors {
    pub left_end: usize,
    pub right_start: usize,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Name(String),
    Number,
    Str,
    Op(String),
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

fn tokenize(chars: &[char]) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if matches!(c, ' ' | '\t' | '\x0c') {
            i += 1;
            continue;
        }
        if c == '#' {
            break;
        }
        let start = i;
        if c.is_alphabetic() || c == '_' {
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let is_prefix = word.len() <= 2 && word.chars().all(|c| "rRbBuUfF".contains(c));
            if is_prefix && i < chars.len() && (chars[i] == '\'' || chars[i] == '"') {
                let f = word.contains(['f', 'F']);
                i = skip_string(chars, i, f)?;
                out.push(Token { tok: Tok::Str, start, end: i });
            } else {
                out.push(Token { tok: Tok::Name(word), start, end: i });
            }
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())) {
            while i < chars.len() {
                let d = chars[i];
                let hex = chars[start..i].iter().any(|x| matches!(x, 'x' | 'X'));
                let exponent_sign = (d == '+' || d == '-') && matches!(chars[i - 1], 'e' | 'E') && !hex;
                if !(d.is_ascii_alphanumeric() || d == '_' || d == '.' || exponent_sign) {
                    break;
                }
                i += 1;
            }
            out.push(Token { tok: Tok::Number, start, end: i });
            continue;
        }
        if c == '\'' || c == '"' {
            i = skip_string(chars, i, false)?;
            out.push(Token { tok: Tok::Str, start, end: i });
            continue;
        }
        let three: String = chars[i..(i + 3).min(chars.len())].iter().collect();
        let two: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let op = if ["**=", "//=", ">>=", "<<=", "..."].contains(&three.as_str()) {
            three
        } else if [
            "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=", "+=", "-=", "*=", "/=", "%=", "&=",
            "|=", "^=", "@=",
        ]
        .contains(&two.as_str())
        {
            two
        } else if "+-*/%@&|^~<>()[]{},:.;=!".contains(c) {
            c.to_string()
        } else {
            return None;
        };
        i += op.chars().count();
        out.push(Token { tok: Tok::Op(op), start, end: i });
    }
    Some(out)
}

/// Skips a string literal starting at its opening quote; f-strings may nest quotes inside
/// their replacement fields (PEP 701).
fn skip_string(chars: &[char], at: usize, f: bool) -> Option<usize> {
    let q = chars[at];
    let triple = chars.get(at + 1) == Some(&q) && chars.get(at + 2) == Some(&q);
    let mut i = at + if triple { 3 } else { 1 };
    let mut depth = 0;
    while i < chars.len() {
        let c = chars[i];
        if depth > 0 {
            match c {
                '{' | '[' | '(' => depth += 1,
                '}' | ']' | ')' => depth -= 1,
                '\'' | '"' => {
                    i = skip_string(chars, i, false)?;
                    continue;
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        // A backslash escapes the next character even in a raw string's quoting.
        if c == '\\' {
            i += 2;
            continue;
        }
        if f && c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                i += 2;
                continue;
            }
            depth = 1;
            i += 1;
            continue;
        }
        if c == q {
            if !triple {
                return Some(i + 1);
            }
            if chars.get(i + 1) == Some(&q) && chars.get(i + 2) == Some(&q) {
                return Some(i + 3);
            }
        }
        i += 1;
    }
    None
}

/// A parsed expression: its span, and what the anchors need if it is a BinOp or Subscript.
#[derive(Clone, Debug)]
struct Node {
    start: usize,
    end: usize,
    kind: Kind,
}

#[derive(Clone, Debug)]
enum Kind {
    BinOp { left_end: usize, right_start: usize },
    Subscript { value_end: usize, slice_end: usize },
    Other,
}

struct Parser {
    toks: Vec<Token>,
    pos: usize,
}

/// Binary operators by precedence, loosest first.
const LEVELS: [&[&str]; 6] =
    [&["|"], &["^"], &["&"], &["<<", ">>"], &["+", "-"], &["*", "/", "//", "%", "@"]];

impl Parser {
    fn peek_op(&self) -> Option<&str> {
        match self.toks.get(self.pos) {
            Some(Token { tok: Tok::Op(o), .. }) => Some(o),
            _ => None,
        }
    }

    fn peek_name(&self) -> Option<&str> {
        match self.toks.get(self.pos) {
            Some(Token { tok: Tok::Name(n), .. }) => Some(n),
            _ => None,
        }
    }

    fn other(start: usize, end: usize) -> Node {
        Node { start, end, kind: Kind::Other }
    }

    /// A full expression: lambda, conditional, boolean and comparison levels.
    fn expr(&mut self) -> Option<Node> {
        if self.peek_name() == Some("lambda") {
            let start = self.toks[self.pos].start;
            while self.pos < self.toks.len() && self.peek_op() != Some(":") {
                self.pos += 1;
            }
            self.pos += 1;
            let body = self.expr()?;
            return Some(Self::other(start, body.end));
        }
        let first = self.or_test()?;
        if self.peek_name() == Some("if") {
            self.pos += 1;
            self.or_test()?;
            if self.peek_name() != Some("else") {
                return None;
            }
            self.pos += 1;
            let orelse = self.expr()?;
            return Some(Self::other(first.start, orelse.end));
        }
        Some(first)
    }

    fn or_test(&mut self) -> Option<Node> {
        let mut left = self.and_test()?;
        while self.peek_name() == Some("or") {
            self.pos += 1;
            let right = self.and_test()?;
            left = Self::other(left.start, right.end);
        }
        Some(left)
    }

    fn and_test(&mut self) -> Option<Node> {
        let mut left = self.not_test()?;
        while self.peek_name() == Some("and") {
            self.pos += 1;
            let right = self.not_test()?;
            left = Self::other(left.start, right.end);
        }
        Some(left)
    }

    fn not_test(&mut self) -> Option<Node> {
        if self.peek_name() == Some("not") {
            let start = self.toks[self.pos].start;
            self.pos += 1;
            let operand = self.not_test()?;
            return Some(Self::other(start, operand.end));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Option<Node> {
        let mut left = self.binary(0)?;
        loop {
            let is_cmp = matches!(self.peek_op(), Some("<" | ">" | "==" | ">=" | "<=" | "!="))
                || matches!(self.peek_name(), Some("in" | "is"))
                || (self.peek_name() == Some("not")
                    && matches!(self.toks.get(self.pos + 1), Some(Token { tok: Tok::Name(n), .. }) if n == "in"));
            if !is_cmp {
                return Some(left);
            }
            if self.peek_name() == Some("not") {
                self.pos += 1;
            }
            self.pos += 1;
            if self.peek_name() == Some("not") {
                self.pos += 1;
            }
            let right = self.binary(0)?;
            left = Self::other(left.start, right.end);
        }
    }

    fn binary(&mut self, level: usize) -> Option<Node> {
        if level == LEVELS.len() {
            return self.unary();
        }
        let mut left = self.binary(level + 1)?;
        while let Some(op) = self.peek_op() {
            if !LEVELS[level].contains(&op) {
                break;
            }
            self.pos += 1;
            let right = self.binary(level + 1)?;
            left = Node {
                start: left.start,
                end: right.end,
                kind: Kind::BinOp { left_end: left.end, right_start: right.start },
            };
        }
        Some(left)
    }

    fn unary(&mut self) -> Option<Node> {
        if matches!(self.peek_op(), Some("-" | "+" | "~")) {
            let start = self.toks[self.pos].start;
            self.pos += 1;
            let operand = self.unary()?;
            return Some(Self::other(start, operand.end));
        }
        self.power()
    }

    fn power(&mut self) -> Option<Node> {
        if self.peek_name() == Some("await") {
            let start = self.toks[self.pos].start;
            self.pos += 1;
            let operand = self.primary()?;
            return Some(Self::other(start, operand.end));
        }
        let base = self.primary()?;
        if self.peek_op() == Some("**") {
            self.pos += 1;
            let exp = self.unary()?;
            return Some(Node {
                start: base.start,
                end: exp.end,
                kind: Kind::BinOp { left_end: base.end, right_start: exp.start },
            });
        }
        Some(base)
    }

    /// Skips a bracketed group from its opening token; returns the closing token's index.
    fn skip_group(&mut self) -> Option<usize> {
        let mut depth = 0;
        while let Some(t) = self.toks.get(self.pos) {
            if let Tok::Op(o) = &t.tok {
                match o.as_str() {
                    "(" | "[" | "{" => depth += 1,
                    ")" | "]" | "}" => {
                        depth -= 1;
                        if depth == 0 {
                            let close = self.pos;
                            self.pos += 1;
                            return Some(close);
                        }
                    }
                    _ => {}
                }
            }
            self.pos += 1;
        }
        None
    }

    fn primary(&mut self) -> Option<Node> {
        let mut node = self.atom()?;
        loop {
            match self.peek_op() {
                Some(".") => {
                    self.pos += 1;
                    let Some(Token { tok: Tok::Name(_), end, .. }) = self.toks.get(self.pos).cloned() else {
                        return None;
                    };
                    self.pos += 1;
                    node = Self::other(node.start, end);
                }
                Some("(") => {
                    let close = self.skip_group()?;
                    node = Self::other(node.start, self.toks[close].end);
                }
                Some("[") => {
                    let open = self.pos;
                    let close = self.skip_group()?;
                    if close == open + 1 {
                        return None;
                    }
                    let slice_end = self.toks[close - 1].end;
                    node = Node {
                        start: node.start,
                        end: self.toks[close].end,
                        kind: Kind::Subscript { value_end: node.end, slice_end },
                    };
                }
                _ => return Some(node),
            }
        }
    }

    fn atom(&mut self) -> Option<Node> {
        let t = self.toks.get(self.pos)?.clone();
        match &t.tok {
            Tok::Name(n)
                if !matches!(n.as_str(), "if" | "else" | "and" | "or" | "not" | "in" | "is" | "lambda") =>
            {
                self.pos += 1;
                Some(Self::other(t.start, t.end))
            }
            Tok::Number => {
                self.pos += 1;
                Some(Self::other(t.start, t.end))
            }
            Tok::Str => {
                self.pos += 1;
                let mut end = t.end;
                while let Some(Token { tok: Tok::Str, end: e, .. }) = self.toks.get(self.pos) {
                    end = *e;
                    self.pos += 1;
                }
                Some(Self::other(t.start, end))
            }
            Tok::Op(o) if o == "(" => {
                // A parenthesised expression keeps its inner node; a tuple or generator spans the parens.
                let open = self.pos;
                let save = self.pos;
                self.pos += 1;
                if let Some(inner) = self.expr()
                    && self.peek_op() == Some(")")
                {
                    self.pos += 1;
                    return Some(inner);
                }
                self.pos = save;
                let close = self.skip_group()?;
                Some(Self::other(self.toks[open].start, self.toks[close].end))
            }
            Tok::Op(o) if o == "[" || o == "{" => {
                let open = self.pos;
                let close = self.skip_group()?;
                Some(Self::other(self.toks[open].start, self.toks[close].end))
            }
            Tok::Op(o) if o == "..." => {
                self.pos += 1;
                Some(Self::other(t.start, t.end))
            }
            _ => None,
        }
    }
}

/// The anchors for a failing expression's source segment, when it is one binary operation or
/// subscript; `None` otherwise (then the whole segment gets `^`).
pub fn find(segment: &str) -> Option<Anchors> {
    let chars: Vec<char> = segment.chars().collect();
    let toks = tokenize(&chars)?;
    let mut p = Parser { toks, pos: 0 };
    let node = p.expr()?;
    if p.pos != p.toks.len() {
        return None;
    }
    match node.kind {
        Kind::BinOp { left_end, right_start } => {
            // The operator: the first character after the left operand that is not space or
            // a closing parenthesis, and its second character if it has one.
            let mut i = left_end;
            while i < right_start {
                let c = chars[i];
                if matches!(c, ' ' | '\t' | '\x0c') {
                    i += 1;
                    continue;
                }
                let mut right = i + 1;
                if i + 1 < right_start && !matches!(chars[i + 1], ' ' | '\t' | '\x0c') {
                    right += 1;
                }
                if i + 1 < right_start && c == ')' {
                    i += 1;
                    continue;
                }
                return Some(Anchors { left_end: i, right_start: right });
            }
            None
        }
        Kind::Subscript { value_end, slice_end } => {
            Some(Anchors { left_end: value_end, right_start: slice_end + 1 })
        }
        Kind::Other => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(segment: &str) -> String {
        match find(segment) {
            None => "^".repeat(segment.chars().count()),
            Some(a) => (0..segment.chars().count())
                .map(|i| if a.left_end <= i && i < a.right_start { '^' } else { '~' })
                .collect(),
        }
    }

    #[test]
    fn binary_operations() {
        assert_eq!(marks("1/0"), "~^~");
        assert_eq!(marks("a + b * c"), "~~^~~~~~~");
        assert_eq!(marks("a * b + c"), "~~~~~~^~~");
        assert_eq!(marks("x // y"), "~~^^~~");
        assert_eq!(marks("(a + b) * c"), "~~~~~~~~^~~");
        assert_eq!(marks("a ** -b"), "~~^^~~~");
        assert_eq!(marks("f(x) + \"s\""), "~~~~~^~~~~");
    }

    #[test]
    fn subscripts_and_others() {
        assert_eq!(marks("d['k']"), "~^^^^^");
        assert_eq!(marks("x[1][2]"), "~~~~^^^");
        assert_eq!(marks("f(x)"), "^^^^");
        assert_eq!(marks("a < b"), "^^^^^");
        assert_eq!(marks("f\"{d['x']}\" + 1"), "~~~~~~~~~~~~^~~");
    }
}
