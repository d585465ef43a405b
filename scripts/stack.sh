# Sourced by scripts/load and scripts/fault: a throwaway Postgres and the API in Release on loopback.
# Sets: work (temp folder), key (admin key), base (API URL), api (its pid), pg_dir. stack_stop cleans up.

stack_start() {
  work=$(mktemp -d /tmp/hiringkit-stack.XXXXXX)
  chmod 755 "$work" # the postgres user must reach its data folder inside
  pg_dir="$work/pg"
  local connection
  connection=$(scripts/pg start "$pg_dir")
  key="hk_stack_$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  base="http://127.0.0.1:$((41000 + RANDOM % 2000))"

  dotnet build src/HiringKit.Api -c Release -nologo -v quiet
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__Postgres="$connection" \
  Auth__BootstrapAdminKey="$key" \
  RateLimits__ReadsPerMinute=1000000000 RateLimits__ScoringPerMinute=1000000000 \
  Logging__LogLevel__Default=Warning \
    dotnet src/HiringKit.Api/bin/Release/net10.0/HiringKit.Api.dll --urls "$base" >"$work/api.log" 2>&1 &
  api=$!
  for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null 2>&1 && return 0; sleep 0.5; done
  cat "$work/api.log" >&2
  return 1
}

stack_stop() {
  if [ -n "${api:-}" ]; then kill "$api" 2>/dev/null; wait "$api" 2>/dev/null; fi
  if [ -n "${pg_dir:-}" ]; then scripts/pg stop "$pg_dir"; fi
  if [ -n "${work:-}" ]; then rm -rf "$work"; fi
}

# The JSON body of a realistic 5 KB counselor resume (scripts/load-resume.txt) for /resume-scores.
write_resume_json() {
  python3 -c 'import json, sys; json.dump({"text": open(sys.argv[1]).read()}, open(sys.argv[2], "w"))' scripts/load-resume.txt "$1"
}

# 5 KB of seven resume lines repeated, as keyword stuffing looks: 71 matches and a 14 KB answer,
# where the realistic resume has about 30 matches.
write_stuffed_resume_json() {
  python3 - "$1" <<'PY'
import json, sys
lines = [
    "Licensed Professional Counselor, Riverside Behavioral Health, 2016 - Present",
    "Developed strong Therapeutic Alliance with diverse client population, leading to 85% client retention rate",
    "Conducted training workshops on building Therapeutic Alliance and Working Alliance for new counselors",
    "Utilized Therapeutic Relationship skills to support clients through crisis intervention",
    "Led collaborative goal setting and treatment planning; used the Session Rating Scale for client feedback",
    "Carried a caseload of 35 adults with anxiety, depression and trauma; documented sessions in the EHR",
    "Co-facilitated DBT skills groups and coordinated care with psychiatry, primary care and case management",
]
text, i = "", 0
while len(text.encode()) < 5000:
    text += "- " + lines[i % len(lines)] + "\n"; i += 1
json.dump({"text": text[:5000]}, open(sys.argv[1], "w"))
PY
}
