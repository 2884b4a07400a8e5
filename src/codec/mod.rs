//! The link format: an assessment in the URL fragment (`#…`, never sent to a server).
//!
//! A fragment is `<version><mode>.<payload>`; version 1 has three modes:
//! - `1p.<preset>`: a preset, unchanged;
//! - `1d.<preset>.<data>`: a preset plus the changes made to it (see [`patch`]);
//! - `1f.<data>`: a whole assessment;
//! - `1q.<data>`: a supplier questionnaire only — the open questions about the supplier's facts,
//!   never the body's own (see `analysis::questionnaire`);
//! - `1e.<salt>.<iv>.<ciphertext>`: any of the above, encrypted in the browser with a passphrase
//!   (AES-GCM-256, key from PBKDF2-SHA256 with [`PBKDF2_ITERATIONS`] iterations and a random salt);
//! - `1o.<fragment>`: the public version (`1p`, `1d` or `1f` of the assessment without its
//!   security configuration, [`encode_public`]), marked so that whoever opens it is told that
//!   verdicts may differ from the full assessment;
//!
//! where `<data>` is the JSON, DEFLATE-compressed, in unpadded base64url. The JSON is the public
//! file format, which is self-describing: a link made before a field was added still decodes, the
//! new field taking its default. The encoder picks the shortest mode.
//!
//! Old links must decode forever: `tests/golden_links/` holds links of every version with the
//! assessment each must give, checked in every build. A preset that links refer to must therefore
//! not change under the same id; freeze the old file and give the new one a new id.
//!
//! Decoding is total: any string gives an assessment or a typed error with a Swedish and an English
//! message ([`Error`]); the fragment length,
//! decompressed size and element counts are capped.

mod patch;

use crate::model::{parse_assessment_with_notices, Assessment, Error, LoadNotice};
use crate::presets::preset;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::Value;

/// Longest fragment accepted (characters).
pub const MAX_FRAGMENT: usize = 200_000;
/// Largest decompressed JSON accepted (bytes).
pub const MAX_JSON: usize = 2_000_000;
/// Largest array accepted anywhere in a decoded assessment.
pub const MAX_ARRAY: usize = 1_000;

/// PBKDF2 iterations for passphrase-protected links (OWASP 2023 recommendation for SHA-256).
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// Salt, IV and ciphertext of an encrypted fragment.
pub struct Encrypted {
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// The parts of an encrypted fragment, or `None` if it is not one.
pub fn encrypted_parts(fragment: &str) -> Option<Result<Encrypted, Error>> {
    let rest = fragment.strip_prefix('#').unwrap_or(fragment).trim().strip_prefix("1e.")?;
    let parts: Vec<&str> = rest.split('.').collect();
    let [salt, iv, data] = parts.as_slice() else {
        return Some(Err(Error::EncryptedLinkCut));
    };
    let b = |s: &str| URL_SAFE_NO_PAD.decode(s.as_bytes()).map_err(|_| Error::EncryptedLinkDamaged);
    Some((|| {
        let (salt, iv, data) = (b(salt)?, b(iv)?, b(data)?);
        if salt.len() != 16 || iv.len() != 12 || data.len() < 16 || data.len() > MAX_FRAGMENT {
            return Err(Error::EncryptedLinkDamaged);
        }
        Ok(Encrypted { salt, iv, ciphertext: data })
    })())
}

/// Frames encrypted bytes as a fragment.
pub fn encrypted_fragment(salt: &[u8], iv: &[u8], ciphertext: &[u8]) -> String {
    format!("1e.{}.{}.{}", URL_SAFE_NO_PAD.encode(salt), URL_SAFE_NO_PAD.encode(iv), URL_SAFE_NO_PAD.encode(ciphertext))
}

/// Encodes an assessment as a fragment (without `#`), choosing the shortest mode.
pub fn encode(a: &Assessment) -> String {
    let full = serde_json::to_value(a).unwrap_or(Value::Null);
    let mut best = format!("1f.{}", pack(&full));
    for p in crate::presets::PRESETS {
        let Ok(base) = base_of(p.id) else { continue };
        let candidate = match patch::diff(&base, &full) {
            None => format!("1p.{}", p.id),
            Some(d) => format!("1d.{}.{}", p.id, pack(&d)),
        };
        if candidate.len() < best.len() {
            best = candidate;
        }
    }
    best
}

/// Decodes a fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Assessment, Error> {
    decode_with_notices(fragment).map(|(a, _)| a)
}

