//! The team view's filters: which people are shown, and whether the figures count only what
//! a supervisor confirmed; and what the view works out again when one changes.

use super::team_files::thousands;
use super::team_heat::filter_menu;
use crate::domain::records::team::{self, training_needs, training_needs_of, Need};
use crate::domain::{Framework, LevelId, RouteId};
use crate::ui::context::Headings;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The filters in force.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    pub level: Option<u8>,
    pub role: Option<LevelId>,
    pub route: Option<RouteId>,
    /// Only what a supervisor confirmed: people whose report carries a review of them, with
    /// figures counting only competences met by the supervisor's rating.
    pub confirmed: bool,
}

impl Filters {
    fn any(&self) -> bool {
        self.level.is_some() || self.role.is_some() || self.route.is_some() || self.confirmed
    }
}

/// The people shown under the filters, the needs of everyone and of those shown.
pub struct Derived {
    /// How many members there were, so a load in progress shows the team as it was.
    pub count: usize,
    pub shown: Vec<usize>,
    pub needs_all: Vec<Need>,
    /// The needs of those shown, when a filter leaves some out.
    pub needs_shown: Option<Vec<Need>>,
    /// People whose reports were made with another version of the framework, and it.
    pub versions: Vec<(String, String)>,
    /// How many people's reports carry a supervisor's review of them.
    pub reviewed: usize,
}

pub fn derive(fw: &Framework, team: &team::Team, f: &Filters) -> Derived {
    let shown: Vec<usize> = (0..team.members.len())
        .filter(|&i| {
            let m = &team.members[i];
            let current = m
                .report
                .assessment
                .current
                .as_ref()
                .and_then(|l| fw.level(l));
            f.level
                .is_none_or(|n| current.is_some_and(|l| l.career_level == n))
                && f.role
                    .as_ref()
                    .is_none_or(|r| current.is_some_and(|l| &l.id == r))
                && f.route.as_ref().is_none_or(|r| m.helped_by(r))
                && (!f.confirmed || m.confirmed.is_some())
        })
        .collect();
    let needs_all = training_needs(fw, team.members.iter().enumerate());
    // Unfiltered, the needs of everyone shown are the needs already worked out.
    let needs_shown = f.any().then(|| {
        training_needs_of(
            fw,
            shown.iter().map(|&i| (i, &team.members[i])),
            f.confirmed,
        )
    });
    let versions = team
        .members
        .iter()
        .filter(|m| m.report.version_notice.is_some())
        .map(|m| (m.name.clone(), m.report.framework_version.clone()))
        .collect();
    Derived {
        count: team.members.len(),
        shown,
        needs_all,
        needs_shown,
        versions,
        reviewed: team
            .members
            .iter()
            .filter(|m| m.confirmed.is_some())
            .count(),
    }
}

/// The filters section: career level, role, route, and only what a supervisor confirmed.
pub fn filters_section(
    fw: &Framework,
    derived: &Derived,
    filters: &UseStateHandle<Filters>,
    page: &UseStateHandle<usize>,
    h: Headings,
) -> Html {
    let mut career_levels: Vec<u8> = fw.levels.iter().map(|l| l.career_level).collect();
    career_levels.dedup();
    let set = |change: fn(&mut Filters, String)| {
        let (filters, page) = (filters.clone(), page.clone());
        Callback::from(move |e: Event| {
            page.set(0);
            let mut f = (*filters).clone();
            change(
                &mut f,
                e.target_unchecked_into::<HtmlSelectElement>().value(),
            );
            filters.set(f);
        })
    };
    let on_confirmed = {
        let (filters, page) = (filters.clone(), page.clone());
        Callback::from(move |e: Event| {
            page.set(0);
            let mut f = (*filters).clone();
            f.confirmed = e.target_unchecked_into::<HtmlInputElement>().checked();
            filters.set(f);
        })
    };
    let f = &**filters;
    let routes = derived
        .needs_all
        .iter()
        .filter_map(|n| fw.route(&n.route))
        .map(|r| (r.id.to_string(), r.title.clone()))
        .collect();
    html! {
        <section class="app-card" aria-labelledby="team-filters-heading">
            <@{h.tag(2)} id="team-filters-heading" class="app-card__title">{ "Filters" }</@>
            <div class="app-levels__fields">
                { filter_menu("team-level", "Career level", career_levels.iter().map(|n| (n.to_string(), format!("Career level {n}"))).collect(), f.level.map(|n| n.to_string()).unwrap_or_default(),
                    set(|f, v| f.level = v.parse().ok())) }
                { filter_menu("team-role", "Role", fw.levels.iter().map(|l| (l.id.to_string(), l.title())).collect(), f.role.as_ref().map(|l| l.to_string()).unwrap_or_default(),
                    set(|f, v| f.role = (!v.is_empty()).then(|| LevelId::new(v)))) }
                { filter_menu("team-route", "Would be helped by", routes, f.route.as_ref().map(|r| r.to_string()).unwrap_or_default(),
                    set(|f, v| f.route = (!v.is_empty()).then(|| RouteId::new(v)))) }
            </div>
            <div class="app-checkboxes__item">
                <input type="checkbox" id="team-confirmed" class="app-checkboxes__input" checked={f.confirmed}
                    aria-describedby="team-confirmed-hint" onchange={on_confirmed} />
                <label for="team-confirmed">{ "Only what a supervisor confirmed" }</label>
            </div>
            <p id="team-confirmed-hint" class="app-hint">{ format!(
                "{} of {} {} a supervisor's review. Signatures are not checked here: import the reviewed file to check it.",
                thousands(derived.reviewed), thousands(derived.count), crate::domain::words::pick(derived.count, "report carries", "reports carry")) }</p>
            <p role="status">{ format!("Showing {} of {} people.", thousands(derived.shown.len()), thousands(derived.count)) }
                if f.confirmed { { " Figures count only competences met by a supervisor's rating; people with no review are left out." } }
            </p>
        </section>
    }
}
