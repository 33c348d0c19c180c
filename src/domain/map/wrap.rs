//! Words broken into lines for a picture, where text does not wrap by itself.

/// `text` in lines of at most `width` characters, broken between words; a word longer than
/// a line is broken within it. Linear in the length of `text`.
pub fn lines(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let all: Vec<char> = word.chars().collect();
        let mut chars: &[char] = &all;
        if chars.len() > width {
            if len > 0 {
                out.push(std::mem::take(&mut line));
                len = 0;
            }
            while chars.len() > width {
                out.push(chars[..width].iter().collect());
                chars = &chars[width..];
            }
        }
        let n = chars.len();
        if n == 0 {
            continue;
        }
        if len > 0 && len + 1 + n > width {
            out.push(std::mem::take(&mut line));
            len = 0;
        }
        if len > 0 {
            line.push(' ');
            len += 1;
        }
        line.extend(chars.iter());
        len += n;
    }
    if len > 0 {
        out.push(line);
    }
    out
}
