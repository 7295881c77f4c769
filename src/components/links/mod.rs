//! Opening and pasting links: the open-link page and the landing page of a link.

pub mod add_to_org;
pub mod land;
pub mod link_landing;
pub mod open_invite;
pub mod open_link_page;
pub mod unlock_link;
