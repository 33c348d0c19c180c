//! Compiles a framework file for the rating page (see `stepwise::domain::framework::compact`): checks
//! it, then writes its complete and outline compiled forms. Used by `scripts/build`.
//!
//! usage: compile_content FRAMEWORK.toml COMPLETE.json OUTLINE.json

use stepwise::domain::framework::compact::{encode, Form};
use stepwise::domain::framework::content::parse;
use stepwise::domain::Error;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [source, complete, outline] = &args[..] else {
        eprintln!("usage: compile_content FRAMEWORK.toml COMPLETE.json OUTLINE.json");
        std::process::exit(2);
    };
    let fail = |what: String| -> ! {
        eprintln!("{source}: {what}");
        std::process::exit(1);
    };
    let text = std::fs::read_to_string(source).unwrap_or_else(|e| fail(e.to_string()));
    let framework = parse(&text).unwrap_or_else(|e| match e {
        Error::FrameworkInvalid(issues) => fail(
            issues
                .iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        ),
        other => fail(other.to_string()),
    });
    for (path, form) in [(complete, Form::Complete), (outline, Form::Outline)] {
        std::fs::write(path, encode(&framework, form)).unwrap_or_else(|e| fail(e.to_string()));
    }
}
