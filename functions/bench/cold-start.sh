#!/usr/bin/env bash
# The api function's cold start on this machine: milliseconds from JVM start to the first handled
# HTTP API v2 event, through the real handler (APIGatewayV2HTTPEventFunction) in the shaded Lambda jar,
# with the production configuration: PostgreSQL on 127.0.0.1:5432, S3Proxy on loopback, the Lambda
# build launcher and S3-event uploads, no H2. Each step below is a fresh JVM per run; the steps are
# interleaved run by run so that the machine's load falls on all of them alike.
#
#   functions/bench/cold-start.sh [runs]          # default 5 runs of each step and each first event
#   COLD_START_BASELINE_JAR=/path/to/older/api-lambda.jar functions/bench/cold-start.sh
#                                                  # also measures an older jar (e.g. main's), as "before"
#   COLD_START_BASELINE_OPTS=-XX:TieredStopAtLevel=1 # the older jar's environment and JVM options (none by default)
#   COLD_START_EXTRA_STEPS='lazy no Flyway|FLYWAY_DATASOURCES_DEFAULT_ENABLED=false -XX:TieredStopAtLevel=1'
#                                                  # steps of one's own on the api's jar ("name|options;name|options",
#                                                  # no comma in a name: it goes into the CSV as it is; "{archive}"
#                                                  # in the options is the AppCDS archive the lazy steps use)
#   COLD_START_ONLY='lazy \+ C1 only$' functions/bench/cold-start.sh
#                                                  # only the steps whose names match (grep -E), and "before"
#   COLD_START_JDK25=/usr/lib/jvm/temurin-25-jdk-amd64 functions/bench/cold-start.sh
#                                                  # also the same jar on JDK 25: as it is, and with an AOT cache
#                                                  # (JEP 483/514/515) trained by one run, as the AppCDS archive is
#
# Builds the api's jar if it is missing. Writes docs/bench/cold-start.csv (one row a run, with the number
# of classes the JVM had loaded when the first event was answered) and prints each step's median and range.
# Needs java, psql (trust auth on 127.0.0.1), python3 and curl.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=${1:-${RUNS:-5}}
csv=${COLD_START_CSV:-docs/bench/cold-start.csv}
api=functions/api/target
jar=$api/api-lambda.jar
if [ ! -f "$jar" ] || [ ! -f "$api/test-classes/org/sendpmo/api/coldstart/ColdStartProbe.class" ] || [ ! -f "$api/s3proxy.jar" ]; then
  ./mvnw -q -B -DskipTests -Dses.skipNpm=true -pl functions/api -am package
fi

