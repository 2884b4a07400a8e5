//! The facts one rule sees: one service × one information type at the legal date, and the
//! derived facts several rules share (scope, clear-text access, ownership chain, exposure).

use super::legal_state::{self, Assumptions, LegalFact, DPF, NO_ASSUMPTIONS};
use crate::model::*;

/// One cell of the result matrix, as the rules see it.
#[derive(Clone)]
pub struct Cell<'a> {
    pub assessment: &'a Assessment,
    pub service: &'a Service,
    pub info: &'a InformationType,
    pub date: Date,
    pub profile: ProfileId,
    pub thresholds: &'a Thresholds,
    /// Hypothetical changes to the legal state (the watch-list); none in a normal evaluation.
    pub assumptions: &'a Assumptions,
    /// The components that hold this information (computed once; every rule asks).
    scope: Vec<&'a Component>,
    /// Read every unknown clear-text access as "yes": the worst case, to see whether unknown facts
    /// could change a verdict (then they decide it, and the verdict is "needs information").
    pessimistic: bool,
    /// Facts several rules derive from the cell, each computed on first use.
    derived: Derived<'a>,
    /// What the cells of this service share, computed once for all of them (`Cell::sharing`).
    shared: Option<&'a Shared<'a>>,
}

/// What every cell of one service derives alike, whatever its information type, its pessimism or
/// the legal assumptions: computed once for the service instead of once per cell (issue 15: each
/// of a portfolio's 40 information types computed it again). One per service: a completion of a
/// service (`rules::bounds`) is another service, with its own.
#[derive(Default)]
pub struct Shared<'a> {
    /// Each party's compulsion laws: they read the parties and the legal date alone.
    compulsion: std::cell::OnceCell<Vec<Compulsion<'a>>>,
    /// R4's transfer paths for the components they were computed for: a cell whose information
    /// is held in those same components (most cells: every component) reads them from here.
    transfer: std::cell::OnceCell<(Vec<&'a Component>, super::catalogue::TransferAnalysis<'a>)>,
}

/// What several rules derive from one cell, computed once. A cell read otherwise (pessimistic, under
/// assumptions) starts with none of it.
#[derive(Clone, Default)]
struct Derived<'a> {
    /// `foreign_exposure`: R2, R3, R4, R5 and R13 each ask it, some several times.
    exposure: std::cell::OnceCell<Tri>,
    /// R4's transfer paths: R4, R5 and R6 each read them.
    transfer: std::cell::OnceCell<super::catalogue::TransferAnalysis<'a>>,
    /// Each party's compulsion laws (by its place in the service): R1, R2, R3, R5 and the exposure
    /// each ask it.
    compulsion: std::cell::OnceCell<Vec<Compulsion<'a>>>,
}

/// The third-country laws that can compel one party, and whether that answer is incomplete.
type Compulsion<'a> = (Vec<(&'a Party, &'static LegalFact)>, bool);

impl<'a> Cell<'a> {
    pub fn new(assessment: &'a Assessment, service: &'a Service, info: &'a InformationType) -> Cell<'a> {
        Cell {
            assessment,
            service,
            info,
            date: assessment.legal_date,
            profile: assessment.profile,
            thresholds: &assessment.thresholds,
            assumptions: &NO_ASSUMPTIONS,
            scope: Self::named(service, info).into_iter().filter(|c| !c.enabled.is_no()).collect(),
            pessimistic: false,
            derived: Derived::default(),
            shared: None,
        }
    }

    /// The cell reading what every cell of its service shares from `shared`: one `Shared` per
    /// service, never two services' cells with one.
    pub fn sharing(self, shared: &'a Shared<'a>) -> Cell<'a> {
        Cell { shared: Some(shared), ..self }
    }

