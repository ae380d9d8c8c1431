#!/usr/bin/env bash
# Benchmark of `parat batch` (issue 5): for each size N, generates N varied plans (seeded, 5-40 KB,
# bench/GeneratePlans.java), scores them with the launcher, and in the same run reads and tokenises
# the same files with the same analyzer and nothing else (bench/TokeniseOnly.java) as the baseline.
# Prints wall time, plans/s, MB/s, peak RSS and the ratio of the two throughputs.
# Usage: bench/batch.sh [N ...]        (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
if [ ! -x /usr/bin/time ]; then
  echo "bench/batch.sh needs GNU time for peak memory: apt-get install time" >&2
  exit 2
fi
./mvnw -q -B -DskipTests package
./parat --version > /dev/null   # the launcher makes its class-data-sharing archive once
mkdir -p target/bench
threads=$(nproc)
stats=target/bench/time.txt

# run LABEL COMMAND...: runs it under GNU time; sets secs and rss_mb.
run() {
  /usr/bin/time -f '%e %M' -o "$stats" "$@" > /dev/null
  read -r secs rss_kb < "$stats"
  rss_mb=$((rss_kb / 1024))
}

div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

printf '%-7s %-9s %9s %9s %8s %8s %8s\n' plans what seconds plans/s MB/s peakRSS ratio
for n in "${sizes[@]}"; do
  plans=target/bench/plans-$n
  [ -d "$plans" ] || java -cp target/bench-classes GeneratePlans "$plans" "$n" 42 > /dev/null
  mb=$(find "$plans" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
  run java -cp target/parat.jar:target/bench-classes TokeniseOnly "$plans" "$threads"
  base_secs=$secs
  printf '%-7s %-9s %9.2f %9.0f %8.2f %6sMB %8s\n' "$n" tokenise "$secs" "$(div "$n" "$secs")" \
    "$(div "$mb" "$secs")" "$rss_mb" ""
  rm -rf "target/bench/out-$n"
  run ./parat batch -q --output-dir "target/bench/out-$n" "$plans"
  printf '%-7s %-9s %9.2f %9.0f %8.2f %6sMB %8.2f\n' "$n" batch "$secs" "$(div "$n" "$secs")" \
    "$(div "$mb" "$secs")" "$rss_mb" "$(div "$base_secs" "$secs")"
done
echo "($threads threads; $mb MB in the last set; ratio = batch throughput / tokenise-only throughput; wall times include JVM start)"
