//! What the team said about each talking point, noted in the team meeting and kept
//! with the round. Below `rounds` (the round holds the notes), so it knows no round.

use serde::{Deserialize, Serialize};

/// A note is for the room, not an essay: longer text is cut at a character boundary.
pub const MAX_NOTE_CHARS: usize = 2000;

/// The note on one talking point (a dimension of the round's questionnaire version).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeetingNote {
    /// `Dimension::id` of the round's version.
    pub dimension: u8,
    pub text: String,
    /// When it was last changed (ms): the later change wins a merge between tabs.
    pub updated_at: i64,
}

/// The note on `dimension`, empty when none was made.
pub fn note_text(notes: &[MeetingNote], dimension: u8) -> &str {
    notes
        .iter()
        .find(|n| n.dimension == dimension)
        .map_or("", |n| n.text.as_str())
}

/// Sets the note on `dimension`, stamped after its earlier change so it wins a merge
/// even when the clock stood still or went back. An emptied note stays as an entry:
/// emptying is a change another tab must not undo.
pub fn set_note(notes: &mut Vec<MeetingNote>, dimension: u8, text: &str, now_ms: i64) {
    let text: String = text.chars().take(MAX_NOTE_CHARS).collect();
    match notes.iter_mut().find(|n| n.dimension == dimension) {
        Some(note) => {
            note.updated_at = now_ms.max(note.updated_at.saturating_add(1));
            note.text = text;
        }
        None => {
            notes.push(MeetingNote {
                dimension,
                text,
                updated_at: now_ms,
            });
            notes.sort_by_key(|n| n.dimension);
        }
    }
}

/// Takes in another tab's notes: per talking point the later change stays; of two
/// changes stamped alike, the same one in every tab (the larger text).
pub fn merge_notes(ours: &mut Vec<MeetingNote>, theirs: &[MeetingNote]) {
    for their in theirs {
        match ours.iter_mut().find(|n| n.dimension == their.dimension) {
            None => ours.push(their.clone()),
            Some(mine) if (their.updated_at, &their.text) > (mine.updated_at, &mine.text) => {
                *mine = their.clone();
            }
            Some(_) => {}
        }
    }
    ours.sort_by_key(|n| n.dimension);
}