db=send_coldstart_$$   # of its own: another checkout may be running this beside it
work=$(mktemp -d)
s3pid=
cleanup() {
  [ -n "$s3pid" ] && kill "$s3pid" 2>/dev/null
  psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The probe in a jar of its own: class-data sharing archives classes from jars only, and the test
# classes folder would also bring the tests' logback and configuration onto the class path.
mkdir -p "$work/probe/org/sendpmo/api/coldstart"
cp "$api"/test-classes/org/sendpmo/api/coldstart/ColdStartProbe*.class "$work/probe/org/sendpmo/api/coldstart/"
jar cf "$work/probe.jar" -C "$work/probe" .

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/s3/cold-raw" "$work/s3/cold-site"   # filesystem-nio2: a bucket is a folder
cat > "$work/s3proxy.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=local
s3proxy.credential=local-secret
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=$work/s3
CONF
java -jar "$api/s3proxy.jar" --properties "$work/s3proxy.conf" > "$work/s3proxy.log" 2>&1 &
s3pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.2; done
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" >/dev/null 2>&1
psql -h 127.0.0.1 -U postgres -q -c "create database $db" >/dev/null

# What infra/…/Functions.java gives the api on AWS, pointed at loopback.
export DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/$db"
export DATASOURCES_DEFAULT_USERNAME=postgres DATASOURCES_DEFAULT_PASSWORD=""
export DATASOURCES_DEFAULT_DRIVER_CLASS_NAME=org.postgresql.Driver
export ASSURANCE_STORAGE_ENDPOINT="http://127.0.0.1:$port" ASSURANCE_STORAGE_PATH_STYLE=true
export ASSURANCE_STORAGE_REGION=us-east-1 ASSURANCE_STORAGE_ACCESS_KEY=local ASSURANCE_STORAGE_SECRET_KEY=local-secret
export ASSURANCE_STORAGE_RAW_BUCKET=cold-raw ASSURANCE_STORAGE_SITE_BUCKET=cold-site
export ASSURANCE_BUILD_LAUNCHER=lambda ASSURANCE_UPLOADS_LAUNCHER=s3-event
export ASSURANCE_BUILD_PACK_BUILDER_FUNCTION=arn:aws:lambda:us-east-1:000000000000:function:pack-builder:live
export AWS_REGION=us-east-1
export ASSURANCE_SESSION_SECRET
ASSURANCE_SESSION_SECRET=$(python3 -c 'import secrets; print(secrets.token_hex(32))')

# A signed-in programme-office session, as the api's own sign-in makes it (HS256 JWT in the SESSION
# cookie), and the CSRF nonce cookie with its token (Csrf: HMAC-SHA256 keyed by sha256("csrf-key|" + secret)
# over nonce|username). Made here so that minting them is not counted in the JVM's time.
eval "$(python3 - <<'PY'
import base64, hashlib, hmac, json, os, secrets, time
secret = os.environ["ASSURANCE_SESSION_SECRET"]
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
now = int(time.time())
claims = {"sub": "office", "cognito:groups": ["programme-office"], "name": "Cold start probe", "projects": [],
          "iat": now, "nbf": now, "exp": now + 3600}
signing = b64(json.dumps({"alg": "HS256"}).encode()) + "." + b64(json.dumps(claims).encode())
jwt = signing + "." + b64(hmac.new(secret.encode(), signing.encode(), hashlib.sha256).digest())
nonce = b64(secrets.token_bytes(32))
key = hashlib.sha256(("csrf-key|" + secret).encode()).digest()
token = b64(hmac.new(key, (nonce + "|office").encode(), hashlib.sha256).digest())
print(f"export PROBE_SESSION={jwt} PROBE_NONCE={nonce} PROBE_CSRF={token}")
PY
)"

