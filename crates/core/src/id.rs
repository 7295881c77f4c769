//! 48-bit random ids for teams, rounds, members and organisations: short in a link (6 bytes), and
//! stored as 12 hexadecimal digits so that stored data stays readable.

use serde::{Deserialize, Serialize};

macro_rules! id48 {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(into = "String", try_from = "String")]
        pub struct $name(pub [u8; 6]);

        impl $name {
            /// 12 lowercase hexadecimal digits, as stored and shown in routes.
            pub fn to_hex(self) -> String {
                hex(&self.0)
            }

            pub fn from_hex(text: &str) -> Option<$name> {
                parse_hex(text).map($name)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.to_hex()
            }
        }

        impl TryFrom<String> for $name {
            type Error = &'static str;
            fn try_from(text: String) -> Result<$name, Self::Error> {
                $name::from_hex(&text).ok_or("an id is 12 hexadecimal digits")
            }
        }
    };
}

id48!(
    /// A team as one facilitator's browser keeps it.
    TeamId
);
id48!(
    /// A round's id: made once when the round is created, carried by its links.
    RoundId
);
id48!(
    /// A member's id within a round: made once in the member's browser, so a second
    /// response from the same member is recognised as theirs.
    MemberId
);
id48!(
    /// An organisation (a set of teams' results) as one facilitator's browser keeps it.
    OrgId
);

fn hex(bytes: &[u8; 6]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(12);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

fn parse_hex(text: &str) -> Option<[u8; 6]> {
    let digits = text.as_bytes();
    if digits.len() != 12 {
        return None;
    }
    let mut out = [0u8; 6];
    for (i, pair) in digits.chunks(2).enumerate() {
        let high = char::from(pair[0]).to_digit(16)?;
        let low = char::from(pair[1]).to_digit(16)?;
        out[i] = (high * 16 + low) as u8;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_rejects_anything_else() {
        let id = RoundId([0, 0x1f, 0xa0, 0xff, 0x42, 9]);
        assert_eq!(id.to_hex(), "001fa0ff4209");
        assert_eq!(RoundId::from_hex(&id.to_hex()), Some(id));
        assert_eq!(RoundId::from_hex("001FA0FF4209"), Some(id));
        for bad in [
            "",
            "001fa0ff420",
            "001fa0ff42090",
            "zz1fa0ff4209",
            "é01fa0ff420",
        ] {
            assert_eq!(RoundId::from_hex(bad), None, "{bad}");
        }
    }

    #[test]
    fn ids_are_stored_as_hex_strings() {
        let id = MemberId([1, 2, 3, 4, 5, 6]);
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, "\"010203040506\"");
        assert_eq!(serde_json::from_str::<MemberId>(&json).unwrap(), id);
        assert!(serde_json::from_str::<MemberId>("\"nope\"").is_err());
    }
}
