"""The same place once across articles: one identity per place, shown in the brief's language.

Identity, first that applies: a country's ISO 3166 code (``iso:BY``, from the pack's ``country_names.tsv`` of
short names, or pycountry's catalogue in the pack's locale, as the gazetteer reads it); a city's GeoNames ID from the pack's ``place_ids.tsv`` (``geonames:625144``,
built by scripts/build_place_ids.py); a region's ISO 3166-2 code from the pack's ``region_ids.tsv`` (``iso:BY-HR``:
"Гродзенская вобласць", "Гродненская область", "Grodno Region"); the GeoNames ID of another pack's city with the same ICAO spelling
("Gomel" and "Гомель" are both ``gomel``), or with the same long consonant skeleton when only one city has it;
else the ICAO spelling itself (``name:trakai``). So "Мінск",
"Минск" and "Minsk" are one place, and Minsk and Mińsk Mazowiecki two.
"""
from __future__ import annotations

from functools import cache

from .. import countries, langpack
from . import spelling
from .people import Cluster, Member, merged_item

MIN_SKELETON = 5  # consonants a place's skeleton needs before it may identify a city on its own


@cache
def _countries(code: str) -> dict[str, str]:
    """Country name (as the gazetteer keeps it: before a comma or bracket), lower-cased -> ISO alpha-2."""
    import pycountry

    try:
        tr = countries.catalogue(_locale(code))
    except OSError:
        return {}
    out: dict[str, str] = {}
    for c in pycountry.countries:
        names = [tr.gettext(c.name)] if tr else [c.name, getattr(c, "common_name", c.name),
                                                 getattr(c, "official_name", c.name)]
        for n in names:
            out.setdefault(countries.short(n).lower(), c.alpha_2)
    return out


def _locale(code: str) -> str:
    return langpack.load(code).settings("entities")["pycountry_locale"]


@cache
def _rows(code: str, name: str) -> tuple[tuple[str, str], ...]:
    """A pack's two-column table ``<name>.tsv`` as (first, second) pairs in file order; none when absent."""
    path = langpack.load(code).dir / f"{name}.tsv"
    if not path.is_file():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(tuple(x.strip() for x in line.split("\t", 1)) for line in lines
                 if line and not line.startswith("#") and "\t" in line)


@cache
def _tsv(code: str, name: str) -> dict[str, str]:
    """place_ids (name -> GeoNames ID) or country_names (name -> ISO code); the first row of a name wins."""
    out: dict[str, str] = {}
    for key, value in _rows(code, name):
        out.setdefault(key, value)
    return out


@cache
def _regions(code: str) -> tuple[dict[str, str], dict[str, set]]:
    """The pack's region names (``region_ids.tsv`` is code, name), lower-cased -> ISO 3166-2 code; and their
    consonant skeletons -> codes, for a name the facts left inflected ("у Смаленскую вобласць" gives
    "Смаленскую вобласць": its skeleton is the listed "Смаленская вобласць"'s)."""
    names: dict[str, str] = {}
    skeletons: dict[str, set] = {}
    for region, name in _rows(code, "region_ids"):
        names.setdefault(name.lower(), region)
        skeletons.setdefault(_skeleton(name, code), set()).add(region)
    return names, skeletons


def _region(name: str, code: str) -> str | None:
    """The ISO 3166-2 code of a region the pack lists, by name, else by a skeleton only one region has."""
    names, skeletons = _regions(code)
    key = _skeleton(name, code)
    found = skeletons.get(key, set()) if len(key) >= MIN_SKELETON else set()
    return names.get(name.lower()) or (next(iter(found)) if len(found) == 1 else None)


def _ids(code: str) -> dict[str, str]:
    return _tsv(code, "place_ids")


@cache
def _by_spelling() -> tuple[dict[str, str], dict[str, set]]:
    """Over every pack (a name one pack lacks is found through another's): ICAO spelling -> GeoNames ID, and
    consonant skeleton -> the IDs that have it (Санкт-Пецярбург and Санкт-Петербург share ``snktptrbrg``)."""
    exact: dict[str, str] = {}
    skeletons: dict[str, set] = {}
    for code in langpack.available():
        for name, gid in _ids(code).items():
            exact.setdefault(spelling.loose(name, code), gid)
            skeletons.setdefault(_skeleton(name, code), set()).add(gid)
    return exact, skeletons


def _skeleton(name: str, code: str) -> str:
    return "".join(spelling.word_key(w, code) for w in name.replace("-", " ").split())


def identity(name: str, code: str) -> str:
    iso = _tsv(code, "country_names").get(name) or _countries(code).get(name.lower())
    if iso:
        return f"iso:{iso}"
    region = None if name in _ids(code) else _region(name, code)
    if region:
        return f"iso:{region}"
    exact, skeletons = _by_spelling()
    gid = _ids(code).get(name) or exact.get(spelling.loose(name, code))
    if not gid:  # a long skeleton that only one city has (short ones, like Токіа's "tk", are too common)
        found = skeletons.get(_skeleton(name, code), set())
        gid = next(iter(found)) if len(found) == 1 and len(_skeleton(name, code)) >= MIN_SKELETON else None
    if gid:
        return f"geonames:{gid}"
    return f"name:{spelling.loose(name, code)}"


def name_in(place_id: str, code: str) -> str | None:
    """The place's name in pack ``code``, when its data has one."""
    kind, _, value = place_id.partition(":")
    if kind == "iso" and "-" in value:  # a region: the first name the pack gives its code
        return next((n for c, n in _rows(code, "region_ids") if c == value), None)
    if kind == "iso":
        short = next((n for n, iso in _tsv(code, "country_names").items() if iso == value), None)
        return short or _country_name(value, code)
    if kind == "geonames":
        return next((n for n, gid in _ids(code).items() if gid == value), None)
    return None


def _country_name(alpha2: str, code: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return None
    name = getattr(country, "common_name", None) or country.name
    try:
        tr = countries.catalogue(_locale(code))
    except OSError:
        return None
    if tr:
        name = tr.gettext(country.name)
    return countries.short(name)


def merge_where(members: list[Member], brief_code: str) -> list:
    clusters: dict[str, Cluster] = {}
    for m in members:
        clusters.setdefault(identity(m.item.name, m.code), Cluster()).members.append(m)
    ordered = sorted(clusters.items(), key=lambda kv: (-len(kv[1].sources),
                                                       -sum(len(m.item.evidence) for m in kv[1].members),
                                                       min(m.rank for m in kv[1].members)))
    out = []
    for pid, c in ordered:
        item = merged_item(c, brief_code)
        if brief_code not in {m.code for m in c.members}:
            local = name_in(pid, brief_code)
            if local and local != item.name:
                item.aliases = [a for a in [item.name, *item.aliases] if a != local]
                item.name = local
        item.id = pid
        out.append(item)
    return out
