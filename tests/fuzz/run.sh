#!/usr/bin/env bash
# Fuzzes Glossary.Load and Scan/Annotate with AFL++ through SharpFuzz for a bounded time, then replays every crash.
#   tests/fuzz/run.sh [SECONDS] [TARGET…]      SECONDS per target (default 60); targets: load scan (default both)
# Installs what it needs: afl++ from Debian's packages, the SharpFuzz.CommandLine dotnet tool into tests/fuzz/.tools.
# Work (instrumented build, seeds, findings) goes to tests/fuzz/.work; exits 1 when any target found a crash.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(load scan)
fi
work=$PWD/.work
tools=$PWD/.tools
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v afl-fuzz >/dev/null; then
  echo "== installing afl++"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi

if [ ! -x "$tools/sharpfuzz" ]; then
  echo "== installing SharpFuzz.CommandLine"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >/dev/null
fi

echo "== build and instrument"
rm -rf "$work/bin"
dotnet build Huli.Glossary.Fuzz.csproj -c Release -o "$work/bin" -v quiet -nologo | grep -E " error " && exit 2
# Seeds first: the instrumented library runs only under the harness's Fuzzer.Run.
rm -rf "$work/seeds"
dotnet "$work/bin/Huli.Glossary.Fuzz.dll" seeds "$work/seeds"
# Only the library is instrumented: coverage of the harness or of System.Text.Json would steer AFL++ away from it.
"$tools/sharpfuzz" "$work/bin/Huli.Glossary.dll"

# The harness is a managed program AFL++ cannot see instrumentation in; the machine is shared, so no CPU pinning,
# and crashes are read from the findings folder rather than from core dumps.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1

status=0
for target in "${targets[@]}"; do
  echo "== fuzzing $target for ${seconds}s"
  findings=$work/findings/$target
  rm -rf "$findings"; mkdir -p "$work/findings"
  afl-fuzz -i "$work/seeds/$target" -o "$findings" -V "$seconds" -t 5000 -m none -- "$(command -v dotnet)" "$work/bin/Huli.Glossary.Fuzz.dll" "$target" > "$work/afl-$target.log" 2>&1 || {
    echo "afl-fuzz failed; the end of its log:"; tail -n 20 "$work/afl-$target.log"; status=2; continue; }
  stats=$findings/default/fuzzer_stats
  echo "   $(grep -E '^(execs_done|corpus_count|saved_crashes|saved_hangs)' "$stats" | awk '{printf "%s=%s ", $1, $3}')"
  for crash in "$findings"/default/crashes/id:*; do
    [ -e "$crash" ] || continue
    status=1
    echo "-- crash $(basename "$crash")"
    dotnet "$work/bin/Huli.Glossary.Fuzz.dll" "$target" < "$crash" 2>&1 | head -n 5 || true
  done
done

exit "$status"
