//! The house rules that Cargo cannot see, read from the source itself: in the app's
//! `src/` and in the core crate's `crates/core/src/`, no two files import each other
//! (directly or round a loop); nothing but `lib.rs` imports the shell; the app's imports
//! run downwards only (components → state → platform; the core below them all is a crate
//! of its own, so the compiler keeps it from importing upwards); and the core's manifest
//! names no browser or UI crate, directly or through another.
//!
//! An import is any `crate::`, `super::` or `self::` path outside a `#[cfg(test)]`
//! module, `use` groups expanded. A path through a `pub use` re-export counts as an
//! import of the file that defines the item, so a folder's `mod.rs` may re-export its
//! children without creating a loop.
//!
//! The domain sits in feature rooms (a folder each) with no import loop between them,
//! its top-level files import only each other, and its top holds at most 15 entries.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One source file: its module path and its text without test modules.
struct SourceFile {
    module: Vec<String>,
    text: String,
}

/// The app's sources and the core crate's.
const APP: &str = "src";
const CORE: &str = "crates/core/src";

fn source_files(dir: &str) -> BTreeMap<String, SourceFile> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("src/ is readable")
            .map(|e| e.expect("a directory entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths = Vec::new();
    walk(&root, &mut paths);
    paths
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(&root).expect("under src/");
            let name = relative.to_string_lossy().replace('\\', "/");
            let mut module: Vec<String> = relative
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                module.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                module.pop();
            }
            let text = std::fs::read_to_string(&path).expect("a readable source file");
            let text = without_tests(&strip_comments(&text));
            (name, SourceFile { module, text })
        })
        .collect()
}

/// Removes `//` comments (doc comments name paths that are not imports).
fn strip_comments(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string literal such as "https://…" is not a comment; a
            // quote before it on the line is a good enough sign.
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Cuts each `#[cfg(test)]` item: its imports are for the tests, not the app.
fn without_tests(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        // Skip to the end of the item: its braced body, or a `;` if it has none.
        let open = after.find('{');
        let semi = after.find(';');
        let end = match (open, semi) {
            (Some(o), Some(s)) if s < o => s + 1,
            (Some(o), _) => matching_brace(after, o) + 1,
            (None, Some(s)) => s + 1,
            (None, None) => after.len(),
        };
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn matching_brace(text: &str, open: usize) -> usize {
    let mut depth = 0;
    for (i, c) in text[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i;
                }
            }
            _ => {}
        }
    }
    text.len() - 1
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Expands a path that may end in a `{…}` group into full paths, e.g.
/// `a::{b, c::{d, e}}` into `a::b`, `a::c::d`, `a::c::e`.
fn expand(text: &str) -> Vec<Vec<String>> {
    let mut prefix = Vec::new();
    let mut rest = text;
    loop {
        // A group: right after `crate::` (`use crate::{a, b}`) or after a module.
        if rest.starts_with('{') {
            // Byte positions throughout, as `matching_brace` counts them.
            let close = matching_brace(rest, 0);
            let mut paths = Vec::new();
            for part in split_top_level(&rest[1..close]) {
                let part = part.trim();
                if part.is_empty() {
                    continue;
                }
                if part == "self" {
                    paths.push(prefix.clone());
                    continue;
                }
                for child in expand(part) {
                    let mut full = prefix.clone();
                    full.extend(child);
                    paths.push(full);
                }
            }
            return paths;
        }
        let ident_len = rest
            .char_indices()
            .find(|(_, c)| !is_ident(*c))
            .map_or(rest.len(), |(at, _)| at);
        if ident_len == 0 {
            return vec![prefix];
        }
        prefix.push(rest[..ident_len].to_string());
        match rest[ident_len..].strip_prefix("::") {
            Some(after) => rest = after,
            None => return vec![prefix],
        }
    }
}

fn split_top_level(text: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut().expect("one part at least").push(c);
    }
    parts
}

