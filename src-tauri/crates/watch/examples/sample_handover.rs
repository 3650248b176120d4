//! Prints a watch handover for trying or measuring `lifeboat-watch` by hand, with a fresh vault in DIR whose plan
//! watches Iran with every government (passphrase: "correct horse battery"). The state is empty and due at
//! once, so the binary polls as soon as it starts:
//!
//!   cargo run -p lifeboat-watch --example sample_handover -- /tmp/lb-vault > /tmp/handover.json
//!   lifeboat-watch --app "$(command -v lifeboat)" --feed-urls 'us-state-json=http://127.0.0.1:8000/us.json,…' \
//!       --gui-arg --data-dir --gui-arg /tmp/lb-vault < /tmp/handover.json

use lifeboat_plan::migrate;
use lifeboat_plan::onboarding::{new_plan, Onboarding};
use lifeboat_store::secrecy::SecretString;
use lifeboat_store::{Vault, VaultOptions};
use lifeboat_watch::handover::{Handover, SealerSpec, HANDOVER_VERSION};
use lifeboat_watch::WatchContext;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .ok_or("usage: sample_handover DIR (a folder without a vault)")?;
    let dir = std::path::absolute(dir)?;
    let plan = new_plan(
        &Onboarding {
            residence_country: "IR".into(),
            ..Onboarding::default()
        },
        lifeboat_plan::new_id,
    );
    let store = Vault::new(&dir, VaultOptions::default()).create(
        &SecretString::from("correct horse battery".to_owned()),
        &migrate::to_json_pretty(&plan)?,
    )?;
    let handover = Handover {
        version: HANDOVER_VERSION,
        context: WatchContext::from_plan(&plan),
        file: lifeboat_advisory::WatchFile::default(),
        sealer: Some(SealerSpec::of(&store.sealer())),
        notice: None,
    };
    std::io::Write::write_all(&mut std::io::stdout(), &handover.to_json()?)?;
    Ok(())
}
