//! The compiled-in places (towns, airports, border crossings) and the search over them.

use std::cmp::Reverse;
use std::collections::HashMap;

use crate::fold::fold;

static TOWNS: &str = include_str!("../data/places.tsv");
static AIRPORTS: &str = include_str!("../data/airports.tsv");
static CROSSINGS: &str = include_str!("../data/crossings.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Town,
    Airport,
    Crossing,
}

/// A place a leg can start or end in, or a border it crosses.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub kind: Kind,
    /// GeoNames' id for a town, the ICAO code for an airport, our own id for a crossing.
    pub id: &'static str,
    /// The dataset's name, in Latin script ("Tehran", "Imam Khomeini International Airport").
    pub name: &'static str,
    /// An airport's IATA code ("IKA"); empty otherwise.
    pub code: &'static str,
    alternates: &'static str,
    pub lat: f64,
    pub lon: f64,
    /// ISO 3166-1 alpha-2; a crossing's two countries, space-separated ("IR TR").
    pub country: &'static str,
    /// A town's people; an airport counts its town's, so a search ranks it with the town.
    pub population: u32,
    /// For an airport, the town it serves.
    pub serves: Option<usize>,
}

impl Place {
    /// What a plan stores as the point's source: "geonames:112931", "ourairports:OIIE", "crossing:razi-kapikoy".
    pub fn source(&self) -> String {
        let dataset = match self.kind {
            Kind::Town => "geonames",
            Kind::Airport => "ourairports",
            Kind::Crossing => "crossing",
        };
        format!("{dataset}:{}", self.id)
    }

    /// The name and every other spelling kept for it (Persian, Arabic, Cyrillic, Latin; an airport's codes and
    /// municipality).
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        std::iter::once(self.name)
            .chain(self.alternates.split('|'))
            .filter(|a| !a.is_empty())
    }
}

/// A place found by a search, with the name that matched: the user typed «تهران», so the leg says «تهران».
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'a> {
    pub place: &'a Place,
    pub matched: &'static str,
}

/// One folded spelling of a place, or (`word`) the rest of it from a later word on, so "khomeini" finds "imam
/// khomeini international airport" by the same sorted prefix search.
struct Entry {
    /// The folded key: `keys[key..key + len]`. A word entry points into its whole name's key, so nothing is
    /// stored twice.
    key: u32,
    len: u16,
    word: bool,
    place: u32,
    name: &'static str,
}

/// The places and their search index. Loading takes a fraction of a second and ~50 MB (measured: see the
/// README), so the app holds one only while a picker needs it.
pub struct Gazetteer {
    places: Vec<Place>,
    /// Every folded name, one after another.
    keys: String,
    entries: Vec<Entry>,
}

