//! The Routes section's map and place picker: the map drawn by `lifeboat-map` from the routes as the user is
//! editing them (so the picture follows each keystroke's save-free edit), and places from the offline gazetteer.
//!
//! The gazetteer is ~50 MB once indexed, so it is loaded on the first search, off the main thread, and let go
//! after a few idle minutes: a tray app that keeps watching all day should not carry it.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use lifeboat_gazetteer::{Gazetteer, Kind, Place};
use lifeboat_map::plan::render_plan;
use lifeboat_map::{ShadedCountry, View};
use lifeboat_plan::map_view::{
    MapRoute, PlaceHit, PlaceKind, PointInfo, PointQuery, RouteMapView, UnplacedLeg,
};
use lifeboat_plan::routes::{Point, Route};
use lifeboat_plan::Plan;
use tauri::{AppHandle, Runtime, State};

use crate::error::{AppError, AppResult};
use crate::watch::PdfLines;

/// How long the gazetteer stays loaded after the last search.
const KEEP_PLACES: Duration = Duration::from_secs(180);
/// How many places one search lists.
const HITS: usize = 12;
/// A click names the leg after the nearest town only if one is this close.
const NEAR_KM: f64 = 15.0;

/// The last map drawn (for clicks on it) and the gazetteer while a picker uses it.
#[derive(Default)]
pub struct Maps {
    last: Mutex<Option<(u32, View)>>,
    places: Mutex<Held>,
}

#[derive(Default)]
struct Held {
    gazetteer: Option<Arc<Gazetteer>>,
    used: Option<Instant>,
    /// A task lets go of the gazetteer once idle; one at a time.
    sweeping: bool,
}

