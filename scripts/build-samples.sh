#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the bundled sample projects resources/samples/<name>.cjm from the schema
# (core/storage/schema/v1.sql) and the readable data scripts resources/samples/<name>.sql.
# Run from anywhere; needs the sqlite3 shell. The generated .cjm files are committed.
set -euo pipefail

cd "$(dirname "$0")/.."

samples=(credit-card-en broadband-zh)
schema=core/storage/schema/v1.sql

command -v sqlite3 >/dev/null || { echo "build-samples: sqlite3 not found" >&2; exit 1; }

current=""
cleanup() {
  # On failure, never leave a half-built project file behind.
  if [[ -n "$current" ]]; then
    rm -f "$current" "$current-journal"
  fi
}
trap cleanup EXIT

for name in "${samples[@]}"; do
  src="resources/samples/$name.sql"
  out="resources/samples/$name.cjm"
  [[ -f "$src" ]] || { echo "build-samples: missing $src" >&2; exit 1; }

  rm -f "$out" "$out-journal" "$out-wal" "$out-shm"
  current="$out"

  # Header pragmas, then schema and data in one transaction. -bail stops at the
  # first error; the journal_mode pragma echoes the mode, which is not wanted.
  sqlite3 -bail "$out" >/dev/null <<SQL
PRAGMA application_id = 1128943955;
PRAGMA user_version = 1;
PRAGMA journal_mode = DELETE;
PRAGMA foreign_keys = ON;
BEGIN;
.read $schema
.read $src
COMMIT;
SQL

  fk=$(sqlite3 -bail "$out" 'PRAGMA foreign_key_check;')
  if [[ -n "$fk" ]]; then
    echo "build-samples: $out: foreign key violations (table|rowid|parent|fkid):" >&2
    echo "$fk" >&2
    exit 1
  fi
  integrity=$(sqlite3 -bail "$out" 'PRAGMA integrity_check;')
  if [[ "$integrity" != "ok" ]]; then
    echo "build-samples: $out: integrity check failed:" >&2
    echo "$integrity" >&2
    exit 1
  fi

  sqlite3 -bail "$out" 'VACUUM;'
  current=""
  echo "built $out ($(wc -c <"$out") bytes)"
done
