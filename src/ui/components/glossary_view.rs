use crate::domain::framework::glossary::{sorted, used_in};
use crate::ui::context::{use_headings, use_model};
use crate::ui::state::{Action, View};
use yew::prelude::*;

/// The framework's glossary: each term and what it means, in alphabetical order. Drawn by
/// the full module, reached from the foot of the page and from the gap report.
#[function_component]
pub fn GlossaryView() -> Html {
    let h = use_headings();
    let model = use_model();
    let heading = use_node_ref();
    // Opened by a button that has gone with the view it was in, or by a hand-over that
    // replaced the page's app: focus would be lost, so it comes to the heading. Focus
    // elsewhere (a host page's) stays where it is.
    crate::ui::hooks::use_focus_if_lost(&heading);
    let terms = sorted(&model.framework.glossary);
    html! {
        <section class="app-card app-glossary" aria-labelledby="glossary-title">
            <@{h.tag(2)} id="glossary-title" class="app-card__title" tabindex="-1" ref={heading}>{ "Glossary" }</@>
            if terms.is_empty() {
                <p>{ "This framework does not explain any terms." }</p>
            } else {
                <p class="app-hint">{ format!("Abbreviations and terms used in {}, in plain words.", model.framework.meta.title) }</p>
                <dl class="app-glossary__list">
                    { for terms.iter().map(|t| html! {
                        <>
                            <dt class="app-glossary__term">{ &t.term }</dt>
                            <dd class="app-glossary__meaning">{ &t.meaning }</dd>
                        </>
                    }) }
                </dl>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct GlossaryLinkProps {
    /// The text shown near the link, searched for terms the glossary explains.
    pub texts: Vec<String>,
}

/// "Terms used here: NMC, RQF." with a button to the glossary, when the text shown uses any
/// term it explains.
#[function_component]
pub fn GlossaryLink(props: &GlossaryLinkProps) -> Html {
    let model = use_model();
    let used = used_in(
        &model.framework.glossary,
        props.texts.iter().map(String::as_str),
    );
    if used.is_empty() {
        return Html::default();
    }
    let names: Vec<&str> = used.iter().map(|t| t.term.as_str()).collect();
    let onclick = {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| model.dispatch(Action::ShowView(View::Glossary)))
    };
    html! {
        <p class="app-hint app-no-print">
            { format!("Terms used here that the glossary explains: {}. ", names.join(", ")) }
            <button type="button" class="app-link-button" {onclick}>{ "See the glossary" }</button>
        </p>
    }
}
