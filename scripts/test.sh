#!/bin/sh
# Install everything the tests need and run them: what README's test command and .ci/run run.
set -e
cd "$(dirname "$0")/.."
sh scripts/install-browser.sh
python3 -m pip install -q uv==0.13.9
exec python3 -m uv run --frozen pytest "$@"
