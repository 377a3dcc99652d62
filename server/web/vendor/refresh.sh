#!/usr/bin/env bash
# Refreshes the vendored cytoscape (MIT; licence in cytoscape.LICENSE) from the npm
# registry: server/web/vendor/refresh.sh [VERSION]. The page loads it as an ES module;
# nothing is fetched from a CDN at run time.
set -euo pipefail
version=${1:-3.35.0}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "cytoscape@$version" >/dev/null && tar xzf cytoscape-*.tgz)
cp "$tmp/package/dist/cytoscape.esm.min.mjs" "$here/cytoscape.esm.min.js"
cp "$tmp/package/LICENSE" "$here/cytoscape.LICENSE"
echo "cytoscape $version" > "$here/VERSION"
echo "vendored cytoscape $version into $here" >&2
