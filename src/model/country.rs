//! Countries and locations as values: ISO 3166-1 alpha-2 codes with Swedish and English names.
//! A party's jurisdiction is a [`Country`]; where data is stored or reached from is a
//! [`Location`], which may also be "EU" (somewhere in the EU/EEA, as with an EU data boundary).
//! The JSON stays a string ("SE", "EU", "unknown").

use super::{Error, Lang, Text};
use serde::{Deserialize, Serialize};

/// Every assigned ISO 3166-1 alpha-2 code, sorted by code: (code, Swedish name, English name).
pub const COUNTRIES: &[(&str, &str, &str)] = &[
    ("AD", "Andorra", "Andorra"),
    ("AE", "Förenade Arabemiraten", "United Arab Emirates"),
    ("AF", "Afghanistan", "Afghanistan"),
    ("AG", "Antigua och Barbuda", "Antigua and Barbuda"),
    ("AI", "Anguilla", "Anguilla"),
    ("AL", "Albanien", "Albania"),
    ("AM", "Armenien", "Armenia"),
    ("AO", "Angola", "Angola"),
    ("AQ", "Antarktis", "Antarctica"),
    ("AR", "Argentina", "Argentina"),
    ("AS", "Amerikanska Samoa", "American Samoa"),
    ("AT", "Österrike", "Austria"),
    ("AU", "Australien", "Australia"),
    ("AW", "Aruba", "Aruba"),
    ("AX", "Åland", "Åland Islands"),
    ("AZ", "Azerbajdzjan", "Azerbaijan"),
    ("BA", "Bosnien och Hercegovina", "Bosnia and Herzegovina"),
    ("BB", "Barbados", "Barbados"),
    ("BD", "Bangladesh", "Bangladesh"),
    ("BE", "Belgien", "Belgium"),
    ("BF", "Burkina Faso", "Burkina Faso"),
    ("BG", "Bulgarien", "Bulgaria"),
    ("BH", "Bahrain", "Bahrain"),
    ("BI", "Burundi", "Burundi"),
    ("BJ", "Benin", "Benin"),
    ("BL", "Saint-Barthélemy", "Saint Barthélemy"),
    ("BM", "Bermuda", "Bermuda"),
    ("BN", "Brunei", "Brunei"),
    ("BO", "Bolivia", "Bolivia"),
    ("BQ", "Bonaire, Sint Eustatius och Saba", "Bonaire, Sint Eustatius and Saba"),
    ("BR", "Brasilien", "Brazil"),
    ("BS", "Bahamas", "Bahamas"),
    ("BT", "Bhutan", "Bhutan"),
    ("BV", "Bouvetön", "Bouvet Island"),
    ("BW", "Botswana", "Botswana"),
    ("BY", "Belarus", "Belarus"),
    ("BZ", "Belize", "Belize"),
    ("CA", "Kanada", "Canada"),
    ("CC", "Kokosöarna", "Cocos (Keeling) Islands"),
    ("CD", "Kongo-Kinshasa", "Congo (Democratic Republic)"),
    ("CF", "Centralafrikanska republiken", "Central African Republic"),
    ("CG", "Kongo-Brazzaville", "Congo"),
    ("CH", "Schweiz", "Switzerland"),
    ("CI", "Elfenbenskusten", "Côte d'Ivoire"),
    ("CK", "Cooköarna", "Cook Islands"),
    ("CL", "Chile", "Chile"),
    ("CM", "Kamerun", "Cameroon"),
    ("CN", "Kina", "China"),
    ("CO", "Colombia", "Colombia"),
    ("CR", "Costa Rica", "Costa Rica"),
    ("CU", "Kuba", "Cuba"),
    ("CV", "Kap Verde", "Cabo Verde"),
    ("CW", "Curaçao", "Curaçao"),
    ("CX", "Julön", "Christmas Island"),
    ("CY", "Cypern", "Cyprus"),
    ("CZ", "Tjeckien", "Czechia"),
    ("DE", "Tyskland", "Germany"),
    ("DJ", "Djibouti", "Djibouti"),
    ("DK", "Danmark", "Denmark"),
    ("DM", "Dominica", "Dominica"),
    ("DO", "Dominikanska republiken", "Dominican Republic"),
    ("DZ", "Algeriet", "Algeria"),
    ("EC", "Ecuador", "Ecuador"),
    ("EE", "Estland", "Estonia"),
    ("EG", "Egypten", "Egypt"),
    ("EH", "Västsahara", "Western Sahara"),
    ("ER", "Eritrea", "Eritrea"),
    ("ES", "Spanien", "Spain"),
    ("ET", "Etiopien", "Ethiopia"),
    ("FI", "Finland", "Finland"),
    ("FJ", "Fiji", "Fiji"),
    ("FK", "Falklandsöarna", "Falkland Islands"),
    ("FM", "Mikronesiska federationen", "Micronesia"),
    ("FO", "Färöarna", "Faroe Islands"),
    ("FR", "Frankrike", "France"),
    ("GA", "Gabon", "Gabon"),
    ("GB", "Storbritannien", "United Kingdom"),
    ("GD", "Grenada", "Grenada"),
    ("GE", "Georgien", "Georgia"),
    ("GF", "Franska Guyana", "French Guiana"),
    ("GG", "Guernsey", "Guernsey"),
    ("GH", "Ghana", "Ghana"),
    ("GI", "Gibraltar", "Gibraltar"),
    ("GL", "Grönland", "Greenland"),
    ("GM", "Gambia", "Gambia"),
    ("GN", "Guinea", "Guinea"),
    ("GP", "Guadeloupe", "Guadeloupe"),
    ("GQ", "Ekvatorialguinea", "Equatorial Guinea"),
    ("GR", "Grekland", "Greece"),
    ("GS", "Sydgeorgien och Sydsandwichöarna", "South Georgia and the South Sandwich Islands"),
    ("GT", "Guatemala", "Guatemala"),
    ("GU", "Guam", "Guam"),
    ("GW", "Guinea-Bissau", "Guinea-Bissau"),
    ("GY", "Guyana", "Guyana"),
    ("HK", "Hongkong", "Hong Kong"),
    ("HM", "Heard- och McDonaldöarna", "Heard Island and McDonald Islands"),
    ("HN", "Honduras", "Honduras"),
    ("HR", "Kroatien", "Croatia"),
    ("HT", "Haiti", "Haiti"),
    ("HU", "Ungern", "Hungary"),
    ("ID", "Indonesien", "Indonesia"),
    ("IE", "Irland", "Ireland"),
    ("IL", "Israel", "Israel"),
    ("IM", "Isle of Man", "Isle of Man"),
    ("IN", "Indien", "India"),
    ("IO", "Brittiska territoriet i Indiska oceanen", "British Indian Ocean Territory"),
    ("IQ", "Irak", "Iraq"),
    ("IR", "Iran", "Iran"),
    ("IS", "Island", "Iceland"),
    ("IT", "Italien", "Italy"),
    ("JE", "Jersey", "Jersey"),
    ("JM", "Jamaica", "Jamaica"),
    ("JO", "Jordanien", "Jordan"),
    ("JP", "Japan", "Japan"),
    ("KE", "Kenya", "Kenya"),
    ("KG", "Kirgizistan", "Kyrgyzstan"),
    ("KH", "Kambodja", "Cambodia"),
    ("KI", "Kiribati", "Kiribati"),
    ("KM", "Komorerna", "Comoros"),
    ("KN", "Saint Kitts och Nevis", "Saint Kitts and Nevis"),
    ("KP", "Nordkorea", "North Korea"),
    ("KR", "Sydkorea", "South Korea"),
    ("KW", "Kuwait", "Kuwait"),
    ("KY", "Caymanöarna", "Cayman Islands"),
    ("KZ", "Kazakstan", "Kazakhstan"),
    ("LA", "Laos", "Laos"),
    ("LB", "Libanon", "Lebanon"),
    ("LC", "Saint Lucia", "Saint Lucia"),
    ("LI", "Liechtenstein", "Liechtenstein"),
    ("LK", "Sri Lanka", "Sri Lanka"),
    ("LR", "Liberia", "Liberia"),
    ("LS", "Lesotho", "Lesotho"),
    ("LT", "Litauen", "Lithuania"),
    ("LU", "Luxemburg", "Luxembourg"),
    ("LV", "Lettland", "Latvia"),
    ("LY", "Libyen", "Libya"),
    ("MA", "Marocko", "Morocco"),
    ("MC", "Monaco", "Monaco"),
    ("MD", "Moldavien", "Moldova"),
    ("ME", "Montenegro", "Montenegro"),
    ("MF", "Saint-Martin (franska delen)", "Saint Martin (French part)"),
    ("MG", "Madagaskar", "Madagascar"),
    ("MH", "Marshallöarna", "Marshall Islands"),
    ("MK", "Nordmakedonien", "North Macedonia"),
    ("ML", "Mali", "Mali"),
    ("MM", "Myanmar", "Myanmar"),
    ("MN", "Mongoliet", "Mongolia"),
    ("MO", "Macao", "Macao"),
    ("MP", "Nordmarianerna", "Northern Mariana Islands"),
    ("MQ", "Martinique", "Martinique"),
    ("MR", "Mauretanien", "Mauritania"),
    ("MS", "Montserrat", "Montserrat"),
    ("MT", "Malta", "Malta"),
    ("MU", "Mauritius", "Mauritius"),
    ("MV", "Maldiverna", "Maldives"),
    ("MW", "Malawi", "Malawi"),
    ("MX", "Mexiko", "Mexico"),
    ("MY", "Malaysia", "Malaysia"),
    ("MZ", "Moçambique", "Mozambique"),
    ("NA", "Namibia", "Namibia"),
    ("NC", "Nya Kaledonien", "New Caledonia"),
    ("NE", "Niger", "Niger"),
    ("NF", "Norfolkön", "Norfolk Island"),
    ("NG", "Nigeria", "Nigeria"),
    ("NI", "Nicaragua", "Nicaragua"),
    ("NL", "Nederländerna", "Netherlands"),
    ("NO", "Norge", "Norway"),
    ("NP", "Nepal", "Nepal"),
    ("NR", "Nauru", "Nauru"),
    ("NU", "Niue", "Niue"),
    ("NZ", "Nya Zeeland", "New Zealand"),
    ("OM", "Oman", "Oman"),
    ("PA", "Panama", "Panama"),
    ("PE", "Peru", "Peru"),
    ("PF", "Franska Polynesien", "French Polynesia"),
    ("PG", "Papua Nya Guinea", "Papua New Guinea"),
    ("PH", "Filippinerna", "Philippines"),
    ("PK", "Pakistan", "Pakistan"),
    ("PL", "Polen", "Poland"),
    ("PM", "Saint-Pierre och Miquelon", "Saint Pierre and Miquelon"),
    ("PN", "Pitcairnöarna", "Pitcairn"),
    ("PR", "Puerto Rico", "Puerto Rico"),
    ("PS", "Palestina", "Palestine"),
    ("PT", "Portugal", "Portugal"),
    ("PW", "Palau", "Palau"),
    ("PY", "Paraguay", "Paraguay"),
    ("QA", "Qatar", "Qatar"),
    ("RE", "Réunion", "Réunion"),
    ("RO", "Rumänien", "Romania"),
    ("RS", "Serbien", "Serbia"),
    ("RU", "Ryssland", "Russia"),
    ("RW", "Rwanda", "Rwanda"),
    ("SA", "Saudiarabien", "Saudi Arabia"),
    ("SB", "Salomonöarna", "Solomon Islands"),
    ("SC", "Seychellerna", "Seychelles"),
    ("SD", "Sudan", "Sudan"),
    ("SE", "Sverige", "Sweden"),
    ("SG", "Singapore", "Singapore"),
    ("SH", "Sankta Helena", "Saint Helena, Ascension and Tristan da Cunha"),
    ("SI", "Slovenien", "Slovenia"),
    ("SJ", "Svalbard och Jan Mayen", "Svalbard and Jan Mayen"),
    ("SK", "Slovakien", "Slovakia"),
    ("SL", "Sierra Leone", "Sierra Leone"),
    ("SM", "San Marino", "San Marino"),
    ("SN", "Senegal", "Senegal"),
    ("SO", "Somalia", "Somalia"),
    ("SR", "Surinam", "Suriname"),
    ("SS", "Sydsudan", "South Sudan"),
    ("ST", "São Tomé och Príncipe", "Sao Tome and Principe"),
    ("SV", "El Salvador", "El Salvador"),
    ("SX", "Sint Maarten (nederländska delen)", "Sint Maarten (Dutch part)"),
    ("SY", "Syrien", "Syria"),
    ("SZ", "Eswatini", "Eswatini"),
    ("TC", "Turks- och Caicosöarna", "Turks and Caicos Islands"),
    ("TD", "Tchad", "Chad"),
    ("TF", "Franska sydterritorierna", "French Southern Territories"),
    ("TG", "Togo", "Togo"),
    ("TH", "Thailand", "Thailand"),
    ("TJ", "Tadzjikistan", "Tajikistan"),
    ("TK", "Tokelau", "Tokelau"),
    ("TL", "Östtimor", "Timor-Leste"),
    ("TM", "Turkmenistan", "Turkmenistan"),
    ("TN", "Tunisien", "Tunisia"),
    ("TO", "Tonga", "Tonga"),
    ("TR", "Turkiet", "Türkiye"),
    ("TT", "Trinidad och Tobago", "Trinidad and Tobago"),
    ("TV", "Tuvalu", "Tuvalu"),
    ("TW", "Taiwan", "Taiwan"),
    ("TZ", "Tanzania", "Tanzania"),
    ("UA", "Ukraina", "Ukraine"),
    ("UG", "Uganda", "Uganda"),
    ("UM", "USA:s mindre öar", "United States Minor Outlying Islands"),
    ("US", "USA", "United States"),
    ("UY", "Uruguay", "Uruguay"),
    ("UZ", "Uzbekistan", "Uzbekistan"),
    ("VA", "Vatikanstaten", "Holy See"),
    ("VC", "Saint Vincent och Grenadinerna", "Saint Vincent and the Grenadines"),
    ("VE", "Venezuela", "Venezuela"),
    ("VG", "Brittiska Jungfruöarna", "British Virgin Islands"),
    ("VI", "Amerikanska Jungfruöarna", "U.S. Virgin Islands"),
    ("VN", "Vietnam", "Viet Nam"),
    ("VU", "Vanuatu", "Vanuatu"),
    ("WF", "Wallis- och Futunaöarna", "Wallis and Futuna"),
    ("WS", "Samoa", "Samoa"),
    ("YE", "Jemen", "Yemen"),
    ("YT", "Mayotte", "Mayotte"),
    ("ZA", "Sydafrika", "South Africa"),
    ("ZM", "Zambia", "Zambia"),
    ("ZW", "Zimbabwe", "Zimbabwe"),
];

