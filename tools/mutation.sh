#!/usr/bin/env bash
# Mutation testing of the core library with Stryker.NET: each small change to the chosen files that no test of
# tests/Huli.Glossary.Tests notices is a hole in the tests (or an equivalent mutant, listed in
# tests/mutation-equivalents.md). Takes minutes per file; not part of .ci/run.
#
#   tools/mutation.sh [--concurrency N] [--filter EXPRESSION] [--coverage-analysis all|perTest|perTestInIsolation|off] [FILE...]
#
# FILE is a path under src/Huli.Glossary (Matching/MatchRules.cs) or from the repository's root
# (src/Huli.Glossary/Matching/MatchRules.cs). Without files: the files issue 18 holds to 90 %, every file of
# Matching/ and Folding/ and the glossary validator, less the generated tables (*.g.cs), which are data, not logic.
# --filter takes a `dotnet test --filter` expression: only those tests run against the mutants (faster, fewer kills).
# --coverage-analysis is Stryker's: `perTest` (the default) runs on each mutant only the tests that ran its code while
# coverage was measured in one shared process, so code that runs once per process (the default glossary, built on
# first use) is credited to the first test alone: tests of such code build their own glossary. `all` runs every
# selected test on each mutant (slower: several seconds a mutant).
# The HTML and JSON reports go to artifacts/mutation/<time>/reports/ (artifacts/mutation/latest points there).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

library=src/Huli.Glossary
concurrency=
filter=
coverage=perTest
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --concurrency)
      if [ $# -lt 2 ] || ! [[ "$2" =~ ^[1-9][0-9]*$ ]]; then
        echo "mutation.sh: --concurrency needs a number of test sessions, such as --concurrency 2" >&2
        exit 2
      fi
      concurrency=$2
      shift 2
      ;;
    --filter)
      if [ $# -lt 2 ] || [ -z "$2" ]; then
        echo "mutation.sh: --filter needs a test filter, such as --filter FullyQualifiedName~Matching" >&2
        exit 2
      fi
      filter=$2
      shift 2
      ;;
    --coverage-analysis)
      if [ $# -lt 2 ] || ! [[ "$2" =~ ^(all|perTest|perTestInIsolation|off)$ ]]; then
        echo "mutation.sh: --coverage-analysis takes all, perTest, perTestInIsolation or off" >&2
        exit 2
      fi
      coverage=$2
      shift 2
      ;;
    -h|--help)
      sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    -*)
      echo "mutation.sh: unknown option '$1'; the options are --concurrency N, --filter EXPRESSION, --coverage-analysis MODE and --help" >&2
      exit 2
      ;;
    *)
      files+=("${1#"$library"/}")
      shift
      ;;
  esac
done

if [ ${#files[@]} -eq 0 ]; then
  for file in "$library"/Matching/*.cs "$library"/Folding/*.cs "$library"/Data/GlossaryValidator.cs; do
    case "$file" in
      *.g.cs) ;;
      *) files+=("${file#"$library"/}") ;;
    esac
  done
fi

mutate=()
for file in "${files[@]}"; do
  if [ ! -f "$library/$file" ]; then
    echo "mutation.sh: there is no $library/$file; name a file of the core library, such as Matching/MatchRules.cs" >&2
    exit 2
  fi
  mutate+=(--mutate "**/$file")
done

# Stryker.NET as the local tool of .config/dotnet-tools.json, so every run uses the version pinned there.
dotnet tool restore >/dev/null

output="$PWD/artifacts/mutation/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$output"
ln -sfn "$output" artifacts/mutation/latest
echo "mutating ${files[*]}"
# The progress bar needs a terminal; in a log, a dot per mutant tested shows the run is moving.
progress=Progress
[ -t 1 ] || progress=Dots
# The command line of Stryker 5.1 has no option for the coverage analysis; a configuration file does.
printf '{ "stryker-config": { "coverage-analysis": "%s" } }\n' "$coverage" > "$output/stryker-config.json"
(
  cd tests/Huli.Glossary.Tests
  # Release, as users run it: the vector and decoding loops, which the property tests run for most mutants, are
  # many times slower unoptimized.
  dotnet stryker --project Huli.Glossary.csproj "${mutate[@]}" --configuration Release \
    ${concurrency:+--concurrency "$concurrency"} ${filter:+--test-case-filter "$filter"} \
    --config-file "$output/stryker-config.json" --reporter "$progress" --reporter ClearText --reporter Html --reporter Json \
    --output "$output" --skip-version-check
)
echo "reports: $output/reports/mutation-report.html and mutation-report.json"
