//! One Lifeboat per desktop session, on a D-Bus name of our own. Whichever process is Lifeboat right now owns
//! [`NAME`] and serves [`INTERFACE`] at [`PATH`]: the app while its window is open, `lifeboat-watch` while the
//! window is closed. A second launch of Lifeboat calls [`METHOD`] on the owner and exits, so it brings the one
//! window back instead of starting a second watch. Both binaries build this module, so the two sides of the
//! protocol cannot drift apart, and no plugin's private protocol sits in between.
//!
//! The name passes from the app to `lifeboat-watch` without a gap: the background process asks for it queued
//! ([`Instance::queue_for_name`]) while the app still owns it, and the bus hands it over the moment the app exits.
//! Back the other way, the background process releases it before it relaunches the app, which then claims it.

use std::sync::Arc;
use std::time::Duration;

use enumflags2::BitFlag;
use futures_util::StreamExt;
use zbus::fdo::{DBusProxy, RequestNameFlags, RequestNameReply};
use zbus::names::WellKnownName;

use crate::WatchError;

/// The well-known name Lifeboat owns on the session bus.
pub const NAME: &str = "org.lifeboat.desktop.Instance";
pub const PATH: &str = "/org/lifeboat/desktop/Instance";
/// Versioned, as D-Bus interfaces are: a change of the method's signature is a new interface.
pub const INTERFACE: &str = "org.lifeboat.desktop.Instance1";
/// `Launched(argv: as, cwd: s)`: Lifeboat was launched again with this command line in this folder.
pub const METHOD: &str = "Launched";

/// How long a second launch waits for the running Lifeboat to answer before it gives up.
const CALL_TIMEOUT: Duration = Duration::from_secs(5);

/// A second launch of Lifeboat, as it tells the running one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    pub argv: Vec<String>,
    pub cwd: String,
}

impl Launch {
    /// This process's command line and working folder (lossy: D-Bus strings are UTF-8, a path may not be).
    pub fn this_process() -> Launch {
        Launch {
            argv: std::env::args_os()
                .map(|a| a.to_string_lossy().into_owned())
                .collect(),
            cwd: std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_default(),
        }
    }
}

/// What the owner does when a second launch calls: bring its window back. Runs on the bus connection's task.
pub type OnLaunch = Arc<dyn Fn(Launch) + Send + Sync>;

struct Served {
    on_launch: OnLaunch,
}

#[zbus::interface(name = "org.lifeboat.desktop.Instance1")]
impl Served {
    /// The arguments are handed on, never logged: they may name the plan's folder.
    async fn launched(&self, argv: Vec<String>, cwd: String) {
        (self.on_launch)(Launch { argv, cwd });
    }
}

/// What [`Instance::claim`] found.
pub enum Claim {
    /// This process is Lifeboat now; a later launch reaches it through the instance.
    First(Instance),
    /// Lifeboat already runs and was told of this launch: this process should exit.
    Forwarded,
}

/// A session bus connection serving [`INTERFACE`]; the name is released when it is dropped.
pub struct Instance {
    conn: zbus::Connection,
}

fn bus_error(e: impl std::fmt::Display) -> WatchError {
    WatchError::Bus(e.to_string())
}

impl Instance {
    /// Connects to the session bus and serves the interface, without asking for the name yet.
    pub async fn connect(on_launch: OnLaunch) -> Result<Instance, WatchError> {
        Self::build(
            zbus::connection::Builder::session().map_err(bus_error)?,
            on_launch,
        )
        .await
    }

    /// The same on the bus at `address` (the tests' private bus).
    pub async fn connect_to(address: &str, on_launch: OnLaunch) -> Result<Instance, WatchError> {
        let builder = zbus::connection::Builder::address(address).map_err(bus_error)?;
        Self::build(builder, on_launch).await
    }

    async fn build(
        builder: zbus::connection::Builder<'_>,
        on_launch: OnLaunch,
    ) -> Result<Instance, WatchError> {
        let conn = builder
            .method_timeout(CALL_TIMEOUT)
            .serve_at(PATH, Served { on_launch })
            .map_err(bus_error)?
            .build()
            .await
            .map_err(bus_error)?;
        Ok(Instance { conn })
    }

