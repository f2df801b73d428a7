#!/usr/bin/env bash
# Installs the test-only clients of test/tools (SARIF Multitool, recheck) on first use. They live apart from
# the main package so the pre-commit framework, which installs KeyGuard with its dev dependencies, never
# downloads ~160 MB it does not run. Reinstalls only when test/tools/package-lock.json changed.
set -euo pipefail
cd "$(dirname "$0")/../test/tools"
stamp=node_modules/.package-lock.json
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ]; then exit 0; fi
echo "installing the test-only clients (test/tools)…"
npm ci --no-audit --no-fund --loglevel=error
