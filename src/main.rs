fn main() {
    #[cfg(target_arch = "wasm32")]
    stepwise::web::start();
}
