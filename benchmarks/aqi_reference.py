#!/usr/bin/env python3
"""numpy reference for `lmhub bench aqi`: the EPA PM2.5 NowCast and the 2024 AQI of every station-hour.

Reads the values `lmhub bench aqi --write-data PATH` wrote (little-endian float64, NaN for a missing hour,
stations x hours, row-major) and computes, vectorised over stations and hours:

- NowCast over the 12 hours ending with each hour (c1 = that hour; hours before the first are missing):
  valid hours only; none unless 2 of c1..c3 are valid, none when cmax <= 0; w = max(cmin / cmax, 0.5);
  sum(w^(i-1) ci) / sum(w^(i-1)); cut to 0.1 after rounding to 9 decimals (the guard);
- the 2024 PM2.5 AQI of the NowCast (EPA-454/B-24-002 Equation 1): cut to 0.1, the row holding it, above
  325.4 along the top row; rounded half up after the same 9-decimal guard.

Prints the rate (station-hours/s, computation only) and the checksum line `lmhub bench aqi` prints. With
`--swift-aqi PATH` (the file of `--write-aqi`), also compares every station-hour.
"""
import argparse
import sys
import time

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

HOURS = 12
# PM2.5 24-h rows of the 2024 table: (low, high) in µg/m³, (index low, index high).
BREAKPOINTS = [(0.0, 9.0, 0, 50), (9.1, 35.4, 51, 100), (35.5, 55.4, 101, 150),
               (55.5, 125.4, 151, 200), (125.5, 225.4, 201, 300), (225.5, 325.4, 301, 500)]
GUARD = 1e9  # 9 decimals


def guard_units(values):
    """Non-negative values snapped to 9 decimals, as int64 counts of 1e-9 (halves up, as Swift's rounded())."""
    return np.floor(values * GUARD + 0.5).astype(np.int64)


def nowcast(x):
    """NowCast (µg/m³, NaN where none) for every hour of x (stations x hours, NaN for missing)."""
    stations = x.shape[0]
    padded = np.concatenate([np.full((stations, HOURS - 1), np.nan), x], axis=1)
    window = sliding_window_view(padded, HOURS, axis=1)  # [s, h, j]: hour h - 11 + j, the newest last
    zeroed = sliding_window_view(np.nan_to_num(padded, nan=0.0), HOURS, axis=1)
    valid = ~np.isnan(window)
    cmax = np.fmax.reduce(window, axis=2)
    cmin = np.fmin.reduce(window, axis=2)
    defined = (valid[:, :, -3:].sum(axis=2) >= 2) & (cmax > 0)
    weight = np.where(defined, np.maximum(cmin / np.where(defined, cmax, 1.0), 0.5), 0.5)
    factors = weight[:, :, None] ** np.arange(HOURS - 1, -1, -1.0)  # w^(i-1) for c_i, i = 12 - j
    factors *= valid
    numerator = np.einsum("shj,shj->sh", factors, zeroed)
    denominator = np.einsum("shj->sh", factors)
    value = numerator / np.where(defined, denominator, 1.0)
    tenths = guard_units(np.where(defined, value, 0.0)) // 100_000_000
    return np.where(defined, tenths / 10.0, np.nan)


def aqi(concentration):
    """The 2024 PM2.5 AQI (int16, -1 where the NowCast is NaN)."""
    defined = ~np.isnan(concentration)
    c = np.where(defined, concentration, 0.0)
    tenths = guard_units(c) // 100_000_000
    c = tenths / 10.0
    lows = np.array([round(row[0] * 10) for row in BREAKPOINTS])
    row = np.searchsorted(lows, tenths, side="right") - 1  # the last row starting at or below c; above the top: the top row
    low, high, index_low, index_high = (np.array([r[k] for r in BREAKPOINTS], dtype=np.float64)[row] for k in range(4))
    exact = (index_high - index_low) / (high - low) * (c - low) + index_low
    index = (guard_units(exact) + 500_000_000) // 1_000_000_000
    return np.where(defined, index, -1).astype(np.int16)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", help="file of lmhub bench aqi --write-data")
    parser.add_argument("--stations", type=int, required=True)
    parser.add_argument("--block", type=int, default=50, help="stations per vectorised step (0: all at once)")
    parser.add_argument("--swift-aqi", help="file of lmhub bench aqi --write-aqi, to compare every station-hour")
    args = parser.parse_args()

    x = np.fromfile(args.data, dtype="<f8").reshape(args.stations, -1)
    block = args.block or args.stations
    result = np.empty(x.shape, dtype=np.int16)
    start = time.perf_counter()
    with np.errstate(invalid="ignore", divide="ignore"):
        for first in range(0, args.stations, block):
            result[first:first + block] = aqi(nowcast(x[first:first + block]))
    seconds = time.perf_counter() - start
    indexed = result >= 0
    print(f"numpy {np.__version__}: {x.size} station-hours in {seconds:.3f} s, {x.size / seconds:.0f} station-hours/s "
          f"({block} stations per step)")
    print(f"checksum: aqi_sum={int(result[indexed].sum(dtype=np.int64))} hours_with_aqi={int(indexed.sum())}")

    if args.swift_aqi:
        swift = np.fromfile(args.swift_aqi, dtype="<i2").reshape(x.shape)
        differ = np.argwhere(swift != result)
        print(f"every station-hour: {len(differ)} differ")
        for station, hour in differ[:10]:
            window = x[station, max(hour - HOURS + 1, 0):hour + 1][::-1]
            print(f"  station {station} hour {hour}: swift {swift[station, hour]}, numpy {result[station, hour]}, "
                  f"window (newest first) {window.tolist()}")
        return 1 if len(differ) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
