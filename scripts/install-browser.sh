#!/bin/sh
# Debian's Chromium, for the test that renders datasets/report.html in a real headless browser.
# Best effort: where it cannot be installed (not root, no apt), the test says so and is skipped.
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian chromium (for the report.html browser test) ..."
    if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 ||
       { apt-get update -qq >/dev/null 2>&1 &&
         DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; }; then
        echo "chromium installed: $(command -v chromium)"
        exit 0
    fi
fi
echo "note: could not install Debian chromium; the report.html browser test will be skipped" \
     "(install it with: sudo apt-get install chromium)" >&2
exit 0