/// The Swedish and English names of an assigned code.
pub fn country_names(code: &str) -> Option<(&'static str, &'static str)> {
    COUNTRIES.binary_search_by(|(c, _, _)| (*c).cmp(code)).ok().map(|i| (COUNTRIES[i].1, COUNTRIES[i].2))
}

/// The table as (code, name) in alphabetical order of the names in `lang`, for pickers. Swedish
/// puts Å, Ä, Ö after Z; English sorts them as A and O.
pub fn countries_by_name(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let key = |name: &str| -> String {
        name.chars()
            .map(|c| match (lang, c) {
                (Lang::Sv, 'Å') => '[',
                (Lang::Sv, 'Ä') => '\\',
                (Lang::Sv, 'Ö') => ']',
                (Lang::Sv, 'å') => '{',
                (Lang::Sv, 'ä') => '|',
                (Lang::Sv, 'ö') => '}',
                (_, 'Å' | 'Ä') => 'A',
                (_, 'Ö') => 'O',
                (_, 'É') => 'E',
                (_, c) => c,
            })
            .collect()
    };
    let mut out: Vec<_> = COUNTRIES.iter().map(|(c, sv, en)| (*c, if lang == Lang::Sv { *sv } else { *en })).collect();
    out.sort_by_cached_key(|(_, name)| key(name));
    out
}