probe() {  # probe <jar> <get|post> [VAR=value...] [java options...]: prints "first=… second=… classes=… statuses=…"
  local app=$1 mode=$2; shift 2
  local assignments=()
  while [ $# -gt 0 ] && [[ $1 == *=* && $1 != -* ]]; do assignments+=("$1"); shift; done
  env "${assignments[@]}" java "$@" -cp "$app:$work/probe.jar" org.sendpmo.api.coldstart.ColdStartProbe "$mode" 2>"$work/stderr" \
    | grep "^first=" || { echo "probe failed ($app $mode $*):" >&2; grep -E "Exception|Caused|^\s+at (org.sendpmo|io.micronaut.context.DefaultBeanContext.initializeContext)" "$work/stderr" | head -30 >&2; exit 1; }
}

echo "== migrating the empty database (not counted)"
(probe "$jar" get >/dev/null 2>&1) || true   # its POST is refused: the project is added next
psql -h 127.0.0.1 -U postgres -q -d $db -c "INSERT INTO project (id, name, name_key, operational_group, lead, improvement_areas) \
  VALUES ('P01', 'Probe project', 'probe project', 3, 'Probe', 'C1')" >/dev/null

# Lambda's init type: on demand (unset here) the api creates singletons on first use; "snap-start" makes it
# create every singleton at init as it did before (ApiHandler), which the "eager" steps measure.
eager=AWS_LAMBDA_INITIALIZATION_TYPE=snap-start

echo "== training the class-data sharing archives, lazy and eager (not counted)"
probe "$jar" get -XX:ArchiveClassesAtExit="$work/api.jsa" >/dev/null
probe "$jar" get "$eager" -XX:ArchiveClassesAtExit="$work/api-eager.jsa" >/dev/null
# The same classes as a static archive, dumped from a class list with no run of the application (-Xshare:dump):
# how an image build could make the archive with the image's own JVM, from a list made here.
probe "$jar" get -XX:DumpLoadedClassList="$work/api.classlist" >/dev/null
java -Xshare:dump -XX:SharedClassListFile="$work/api.classlist" -XX:SharedArchiveFile="$work/api-static.jsa" \
  -cp "$jar:$work/probe.jar" > "$work/dump.log" 2>&1 || { tail -20 "$work/dump.log" >&2; exit 1; }
jdk25=${COLD_START_JDK25:-}
if [ -n "$jdk25" ]; then   # env finds "java" on the PATH it is given: JDK 25's own
  jdk25_path="PATH=$jdk25/bin:$PATH"
  probe "$jar" get "$jdk25_path" -XX:AOTCacheOutput="$work/api.aot" >/dev/null
fi

# step name | jar | environment and JVM options
steps=()
if [ -n "${COLD_START_BASELINE_JAR:-}" ]; then
  steps+=("before|$COLD_START_BASELINE_JAR|${COLD_START_BASELINE_OPTS:-}")
fi
steps+=("eager init (as before)|$jar|$eager")
steps+=("lazy init|$jar|")
steps+=("eager + AppCDS + C1 only|$jar|$eager -XX:SharedArchiveFile=$work/api-eager.jsa -XX:TieredStopAtLevel=1")
steps+=("lazy + AppCDS + C1 only|$jar|-XX:SharedArchiveFile=$work/api.jsa -XX:TieredStopAtLevel=1")
steps+=("lazy + static CDS from a class list + C1 only|$jar|-XX:SharedArchiveFile=$work/api-static.jsa -XX:TieredStopAtLevel=1")
if [ -n "${COLD_START_ALL_STEPS:-}" ]; then   # the single JVM options on their own (README: measured earlier)
  steps+=("lazy + C1 only|$jar|-XX:TieredStopAtLevel=1")
  steps+=("lazy + AppCDS|$jar|-XX:SharedArchiveFile=$work/api.jsa")
fi
if [ -n "$jdk25" ]; then
  steps+=("JDK 25 lazy + C1 only|$jar|$jdk25_path -XX:TieredStopAtLevel=1")
  steps+=("JDK 25 lazy + AOT cache|$jar|$jdk25_path -XX:AOTCache=$work/api.aot")
  steps+=("JDK 25 lazy + AOT cache + C1 only|$jar|$jdk25_path -XX:AOTCache=$work/api.aot -XX:TieredStopAtLevel=1")
fi

# COLD_START_EXTRA_STEPS="name|environment and JVM options;name|…": steps to try on the api's jar
IFS=';' read -r -a extra <<<"${COLD_START_EXTRA_STEPS:-}"
for step in "${extra[@]}"; do
  options=${step#*|}
  steps+=("${step%%|*}|$jar|${options//\{archive\}/$work/api.jsa}")   # {archive}: the lazy jar's trained AppCDS archive
done

if [ -n "${COLD_START_ONLY:-}" ]; then
  chosen=()
  for step in "${steps[@]}"; do
    if [[ $step == before\|* ]] || grep -qE -- "$COLD_START_ONLY" <<<"${step%%|*}"; then chosen+=("$step"); fi
  done
  steps=("${chosen[@]}")
fi

mkdir -p "$(dirname "$csv")"
echo "step,first_event,run,first_ms,second_ms,classes_at_first,statuses,load1" > "$csv"
echo "== $runs runs of each step; load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for run in $(seq 1 "$runs"); do
  for step in "${steps[@]}"; do
    IFS='|' read -r name app opts <<<"$step"
    for mode in get post; do
      # shellcheck disable=SC2086 # opts is a list of environment assignments and JVM options
      line=$(probe "$app" "$mode" $opts)
      first=${line#first=}; first=${first%% *}
      second=${line#*second=}; second=${second%% *}
      classes=${line#*classes=}; classes=${classes%% *}
      statuses=${line#*statuses=}
      echo "$name,$mode,$run,$first,$second,$classes,\"$statuses\",$(cut -d' ' -f1 /proc/loadavg)" >> "$csv"
    done
  done
  echo "   run $run done (load $(cut -d' ' -f1 /proc/loadavg))"
done
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$csv" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1])))
print(f"{'step':28} {'first event':11} {'median ms':>9} {'range ms':>13}  {'then the other':>14}  {'classes':>7}  statuses")
for step in dict.fromkeys(r["step"] for r in rows):
    for mode in ("get", "post"):
        sel = [r for r in rows if r["step"] == step and r["first_event"] == mode]
        first = [int(r["first_ms"]) for r in sel]
        second = [int(r["second_ms"]) for r in sel]
        classes = [int(r["classes_at_first"]) for r in sel]
        label = "form GET" if mode == "get" else "form POST"
        print(f"{step:28} {label:11} {statistics.median(first):9.0f} {min(first):6d}-{max(first):<6d}"
              f"  {statistics.median(second):14.0f}  {statistics.median(classes):7.0f}"
              f"  {' '.join(sorted(set(r['statuses'] for r in sel)))}")
PY
echo "written: $csv"
