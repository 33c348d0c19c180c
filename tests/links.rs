//! Links in framework files: only `https://` or relative ones are shown, and any other is
//! refused when the file is read, with its line.

mod common;

use common::{issues, line_of, small_with};
use stepwise::domain::error::Problem;

/// A framework file can come from anyone: a link it gives is shown only if it is https:// or
/// relative to the app, and anything else is refused on load with its line.
#[test]
fn links_other_than_https_or_relative_are_refused_with_their_line() {
    let text = small_with(
        "source_url = \"https://example.org/supervision\"",
        "source_url = \"javascript:alert(document.domain)\"",
    ) + r#"
[[moves]]
from = "a"
to = "b"
kind = "up"
requires = "Experience."
link = " DATA:text/html,<script>alert(1)</script>"

[[links]]
title = "Jobs"
kind = "vacancies"
url = "http://jobs.example.org/"

[[links]]
title = "Fine"
kind = "careers"
url = "course/about.html"
"#;
    let found: Vec<_> = issues(&text)
        .into_iter()
        .filter(|i| matches!(i.problem, Problem::UnsafeLink { .. }))
        .collect();
    let fields: Vec<_> = found
        .iter()
        .map(|i| match &i.problem {
            Problem::UnsafeLink { field, .. } => (*field, i.line),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        fields,
        vec![
            ("source_url", line_of(&text, "id = \"supervision\"") - 1),
            ("link", line_of(&text, "[[moves]]")),
            ("url", line_of(&text, "title = \"Jobs\"") - 1),
        ]
    );
    assert!(found[0].to_string().contains("https://"));
}

#[test]
fn only_https_and_relative_links_are_safe_to_show() {
    use stepwise::domain::framework::safe_link;
    for ok in [
        "https://www.nmc.org.uk/",
        "HTTPS://example.org/a?b#c",
        "course/about.html",
        "/stepwise/about.html",
        "?page=2",
        "#top",
        "about.html?next=https://x",
    ] {
        assert_eq!(safe_link(ok), Some(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "\u{1}javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:msgbox",
        "http://example.org/",
        "https:example.org",
        "https:///evil",
        "//evil.example/",
        "\\\\evil.example/",
        "/\\evil.example/",
        "mailto:a@b.c",
        "",
    ] {
        assert_eq!(safe_link(bad), None, "{bad:?}");
    }
}
