#!/bin/bash
# Measures what signed-in readers see while PostgreSQL restarts under Coproduce: 8 readers, each signed in as a demo
# account with curl, read /home, /groups, /projects and /stories in a loop; PostgreSQL is restarted 3 times, one at a
# time, 20 seconds apart. A read fails unless it answers 200 with the person still signed in ("Sign out" on the page).
#
# Run the demo against the server first, in a database of its own, for example:
#   createdb -h 127.0.0.1 -U postgres restartcheck
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/restartcheck SPRING_DATASOURCE_USERNAME=postgres \
#     SPRING_PROFILES_ACTIVE=demo PORT=18090 java -jar target/coproduce.jar
# then: tools/restart-check.sh 18090 /tmp/restart-check "pg_ctlcluster 15 main restart"
# Restarting PostgreSQL breaks every other connection to it too: use a server nobody else needs at that moment.
set -u
port=$1; out=$2; restart=$3
rm -rf "$out"; mkdir -p "$out"
base=http://127.0.0.1:$port

reader() {
    local n=$1 email=$2 jar=$out/jar.$1 log=$out/reader.$1.log i=0 page code result
    local pages=(/home /groups /projects /stories)
    local csrf
    csrf=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$email" --data-urlencode "password=coproduce-demo" \
        --data-urlencode "_csrf=$csrf" "$base/sign-in"
    while [ ! -e "$out/stop" ]; do
        page=${pages[$((i % 4))]}; i=$((i + 1))
        code=$(curl -s -o "$out/body.$n" -w '%{http_code}' --max-time 60 -c "$jar" -b "$jar" "$base$page")
        if [ "$code" = 200 ] && grep -q 'Sign out' "$out/body.$n"; then result=ok; else result=FAIL; fi
        echo "$(date -u +%T.%N | cut -c1-12) $page $code $result" >> "$log"
        sleep 0.05
    done
}

emails=(priya.shah@northshire.example tom.bennett@northshire.example grace.adeyemi@northshire.example
        helen.ward@northshire.example ruth.evans@eastvale.example priya.shah@northshire.example
        tom.bennett@northshire.example ruth.evans@eastvale.example)
for n in 0 1 2 3 4 5 6 7; do reader "$n" "${emails[$n]}" & done
sleep 15
for r in 1 2 3; do
    echo "$(date -u +%T) restart $r"
    $restart
    sleep 20
done
touch "$out/stop"; wait
echo "reads: $(cat "$out"/reader.*.log | wc -l)  failed: $(cat "$out"/reader.*.log | grep -c FAIL)"
grep -h FAIL "$out"/reader.*.log
