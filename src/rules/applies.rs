//! Where a fact applies at all, so that the form shows a field only where an answer can matter
//! (issue 14: "each field shown only where it applies"). The conditions are the rules' own: a
//! certification scheme only for US parties while it is in force, transfer tools only where the
//! service may reach a third country, protective-security procurement only for classified
//! information.

use super::legal_state::{third_country, DPF, PRIVACY_SHIELD};
use crate::model::{Access, Assessment, Location, Party, Service, Tri};

/// `services[].parties[].dpf_certified`: a US party, from 2023-07-10.
pub fn dpf_certification(a: &Assessment, p: &Party) -> bool {
    p.jurisdiction.is("US") && DPF.in_force(a.legal_date)
}

/// `services[].parties[].privacy_shield_certified`: a US party, 2016-08-01 to 2020-07-16.
pub fn privacy_shield_certification(a: &Assessment, p: &Party) -> bool {
    p.jurisdiction.is("US") && PRIVACY_SHIELD.in_force(a.legal_date)
}

/// `services[].contract.scc` and `tia_done`: the service may store or reach data from a country
/// outside the EU/EEA (or one not yet known), and some information type may hold personal data.
pub fn transfer_tools(a: &Assessment, svc: &Service) -> bool {
    let outside = |l: &Location| third_country(l, a.legal_date) != Some(None);
    let reaching = |p: &Party| p.access != Access::None;
    let personal = a.information_types.iter().any(|i| i.personal_data != crate::model::PersonalData::None);
    personal
        && (svc
            .parties
            .iter()
            .filter(|p| reaching(p))
            .any(|p| outside(&Location::Country(p.jurisdiction.clone())) || p.access_from.iter().any(outside))
            || svc.components.iter().any(|c| outside(&c.data_location) || c.support_from.iter().any(outside)))
}

/// `services[].protective_security.*`: some information type is, or may become when compiled,
/// security-classified – known, not merely unknown (then the säkerhetsskyddsanalys comes first).
pub fn protective_security_procurement(a: &Assessment) -> bool {
    a.information_types.iter().any(|i| i.security_classified == Tri::Yes || i.aggregation_risk == Tri::Yes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Country, Date};
    use crate::presets::preset;

    #[test]
    fn certification_fields_apply_to_us_parties_while_the_scheme_is_in_force() {
        let mut a = preset("danderyd-2019-v3").unwrap().assessment();
        let microsoft = a.services[0].parties[0].clone();
        assert!(microsoft.jurisdiction.is("US"));
        assert!(privacy_shield_certification(&a, &microsoft) && !dpf_certification(&a, &microsoft));
        a.legal_date = Date::ymd(2024, 1, 1);
        assert!(!privacy_shield_certification(&a, &microsoft) && dpf_certification(&a, &microsoft));
        let irish = Party { jurisdiction: Country::code("IE"), ..microsoft };
        assert!(!dpf_certification(&a, &irish), "DPF for an Irish company does not apply");
    }

    #[test]
    fn transfer_tools_apply_where_a_third_country_may_be_reached() {
        let a = preset("danderyd-2019-v3").unwrap().assessment();
        assert!(transfer_tools(&a, &a.services[0]), "Office 365 with Microsoft in the US");
        assert!(!transfer_tools(&a, &a.services[1]), "own server with a Swedish support supplier");
    }

    #[test]
    fn procurement_applies_to_classified_information_only() {
        let a = preset("danderyd-2019-v3").unwrap().assessment();
        assert!(protective_security_procurement(&a), "Danderyd lists classified information");
        assert!(!protective_security_procurement(&crate::presets::blank()), "a blank assessment has none known");
    }
}
