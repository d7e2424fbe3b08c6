#!/bin/sh
# The bench and the soak test run compiled JavaScript from out/bench, which mirrors the checkout.
# `tsc -p bench/tsconfig.json` compiles src/, bench/ and scripts/soak.ts into it. This script adds
# links to the folders that the engine reads next to its code (locales, schemas, content, samples,
# package.json) and to the files under src/ that are not TypeScript, such as the studio's assets.
set -eu
cd "$(dirname "$0")/.."
mkdir -p out/bench
for name in locales schemas rules templates samples package.json; do
  ln -sfn "../../$name" "out/bench/$name"
done
find src -type f ! -name '*.ts' | while read -r file; do
  mkdir -p "out/bench/$(dirname "$file")"
  ln -sfn "$PWD/$file" "out/bench/$file"
done
