//! Writes the large plan as one HTML page with the same content, order and table layout as the family PDF, for
//! bench/pdf-vs-chromium.sh to print with headless Chromium. It reads the very JSON the Typst template reads, so
//! the two renderers typeset the same text.
//!
//! `cargo run -p lifeboat-pdf --example large_plan_html -- OUT.html`

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::Value;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

fn arr<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

fn lines(v: &Value, key: &str) -> String {
    arr(v, key)
        .iter()
        .filter_map(Value::as_str)
        .map(esc)
        .collect::<Vec<_>>()
        .join("<br>")
}

/// `dir="auto"` is what the template's `t()` imitates.
fn cell(text: &str) -> String {
    format!("<td dir=\"auto\">{}</td>", esc(text))
}

fn table(out: &mut String, head: &[&str], rows: impl Iterator<Item = String>) {
    out.push_str("<table><thead><tr>");
    for h in head {
        let _ = write!(out, "<th>{h}</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        let _ = write!(out, "<tr>{r}</tr>");
    }
    out.push_str("</tbody></table>");
}

fn html(d: &Value) -> String {
    let meta = &d["meta"];
    let mut o = String::new();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../..");
    let _ = write!(
        o,
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title><style>
@font-face {{ font-family: "Noto Sans"; src: url("file:///usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"); }}
@font-face {{ font-family: "Noto Sans"; font-weight: bold; src: url("file:///usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"); }}
@font-face {{ font-family: "Vazirmatn"; src: url("file://{root}/ui/node_modules/vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf"); }}
@font-face {{ font-family: "Vazirmatn"; font-weight: bold; src: url("file://{root}/ui/node_modules/vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf"); }}
@page {{ size: A4; margin: 20mm 15mm 18mm 15mm;
  @top-left {{ content: "{title}"; font: 8pt "Noto Sans"; color: #555; }}
  @top-right {{ content: "Made {date}"; font: 8pt "Noto Sans"; color: #555; }}
  @bottom-left {{ content: "Confidential: family copy"; font: bold 8pt "Noto Sans"; color: #555; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8pt "Noto Sans"; color: #555; }} }}
body {{ font: 9pt/1.35 "Noto Sans", "Vazirmatn", "DejaVu Sans", sans-serif; color: #1a1a1a; }}
h1 {{ font-size: 14pt; break-after: avoid; }} h2 {{ font-size: 11pt; break-after: avoid; }}
table {{ width: 100%; border-collapse: collapse; }} thead {{ display: table-header-group; }}
th {{ background: #e9ecef; text-align: start; font-size: 8.5pt; }}
th, td {{ padding: 4px; border-bottom: 0.4pt solid #b8b8b8; vertical-align: top; overflow-wrap: anywhere; }}
.small {{ font-size: 0.86em; color: #555; }} .tag {{ border: 0.6pt solid; border-radius: 2pt; padding: 0 3pt; font-size: 0.8em; font-weight: bold; }}
</style></head><body>"#,
        title = esc(s(meta, "title")),
        date = esc(s(meta, "generated_date")),
    );

    let cover = &d["cover"];
    let _ = write!(
        o,
        "<h1 style=\"font-size:20pt\" dir=\"auto\">{}</h1><p class=\"small\">Our plan for leaving in an emergency, \
         printed for family at home. Made on {}.</p><p><b>Current phase</b> <span class=\"tag\">{}</span></p>",
        esc(s(meta, "title")),
        esc(s(meta, "generated")),
        esc(s(cover, "phase"))
    );
    o.push_str("<h1>Who this plan is for</h1>");
    table(
        &mut o,
        &["Name", "Relationship", "Nationality", "Born", "Lives in · notes"],
        arr(cover, "people").iter().map(|p| {
            format!(
                "{}{}{}{}<td dir=\"auto\">{} <span class=\"small\">· speaks {}</span><br><span class=\"small\">{}</span></td>",
                cell(s(p, "name")),
                cell(s(p, "relationship")),
                cell(s(p, "nationalities")),
                cell(s(p, "born")),
                esc(s(p, "lives")),
                esc(s(p, "languages")),
                esc(s(p, "notes"))
            )
        }),
    );
    o.push_str("<h1>Travel advisories</h1><p>No advisory data yet.</p>");

    let ins = &d["instructions"];
    let _ = write!(
        o,
        "<h1>If you cannot reach us</h1><blockquote dir=\"auto\">{}</blockquote><h2>Call first</h2>",
        esc(s(ins, "text"))
    );
    table(
        &mut o,
        &["Who", "Role", "Phone"],
        arr(ins, "call_first").iter().map(|c| {
            format!(
                "{}{}<td>{}</td>",
                cell(s(c, "name")),
                cell(s(c, "role")),
                lines(c, "phones")
            )
        }),
    );

    o.push_str("<h1>Contacts</h1>");
    table(
        &mut o,
        &["#", "Who", "Phone and messengers", "E-mail, address, notes"],
        arr(d, "contacts").iter().map(|c| {
            format!(
                "<td>{}</td><td dir=\"auto\"><b>{}</b>{}<br><span class=\"small\">{} · {}</span></td>\
                 <td>{}<br><span class=\"small\">{}</span></td><td dir=\"auto\">{}<br>{}<br><span class=\"small\">{}</span></td>",
                c["priority"],
                esc(s(c, "name")),
                if c["available_24_7"] == Value::Bool(true) {
                    " <span class=\"tag\">24/7</span>"
                } else {
                    ""
                },
                esc(s(c, "role")),
                esc(s(c, "country")),
                lines(c, "phones"),
                lines(c, "messengers"),
                esc(s(c, "email")),
                esc(s(c, "address")),
                esc(s(c, "notes"))
            )
        }),
    );

    o.push_str("<h1>Routes out</h1>");
    for r in arr(d, "routes") {
        let _ = write!(
            o,
            "<h2 dir=\"auto\">{}</h2><p><span class=\"tag\">{}</span> · last verified {}</p><p dir=\"auto\">{}</p>",
            esc(s(r, "name")),
            esc(s(r, "status")),
            esc(s(r, "last_verified")),
            esc(s(r, "summary"))
        );
        table(
            &mut o,
            &["#", "From → to", "By", "Time", "Border", "Needs · notes"],
            arr(r, "legs").iter().map(|l| {
                format!(
                    "<td>{}</td><td dir=\"auto\">{} → {}</td>{}{}{}<td>{}</td>",
                    l["n"],
                    esc(s(l, "from")),
                    esc(s(l, "to")),
                    cell(s(l, "mode")),
                    cell(s(l, "duration")),
                    cell(s(l, "border")),
                    lines(l, "needs")
                )
            }),
        );
        for p in arr(r, "rally_points") {
            let _ = write!(
                o,
                "<p>– <b dir=\"auto\">{}</b>, {}</p>",
                esc(s(p, "name")),
                esc(s(p, "address"))
            );
        }
    }

    o.push_str("<h1>Documents</h1>");
    table(
        &mut o,
        &["Document", "Holder", "Number", "Expires", "Original is", "Copies · notes"],
        arr(&d["documents"], "items").iter().map(|x| {
            format!(
                "<td><b>{}</b><br><span class=\"small\">{}</span></td>{}{}{}{}<td>{}<br><span class=\"small\">{}</span></td>",
                esc(s(x, "kind")),
                esc(s(x, "issuing_country")),
                cell(s(x, "holder")),
                cell(s(x, "number")),
                cell(s(x, "expires")),
                cell(s(x, "original")),
                lines(x, "copies"),
                esc(s(x, "notes"))
            )
        }),
    );

    o.push_str("<h1>Checklists</h1>");
    for l in arr(d, "checklists") {
        let _ = write!(
            o,
            "<h2 dir=\"auto\">{} <span class=\"small\">({} of {} done)</span></h2>",
            esc(s(l, "title")),
            l["done"],
            l["total"]
        );
        table(
            &mut o,
            &["", "Item", "Qty", "Use by", "Notes"],
            arr(l, "items").iter().map(|x| {
                format!(
                    "<td>{}</td>{}<td>{}</td>{}{}",
                    if x["done"] == Value::Bool(true) {
                        "☑"
                    } else {
                        "☐"
                    },
                    cell(s(x, "text")),
                    x["quantity"]
                        .as_u64()
                        .map(|q| q.to_string())
                        .unwrap_or_default(),
                    cell(s(x, "expires")),
                    cell(s(x, "notes"))
                )
            }),
        );
    }
    o.push_str("</body></html>\n");
    o
}

fn main() -> ExitCode {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: large_plan_html OUT.html");
        return ExitCode::FAILURE;
    };
    let plan = lifeboat_plan::sample::large_plan();
    let data = match lifeboat_pdf::template_data(&plan, &[], &lifeboat_pdf::PdfOptions::default()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(&out, html(&data)) {
        eprintln!("{out}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
