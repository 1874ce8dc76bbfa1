#!/usr/bin/env bash
# Packs the library packages (Governance.AI, .Redis, .Testing, .Embeddings.Offline, .Embeddings.MiniLM, .OpenTelemetry, .Onnx), checks each package has its README, XML docs
# and a symbols package, then builds and runs a consumer outside the repository against those packages only.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
packages_dir="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
# Every run packs under a version of its own (the repository's, with a unique prerelease tag): the consumer's restore
# then extracts exactly these packages into the machine's global packages folder, never another run's of the same
# version (a clone of another commit, or a run going on at the same time), and the run removes only its own copies.
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)-ci.$(date -u +%Y%m%d%H%M%S).$$"
trap 'rm -rf "$work" "$packages_dir"/governance.ai*/"$version"' EXIT

for p in Governance.AI Governance.AI.Redis Governance.AI.Testing Governance.AI.Embeddings.Offline Governance.AI.Embeddings.MiniLM Governance.AI.OpenTelemetry Governance.AI.Onnx; do
  dotnet pack "src/$p/$p.csproj" -c Release --no-build -p:PackageVersion="$version" -o "$work/packages" >"$work/pack.log" 2>&1 \
    || { grep -E ' error |No space left on device' "$work/pack.log" | sort -u | head -n 12; echo "dotnet pack failed for $p"; exit 1; }
  nupkg="$work/packages/$p.$version.nupkg"
  [ -f "$nupkg" ] || { echo "missing $nupkg"; exit 1; }
  [ -f "$work/packages/$p.$version.snupkg" ] || { echo "missing symbols package for $p"; exit 1; }
  listing=$(unzip -l "$nupkg")
  grep -q " README.md$" <<<"$listing" || { echo "$p: no README.md in package"; exit 1; }
  grep -q "lib/net10.0/$p.xml$" <<<"$listing" || { echo "$p: no XML docs in package"; exit 1; }
done

mkdir -p "$work/consumer"
sed "s/\$(GovernanceVersion)/$version/" tools/package-consumer/PackageConsumer.csproj.template > "$work/consumer/PackageConsumer.csproj"
cp tools/package-consumer/Program.cs "$work/consumer/"
# The consumer lives outside the repository, so none of its build settings apply; its own nuget.config adds the
# packed folder to the machine's configured sources.
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="packed" value="$work/packages" />
  </packageSources>
</configuration>
XML
# The consumer restores from the packed folder and the machine's sources: a restore failure is named as such.
if ! (cd "$work/consumer" && dotnet run -c Release >"$work/consumer.log" 2>&1); then
  grep -E 'error [A-Z]+[0-9]+' "$work/consumer.log" | sed -E 's/^.*: (error [A-Z]+[0-9]+: )/\1/; s/ \[[^]]*\]$//' | sort -u | head -n 12
  if grep -q -i -E 'No space left on device|disk full' "$work/consumer.log"; then echo "consumer: disk full"
  elif grep -q -E 'error NU[0-9]+' "$work/consumer.log"; then echo "consumer: package restore failed"
  else tail -n 20 "$work/consumer.log"; echo "consumer: build or run failed"; fi
  exit 1
fi
tail -n 3 "$work/consumer.log"
