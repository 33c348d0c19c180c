//! What is kept or exchanged: saved progress and the store it lives in, snapshots, exported
//! reports, and many reports read together for a team.

pub mod history;
pub mod report;
pub mod review;
pub mod saved;
pub mod store;
pub mod team;
pub mod team_file;
pub mod team_needs;
pub mod team_review;

/// A file that checks itself: `{"kind":…,"format":…,"checksum":"fnv1a64:…","<member>":<body>}`,
/// the checksum over the exact text of `body` (a JSON object serde_json wrote). Reports and
/// review requests are written so.
pub(crate) fn sealed(kind: &str, format: i64, member: &str, body: String) -> String {
    use serde::ser::{SerializeMap, Serializer};
    let checksum = fnv1a(&body);
    let Ok(body) = serde_json::value::RawValue::from_string(body) else {
        return String::new();
    };
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::new(&mut out);
    // Text, a number and raw JSON always serialize, into memory.
    let written = ser.serialize_map(Some(4)).and_then(|mut map| {
        map.serialize_entry("kind", kind)?;
        map.serialize_entry("format", &format)?;
        map.serialize_entry("checksum", &checksum)?;
        map.serialize_entry(member, &body)?;
        map.end()
    });
    match written {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// FNV-1a, 64 bits, the checksum of reports and review requests: not a defence against
/// tampering, but it spots a damaged or hand-edited file, which is what the check is for.
pub(crate) fn fnv1a(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("fnv1a64:{hash:016x}")
}