/// Decodes a fragment and says which old values it read in a new way (see
/// [`parse_assessment_with_notices`]): an old link still opens, and the user learns what to check.
pub fn decode_with_notices(fragment: &str) -> Result<(Assessment, Vec<LoadNotice>), Error> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if f.is_empty() {
        return Err(Error::LinkEmpty);
    }
    if f.len() > MAX_FRAGMENT {
        return Err(Error::LinkTooLong { length: f.len(), max: MAX_FRAGMENT });
    }
    let (head, rest) = f.split_once('.').ok_or(Error::LinkMalformed)?;
    let json = match head {
        "1p" => base_of(rest)?,
        "1d" => {
            let (id, data) = rest.split_once('.').ok_or(Error::LinkChangesMissing)?;
            patch::apply(&base_of(id)?, &unpack(data)?)
        }
        "1f" => unpack(rest)?,
        "1o" if !rest.starts_with("1o.") => return decode_with_notices(rest),
        "1e" => return Err(Error::LinkEncrypted),
        "1q" => return Err(Error::LinkIsQuestionnaire),
        h if h.starts_with('1') => return Err(Error::LinkUnknownMode { mode: truncate(h) }),
        h => return Err(Error::LinkTooNew { format: h.chars().take(8).collect() }),
    };
    check_sizes(&json, 0)?;
    parse_assessment_with_notices(&json.to_string()).map_err(|e| Error::LinkInvalidAssessment(Box::new(e)))
}

/// The preset a diff applies to, exactly as the encoder saw it: with every default filled in.
fn base_of(id: &str) -> Result<Value, Error> {
    let p = preset(id).ok_or_else(|| Error::LinkUnknownPreset { id: truncate(id) })?;
    serde_json::to_value(p.assessment()).map_err(|e| Error::Serialize { message: e.to_string() })
}

fn pack(v: &Value) -> String {
    let json = v.to_string();
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10))
}

fn unpack(data: &str) -> Result<Value, Error> {
    let bytes = URL_SAFE_NO_PAD.decode(data.as_bytes()).map_err(|_| Error::LinkNotBase64)?;
    let json =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_JSON).map_err(|_| Error::LinkNotCompressed)?;
    serde_json::from_slice(&json).map_err(|_| Error::LinkNotJson)
}

/// Deepest nesting accepted in a decoded link.
const MAX_DEPTH: usize = 32;

fn check_sizes(v: &Value, depth: usize) -> Result<(), Error> {
    if depth > MAX_DEPTH {
        return Err(Error::LinkTooDeep { max_depth: MAX_DEPTH });
    }
    match v {
        Value::Array(a) if a.len() > MAX_ARRAY => Err(Error::LinkListTooLong { max: MAX_ARRAY }),
        Value::Array(a) => a.iter().try_for_each(|x| check_sizes(x, depth + 1)),
        Value::Object(o) => o.values().try_for_each(|x| check_sizes(x, depth + 1)),
        _ => Ok(()),
    }
}

