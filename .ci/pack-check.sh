#!/usr/bin/env bash
# Packs the library packages (Governance.AI, .Redis, .Testing, .Embeddings.Offline, .Embeddings.MiniLM, .OpenTelemetry, .Onnx), checks each package has its README, XML docs
# and a symbols package, then builds and runs a consumer outside the repository against those packages only.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)

for p in Governance.AI Governance.AI.Redis Governance.AI.Testing Governance.AI.Embeddings.Offline Governance.AI.Embeddings.MiniLM Governance.AI.OpenTelemetry Governance.AI.Onnx; do
  dotnet pack "src/$p/$p.csproj" -c Release --no-build -o "$work/packages" >/dev/null
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
# Same version every build: drop any earlier copy from the global packages folder so the fresh packages are used.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/governance.ai "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/governance.ai.redis "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/governance.ai.testing
(cd "$work/consumer" && dotnet run -c Release 2>&1 | tail -n 3)
