/// The Python the export tests run: it reads an export back with another tool and compares every
/// value, by row id and column name, with the CSV export of the same rows (read with Python's csv
/// module: an empty field is null). Modes: `sqlite` (Python's sqlite3, also checking each value's
/// storage class), `duckdb` and `arrow` (a Parquet file, or with `--hive` a partitioned folder, whose
/// partition columns the reader restores). It prints `rows=N values=M nulls=K` or the differences.
enum ReadBackScript {
    static let source = #"""
import csv, math, sys

mode, path, csv_path, table = sys.argv[1:5]
hive = "--hive" in sys.argv

with open(csv_path, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    expected = {row[header.index("id")]: dict(zip(header, row)) for row in reader}
types = {}

if mode == "sqlite":
    import sqlite3
    db = sqlite3.connect(path)
    cursor = db.execute(f'select * from "{table}"')
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, r)) for r in cursor.fetchall()]
    kinds = {}
    for name in names:
        for (kind,) in db.execute(f'select distinct typeof("{name}") from "{table}"'):
            kinds.setdefault(name, set()).add(kind)
    declared = {r[1]: r[2] for r in db.execute(f'pragma table_info("{table}")')}
    for name, found in kinds.items():
        allowed = {"INTEGER": {"integer"}, "REAL": {"real"}, "TEXT": {"text"}}[declared[name]] | {"null"}
        if not found <= allowed:
            sys.exit(f"{name}: declared {declared[name]} but holds {found}")
elif mode == "duckdb":
    import duckdb
    source = f"read_parquet('{path}/**/*.parquet', hive_partitioning=true)" if hive else f"read_parquet('{path}')"
    relation = duckdb.sql(f"select * from {source}")
    names = relation.columns
    rows = [dict(zip(names, r)) for r in relation.fetchall()]
elif mode == "arrow":
    import pyarrow.dataset as ds, pyarrow.parquet as pq
    t = ds.dataset(path, format="parquet", partitioning="hive").to_table() if hive else pq.read_table(path)
    rows = t.to_pylist()
    names = t.column_names
else:
    sys.exit("unknown mode " + mode)

if sorted(names) != sorted(header):
    sys.exit(f"columns differ: {names} vs {header}")
if len(rows) != len(expected):
    sys.exit(f"{len(rows)} rows read back, {len(expected)} in the CSV")

def same(value, text):
    if value is None:
        return text == ""
    if isinstance(value, bool):
        return text == ("true" if value else "false")
    if isinstance(value, int):
        return text in (str(value), "true" if value == 1 else "-", "false" if value == 0 else "-")
    if isinstance(value, float):
        return text != "" and math.isclose(value, float(text), rel_tol=0, abs_tol=0)
    return value == text

values = nulls = 0
problems = []
for row in rows:
    want = expected.get(row["id"] if row["id"] is not None else "")
    if want is None:
        problems.append(f"unexpected id {row['id']}")
        continue
    for name in header:
        values += 1
        nulls += row[name] is None
        if not same(row[name], want[name]):
            problems.append(f"{row['id']} {name}: read {row[name]!r}, CSV {want[name]!r}")
if problems:
    sys.exit("\n".join(problems[:20]))
print(f"rows={len(rows)} values={values} nulls={nulls}")
"""#
}
