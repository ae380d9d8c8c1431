#!/usr/bin/env bash
# Benchmark of `parat check` (issue 2): wall time of a cold run of the launcher on a ~20 KB
# plan, and the per-plan read+score time in a warm JVM. Fixed inputs, printed figures.
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
best=999999; total=0
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./parat check "$plan" > /dev/null
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  total=$((total + ms)); [ "$ms" -lt "$best" ] && best=$ms
done
echo "cold ./parat check: mean $((total / runs)) ms, best ${best} ms over ${runs} runs"
start=$(date +%s%N)
java -jar target/parat.jar check "$plan" > /dev/null
echo "cold java -jar without launcher options: $(( ($(date +%s%N) - start) / 1000000 )) ms (one run)"
java -cp target/parat.jar:target/bench-classes WarmScore "$plan" 2000
