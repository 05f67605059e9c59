#!/usr/bin/env bash
# The whole test suite: starts a throw-away PostgreSQL on loopback, runs pytest (SQLite by default, plus the
# postgres-marked tests), then runs the ledger and supervision database tests a second time on PostgreSQL
# (TAIZHANG_DB_URL), and stops the server.  With arguments, only `pytest "$@"` runs (no second pass).
set -uo pipefail
cd "$(dirname "$0")/.."
# No autovacuum on the throw-away server: its ANALYZE of a table an earlier test filled holds a snapshot, and while it
# runs no VACUUM of a test may mark the rows written before it visible to all (test_bulk's vacuum test failed so).
PG_OPTS="-c autovacuum=off"
source scripts/postgres.sh
pg_start
trap pg_stop EXIT
.venv/bin/python -m pytest -p no:cacheprovider "$@"
rc=$?
if [ $# -eq 0 ] && [ -n "${TAIZHANG_TEST_PG:-}" ]; then
  echo "== ledger and supervision database tests again on PostgreSQL =="
  TAIZHANG_DB_URL="$TAIZHANG_TEST_PG" .venv/bin/python -m pytest -p no:cacheprovider \
    tests/ledger tests/supervision -m "not browser"
  rc2=$?
  [ $rc -ne 0 ] || rc=$rc2
fi
exit $rc
