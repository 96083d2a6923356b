//! Prints each sentence of a body file with its speaker, for eyeballing segmentation and
//! attribution: `cargo run --example extract_show -- FILE [--transcript]`.

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: extract_show FILE [--transcript]"))?;
    let transcript = args.next().as_deref() == Some("--transcript");
    let body = std::fs::read_to_string(&path)?;
    let opts = factdesk::extract::Options {
        transcript,
        ..Default::default()
    };
    for s in factdesk::extract::extract(&body, &opts) {
        let speaker = s.speaker.as_deref().unwrap_or("-");
        println!("[{speaker}] {}", body[s.start..s.end].replace('\n', "\\n"));
    }
    Ok(())
}
