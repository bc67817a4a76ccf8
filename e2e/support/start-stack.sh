#!/usr/bin/env bash
# The stack the e2e suite drives (Playwright's webServer runs this):
#   a mail sink on 127.0.0.1:8025 that writes each mail into $QIFU_MAIL_DIR (default e2e/.mail),
#   then the backend on a fresh SQLite file in a new temporary directory, serving the built SPA
#   on http://127.0.0.1:8001. Stopping this script (SIGTERM/SIGINT) stops both and removes
#   the temporary directory.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
e2e="$(dirname "$here")"
root="$(dirname "$e2e")"
venv="$root/backend/.venv/bin"
port="${QIFU_E2E_PORT:-8001}"
smtp_port="${QIFU_E2E_SMTP_PORT:-8025}"
mail_dir="${QIFU_MAIL_DIR:-$e2e/.mail}"
# Tells the specs where this run's database is (support/admin.ts creates hub admins with the CLI).
state_file="${QIFU_E2E_STATE:-$e2e/.stack.json}"
# The server's request log goes to a file to keep the test output readable.
server_log="${QIFU_E2E_SERVER_LOG:-$e2e/.stack.log}"

if [ ! -x "$venv/qifu" ]; then
  echo "start-stack: $venv/qifu is missing; install the backend first (make backend-deps)" >&2
  exit 1
fi
# QIFU_SPA_DIR serves a build made elsewhere (e.g. `npx vite build --outDir /tmp/spa`).
spa_dir="${QIFU_SPA_DIR:-$root/frontend/dist}"
if [ ! -f "$spa_dir/index.html" ]; then
  echo "start-stack: the SPA is not built in $spa_dir; run (cd frontend && npm run build) first" >&2
  exit 1
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/qifu-e2e.XXXXXX")"
rm -rf "$mail_dir"
mkdir -p "$mail_dir"

sink=""
server=""
cleanup() {
  set +e
  trap - EXIT INT TERM
  for pid in $server $sink; do
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  rm -rf "$tmp" "$state_file"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT

"$venv/python" "$here/mailsink.py" --host 127.0.0.1 --port "$smtp_port" --dir "$mail_dir" &
sink=$!
for _ in $(seq 1 100); do
  if ! kill -0 "$sink" 2>/dev/null; then
    echo "start-stack: the mail sink did not start (is port $smtp_port taken?)" >&2
    exit 1
  fi
  (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null && break
  sleep 0.1
done

export QIFU_ENV=test
export QIFU_DATA_DIR="$tmp"
export QIFU_DATABASE_URL="sqlite://$tmp/e2e.sqlite3"
export QIFU_SMTP_URL="smtp://127.0.0.1:$smtp_port"
export QIFU_PUBLIC_URL="http://127.0.0.1:$port"
printf '{"dataDir": "%s", "databaseUrl": "%s"}\n' "$QIFU_DATA_DIR" "$QIFU_DATABASE_URL" >"$state_file"

cd "$root/backend"
"$venv/qifu" migrate
# Not exec'd: this shell stays the parent so that its trap stops the mail sink too.
echo "backend on http://127.0.0.1:$port (log: $server_log)"
"$venv/qifu" serve --host 127.0.0.1 --port "$port" >"$server_log" 2>&1 &
server=$!
status=0
wait "$server" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 143 ]; then
  echo "start-stack: the backend exited with $status; last lines of $server_log:" >&2
  tail -n 40 "$server_log" >&2
fi
exit "$status"
