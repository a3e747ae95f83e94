#!/usr/bin/env bash
# THE test command: bash scripts/test.sh [extra dotnet test args]
#
# Installs what a fresh Debian machine lacks, starts a throwaway PostgreSQL on a free local port
# (the warehouse tests need a real server), runs every test project, and ends with one line
# "N passed, N failed[, N skipped]". Exits non-zero when the build or any test fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '[test.sh] %s\n' "$*" >&2; }

# --- Prerequisites ---------------------------------------------------------------------------

if ! command -v dotnet >/dev/null 2>&1; then
    log "dotnet (SDK 10) is not on PATH; install it first."
    exit 1
fi

if [[ $EUID -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi

find_pg_bin() {
    # Debian 12 ships PostgreSQL 15; accept a newer major when that is what the distribution has.
    if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
    if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then echo /usr/lib/postgresql/15/bin; return; fi
    local newest
    newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    echo "${newest:-/usr/lib/postgresql/15/bin}"
}

missing=()
PG_BIN="$(find_pg_bin)"
[[ -x "$PG_BIN/initdb" && -x "$PG_BIN/pg_ctl" && -x "$PG_BIN/pg_isready" ]] || missing+=(postgresql)
# The dashboard's browser tests drive Debian's Chromium with Playwright (which cannot download its own).
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
# The browser tests' screenshots (artifacts/screenshots) show Chinese unit names: without a CJK
# font Chromium draws them as boxes. No test renders PDFs into fixtures.
command -v fc-list >/dev/null 2>&1 && [[ -n "$(fc-list :lang=zh 2>/dev/null)" ]] || missing+=(fonts-wqy-zenhei)

if ((${#missing[@]} > 0)); then
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    PG_BIN="$(find_pg_bin)"
fi

# --- Throwaway PostgreSQL --------------------------------------------------------------------

PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/budgetharvest-pg.XXXXXX")"
PG_DATA="$PG_TMP/data"
PG_STARTED=0
RESULTS="$ROOT/TestResults/trx"

# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
as_pg() {
    if [[ $EUID -eq 0 ]]; then (cd "$PG_TMP" && runuser -u postgres -- "$@"); else (cd "$PG_TMP" && "$@"); fi
}

cleanup() {
    local rc=$?
    if ((PG_STARTED)); then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$PG_TMP"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[[ $EUID -eq 0 ]] && chown postgres:postgres "$PG_TMP"
chmod 700 "$PG_TMP"

PG_PASSWORD="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
printf '%s\n' "$PG_PASSWORD" >"$PG_TMP/pwfile"
[[ $EUID -eq 0 ]] && chown postgres:postgres "$PG_TMP/pwfile"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$PG_TMP/pwfile" >"$PG_TMP/initdb.log" 2>&1 \
    || { cat "$PG_TMP/initdb.log" >&2; log "initdb failed"; exit 1; }
rm -f "$PG_TMP/pwfile"

port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A probed port can still be taken before postgres binds it, so a failed start just tries another.
# The test projects run in parallel, each with its own databases and connection pools (idle pooled
# connections stay open until pruned), so the server allows more clients than its default 100.
PG_MAX_CONNECTIONS=400
PG_PORT=""
for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 40000))
    port_is_free "$port" || continue
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMP/postgres.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $PG_TMP -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=$PG_MAX_CONNECTIONS" \
        >/dev/null 2>&1; then
        PG_PORT=$port
        PG_STARTED=1
        break
    fi
done
if [[ -z "$PG_PORT" ]]; then
    cat "$PG_TMP/postgres.log" >&2 2>/dev/null || true
    log "could not start PostgreSQL"
    exit 1
fi

for _ in $(seq 1 60); do
    "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 0.5
done
"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" || { log "PostgreSQL did not become ready"; exit 1; }
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$PG_PORT"

export BUDGETHARVEST_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres"

# --- Tests -----------------------------------------------------------------------------------

# Generated fixtures are rebuilt (deterministically) so the tests read what the builder makes today.
bash "$ROOT/scripts/build-fixtures.sh" >&2

rm -rf "$RESULTS"
test_rc=0
dotnet test BudgetHarvest.sln -c Release --results-directory "$RESULTS" --logger trx "$@" || test_rc=$?

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$RESULTS"/*.trx; do
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    count() { local v; v="$(sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters")"; echo "${v:-0}"; }
    passed=$((passed + $(count passed)))
    failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
    skipped=$((skipped + $(count total) - $(count executed)))
done

summary="$passed passed, $failed failed"
((skipped > 0)) && summary+=", $skipped skipped"
if ((test_rc != 0 && failed == 0)); then
    log "dotnet test exited with $test_rc (build failure or aborted test run)"
elif ((passed + failed == 0)); then
    log "no tests ran"
    test_rc=1
fi
echo "$summary"
((test_rc == 0 && failed == 0))
