#!/usr/bin/env bash
# Serves the companion: the action server on 5055 and Rasa (REST + socket.io) on 5005.
# One Ctrl-C stops both; if either dies, the other is stopped too.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p var
export RASA_TELEMETRY_ENABLED=false  # no third-party analytics
# Both servers read it: the action server sends "send me my data" from the same tracker store.
export ENDPOINTS="${ENDPOINTS:-endpoints.yml}"

.venv/bin/rasa run actions --port "${ACTIONS_PORT:-5055}" &
.venv/bin/rasa run --model models/companion.tar.gz --port "${PORT:-5005}" \
  --endpoints "$ENDPOINTS" --credentials "${CREDENTIALS:-credentials.yml}" &

trap 'kill $(jobs -p) 2>/dev/null || true' INT TERM EXIT
wait -n
