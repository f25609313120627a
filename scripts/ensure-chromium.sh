#!/usr/bin/env bash
# Makes sure Debian's headless Chromium and its matching chromedriver are installed, for the
# server's end-to-end browser test (BrowserWalkthroughTest). Installs them with apt-get when
# /usr/bin/chromium or /usr/bin/chromedriver is missing. Safe to run again.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: /usr/bin/chromium or /usr/bin/chromedriver is missing and apt-get is not available;" \
       "install Chromium and chromedriver by hand, or the browser test will be skipped (and fail under CI)" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "ensure-chromium: installing Chromium needs root (or sudo); run: apt-get install -y chromium chromium-driver" >&2
    exit 1
  fi
fi

echo "ensure-chromium: installing chromium and chromium-driver with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -q && $sudo apt-get install -y -q chromium chromium-driver; }; then
  echo "ensure-chromium: apt-get could not install chromium and chromium-driver (no network or no Debian repository?)" >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "ensure-chromium: apt-get finished but /usr/bin/chromium or /usr/bin/chromedriver is still missing" >&2
  exit 1
fi
echo "ensure-chromium: $(/usr/bin/chromium --version 2>/dev/null || echo chromium) and $(/usr/bin/chromedriver --version 2>/dev/null | head -1)" >&2
