//! A minimal Yew counter, built exactly as Stepwise's release is, so `scripts/bench` can
//! compare first-usable-control times against the smallest Yew app there is.
//! `cargo build --release --target wasm32-unknown-unknown --example counter`.

use yew::prelude::*;

#[function_component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Counter" }</h1>
            <p>{ format!("Count: {}", *count) }</p>
            <button type="button" {onclick}>{ "Add one" }</button>
        </main>
    }
}

fn main() {
    // The page has a #counter element; without one there is nothing to mount on.
    if let Some(root) = web_sys_root() {
        yew::Renderer::<Counter>::with_root(root).render();
    }
}

fn web_sys_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("counter")
}
