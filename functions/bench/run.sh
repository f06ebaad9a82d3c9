#!/usr/bin/env bash
# The benchmark command (issue 8): one table of every figure, written as docs/bench/bench.csv, with
# docs/bench/pack-scale.{csv,svg} (pack build time and time a page against the number of projects, with Hugo's)
# and docs/bench/bench.log (every run's own lines). Run from anywhere; it never runs `mvn install`.
#
#   functions/bench/run.sh            # ingest, scoring (JMH), packs at 60, 1,000, 5,000 and 10,000 projects
#   functions/bench/run.sh --quick    # the same with packs at 60 and 1,000 only and shorter JMH runs
#   functions/bench/run.sh --sizes "5000 10000"   # pack sizes only (no ingest or JMH)
#
# What is measured, each in a JVM of its own:
#   ingest    the adapters' RiskRegisterBenchmark: a 10,000-row register as CSV and as XLSX through the real
#             sheet parser and validation, recorded through RiskRegister.record into H2 (-Xmx256m)
#   scoring   ScoringBenchmark under JMH: score and rank, and rank stability (10,000 samples), at 60 and 10,000
#   packs     PackScaleBenchmark per size (-Xmx1g, again at -Xmx2g if it runs out): whole builds, an incremental
#             build, the PDF board pack made at sign-off, and Hugo rendering the same pages
#   cold start  functions/bench/cold-start.sh, when it exists (the api function's cold start)
# Loaded pack data sets are kept in $BENCH_CACHE (default ~/.cache/sendpmo-bench) and copied for later runs;
# BENCH_OUT writes the results elsewhere than docs/bench.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
sizes=(60 1000 5000 10000)
quick=0
only_packs=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; sizes=(60 1000) ;;
    --sizes) read -r -a sizes <<< "$2"; only_packs=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
out=${BENCH_OUT:-docs/bench}
cache=${BENCH_CACHE:-$HOME/.cache/sendpmo-bench}
mkdir -p "$out" "$cache"
log="$out/bench.log"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

hugo_flag=()
if ! command -v hugo > /dev/null; then
  echo "Hugo is not installed: installing Debian's hugo for the comparison"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q hugo > /dev/null || true
  elif sudo -n true 2> /dev/null; then sudo apt-get install -y -q hugo > /dev/null || true; fi
fi
if command -v hugo > /dev/null; then hugo_version=$(hugo version | cut -d' ' -f1-2)
else
  hugo_version="no Hugo"; hugo_flag=(-Dbench.noHugo=true)
  echo "The Hugo column is skipped: hugo is not installed and could not be (apt-get install -y hugo needs root)"
fi

echo "Compiling (functions/bench and the modules it uses)"
./mvnw -q -B -pl functions/bench -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$root/functions/bench/target/classpath.txt" -Dmdep.includeScope=runtime > "$work/mvn.txt" 2>&1 \
  || { cat "$work/mvn.txt"; exit 1; }
# A copy of the compiled classes, so a Maven build started meanwhile cannot change them under a run.
cp -r functions/bench/target/classes "$work/bench-classes"
cp="$work/bench-classes:$(cat functions/bench/target/classpath.txt)"

load() { cut -d' ' -f1-3 /proc/loadavg; }
{
  echo "# Benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB,"\
       "$(java -version 2>&1 | head -1), $hugo_version; uptime: $(uptime)"
} | tee "$log"
rows=()   # measure,size,seconds,rate,rate_unit,peak_heap_mb,note  (one per figure, for bench.csv and the table)
row() { local cells=("${@//,/;}"); rows+=("$(IFS=,; echo "${cells[*]}")"); }   # a comma in a cell becomes ";"

