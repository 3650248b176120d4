//! One Lifeboat per desktop session. On Linux the app owns Lifeboat's own D-Bus name
//! ([`lifeboat_watch::instance`]), the one `lifeboat-watch` takes over while the window is closed, so a second
//! launch reaches whichever of the two runs. Elsewhere tauri-plugin-single-instance does it for the app alone
//! (no background process takes the watch there).

use tauri::{AppHandle, Builder, Runtime};

/// Launches of Lifeboat after this one, each asking for the window.
pub struct Launches {
    #[cfg(target_os = "linux")]
    instance: Option<lifeboat_watch::instance::Instance>,
    #[cfg(target_os = "linux")]
    later: tokio::sync::mpsc::UnboundedReceiver<()>,
}

/// Before the app is built: `None` if Lifeboat already runs and was told of this launch (this process then
/// exits), else the launches to come. Without a session bus the app still starts, and a second launch then
/// starts a second app, as it did with the plugin.
#[cfg(target_os = "linux")]
pub fn claim() -> Option<Launches> {
    use lifeboat_watch::instance::{Claim, Instance, Launch, OnLaunch};
    use std::sync::Arc;

    let (tx, later) = tokio::sync::mpsc::unbounded_channel();
    // A second launch only brings the window back: its arguments are not used.
    let on_launch: OnLaunch = Arc::new(move |_launch| {
        let _ = tx.send(());
    });
    let launch = Launch::this_process();
    // On the app's runtime, which goes on serving the connection for the life of the app.
    let claimed = tauri::async_runtime::block_on(async move {
        Instance::connect(on_launch).await?.claim(&launch).await
    });
    let instance = match claimed {
        Ok(Claim::First(instance)) => Some(instance),
        Ok(Claim::Forwarded) => {
            log::info!("Lifeboat is already running; its window comes forward instead");
            return None;
        }
        Err(e) => {
            log::warn!("{e}; a second launch of Lifeboat will not find this one");
            None
        }
    };
    Some(Launches { instance, later })
}

#[cfg(not(target_os = "linux"))]
pub fn claim() -> Option<Launches> {
    Some(Launches {})
}

/// Registers what answers a second launch at build time: nothing on Linux ([`claim`] did), the plugin elsewhere.
pub fn register<R: Runtime>(
    builder: Builder<R>,
    #[allow(unused_variables)] open: fn(&AppHandle<R>),
) -> Builder<R> {
    #[cfg(not(target_os = "linux"))]
    let builder = builder.plugin(tauri_plugin_single_instance::init(
        move |app, _args, _cwd| open(app),
    ));
    builder
}

impl Launches {
    /// From the app's setup on: `open` runs for every later launch, and the name is held until the app exits.
    pub fn serve<R: Runtime>(self, app: &AppHandle<R>, open: fn(&AppHandle<R>)) {
        #[cfg(target_os = "linux")]
        {
            use tauri::Manager;
            let Launches {
                instance,
                mut later,
            } = self;
            if let Some(instance) = instance {
                app.manage(instance);
            }
            let app = app.clone();
            tauri::async_runtime::spawn(async move {
                while later.recv().await.is_some() {
                    log::info!("Lifeboat was launched again; showing its window");
                    open(&app);
                }
            });
        }
        #[cfg(not(target_os = "linux"))]
        let _ = (self, app, open);
    }
}
