//! The smallest Typst `World` that can print a plan: one template, one JSON file, the route map's SVG, the fonts
//! we pass in.
//!
//! There is no file system, no package registry and no clock behind it. The template can read exactly two paths
//! besides itself (the plan's data and its map), so neither the template nor anything in the data can reach the
//! user's disk or network.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

const TEMPLATE: &str = include_str!("../template/family.typ");

/// The path the template passes to `json(…)`.
pub(crate) const DATA_PATH: &str = "/plan.json";
/// The route map's SVG (`map_page.rs`), which the template passes to `image(…)` when `d.map` is set.
pub(crate) const MAP_PATH: &str = "/map.svg";

fn file_id(path: &str) -> FileId {
    // Only ever called with the constants in this module, which are valid virtual paths.
    let vpath = VirtualPath::new(path).expect("constant virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

static MAIN_ID: LazyLock<FileId> = LazyLock::new(|| file_id("/family.typ"));
static DATA_ID: LazyLock<FileId> = LazyLock::new(|| file_id(DATA_PATH));
static MAP_ID: LazyLock<FileId> = LazyLock::new(|| file_id(MAP_PATH));

/// Built once: the standard library is the same for every export and costs milliseconds to assemble.
static LIBRARY: LazyLock<LazyHash<Library>> =
    LazyLock::new(|| LazyHash::new(<Library as LibraryExt>::default()));

/// Parsed once; Typst's memoisation keys on the source's hash, so the same `Source` keeps later exports warm.
static MAIN: LazyLock<Source> = LazyLock::new(|| Source::new(*MAIN_ID, TEMPLATE.to_owned()));

pub(crate) struct FamilyWorld<'a> {
    book: &'a LazyHash<FontBook>,
    fonts: &'a [Font],
    data: Bytes,
    map: Option<Bytes>,
    today: Option<Datetime>,
}

impl<'a> FamilyWorld<'a> {
    pub(crate) fn new(
        book: &'a LazyHash<FontBook>,
        fonts: &'a [Font],
        data: Vec<u8>,
        map: Option<Vec<u8>>,
        today: chrono::NaiveDate,
    ) -> Self {
        use chrono::Datelike;
        let today = u8::try_from(today.month())
            .ok()
            .zip(u8::try_from(today.day()).ok())
            .and_then(|(m, d)| Datetime::from_ymd(today.year(), m, d));
        Self {
            book,
            fonts,
            data: Bytes::new(data),
            map: map.map(Bytes::new),
            today,
        }
    }
}

impl World for FamilyWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.book
    }

    fn main(&self) -> FileId {
        *MAIN_ID
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == *MAIN_ID {
            Ok(MAIN.clone())
        } else {
            Err(not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        match &self.map {
            _ if id == *DATA_ID => Ok(self.data.clone()),
            Some(map) if id == *MAP_ID => Ok(map.clone()),
            _ => Err(not_found(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    /// The export's own date, so `datetime.today()` can never make two runs of a test differ.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
