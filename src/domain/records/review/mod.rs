//! Supervisor review by file, with no server.
//!
//! 1. The person downloads a **review request** ([`request`]): their ratings, notes and plan
//!    for the levels chosen (current role and aim), with a checksum.
//! 2. The supervisor opens it in their own browser, confirms each rating or gives their own
//!    with a comment, adds overall comments, agreed actions and a next review date, and signs
//!    with their name, role and date. Stepwise writes a **reviewed file** ([`signed`]): the
//!    review, and an ECDSA P-256 signature over its canonical bytes ([`signed::signed_bytes`]),
//!    made in the supervisor's browser (the signing itself is in `web::review_crypto`).
//! 3. The person imports the reviewed file ([`kept`]): it is checked completely, shown side
//!    by side with their own ratings, and once kept, the gap report and plan use the
//!    **confirmed view** ([`kept::confirmed_view`]). Reviews are kept as a history beside the
//!    progress; a later self-rating never replaces a supervisor's rating, and both are shown.

pub mod kept;
pub mod request;
pub mod signed;

/// Bytes as lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
}

/// Hex (either case) as bytes; `None` if it is not an even number of hex digits.
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    let digit = |c: u8| {
        char::from(c)
            .to_digit(16)
            .and_then(|d| u8::try_from(d).ok())
    };
    text.as_bytes()
        .chunks(2)
        .map(|pair| Some(digit(pair[0])? << 4 | digit(pair[1])?))
        .collect()
}

/// A fingerprint as people compare it: its first 16 hex digits in 4 groups of 4
/// ("3f2a 91bc 0d4e 77aa"). The whole fingerprint is in the file.
pub fn short_fingerprint(fingerprint: &str) -> String {
    let digits: Vec<char> = fingerprint.chars().take(16).collect();
    digits
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Names compared as people write them: spaces collapsed, case ignored.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    norm(a) == norm(b)
}
