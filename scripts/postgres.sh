# Sourced by scripts/test.sh: a private PostgreSQL cluster in var/pg on a loopback port.  PG_OPTS: more server
# options (scripts/test.sh turns autovacuum off).
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
PG_DIR="$(pwd)/var/pg"
PG_PORT=${TAIZHANG_PG_PORT:-54329}
pg_start() {
  [ -n "$PG_BIN" ] || { echo "PostgreSQL not installed: postgres tests will be skipped"; return 0; }
  local run_as=""
  if [ "$(id -u)" = 0 ]; then run_as="runuser -u postgres --"; fi
  pg_stop  # a cluster left running by an interrupted run
  rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
  [ -z "$run_as" ] || chown postgres "$PG_DIR"
  $run_as "$PG_BIN/initdb" -D "$PG_DIR/data" -U taizhang -A trust -E UTF8 >/dev/null
  if ! $run_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off ${PG_OPTS:-}" -l "$PG_DIR/log" -w start >/dev/null; then
    echo "PostgreSQL did not start (see $PG_DIR/log): postgres tests will be skipped"; return 0
  fi
  export TAIZHANG_TEST_PG="postgresql://taizhang@127.0.0.1:$PG_PORT/postgres"
}
pg_stop() {
  [ -n "$PG_BIN" ] && [ -d "$PG_DIR/data" ] || return 0
  local run_as=""
  if [ "$(id -u)" = 0 ]; then run_as="runuser -u postgres --"; fi
  $run_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
}
