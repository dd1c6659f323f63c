#!/usr/bin/env bash
# The browser tests use Debian's Chromium (never a downloaded browser) and
# need CJK fonts to render Chinese. Install them when missing and possible.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "noto.*cjk" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${need[*]} for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${need[@]}" fontconfig >/dev/null
else
  echo "The browser tests need Debian's ${need[*]}: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
