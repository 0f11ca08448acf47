#!/usr/bin/env bash
# Ingestion benchmark: `npm run ingest` on a generated CSV next to the sqlite3 shell's
# `.import` of the same file into an equivalent table, in the same run.
# Usage: bench/ingest/run.sh [rows]   (default 1,000,000; ROWS_KEEP=1 keeps the temp dir)
set -euo pipefail
ROWS="${1:-1000000}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d /tmp/shiplog-bench-XXXXXX)"
trap '[ "${ROWS_KEEP:-0}" = 1 ] || rm -rf "$WORK"' EXIT

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2…" >&2; apt-get install -y -q "$2" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }; }; }
need sqlite3 sqlite3
[ -x /usr/bin/time ] || need /usr/bin/time time

echo "generating $ROWS rows…" >&2
( cd "$ROOT" && npx tsx bench/ingest/generate-csv.ts "$ROWS" "$WORK/usage.csv" )
SIZE_MB=$(( $(stat -c %s "$WORK/usage.csv") / 1048576 ))

echo "npm run ingest…" >&2
( cd "$ROOT" && DATABASE_URL="file:$WORK/shiplog.db" LOG_LEVEL=silent \
  /usr/bin/time -f '%e %M' -o "$WORK/shiplog.time" npm run -s ingest -- "$WORK/usage.csv" > "$WORK/shiplog.out" )

echo "sqlite3 .import…" >&2
# The same columns and indexes as usage_records (unique key, day, person-day), and the
# same journal settings shiplog uses (WAL, synchronous NORMAL).
cat > "$WORK/import.sql" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE usage_csv (date TEXT NOT NULL, email TEXT NOT NULL, tool TEXT NOT NULL, model TEXT NOT NULL,
  input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, requests INTEGER NOT NULL, cost_usd REAL NOT NULL,
  person_id INTEGER);
CREATE UNIQUE INDEX usage_csv_key_uq ON usage_csv (email, date, tool, model);
CREATE INDEX usage_csv_person_day_idx ON usage_csv (person_id, date);
CREATE INDEX usage_csv_day_idx ON usage_csv (date);
.mode csv
.import --skip 1 $WORK/usage.csv usage_csv
SELECT count(*) FROM usage_csv;
SQL
/usr/bin/time -f '%e %M' -o "$WORK/sqlite.time" sqlite3 "$WORK/shell.db" < "$WORK/import.sql" > "$WORK/sqlite.out" 2>&1

read -r S_SEC S_KB < "$WORK/shiplog.time"
read -r Q_SEC Q_KB < "$WORK/sqlite.time"
STORED=$(sqlite3 "$WORK/shiplog.db" 'SELECT count(*) FROM usage_records')
node -e '
const [rows, sSec, sKb, qSec, qKb, stored, size] = process.argv.slice(1).map(Number);
const rate = (s) => Math.round(rows / s).toLocaleString("en-US");
const ratio = (qSec / sSec);
console.log(`rows: ${rows.toLocaleString("en-US")} (${size} MB); stored by shiplog: ${stored.toLocaleString("en-US")}`);
console.log(`npm run ingest : ${sSec.toFixed(1)} s, ${rate(sSec)} rows/s, peak RSS ${Math.round(sKb / 1024)} MB`);
console.log(`sqlite3 .import: ${qSec.toFixed(1)} s, ${rate(qSec)} rows/s, peak RSS ${Math.round(qKb / 1024)} MB`);
console.log(`shiplog rate = ${(ratio * 100).toFixed(0)}% of the shell (target >= 50%), peak RSS target < 300 MB: ${ratio >= 0.5 && sKb / 1024 < 300 ? "met" : "NOT met"}`);
' "$ROWS" "$S_SEC" "$S_KB" "$Q_SEC" "$Q_KB" "$STORED" "$SIZE_MB"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg)"
