//! Which round a questionnaire is for: team, round and date above its intro.

use leptos::prelude::*;

use crate::components::common::reactive::{memo, reactive};
use crate::components::common::text::tr;
use crate::domain::dates::format_date;
use crate::domain::round::rounds::display_title;
use crate::domain::store::schema::ScanSlot;
use crate::i18n::*;
use crate::state::AppStore;
use crate::ui::use_locale;

/// What the banner shows, read from the invitation or the session's round.
#[derive(Debug, Clone, PartialEq)]
struct Facts {
    team: String,
    title: String,
    date_days: u16,
    session_person: Option<u32>,
    /// The facilitator's own invite (opened in the browser that holds the round):
    /// whether their answers stay out of the team's figures.
    own_kept_apart: Option<bool>,
}

#[component]
pub fn RoundBanner(scan: ScanSlot) -> impl IntoView {
    let i18n = use_i18n();
    let locale = use_locale();
    let store = expect_context::<AppStore>();
    let facts = memo(move || {
        store.data.with(|d| match scan {
            ScanSlot::Own => None,
            ScanSlot::Invitation(round) => d.invitation(round).map(|i| Facts {
                team: i.invite.team_name.clone(),
                title: i.invite.round_title.clone(),
                date_days: i.invite.date_days,
                session_person: None,
                own_kept_apart: i
                    .facilitator
                    .then(|| d.teams.round(round).is_some_and(|r| r.facilitator_out)),
            }),
            ScanSlot::Session => {
                let session = d.session.as_ref()?;
                let round = d.teams.round(session.round)?;
                Some(Facts {
                    team: d.teams.team_name_of(round),
                    title: round.title.clone(),
                    date_days: round.date_days,
                    session_person: Some(session.finished + 1),
                    own_kept_apart: None,
                })
            }
        })
    });
    reactive(move || {
        facts.get().map(|f| {
            let title = display_title(&f.title, f.date_days, locale.get());
            let date = format_date(f.date_days, locale.get());
            view! {
                <p class="round-banner" data-testid="round-banner">
                    {f
                        .session_person
                        .map(|n| {
                            view! {
                                <span class="session-person">
                                    {tr!(i18n, session_person, n = n)}
                                </span>
                            }
                        })}
                    <span class="round-team">{f.team}</span>
                    <span class="round-title">{title}</span>
                    <span class="round-date">{date}</span>
                </p>
                {f.own_kept_apart.map(|apart| view! {
                    <p class="note" data-testid="own-invite-note">
                        {if apart {
                            tr!(i18n, own_invite_apart).into_any()
                        } else {
                            tr!(i18n, own_invite_counts).into_any()
                        }}
                    </p>
                })}
            }
        })
    })
}
