//! The start page: what Teambalans is, the three ways in, and what this browser
//! already keeps (the coach's teams, the person's own scan).

use leptos::prelude::*;

use crate::components::common::text::tr;
use crate::components::home::my_teams::MyTeams;
use crate::components::home::own_scan::OwnScan;
use crate::domain::instrument::Instrument;
use crate::i18n::*;
use crate::routes::Route;
use crate::ui::PAGE_HEADING_ID;

#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="home">
            <div class="hero">
                <h1 id=PAGE_HEADING_ID tabindex="-1">{tr!(i18n, app_name)}</h1>
                <p class="tagline">{tr!(i18n, tagline)}</p>
                <p class="privacy-line" data-testid="privacy-line">
                    <span class="lock" aria-hidden="true"></span>
                    {tr!(i18n, privacy_line)}
                </p>
                <a class="button primary big" href=Route::Scan.href() data-testid="start-scan">
                    {tr!(i18n, home_start_scan)}
                </a>
                <p class="hint">{tr!(
                    i18n,
                    home_start_scan_hint,
                    statements = Instrument::CURRENT.statement_count()
                )}</p>
            </div>
            // What this browser keeps comes right after the way in: a returning coach
            // finds their teams on a phone's first screen, not its third.
            <div class="home-mine">
                <MyTeams />
                <OwnScan />
            </div>
            <div class="entry-points">
                <a class="entry" href=Route::Team.href() data-testid="open-team">
                    <span class="entry-title">{tr!(i18n, home_team)}</span>
                    <span class="entry-hint">{tr!(i18n, home_team_hint)}</span>
                </a>
                <a class="entry" href=Route::OpenLink.href() data-testid="open-link">
                    <span class="entry-title">{tr!(i18n, home_open_link)}</span>
                    <span class="entry-hint">{tr!(i18n, home_open_link_hint)}</span>
                </a>
            </div>
            <p class="home-org" data-testid="open-org">
                <a href=Route::Organisations.href()>{tr!(i18n, home_org)}</a>
                " "
                <span class="hint">{tr!(i18n, home_org_hint)}</span>
            </p>
            <section class="idea" aria-labelledby="idea-title">
                <h2 id="idea-title">{tr!(i18n, home_idea_title)}</h2>
                <p>{tr!(i18n, home_idea)}</p>
                <p class="poles" aria-hidden="true">
                    <span class="pole-chip anglo">{tr!(i18n, pole_anglo_saxon)}</span>
                    <span class="pole-plus">"+"</span>
                    <span class="pole-chip rhine">{tr!(i18n, pole_rhineland)}</span>
                </p>
            </section>
        </section>
    }
}
