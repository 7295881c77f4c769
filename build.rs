//! Generates the `i18n` module from `locales/*.json` (leptos_i18n's build-script route).
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out_dir = std::env::var_os("OUT_DIR").ok_or("cargo did not set OUT_DIR")?;
    let i18n_dir = PathBuf::from(out_dir).join("i18n");

    // Display builders let texts with values be one string (`t_string!`), which
    // components::text::dynamic renders through one shared path (a smaller wasm).
    let config = Config::new("nl")?
        .add_locale("en")?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations = TranslationsInfos::parse(config)?;
    // A key missing in one locale is only a warning here; tests/locales.rs makes it fail.
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(i18n_dir)?;
    Ok(())
}
