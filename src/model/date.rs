//! Calendar dates (YYYY-MM-DD) for legal dates, provenance and re-check dates.

use super::Error;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A proleptic Gregorian date. Ordered, so validity periods compare directly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Compile-time constructor for dates in the legal tables; panics at compile time if invalid.
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        assert!(month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month));
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD`; the error ([`Error::InvalidDate`]) has a Swedish and an English message.
    pub fn parse(s: &str) -> Result<Date, Error> {
        let bad = || Error::InvalidDate { value: s.to_string() };
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, Error> {
            let part = &s[r];
            if !part.bytes().all(|c| c.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse().map_err(|_| bad())
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if !(1900..=2200).contains(&year) || !(1..=12).contains(&month) {
            return Err(bad());
        }
        if day < 1 || day > u16::from(days_in_month(year, month as u8)) {
            return Err(bad());
        }
        Ok(Date { year, month: month as u8, day: day as u8 })
    }

    /// The civil date `days` days after 1970-01-01 (H. Hinnant's algorithm), for "today" on native.
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// Today's date in UTC from the system clock (native CLI; the browser asks `js_sys::Date`).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today() -> Date {
        let secs =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
        Date::from_unix_days(secs.div_euclid(86_400))
    }
}

const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        _ => 28,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.collect_str(self)
        } else {
            (self.year, self.month, self.day).serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            Date::parse(&s).map_err(super::serde_custom)
        } else {
            let (y, m, dd) = <(u16, u8, u8)>::deserialize(d)?;
            Date::parse(&format!("{y:04}-{m:02}-{dd:02}")).map_err(super::serde_custom)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date", "pattern": "^\\d{4}-\\d{2}-\\d{2}$" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d = Date::parse("2023-07-01").unwrap();
        assert_eq!(d, Date::ymd(2023, 7, 1));
        assert_eq!(d.to_string(), "2023-07-01");
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("2024-02-29").is_ok());
        let e = Date::parse("2023-7-1").unwrap_err();
        assert!(e.to_string().contains("ÅÅÅÅ-MM-DD"), "{e}");
        assert!(e.message().en.contains("YYYY-MM-DD"), "{e}");
        assert!(Date::parse("20x3-07-01").is_err());
        assert!(Date::parse("2023-13-01").is_err());
    }

    #[test]
    fn unix_days_to_civil() {
        assert_eq!(Date::from_unix_days(0), Date::ymd(1970, 1, 1));
        assert_eq!(Date::from_unix_days(20_414), Date::ymd(2025, 11, 22));
        assert_eq!(Date::from_unix_days(11_016), Date::ymd(2000, 2, 29));
    }
}
