#!/usr/bin/env bash
# Records the public API as it now is in each package's PublicAPI.Unshipped.txt: every symbol the PublicApiAnalyzers
# report as undeclared (RS0016) is added, every declared one that no longer exists (RS0017) is removed. (The analyzer's
# own code fix loses symbols when several share one declaration, as a record's generated members do.)
# Review the diff: each new line is a promise to the packages' users.
set -euo pipefail
cd "$(dirname "$0")/.."
for _ in 1 2 3 4 5; do
  # Each round lets the projects that depend on a fixed one build and report their own symbols.
  log=$(mktemp)
  dotnet build Styrmodell.Core.sln -c Release -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= >"$log" 2>&1 || true
  grep -qE "RS001[67]" "$log" || { rm -f "$log"; exit 0; }
  python3 - "$log" <<'PY'
import re, sys, collections
added, removed = collections.defaultdict(set), collections.defaultdict(set)
for line in open(sys.argv[1], encoding='utf-8', errors='replace').read().splitlines():
    m = re.search(r"(RS001[67]): Symbol '(.+?)' is (?:not part of the declared public API|part of the declared API, but is either not public or could not be found).*\[(.+?\.csproj)\]", line)
    if m:
        code, symbol, project = m.groups()
        folder = project.rsplit('/', 1)[0]
        (added if code == 'RS0016' else removed)[folder].add(symbol)
for folder in set(added) | set(removed):
    path = folder + '/PublicAPI.Unshipped.txt'
    lines = [l for l in open(path, encoding='utf-8').read().splitlines() if l and not l.startswith('#')]
    lines = sorted((set(lines) | added[folder]) - removed[folder], key=lambda l: l.lstrip('~'))
    open(path, 'w', encoding='utf-8').write('#nullable enable\n' + ''.join(l + '\n' for l in lines))
PY
  rm -f "$log"
done
echo "PublicAPI files still not settled after five rounds" >&2
exit 1
