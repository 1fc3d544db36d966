#!/usr/bin/env bash
# Schemathesis (v4) against the live server's own OpenAPI document, `$LMHUB_URL/api/v1/openapi.json`: every
# check (`--checks all`: server errors, status codes, content types, headers and bodies against their schemas,
# invalid data refused, valid data accepted, unsupported methods answered 405 with `Allow`, writes refused
# without a token, …), 30 examples an operation, a fixed seed so a run can be repeated. Exits non-zero on any
# failure. Run through `bash scripts/live-checks.sh schemathesis`, which starts the server on a new database;
# with `LMHUB_TOKEN` (an admin token; live-checks.sh makes one) it sends it, so the write routes and the audit
# log are exercised too, and `ignored_auth` checks that they answer 401 without it.
# Settings the command line cannot give are in schemathesis.toml beside this script (why, there). One worker:
# with several, Python 3.11.7's `ast.parse` in a worker thread trips a CPython bug ("SystemError: AST constructor
# recursion depth mismatch") inside Hypothesis, reported as a schemathesis runtime error; the run takes ~30 s.
set -euo pipefail
: "${LMHUB_URL:?set LMHUB_URL to the server, such as http://127.0.0.1:8080}"
here=$(cd "$(dirname "$0")" && pwd)
report=$(mktemp -d /tmp/lmhub-schemathesis.XXXXXX)
trap 'rm -rf "$report"' EXIT
cd "$report"
schemathesis --config-file "$here/schemathesis.toml" run "$LMHUB_URL/api/v1/openapi.json" \
  --url "$LMHUB_URL" \
  --checks all \
  --max-examples 30 \
  --seed 20240601 \
  --workers 1 \
  --request-timeout 30 \
  --output-truncate true \
  ${LMHUB_TOKEN:+-H "Authorization: Bearer $LMHUB_TOKEN"}
