#!/usr/bin/env bash
# Installs redis-server (and redis-cli / redis-benchmark) when absent. Nothing else.
#
# The Redis test fixture (tests/Governance.AI.Redis.Tests/Infrastructure/RedisServerFixture.cs) starts its own
# servers: one standalone server and one 3-master cluster, each on free loopback ports in a temp directory, without
# persistence, and stops them by their own process ids when the test run ends. So `dotnet test` works on its own
# once redis-server is installed, and tests can kill and restart "their" server to exercise reconnects.
#
# Binary lookup order used by the fixture: $GOVERNANCE_REDIS_SERVER, then redis-server on PATH.
# With CI=true a missing redis-server fails the Redis tests; locally they are skipped with a reason.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then
  echo "redis-server present: $(redis-server --version)"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends redis-server redis-tools
# The package may start a system service; the tests never use it (they start their own servers).
if command -v service >/dev/null 2>&1; then $SUDO service redis-server stop >/dev/null 2>&1 || true; fi
echo "redis-server installed: $(redis-server --version)"
