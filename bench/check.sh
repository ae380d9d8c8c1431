#!/usr/bin/env bash
# Benchmark of `parat check` (issues 2 and 14): wall time of cold runs of the launcher on a ~20 KB
# plan beside cold runs of `parat --version`, which starts the same JVM and command line and does
# nothing else, so that their ratio is what checking a plan adds to starting parat; then the
# per-plan read+score time in a warm JVM. Fixed inputs, printed figures.
# Usage: bench/check.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
./mvnw -q -B -DskipTests package
mkdir -p target/bench
plan=target/bench/plan-20k.md
# A fixed ~20 KB plan: two bundled examples, the second without its front matter.
{ cat examples/skaermbesoeg-hjemmeplejen.md; echo; sed '1,/^---$/{/^---$/!d};1,/^---$/d' examples/esdh-opgradering.md; } > "$plan"
printf 'plan: %s (%d bytes)\n' "$plan" "$(wc -c < "$plan")"
rm -f target/parat-*.jsa
./parat --version > /dev/null   # the launcher makes its class-data-sharing archive once
printf 'load average before: %s\n' "$(cut -d ' ' -f 1-3 /proc/loadavg)"
ms() { local start; start=$(date +%s%N); "$@" > /dev/null; echo $(( ($(date +%s%N) - start) / 1000000 )); }
check_total=0; check_best=999999; version_total=0; version_best=999999
# Taken in turns, so that a change in the machine's load falls on both alike.
for _ in $(seq "$runs"); do
  v=$(ms ./parat --version); version_total=$((version_total + v)); [ "$v" -lt "$version_best" ] && version_best=$v
  c=$(ms ./parat check "$plan"); check_total=$((check_total + c)); [ "$c" -lt "$check_best" ] && check_best=$c
done
printf 'load average after: %s\n' "$(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "cold ./parat --version: mean $((version_total / runs)) ms, best ${version_best} ms over ${runs} runs"
echo "cold ./parat check: mean $((check_total / runs)) ms, best ${check_best} ms over ${runs} runs"
awk -v c="$check_total" -v v="$version_total" -v cb="$check_best" -v vb="$version_best" \
  'BEGIN { printf "check / --version: %.2f (means), %.2f (bests); the goal is at most 2\n", c / v, cb / vb }'
echo "cold java -jar check without launcher options: $(ms java -jar target/parat.jar check "$plan") ms (one run)"
java -cp target/parat.jar:target/bench-classes WarmScore "$plan" 2000