    /// The app at start: takes the name if nobody has it; otherwise tells its owner about `launch`. An owner that
    /// went away in between is not waited for: the name is asked for once more.
    pub async fn claim(self, launch: &Launch) -> Result<Claim, WatchError> {
        let mut last_error = None;
        for _ in 0..2 {
            // zbus answers "exists" (someone owns it, and we asked not to queue) with NameTaken.
            match self
                .conn
                .request_name_with_flags(NAME, RequestNameFlags::DoNotQueue.into())
                .await
            {
                Ok(_) => return Ok(Claim::First(self)),
                Err(zbus::Error::NameTaken) => {}
                Err(e) => return Err(bus_error(e)),
            }
            match forward(&self.conn, launch).await {
                Ok(()) => return Ok(Claim::Forwarded),
                Err(e) => last_error = Some(e),
            }
        }
        Err(last_error.unwrap_or_else(|| bus_error("the name stayed taken")))
    }

    /// `lifeboat-watch`: asks for the name queued behind the app (no flag at all: zbus's default set would
    /// include DO_NOT_QUEUE), so it is ours the moment the app exits and never taken from it.
    pub async fn queue_for_name(&self) -> Result<(), WatchError> {
        let reply = self
            .conn
            .request_name_with_flags(NAME, RequestNameFlags::empty())
            .await
            .map_err(bus_error)?;
        // Exists comes only with DO_NOT_QUEUE, which is not asked for.
        if matches!(reply, RequestNameReply::InQueue | RequestNameReply::Exists) {
            log::info!("waiting for the app to release the name {NAME}");
        }
        Ok(())
    }

    /// Lets a relaunched app claim the name.
    pub async fn release_name(&self) -> Result<(), WatchError> {
        self.conn
            .release_name(NAME)
            .await
            .map(|_| ())
            .map_err(bus_error)
    }

    /// Whether anyone owns the name; asked after [`Self::release_name`], so that anyone is the relaunched app.
    pub async fn name_has_owner(&self) -> bool {
        let name = WellKnownName::from_static_str_unchecked(NAME);
        match DBusProxy::new(&self.conn).await {
            Ok(dbus) => dbus.name_has_owner(name.into()).await.unwrap_or(false),
            Err(_) => false,
        }
    }

    /// Resolves when the connection to the bus ends (the session is over).
    pub async fn closed(&self) {
        let mut stream = zbus::MessageStream::from(&self.conn);
        while stream.next().await.is_some() {}
    }
}

