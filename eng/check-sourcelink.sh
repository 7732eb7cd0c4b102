#!/usr/bin/env bash
# Checks that a release build's packages carry Source Link: packs Styrmodell.Core from a fresh clone of this
# repository whose origin is the public GitHub URL (as CI's clone has), then reads the Source Link map out of the
# symbol package's PDB. A clone without a GitHub remote packs with an empty map ("generated source link is empty"),
# which is why this runs on a clone rather than the working tree.
# Usage: eng/check-sourcelink.sh [COMMIT]   (default HEAD; the commit must be committed, not just in the work tree)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="${1:-HEAD}"
url="$(sed -n 's:.*<RepositoryUrl>\(.*\)</RepositoryUrl>.*:\1:p' "$repo/Directory.Build.props")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

git clone --quiet --no-checkout "$repo" "$work/clone"
git -C "$work/clone" checkout --quiet "$(git -C "$repo" rev-parse "$commit")"
git -C "$work/clone" remote set-url origin "$url.git"

dotnet pack "$work/clone/src/Styrmodell.Core/Styrmodell.Core.csproj" -c Release -o "$work/out" \
  -p:ContinuousIntegrationBuild=true -nologo -v:q >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }

snupkg="$(ls "$work"/out/Styrmodell.Core.*.snupkg)"
# The Source Link map is UTF-8 JSON in the portable PDB's blob heap: {"documents":{"<local path>*":"<raw URL>*"}}.
map="$(unzip -p "$snupkg" '*.pdb' | grep -aoE '\{"documents":\{[^}]*\}\}' || true)"
sha="$(git -C "$work/clone" rev-parse HEAD)"
expected="https://raw.githubusercontent.com/${url#https://github.com/}/$sha/*"
if [[ "$map" != *"$expected"* ]]; then
  echo "Source Link map missing or wrong in $(basename "$snupkg"): expected a document map to $expected, found: ${map:-nothing}" >&2
  exit 1
fi
echo "Source Link OK: $(basename "$snupkg") maps its sources to $expected"
