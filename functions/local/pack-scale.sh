#!/usr/bin/env bash
# The pack benchmark (issue 5, "Measure"): whole pack builds at county scale (60 projects, 36 months of
# returns, 500 risks) and at 1,000, 5,000 and 10,000 projects (12 months of returns, 500 risks), each size in
# a JVM of its own with -Xmx1g, and the same pages rendered by Hugo from the same view model. Prints a table
# and writes docs/bench/pack-scale.csv, docs/bench/pack-scale.log (every run's own lines) and
# docs/bench/pack-scale.svg. Run from the project root (it never runs `mvn install`):
#   functions/local/pack-scale.sh            # all four sizes (5,000 and 10,000 not yet run to the end here)
#   functions/local/pack-scale.sh 60 1000    # some sizes only
# A size whose JVM runs out of its 1 GB heap is run again with -Xmx2g, and the table says so.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-60 1000 5000 10000}")
read -r -a sizes <<< "${sizes[*]}"
if ! command -v hugo > /dev/null; then
  echo "Installing Hugo (Debian package hugo) for the comparison"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q hugo; else sudo apt-get install -y -q hugo; fi
fi
out=docs/bench
mkdir -p "$out"
./mvnw -q -B -pl functions/local -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/functions/local/target/bench-classpath.txt" -Dmdep.includeScope=test > /dev/null
# A copy of the compiled classes, so a Maven build started meanwhile cannot change them under a run.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r functions/local/target/classes functions/local/target/test-classes "$work/"
cp="$work/test-classes:$work/classes:$(cat functions/local/target/bench-classpath.txt)"

csv="$out/pack-scale.csv"
log="$out/pack-scale.log"
{
  echo "# Pack benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"\
       "$(java -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2), load average $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$log"
header=""
rows=()
for projects in "${sizes[@]}"; do
  if [ "$projects" -le 100 ]; then months=36 warm=3; elif [ "$projects" -le 1000 ]; then months=12 warm=2; else months=12 warm=1; fi
  for heap in 1g 2g; do
    echo "== $projects projects, $months months of returns, 500 risks, -Xmx$heap" | tee -a "$log"
    set +e
    java -Xmx$heap -cp "$cp" org.sendpmo.local.bench.PackScaleBenchmark "$projects" "$months" 500 "$warm" \
      2>&1 | grep -v ' INFO \| DEBUG ' > "$work/run.txt"
    status=${PIPESTATUS[0]}
    set -e
    grep -v '^projects,\|^[0-9]' "$work/run.txt" | tee -a "$log" || true
    if [ "$status" = 0 ]; then
      header=$(grep '^projects,' "$work/run.txt")
      rows+=("$(grep '^[0-9]' "$work/run.txt" | tail -1)")
      break
    fi
    if grep -q OutOfMemoryError "$work/run.txt"; then
      echo "   out of memory at -Xmx$heap" | tee -a "$log"
      rows+=("$projects,$months,500,out of memory at -Xmx$heap")
    else
      echo "   failed (exit $status)" | tee -a "$log"; exit 1
    fi
  done
done
{ echo "$header"; printf '%s\n' "${rows[@]}"; } > "$csv"
java -cp "$cp" org.sendpmo.local.bench.BenchPlot "$csv" "$out/pack-scale.svg" || true
echo
echo "projects | months | HTML pages | cold s | warm s | pages/s | ms/page | PDF s | link check s | incremental s | incremental bytes % | heap after GC MB | Hugo ms/page | pack/Hugo"
awk -F, 'NR > 1 && NF > 10 { printf "%8s | %6s | %10s | %6s | %6s | %7s | %7s | %5s | %12s | %13s | %19s | %16s | %12s | %9s\n", $1, $2, $4, $8, $9, $11, $12, $15, $16, $18, $20, $21, $25, $26 }
         NR > 1 && NF <= 10 { print $1 " | " $4 }' "$csv"
echo "(CSV: $csv; every run's lines: $log; plot: $out/pack-scale.svg)"
