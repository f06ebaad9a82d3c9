#!/usr/bin/env bash
# The api function's cold start on this machine: JVM start to the first handled HTTP API v2 event,
# with the production shape of configuration (PostgreSQL and an S3-compatible server on loopback,
# the shaded Lambda jar). Run from the project root after `./mvnw -B -DskipTests package`:
#   functions/api/cold-start.sh
# Run 1 starts on an empty database (Flyway migrates); run 2 is an ordinary cold start.
set -euo pipefail
cd "$(dirname "$0")"
db=send_coldstart
work=$(mktemp -d)
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
java -jar target/s3proxy.jar --properties "$work/s3proxy.conf" > "$work/s3proxy.log" 2>&1 &
s3pid=$!
trap 'kill $s3pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.2; done
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" 2>/dev/null >/dev/null
psql -h 127.0.0.1 -U postgres -q -c "create database $db" >/dev/null

export DATASOURCES_DEFAULT_URL="jdbc:postgresql://127.0.0.1:5432/$db"
export DATASOURCES_DEFAULT_USERNAME=postgres DATASOURCES_DEFAULT_PASSWORD=""
export DATASOURCES_DEFAULT_DRIVER_CLASS_NAME=org.postgresql.Driver
export ASSURANCE_STORAGE_ENDPOINT="http://127.0.0.1:$port" ASSURANCE_STORAGE_PATH_STYLE=true
export ASSURANCE_STORAGE_REGION=us-east-1 ASSURANCE_STORAGE_ACCESS_KEY=local ASSURANCE_STORAGE_SECRET_KEY=local-secret
export ASSURANCE_STORAGE_RAW_BUCKET=cold-raw ASSURANCE_STORAGE_SITE_BUCKET=cold-site
for run in 1 2; do
  echo "== run $run $([ $run = 1 ] && echo '(empty database: includes migrations)' || echo '(migrated database)')"
  java ${JAVA_OPTS:-} -cp target/api-lambda.jar:target/test-classes org.sendpmo.api.coldstart.ColdStartProbe | grep -v '^[0-9:.]* \(INFO\|DEBUG\)'
done
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists $db" 2>/dev/null >/dev/null
