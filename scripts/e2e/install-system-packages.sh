#!/usr/bin/env bash
# Installs the Debian packages the end-to-end tests need: Chromium to drive the workbench, ripgrep and the Kerberos
# headers for code-server's search and native modules, Neovim for the third-party LSP client check, and a CJK font so
# that screenshots of Chinese text show characters rather than empty boxes.
# `npm test` runs this by itself under CI=true as root; on a desktop run it once with `npm run e2e:setup`.
set -euo pipefail

packages=(chromium ripgrep libkrb5-dev neovim fonts-wqy-zenhei)

missing=()
for package in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
		missing+=("$package")
	fi
done
if [ ${#missing[@]} -eq 0 ]; then
	echo "e2e setup: ${packages[*]} already installed"
	exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
	if ! command -v sudo >/dev/null; then
		echo "e2e setup: installing ${missing[*]} needs root (or sudo)" >&2
		exit 1
	fi
	sudo=(sudo)
fi
echo "e2e setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
