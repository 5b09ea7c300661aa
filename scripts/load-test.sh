#!/usr/bin/env bash
# Measures LEG Advisor under load, for the benchmark figures of issue 6: the time from start to ready, throughput and
# latency of POST /api/assessments under wrk, and the service's resident memory. Figures depend on the machine and on
# whatever else it runs: report them with both.
#
#   scripts/load-test.sh [-d DURATION] [-c CONNECTIONS] [-t THREADS] [-e ANSWERS_FILE] [-w WARMUP] [-p PORT] [-q QUERY]
#
# Each option can also be set in the environment: DURATION (default 30s), CONNECTIONS (32), THREADS (2),
# EXAMPLE (knowledge-base/examples/donor-chaired-no-tor.json), WARMUP (5s of load before measuring, 0 for none),
# PORT (18080), QUERY (none; e.g. -q detail=summary POSTs to /api/assessments?detail=summary), and JAVA_OPTS for
# the service's JVM (e.g. JAVA_OPTS="-Xmx256m").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
example=${EXAMPLE:-knowledge-base/examples/donor-chaired-no-tor.json}
warmup=${WARMUP:-5s}
port=${PORT:-18080}
query=${QUERY:-}
while getopts "d:c:t:e:w:p:q:h" option; do
  case $option in
    d) duration=$OPTARG ;;
    c) connections=$OPTARG ;;
    t) threads=$OPTARG ;;
    e) example=$OPTARG ;;
    w) warmup=$OPTARG ;;
    p) port=$OPTARG ;;
    q) query=$OPTARG ;;
    *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

if ! command -v wrk > /dev/null; then
  echo "wrk is not installed: apt-get install wrk (Debian, Ubuntu), or build it from https://github.com/wg/wrk" >&2
  exit 2
fi
command -v curl > /dev/null || { echo "curl is needed to wait for the service: apt-get install curl" >&2; exit 2; }
[ -f "$example" ] || { echo "No answers file $example" >&2; exit 2; }
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "Port $port is already in use; choose another with -p" >&2
  exit 2
fi

jar=target/leg-advisor.jar
if [ ! -f "$jar" ] || [ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]; then
  echo "Building $jar (sources changed or first run)..." >&2
  mvn -B -q -Dmaven.test.skip=true package >&2
fi

log=$(mktemp -t leg-advisor-load.XXXXXX)
started=$(date +%s%N)
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
java ${JAVA_OPTS:-} -jar "$jar" serve --port "$port" > "$log" 2>&1 &
pid=$!
stop() {
  kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null
  rm -f "$log"
}
trap stop EXIT

until curl -fs "http://localhost:$port/actuator/health" | grep -q '^{"status":"UP"'; do
  if ! kill -0 "$pid" 2> /dev/null; then
    echo "The service did not start:" >&2
    cat "$log" >&2
    exit 1
  fi
  if (( $(date +%s%N) - started > 120 * 1000000000 )); then
    echo "The service was not ready after 120 s" >&2
    exit 1
  fi
  sleep 0.05
done
echo "Start to ready: $(( ($(date +%s%N) - started) / 1000000 )) ms (java -jar $jar serve, until /actuator/health is UP)"
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

url="http://localhost:$port"
if [ "$warmup" != 0 ] && [ "$warmup" != 0s ]; then
  echo "Warming up for $warmup (not measured)..."
  wrk -t "$threads" -c "$connections" -d "$warmup" -s scripts/post-assessment.lua "$url" -- "$example" "$query" > /dev/null
fi
echo "wrk: $threads threads, $connections connections, $duration, POST /api/assessments${query:+?$query} with $example"
wrk -t "$threads" -c "$connections" -d "$duration" --latency -s scripts/post-assessment.lua "$url" -- "$example" "$query"

echo "---- service memory (pid $pid)"
grep -E '^(VmRSS|VmHWM)' "/proc/$pid/status"
