use crate::domain::embedding::settings::Settings;
use crate::ui::context::use_model;
use crate::ui::hooks::use_host_messages;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HostMessagesProps {
    pub settings: Settings,
}

/// The conversation with the host page (`postMessage`), drawing nothing. The full module
/// has it (through `Extras`); the rating page's module runs only on Stepwise's own page,
/// where there is no host to talk to, and is smaller without it.
#[function_component]
pub fn HostMessages(props: &HostMessagesProps) -> Html {
    let model = use_model();
    use_host_messages(&model, &props.settings);
    Html::default()
}
