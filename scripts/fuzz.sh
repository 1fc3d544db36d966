#!/usr/bin/env bash
# Coverage-guided fuzzing of LMHub's readers (the CSV reader, the wide, long and air row readers, the CCME
# input file) with libFuzzer and AddressSanitizer: builds Fuzz/ into .build-fuzz/ and runs it.
#
#   bash scripts/fuzz.sh [SECONDS] [libFuzzer options…]      default 60 s; e.g.
#   bash scripts/fuzz.sh 600 -fork=2                          two processes side by side
#   bash scripts/fuzz.sh build                                build only
#   SWIFT_BACKTRACE=enable=no .build-fuzz/fuzz-readers FILE…  replay inputs (a crasher) without fuzzing
#
# The normal SwiftPM build is not touched: swiftc compiles LMHubCore and LMHubIngest from their sources
# (-O, -sanitize=fuzzer,address) with the entry point Fuzz/FuzzReaders.swift and
# Tests/LMHubIngestTests/EveryReader.swift, the reading code the regression test shares. SwiftPM's
# generated `Bundle.module` accessor is replaced by one reading a module's resources from Sources/<module>/
# Resources. The corpus grows in .build-fuzz/corpus from the seeds in Fuzz/corpus (with the dictionary
# Fuzz/readers.dict); a crash, a trap, a sanitizer report or an input that runs over 10 s is written to
# .build-fuzz/crashes/ and ends the run with a non-zero exit code. Keep each crasher in
# Tests/LMHubIngestTests/Fixtures/fuzz/, where FuzzRegressionTests replays it in every test run.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=.build-fuzz
BIN=$OUT/fuzz-readers
MODULES=(LMHubCore LMHubIngest)
FLAGS=(-swift-version 6 -parse-as-library -O -g -sanitize=fuzzer,address -use-ld=lld -I "$OUT/modules")
TOOLCHAIN_BIN=$(dirname "$(command -v swiftc)")

# Writes a stand-in for SwiftPM's `Bundle.module` of module $1, reading Sources/$1/Resources in place.
bundle_accessor() {
  local resources="$PWD/Sources/$1/Resources"
  [ -d "$resources" ] || { echo "Sources/$1 uses Bundle.module but has no Resources folder" >&2; exit 1; }
  cat > "$OUT/$1-bundle.swift" <<EOF
import Foundation

extension Foundation.Bundle {
    /// The fuzz build's stand-in for SwiftPM's generated accessor: the module's resources where they are in the sources.
    static let module: Bundle = {
        guard let bundle = Bundle(path: "$resources") else { Swift.fatalError("no resources at $resources") }
        return bundle
    }()
}
EOF
  echo "$OUT/$1-bundle.swift"
}

build() {
  mkdir -p "$OUT/modules"
  local started=$SECONDS libraries=()
  for module in "${MODULES[@]}"; do
    mapfile -t sources < <(find "Sources/$module" -name '*.swift' | sort)
    if grep -q 'Bundle\.module' "${sources[@]}"; then sources+=("$(bundle_accessor "$module")"); fi
    swiftc "${FLAGS[@]}" -module-name "$module" -emit-module -emit-module-path "$OUT/modules/$module.swiftmodule" \
      -emit-library -static -o "$OUT/lib$module.a" "${sources[@]}"
    libraries=("$OUT/lib$module.a" "${libraries[@]}")
  done
  swiftc "${FLAGS[@]}" -module-name FuzzReaders Fuzz/FuzzReaders.swift Tests/LMHubIngestTests/EveryReader.swift \
    "${libraries[@]}" -o "$BIN"
  echo "built $BIN in $((SECONDS - started)) s"
}

# Rebuilds when a source, the harness or this script is newer than the binary.
if [ ! -x "$BIN" ] || [ -n "$(find "${MODULES[@]/#/Sources/}" Fuzz Tests/LMHubIngestTests/EveryReader.swift "$0" -newer "$BIN" -print -quit)" ]; then
  build
fi
[ "${1:-}" = build ] && exit 0

SECONDS_TO_RUN=${1:-60}
shift || true
mkdir -p "$OUT/corpus" "$OUT/crashes"
[ -x "$TOOLCHAIN_BIN/llvm-symbolizer" ] && export ASAN_SYMBOLIZER_PATH="$TOOLCHAIN_BIN/llvm-symbolizer"
# Swift's own crash backtracer reads the process's memory and trips AddressSanitizer; libFuzzer reports instead.
export SWIFT_BACKTRACE=enable=no
exec "$BIN" "$OUT/corpus" Fuzz/corpus -dict=Fuzz/readers.dict -max_total_time="$SECONDS_TO_RUN" -timeout=10 \
  -rss_limit_mb=4096 -max_len=4096 -print_final_stats=1 -artifact_prefix="$OUT/crashes/" "$@"
