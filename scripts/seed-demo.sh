#!/usr/bin/env bash
# Publishes demo prompts and a "you said, we did" outcome on a running chorus-server, through the
# coordinators' dashboard API (the same path a coordinator's browser takes), so enrolled kiosks pull
# them at their next sync.
# Usage: seed-demo.sh SERVER_URL EMAIL   (the coordinator's password in CHORUS_PASSWORD)
set -euo pipefail
url="${1:?server URL}"; email="${2:?coordinator email}"
: "${CHORUS_PASSWORD:?the coordinator password in CHORUS_PASSWORD}"
jar="$(mktemp)"; trap 'rm -f "$jar"' EXIT
json_field() { sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p" | head -n1; }

# The password goes in the body on stdin, never on a command line other users can read.
login=$(printf '{"email":"%s","password":"%s"}' "$email" "$CHORUS_PASSWORD" |
  curl -fsS -c "$jar" -H 'Content-Type: application/json' --data-binary @- "$url/dashboard/api/login")
csrf=$(printf '%s' "$login" | json_field csrf)
[ -n "$csrf" ] || { echo "seed-demo: sign-in failed" >&2; exit 1; }

post() {
  curl -fsS -b "$jar" -H 'Content-Type: application/json' -H "X-CSRF-Token: $csrf" \
    --data-binary "$2" "$url/dashboard/api/$1"
}

all='["speak","write","faces","pictures","draw"]'
post prompts '{"text":{"en":"How were you treated today?","cy":"Sut cawsoch chi eich trin heddiw?","ar":"كيف عوملت اليوم؟"},
  "symbol":"people","formats":'"$all"',"sites":[],"position":1}' >/dev/null
hours=$(post prompts '{"text":{"en":"Are our opening hours good for you?","cy":"Ydy ein horiau agor yn dda i chi?","ar":"هل مواعيد العمل مناسبة لك؟"},
  "symbol":"clock","formats":["speak","write","faces"],"sites":[],"position":2}' | json_field id)
post prompts '{"text":{"en":"What would help you most here?","cy":"Beth fyddai'"'"'n eich helpu fwyaf yma?"},
  "symbol":"idea","formats":["speak","write","draw"],"sites":[],"position":3}' >/dev/null
post prompts '{"text":{"en":"Sort the pictures: which things here are good for you?","cy":"Trefnwch y lluniau: beth sy'"'"'n dda i chi yma?"},
  "symbol":"cards","formats":["pictures","speak","write"],"sites":[],"position":4,
  "cards":["food","shower","laundry","advice","doctor","phone","computer","friends"]}' >/dev/null
post outcomes '{"said":{"en":"The centre opens too late.","cy":"Mae'"'"'r ganolfan yn agor yn rhy hwyr.","ar":"المركز يفتح متأخرا."},
  "did":{"en":"Opening hours now start at 9am on weekdays.","cy":"Mae'"'"'r oriau agor nawr yn dechrau am 9am yn ystod yr wythnos.","ar":"ساعات العمل تبدأ الآن الساعة التاسعة صباحا أيام الأسبوع."},
  "happened_at":'"$(($(date +%s) * 1000))"',"prompt_ids":["'"$hours"'"],"themes":["opening hours"],"sites":[],"published":true}' >/dev/null
echo "seed-demo: 4 prompts and 1 published outcome on $url"
