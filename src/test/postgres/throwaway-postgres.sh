#!/usr/bin/env bash
# A throw-away PostgreSQL for the integration tests (mvn -Ppostgres verify): a new cluster in
# DIR on a loopback PORT, trusted logins for the user "tenaga", and one empty database per name.
#
#   throwaway-postgres.sh start DIR PORT DB...   initdb (anew), start, create the databases
#   throwaway-postgres.sh stop DIR               stop it (the data stay in DIR until mvn clean)
#
# Debian's postgresql package installs the server under /usr/lib/postgresql/<version>/bin, off the
# PATH; the newest version there is used. PostgreSQL refuses to run as root, so as root the
# cluster is made and run by the "postgres" user the package creates.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "no PostgreSQL server under /usr/lib/postgresql: apt-get install postgresql" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

command=$1
dir=$(realpath -m "$2")
case "$command" in
  start)
    port=$3
    shift 3
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U tenaga --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # fsync stays on: the tests kill servers and expect every acknowledged commit back.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    for db in "$@"; do
      "$bin/psql" -h 127.0.0.1 -p "$port" -U tenaga -d postgres -q -c "CREATE DATABASE $db"
    done
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir, databases: $*"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *)
    echo "usage: $0 start DIR PORT DB... | stop DIR" >&2
    exit 2
    ;;
esac
