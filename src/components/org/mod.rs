//! Across teams: the organisations (several teams' results links side by side), one
//! organisation's page with its teams, plane, distributions, layer gaps and exports.

pub mod org_gaps;
pub mod org_list_page;
pub mod org_out;
pub mod org_page;
pub mod org_paste;
pub mod org_plane;
pub mod org_strips;
pub mod org_teams;
