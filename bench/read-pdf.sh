#!/usr/bin/env bash
# Benchmark of reading PDF plans (issue 7): the warm time to read a generated plan of about 50
# pages (the Danish example's sections repeated, with outline, tables, running header and
# footer, hyphenation). Read only, no scoring; bench/check.sh times read + score.
# Usage: bench/read-pdf.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
pdf=target/bench/plan-50p.pdf
java -cp target/parat.jar:target/test-classes dk.parat.plan.LongPdf "$pdf" 50
java -cp target/parat.jar:target/bench-classes ReadPdf "$pdf" "${1:-40}"