/// Every path this file names, made absolute (without the leading `crate`), and which
/// of them it re-exports with `pub use` (name → path).
fn paths_in(file: &SourceFile) -> (Vec<Vec<String>>, BTreeMap<String, Vec<String>>) {
    let text = &file.text;
    let mut paths = Vec::new();
    let mut reexports = BTreeMap::new();
    // `use child::…` with a child module of this file is a relative path (edition 2018).
    let children: Vec<String> = text
        .lines()
        .filter_map(|l| {
            let l = l.trim().trim_start_matches("pub ");
            let name = l.strip_prefix("mod ")?.strip_suffix(';')?;
            Some(name.trim().to_string())
        })
        .collect();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (index, &(at, _)) in chars.iter().enumerate() {
        let rest = &text[at..];
        let child = children.iter().find(|c| {
            rest.starts_with(&format!("{c}::")) && text[..at].trim_end().ends_with("use")
        });
        let root: Vec<String> = if let Some(child) = child {
            let mut root = file.module.clone();
            root.push(child.clone());
            root
        } else if rest.starts_with("crate::") {
            Vec::new()
        } else if rest.starts_with("super::") {
            file.module[..file.module.len().saturating_sub(1)].to_vec()
        } else if rest.starts_with("self::") {
            file.module.clone()
        } else {
            continue;
        };
        // Only at the start of a path, not inside `my_crate::`.
        if index > 0 && (is_ident(chars[index - 1].1) || chars[index - 1].1 == ':') {
            continue;
        }
        let keyword = rest.find("::").map_or(0, |p| p + 2);
        let found = expand(&rest[keyword..]);
        let statement_start = text[..at].rfind([';', '}', '{']).map_or(0, |p| p + 1);
        let is_reexport = text[statement_start..at]
            .trim_start()
            .starts_with("pub use");
        for tail in found {
            let mut full = root.clone();
            // `super::super::x` climbs twice.
            let mut tail = tail.into_iter().peekable();
            while tail.peek().is_some_and(|s| s == "super") {
                tail.next();
                full.pop();
            }
            full.extend(tail);
            if is_reexport {
                if let Some(name) = full.last() {
                    reexports.insert(name.clone(), full.clone());
                }
            }
            paths.push(full);
        }
    }
    (paths, reexports)
}

struct Graph {
    /// file → files it imports.
    edges: BTreeMap<String, BTreeSet<String>>,
}

fn graph(dir: &str) -> Graph {
    let files = source_files(dir);
    // `main.rs` is the binary's own root; `crate::` in the library means `lib.rs`.
    let by_module: BTreeMap<Vec<String>, String> = files
        .iter()
        .filter(|(name, _)| name.as_str() != "main.rs")
        .map(|(name, file)| (file.module.clone(), name.clone()))
        .collect();
    let parsed: BTreeMap<&String, _> = files.iter().map(|(n, f)| (n, paths_in(f))).collect();

    // The file that defines what `path` names, following `pub use` re-exports.
    let resolve = |path: &[String]| -> Option<String> {
        let mut path = path.to_vec();
        for _ in 0..8 {
            let (len, file) = (0..=path.len())
                .rev()
                .find_map(|len| by_module.get(&path[..len]).map(|f| (len, f.clone())))?;
            let Some(item) = path.get(len) else {
                return Some(file);
            };
            match parsed[&file].1.get(item) {
                Some(target) if target != &path[..=len] => {
                    let mut next = target.clone();
                    next.extend(path[len + 1..].iter().cloned());
                    path = next;
                }
                _ => return Some(file),
            }
        }
        None
    };

    let mut edges = BTreeMap::new();
    for (name, (paths, _)) in &parsed {
        let mut targets = BTreeSet::new();
        for path in paths {
            if let Some(target) = resolve(path) {
                if &target != *name && target != "lib.rs" {
                    targets.insert(target);
                }
            }
        }
        edges.insert((*name).clone(), targets);
    }
    Graph { edges }
}

