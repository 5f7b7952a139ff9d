"""Country names from pycountry's ISO 3166 catalogues, read one way by the gazetteer (facts/places.py) and by the
merge's place identities (merge/places.py). pycountry is imported only when a country name is needed."""
from __future__ import annotations


def catalogue(locale: str):
    """pycountry's gettext catalogue of country names in ``locale`` (a pack's ``pycountry_locale``); None when the
    pack gives no locale (English names). Raises OSError when pycountry has no catalogue for it."""
    if not locale:
        return None
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])


def short(name: str) -> str:
    """A catalogue name as texts write it: "Балівія, Шматнацыянальная Дзяржава" -> "Балівія", "Korea, Republic of"
    -> "Korea"."""
    return name.split(",")[0].split("(")[0].strip()
