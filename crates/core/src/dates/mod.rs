//! Temporal expressions (SPEC §1 step 4): honest partial dates resolved against the right anchor.

pub mod calendar;
