#!/usr/bin/env bash
# End to end: `huli-glossary annotate --format json` over a 60 MB UTF-8 file made from the report, as users install the
# tool (the Native AOT linux-x64 package that `dotnet tool install` picks, and the framework-dependent `any` package
# other platforms get, both packed as .ci/run packs them), against `rg -oF -f spellings.txt` and `grep -oF -f
# spellings.txt` on the same file (neither folds text), timed by hyperfine in one run. A native binary built for
# x86-64-v3 runs beside them when the processor has AVX2. Output goes to a pipe, not
# /dev/null: GNU grep stops at the first match when it sees /dev/null.
# Needs hyperfine, ripgrep and the native toolchain (apt-get install -y hyperfine ripgrep clang zlib1g-dev unzip).
# Usage: end-to-end.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version=0.0.0-e2e
dotnet pack src/Huli.Glossary.Cli -c Release -r any -o "$work/packages" -p:MinVerVersionOverride=$version >"$work/pack.log" 2>&1
dotnet pack src/Huli.Glossary.Cli -c Release -r linux-x64 -o "$work/packages" -p:MinVerVersionOverride=$version >>"$work/pack.log" 2>&1
dotnet pack src/Huli.Glossary.Cli -c Release -o "$work/packages" -p:MinVerVersionOverride=$version >>"$work/pack.log" 2>&1
NUGET_PACKAGES="$work/nuget" dotnet tool install Huli.Glossary.Cli --version $version --source "$work/packages" --tool-path "$work/bin" >/dev/null
aot="$work/bin/huli-glossary"
mkdir "$work/any"
unzip -q "$work/packages/Huli.Glossary.Cli.any.$version.nupkg" -d "$work/any"
any="dotnet $work/any/tools/net10.0/any/huli-glossary.dll"
# The native binary README's "Install the command" tells how to build for processors with AVX2 (x86-64-v3), which
# then runs the 256-bit prefilter and decoder; the package's binary is built for .NET's x86-64-v2 baseline.
v3=()
if grep -qw avx2 /proc/cpuinfo; then
  dotnet publish src/Huli.Glossary.Cli -c Release -r linux-x64 -p:IlcInstructionSet=x86-64-v3 -p:MinVerVersionOverride=$version -o "$work/v3" >>"$work/pack.log" 2>&1
  v3=(-n "huli-glossary annotate --format json (native binary built for x86-64-v3)" "$work/v3/huli-glossary annotate $work/corpus.txt --format json")
fi

report=tests/Huli.Glossary.Tests/Data/report.txt
size=$(wc -c < "$report")
copies=$(( (60 * 1000 * 1000) / size + 1 ))
for _ in $(seq "$copies"); do cat "$report"; done > "$work/corpus.txt"
"$aot" list --json | python3 -c '
import json, sys
for entry in json.load(sys.stdin):
    spellings = [entry["term"]] + ([a["text"] for a in entry["aliases"]] if entry["kind"] == "term" else [])
    for s in spellings:
        print(s)' | sort -u > "$work/spellings.txt"

echo "corpus: $(wc -c < "$work/corpus.txt") bytes, $(wc -l < "$work/spellings.txt") spellings; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "matches: huli-glossary $("$aot" annotate "$work/corpus.txt" --format json | grep -c '"start"')," \
     "any package $($any annotate "$work/corpus.txt" --format json | grep -c '"start"')," \
     "rg $(rg -oF -f "$work/spellings.txt" "$work/corpus.txt" | wc -l)," \
     "grep $(grep -oF -f "$work/spellings.txt" "$work/corpus.txt" | wc -l)"
hyperfine --warmup 2 --runs "$runs" -N --output=pipe --export-markdown "$work/end-to-end.md" \
  -n "huli-glossary annotate --format json (Native AOT package)" "$aot annotate $work/corpus.txt --format json" \
  -n "huli-glossary annotate --format json (framework-dependent package)" "$any annotate $work/corpus.txt --format json" \
  "${v3[@]}" \
  -n "rg -oF -f spellings.txt" "rg -oF -f $work/spellings.txt $work/corpus.txt" \
  -n "grep -oF -f spellings.txt" "grep -oF -f $work/spellings.txt $work/corpus.txt" >/dev/null
sed "s|$work/||g" "$work/end-to-end.md"
