#!/usr/bin/env bash
# Runs every notebook in samples/analysis top to bottom in the C# kernel it declares, headless, with dotnet-repl (the
# local tool pinned in .config/dotnet-tools.json), and saves each notebook with its outputs. Fails when a cell fails.
# The notebooks load the built libraries with #r, so the tool project and the samples' shared helper are built first.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
dotnet build src/Styrmodell.Tool/Styrmodell.Tool.csproj -c Release -nologo -v:q >/dev/null
dotnet build samples/analysis/RepositoryFiles/RepositoryFiles.csproj -c Release -nologo -v:q >/dev/null
dotnet tool restore >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

failed=0
cd samples/analysis # the notebooks' #r paths are relative to their folder
for notebook in *.ipynb; do
  dotnet tool run dotnet-repl --run "$notebook" --exit-after-run --output-path "$out/$notebook" >"$out/$notebook.log" 2>&1 || true
  if [ ! -s "$out/$notebook" ] || grep -q '"output_type": "error"' "$out/$notebook"; then
    echo "notebook $notebook failed:" >&2
    grep -o '"evalue": "[^"]*"' "$out/$notebook" >&2 || cat "$out/$notebook.log" >&2
    failed=1
  else
    cp "$out/$notebook" "$notebook"
    echo "notebook $notebook ran"
  fi
done
exit "$failed"
