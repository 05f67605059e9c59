#!/usr/bin/env bash
# Debian packages the test suite uses as real parts: chromium (Playwright drives it),
# antiword (.doc), poppler-utils, PostgreSQL. Installed only when missing.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v antiword >/dev/null || need+=(antiword)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# A CJK font, or chromium screenshots show boxes instead of characters.
fc-list 2>/dev/null | grep -qi -E "wqy|noto.*cjk" || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