/// Tells the owner of [`NAME`] about `launch`.
async fn forward(conn: &zbus::Connection, launch: &Launch) -> Result<(), WatchError> {
    conn.call_method(
        Some(NAME),
        PATH,
        Some(INTERFACE),
        METHOD,
        &(&launch.argv, &launch.cwd),
    )
    .await
    .map(|_| ())
    .map_err(|e| bus_error(format!("the running Lifeboat did not answer: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::process::{Child, Command, Stdio};
    use tokio::sync::mpsc;

    /// A private session bus for one test, stopped when dropped.
    struct PrivateBus {
        daemon: Child,
        address: String,
    }

    impl Drop for PrivateBus {
        fn drop(&mut self) {
            let _ = self.daemon.kill();
            let _ = self.daemon.wait();
        }
    }

    /// `dbus-daemon` on a socket of its own, or `None` (and a "skipped" line) where it is not installed.
    fn private_bus(dir: &std::path::Path) -> Option<PrivateBus> {
        let address = format!("unix:path={}", dir.join("bus").display());
        let daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--nopidfile", "--print-address"])
            .arg(format!("--address={address}"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn();
        let Ok(mut daemon) = daemon else {
            println!("skipped: no dbus-daemon on this machine");
            return None;
        };
        // It prints its address once it listens.
        let mut line = String::new();
        let stdout = daemon.stdout.take().expect("piped stdout");
        std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line)
            .expect("the bus address");
        assert!(line.starts_with("unix:path="), "{line}");
        Some(PrivateBus { daemon, address })
    }

    /// An instance whose launches arrive on the returned channel.
    async fn instance(bus: &PrivateBus) -> (Instance, mpsc::UnboundedReceiver<Launch>) {
        let (tx, rx) = mpsc::unbounded_channel();
        let on_launch: OnLaunch = Arc::new(move |launch| {
            let _ = tx.send(launch);
        });
        let instance = Instance::connect_to(&bus.address, on_launch)
            .await
            .expect("connects");
        (instance, rx)
    }

    fn launch(argv: &[&str]) -> Launch {
        Launch {
            argv: argv.iter().map(|a| (*a).to_owned()).collect(),
            cwd: "/home/lea".to_owned(),
        }
    }

    async fn received(rx: &mut mpsc::UnboundedReceiver<Launch>) -> Launch {
        tokio::time::timeout(Duration::from_secs(5), rx.recv())
            .await
            .expect("in time")
            .expect("a launch")
    }

    #[tokio::test]
    async fn the_first_launch_owns_the_name_and_a_second_is_handed_to_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let Some(bus) = private_bus(dir.path()) else {
            return;
        };
        let (app, mut launches) = instance(&bus).await;
        let Claim::First(app) = app.claim(&launch(&["lifeboat"])).await.expect("claim") else {
            panic!("nobody owned the name");
        };

        let (second, _) = instance(&bus).await;
        let second_launch = launch(&["lifeboat", "--data-dir", "/media/usb/plan"]);
        assert!(matches!(
            second.claim(&second_launch).await.expect("claim"),
            Claim::Forwarded
        ));
        assert_eq!(
            received(&mut launches).await,
            second_launch,
            "its command line and folder"
        );
        drop(app);
    }

    #[tokio::test]
    async fn the_background_takes_the_name_when_the_app_exits_and_gives_it_back_for_the_relaunch() {
        let dir = tempfile::tempdir().expect("tempdir");
        let Some(bus) = private_bus(dir.path()) else {
            return;
        };
        let (app, _) = instance(&bus).await;
        let Claim::First(app) = app.claim(&launch(&["lifeboat"])).await.expect("claim") else {
            panic!("nobody owned the name");
        };
        // The window closed: lifeboat-watch queues behind the app, which then exits.
        let (watch, mut reopen) = instance(&bus).await;
        watch.queue_for_name().await.expect("queued");
        drop(app);

        // A second launch now reaches the background process (the bus may take a moment to pass the name on).
        let again = launch(&["lifeboat"]);
        let mut forwarded = false;
        for _ in 0..50 {
            let (second, _) = instance(&bus).await;
            if let Claim::Forwarded = second.claim(&again).await.expect("claim") {
                forwarded = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        assert!(forwarded, "the name passed to the background process");
        assert_eq!(received(&mut reopen).await, again);

        // It lets go before relaunching the app, which claims the name; the background process sees it owned.
        watch.release_name().await.expect("released");
        let (relaunched, _) = instance(&bus).await;
        let claimed = relaunched
            .claim(&launch(&["lifeboat", "--resume-watch"]))
            .await
            .expect("claim");
        assert!(
            matches!(claimed, Claim::First(_)),
            "the relaunched app owns it"
        );
        assert!(
            watch.name_has_owner().await,
            "and the background process sees that"
        );
        drop(claimed);
    }

    /// What an installed `lifeboat-watch` and a newer `lifeboat` (or the end-to-end test's `dbus-send`) say on
    /// the wire, spelt out: a rename in the Rust code that would break them fails here.
    #[tokio::test]
    async fn the_wire_protocol_is_the_documented_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let Some(bus) = private_bus(dir.path()) else {
            return;
        };
        let (app, mut launches) = instance(&bus).await;
        let Claim::First(_app) = app.claim(&launch(&["lifeboat"])).await.expect("claim") else {
            panic!("nobody owned the name");
        };
        let caller = zbus::connection::Builder::address(bus.address.as_str())
            .expect("address")
            .build()
            .await
            .expect("connects");
        caller
            .call_method(
                Some("org.lifeboat.desktop.Instance"),
                "/org/lifeboat/desktop/Instance",
                Some("org.lifeboat.desktop.Instance1"),
                "Launched",
                &(vec!["lifeboat".to_owned()], "/tmp".to_owned()),
            )
            .await
            .expect("Launched(as, s) answers");
        assert_eq!(
            received(&mut launches).await,
            Launch {
                argv: vec!["lifeboat".to_owned()],
                cwd: "/tmp".to_owned()
            }
        );
        assert_eq!(
            (NAME, PATH, INTERFACE, METHOD),
            (
                "org.lifeboat.desktop.Instance",
                "/org/lifeboat/desktop/Instance",
                "org.lifeboat.desktop.Instance1",
                "Launched"
            )
        );
    }
}
