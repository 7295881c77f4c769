//! One wrapper per browser API, each with typed errors. Nothing outside this module
//! calls `web_sys` directly.

pub mod crypto;
pub mod dom;
pub mod download;
pub mod first_screen;
pub mod fragment;
pub mod keys;
pub mod overflow;
pub mod panic;
pub mod random;
pub mod share;
pub mod storage;
