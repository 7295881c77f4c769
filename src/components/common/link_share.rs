//! A link to hand on: shown in full, with copy, share (where the system share sheet
//! exists) and a QR code to scan from the screen. The outer box is a CSS size container:
//! the QR code goes beside the link only when this box (not the screen) is wide enough.

use leptos::prelude::*;

use leptos::task::spawn_local;

use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::domain::link::qr::qr_path;
use crate::i18n::*;
use crate::platform::share::{self, ShareError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Copied,
    CopyFailed,
    ShareFailed,
}

#[component]
pub fn LinkShare(
    /// The whole link.
    #[prop(into)]
    url: Signal<String>,
    /// The share sheet's title.
    #[prop(into)]
    title: Signal<String>,
    /// Names the test ids: `<kind>-link`, `<kind>-copy`, `<kind>-share`, `<kind>-qr`.
    kind: &'static str,
    /// What the QR code is, for screen readers.
    #[prop(into)]
    qr_label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(None::<Status>);
    let qr = memo(move || qr_path(&url.get()));
    let can_share = share::can_share();
    let field_id = format!("{kind}-link-field");

    let copy = move |_| {
        let text = url.get_untracked();
        spawn_local(async move {
            status.set(Some(match share::copy(&text).await {
                Ok(()) => Status::Copied,
                Err(_) => Status::CopyFailed,
            }));
        });
    };
    let share_it = move |_| {
        let (title, link) = (title.get_untracked(), url.get_untracked());
        spawn_local(async move {
            match share::share(&title, &link).await {
                Ok(()) | Err(ShareError::Cancelled) => status.set(None),
                Err(_) => status.set(Some(Status::ShareFailed)),
            }
        });
    };
    let status_text = move || {
        status.get().map(|s| match s {
            Status::Copied => t_string!(i18n, link_copied),
            Status::CopyFailed => t_string!(i18n, link_copy_failed),
            Status::ShareFailed => t_string!(i18n, link_share_failed),
        })
    };

    view! {
        <div class="link-share">
            <div class="link-share-body">
                <label class="field-label" for=field_id.clone()>
                    {tr!(i18n, link_label)}
                </label>
                <textarea
                    id=field_id
                    class="link-field"
                    readonly
                    rows="3"
                    spellcheck="false"
                    data-testid=format!("{kind}-link")
                    prop:value=move || url.get()
                ></textarea>
                <div class="link-actions">
                    <button
                        type="button"
                        class="button primary"
                        data-testid=format!("{kind}-copy")
                        on:click=copy
                    >
                        {tr!(i18n, link_copy)}
                    </button>
                    {can_share
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button"
                                    data-testid=format!("{kind}-share")
                                    on:click=share_it
                                >
                                    {tr!(i18n, link_share)}
                                </button>
                            }
                        })}
                    <p class="link-status" role="status" data-testid=format!("{kind}-status")>
                        {move || status_text()}
                    </p>
                </div>
                {reactive(move || {
                    qr.get()
                        .map(|code| {
                            let view_box = format!("0 0 {0} {0}", code.size);
                            view! {
                                <figure class="qr" data-testid=format!("{kind}-qr")>
                                    <svg
                                        viewBox=view_box
                                        role="img"
                                        aria-label=move || qr_label.get()
                                        shape-rendering="crispEdges"
                                    >
                                        <rect width=code.size height=code.size class="qr-light"></rect>
                                        <path d=code.path class="qr-dark"></path>
                                    </svg>
                                    <figcaption>{tr!(i18n, link_qr_caption)}</figcaption>
                                </figure>
                            }
                        })
                })}
            </div>
        </div>
    }
}
