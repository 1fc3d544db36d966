"""The pandas baseline of `lmhub bench import`: what a user writes in ten lines to load a long observation
CSV (station,time,parameter,value,unit) into SQLite, with one vectorised unit conversion (µg/L to mg/L) and
a table keyed on station, parameter and time. Usage: python3 import_pandas.py FILE.csv DATABASE.sqlite"""
import sqlite3, sys
import pandas as pd

frame = pd.read_csv(sys.argv[1])
frame["value"] = frame["value"].where(frame["unit"] != "µg/L", frame["value"] / 1000)
connection = sqlite3.connect(sys.argv[2])
connection.execute("CREATE TABLE observations (station TEXT, time TEXT, parameter TEXT, value REAL, unit TEXT,"
                   " PRIMARY KEY (station, parameter, time)) WITHOUT ROWID")
frame.to_sql("observations", connection, if_exists="append", index=False)
connection.commit()
