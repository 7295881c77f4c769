//! Whether this browser keeps the data, and how much room it uses. After the first
//! round is made, the app asks the browser to keep the data (persistent storage).

use leptos::prelude::*;

use leptos::task::spawn_local;

use crate::components::common::reactive::reactive;
use crate::components::common::text::tr;
use crate::i18n::*;
use crate::platform::storage::{persistence, Persistence};
use crate::state::AppStore;

/// A byte count for people, in whole KB or MB (no float formatting in the app).
fn size(bytes: f64) -> String {
    let kb = (bytes / 1024.0).round() as u64;
    if kb < 1024 {
        format!("{kb} KB")
    } else if kb < 1024 * 1024 {
        format!("{} MB", kb / 1024)
    } else {
        format!("{} GB", kb / (1024 * 1024))
    }
}

#[component]
pub fn StorageStatus() -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<AppStore>();
    let state = RwSignal::new(None::<Persistence>);
    // Ask only once there is something worth keeping: at least one round.
    let has_rounds = store.data.with_untracked(|d| !d.teams.rounds.is_empty());
    spawn_local(async move {
        state.set(persistence(has_rounds).await);
    });
    reactive(move || {
        state.get().map(|p| {
            let usage = p
                .usage
                .map(|(used, quota)| format!("{} / {}", size(used), size(quota)))
                .unwrap_or_default();
            view! {
                <p class="storage-status" data-testid="storage-status" data-persisted=p.persisted.to_string()>
                    {if p.persisted {
                        tr!(i18n, storage_persisted).into_any()
                    } else {
                        tr!(i18n, storage_not_persisted).into_any()
                    }}
                    " "
                    <span class="hint">{tr!(i18n, storage_usage, usage = usage.as_str())}</span>
                </p>
            }
        })
    })
}