pub type SharedMaps = Arc<Maps>;

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic elsewhere while holding the lock leaves plain data behind (a view, an Arc): still usable.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Maps {
    /// Draws `routes` (the plan as the Routes section holds it, saved or not) with the watch's levels.
    pub fn draw(
        &self,
        routes: Vec<Route>,
        locale: &str,
        shaded: Vec<ShadedCountry>,
    ) -> AppResult<RouteMapView> {
        let plan = Plan {
            routes,
            ..Plan::default()
        };
        let map = render_plan(&plan, lifeboat_i18n::negotiate(locale), shaded)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let route_id = |i: usize| plan.routes.get(i).map(|r| r.id.clone()).unwrap_or_default();
        let leg_id = |r: usize, l: usize| {
            plan.routes
                .get(r)
                .and_then(|r| r.legs.get(l))
                .map(|l| l.id.clone())
                .unwrap_or_default()
        };
        let routes = map
            .routes
            .iter()
            .map(|o| MapRoute {
                route_id: route_id(o.route),
                leg_ids: o.legs.iter().map(|&l| leg_id(o.route, l)).collect(),
            })
            .collect();
        let unplaced = map
            .unplaced
            .iter()
            .filter_map(|u| {
                let route = plan
                    .routes
                    .iter()
                    .find(|r| r.legs.iter().any(|l| l.id == u.leg_id))?;
                Some(UnplacedLeg {
                    route_id: route.id.clone(),
                    leg_id: u.leg_id.clone(),
                    crossing: u.crossing.is_some(),
                })
            })
            .collect();
        let mut last = lock(&self.last);
        let frame = last.as_ref().map_or(1, |(f, _)| f.wrapping_add(1));
        *last = Some((frame, map.view));
        Ok(RouteMapView {
            svg: map.svg,
            frame,
            routes,
            unplaced,
        })
    }

    /// The gazetteer, loaded if it is not (a fraction of a second: run off the main thread).
    fn gazetteer(self: &Arc<Self>) -> Arc<Gazetteer> {
        let mut held = lock(&self.places);
        held.used = Some(Instant::now());
        if let Some(g) = &held.gazetteer {
            return Arc::clone(g);
        }
        let loaded = Arc::new(Gazetteer::load());
        log::info!("gazetteer loaded: {} places", loaded.len());
        held.gazetteer = Some(Arc::clone(&loaded));
        if !held.sweeping {
            held.sweeping = true;
            let maps = Arc::clone(self);
            tauri::async_runtime::spawn(async move { maps.sweep().await });
        }
        loaded
    }

    /// Checks now and then until the gazetteer is let go.
    async fn sweep(self: Arc<Self>) {
        loop {
            tokio::time::sleep(KEEP_PLACES / 3).await;
            if self.let_go_if_idle(Instant::now()) {
                // Tens of megabytes of small allocations (names, the index) are free now.
                lifeboat_watch::memory::give_back();
                return;
            }
        }
    }

    /// Lets go of the gazetteer when no search used it for [`KEEP_PLACES`] before `now`.
    fn let_go_if_idle(&self, now: Instant) -> bool {
        let mut held = lock(&self.places);
        let idle = held
            .used
            .is_none_or(|u| now.saturating_duration_since(u) >= KEEP_PLACES);
        if idle {
            held.gazetteer = None;
            held.sweeping = false;
            log::info!("gazetteer let go after {} s unused", KEEP_PLACES.as_secs());
        }
        idle
    }

    pub fn search(self: &Arc<Self>, query: &str) -> Vec<PlaceHit> {
        let g = self.gazetteer();
        g.search(query, HITS)
            .into_iter()
            .map(|h| hit(&g, h.place, h.matched))
            .collect()
    }

    /// Where a click or typed coordinates land: the country under the point and the nearest town.
    pub fn point_info(self: &Arc<Self>, query: PointQuery) -> AppResult<PointInfo> {
        let point = match query {
            PointQuery::Coordinates { lat, lon } => Point { lat, lon },
            PointQuery::Map { frame, x, y } => {
                let last = lock(&self.last);
                let Some((_, view)) = last.as_ref().filter(|(f, _)| *f == frame) else {
                    return Err(AppError::StaleMap);
                };
                let p = view.unproject(x, y);
                // To 1e-4° (about 10 m): a click is no more precise than that, and the plan stays readable.
                let round = |v: f64| (v * 1e4).round() / 1e4;
                Point {
                    lat: round(p.lat),
                    lon: round(p.lon),
                }
            }
        };
        if !(point.lat_is_valid() && point.lon_is_valid()) {
            return Err(AppError::InvalidPoint);
        }
        let borders =
            lifeboat_map::Borders::get().map_err(|e| AppError::Internal(e.to_string()))?;
        let country = borders
            .country_at(lifeboat_map::Point::new(point.lat, point.lon))
            .map(str::to_owned);
        let g = self.gazetteer();
        let near = g
            .nearest(point.lat, point.lon, NEAR_KM)
            .map(|p| hit(&g, p, p.name));
        Ok(PointInfo {
            point,
            country,
            near,
        })
    }
}

fn hit(g: &Gazetteer, place: &Place, matched: &str) -> PlaceHit {
    PlaceHit {
        kind: match place.kind {
            Kind::Town => PlaceKind::Town,
            Kind::Airport => PlaceKind::Airport,
            Kind::Crossing => PlaceKind::Crossing,
        },
        matched: matched.to_owned(),
        name: place.name.to_owned(),
        code: place.code.to_owned(),
        countries: place.country.split(' ').map(str::to_owned).collect(),
        point: Point {
            lat: place.lat,
            lon: place.lon,
        },
        serves: place
            .serves
            .and_then(|t| g.places().get(t))
            .map(|t| t.name.to_owned()),
        source: place.source(),
    }
}

/// The watch's highest level per watched country, for the map's shading; none while the app runs no watch.
fn shading<R: Runtime>(app: &AppHandle<R>, locale: &str) -> Vec<ShadedCountry> {
    let Some(watch) = crate::commands::watch_of(app) else {
        return Vec::new();
    };
    lifeboat_pdf::map_shading(&watch.pdf_lines(locale))
}

