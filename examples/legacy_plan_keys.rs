//! Writes the frozen text → key table of `src/report/plan_legacy.rs` (run once, when measures got
//! keys): every measure text of every preset at its own legal date and at today's, hashed, with its
//! key. Prints the table's lines; paste them between the brackets.

use molnbedomning::model::Date;
use molnbedomning::presets::PRESETS;
use molnbedomning::report::plan_legacy::hash;
use molnbedomning::rules::evaluate;
use std::collections::BTreeMap;

fn main() {
    let mut table: BTreeMap<u64, String> = BTreeMap::new();
    for p in PRESETS {
        let a = p.assessment();
        for date in [a.legal_date, Date::ymd(2026, 12, 1)] {
            let mut b = a.clone();
            b.legal_date = date;
            for cell in &evaluate(&b).results {
                for (_, m, _) in cell.measures() {
                    table.entry(hash(&m.text.sv)).or_insert_with(|| m.key.clone());
                }
            }
        }
    }
    for (h, key) in table {
        println!("    (0x{h:016x}, \"{key}\"),");
    }
}
