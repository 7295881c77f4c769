//! The organisations a facilitator keeps: each a name and the teams' results links
//! pasted into it, with the layer each team was marked as. How links are taken in (the
//! newest round of a team wins), and how two copies (two tabs, a backup) merge without
//! losing an organisation, a team or a deletion.
//!
//! A team is kept as its results link's payload, not as decoded figures: link formats
//! stay readable forever (golden fixtures), so the stored organisation needs no schema
//! of its own for answers, and what is kept is exactly what the team shared.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::id::{OrgId, RoundId};
use crate::link::{decode, encode, Link, LinkError, LinkKind, Results};
use crate::org::organisation::{newest_first, same_team_key, Layer, OrgTeam};
use crate::round::import::split_pasted;
use crate::score::round_data::RoundData;
use crate::text::Text;

/// One team in a stored organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgEntry {
    pub round: RoundId,
    /// The results link's payload (base64url), as this build wrote it.
    pub results: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<Layer>,
    /// When it was added or its layer last changed (ms): of two tabs' changes to the same
    /// team, the later stays.
    pub changed_at: i64,
}

impl OrgEntry {
    /// The team's round as the organisation view reads it; `None` if the stored payload
    /// no longer reads (edited by hand).
    pub fn team(&self) -> Option<OrgTeam> {
        match decode(&self.results) {
            Ok(Link::Results(results)) => Some(OrgTeam {
                data: RoundData::from_results(&results),
                layer: self.layer,
            }),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    pub id: OrgId,
    pub name: String,
    pub created_at: i64,
    #[serde(default)]
    pub teams: Vec<OrgEntry>,
    /// Rounds taken out here (or replaced by a newer round of their team), with when:
    /// another tab's copy must not bring them back, but pasting one again later does.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub removed_rounds: BTreeMap<RoundId, i64>,
}

/// Every organisation this browser keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgBook {
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    /// Deleted here: another tab's copy must not bring them back.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub removed: BTreeSet<OrgId>,
}

/// What one pasted line did in an organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrgPaste {
    /// A team that was not here yet.
    Added {
        team: String,
    },
    /// A newer round of a team that was here: it took the older one's place (and layer).
    Newer {
        team: String,
    },
    /// This very round was here already: nothing changed (or, if this link holds more
    /// answers, it took the stored one's place).
    AlreadyThere {
        team: String,
    },
    /// An older round of a team whose newer round is here: not taken.
    Older {
        team: String,
    },
    /// A protected results link: its passphrase is not asked here.
    Protected,
    /// A readable link, but not a results link (an invite or a response, say).
    NotResults(LinkKind),
    Broken(LinkError),
}

impl OrgPaste {
    /// Whether the line changed nothing because it could not be used.
    pub fn is_problem(&self) -> bool {
        matches!(
            self,
            OrgPaste::Protected | OrgPaste::NotResults(_) | OrgPaste::Broken(_)
        )
    }

    /// What the facilitator reads next to the pasted line.
    pub fn message(&self) -> Text {
        match self {
            OrgPaste::Added { .. } => Text {
                nl: "Toegevoegd.",
                en: "Added.",
            },
            OrgPaste::Newer { .. } => Text {
                nl: "Nieuwere ronde van een team dat er al in stond: die telt nu.",
                en: "A newer round of a team that was already in: this one counts now.",
            },
            OrgPaste::AlreadyThere { .. } => Text {
                nl: "Deze ronde stond er al in.",
                en: "This round was already in.",
            },
            OrgPaste::Older { .. } => Text {
                nl: "Een oudere ronde van dit team; de nieuwere staat er al in en blijft tellen.",
                en: "An older round of this team; the newer one is already in and keeps counting.",
            },
            OrgPaste::Protected => Text {
                nl: "Deze resultatenlink is beveiligd met een wachtwoord. Open hem los (plak hem bij ‘Open een link’), vul het wachtwoord in en zet het team daar in deze organisatie.",
                en: "This results link is protected with a passphrase. Open it on its own (paste it under ‘Open a link’), enter the passphrase and put the team into this organisation there.",
            },
            OrgPaste::NotResults(LinkKind::Invite) => Text {
                nl: "Dit is een uitnodiging, geen resultatenlink. Vraag het team om de link bij ‘Resultaten delen’.",
                en: "This is an invite, not a results link. Ask the team for the link under ‘Share results’.",
            },
            OrgPaste::NotResults(LinkKind::Response) => Text {
                nl: "Dit zijn de antwoorden van één teamlid, geen resultatenlink. Die horen bij de ronde van het team zelf.",
                en: "These are one team member's answers, not a results link. They belong in the team's own round.",
            },
            OrgPaste::NotResults(_) => Text {
                nl: "Dit is geen resultatenlink. Vraag het team om de link bij ‘Resultaten delen’.",
                en: "This is not a results link. Ask the team for the link under ‘Share results’.",
            },
            OrgPaste::Broken(error) => error.message(),
        }
    }
}

