//! A small reader for the subset of TOML that framework files use, with the line of every
//! value kept so that problems can be reported where they are.
//!
//! Supported: comments; `[table]` and `[[array.of.tables]]` headers with one-part names;
//! `key = value` with bare or quoted keys; basic, literal and multi-line strings; integers;
//! booleans; arrays of these, over several lines if need be. Anything else (floats, dates,
//! inline tables, dotted keys) is reported as not supported, with its line. A full TOML
//! library would have tripled the size of the app for features content does not need.

use std::fmt;

/// A value and the line (1-based) it starts on.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned {
    pub line: usize,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Str(String),
    Int(i64),
    Bool(bool),
    Array(Vec<Spanned>),
    Table(Table),
}

impl Value {
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Str(_) => "text",
            Value::Int(_) => "a whole number",
            Value::Bool(_) => "true or false",
            Value::Array(_) => "a list",
            Value::Table(_) => "a table",
        }
    }
}

/// Keys and values in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub line: usize,
    pub entries: Vec<(String, Spanned)>,
}

impl Table {
    pub fn get(&self, key: &str) -> Option<&Spanned> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

/// A syntax error and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

struct Parser<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    line: usize,
}

type Res<T> = Result<T, SyntaxError>;

/// Parses a document into its root table.
pub fn parse(text: &str) -> Res<Table> {
    let mut p = Parser {
        src: text.as_bytes(),
        text,
        pos: 0,
        line: 1,
    };
    p.document()
}

/// Where the next `key = value` lines go.
enum Target {
    Root,
    Table(usize),
    ArrayItem(usize),
}

impl<'a> Parser<'a> {
    fn err<T>(&self, message: impl Into<String>) -> Res<T> {
        Err(SyntaxError {
            line: self.line,
            message: message.into(),
        })
    }

