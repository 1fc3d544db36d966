#!/usr/bin/env python3
"""Independent reference for two annual water-quality indices on the bundled MRC file.

Computes, per station and year, the MRC water-quality index (share of tests meeting
the MRC aquatic-life targets, times 10) and the CCME Water Quality Index 1.0, over six
parameters: pH, EC, NH3 (un-ionised, as N), DO, NO3-N (nitrite + nitrate as N), TP.
Objectives are read from LMHub's data file `mrc-tgwq.json`; everything else is written
from the indices' definitions, not from LMHub's Swift code, so that its output
(`Tests/LMHubIngestTests/Fixtures/mrc_3S_indices_expected.csv`) is an independent
oracle for the Swift implementation (Tests/LMHubIngestTests/IndexReferenceTests.swift).

Usage: python3 scripts/indices_reference.py   (standard library only)
"""
import csv
import json
import math
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUT = ROOT / "Sources/LMHubServer/Resources/seed/mrc_3S_cambodia_wq_2004_2014.csv"
STANDARD = ROOT / "Sources/LMHubCore/Resources/standards/mrc-tgwq.json"
OUTPUT = ROOT / "Tests/LMHubIngestTests/Fixtures/mrc_3S_indices_expected.csv"

# Index parameter -> CSV column (NH3 also has a computed fallback, see nh3()).
COLUMNS = {"pH": "pH", "EC": "COND_mSm", "NH3": "NH3_mgL", "DO": "DO_mgL",
           "NO3-N": "NO32_mgL", "TP": "TOTP_mgL"}
NOT_MEASUREMENTS = {"Name", "Year", "Month_1", "Month"}

MRC_BANDS = [(9.5, "High quality"), (8, "Good"), (6.5, "Moderate"), (4.5, "Poor"), (0, "Very poor")]
# bcgov/wqbc categorize_wqi: cut(breaks = c(-1, 44, 64, 79, 94, 100), right = TRUE), so a band holds values above its floor.
CCME_CATEGORIES = [(94, "Excellent"), (79, "Good"), (64, "Fair"), (44, "Marginal"), (-math.inf, "Poor")]
CCME_MIN_TESTS = 4       # tests a variable needs in a year to count
CCME_MIN_VARIABLES = 4   # counted variables an index needs


def load_objectives():
    """{parameter: (low, high)} from the JSON; None for an open side. All units match the file's."""
    items = {i["parameter"]: i for i in json.loads(STANDARD.read_text(encoding="utf-8"))["items"]}
    objectives = {}
    for name in COLUMNS:
        item = items[name]
        if item["kind"] == "range":
            objectives[name] = tuple(item["ranges"][0])
        elif item["kind"] == "maximum":
            objectives[name] = (None, item["limits"][0])
        else:
            objectives[name] = (item["limits"][0], None)
    return objectives


def number(cell):
    cell = (cell or "").strip()
    return float(cell) if cell else None


def nh3(row):
    """Un-ionised ammonia as N: the file's column, else Emerson et al. (1975) from NH4-N, pH, T."""
    given = number(row["NH3_mgL"])
    if given is not None:
        return given
    nh4, ph, temp = number(row["NH4N_mgL"]), number(row["pH"]), number(row["TEMP_C"])
    if None in (nh4, ph, temp):
        return None
    pka = 0.09018 + 2729.92 / (temp + 273.15)
    return nh4 / (1 + 10 ** (pka - ph))


def sample_values(row):
    values = {name: number(row[column]) for name, column in COLUMNS.items()}
    values["NH3"] = nh3(row)
    return {name: v for name, v in values.items() if v is not None}


def excursion(value, objective):
    """0 when the value meets its objective (bounds inclusive), else the CCME excursion."""
    low, high = objective
    if high is not None and value > high:
        return value / high - 1
    if low is not None and value < low:
        return low / value - 1
    return 0.0


def mrc_wqi(samples, objectives):
    met = tested = 0
    for values in samples:
        for name, value in values.items():
            tested += 1
            met += excursion(value, objectives[name]) == 0
    if tested == 0:
        return None, ""
    wqi = met / tested * 10
    return wqi, next(label for floor, label in MRC_BANDS if wqi >= floor)


def ccme_wqi(samples, objectives):
    tests = defaultdict(list)  # parameter -> excursions of its tests
    for values in samples:
        for name, value in values.items():
            tests[name].append(excursion(value, objectives[name]))
    counted = {name: e for name, e in tests.items() if len(e) >= CCME_MIN_TESTS}
    if len(counted) < CCME_MIN_VARIABLES:
        return None, ""
    all_tests = [e for es in counted.values() for e in es]
    f1 = 100 * sum(any(e > 0 for e in es) for es in counted.values()) / len(counted)
    f2 = 100 * sum(e > 0 for e in all_tests) / len(all_tests)
    nse = sum(all_tests) / len(all_tests)
    f3 = nse / (0.01 * nse + 0.01)
    wqi = 100 - math.sqrt(f1 ** 2 + f2 ** 2 + f3 ** 2) / 1.732
    return wqi, next(label for floor, label in CCME_CATEGORIES if wqi > floor)


def main():
    objectives = load_objectives()
    groups = defaultdict(list)  # (station, year) -> [sample values]
    with open(INPUT, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if all(number(v) is None for k, v in row.items() if k not in NOT_MEASUREMENTS):
                continue  # a row with no value at all is no sample
            groups[(row["Name"], row["Year"])].append(sample_values(row))

    def fmt(x):
        return "" if x is None else f"{x:.6f}"

    with open(OUTPUT, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["station", "year", "samples", "ccme_wqi", "ccme_category", "mrc_wqi", "mrc_band"])
        for (station, year), samples in sorted(groups.items()):
            ccme, category = ccme_wqi(samples, objectives)
            mrc, band = mrc_wqi(samples, objectives)
            out.writerow([station, year, len(samples), fmt(ccme), category, fmt(mrc), band])


if __name__ == "__main__":
    main()
