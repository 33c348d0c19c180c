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