fn truncate(s: &str) -> String {
    s.chars().take(60).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::PRESETS;

    #[test]
    fn every_preset_round_trips_and_fits_in_a_short_link() {
        for p in PRESETS {
            let a = p.assessment();
            let link = encode(&a);
            assert_eq!(link, format!("1p.{}", p.id));
            assert_eq!(decode(&link).unwrap(), a);
        }
    }

    #[test]
    fn an_edited_preset_becomes_a_small_diff() {
        let mut a = PRESETS[0].assessment();
        a.information_types[0].security_classified = crate::model::Tri::Yes;
        a.title = "Ändrad".into();
        let link = encode(&a);
        assert!(link.starts_with("1d."), "{link}");
        assert!(link.len() < 200, "{} tecken", link.len());
        assert_eq!(decode(&format!("#{link}")).unwrap(), a);
    }

    #[test]
    fn an_old_link_with_an_unassigned_jurisdiction_opens_with_a_notice() {
        let mut v = serde_json::to_value(PRESETS[0].assessment()).unwrap();
        v["services"][0]["parties"][0]["jurisdiction"] = "EU".into();
        let (a, notices) = decode_with_notices(&format!("1f.{}", pack(&v))).unwrap();
        assert!(a.services[0].parties[0].jurisdiction.is_unknown());
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].path, "services[0].parties[0].jurisdiction");
    }

    #[test]
    fn broken_links_give_swedish_errors() {
        let sv = |f: &str| decode(f).unwrap_err().to_string();
        assert!(sv("").contains("ingen bedömning"));
        assert!(sv("#1p.finns-inte").contains("som inte finns"));
        assert!(sv("1f.!!!").contains("base64url"));
        assert!(sv("1f.AAAA").contains("packas upp"));
        assert!(sv("9x.abc").contains("nyare"));
        assert!(sv("1d.o365-2018-lockbox").contains("avklippt"));
        let not_an_assessment = format!("1f.{}", pack(&serde_json::json!({"format": 1})));
        assert!(sv(&not_an_assessment).contains("ogiltig bedömning"));
    }

    /// The same broken links in English: typed errors, so the English UI shows no Swedish.
    #[test]
    fn broken_links_give_english_errors_too() {
        let mut bad_value = serde_json::to_value(PRESETS[0].assessment()).unwrap();
        bad_value["services"][0]["parties"][0]["access"] = "alla".into();
        let mut bad_date = serde_json::to_value(PRESETS[0].assessment()).unwrap();
        bad_date["legal_date"] = "2018-02-30".into();
        let deep = (0..40).fold(Value::from(1), |v, _| Value::Array(vec![v]));
        let cases = [
            ("".to_string(), "the link contains no assessment"),
            ("#1p.finns-inte".into(), "which does not exist in this version"),
            ("1f.!!!".into(), "invalid characters (base64url)"),
            ("1f.AAAA".into(), "could not be unpacked"),
            ("9x.abc".into(), "is too new for this version"),
            ("1x.abc".into(), "unknown link mode"),
            ("1d.o365-2018-lockbox".into(), "cut off"),
            ("nonsense".into(), "does not have the form"),
            (encrypted_fragment(&[1; 16], &[2; 12], &[3; 40]), "passphrase"),
            (
                format!("1f.{}", pack(&serde_json::json!({"format": 1}))),
                "the link contains an invalid assessment: the field \"legal_date\" is missing",
            ),
            (format!("1f.{}", pack(&bad_value)), "unknown value \"alla\""),
            (format!("1f.{}", pack(&bad_date)), "invalid date \"2018-02-30\""),
            (format!("1f.{}", pack(&deep)), "nested too deeply"),
        ];
        for (fragment, expected) in cases {
            let m = decode(&fragment).unwrap_err().message();
            assert!(m.en.contains(expected), "{fragment}: {}", m.en);
            assert_ne!(m.sv, m.en);
            assert!(!m.en.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']), "{fragment}: {}", m.en);
        }
    }

    #[test]
    fn encrypted_fragments_are_framed_and_checked() {
        let f = encrypted_fragment(&[1; 16], &[2; 12], &[3; 40]);
        assert!(decode(&f).unwrap_err().to_string().contains("lösenfras"));
        let e = encrypted_parts(&f).unwrap().unwrap();
        assert_eq!((e.salt.len(), e.iv.len(), e.ciphertext.len()), (16, 12, 40));
        assert!(encrypted_parts("1e.AAAA").unwrap().is_err());
        assert!(encrypted_parts(&encrypted_fragment(&[1; 8], &[2; 12], &[3; 40])).unwrap().is_err());
        assert!(encrypted_parts("1p.x").is_none());
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let big = format!("[{}]", vec!["0"; 1_500_000].join(","));
        let data = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(big.as_bytes(), 10));
        assert!(data.len() < 20_000);
        assert!(decode(&format!("1f.{data}")).is_err());
    }
}

