#!/usr/bin/env bash
# CI: install Debian's PostgreSQL, start it, create a scratch database and print
# the URL the `postgres`-marked tests read from $SITREP_TEST_POSTGRES:
#
#     export SITREP_TEST_POSTGRES="$(.ci/postgres.sh)"
#
# Runs as root on a fresh Debian machine; idempotent (a second run reuses the
# running cluster and re-creates the scratch database). Everything but the URL
# goes to stderr, so the command substitution above captures only the URL.
set -euo pipefail

DB="${SITREP_PG_DB:-sitrep_test}"
ROLE="${SITREP_PG_ROLE:-sitrep}"
PASSWORD="${SITREP_PG_PASSWORD:-sitrep}"

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2
    apt-get install -y -q postgresql >&2
fi

# The newest installed major version and its (first) cluster.
VERSION="$(pg_lsclusters -h | awk '{print $1}' | sort -V | tail -n 1)"
if [ -z "$VERSION" ]; then
    VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    pg_createcluster "$VERSION" main >&2
fi
CLUSTER="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v {print $2; exit}')"
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $3}')"
if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $4}' \
    | grep -q online; then
    pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

# Wait until the server accepts connections (start is asynchronous on some setups).
for _ in $(seq 1 30); do
    if su postgres -c "psql -p $PORT -Atqc 'SELECT 1'" >/dev/null 2>&1; then
        break
    fi
    sleep 1
done

su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -q" >&2 <<SQL
SELECT 'CREATE ROLE $ROLE LOGIN PASSWORD ''$PASSWORD'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE')\gexec
DROP DATABASE IF EXISTS $DB;
CREATE DATABASE $DB OWNER $ROLE;
SQL

echo "postgresql://$ROLE:$PASSWORD@localhost:$PORT/$DB"
