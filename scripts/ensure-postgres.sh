#!/usr/bin/env bash
# Makes sure the local PostgreSQL the server tests use is running and has their database.
# Loopback only: 127.0.0.1:5432, trust authentication, user postgres (or root), database
# airlock_test (override the name with AIRLOCK_TEST_PG_DATABASE). Safe to run again.
set -euo pipefail
db="${AIRLOCK_TEST_PG_DATABASE:-airlock_test}"

if ! command -v psql >/dev/null 2>&1; then
  echo "ensure-postgres: psql not installed; the PostgreSQL tests will be skipped (or fail under CI)" >&2
  exit 1
fi

reachable() { psql -h 127.0.0.1 -p 5432 -U "$1" -d postgres -Atqc 'select 1' >/dev/null 2>&1; }

user=""
for candidate in postgres root; do
  if reachable "$candidate"; then user="$candidate"; break; fi
done

if [ -z "$user" ] && [ -d /etc/postgresql ] && command -v pg_ctlcluster >/dev/null 2>&1; then
  for version in $(ls /etc/postgresql); do
    echo "ensure-postgres: starting PostgreSQL $version" >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do
    for candidate in postgres root; do
      if reachable "$candidate"; then user="$candidate"; break 2; fi
    done
    sleep 1
  done
fi

if [ -z "$user" ]; then
  echo "ensure-postgres: PostgreSQL is not reachable on 127.0.0.1:5432" >&2
  exit 1
fi

if [ "$(psql -h 127.0.0.1 -U "$user" -d postgres -Atqc "select 1 from pg_database where datname = '$db'")" != "1" ]; then
  psql -h 127.0.0.1 -U "$user" -d postgres -qc "create database \"$db\"" >/dev/null
  echo "ensure-postgres: created database $db" >&2
fi
echo "ensure-postgres: PostgreSQL ready on 127.0.0.1:5432, database $db (user $user)" >&2
