"""Writes responses/: the CSV's values as saved Kolada API v3 data responses, one file per municipality, plus the
real v3 KPI metadata from shared/kolada. Run from this folder: python3 make_responses.py

Values are copied as written in the CSV (no float round trip); an empty CSV value becomes "value": null, as Kolada
publishes a missing outcome. Records keep v3's shape (see shared/kolada/v3/data_N03702_N03703_arboga_1984.json)."""
import csv
import collections

rows = collections.defaultdict(list)
with open("values_four_municipalities_v2_2024.csv", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        rows[(r["municipality"], r["kpi"], int(r["period"]))].append((r["gender"], r["value"]))

for municipality in sorted({m for m, _, _ in rows}):
    records = []
    for (m, kpi, period), values in sorted(rows.items()):
        if m != municipality:
            continue
        parts = ",\n".join(
            f'        {{"gender": "{g}", "count": 1, "status": "", "value": {v if v else "null"}}}' for g, v in values)
        records.append(f'    {{\n      "kpi": "{kpi}",\n      "municipality": "{m}",\n      "period": {period},\n      "values": [\n{parts}\n      ]\n    }}')
    with open(f"responses/data_{municipality}.json", "w", encoding="utf-8") as out:
        out.write('{\n  "values": [\n' + ",\n".join(records) + f'\n  ],\n  "count": {len(records)}\n}}\n')
