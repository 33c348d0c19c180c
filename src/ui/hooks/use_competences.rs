use crate::domain::framework::compact;
use crate::domain::LevelId;
use crate::ui::state::{Action, LeftOut, Model};
use std::rc::Rc;
use yew::prelude::*;

/// Fetches the complete framework whenever the model asks for the competences an outline
/// left out (see [`LeftOut`]), and hands it to the model.
#[hook]
pub fn use_competences(model: &UseReducerHandle<Model>, levels: &[LevelId]) {
    let loading = match &model.statements {
        LeftOut::Loading(url) => Some(url.clone()),
        _ => None,
    };
    let model = model.clone();
    let levels = levels.to_vec();
    use_effect_with(loading, move |loading| {
        if let Some(url) = loading.clone() {
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = crate::web::fetch_text(&url)
                    .await
                    .and_then(|text| compact::decode_for_rating(&text));
                model.dispatch(match fetched {
                    Ok(fw) => Action::Fetched(Rc::new(fw.restrict(&levels))),
                    Err(e) => Action::FetchFailed(e.to_string()),
                });
            });
        }
    });
}
