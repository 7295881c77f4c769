//! Dutch and English are both first-class: a key missing in one locale fails here
//! (leptos_i18n only warns at build time).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

fn keys(locale: &str) -> BTreeSet<String> {
    let path = format!("{}/locales/{locale}.json", env!("CARGO_MANIFEST_DIR"));
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value: serde_json::Value =
        serde_json::from_str(&raw).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = BTreeSet::new();
    collect("", &value, &mut out, &path);
    out
}

fn collect(prefix: &str, value: &serde_json::Value, out: &mut BTreeSet<String>, path: &str) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, inner) in map {
                let full = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                collect(&full, inner, out, path);
            }
        }
        serde_json::Value::String(text) => {
            assert!(!text.trim().is_empty(), "{path}: {prefix} is empty");
            out.insert(prefix.to_string());
        }
        other => panic!("{path}: {prefix} is not text: {other}"),
    }
}

#[test]
fn both_locales_have_exactly_the_same_keys() {
    let nl = keys("nl");
    let en = keys("en");
    let only_nl: Vec<_> = nl.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nl).collect();
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "missing in en.json: {only_nl:?}; missing in nl.json: {only_en:?}"
    );
}

#[test]
fn dutch_is_not_a_copy_of_english() {
    // Guards against pasting one file over the other: most texts must differ.
    let read = |l: &str| -> serde_json::Value {
        let path = format!("{}/locales/{l}.json", env!("CARGO_MANIFEST_DIR"));
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let (nl, en) = (read("nl"), read("en"));
    let map = nl.as_object().unwrap();
    let same = map
        .iter()
        .filter(|(k, v)| en.get(k.as_str()) == Some(v))
        .count();
    assert!(
        same * 5 < map.len(),
        "{same} of {} texts are identical",
        map.len()
    );
}
