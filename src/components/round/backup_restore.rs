//! Backup and restore: every team, round, answer, action and organisation in one file, and putting a
//! backup back, showing first what it holds. Restoring adds; it never overwrites.

use leptos::prelude::*;

use crate::components::common::error_text::ErrorText;
use crate::components::common::reactive::reactive;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::components::common::text::tr;
use crate::components::round::storage_status::StorageStatus;
use crate::domain::dates::iso_date;
use crate::domain::store::backup::{self, contents, Backup, Contents, Restored};
use crate::domain::text::Text;
use crate::i18n::*;
use crate::platform::download;
use crate::state::{now_ms, AppStore};
use crate::ui::use_locale;

#[component]
pub fn BackupRestore() -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let pending = RwSignal::new(None::<Backup>);
    let restored = RwSignal::new(None::<Restored>);
    let problem = RwSignal::new(None::<Text>);

    let make_backup = move |_| {
        let now = now_ms();
        let text = store
            .data
            .with_untracked(|d| backup::encode(&d.teams, &d.organisations, now));
        let name = format!(
            "teambalans-backup-{}.json",
            iso_date(crate::domain::dates::days_of_ms(now))
        );
        if download::download(&name, "application/json", text.as_bytes()).is_err() {
            problem.set(Some(Text {
                nl: "De browser weigerde het bestand te maken.",
                en: "The browser refused to make the file.",
            }));
        }
    };
    let pick = move |ev: leptos::ev::Event| {
        restored.set(None);
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        let Some(file) = file else { return };
        spawn_local(async move {
            match download::read_text(&file).await {
                Ok(text) => match backup::decode(&text) {
                    Ok(b) => {
                        problem.set(None);
                        pending.set(Some(b));
                    }
                    Err(e) => {
                        pending.set(None);
                        problem.set(Some(e.message()));
                    }
                },
                Err(_) => problem.set(Some(backup::BackupError::Invalid.message())),
            }
        });
    };
    let restore = move |_| {
        let Some(b) = pending.get_untracked() else {
            return;
        };
        let mut report = Restored::default();
        store.update_over_stored(|d| {
            report = backup::restore_backup(&mut d.teams, &mut d.organisations, &b, now_ms())
        });
        pending.set(None);
        restored.set(Some(report));
    };
    let summary = move |c: Contents| {
        view! {
            <p data-testid="backup-contents">
                {tr!(i18n, backup_contents, list = c.summary(locale.get()))}
            </p>
        }
    };

    view! {
        <section class="card backup" aria-labelledby="backup-title" data-testid="backup">
            <h2 id="backup-title">{tr!(i18n, backup_title)}</h2>
            <p>{tr!(i18n, backup_body)}</p>
            <StorageStatus />
            <div class="actions">
                <button type="button" class="button" data-testid="backup-make" on:click=make_backup>
                    {tr!(i18n, backup_make)}
                </button>
                <label class="button file-button">
                    {tr!(i18n, backup_choose)}
                    <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="backup-file" on:change=pick />
                </label>
            </div>
            <ErrorText problem=problem test_id="backup-error" />
            {reactive(move || {
                pending
                    .get()
                    .map(|b| {
                        view! {
                            <div class="notice card" role="status">
                                {summary(contents(&b))}
                                <button type="button" class="button primary" data-testid="backup-restore" on:click=restore>
                                    {tr!(i18n, backup_restore)}
                                </button>
                            </div>
                        }
                    })
            })}
            {reactive(move || {
                restored
                    .get()
                    .map(|r| {
                        view! {
                            <p role="status" data-testid="backup-restored">
                                {tr!(i18n, backup_restored, list = r.added.summary(locale.get()), kept = r.kept_ours)}
                            </p>
                        }
                    })
            })}
        </section>
    }
}