/// The code a typed name or a lower-case code most likely means ("Sverige", "sweden", "se"), for
/// error messages that suggest the value to write.
pub fn suggest_code(typed: &str) -> Option<&'static str> {
    let t = typed.trim().to_lowercase();
    if t == "förenta staterna" || t == "usa" {
        return Some("US");
    }
    COUNTRIES
        .iter()
        .find(|(c, sv, en)| c.to_lowercase() == t || sv.to_lowercase() == t || en.to_lowercase() == t)
        .map(|(c, _, _)| *c)
}

/// What an old file or link may hold where a code belongs, beyond today's values: every version
/// wrote two upper-case letters, so "XX" or "EU" can come from an older file, "Sverige" cannot.
pub(crate) fn is_old_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn refused(s: &str, eu_allowed: bool) -> Error {
    Error::InvalidCountry { value: s.to_string(), suggestion: suggest_code(s).map(str::to_string), eu_allowed }
}

/// An assigned ISO 3166-1 alpha-2 code (upper case) or "unknown": where a party is incorporated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct Country(Option<[u8; 2]>);

impl Country {
    /// A country from a code known to be assigned (constants and tests).
    pub const fn code(code: &str) -> Country {
        let b = code.as_bytes();
        Country(Some([b[0], b[1]]))
    }
    pub fn unknown() -> Country {
        Country(None)
    }
    pub fn is_unknown(&self) -> bool {
        self.0.is_none()
    }
    /// Whether this is the country `code` (a byte comparison: the evaluation asks this often).
    pub fn is(&self, code: &str) -> bool {
        // Two bytes against two bytes: a slice comparison would call memcmp (12 % of a pass).
        matches!((self.0, code.as_bytes()), (Some([a, b]), [x, y]) if a == *x && b == *y)
    }
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Some(b) => std::str::from_utf8(b).unwrap_or("??"),
            None => "unknown",
        }
    }
    /// The Swedish and English labels for a finding's text; empty where no text is wanted
    /// (`texts_wanted`), so that a brief evaluation does not format them.
    pub fn names_for_text(&self) -> (String, String) {
        if super::texts_wanted() {
            (self.label(Lang::Sv), self.label(Lang::En))
        } else {
            (String::new(), String::new())
        }
    }
    /// The name with the code, e.g. "USA (US)"; "vet ej" / "unknown".
    pub fn label(&self, lang: Lang) -> String {
        match country_names(self.as_str()) {
            Some(names) => format!("{} ({})", if lang == Lang::Sv { names.0 } else { names.1 }, self.as_str()),
            None => Text::new("vet ej", "unknown").get(lang).to_string(),
        }
    }
}

