#!/usr/bin/env bash
# The whole test suite: starts a throw-away PostgreSQL on loopback for the
# postgres-marked tests, runs pytest, stops the server.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
pg_start
.venv/bin/python -m pytest -p no:cacheprovider "$@"
rc=$?
pg_stop
exit $rc
