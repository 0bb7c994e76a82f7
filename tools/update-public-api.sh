#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt.
# Takes the project folder (the core by default). Run after adding public API on purpose; review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-src/Huli.Glossary}   # or src/Huli.Glossary.Html, src/Huli.Glossary.Markdown
file=$project/PublicAPI.Unshipped.txt
new=$(mktemp)
all=$(mktemp)
trap 'rm -f "$new" "$all"' EXIT
dotnet build "$project" -p:TreatWarningsAsErrors=false 2>&1 \
  | grep -o "RS0016: Symbol '[^']*'" | sed -E "s/RS0016: Symbol '(.*)'/\1/" | sort -u > "$new" || true
{ grep -v '^#nullable' "$file" || true; cat "$new"; } | sort -u > "$all"
{ echo '#nullable enable'; cat "$all"; } > "$file"
echo "$(wc -l < "$new") symbols added to $file"