/// One pasted line and what it did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgPasteRow {
    pub input: String,
    pub result: OrgPaste,
}

impl Organisation {
    pub fn new(id: OrgId, name: String, now_ms: i64) -> Organisation {
        Organisation {
            id,
            name,
            created_at: now_ms,
            teams: Vec::new(),
            removed_rounds: BTreeMap::new(),
        }
    }

    /// The teams as the organisation view takes them, in the order they were added.
    pub fn org_teams(&self) -> Vec<OrgTeam> {
        self.teams.iter().filter_map(OrgEntry::team).collect()
    }

    /// Takes in every link in `text`, in order: the same link twice is added and then
    /// already there. Nothing pasted is lost: every line gets its own row.
    pub fn paste(&mut self, text: &str, now_ms: i64) -> Vec<OrgPasteRow> {
        // The stored teams are read once for the whole paste, not once for every pasted
        // link (100 links: 100 reads, not 5,000).
        let mut keys = self.team_keys();
        split_pasted(text)
            .into_iter()
            .map(|input| {
                let result = match decode(&input) {
                    Ok(Link::Results(results)) => self.add_keyed(results, now_ms, &mut keys),
                    Ok(Link::Sealed(sealed)) if sealed.inner == LinkKind::Results => {
                        OrgPaste::Protected
                    }
                    Ok(Link::Sealed(sealed)) => OrgPaste::NotResults(sealed.inner),
                    Ok(other) => OrgPaste::NotResults(other.kind()),
                    Err(error) => OrgPaste::Broken(error),
                };
                OrgPasteRow { input, result }
            })
            .collect()
    }

    /// Adds one team's results: of one team only the newest round stays.
    pub fn add(&mut self, results: Results, now_ms: i64) -> OrgPaste {
        let mut keys = self.team_keys();
        self.add_keyed(results, now_ms, &mut keys)
    }

    /// Each stored team's `same_team_key`, in order; `None` for one that no longer reads.
    fn team_keys(&self) -> Vec<Option<String>> {
        self.teams
            .iter()
            .map(|e| e.team().map(|t| same_team_key(&t.data.team_name)))
            .collect()
    }

    /// `add`, with `keys` the stored teams' keys (`team_keys`), kept up to date.
    fn add_keyed(
        &mut self,
        results: Results,
        now_ms: i64,
        keys: &mut Vec<Option<String>>,
    ) -> OrgPaste {
        let Ok(payload) = encode(&Link::Results(results.clone())) else {
            return OrgPaste::Broken(LinkError::Invalid("results do not encode"));
        };
        let incoming = RoundData::from_results(&results);
        let team = incoming.team_name.clone();
        let key = same_team_key(&team);
        let same_team = keys.iter().position(|k| k.as_deref() == Some(key.as_str()));
        // Later than its removal, if it was taken out before: pasting it again brings it
        // back, also in the other tabs.
        let changed_at = self
            .removed_rounds
            .get(&incoming.round)
            .map_or(now_ms, |removed| now_ms.max(removed + 1));
        let entry = |layer| OrgEntry {
            round: incoming.round,
            results: payload.clone(),
            layer,
            changed_at,
        };
        let Some(at) = same_team else {
            self.teams.push(entry(None));
            keys.push(Some(key));
            return OrgPaste::Added { team };
        };
        // Replacing a team's entry below keeps its key: the incoming round is that team's.
        let stored = &self.teams[at];
        let Some(here) = stored.team() else {
            return OrgPaste::Broken(LinkError::Invalid("stored team unreadable"));
        };
        if stored.round == incoming.round {
            // The same round's link made again later holds the answers that came in since.
            if here.data.respondents.len() < incoming.respondents.len() {
                self.teams[at] = entry(stored.layer);
            }
            return OrgPaste::AlreadyThere { team };
        }
        if newest_first(&incoming, &here.data).is_lt() {
            let layer = stored.layer;
            self.removed_rounds.insert(stored.round, now_ms);
            self.teams[at] = entry(layer);
            OrgPaste::Newer { team }
        } else {
            OrgPaste::Older { team }
        }
    }

