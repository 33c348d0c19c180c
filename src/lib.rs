//! Stepwise: competence self-assessment for health and care careers, in the browser.
//!
//! [`domain`] holds the framework model, scoring, gaps and suggestions as plain Rust;
//! [`ui`] is a thin Yew layer over it, and [`web`] the browser services it needs.

pub mod domain;
pub mod ui;
pub mod web;

#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
