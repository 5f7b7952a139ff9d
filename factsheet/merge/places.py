"""The same place once across articles: one identity per place, shown in the brief's language.

Identity, first that applies: a country's ISO 3166 code (``iso:BY``, from pycountry's catalogue in the pack's
locale, as the gazetteer reads it); a city's GeoNames ID from the pack's ``place_ids.tsv`` (``geonames:625144``,
built by scripts/build_place_ids.py); the GeoNames ID of another pack's city with the same ICAO spelling
("Gomel" and "Гомель" are both ``gomel``); else the ICAO spelling itself (``name:trakai``). So "Мінск",
"Минск" and "Minsk" are one place, and Minsk and Mińsk Mazowiecki two.
"""
from __future__ import annotations

from functools import cache

from .. import langpack
from . import spelling
from .people import Cluster, Member, merged_item


@cache
def _countries(code: str) -> dict[str, str]:
    """Country name (as the gazetteer keeps it: before a comma or bracket), lower-cased -> ISO alpha-2."""
    import gettext

    import pycountry

    locale = langpack.load(code).table("entities").get("pycountry_locale", "")
    out: dict[str, str] = {}
    tr = None
    if locale:
        try:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
        except OSError:
            return {}
    for c in pycountry.countries:
        names = [tr.gettext(c.name)] if tr else [c.name, getattr(c, "common_name", c.name),
                                                 getattr(c, "official_name", c.name)]
        for n in names:
            out.setdefault(n.split(",")[0].split("(")[0].strip().lower(), c.alpha_2)
    return out


@cache
def _ids(code: str) -> dict[str, str]:
    """The pack's place_ids.tsv: name -> GeoNames ID."""
    path = langpack.load(code).dir / "place_ids.tsv"
    if not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            name, gid = line.split("\t", 1)
            out[name] = gid.strip()
    return out


@cache
def _by_spelling() -> dict[str, str]:
    """ICAO spelling -> GeoNames ID over every pack (a name one pack lacks is found through another's)."""
    out: dict[str, str] = {}
    for code in langpack.available():
        for name, gid in _ids(code).items():
            out.setdefault(spelling.loose(name, code), gid)
    return out


def identity(name: str, code: str) -> str:
    iso = _countries(code).get(name.lower())
    if iso:
        return f"iso:{iso}"
    gid = _ids(code).get(name) or _by_spelling().get(spelling.loose(name, code))
    if gid:
        return f"geonames:{gid}"
    return f"name:{spelling.loose(name, code)}"


def name_in(place_id: str, code: str) -> str | None:
    """The place's name in pack ``code``, when its data has one."""
    kind, _, value = place_id.partition(":")
    if kind == "iso":
        return _country_name(value, code)
    if kind == "geonames":
        return next((n for n, gid in _ids(code).items() if gid == value), None)
    return None


def _country_name(alpha2: str, code: str) -> str | None:
    import gettext

    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    if country is None:
        return None
    locale = langpack.load(code).table("entities").get("pycountry_locale", "")
    name = getattr(country, "common_name", None) or country.name
    if locale:
        try:
            name = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale]).gettext(country.name)
        except OSError:
            return None
    return name.split(",")[0].split("(")[0].strip()


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
