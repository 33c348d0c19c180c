//! The plain first screen written into index.html at build time (`ui::first_screen`).

mod common;

use common::{small_with, SMALL};
use stepwise::domain::framework::content::parse;
use stepwise::ui::first_screen::html;

#[test]
fn the_first_screen_offers_every_role_under_the_apps_own_heading() {
    let framework = parse(SMALL).expect("parses");
    let page = html(&framework);
    assert!(page.contains("<h1 class=\"app-header__title\">Test framework: self-assessment</h1>"));
    assert!(page.contains(
        "<label class=\"app-field__label\" for=\"current-level\">Your current role</label>"
    ));
    for level in &framework.levels {
        assert!(
            page.contains(&format!("<option value=\"{}\">", level.id.as_str())),
            "{} is offered",
            level.id.as_str()
        );
    }
    assert!(page.contains("data-first-screen=\"test\""));
}

#[test]
fn text_from_the_framework_is_written_as_text_not_markup() {
    let framework = parse(&small_with(
        "title = \"Test framework\"",
        "title = \"Test <script>alert(1)</script> & \\\"co\\\"\"",
    ))
    .expect("parses");
    let page = html(&framework);
    assert!(!page.contains("<script>"));
    assert!(page.contains(
        "Test &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;: self-assessment"
    ));
}
