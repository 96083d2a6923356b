//! Reads one text on stdin and prints its sentences as a JSON array, for
//! `../shared/tools/sbd_eval.py`.

use std::io::Read;

fn main() -> anyhow::Result<()> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let sentences: Vec<&str> = factdesk::extract::segment::split(&text)
        .into_iter()
        .map(|span| &text[span])
        .collect();
    println!("{}", serde_json::to_string(&sentences)?);
    Ok(())
}
