//! Writes the plain first screen (see `stepwise::ui::first_screen`) into a built `index.html`,
//! for the default built-in framework, in place of its `<!-- first screen -->` line. Used by
//! `scripts/build`.
//!
//! usage: first_screen INDEX.html

use stepwise::domain::framework::content::parse;
use stepwise::domain::framework::source::BUILT_INS;
use stepwise::ui::first_screen;

const MARK: &str = "<!-- first screen -->";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [index] = &args[..] else {
        eprintln!("usage: first_screen INDEX.html");
        std::process::exit(2);
    };
    let fail = |what: String| -> ! {
        eprintln!("first_screen: {what}");
        std::process::exit(1);
    };
    let default = &BUILT_INS[0];
    let text = std::fs::read_to_string(default.path)
        .unwrap_or_else(|e| fail(format!("{}: {e}", default.path)));
    let framework = parse(&text).unwrap_or_else(|e| fail(format!("{}: {e}", default.path)));
    let page = std::fs::read_to_string(index).unwrap_or_else(|e| fail(format!("{index}: {e}")));
    if !page.contains(MARK) {
        fail(format!("{index} has no {MARK} line"));
    }
    let page = page.replace(MARK, &first_screen::html(&framework));
    std::fs::write(index, page).unwrap_or_else(|e| fail(format!("{index}: {e}")));
}
