#!/usr/bin/env python3
"""Independent reference classifier for GB 3838-2002 (surface water, river sites).

Reads the MRC 3S Cambodia water-quality CSV and writes, per sample, the class of
each assessed item and the sample class (worst item class) as CSV on stdout.
Used to produce the test fixture that cross-checks the Swift implementation.

Usage: python3 scripts/gb3838_reference.py [input.csv] > expected.csv
"""
import csv
import sys
from pathlib import Path

DEFAULT_INPUT = (Path(__file__).resolve().parent.parent
                 / "Sources/LMHubServer/Resources/seed/mrc_3S_cambodia_wq_2004_2014.csv")

# GB 3838-2002 Table 1, items 2, 3, 4, 7, 8 (TP: river row), limits for classes I..V.
# (output name, CSV column, limits I..V, limits are minimums?)
ITEMS = [
    ("DO", "DO_mgL", (7.5, 6, 5, 3, 2), True),          # item 3, mg/L, >=
    ("CODMn", "CODMN_mgL", (2, 4, 6, 10, 15), False),   # item 4, mg/L, <=
    ("NH3-N", "NH4N_mgL", (0.15, 0.5, 1.0, 1.5, 2.0), False),  # item 7, mg/L, <=
    ("TP", "TOTP_mgL", (0.02, 0.1, 0.2, 0.3, 0.4), False),     # item 8, rivers, mg/L as P, <=
]
PH_RANGE = (6, 9)  # item 2: pass/fail, same range for classes I..V

# A row is a sample only if at least one of these columns has a value.
MEASUREMENT_COLUMNS = ["TEMP_C", "pH", "TSS_mgL", "COND_mSm", "NO32_mgL", "NH4N_mgL",
                       "TOTN_mgL", "TOTP_mgL", "DO_mgL", "CODMN_mgL"]

LABELS = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "劣V"}
WORST = 6
REL_TOL = 1e-9


def at_most(value, limit):
    return value <= limit + REL_TOL * abs(limit)


def at_least(value, limit):
    return value >= limit - REL_TOL * abs(limit)


def item_class(value, limits, is_minimum):
    """Best class (1..5) whose limit the value meets, else 6 (劣V)."""
    meets = at_least if is_minimum else at_most
    for cls, limit in enumerate(limits, start=1):
        if meets(value, limit):
            return cls
    return WORST


def ph_class(value):
    low, high = PH_RANGE
    return 1 if at_least(value, low) and at_most(value, high) else WORST


def number(cell):
    cell = (cell or "").strip()
    return float(cell) if cell else None


def classify(row):
    """Return {output name: class or None} for the assessed items of one row."""
    classes = {}
    ph = number(row["pH"])
    classes["pH"] = None if ph is None else ph_class(ph)
    for name, column, limits, is_minimum in ITEMS:
        value = number(row[column])
        classes[name] = None if value is None else item_class(value, limits, is_minimum)
    return classes


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_INPUT
    names = ["pH"] + [name for name, *_ in ITEMS]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["station", "date"] + names + ["class"])
    with open(path, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if all(number(row[c]) is None for c in MEASUREMENT_COLUMNS):
                continue
            classes = classify(row)
            present = [c for c in classes.values() if c is not None]
            sample = LABELS[max(present)] if present else ""
            date = f"{int(row['Year']):04d}-{int(row['Month_1']):02d}-01"
            out.writerow([row["Name"], date]
                         + [LABELS.get(classes[n], "") for n in names] + [sample])


if __name__ == "__main__":
    main()
