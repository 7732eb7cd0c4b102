#!/usr/bin/env bash
# Records every public API added (and drops every one removed) in each package's PublicAPI.Unshipped.txt, with the
# analyzer's own code fixes. The fixer can miss some of several members declared at one place (a record's generated
# members), so it runs until a run changes nothing. Review the diff: each new line is a promise to the packages' users.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/*/*.csproj; do
  for _ in 1 2 3 4; do
    before=$(cat "$(dirname "$project")"/PublicAPI.*.txt | md5sum)
    # One diagnostic per run: the fixers of RS0016 (added) and RS0017 (removed) do not run together.
    dotnet format analyzers "$project" --diagnostics RS0016 --severity warn -v q
    dotnet format analyzers "$project" --diagnostics RS0017 --severity warn -v q
    [ "$before" = "$(cat "$(dirname "$project")"/PublicAPI.*.txt | md5sum)" ] && break
  done
done