    pub fn set_layer(&mut self, round: RoundId, layer: Option<Layer>, now_ms: i64) {
        if let Some(entry) = self.teams.iter_mut().find(|e| e.round == round) {
            entry.layer = layer;
            entry.changed_at = now_ms;
        }
    }

    pub fn remove_team(&mut self, round: RoundId, now_ms: i64) {
        let at = self
            .teams
            .iter()
            .filter(|e| e.round == round)
            .map(|e| e.changed_at)
            .fold(now_ms, i64::max);
        self.teams.retain(|e| e.round != round);
        self.removed_rounds.insert(round, at);
    }

    /// Whether an entry was taken out after it was last added or changed.
    fn is_removed(&self, entry: &OrgEntry) -> bool {
        self.removed_rounds
            .get(&entry.round)
            .is_some_and(|removed| *removed >= entry.changed_at)
    }

    fn merge(&mut self, theirs: &Organisation) {
        for (round, at) in &theirs.removed_rounds {
            let mine = self.removed_rounds.entry(*round).or_insert(*at);
            *mine = (*mine).max(*at);
        }
        for their in &theirs.teams {
            match self.teams.iter_mut().find(|e| e.round == their.round) {
                None => self.teams.push(their.clone()),
                Some(ours) if their.changed_at > ours.changed_at => *ours = their.clone(),
                Some(_) => {}
            }
        }
        let kept: Vec<OrgEntry> = self
            .teams
            .iter()
            .filter(|e| !self.is_removed(e))
            .cloned()
            .collect();
        self.teams = kept;
    }
}

impl OrgBook {
    pub fn is_empty(&self) -> bool {
        self.organisations.is_empty() && self.removed.is_empty()
    }

    pub fn get(&self, id: OrgId) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    pub fn get_mut(&mut self, id: OrgId) -> Option<&mut Organisation> {
        self.organisations.iter_mut().find(|o| o.id == id)
    }

    pub fn add(&mut self, organisation: Organisation) {
        self.organisations.push(organisation);
    }

    pub fn remove(&mut self, id: OrgId) {
        self.organisations.retain(|o| o.id != id);
        self.removed.insert(id);
    }

    /// Takes in another copy: organisations and teams missing here are added, a team's
    /// later change stays, and what either side deleted stays deleted.
    pub fn merge(&mut self, theirs: &OrgBook) {
        self.removed.extend(theirs.removed.iter().copied());
        for their in &theirs.organisations {
            match self.get_mut(their.id) {
                None => self.organisations.push(their.clone()),
                Some(ours) => ours.merge(their),
            }
        }
        let removed = &self.removed;
        self.organisations.retain(|o| !removed.contains(&o.id));
    }

    /// Restores a backup's organisations: what is missing is added, also what was deleted
    /// here (restoring is asked for, so what it brings back counts as changed now, later
    /// than any deletion another tab knows of). Returns the organisations and teams added.
    pub fn restore(&mut self, backup: &OrgBook, now_ms: i64) -> (usize, usize) {
        let (mut organisations, mut teams) = (0, 0);
        for their in &backup.organisations {
            self.removed.remove(&their.id);
            let restored = |entry: &OrgEntry| OrgEntry {
                changed_at: entry.changed_at.max(now_ms),
                ..entry.clone()
            };
            match self.get_mut(their.id) {
                None => {
                    let mut copy = their.clone();
                    copy.removed_rounds.clear();
                    copy.teams = copy.teams.iter().map(restored).collect();
                    teams += copy.teams.len();
                    organisations += 1;
                    self.organisations.push(copy);
                }
                Some(ours) => {
                    for entry in &their.teams {
                        if !ours.teams.iter().any(|e| e.round == entry.round) {
                            ours.removed_rounds.remove(&entry.round);
                            ours.teams.push(restored(entry));
                            teams += 1;
                        }
                    }
                }
            }
        }
        (organisations, teams)
    }
}