/// The routes' map, as the Routes section shows it above the legs.
#[tauri::command]
pub async fn route_map<R: Runtime>(
    app: AppHandle<R>,
    maps: State<'_, SharedMaps>,
    routes: Vec<Route>,
    locale: String,
) -> AppResult<RouteMapView> {
    let maps = Arc::clone(maps.inner());
    tauri::async_runtime::spawn_blocking(move || {
        let shaded = shading(&app, &locale);
        maps.draw(routes, &locale, shaded)
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?
}

/// Towns, airports and border crossings whose name in any script begins with `query`.
#[tauri::command]
pub async fn search_places(maps: State<'_, SharedMaps>, query: String) -> AppResult<Vec<PlaceHit>> {
    let maps = Arc::clone(maps.inner());
    tauri::async_runtime::spawn_blocking(move || maps.search(&query))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// The country and nearest town of a point clicked on the map or typed as coordinates.
#[tauri::command]
pub async fn point_info(maps: State<'_, SharedMaps>, query: PointQuery) -> AppResult<PointInfo> {
    let maps = Arc::clone(maps.inner());
    tauri::async_runtime::spawn_blocking(move || maps.point_info(query))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
}

#[cfg(test)]
mod tests {
    //! The map and the place picker as the Routes section calls them, through the real commands on Tauri's mock
    //! runtime with the app's capabilities: the sample plan's three routes out of Tehran.

    use std::sync::Arc;

    use serde_json::{json, Value};
    use tauri::test::{mock_builder, MockRuntime};
    use tauri::WebviewWindow;

    use crate::ipc_tests::invoke;
    use crate::session::AppState;

    fn window() -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
        let dir = tempfile::tempdir().expect("tempdir");
        let app = crate::app::configure(mock_builder())
            .manage(Arc::new(AppState::new(
                dir.path().join("data"),
                Default::default(),
            )))
            .build(tauri::generate_context!())
            .expect("app builds");
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("window");
        (app, webview)
    }

    fn sample_routes() -> Value {
        let text = lifeboat_test_support::repo_file("tests/fixtures/sample-plan.json");
        let plan: Value = serde_json::from_slice(&text).expect("sample plan");
        plan["routes"].clone()
    }

    fn code(answer: Result<Value, Value>) -> String {
        let err = answer.expect_err("refused");
        err["code"].as_str().unwrap_or_default().to_owned()
    }

    #[test]
    fn the_routes_map_is_drawn_from_the_routes_being_edited_and_names_what_it_left_off() {
        let (_app, webview) = window();
        let mut routes = sample_routes();
        // Being edited: Plan B's first leg has lost its start, and is not saved yet.
        routes[1]["legs"][0]
            .as_object_mut()
            .expect("leg")
            .remove("from_point");
        let view = invoke(
            &webview,
            "route_map",
            json!({ "routes": routes, "locale": "fa" }),
        )
        .expect("route_map");
        let svg = view["svg"].as_str().expect("svg");
        assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(80)]);
        // In the interface's words (map.ftl's title in Persian), with Plan A, B and C lettered on it.
        assert!(!svg.contains("<title>Routes out</title>"));
        for letter in ["A", "B", "C"] {
            assert!(svg.contains(&format!("data-letter=\"{letter}\"")));
        }
        // Per route on the map, the plan's ids: Plan B's crossing leg is two lines through Bazargan.
        assert_eq!(view["routes"][1]["route_id"], "r-b");
        assert_eq!(
            view["routes"][1]["leg_ids"],
            json!(["r-b-1", "r-b-2", "r-b-2", "r-b-3"])
        );
        let unplaced: Vec<&str> = view["unplaced"]
            .as_array()
            .expect("unplaced")
            .iter()
            .filter_map(|u| u["leg_id"].as_str())
            .collect();
        assert_eq!(
            unplaced,
            ["r-a-3", "r-b-1"],
            "Paris has no point in the sample"
        );

        // Each drawing is a new frame; a click names the one it landed on.
        let again = invoke(
            &webview,
            "route_map",
            json!({ "routes": routes, "locale": "en" }),
        )
        .expect("route_map");
        let frame = again["frame"].as_u64().expect("frame");
        assert_ne!(view["frame"], again["frame"]);
        let stale =
            json!({ "query": { "at": "map", "frame": view["frame"], "x": 500.0, "y": 250.0 } });
        assert_eq!(code(invoke(&webview, "point_info", stale)), "stale_map");
        let click = json!({ "query": { "at": "map", "frame": frame, "x": 500.0, "y": 250.0 } });
        let picked = invoke(&webview, "point_info", click).expect("point_info");
        let (lat, lon) = (
            picked["point"]["lat"].as_f64(),
            picked["point"]["lon"].as_f64(),
        );
        // The middle of a map of Tehran to Van and Istanbul lies between them.
        assert!(lat.is_some_and(|l| (35.0..42.0).contains(&l)), "{picked}");
        assert!(lon.is_some_and(|l| (28.0..52.0).contains(&l)), "{picked}");
    }

    #[test]
    fn places_are_found_in_any_script_and_points_say_where_they_lie() {
        let (_app, webview) = window();
        let hits = invoke(&webview, "search_places", json!({ "query": "تهران" })).expect("search");
        let first = &hits[0];
        assert_eq!(first["kind"], "town");
        assert_eq!(first["name"], "Tehran");
        assert_eq!(first["matched"], "تهران");
        assert_eq!(first["countries"], json!(["IR"]));
        assert!(first["source"]
            .as_str()
            .is_some_and(|s| s.starts_with("geonames:")));

        let crossing =
            invoke(&webview, "search_places", json!({ "query": "Bazargan" })).expect("search");
        assert_eq!(crossing[0]["kind"], "crossing");
        assert_eq!(crossing[0]["countries"], json!(["IR", "TR"]));
        let airport = invoke(&webview, "search_places", json!({ "query": "IKA" })).expect("search");
        assert_eq!(airport[0]["code"], "IKA");
        assert_eq!(airport[0]["serves"], "Tehran");
        let none =
            invoke(&webview, "search_places", json!({ "query": "<script>" })).expect("search");
        assert_eq!(none, json!([]));

        // Typed coordinates: Tabriz's, in Iran, next to Tabriz.
        let at = json!({ "query": { "at": "coordinates", "lat": 38.08, "lon": 46.2919 } });
        let info = invoke(&webview, "point_info", at).expect("point_info");
        assert_eq!(info["country"], "IR");
        assert_eq!(info["near"]["name"], "Tabriz");
        // Out at sea: a point, no country, no town.
        let sea = json!({ "query": { "at": "coordinates", "lat": 0.0, "lon": -30.0 } });
        let info = invoke(&webview, "point_info", sea).expect("point_info");
        assert!(
            info.get("country").is_none() && info.get("near").is_none(),
            "{info}"
        );
        for (lat, lon) in [(91.0, 0.0), (0.0, -180.5)] {
            let bad = json!({ "query": { "at": "coordinates", "lat": lat, "lon": lon } });
            assert_eq!(code(invoke(&webview, "point_info", bad)), "invalid_point");
        }
    }

    #[test]
    fn the_gazetteer_is_let_go_once_idle() {
        use std::time::Instant;

        use super::KEEP_PLACES;

        let maps = Arc::new(super::Maps::default());
        let held = |m: &super::Maps| super::lock(&m.places).gazetteer.is_some();
        assert!(!maps.search("Tabriz").is_empty());
        let searched = Instant::now();
        assert!(held(&maps));
        // Kept while a search used it lately…
        assert!(!maps.let_go_if_idle(searched + KEEP_PLACES / 2));
        assert!(held(&maps));
        // …let go a while after the last one, and loaded again by the next.
        assert!(maps.let_go_if_idle(searched + KEEP_PLACES * 2));
        assert!(!held(&maps));
        assert!(!maps.search("Van").is_empty());
        assert!(held(&maps));
    }
}
