"""Build ``warta/kb/countries.yaml`` (and, on request, ``warta/kb/iso3166.yaml``).

    python scripts/build_kb.py                      # countries.yaml into warta/kb/
    python scripts/build_kb.py --out /tmp/kb        # somewhere else (the integrity test does this)
    python scripts/build_kb.py --iso3166            # also regenerate iso3166.yaml from pycountry

Inputs, all in the repository except babel:

- ``warta/kb/iso3166.yaml``: ISO 3166-1 alpha-2 -> alpha-3 (generated from pycountry with
  ``--iso3166``; then it is data, read on every build);
- babel's CLDR territory names in ``en`` and ``id`` (babel is a build-time tool only: warta reads
  the YAML this writes, never babel);
- ``warta/lang/<lang>/actors.yaml``: the curated names and demonyms news write, merged in.

The output is deterministic: countries sorted by alpha-3, every list sorted (the canonical
name first), no timestamps. Never edit countries.yaml by hand; edit the inputs and rebuild.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
KB = ROOT / "warta" / "kb"
LANG = ROOT / "warta" / "lang"
LANGS = ("en", "id")

# Codes news need that ISO 3166-1 does not assign: Kosovo. XK/XKX are the user-assigned codes
# the European Commission, the World Bank and CLDR (babel's "XK") use.
ISO_EXTRA = [{"alpha2": "XK", "alpha3": "XKX", "name": "Kosovo", "note": "user-assigned code, not ISO 3166-1"}]


def build_iso3166() -> dict:
    from importlib.metadata import version

    import pycountry  # build-time only

    rows = [{"alpha2": c.alpha_2, "alpha3": c.alpha_3, "name": c.name} for c in pycountry.countries]
    rows += ISO_EXTRA
    rows.sort(key=lambda r: r["alpha3"])
    return {"source": f"pycountry {version('pycountry')} (ISO 3166-1), plus {', '.join(r['alpha3'] for r in ISO_EXTRA)} "
            "added by scripts/build_kb.py", "countries": rows}


def _and(lang: str) -> str:
    """The language's word for "and": the first of its ``conjunctions`` (warta/lang/<code>/entities.yaml)."""
    return yaml.safe_load((LANG / lang / "entities.yaml").read_text(encoding="utf-8"))["conjunctions"][0]


def _split_babel(name: str, lang: str) -> list[str]:
    """CLDR writes some names with a qualifier: "Myanmar (Burma)", "Congo - Kinshasa", and some with
    "&": "Trinidad & Tobago".

    Keep the full name and add the parts news write alone: "Myanmar", "Burma", and the name with the
    language's "and" ("Trinidad and Tobago"). A "Congo - X" name yields no bare "Congo" (two countries
    share it; the curated files mark it ambiguous).
    """
    out = [name] + ([name.replace(" & ", f" {_and(lang)} ")] if " & " in name else [])
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m and m.group(1) not in {"Cocos", "Kepulauan Cocos"}:
        out += [m.group(1), m.group(2)]
    return out


def _uniq(names: list[str], first: str | None = None) -> list[str]:
    seen: dict[str, str] = {}
    for n in names:
        n = " ".join(n.split())
        if n and n.casefold() not in seen:
            seen[n.casefold()] = n
    rest = sorted((v for k, v in seen.items() if first is None or k != first.casefold()), key=str.casefold)
    return ([first] if first else []) + rest


def build_countries(iso_path: Path = KB / "iso3166.yaml", lang_dir: Path = LANG) -> dict:
    from importlib.metadata import version

    from babel import Locale  # build-time only

    iso = yaml.safe_load(iso_path.read_text(encoding="utf-8"))["countries"]
    by3 = {r["alpha3"]: r for r in iso}
    curated = {lang: yaml.safe_load((lang_dir / lang / "actors.yaml").read_text(encoding="utf-8")) for lang in LANGS}
    for lang, data in curated.items():
        for section in ("countries", "demonyms"):
            for code in data.get(section) or {}:
                if code not in by3:
                    raise SystemExit(f"{lang}/actors.yaml {section}: {code} is not an alpha-3 code in iso3166.yaml")

    babel_names = {lang: dict(Locale(lang).territories) for lang in LANGS}
    out = []
    for row in sorted(iso, key=lambda r: r["alpha3"]):
        a2, a3 = row["alpha2"], row["alpha3"]
        names, demonyms = {}, {}
        for lang in LANGS:
            cldr = babel_names[lang].get(a2)
            extra = (curated[lang].get("countries") or {}).get(a3) or []
            # the curated list's first entry is the name news use; CLDR's comes next
            first = extra[0] if extra else cldr
            pool = ([*_split_babel(cldr, lang)] if cldr else []) + list(extra)
            names[lang] = _uniq(pool, first) if first else []
            demonyms[lang] = _uniq((curated[lang].get("demonyms") or {}).get(a3) or [])
        en_name = babel_names["en"].get(a2) or row["name"]
        out.append({
            "iso3": a3,
            "iso2": a2,
            "name": (names["en"][0] if names["en"] else en_name),
            "names": names,
            "demonyms": {k: v for k, v in demonyms.items() if v},
        })
    return {
        "source": f"babel {version('babel')} (CLDR territory names, en and id), warta/kb/iso3166.yaml, "
                  "warta/lang/{en,id}/actors.yaml",
        "countries": out,
    }


HEADER = "# GENERATED by scripts/build_kb.py: do not edit; edit its inputs and rebuild.\n"


def dump(data: dict) -> str:
    return HEADER + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=KB, help="folder to write into (default: warta/kb)")
    ap.add_argument("--iso3166", action="store_true", help="also regenerate iso3166.yaml from pycountry")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    iso_path = KB / "iso3166.yaml"
    if args.iso3166:
        iso_path = args.out / "iso3166.yaml"
        iso_path.write_text(dump(build_iso3166()), encoding="utf-8")
    (args.out / "countries.yaml").write_text(dump(build_countries(iso_path)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
