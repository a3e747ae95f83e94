#!/usr/bin/env bash
# Packs the budget-harvest command line as a .NET tool and installs it into a tool folder, then runs
# `budget-harvest --help` from there to show the installed tool starts.
#
#   bash scripts/install-tool.sh [TOOL_PATH]     (default: ~/.budgetharvest/tools; put it on PATH)
#
# Offline-safe: the package comes from a local folder, and the tool carries its dependencies, so
# nothing is downloaded when the NuGet cache already holds what the build restored.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tool_path=${1:-"$HOME/.budgetharvest/tools"}
packages=$(mktemp -d)
trap 'rm -rf "$packages"' EXIT

dotnet pack "$root/src/BudgetHarvest.Cli" -c Release -o "$packages" --nologo -v quiet
package=$(basename "$(ls "$packages"/BudgetHarvest.Cli.*.nupkg | head -n 1)" .nupkg)
version=${package#BudgetHarvest.Cli.}

# Reinstalling replaces an earlier version.
dotnet tool uninstall BudgetHarvest.Cli --tool-path "$tool_path" >/dev/null 2>&1 || true
dotnet tool install BudgetHarvest.Cli --version "$version" --tool-path "$tool_path" --add-source "$packages" --ignore-failed-sources

"$tool_path/budget-harvest" --help
echo "installed budget-harvest $version in $tool_path"
