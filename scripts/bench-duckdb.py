#!/usr/bin/env python3
"""DuckDB's side of `make bench` (Sources/gongkai-bench/DuckDBSide.swift writes the spec, reads the answer).

    bench-duckdb.py SPEC.json  ->  JSON on standard output

SPEC: {"database": SQLite file of the bench's rows (table `reports`), "runs": N,
       "statements": [{"name", "setup": [SQL], "sql", "rows": path or null}],
       "exports": [{"name", "sql", "path"}]}
The rows are read from the SQLite file (Python's sqlite3, declared types INTEGER/REAL/TEXT kept as
int64/float64/string) into an in-memory DuckDB table `reports`, so DuckDB holds the same rows as the
other engines. Each statement is timed inside this process with time.perf_counter around
`COPY (sql) TO '/dev/null' (FORMAT csv, HEADER)`: parse, bind, run, render and write, as gongkai's
and SQLite's sides are timed; median of `runs` after one warm-up. The rows of each statement (when
`rows` is given) are written there canonically, one line each (see canonical()), for the row check.
Each export is `COPY (sql) TO path (FORMAT csv, HEADER)`, timed the same way."""
import json, sqlite3, statistics, sys, time

import duckdb
import pyarrow as pa

TYPES = {"INTEGER": pa.int64(), "REAL": pa.float64(), "TEXT": pa.string()}


def load(con, path):
    source = sqlite3.connect(path)
    columns = [(row[1], row[2].upper()) for row in source.execute("PRAGMA table_info(reports)")]
    names = ", ".join('"%s"' % name.replace('"', '""') for name, _ in columns)
    rows = source.execute("SELECT %s FROM reports" % names).fetchall()
    arrays = [pa.array([row[i] for row in rows], type=TYPES[kind]) for i, (_, kind) in enumerate(columns)]
    table = pa.Table.from_arrays(arrays, names=[name for name, _ in columns])
    con.register("source_rows", table)
    con.execute("CREATE TABLE reports AS SELECT * FROM source_rows")
    con.unregister("source_rows")
    return len(rows)


def canonical(value):
    """Must match RowCheck.canonical in the bench: numbers to 9 significant digits, bools as 1/0."""
    if value is None:
        return "\u2205"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return "%.9g" % float(value)
    text = str(value).replace("\\", "\\\\").replace("\n", "\\n")
    return "'" + text


def timed(con, sql, runs):
    con.execute(sql)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        con.execute(sql)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    spec = json.load(open(sys.argv[1]))
    con = duckdb.connect(":memory:")
    start = time.perf_counter()
    count = load(con, spec["database"])
    answer = {"version": duckdb.__version__, "rows": count,
              "load_ms": (time.perf_counter() - start) * 1000, "statements": [], "exports": []}
    runs = spec["runs"]
    for statement in spec["statements"]:
        for setup in statement.get("setup", []):
            con.execute(setup)
        sql = statement["sql"]
        ms = timed(con, "COPY (%s) TO '/dev/null' (FORMAT csv, HEADER)" % sql, runs)
        result = con.execute(sql).fetchall()
        if statement.get("rows"):
            with open(statement["rows"], "w", encoding="utf-8") as out:
                for row in result:
                    out.write("\x1f".join(canonical(v) for v in row) + "\n")
        answer["statements"].append({"name": statement["name"], "ms": ms, "count": len(result)})
    for export in spec.get("exports", []):
        ms = timed(con, "COPY (%s) TO '%s' (FORMAT csv, HEADER)" % (export["sql"], export["path"].replace("'", "''")), runs)
        answer["exports"].append({"name": export["name"], "ms": ms})
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