    /// The same cell read in the worst case: every unknown clear-text access taken as "yes".
    pub fn pessimistic(&self) -> Cell<'a> {
        Cell { pessimistic: true, derived: Derived::default(), ..self.clone() }
    }

    /// The same cell under hypothetical legal assumptions (the watch-list).
    pub fn with_assumptions(self, assumptions: &'a Assumptions) -> Cell<'a> {
        Cell { assumptions, derived: Derived::default(), ..self }
    }

    /// The adequacy decision for `country` at the legal date, under the cell's assumptions.
    pub fn adequacy(&self, country: &Country) -> Option<&'static super::sources::Source> {
        if self.assumptions.adequacy_lost.contains(country) {
            None
        } else if self.assumptions.adequacy_gained.contains(country) {
            Some(&super::sources::WATCH_ASSUMPTION)
        } else {
            legal_state::adequacy(country, self.date)
        }
    }

    /// Whether the EU–US Data Privacy Framework applies at the legal date, under the assumptions.
    pub fn dpf_in_force(&self) -> bool {
        DPF.in_force(self.date) && !self.assumptions.dpf_invalidated
    }

    /// Components named by the information type that this service has (all of them if it names none here).
    fn named(service: &'a Service, info: &InformationType) -> Vec<&'a Component> {
        let named: Vec<_> = service.components.iter().filter(|c| info.components.contains(&c.id)).collect();
        if named.is_empty() {
            service.components.iter().collect()
        } else {
            named
        }
    }

    /// Components that hold this information: named and not switched off (R24).
    pub fn components(&self) -> &[&'a Component] {
        &self.scope
    }

    /// Named components the body has switched off for this information (R24).
    pub fn switched_off(&self) -> Vec<&'a Component> {
        Self::named(self.service, self.info).into_iter().filter(|c| c.enabled.is_no()).collect()
    }

    /// The transfer analysis of this cell, computed on first use (`r04_overforing::analyse`).
    pub(super) fn transfer_analysis(
        &self,
        compute: impl Fn() -> super::catalogue::TransferAnalysis<'a>,
    ) -> &super::catalogue::TransferAnalysis<'a> {
        if let Some(shared) = self.shared {
            let (scope, analysis) = shared.transfer.get_or_init(|| (self.scope.clone(), compute()));
            let same = |a: &[&Component], b: &[&Component]| {
                a.len() == b.len() && a.iter().zip(b).all(|(x, y)| std::ptr::eq(*x, *y))
            };
            if same(scope, &self.scope) {
                return analysis;
            }
        }
        self.derived.transfer.get_or_init(compute)
    }

    pub fn party(&self, name: &str) -> Option<&'a Party> {
        self.service.parties.iter().find(|p| p.name == name)
    }

    /// External parties: everyone in the chain but the body's own IT organisation.
    pub fn external_parties(&self) -> impl Iterator<Item = &'a Party> {
        self.service.parties.iter().filter(|p| p.role != PartyRole::InternalIt)
    }

    /// The party and its owners upwards (stops on a cycle or an unnamed parent).
    pub fn ownership_chain(&self, party: &'a Party) -> Vec<&'a Party> {
        let mut chain = vec![party];
        let mut current = party;
        while let Some(parent) = current.parent.as_deref().and_then(|n| self.party(n)) {
            if chain.iter().any(|p| p.name == parent.name) {
                break;
            }
            chain.push(parent);
            current = parent;
        }
        chain
    }

    /// R7: is clear text of this component's data out of the provider's reach by key control?
    pub fn keys_exclude_provider(component: &Component) -> Tri {
        match component.key_control {
            KeyControl::Provider | KeyControl::CustomerKeyInProviderKms => Tri::No,
            KeyControl::ExternalKeyNoProviderCleartext => !component.provider_needs_cleartext,
            KeyControl::EndToEnd => (!component.provider_needs_cleartext).and(!component.provider_controls_client),
            KeyControl::Unknown => Tri::Unknown,
        }
    }

    /// Can `party` reach this component's content in clear text?
    pub fn cleartext_access(party: &Party, component: &Component) -> Tri {
        let excluded = Self::keys_exclude_provider(component);
        match party.access {
            Access::None | Access::Metadata => Tri::No,
            Access::Content => !excluded,
            Access::Unknown if excluded.is_yes() => Tri::No,
            Access::Unknown => Tri::Unknown,
        }
    }

    /// Can `party` reach content of any component holding this information?
    pub fn party_reaches_content(&self, party: &Party) -> Tri {
        let reach = Tri::any(self.components().iter().map(|c| Self::cleartext_access(party, c)));
        if self.pessimistic && reach.is_unknown() {
            Tri::Yes
        } else {
            reach
        }
    }

    /// Can any external party reach the content in clear text?
    pub fn any_external_cleartext(&self) -> Tri {
        Tri::any(self.external_parties().map(|p| self.party_reaches_content(p)))
    }

    /// Whether the tool cannot say whether `country` compels disclosure at the legal date: a known
    /// third country outside the EU/EEA, with no adequacy decision (which would imply that the
    /// Commission found essentially equivalent protection, limits on public authorities' access
    /// included) and no compulsion law in the tool's legal state. Its exposure is unknown, never
    /// "none" (DOMAIN.md §7).
    pub fn compulsion_unassessed(&self, country: &Country) -> bool {
        // An adequacy decision is a GDPR art. 45 finding: it says nothing about compulsion for OSL
        // röjande or säkerhetsskydd, so an adequate country the tool has no law for is unassessed too.
        !country.is_unknown()
            && legal_state::in_eea(country, self.date) == Some(false)
            && legal_state::compulsion_laws(country, self.date).is_empty()
    }

    /// The parties in `party`'s ownership chain whose country the tool has not assessed for
    /// compulsion (see [`Cell::compulsion_unassessed`]).
    pub fn unassessed_owners(&self, party: &'a Party) -> Vec<&'a Party> {
        self.ownership_chain(party).into_iter().filter(|o| self.compulsion_unassessed(&o.jurisdiction)).collect()
    }

    /// Third-country laws that can compel `party` (through its own or an owner's jurisdiction), with
    /// the party in the chain each applies to. The answer is incomplete where a jurisdiction is
    /// unknown, an owner is missing, or a jurisdiction is a third country the tool has not assessed.
    pub fn compulsion(&self, party: &'a Party) -> (std::borrow::Cow<'_, [(&'a Party, &'static LegalFact)]>, bool) {
        use std::borrow::Cow;
        match self.service.parties.iter().position(|p| std::ptr::eq(p, party)) {
            Some(i) => {
                let every = || self.service.parties.iter().map(|p| self.compulsion_uncached(p)).collect();
                let all = match self.shared {
                    Some(shared) => shared.compulsion.get_or_init(every),
                    None => self.derived.compulsion.get_or_init(every),
                };
                let (laws, incomplete) = &all[i];
                (Cow::Borrowed(laws.as_slice()), *incomplete)
            }
            // A party from elsewhere (tests): computed on the spot.
            None => {
                let (laws, incomplete) = self.compulsion_uncached(party);
                (Cow::Owned(laws), incomplete)
            }
        }
    }

    fn compulsion_uncached(&self, party: &'a Party) -> Compulsion<'a> {
        let mut found = Vec::new();
        let mut incomplete = false;
        for owner in self.ownership_chain(party) {
            if owner.jurisdiction.is_unknown() || self.compulsion_unassessed(&owner.jurisdiction) {
                incomplete = true;
            }
            for law in legal_state::compulsion_laws(&owner.jurisdiction, self.date) {
                found.push((owner, law));
            }
        }
        if party.parent.as_deref().is_some_and(|n| self.party(n).is_none()) {
            incomplete = true;
        }
        (found, incomplete)
    }

    /// Is any party that can (or may) reach content exposed to foreign compulsion?
    pub fn foreign_exposure(&self) -> Tri {
        *self.derived.exposure.get_or_init(|| self.exposure_uncached())
    }

    fn exposure_uncached(&self) -> Tri {
        Tri::any(self.external_parties().map(|p| self.party_exposure(p)))
    }

    /// Can `party` reach the content and be compelled by foreign law to disclose it?
    pub fn party_exposure(&self, party: &'a Party) -> Tri {
        let (laws, incomplete) = self.compulsion(party);
        let exposed = if !laws.is_empty() {
            Tri::Yes
        } else if incomplete {
            Tri::Unknown
        } else {
            Tri::No
        };
        self.party_reaches_content(party).and(exposed)
    }

    /// Is `party` the contracting provider or one of its owners, whose transparency figures the
    /// service's figures are? Not a subsidiary or sister company (they report apart, if at all), and
    /// no one where several providers of different groups make it unclear whose figures they are.
    pub fn reported_by_provider(&self, party: &'a Party) -> bool {
        let providers: Vec<&'a Party> = self.service.parties.iter().filter(|p| p.role == PartyRole::Provider).collect();
        let chains: Vec<Vec<&'a Party>> = providers.iter().map(|p| self.ownership_chain(p)).collect();
        let top = |c: &Vec<&'a Party>| c.last().map(|t| t.name.as_str());
        if chains.windows(2).any(|w| top(&w[0]) != top(&w[1])) {
            return false;
        }
        chains.iter().any(|c| c.iter().any(|p| p.name == party.name))
    }

    pub fn is_secret(&self) -> bool {
        self.info.secrecy.is_some()
    }

    pub fn has_personal_data(&self) -> Tri {
        match self.info.personal_data {
            PersonalData::None => Tri::No,
            PersonalData::Unknown => Tri::Unknown,
            _ => Tri::Yes,
        }
    }

    pub fn lang_list(names: &[&str]) -> String {
        if !crate::model::texts_wanted() {
            return String::new();
        }
        match names {
            [] => String::new(),
            [one] => one.to_string(),
            [rest @ .., last] => format!("{}, {}", rest.join(", "), last),
        }
    }
}

// --- rules-a helpers ---
impl<'a> Cell<'a> {
    /// Where a verdict-less explanation about exposure belongs: secrecy when the information is
    /// secret, otherwise the processor dimension (art. 28/32 risk) when it may hold personal data.
    pub fn explanation_dimension(&self) -> Option<super::verdict::Dimension> {
        use super::verdict::Dimension;
        if self.is_secret() {
            Some(Dimension::Secrecy)
        } else if !self.has_personal_data().is_no() {
            Some(Dimension::Processor)
        } else {
            None
        }
    }
}

// --- rules-b helpers ---
impl Cell<'_> {
    /// A fact counts as firm only when contracted or verified; a fact without provenance is not firm.
    pub fn is_firm(provenance: &Option<Provenance>) -> bool {
        provenance.as_ref().is_some_and(|p| p.status.is_firm())
    }
}
