//! The app's single-instance D-Bus name, held while the window is closed, so that launching Lifeboat again (from
//! the menu, autostart, a terminal) reaches this process and brings the window back instead of starting a second
//! watch. Speaks tauri-plugin-single-instance's protocol: `ExecuteCallback(argv, cwd)` on
//! [`SINGLE_INSTANCE_PATH`].

use enumflags2::BitFlag;
use futures_util::StreamExt;
use lifeboat_watch::background::{SINGLE_INSTANCE_NAME, SINGLE_INSTANCE_PATH};
use lifeboat_watch::WatchError;
use zbus::fdo::{DBusProxy, RequestNameFlags, RequestNameReply};
use zbus::names::BusName;

use crate::{Event, Events};

/// The object a second launch calls.
struct SingleInstance {
    events: Events,
}

#[zbus::interface(name = "org.SingleInstance.DBus")]
impl SingleInstance {
    /// A second launch of Lifeboat: its arguments are not needed (the relaunch passes the first ones), and they
    /// are not logged.
    async fn execute_callback(&self, _argv: Vec<String>, _cwd: String) {
        log::info!("Lifeboat was launched again; reopening its window");
        let _ = self.events.send(Event::Open(None));
    }
}

pub struct Bus {
    conn: zbus::Connection,
}

fn bus_error(e: impl std::fmt::Display) -> WatchError {
    WatchError::Bus(e.to_string())
}

impl Bus {
    /// Connects, serves the single-instance object and asks for the name.
    pub async fn start(events: Events) -> Result<Bus, WatchError> {
        let conn = zbus::connection::Builder::session()
            .and_then(|b| b.serve_at(SINGLE_INSTANCE_PATH, SingleInstance { events }))
            .map_err(bus_error)?
            .build()
            .await
            .map_err(bus_error)?;
        let bus = Bus { conn };
        bus.take_name().await?;
        Ok(bus)
    }

    /// Asks for the name, queued: the app still owns it while it waits for our ready line, and the bus hands it
    /// over the moment the app exits, with no window in which a second launch finds nobody.
    pub async fn take_name(&self) -> Result<(), WatchError> {
        let reply = self
            .conn
            // No flag at all (zbus's default set has DO_NOT_QUEUE): queued behind the app, never replacing it.
            .request_name_with_flags(SINGLE_INSTANCE_NAME, RequestNameFlags::empty())
            .await
            .map_err(bus_error)?;
        match reply {
            RequestNameReply::PrimaryOwner | RequestNameReply::AlreadyOwner => {}
            RequestNameReply::InQueue => {
                log::info!("waiting for the app to release the single-instance name")
            }
            // Only with DO_NOT_QUEUE, which is not asked for.
            RequestNameReply::Exists => {
                return Err(WatchError::Bus("the name is taken".to_owned()))
            }
        }
        Ok(())
    }

    /// Lets the relaunched app take the name.
    pub async fn release_name(&self) -> Result<(), WatchError> {
        self.conn
            .release_name(SINGLE_INSTANCE_NAME)
            .await
            .map(|_| ())
            .map_err(bus_error)
    }

    /// Whether someone owns the name; asked after [`Self::release_name`], so that someone is the app.
    pub async fn app_owns_name(&self) -> bool {
        let Ok(dbus) = DBusProxy::new(&self.conn).await else {
            return false;
        };
        let Ok(name) = BusName::try_from(SINGLE_INSTANCE_NAME) else {
            return false;
        };
        dbus.name_has_owner(name).await.unwrap_or(false)
    }

    /// Resolves when the connection to the session bus ends (the session is over).
    pub async fn closed(&self) {
        let mut stream = zbus::MessageStream::from(&self.conn);
        while stream.next().await.is_some() {}
    }
}