/// Groups of files that reach each other through imports (Tarjan's algorithm).
fn loops(graph: &Graph) -> Vec<Vec<String>> {
    struct State<'a> {
        graph: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, node: &'a str) {
        let n = s.index.len();
        s.index.insert(node, n);
        s.low.insert(node, n);
        s.stack.push(node);
        s.on_stack.insert(node);
        for next in &s.graph.edges[node] {
            let next = next.as_str();
            if !s.index.contains_key(next) {
                visit(s, next);
                let low = s.low[node].min(s.low[next]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(next) {
                let low = s.low[node].min(s.index[next]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut group = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                group.push(top.to_string());
                if top == node {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.found.push(group);
            }
        }
    }
    let mut state = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in graph.edges.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.found
}

/// How far down a file sits: a file may import only files of its own layer or below.
/// Component folders are layers of their own: a page may show another feature's part,
/// but no feature reaches up into one that builds on it.
fn layer(file: &str) -> u8 {
    let mut parts = file.split('/');
    match parts.next().unwrap_or_default() {
        "platform" => 1,
        "state" | "routes.rs" => 2,
        "ui.rs" => 3,
        "components" => match parts.next().unwrap_or_default() {
            "common" => 4,
            "scan" => 5,
            "round" => 6,
            "dashboard" => 7,
            "links" => 8,
            _ => 9, // home, shell, and the folder list itself
        },
        _ => 10, // lib.rs, main.rs, app.rs: the top
    }
}

#[test]
fn no_file_imports_another_that_imports_it_back() {
    for dir in [APP, CORE] {
        let found = loops(&graph(dir));
        assert!(
            found.is_empty(),
            "import loops between files in {dir}: {found:#?}"
        );
    }
}

#[test]
fn nothing_but_lib_imports_the_shell() {
    let graph = graph(APP);
    let importers: Vec<_> = graph
        .edges
        .iter()
        .filter(|(_, targets)| targets.contains("app.rs"))
        .map(|(file, _)| file.as_str())
        .collect();
    assert!(
        importers.is_empty(),
        "files importing app.rs: {importers:?}"
    );
}

#[test]
fn imports_run_downwards_only() {
    let graph = graph(APP);
    let upward: Vec<String> = graph
        .edges
        .iter()
        .flat_map(|(file, targets)| {
            targets
                .iter()
                .filter(|t| layer(t) > layer(file))
                .map(move |t| format!("{file} -> {t}"))
        })
        .collect();
    assert!(upward.is_empty(), "imports that run upwards: {upward:#?}");
}

#[test]
fn the_core_crate_depends_on_no_browser_or_ui_crate() {
    // What the compiler enforces holds only while the manifest stays clean: the core's
    // whole dependency tree, as Cargo resolves it, names none of these.
    let out = std::process::Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "-p",
            "teambalans-core",
            "-e",
            "normal",
            "--prefix",
            "none",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "cargo tree: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(tree.starts_with("teambalans-core "), "{tree}");
    for line in tree.lines() {
        let name = line.split(' ').next().unwrap_or_default();
        for banned in ["leptos", "web-sys", "js-sys", "gloo", "wasm-bindgen"] {
            assert!(!name.starts_with(banned), "the core depends on {name}");
        }
    }
}

#[test]
fn components_live_in_feature_folders() {
    let flat: Vec<String> = source_files(APP)
        .into_keys()
        .filter(|name| name.starts_with("components/") && name.matches('/').count() == 1)
        .filter(|name| name != "components/mod.rs")
        .collect();
    assert!(
        flat.is_empty(),
        "components outside a feature folder: {flat:?}"
    );
}

#[test]
fn the_checker_sees_a_loop_and_a_reexport() {
    // The checker itself: a loop through `use` groups is found, and a path through a
    // `pub use` leads to the defining file, not to the re-exporting one.
    let file = |module: &[&str], text: &str| SourceFile {
        module: module.iter().map(|s| s.to_string()).collect(),
        text: text.to_string(),
    };
    let (paths, reexports) = paths_in(&file(
        &["state"],
        "pub use self::store::{AppStore, Problem as P};\nuse crate::domain::{a::{B, c}, d};",
    ));
    assert_eq!(
        paths,
        vec![
            vec!["state", "store", "AppStore"],
            vec!["state", "store", "Problem"],
            vec!["domain", "a", "B"],
            vec!["domain", "a", "c"],
            vec!["domain", "d"],
        ]
    );
    assert_eq!(reexports["AppStore"], vec!["state", "store", "AppStore"]);

    let (paths, _) = paths_in(&file(&["x"], "use crate::{app::App, ui::{a, b::*}};"));
    assert_eq!(
        paths,
        vec![vec!["app", "App"], vec!["ui", "a"], vec!["ui", "b"]]
    );

    let (paths, _) = paths_in(&file(&["state"], "mod rounds;\npub use rounds::RoundForm;"));
    assert_eq!(paths, vec![vec!["state", "rounds", "RoundForm"]]);

    let text = "use crate::x::Y;\n#[cfg(test)]\nmod tests {\n use crate::z::W;\n}\nfn f() {}";
    assert_eq!(without_tests(text), "use crate::x::Y;\n\nfn f() {}");

    let mut edges = BTreeMap::new();
    edges.insert("a.rs".to_string(), BTreeSet::from(["b.rs".to_string()]));
    edges.insert("b.rs".to_string(), BTreeSet::from(["a.rs".to_string()]));
    edges.insert("c.rs".to_string(), BTreeSet::from(["a.rs".to_string()]));
    assert_eq!(
        loops(&Graph { edges }),
        vec![vec!["a.rs".to_string(), "b.rs".to_string()]]
    );
}

#[test]
fn the_domain_is_in_rooms_with_no_loop_between_them() {
    // A folder at the domain's top is a room; a file there is a leaf: shared vocabulary
    // that any room may import and that imports only other leaves.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORE);
    let top: Vec<String> = std::fs::read_dir(&root)
        .expect("the domain is readable")
        .map(|e| {
            e.expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert!(
        top.len() <= 15,
        "{} entries at the domain's top: {top:?}",
        top.len()
    );

    let room = |file: &str| match file.split_once('/') {
        Some((folder, _)) => format!("{folder}/"),
        None => file.to_string(),
    };
    let is_root = |file: &str| matches!(file, "mod.rs" | "lib.rs");
    let mut rooms = Graph {
        edges: BTreeMap::new(),
    };
    let mut leaf_imports = Vec::new();
    for (file, targets) in graph(CORE).edges {
        if is_root(&file) {
            continue;
        }
        let from = room(&file);
        for target in targets {
            let to = room(&target);
            if to == from || is_root(&target) {
                continue;
            }
            if !from.ends_with('/') && to.ends_with('/') {
                leaf_imports.push(format!("{file} -> {target}"));
            }
            rooms.edges.entry(to.clone()).or_default();
            rooms.edges.entry(from.clone()).or_default().insert(to);
        }
        rooms.edges.entry(from).or_default();
    }
    let found = loops(&rooms);
    assert!(
        found.is_empty(),
        "import loops between the domain's rooms: {found:#?}"
    );
    assert!(
        leaf_imports.is_empty(),
        "leaf files at the domain's top importing a room: {leaf_imports:#?}"
    );
}

/// A file named as one version's copy of another (`team_table_v2.rs`); a version's own
/// data file (`instrument/v2.rs`) is not.
fn named_after_a_version(name: &str) -> bool {
    let stem = name.trim_end_matches(".rs");
    stem.contains('_')
        && stem
            .rsplit('_')
            .next()
            .is_some_and(|last| last.starts_with('v') && last[1..].parse::<u8>().is_ok())
}

/// Versions are data (`instrument::rules`): the app reads a round's or a scan's rules and
/// its texts, never which version it is, and no file is one version's copy of another.
/// A next version that asks the same kinds of questions then adds no view and no branch.
#[test]
fn the_app_never_asks_which_version_it_is() {
    let app = source_files(APP);
    let matching: Vec<&String> = app
        .iter()
        .filter(|(_, file)| file.text.contains("Instrument::V"))
        .map(|(name, _)| name)
        .collect();
    assert!(
        matching.is_empty(),
        "the app names a version in {matching:?}"
    );
    let copies: Vec<String> = app
        .into_keys()
        .chain(source_files(CORE).into_keys())
        .filter(|name| named_after_a_version(name))
        .collect();
    assert!(copies.is_empty(), "files named after a version: {copies:?}");
}

#[test]
fn the_version_check_sees_a_copy() {
    assert!(named_after_a_version("dashboard/team_table_v2.rs"));
    assert!(named_after_a_version("scan/personal_result_v3.rs"));
    assert!(!named_after_a_version("instrument/v2.rs"));
    assert!(!named_after_a_version("dashboard/keyed_table.rs"));
}

/// A text key, test id or class named after a version (`result_answered_v2`,
/// `team-table-v2`): it is named for what it says or shows, so the next version can use it.
fn names_a_version(name: &str) -> bool {
    name.split(['_', '-'])
        .any(|part| part.starts_with('v') && part.len() > 1 && part[1..].parse::<u8>().is_ok())
}

/// Every double-quoted word after `attribute=` in `text`.
fn attribute_values<'a>(text: &'a str, attribute: &str) -> Vec<&'a str> {
    let opening = format!("{attribute}=\"");
    text.match_indices(&opening)
        .filter_map(|(at, _)| {
            let rest = &text[at + opening.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .flat_map(str::split_whitespace)
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn no_text_key_test_id_or_class_names_a_version() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let locale: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("locales/en.json")).expect("locales/en.json"),
    )
    .expect("locales/en.json is JSON");
    let mut named: Vec<String> = locale
        .as_object()
        .expect("an object of texts")
        .keys()
        .filter(|key| names_a_version(key))
        .cloned()
        .collect();
    for (file, source) in source_files(APP) {
        for attribute in ["data-testid", "class"] {
            for value in attribute_values(&source.text, attribute) {
                if names_a_version(value) {
                    named.push(format!("{file}: {attribute}={value}"));
                }
            }
        }
    }
    assert!(named.is_empty(), "named after a version: {named:?}");
}

#[test]
fn the_name_check_sees_a_version() {
    assert!(names_a_version("result_answered_v2"));
    assert!(names_a_version("team-table-v2"));
    assert!(!names_a_version("scan_intro_p2"));
    assert!(!names_a_version("team-table-members"));
    assert_eq!(
        attribute_values(
            r#"<td data-testid="team-anglo-v2" class="a b-v3">"#,
            "class"
        ),
        ["a", "b-v3"]
    );
}