if [ "$only_packs" = 0 ]; then
  echo "== ingest: 10,000-row risk register, CSV and XLSX, load $(load)" | tee -a "$log"
  java -Xmx256m -cp "$cp" org.sendpmo.adapters.sheets.RiskRegisterBenchmark 2>&1 | grep -v ' INFO \| DEBUG ' \
    | tee "$work/ingest.txt" >> "$log"
  # "CSV  warm: parse+validate 132 ms ( 75,500 rows/s), record 370 ms, total 502 ms ( 19,900 rows/s); peak heap 130 MB"
  for format in CSV XLSX; do
    for when in cold warm; do
      line=$(grep "^$format *$when:" "$work/ingest.txt" || true)
      [ -n "$line" ] || { row "ingest $format $when" 10000 "" "" "" "" "failed: see $log"; continue; }
      total_ms=$(sed -E 's/.*total *([0-9,]+) ms.*/\1/' <<< "$line" | tr -d ,)
      rate=$(sed -E 's/.*total[^(]*\( *([0-9,]+) rows\/s.*/\1/' <<< "$line" | tr -d ,)
      parse_rate=$(sed -E 's/.*parse\+validate[^(]*\( *([0-9,]+) rows\/s.*/\1/' <<< "$line" | tr -d ,)
      heap=$(sed -E 's/.*peak heap ([0-9]+) MB.*/\1/' <<< "$line")
      row "ingest $format $when (parse+validate+record)" 10000 "$(awk "BEGIN {printf \"%.2f\", $total_ms / 1000}")" \
        "$rate" "rows/s" "$heap" "parse+validate alone $parse_rate rows/s"
    done
  done

  echo "== scoring and rank stability (JMH), load $(load)" | tee -a "$log"
  jmh_opts=()
  [ "$quick" = 1 ] && jmh_opts=(-wi 1 -i 2 -w 1s -r 1s)
  java -cp "$cp" org.openjdk.jmh.Main ScoringBenchmark "${jmh_opts[@]}" \
    -rf csv -rff "$work/jmh.csv" > "$work/jmh.txt" 2>&1 || { cat "$work/jmh.txt"; exit 1; }
  grep -v ' INFO \| DEBUG ' "$work/jmh.txt" >> "$log"
  # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: projects"
  while IFS=, read -r name _ _ samples score error _ projects; do
    name=${name//\"/}; projects=${projects//[\"$'\r']/}
    # The largest peak of the trials at this size (each benchmark method is a trial of its own).
    heap=$(sed -n "s/.*peak heap, $projects projects: \([0-9]*\) MB.*/\1/p" "$work/jmh.txt" | sort -n | tail -1)
    if [ "$error" = NaN ]; then spread="mean of $samples runs"; else spread="mean ± $(awk "BEGIN {printf \"%.1f\", $error}") ms (99.9%)"; fi
    row "${name##*.} (JMH)" "$projects" "$(awk "BEGIN {printf \"%.4f\", $score / 1000}")" "" "" "$heap" "$spread"
  done < <(tail -n +2 "$work/jmh.csv")
fi

csv="$out/pack-scale.csv"
header=""
pack_rows=()
for projects in "${sizes[@]}"; do
  if [ "$projects" -le 100 ]; then months=36 warm=3; elif [ "$projects" -le 1000 ]; then months=12 warm=2; else months=12 warm=1; fi
  # The PDF at sign-off is measured up to 1,000 projects: above, its ranking table alone takes minutes to lay out.
  sign_off=(); [ "$projects" -gt 1000 ] && sign_off=(--no-sign-off)
  for heap in 1g 2g; do
    echo "== pack: $projects projects, $months months of returns, 500 risks, -Xmx$heap, load $(load)" | tee -a "$log"
    set +e
    java -Xmx$heap "${hugo_flag[@]}" -cp "$cp" org.sendpmo.bench.PackScaleBenchmark "$projects" "$months" 500 "$warm" "$cache" "${sign_off[@]}" \
      2>&1 | grep -v ' INFO \| DEBUG ' > "$work/run.txt"
    status=${PIPESTATUS[0]}
    set -e
    grep -v '^projects,\|^[0-9]' "$work/run.txt" | tee -a "$log" || true
    if [ "$status" = 0 ]; then
      header=$(grep '^projects,' "$work/run.txt")
      line=$(grep '^[0-9]' "$work/run.txt" | tail -1)
      pack_rows+=("$line")
      IFS=, read -r -a c <<< "$line"
      IFS=, read -r -a h <<< "$header"
      declare -A v=()
      for i in "${!h[@]}"; do v[${h[$i]}]=${c[$i]}; done
      note="-Xmx$heap; ${v[html_pages]} HTML pages; Hugo ${v[hugo_ms_per_page]} ms a page, pack/Hugo ${v[ratio_to_hugo]}x"
      row "pack build warm (full)" "$projects" "${v[warm_s]}" "${v[pages_per_s]}" "pages/s" "${v[peak_heap_mb]}" "$note"
      row "pack build incremental (one return changed)" "$projects" "${v[incremental_s]}" "${v[incremental_bytes]}" \
        "bytes uploaded" "${v[peak_heap_mb]}" "${v[incremental_pct]} % of a full build's ${v[full_bytes]} bytes"
      row "Hugo for the same pages" "$projects" "${v[hugo_s]}" "" "" "" "${v[hugo_pages]} pages"
      row "PDF board pack at sign-off" "$projects" "${v[signoff_pdf_s]}" "${v[signoff_pdf_bytes]}" "bytes" \
        "${v[signoff_peak_heap_mb]}" "made once, when the build is marked final${sign_off:+; not measured above 1,000 projects}"
      unset v
      break
    fi
    if grep -q OutOfMemoryError "$work/run.txt"; then
      echo "   out of memory at -Xmx$heap" | tee -a "$log"
      row "pack build warm (full)" "$projects" "" "" "" "" "out of memory at -Xmx$heap"
    else
      echo "   failed (exit $status)" | tee -a "$log"; exit 1
    fi
  done
done
if [ -n "$header" ]; then
  { echo "$header"; printf '%s\n' "${pack_rows[@]}"; } > "$csv"
  java -cp "$cp" org.sendpmo.bench.BenchPlot "$csv" "$out/pack-scale.svg" || true
fi

# Not with --sizes, which is documented as pack sizes only.
if [ "$only_packs" = 0 ] && [ -x functions/bench/cold-start.sh ]; then
  echo "== cold start (functions/bench/cold-start.sh), load $(load)" | tee -a "$log"
  if functions/bench/cold-start.sh > "$work/cold.txt" 2>&1; then status=0; else status=$?; fi
  tee -a "$log" < "$work/cold.txt"
  # Its table's rows as they are: every line that looks like a table row.
  while IFS= read -r line; do
    row "cold start" "" "" "" "" "" "$(tr ',' ';' <<< "$line")"
  done < <(grep '|' "$work/cold.txt" | grep -v -- '---' || true)
  [ "$status" = 0 ] || row "cold start" "" "" "" "" "" "cold-start.sh failed (exit $status): see $log"
fi

echo "# finished $(date -u '+%H:%M UTC'); uptime: $(uptime)" | tee -a "$log"
{ echo "measure,size,seconds,rate,rate_unit,peak_heap_mb,note"; printf '%s\n' "${rows[@]}"; } > "$out/bench.csv"
echo
printf '%-52s | %6s | %9s | %16s | %8s | %s\n' "measure" "size" "seconds" "rate" "heap MB" "note"
printf '%s\n' "${rows[@]}" | while IFS=, read -r measure size seconds rate unit heap note; do
  printf '%-52s | %6s | %9s | %16s | %8s | %s\n' "$measure" "$size" "$seconds" "${rate:+$rate $unit}" "$heap" "$note"
done
echo "(CSV: $out/bench.csv and $csv; plot: $out/pack-scale.svg; every run's lines: $log)"
