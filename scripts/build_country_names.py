"""Write src/chainrights/data/country_names.tsv.gz: every name of every ISO 3166-1 country
that CLDR (through Babel) or pycountry (names, official and common names, and their
translations in every language of its gettext catalogues) knows.

    PYTHONPATH=<a directory holding Babel> python scripts/build_country_names.py

Babel is needed only to write the file (the product reads the file and needs neither Babel
nor network). Each line: code, sources (comma-separated), name. The README beside the file
says which editions wrote it.
"""

from __future__ import annotations

import gettext
import gzip
import sys
from importlib.metadata import version
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/chainrights/data/country_names.tsv.gz"


def pycountry_names() -> set[tuple[str, str, str]]:
    found: set[tuple[str, str, str]] = set()
    locales = Path(pycountry.LOCALES_DIR)
    catalogues = {"en": gettext.NullTranslations()}
    for path in sorted(locales.glob("*/LC_MESSAGES/iso3166-1.mo")):
        catalogues[path.parts[-3]] = gettext.translation(
            "iso3166-1", localedir=str(locales), languages=[path.parts[-3]]
        )
    for country in pycountry.countries:
        texts = [country.name, getattr(country, "official_name", None),
                 getattr(country, "common_name", None)]  # fmt: skip
        for language, catalogue in catalogues.items():
            for text in filter(None, texts):
                found.add((country.alpha_2, f"pycountry:{language}", catalogue.gettext(text)))
    return found


def cldr_names() -> set[tuple[str, str, str]]:
    from babel import Locale, localedata  # noqa: PLC0415  (needed only to write the file)

    codes = {c.alpha_2 for c in pycountry.countries}
    found: set[tuple[str, str, str]] = set()
    for identifier in localedata.locale_identifiers():
        territories = Locale.parse(identifier).territories
        language = identifier.split("_")[0]
        for code, name in territories.items():
            if code in codes and name:
                found.add((code, f"cldr:{language}", name))
    return found


def main() -> int:
    import babel  # noqa: PLC0415

    rows = pycountry_names() | cldr_names()
    # one line per (code, name) with every source that gives it (the reader weighs a name two
    # countries share by its sources)
    seen: dict[tuple[str, str], set[str]] = {}
    for code, source, name in rows:
        name = " ".join(name.split())
        if "\t" not in name and name:
            seen.setdefault((code, name), set()).add(source)
    lines = [f"{code}\t{','.join(sorted(sources))}\t{name}"
             for (code, name), sources in sorted(seen.items())]  # fmt: skip
    cldr = babel.core.get_cldr_version()
    header = f"# pycountry {version('pycountry')}, Babel {babel.__version__} (CLDR {cldr})"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write(header + "\n" + "\n".join(lines) + "\n")
    print(f"{OUT}: {len(lines)} names; {header}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
