#!/usr/bin/env bash
# Takes the screenshots of the pages in French for the README (docs/screenshots/): the questionnaire and a report, at
# desktop width (1366 pixels) and phone width (390), in headless Chromium (Debian's chromium package).
#
#   scripts/screenshots.sh [-l LANG] [-e ANSWERS_FILE] [-p PORT]
#
# LANG (default fr) is the language of the pages; the report is that of ANSWERS_FILE (default
# knowledge-base/examples/donor-chaired-no-tor.json); the questionnaire is served on PORT (default 18090) for the
# time of the screenshots, with a data folder of its own that is deleted afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

lang=fr
example=knowledge-base/examples/donor-chaired-no-tor.json
port=18090
while getopts "l:e:p:h" option; do
  case $option in
    l) lang=$OPTARG ;;
    e) example=$OPTARG ;;
    p) port=$OPTARG ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
command -v chromium > /dev/null || { echo "chromium is needed: apt-get install chromium" >&2; exit 2; }
[ -f "/usr/lib/chromium/locales/$lang.pak" ] || [ "$lang" = en ] \
  || echo "(no /usr/lib/chromium/locales/$lang.pak: the browser's own words stay English; apt-get install chromium-l10n)" >&2
command -v curl > /dev/null || { echo "curl is needed to wait for the service: apt-get install curl" >&2; exit 2; }
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "Port $port is already in use; choose another with -p" >&2
  exit 2
fi

out=docs/screenshots
work=$(mktemp -d)
mkdir -p "$out"

# One screenshot: the page at this width, tall enough to show what a reader sees first (the scripts run before).
# The browser's own words (a date field's "jj/mm/aaaa") follow LANGUAGE, and need Debian's chromium-l10n: without
# it, Chromium shows them in American English whatever --lang says.
shoot() { # FILE WIDTH HEIGHT URL
  LANGUAGE="$lang" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 --lang="$lang" \
    --virtual-time-budget=5000 --window-size="$2,$3" --screenshot="$1" "$4" > /dev/null 2>&1
  echo "$1"
}

./leg-advisor assess "$example" --lang "$lang" --format html --out "$work/report.html" 2> /dev/null
shoot "$out/report-$lang-desktop.png" 1366 1500 "file://$work/report.html"
shoot "$out/report-$lang-phone.png" 390 1600 "file://$work/report.html"

./leg-advisor serve --port "$port" --data "$work/data" > "$work/serve.log" 2>&1 &
pid=$!
stop() {
  kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null
  rm -rf "$work"
}
trap stop EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/actuator/health" | grep -q '"status":"UP"' && break
  kill -0 "$pid" 2> /dev/null || { echo "The service did not start:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
  sleep 1
done
shoot "$out/questionnaire-$lang-desktop.png" 1366 1100 "http://localhost:$port/?lang=$lang"
shoot "$out/questionnaire-$lang-phone.png" 390 1500 "http://localhost:$port/?lang=$lang"
