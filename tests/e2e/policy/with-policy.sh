#!/usr/bin/env bash
# Runs a command with a private copy of /etc/chromium mounted over the real one, so the
# policy specs can write real managed-policy files without touching the machine's /etc.
#
#   bash tests/e2e/policy/with-policy.sh npx playwright test --config tests/playwright.config.ts --project policy
#
# Inside, PONTE_POLICY_DIR is the copy's policies/managed directory (the same files Chromium
# sees at /etc/chromium/policies/managed); each spec writes its own policy there before it
# launches Chromium, and rewrites it to test live changes. Needs root (unshare -m, mount).
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 2
fi
if [[ $(id -u) -ne 0 ]]; then
  echo "with-policy.sh: needs root for a private mount namespace" >&2
  exit 2
fi

copy=$(mktemp -d "${TMPDIR:-/tmp}/ponte-etc-chromium.XXXXXX")
cleanup() { rm -rf "$copy"; }
trap cleanup EXIT

if [[ -d /etc/chromium ]]; then
  cp -a /etc/chromium/. "$copy/"
else
  # Without a real /etc/chromium there is nothing to mount over; refuse instead of creating one.
  echo "with-policy.sh: /etc/chromium does not exist" >&2
  exit 2
fi
mkdir -p "$copy/policies/managed" "$copy/policies/recommended"
# A marker lets specs prove they write where Chromium reads.
echo "$copy" >"$copy/policies/.ponte-policy-copy"

export WITH_POLICY=1
export PONTE_POLICY_DIR="$copy/policies/managed"

set +e
unshare -m --propagation private bash -c 'mount --bind "$0" /etc/chromium && exec "$@"' "$copy" "$@"
status=$?
set -e
exit $status