impl TryFrom<String> for Country {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        if s == "unknown" {
            Ok(Country(None))
        } else if country_names(&s).is_some() {
            Ok(Country::code(&s))
        } else {
            Err(refused(&s, false))
        }
    }
}

impl<'de> Deserialize<'de> for Country {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Country::try_from(String::deserialize(d)?).map_err(super::serde_custom)
    }
}

impl From<Country> for String {
    fn from(c: Country) -> String {
        c.as_str().to_string()
    }
}

/// Where data is stored or reached from: a country (or "unknown"), or "EU" – somewhere in the
/// EU/EEA without a named country, as with an EU data boundary.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub enum Location {
    Country(Country),
    Eu,
}

impl Default for Location {
    fn default() -> Self {
        Location::Country(Country::unknown())
    }
}

impl Location {
    pub const fn code(code: &str) -> Location {
        Location::Country(Country::code(code))
    }
    pub fn unknown() -> Location {
        Location::default()
    }
    pub fn is_unknown(&self) -> bool {
        matches!(self, Location::Country(c) if c.is_unknown())
    }
    pub fn as_str(&self) -> &str {
        match self {
            Location::Country(c) => c.as_str(),
            Location::Eu => "EU",
        }
    }
    /// The country, or `None` for "EU", which names none.
    pub fn country(&self) -> Option<&Country> {
        match self {
            Location::Country(c) => Some(c),
            Location::Eu => None,
        }
    }
    /// The name with the code, e.g. "Irland (IE)", "EU/EES (EU)"; "vet ej" / "unknown".
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Location::Country(c) => c.label(lang),
            Location::Eu => Text::new("EU/EES (EU)", "EU/EEA (EU)").get(lang).to_string(),
        }
    }
}

