#!/bin/sh
# Runs a test program ("$@") against a throw-away PostgreSQL 15 cluster of its own: pg_virtualenv
# (postgresql-common) creates it, exports the superuser's PGHOST, PGPORT, PGUSER and PGPASSWORD,
# runs the program and drops the cluster. It works as root, as CI runs. Without pg_virtualenv the
# test fails: the team-server tests are part of every `make test` and never skip.
#
# ctest runs these in parallel (and other checkouts on the machine may too), so each cluster gets
# its own folder (-t, even as root: else all are named 15/regress in /etc/postgresql) and a random
# port: pg_virtualenv's own choice, the first free port from 5432, races between two starts.
set -eu

if ! command -v pg_virtualenv >/dev/null 2>&1; then
    echo "FAIL: pg_virtualenv not found; the team-server tests need postgresql-common and" \
         "postgresql-15 (packaging/install-deps.sh installs them)" >&2
    exit 1
fi
if [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then
    echo "FAIL: PostgreSQL 15 is not installed (package postgresql-15;" \
         "packaging/install-deps.sh installs it)" >&2
    exit 1
fi

# The program ran once this exists: from then on its exit status is the test's, never retried.
started=$(mktemp)
rm -f "$started"
trap 'rm -f "$started"' EXIT

attempt=1
while :; do
    PGPORT=$((20000 + $(od -An -N2 -tu2 /dev/urandom) % 40000))
    export PGPORT HINDSIGHT_TEST_STARTED="$started"
    status=0
    pg_virtualenv -t -v 15 -- sh -c 'touch "$HINDSIGHT_TEST_STARTED" && exec "$@"' sh "$@" \
        || status=$?
    if [ -e "$started" ] || [ "$attempt" -ge 5 ]; then
        [ -e "$started" ] || echo "FAIL: no PostgreSQL cluster would start (5 attempts)" >&2
        exit "$status"
    fi
    echo "run-with-server.sh: the cluster did not start on port $PGPORT; trying another" >&2
    attempt=$((attempt + 1))
done
