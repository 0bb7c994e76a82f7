#!/usr/bin/env bash
# End to end: `huli-glossary annotate --format json` over a 60 MB UTF-8 file made from the report, against
# `grep -oF -f aliases.txt` and `rg -oF -f aliases.txt` on the same file (neither folds text), timed by hyperfine.
# Output goes to a pipe, not /dev/null: GNU grep stops at the first match when it sees /dev/null.
# Needs hyperfine and ripgrep (apt-get install -y hyperfine ripgrep). Usage: end-to-end.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The CLI as users get it fastest: Native AOT, else ReadyToRun.
if dotnet publish src/Huli.Glossary.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" >"$work/publish.log" 2>&1; then
  cli="$work/aot/huli-glossary"
else
  dotnet publish src/Huli.Glossary.Cli -c Release -r linux-x64 --self-contained -p:PublishReadyToRun=true -o "$work/r2r" >"$work/publish.log" 2>&1
  cli="$work/r2r/huli-glossary"
fi

report=tests/Huli.Glossary.Tests/Data/report.txt
size=$(wc -c < "$report")
copies=$(( (60 * 1000 * 1000) / size + 1 ))
for _ in $(seq "$copies"); do cat "$report"; done > "$work/corpus.txt"
"$cli" list --json | python3 -c '
import json, sys
for entry in json.load(sys.stdin):
    spellings = [entry["term"]] + ([a["text"] for a in entry["aliases"]] if entry["kind"] == "term" else [])
    for s in spellings:
        print(s)' | sort -u > "$work/aliases.txt"

echo "corpus: $(wc -c < "$work/corpus.txt") bytes, $(wc -l < "$work/aliases.txt") spellings; cli: $cli"
echo "matches: huli-glossary $("$cli" annotate "$work/corpus.txt" --format json | grep -c '"start"')," \
     "grep $(grep -oF -f "$work/aliases.txt" "$work/corpus.txt" | wc -l)," \
     "rg $(rg -oF -f "$work/aliases.txt" "$work/corpus.txt" | wc -l)"
hyperfine --warmup 1 --runs "$runs" -N --output=pipe --export-markdown "$work/end-to-end.md" \
  "$cli annotate $work/corpus.txt --format json" \
  "grep -oF -f $work/aliases.txt $work/corpus.txt" \
  "rg -oF -f $work/aliases.txt $work/corpus.txt" >/dev/null
sed "s|$work/||g" "$work/end-to-end.md"