/// A supplier questionnaire as a fragment (`1q.`): only the questions, never the body's own facts.
pub fn encode_questionnaire(q: &crate::analysis::questionnaire::Questionnaire) -> String {
    format!("1q.{}", pack(&serde_json::to_value(q).unwrap_or(Value::Null)))
}

/// The questionnaire in a `1q.` fragment, or `None` if the fragment is not one.
pub fn decode_questionnaire(fragment: &str) -> Option<Result<crate::analysis::questionnaire::Questionnaire, Error>> {
    let data = fragment.strip_prefix('#').unwrap_or(fragment).trim().strip_prefix("1q.")?;
    Some((|| {
        if data.len() > MAX_FRAGMENT {
            return Err(Error::LinkTooLong { length: data.len(), max: MAX_FRAGMENT });
        }
        let v = unpack(data)?;
        check_sizes(&v, 0)?;
        crate::model::parse_part(v, "").map_err(|_| Error::LinkInvalidQuestionnaire)
    })())
}

/// The assessment without the body's security configuration (OSL 18 kap. 8 §), for sharing:
/// its own configuration, access controls, key handling and which features are switched on become
/// unknown. The same parts the public report leaves out.
/// The public version's link: the assessment without its security configuration, marked `1o.`.
pub fn encode_public(a: &Assessment) -> String {
    format!("1o.{}", encode(&without_security_configuration(a)))
}

/// Whether a fragment is a public version's link (`1o.`).
pub fn is_public(fragment: &str) -> bool {
    fragment.strip_prefix('#').unwrap_or(fragment).trim().starts_with("1o.")
}

pub fn without_security_configuration(a: &Assessment) -> Assessment {
    use crate::model::{Configuration, KeyControl, Tri};
    let mut a = a.clone();
    for s in &mut a.services {
        s.configuration = Configuration::default();
        s.controls.clear();
        for c in &mut s.components {
            c.key_control = KeyControl::Unknown;
            c.provider_controls_client = Tri::Unknown;
            c.enabled = Tri::Unknown;
            c.provenance = None;
        }
    }
    a
}

#[cfg(test)]
mod sharing_tests {
    use super::*;
    use crate::presets::PRESETS;

    /// A public link is marked, decodes to the assessment without configuration, and is not
    /// nested.
    #[test]
    fn public_links_are_marked_and_decode_without_configuration() {
        for p in PRESETS {
            let a = p.assessment();
            let link = encode_public(&a);
            assert!(is_public(&link) && !is_public(&encode(&a)), "{link}");
            assert_eq!(decode(&link).unwrap(), without_security_configuration(&a));
        }
        assert!(decode("1o.1o.1p.o365-2018").is_err());
    }

    #[test]
    fn a_questionnaire_link_carries_the_questions_and_nothing_of_the_bodys_own() {
        let a = PRESETS[0].assessment();
        let q = crate::analysis::questionnaire::questionnaire(&a, 0);
        let link = encode_questionnaire(&q);
        assert!(link.starts_with("1q."));
        let back = decode_questionnaire(&link).unwrap().unwrap();
        assert_eq!(back, q);
        assert!(decode(&link).unwrap_err().to_string().contains("frågeformulär"));
        assert!(decode_questionnaire("1p.o365-2018").is_none());
        assert!(decode_questionnaire("1q.AAAA").unwrap().is_err());
    }

    #[test]
    fn the_configuration_free_link_carries_no_configuration() {
        let mut a = PRESETS[0].assessment();
        a.services[0].configuration.mfa = crate::model::Tri::Yes;
        let stripped = without_security_configuration(&a);
        let link = encode(&stripped);
        let back = decode(&link).unwrap();
        assert!(back.services[0].controls.is_empty());
        assert_eq!(back.services[0].configuration, crate::model::Configuration::default());
        assert!(back.services[0].components.iter().all(|c| c.key_control == crate::model::KeyControl::Unknown));
        // The facts about the supplier stay.
        assert_eq!(back.services[0].parties, a.services[0].parties);
    }
}
