//! Teams and rounds: the team page, a round's page, session mode, pasting answers, backups.

pub mod backup_restore;
pub mod choice_facts;
pub mod conflict_view;
pub mod expected_size;
pub mod import_box;
pub mod new_round_form;
pub mod reminder;
pub mod round_choices;
pub mod round_page;
pub mod session_page;
pub mod storage_status;
pub mod team_page;
