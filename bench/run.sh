#!/usr/bin/env bash
# The kdiag benchmark: see bench/README.md and docs/performance.md.
#
#   bench/run.sh                      # 10k, 100k and 1M objects, then the cold start
#   SCALES="10000 100000" bench/run.sh
#   KDIAG_JAVA_OPTS=-Xmx3g bench/run.sh
#
# For each scale it generates a dump (kept in $BENCH_DIR, reused when the same scale and
# sources produced it before), then on the same files times the floor (a bare streaming
# jackson-core pass) and the full `kdiag analyze --format json`, records each one's wall time,
# CPU time (user + sys) and peak RSS, prints the load average before and after the scale (CPU
# time is what a shared machine inflates least), and checks the report against the generator's
# manifest. It exits 1 when a check fails.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
scales="${SCALES:-10000 100000 1000000}"
work="${BENCH_DIR:-$here/bench/target/dumps}"
mkdir -p "$work"

echo "building kdiag and the benchmark tools..." >&2
./mvnw -q -B -DskipTests -pl cli,bench -am package dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/classpath.txt >&2
cp="$here/bench/target/classes:$(cat "$here/bench/target/classpath.txt")"
./kdiag --version >/dev/null   # the launcher's own first-use steps, outside every timing

timed() {   # timed OUT-FILE COMMAND...: runs it, writes "wall-s peak-RSS-KiB user-s sys-s" to OUT-FILE
  local out="$1"; shift
  /usr/bin/time -f "%e %M %U %S" -o "$out" "$@"
}
load() { uptime | sed 's/.*load average: //'; }   # the 1, 5 and 15 minute load averages

results="$work/results.md"
{
  echo "| objects | dump | floor wall | floor CPU | kdiag wall | kdiag CPU | wall ratio | CPU ratio | floor peak RSS | kdiag peak RSS | load before / after | faults |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$results"
status=0
for n in $scales; do
  dump="$work/dump-$n"
  if [ ! -f "$dump/manifest.json" ] || [ -n "$(find rules/src test-fixtures bench/src -newer "$dump/manifest.json" -type f -print -quit)" ]; then
    rm -rf "$dump"
    echo "generating $n objects..." >&2
    java -cp "$cp" io.kdiag.bench.ClusterGenerator "$n" "$dump" "$here"
  fi
  bytes=$(du -sb "$dump/cluster.json" "$dump/logs" | awk '{s+=$1} END {print s}')
  cat "$dump/cluster.json" $(find "$dump/logs" -type f) > /dev/null   # same page cache for both
  load_before="$(load)"
  echo "load average before $n objects: $load_before" >&2
  echo "floor, $n objects..." >&2
  timed "$work/floor-$n.time" java -cp "$cp" io.kdiag.bench.StreamingParse "$dump" >&2
  echo "kdiag, $n objects..." >&2
  set +e
  timed "$work/kdiag-$n.time" ./kdiag analyze "$dump/cluster.json" "$dump/logs" --format json \
      > "$work/report-$n.json" 2> "$work/kdiag-$n.err"
  rc=$?
  set -e
  if [ "$rc" -ne 0 ]; then
    echo "kdiag exited $rc at $n objects:" >&2; tail -5 "$work/kdiag-$n.err" >&2
    status=1
  fi
  load_after="$(load)"
  echo "load average after $n objects: $load_after" >&2
  read -r floor_s floor_kb floor_user floor_sys < "$work/floor-$n.time"
  read -r kdiag_s kdiag_kb kdiag_user kdiag_sys < <(tail -1 "$work/kdiag-$n.time")
  if java -cp "$cp" io.kdiag.bench.FaultCheck "$work/report-$n.json" "$dump/manifest.json" > "$work/check-$n.txt"; then
    check="all found, none extra"
  else
    check="FAILED (see $work/check-$n.txt)"; status=1
  fi
  tail -1 "$work/check-$n.txt" >&2
  awk -v n="$n" -v b="$bytes" -v fs="$floor_s" -v ks="$kdiag_s" -v fk="$floor_kb" -v kk="$kdiag_kb" -v c="$check" \
      -v fu="$floor_user" -v fy="$floor_sys" -v ku="$kdiag_user" -v ky="$kdiag_sys" \
      -v lb="${load_before%%,*}" -v la="${load_after%%,*}" \
    'BEGIN { fc = fu + fy; kc = ku + ky
             printf "| %\047d | %.0f MB | %.2f s | %.2f s | %.2f s | %.2f s | %.1fx | %.1fx | %.0f MB | %.0f MB | %s / %s | %s |\n",
                    n, b/1e6, fs, fc, ks, kc, ks/fs, (fc > 0 ? kc/fc : 0), fk/1024, kk/1024, lb, la, c }' \
    >> "$results"
done

echo >> "$results"
echo "cold start, ./kdiag analyze test-fixtures/stale-volumeattachment:" >&2
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 2 --runs "${COLD_RUNS:-10}" --export-markdown "$work/cold-start.md" \
      './kdiag analyze test-fixtures/stale-volumeattachment' >&2
  cat "$work/cold-start.md" >> "$results"
else
  for i in 1 2 3 4 5 6; do
    /usr/bin/time -f "%e" -a -o "$work/cold.time" ./kdiag analyze test-fixtures/stale-volumeattachment > /dev/null
  done
  echo "cold start (median of 5 after one warm-up): $(tail -5 "$work/cold.time" | sort -n | sed -n 3p) s" >> "$results"
  rm -f "$work/cold.time"
fi
cat "$results"
exit "$status"