    fn err_at<T>(line: usize, message: String) -> Res<T> {
        Err(SyntaxError { line, message })
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn starts_with(&self, s: &str) -> bool {
        self.src[self.pos..].starts_with(s.as_bytes())
    }

    fn bump(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.pos += 1;
        if c == b'\n' {
            self.line += 1;
        }
        Some(c)
    }

    /// Skips spaces and tabs, and a comment to the end of the line.
    fn skip_inline(&mut self) {
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' => self.pos += 1,
                b'#' => {
                    while !matches!(self.peek(), None | Some(b'\n')) {
                        self.pos += 1;
                    }
                }
                _ => break,
            }
        }
    }

    /// Skips blank lines and comments, including newlines.
    fn skip_all(&mut self) {
        loop {
            self.skip_inline();
            match self.peek() {
                Some(b'\n') => {
                    self.bump();
                }
                Some(b'\r') if self.src.get(self.pos + 1) == Some(&b'\n') => {
                    self.pos += 1;
                }
                _ => break,
            }
        }
    }

    fn end_of_line(&mut self) -> Res<()> {
        self.skip_inline();
        match self.peek() {
            None => Ok(()),
            Some(b'\n') => {
                self.bump();
                Ok(())
            }
            Some(b'\r') if self.src.get(self.pos + 1) == Some(&b'\n') => {
                self.pos += 1;
                self.bump();
                Ok(())
            }
            Some(_) => self.err("expected the end of the line; put each setting on its own line"),
        }
    }

    fn document(&mut self) -> Res<Table> {
        let mut root = Table {
            line: 1,
            entries: Vec::new(),
        };
        let mut target = Target::Root;
        loop {
            self.skip_all();
            let Some(c) = self.peek() else { break };
            if c == b'[' {
                target = self.header(&mut root)?;
            } else {
                let line = self.line;
                let key = self.key()?;
                self.skip_inline();
                if self.peek() != Some(b'=') {
                    return self.err(format!("expected = after the key \"{key}\""));
                }
                self.pos += 1;
                self.skip_inline();
                let value = self.value()?;
                self.end_of_line()?;
                let Some(table) = target_table(&mut root, &target) else {
                    return self.err("a setting comes before any table header");
                };
                if table.get(&key).is_some() {
                    return Err(SyntaxError {
                        line,
                        message: format!("the key \"{key}\" is set twice in the same table"),
                    });
                }
                table.entries.push((key, Spanned { line, value }));
            }
        }
        Ok(root)
    }

    fn header(&mut self, root: &mut Table) -> Res<Target> {
        let line = self.line;
        let array = self.starts_with("[[");
        self.pos += if array { 2 } else { 1 };
        self.skip_inline();
        let name = self.key()?;
        self.skip_inline();
        if self.peek() == Some(b'.') {
            return self.err("dotted table names are not supported in framework files");
        }
        let close = if array { "]]" } else { "]" };
        if !self.starts_with(close) {
            return self.err(format!(
                "expected {close} to close the table name \"{name}\""
            ));
        }
        self.pos += close.len();
        self.end_of_line()?;
        let new_table = || Spanned {
            line,
            value: Value::Table(Table {
                line,
                entries: Vec::new(),
            }),
        };
        let found = root.entries.iter().position(|(k, _)| *k == name);
        match (array, found) {
            (false, None) => {
                root.entries.push((name, new_table()));
                Ok(Target::Table(root.entries.len() - 1))
            }
            (true, None) => {
                root.entries.push((
                    name,
                    Spanned {
                        line,
                        value: Value::Array(vec![new_table()]),
                    },
                ));
                Ok(Target::ArrayItem(root.entries.len() - 1))
            }
            (true, Some(i)) => match &mut root.entries[i].1.value {
                Value::Array(items) if items.iter().all(|s| matches!(s.value, Value::Table(_))) => {
                    items.push(new_table());
                    Ok(Target::ArrayItem(i))
                }
                _ => Self::err_at(
                    line,
                    format!("[[{name}]] clashes with an earlier \"{name}\" that is not a list of tables"),
                ),
            },
            (false, Some(_)) => Self::err_at(line, format!("the table [{name}] is defined twice")),
        }
    }

    fn key(&mut self) -> Res<String> {
        match self.peek() {
            Some(b'"') => self.basic_string(),
            Some(b'\'') => self.literal_string(),
            _ => {
                let start = self.pos;
                while let Some(c) = self.peek() {
                    if c.is_ascii_alphanumeric() || c == b'_' || c == b'-' {
                        self.pos += 1;
                    } else {
                        break;
                    }
                }
                if start == self.pos {
                    return self.err("expected a name (letters, digits, _ or -)");
                }
                Ok(self.text[start..self.pos].to_string())
            }
        }
    }

    fn value(&mut self) -> Res<Value> {
        match self.peek() {
            Some(b'"') if self.starts_with("\"\"\"") => self.multiline_basic().map(Value::Str),
            Some(b'\'') if self.starts_with("'''") => self.multiline_literal().map(Value::Str),
            Some(b'"') => self.basic_string().map(Value::Str),
            Some(b'\'') => self.literal_string().map(Value::Str),
            Some(b'[') => self.array(),
            Some(b'{') => self.err("inline tables { ... } are not supported in framework files"),
            Some(b't') if self.starts_with("true") => {
                self.pos += 4;
                Ok(Value::Bool(true))
            }
            Some(b'f') if self.starts_with("false") => {
                self.pos += 5;
                Ok(Value::Bool(false))
            }
            Some(c) if c.is_ascii_digit() || c == b'-' || c == b'+' => self.integer(),
            Some(b'\n') | None => self.err("a value is missing after ="),
            Some(_) => {
                self.err("expected a value: text in quotes, a number, true, false or a list in [ ]")
            }
        }
    }

    fn integer(&mut self) -> Res<Value> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c.is_ascii_alphanumeric() || matches!(c, b'-' | b'+' | b'_' | b'.' | b':') {
                self.pos += 1;
            } else {
                break;
            }
        }
        let raw: String = self.text[start..self.pos]
            .chars()
            .filter(|&c| c != '_')
            .collect();
        match raw.parse::<i64>() {
            Ok(n) => Ok(Value::Int(n)),
            Err(_) => self.err(format!(
                "\"{}\" is not a whole number; decimals and dates are not supported here",
                &self.text[start..self.pos]
            )),
        }
    }

    fn array(&mut self) -> Res<Value> {
        self.pos += 1; // [
        let mut items = Vec::new();
        loop {
            self.skip_all();
            if self.peek() == Some(b']') {
                self.pos += 1;
                return Ok(Value::Array(items));
            }
            let line = self.line;
            let value = self.value()?;
            items.push(Spanned { line, value });
            self.skip_all();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {}
                None => return self.err("the list is not closed with ]"),
                Some(_) => return self.err("expected , or ] in the list"),
            }
        }
    }

    fn literal_string(&mut self) -> Res<String> {
        self.pos += 1;
        let start = self.pos;
        loop {
            match self.peek() {
                Some(b'\'') => break,
                None | Some(b'\n') => return self.err("the text is not closed with '"),
                Some(_) => self.pos += 1,
            }
        }
        let s = self.text[start..self.pos].to_string();
        self.pos += 1;
        Ok(s)
    }

    fn multiline_literal(&mut self) -> Res<String> {
        self.pos += 3;
        self.skip_first_newline();
        let start = self.pos;
        while !self.starts_with("'''") {
            if self.bump().is_none() {
                return self.err("the text is not closed with '''");
            }
        }
        let s = self.text[start..self.pos].to_string();
        self.pos += 3;
        Ok(s)
    }

    fn skip_first_newline(&mut self) {
        if self.starts_with("\r\n") {
            self.pos += 1;
        }
        if self.peek() == Some(b'\n') {
            self.bump();
        }
    }

    fn basic_string(&mut self) -> Res<String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            while !matches!(self.peek(), None | Some(b'"' | b'\\' | b'\n')) {
                self.pos += 1;
            }
            out.push_str(&self.text[start..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => out.push(self.escape()?),
                _ => return self.err("the text is not closed with \" on the same line (use \"\"\" for text over several lines)"),
            }
        }
    }

    fn multiline_basic(&mut self) -> Res<String> {
        self.pos += 3;
        self.skip_first_newline();
        let mut out = String::new();
        loop {
            if self.starts_with("\"\"\"") {
                self.pos += 3;
                return Ok(out);
            }
            match self.peek() {
                None => return self.err("the text is not closed with \"\"\""),
                Some(b'\\') => {
                    // A backslash at the end of a line joins it to the next.
                    let after = self.pos + 1;
                    let rest = &self.text[after..];
                    let trimmed = rest.trim_start_matches([' ', '\t', '\r']);
                    if trimmed.starts_with('\n') {
                        self.pos = after;
                        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
                            self.bump();
                        }
                    } else {
                        out.push(self.escape()?);
                    }
                }
                Some(_) => {
                    let start = self.pos;
                    self.bump();
                    while self.peek().is_some_and(|c| (0x80..0xC0).contains(&c)) {
                        self.pos += 1;
                    }
                    out.push_str(&self.text[start..self.pos]);
                }
            }
        }
    }

    fn escape(&mut self) -> Res<char> {
        self.pos += 1; // backslash
        let c = self.peek();
        self.pos += 1;
        Ok(match c {
            Some(b'n') => '\n',
            Some(b't') => '\t',
            Some(b'r') => '\r',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'u') => return self.unicode(4),
            Some(b'U') => return self.unicode(8),
            _ => return self.err("unknown escape after \\; write \\\\ for a backslash"),
        })
    }

    fn unicode(&mut self, digits: usize) -> Res<char> {
        let hex = self.text.get(self.pos..self.pos + digits).unwrap_or("");
        let c = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
        match c {
            Some(c) if hex.len() == digits => {
                self.pos += digits;
                Ok(c)
            }
            _ => self.err("\\u needs 4 (or \\U 8) hex digits naming a valid character"),
        }
    }
}

/// The table `key = value` lines currently go into.
fn target_table<'t>(root: &'t mut Table, target: &Target) -> Option<&'t mut Table> {
    match target {
        Target::Root => Some(root),
        Target::Table(i) => match &mut root.entries.get_mut(*i)?.1.value {
            Value::Table(t) => Some(t),
            _ => None,
        },
        Target::ArrayItem(i) => match &mut root.entries.get_mut(*i)?.1.value {
            Value::Array(items) => match &mut items.last_mut()?.value {
                Value::Table(t) => Some(t),
                _ => None,
            },
            _ => None,
        },
    }
}
