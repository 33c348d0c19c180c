//! Agenda for Change pay bands, which some routes are open by (a leadership scholarship for
//! band 7 and above). Bands and career levels are different scales: a band 7 ward manager is
//! at career level 6, a band 7 trainee advanced clinical practitioner at career level 7. A
//! role's usual bands are in its name ("…, pay band 6 or 7").

use std::fmt;

/// A pay band: 1 to 9, with 8a to 8d within band 8. Ordered from lowest to highest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PayBand {
    number: u8,
    /// 0 for none, 1 to 4 for a to d (band 8 only).
    step: u8,
}

impl PayBand {
    /// "7" or "8a"; `None` for anything that is not an Agenda for Change band.
    pub fn parse(text: &str) -> Option<PayBand> {
        let text = text.trim();
        let (number, step) = match text.strip_prefix('8') {
            Some(letter @ ("a" | "b" | "c" | "d")) => (8, 1 + letter.as_bytes()[0] - b'a'),
            _ => (text.parse::<u8>().ok()?, 0),
        };
        (1..=9)
            .contains(&number)
            .then_some(PayBand { number, step })
    }
}

impl fmt::Display for PayBand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.step {
            0 => write!(f, "{}", self.number),
            s => write!(f, "{}{}", self.number, char::from(b'a' + s - 1)),
        }
    }
}

/// The bands a role's name gives, lowest first: "Mental health ward or team manager, pay band
/// 6 or 7" gives 6 and 7, "band 9 or director pay" gives 9. Empty when the name gives none.
pub fn bands_in_name(name: &str) -> Vec<PayBand> {
    let Some((_, bands)) = name.rsplit_once("band ") else {
        return Vec::new();
    };
    let mut found: Vec<PayBand> = bands
        .split(" or ")
        .flat_map(|b| b.split(", "))
        .filter_map(PayBand::parse)
        .collect();
    found.sort();
    found
}

/// Whether someone in a role usually paid at `bands` can take a route open from band `from`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BandFit {
    /// Every band the role is paid at is `from` or above (or the route names no band).
    Eligible,
    /// Some posts in the role are paid at `from` or above, others below: it depends on the post.
    Depends,
    /// Every band the role is paid at is below `from`.
    Below,
}

/// How a role paid at `bands` fits a route open from band `from` (`None`: open at any band).
/// A role whose name gives no band is not held back by one.
pub fn band_fit(bands: &[PayBand], from: Option<PayBand>) -> BandFit {
    let Some(from) = from else {
        return BandFit::Eligible;
    };
    match (bands.iter().min(), bands.iter().max()) {
        (Some(&low), _) if low >= from => BandFit::Eligible,
        (_, Some(&high)) if high >= from => BandFit::Depends,
        (Some(_), _) => BandFit::Below,
        _ => BandFit::Eligible,
    }
}
