#!/usr/bin/env python3
"""Loads GDELT 2.0 Event and Mentions files (YYYYMMDDHHMMSS.export.CSV, .mentions.CSV) the way scripts written for
GDELT's own files do: tab-separated, no header, no quoting, GDELT's column names in the codebook's order, each
column converted to the type the codebook gives it (an empty field is a missing value, as pandas reads it).
Standard library only. Written from GDELT's documentation, not from Caravan's code.

Usage: read_gdelt.py EVENTS.CSV [MENTIONS.CSV]
Prints one JSON object: rows read, events per root code and quad class, the dates, mentions joined to events, and
every row that does not load ("bad": file, line, reason). Exit 1 when a row does not load.
"""
import csv
import json
import sys
from datetime import datetime

ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
         "Type1Code", "Type2Code", "Type3Code"]
GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
EVENT_COLUMNS = (["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
                 + ["Actor1" + f for f in ACTOR] + ["Actor2" + f for f in ACTOR]
                 + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                    "NumMentions", "NumSources", "NumArticles", "AvgTone"]
                 + ["Actor1Geo_" + f for f in GEO] + ["Actor2Geo_" + f for f in GEO] + ["ActionGeo_" + f for f in GEO]
                 + ["DATEADDED", "SOURCEURL"])
MENTION_COLUMNS = ["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                   "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
                   "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
                   "Extras"]
INTEGERS = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
            "NumSources", "NumArticles", "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type", "DATEADDED",
            "EventTimeDate", "MentionTimeDate", "MentionType", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
            "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen"}
FLOATS = {"FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor2Geo_Lat",
          "Actor2Geo_Long", "ActionGeo_Lat", "ActionGeo_Long", "MentionDocTone"}
TIMESTAMPS = {"DATEADDED", "EventTimeDate", "MentionTimeDate"}


def typed(name, value):
    if value == "":
        return None
    if name in INTEGERS:
        number = int(value)
        if name in TIMESTAMPS:
            datetime.strptime(value, "%Y%m%d%H%M%S")
        if name == "SQLDATE":
            datetime.strptime(value, "%Y%m%d")
        return number
    if name in FLOATS:
        return float(value)
    return value


def load(path, columns, bad):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for n, fields in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if len(fields) != len(columns):
                bad.append([path, n, "%d fields, not %d" % (len(fields), len(columns))])
                continue
            try:
                rows.append({c: typed(c, v) for c, v in zip(columns, fields)})
            except ValueError as e:
                bad.append([path, n, str(e)])
    return rows


def count(rows, column):
    out = {}
    for r in rows:
        key = str(r[column])
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items()))


def main(argv):
    bad = []
    events = load(argv[1], EVENT_COLUMNS, bad)
    mentions = load(argv[2], MENTION_COLUMNS, bad) if len(argv) > 2 else []
    ids = {e["GLOBALEVENTID"] for e in events}
    report = {
        "events": len(events),
        "distinct_ids": len(ids),
        "roots": count(events, "EventRootCode"),
        "quad_classes": count(events, "QuadClass"),
        "days": sorted({e["SQLDATE"] for e in events if e["SQLDATE"] is not None}),
        "mentions": len(mentions),
        "mentions_without_event": sum(1 for m in mentions if m["GLOBALEVENTID"] not in ids),
        "mentions_counted_in_events": sum(e["NumMentions"] for e in events),
        "bad": bad,
    }
    print(json.dumps(report))
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv))
