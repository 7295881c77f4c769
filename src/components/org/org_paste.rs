//! The paste box: one or many teams' results links at once, each line told what it did.
//! Lines that could not be used stay in the box, so nothing pasted is lost.

use leptos::prelude::*;

use crate::components::common::reactive::reactive;
use crate::components::common::text::tr;
use crate::domain::id::OrgId;
use crate::domain::org::book::{OrgPaste, OrgPasteRow};
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

/// A pasted line as shown back: short enough for one line on a phone.
fn shortened(input: &str) -> String {
    const SHOWN: usize = 40;
    let mut chars = input.chars();
    let head: String = chars.by_ref().take(SHOWN).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

fn result_code(result: &OrgPaste) -> &'static str {
    match result {
        OrgPaste::Added { .. } => "added",
        OrgPaste::Newer { .. } => "newer",
        OrgPaste::AlreadyThere { .. } => "already-there",
        OrgPaste::Older { .. } => "older",
        OrgPaste::Protected => "protected",
        OrgPaste::NotResults(_) => "not-results",
        OrgPaste::Broken(_) => "broken",
    }
}

#[component]
pub fn OrgPasteBox(id: OrgId) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let text = RwSignal::new(String::new());
    let rows = RwSignal::new(Vec::<OrgPasteRow>::new());
    let paste = move |_| {
        let done = store.paste_into_organisation(id, &text.get_untracked());
        // What could not be used stays in the box, to be corrected or asked for again.
        let left: Vec<String> = done
            .iter()
            .filter(|r| r.result.is_problem())
            .map(|r| r.input.clone())
            .collect();
        text.set(left.join("\n"));
        rows.set(done);
    };
    let row = move |r: OrgPasteRow| {
        let loc = locale.get();
        let label = match &r.result {
            OrgPaste::Added { team }
            | OrgPaste::Newer { team }
            | OrgPaste::AlreadyThere { team }
            | OrgPaste::Older { team } => team.clone(),
            _ => shortened(&r.input),
        };
        // A line that did not work shows as pasted: a machine string that may break anywhere.
        let label_class = if r.result.is_problem() {
            "import-input"
        } else {
            "org-paste-team"
        };
        let class = if r.result.is_problem() {
            "import-row broken"
        } else {
            "import-row added"
        };
        view! {
            <li class=class data-testid="org-paste-row" data-result=result_code(&r.result)>
                <strong class=label_class>{label}</strong>
                " "
                <span>{r.result.message().get(loc)}</span>
            </li>
        }
    };

    view! {
        <section class="card org-paste no-print" aria-labelledby="org-paste-title">
            <h2 id="org-paste-title">{tr!(i18n, org_paste_title)}</h2>
            <div class="import-box">
                <label class="field-label" for="org-paste-field">{tr!(i18n, org_paste_label)}</label>
                <p class="hint" id="org-paste-hint">{tr!(i18n, org_paste_hint)}</p>
                <textarea
                    id="org-paste-field"
                    class="import-field"
                    rows="4"
                    spellcheck="false"
                    aria-describedby="org-paste-hint"
                    data-testid="org-paste-field"
                    prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
                <button type="button" class="button primary" data-testid="org-paste-button" on:click=paste>
                    {tr!(i18n, org_paste_button)}
                </button>
                <div role="status">
                    <ul class="import-list" data-testid="org-paste-rows">
                        {reactive(move || rows.get().into_iter().map(row).collect_view())}
                    </ul>
                </div>
            </div>
        </section>
    }
}
