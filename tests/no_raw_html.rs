//! No user text can reach the DOM as HTML: the sources use none of the raw-HTML escape hatches
//! (Yew and web-sys render text as text everywhere else). The XSS end-to-end test checks the result.

use std::fs;
use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).expect("src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), fs::read_to_string(&path).expect("read")));
        }
    }
}

#[test]
fn no_raw_html_sinks_in_the_sources() {
    let mut files = Vec::new();
    sources(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src")), &mut files);
    assert!(files.len() > 20, "källkoden hittades inte");
    let sinks = ["inner_html", "outer_html", "insert_adjacent_html", "from_html_unchecked", "document_write", "eval("];
    let found: Vec<String> = files
        .iter()
        .flat_map(|(file, text)| sinks.iter().filter(|s| text.contains(*s)).map(move |s| format!("{file}: {s}")))
        .collect();
    assert!(found.is_empty(), "rå HTML-inmatning i källkoden: {found:?}");
}