impl From<Country> for Location {
    fn from(c: Country) -> Location {
        Location::Country(c)
    }
}

impl TryFrom<String> for Location {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        if s == "EU" {
            Ok(Location::Eu)
        } else {
            Country::try_from(s).map(Location::Country).map_err(|e| match e {
                Error::InvalidCountry { value, suggestion, .. } => {
                    Error::InvalidCountry { value, suggestion, eu_allowed: true }
                }
                other => other,
            })
        }
    }
}

impl<'de> Deserialize<'de> for Location {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Location::try_from(String::deserialize(d)?).map_err(super::serde_custom)
    }
}

impl From<Location> for String {
    fn from(l: Location) -> String {
        l.as_str().to_string()
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn code_schema(description: &str, extra: &[&str]) -> schemars::Schema {
    let values: Vec<&str> = COUNTRIES.iter().map(|(c, _, _)| *c).chain(extra.iter().copied()).collect();
    schemars::json_schema!({ "description": description, "type": "string", "enum": values })
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Country {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Country".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        code_schema("Tilldelad ISO 3166-1 alfa-2-kod (versaler) eller \"unknown\"", &["unknown"])
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Location {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Location".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        code_schema(
            "Tilldelad ISO 3166-1 alfa-2-kod (versaler), \"EU\" (någonstans inom EU/EES, t.ex. en EU-datagräns) eller \"unknown\"",
            &["EU", "unknown"],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_holds_every_assigned_code_once_sorted() {
        assert_eq!(COUNTRIES.len(), 249);
        for w in COUNTRIES.windows(2) {
            assert!(w[0].0 < w[1].0, "{} före {}", w[0].0, w[1].0);
        }
        for (code, sv, en) in COUNTRIES {
            assert!(is_old_code(code), "{code}");
            assert!(!sv.is_empty() && !en.is_empty(), "{code}");
        }
        assert_eq!(country_names("SE"), Some(("Sverige", "Sweden")));
        assert_eq!(country_names("EU"), None);
        assert_eq!(country_names("XX"), None);
    }

    #[test]
    fn pickers_list_names_alphabetically() {
        let sv: Vec<&str> = countries_by_name(Lang::Sv).into_iter().map(|(_, n)| n).collect();
        assert_eq!(sv.len(), COUNTRIES.len());
        assert_eq!(sv.first(), Some(&"Afghanistan"));
        assert_eq!(&sv[sv.len() - 3..], ["Åland", "Österrike", "Östtimor"]);
        let en = countries_by_name(Lang::En);
        let pos = |n: &str| en.iter().position(|(_, x)| *x == n).unwrap();
        assert!(pos("Afghanistan") < pos("Åland Islands") && pos("Åland Islands") < pos("Albania"));
    }

    #[test]
    fn labels_show_the_name_beside_the_code() {
        assert_eq!(Country::code("US").label(Lang::Sv), "USA (US)");
        assert_eq!(Country::code("IE").label(Lang::En), "Ireland (IE)");
        assert_eq!(Country::unknown().label(Lang::Sv), "vet ej");
        assert_eq!(Location::Eu.label(Lang::Sv), "EU/EES (EU)");
    }

    #[test]
    fn values_round_trip_as_strings_and_names_are_refused_with_a_hint() {
        for s in ["\"SE\"", "\"unknown\"", "\"EU\""] {
            let l: Location = serde_json::from_str(s).unwrap();
            assert_eq!(serde_json::to_string(&l).unwrap(), s);
        }
        assert!(serde_json::from_str::<Country>("\"EU\"").is_err());
        let e = serde_json::from_str::<Country>("\"Sverige\"").unwrap_err().to_string();
        assert!(e.contains("menade du SE?"), "{e}");
        let e = serde_json::from_str::<Location>("\"se\"").unwrap_err().to_string();
        assert!(e.contains("\"EU\"") && e.contains("menade du SE?"), "{e}");
        assert_eq!(suggest_code("Förenta staterna"), Some("US"));
    }
}