impl Gazetteer {
    /// The compiled-in places, read and indexed.
    pub fn load() -> Gazetteer {
        Gazetteer::parse(TOWNS, AIRPORTS, CROSSINGS)
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// A damaged row is left out, never a failure: the other places still serve.
    fn parse(towns: &'static str, airports: &'static str, crossings: &'static str) -> Gazetteer {
        let mut g = Gazetteer {
            places: Vec::new(),
            keys: String::new(),
            entries: Vec::new(),
        };
        for f in rows(towns) {
            let [id, name, alternates, lat, lon, country, population] = f[..] else {
                continue;
            };
            let (Some((lat, lon)), Ok(population)) = (point(lat, lon), population.parse()) else {
                continue;
            };
            g.add(Place {
                kind: Kind::Town,
                id,
                name,
                code: "",
                alternates,
                lat,
                lon,
                country,
                population,
                serves: None,
            });
        }
        let towns_by_id: HashMap<&str, usize> = g
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i))
            .collect();
        for f in rows(airports) {
            let [icao, iata, name, municipality, lat, lon, country, town] = f[..] else {
                continue;
            };
            let Some((lat, lon)) = point(lat, lon) else {
                continue;
            };
            let serves = towns_by_id.get(town).copied();
            let population = serves.map_or(0, |t| g.places[t].population);
            // The codes and the municipality are spellings of the airport too: "IKA", "OIIE", "Tehran".
            let place = Place {
                kind: Kind::Airport,
                id: icao,
                name,
                code: iata,
                alternates: "",
                lat,
                lon,
                country,
                population,
                serves,
            };
            g.add_with(place, [iata, icao, municipality].into_iter());
        }
        for f in rows(crossings) {
            let [id, names, lat, lon, countries, _source] = f[..] else {
                continue;
            };
            let Some((lat, lon)) = point(lat, lon) else {
                continue;
            };
            let name = names.split('|').next().unwrap_or(id);
            g.add(Place {
                kind: Kind::Crossing,
                id,
                name,
                code: "",
                alternates: names.split_once('|').map_or("", |(_, rest)| rest),
                lat,
                lon,
                country: countries,
                population: 0,
                serves: None,
            });
        }
        let mut entries = std::mem::take(&mut g.entries);
        entries.sort_unstable_by(|a, b| g.key(a).cmp(g.key(b)));
        g.entries = entries;
        g
    }

    fn add(&mut self, place: Place) {
        self.add_with(place, std::iter::empty());
    }

    /// Adds `place` with its own names, `extra` spellings, and for an airport every name of its town, so
    /// «تهران» finds IKA.
    fn add_with(&mut self, place: Place, extra: impl Iterator<Item = &'static str>) {
        let Ok(index) = u32::try_from(self.places.len()) else {
            return;
        };
        let town_names: Vec<&'static str> = place
            .serves
            .and_then(|t| self.places.get(t))
            .map(|t| t.names().collect())
            .unwrap_or_default();
        for name in place.names().chain(extra).chain(town_names) {
            let key = fold(name);
            let (Ok(start), Ok(len)) = (u32::try_from(self.keys.len()), u16::try_from(key.len()))
            else {
                continue;
            };
            if len == 0 {
                continue;
            }
            self.keys.push_str(&key);
            self.entries.push(Entry {
                key: start,
                len,
                word: false,
                place: index,
                name,
            });
            for (at, _) in key.match_indices(' ') {
                let (Ok(at), Ok(skip)) = (u32::try_from(at + 1), u16::try_from(at + 1)) else {
                    continue;
                };
                self.entries.push(Entry {
                    key: start + at,
                    len: len - skip,
                    word: true,
                    place: index,
                    name,
                });
            }
        }
        self.places.push(place);
    }

    /// Up to `limit` places whose name, in any of its spellings, is `query` or begins with it (or has a word
    /// that does): exact matches first, then the larger town (an airport ranks with its town, after it), so
    /// "Van" is Van before Vancouver and "Teh" is Tehran, then IKA.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit<'_>> {
        let q = fold(query);
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        // The best match of each place: rank 0 exact, 1 prefix, 2 a later word's prefix; the first name on a tie.
        let mut best: HashMap<u32, (u8, &'static str)> = HashMap::new();
        let start = self.entries.partition_point(|e| self.key(e) < q.as_str());
        let typed = query.trim();
        for e in self.entries[start..]
            .iter()
            .take_while(|e| self.key(e).starts_with(&q))
        {
            let rank = match (e.word, self.key(e) == q) {
                (true, _) => 2,
                (false, true) => 0,
                (false, false) => 1,
            };
            best.entry(e.place)
                .and_modify(|b| {
                    // On a tie, the spelling exactly as typed («تهران», not «تِهران»).
                    if rank < b.0 || (rank == b.0 && e.name == typed) {
                        *b = (rank, e.name);
                    }
                })
                .or_insert((rank, e.name));
        }
        let mut hits: Vec<(u8, Hit<'_>)> = best
            .into_iter()
            .filter_map(|(place, (rank, matched))| {
                let place = self.places.get(usize::try_from(place).ok()?)?;
                Some((rank, Hit { place, matched }))
            })
            .collect();
        hits.sort_by_key(|(rank, h)| {
            (*rank, Reverse(h.place.population), h.place.kind, h.place.id)
        });
        hits.into_iter().take(limit).map(|(_, h)| h).collect()
    }

    fn key(&self, e: &Entry) -> &str {
        let start = e.key as usize;
        self.keys
            .get(start..start + usize::from(e.len))
            .unwrap_or_default()
    }

    /// The town nearest to a point (a click on the map), within `max_km`.
    pub fn nearest(&self, lat: f64, lon: f64, max_km: f64) -> Option<&Place> {
        if !(lat.is_finite() && lon.is_finite()) {
            return None;
        }
        self.places
            .iter()
            .filter(|p| p.kind == Kind::Town)
            .map(|p| (distance_km(lat, lon, p.lat, p.lon), p))
            .filter(|(d, _)| *d <= max_km)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, p)| p)
    }
}

/// The rows of a TSV file, comments and blank lines left out.
fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

fn point(lat: &str, lon: &str) -> Option<(f64, f64)> {
    let (lat, lon) = (lat.parse::<f64>().ok()?, lon.parse::<f64>().ok()?);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

/// Great-circle distance (haversine, mean Earth radius).
fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6_371.008_8 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_rows_are_left_out() {
        let g = Gazetteer::parse(
            "1\tA\t\t1.0\t2.0\tIR\t10\nbroken row\n2\tB\t\tnot-a-number\t2.0\tIR\t5\n3\tC\tسی\t3.0\t4.0\tTR\t1\n4\tD\t\t95.0\t4.0\tTR\t1\n",
            "OIIE\tIKA\tAirport\t\t1.0\tnope\tIR\t1\n",
            "# a comment\nx\tX\t1.0\t2.0\tIR TR\n",
        );
        assert_eq!(g.len(), 2);
        assert_eq!(g.search("سی", 5)[0].place.name, "C");
    }

    #[test]
    fn distance_is_great_circle() {
        // Tehran to Tabriz is about 530 km as the crow flies.
        let d = distance_km(35.6892, 51.3890, 38.0800, 46.2919);
        assert!((d - 530.0).abs() < 15.0, "{d}");
    }
}
