#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt.
# Run after adding public API on purpose; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/Huli.Glossary
file=$project/PublicAPI.Unshipped.txt
dotnet build "$project" -p:TreatWarningsAsErrors=false 2>&1 \
  | grep -o "RS0016: Symbol '[^']*'" | sed -E "s/RS0016: Symbol '(.*)'/\1/" | sort -u > /tmp/public-api-new.txt || true
{ grep -v '^#nullable' "$file" || true; cat /tmp/public-api-new.txt; } | sort -u > /tmp/public-api-all.txt
{ echo '#nullable enable'; cat /tmp/public-api-all.txt; } > "$file"
echo "$(wc -l < /tmp/public-api-new.txt) symbols added to $file"
