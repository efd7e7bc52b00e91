#!/usr/bin/env bash
# Builds the Teams app package: fills the ${{NAME}} placeholders of manifest.json (and of the
# language files) and zips them flat with the two icons, ready for Teams > Apps > Manage your apps
# > Upload an app, or the Teams admin center.
#
#   BOT_ID=<guid> PUBLIC_BASE_URL=https://<host> PRIVACY_URL=https://... TERMS_OF_USE_URL=https://... \
#     manifest/teams/package.sh [output.zip]
#
# After `azd up`, BOT_ID and PUBLIC_BASE_URL are deployment outputs:
#   eval "$(azd env get-values)" && PRIVACY_URL=... TERMS_OF_USE_URL=... manifest/teams/package.sh
# TEAMS_APP_ID defaults to BOT_ID (as Microsoft's bot samples do); keep it the same across
# updates, or Teams sees a different app. Writes artifacts/teams/feedbackbot-teams.zip by default.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
output="$(realpath -m "${1:-$root/artifacts/teams/feedbackbot-teams.zip}")"

fail() { echo "package.sh: $*" >&2; exit 2; }

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
# Placed inside JSON strings as they are, so no quotes, backslashes or spaces.
https_url='^https://[^[:space:]"\\]+$'

TEAMS_APP_ID="${TEAMS_APP_ID:-${BOT_ID:-}}"
PUBLIC_BASE_URL="${PUBLIC_BASE_URL:-}"
PUBLIC_BASE_URL="${PUBLIC_BASE_URL%/}"
declare -A values=(
  [BOT_ID]="${BOT_ID:-}"
  [TEAMS_APP_ID]="$TEAMS_APP_ID"
  [PUBLIC_BASE_URL]="${PUBLIC_BASE_URL:-}"
  [PRIVACY_URL]="${PRIVACY_URL:-}"
  [TERMS_OF_USE_URL]="${TERMS_OF_USE_URL:-}"
)
for name in BOT_ID TEAMS_APP_ID; do
  [[ "${values[$name]}" =~ $guid ]] || fail "$name must be a GUID (got '${values[$name]}'); see manifest/README.md"
done
for name in PUBLIC_BASE_URL PRIVACY_URL TERMS_OF_USE_URL; do
  [[ "${values[$name]}" =~ $https_url ]] || fail "$name must be an https:// URL (got '${values[$name]}'); see manifest/README.md"
done
command -v zip >/dev/null || fail "zip is not installed (Debian/Ubuntu: apt-get install zip)"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
# '&' in a replacement means the matched text in bash 5.2+ unless this is off.
shopt -u patsub_replacement 2>/dev/null || true
for file in manifest.json de.json; do
  content="$(<"$here/$file")"
  for name in "${!values[@]}"; do
    content="${content//"\${{$name}}"/${values[$name]}}"
  done
  if [[ "$content" == *'${{'* ]]; then
    fail "$file has a placeholder this script does not know: $(grep -o '\${{[A-Za-z_]*}}' <<<"$content" | sort -u | tr '\n' ' ')"
  fi
  printf '%s\n' "$content" >"$staging/$file"
done
cp "$here/color.png" "$here/outline.png" "$staging/"

mkdir -p "$(dirname "$output")"
rm -f "$output"
# -j: no folders (Teams wants every file at the root of the zip); -X: no extra file attributes.
(cd "$staging" && zip -q -X -j "$output" manifest.json de.json color.png outline.png)
echo "wrote $output"
