#!/usr/bin/env bash
# Mutation-test src/domain in pieces: one Stryker run per argument (a file, or several joined by
# commas), one after the other. Each run saves its results in the incremental file, so an
# interrupted series keeps what it finished and the next series re-runs only what changed.
#   test/mutation/each.sh src/domain/dates.ts src/domain/clocks.ts,src/domain/deadlines.ts
#   test/mutation/each.sh            # every file of src/domain, one run each
# Logs: reports/mutation/logs/<piece>.log; `node test/mutation/summary.mjs` prints the table.
set -u
cd "$(dirname "$0")/../.."
mkdir -p reports/mutation/logs
pieces=("$@")
[ ${#pieces[@]} -eq 0 ] && mapfile -t pieces < <(find src/domain -name '*.ts' | sort)
for piece in "${pieces[@]}"; do
  args=()
  IFS=',' read -ra files <<<"$piece"
  for f in "${files[@]}"; do args+=(--mutate "$f"); done
  log="reports/mutation/logs/$(echo "${files[0]}" | tr '/' '_')$([ ${#files[@]} -gt 1 ] && echo "+$((${#files[@]} - 1))").log"
  node test/mutation/run.mjs "${args[@]}" >"$log" 2>&1
  echo "$(date -u +%H:%M:%S) $(tail -n 1 "$log")"
done
