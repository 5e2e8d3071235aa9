#!/usr/bin/env bash
# Set up everything SLA Designer needs on Debian (system packages, a virtual environment, the
# Python packages), then start the editor or run the test suite.
#   ./dev.sh editor   open the editor on a starter agreement
#   ./dev.sh test     run the whole test suite (extra arguments go to pytest)
set -euo pipefail
cd "$(dirname "$0")"

QT_PACKAGES="libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libglib2.0-0 libxkbcommon0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
  libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 xvfb xauth"
DOC_PACKAGES="poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea"
# PDF export. On Debian 12 these come from bookworm-backports (LibreOffice 25.2), the LibreOffice
# reviewers run, rather than Debian 12's own 7.4, so that the tests convert with it.
LO_PACKAGES="libreoffice-writer-nogui python3-uno"
LO_BACKPORTS_MINIMUM="4:25.2"
BACKPORTS_SOURCE=/etc/apt/sources.list.d/debian-backports.sources
PY_PACKAGES="python3 python3-venv python3-pip"

say() { printf 'dev.sh: %s\n' "$*" >&2; }

# The installed version of a package, or nothing.
installed_version() {
  { dpkg-query -W -f='${Status} ${Version}' "$1" 2>/dev/null || true; } |
    awk '$3 == "installed" { print $4 }'
}

is_debian_12() {
  [[ -r /etc/os-release ]] || return 1
  local id codename
  id=$(. /etc/os-release && echo "${ID:-}")
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  [[ $id == debian && $codename == bookworm ]]
}

# Run as root, through sudo when needed.
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_get() {
  as_root env DEBIAN_FRONTEND=noninteractive apt-get "$@"
}

add_backports() {
  if grep -rqsE '^[^#]*bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    return 0
  fi
  say "adding bookworm-backports to the package sources ($BACKPORTS_SOURCE)"
  printf '%s\n' "Types: deb" "URIs: http://deb.debian.org/debian" "Suites: bookworm-backports" \
    "Components: main" "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" |
    as_root tee "$BACKPORTS_SOURCE" >/dev/null
}

install_system_packages() {
  command -v apt-get >/dev/null 2>&1 || { say "not Debian: install the Qt libraries yourself (README)"; return 0; }
  local missing=() release="" version package
  for package in $PY_PACKAGES $QT_PACKAGES $DOC_PACKAGES; do
    [[ -n $(installed_version "$package") ]] || missing+=("$package")
  done
  is_debian_12 && release=bookworm-backports
  local libreoffice=()
  for package in $LO_PACKAGES; do
    version=$(installed_version "$package")
    if [[ -z $version ]] ||
      { [[ -n $release ]] && dpkg --compare-versions "$version" lt "$LO_BACKPORTS_MINIMUM"; }; then
      # Together: python3-uno must be the same version as LibreOffice.
      read -r -a libreoffice <<<"$LO_PACKAGES"
    fi
  done
  [[ ${#missing[@]} -eq 0 && ${#libreoffice[@]} -eq 0 ]] && return 0
  local target=()
  if [[ -n $release && ${#libreoffice[@]} -gt 0 ]]; then
    add_backports
    target=(-t "$release")
  fi
  apt_get update -qq
  if [[ ${#missing[@]} -gt 0 ]]; then
    say "installing system packages: ${missing[*]}"
    apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  if [[ ${#libreoffice[@]} -gt 0 ]]; then
    say "installing LibreOffice${release:+ from $release}: ${libreoffice[*]}"
    apt_get install -y -qq --no-install-recommends "${target[@]}" "${libreoffice[@]}" >/dev/null
  fi
}

# promtool, which checks the exported Prometheus rules in the tests: taken out of Debian's
# prometheus package into .venv/bin, without installing the package (and its server).
install_promtool() {
  command -v promtool >/dev/null 2>&1 && return 0
  [[ -x .venv/bin/promtool ]] && return 0
  command -v apt-get >/dev/null 2>&1 || { say "no apt-get: the promtool tests are skipped"; return 0; }
  say "extracting promtool from Debian's prometheus package into .venv/bin"
  local work
  work=$(mktemp -d)
  chmod 755 "$work"  # apt-get downloads as its own user
  (cd "$work" && apt-get download -qq prometheus >/dev/null && dpkg-deb -x prometheus_*.deb root)
  install -m 755 "$work/root/usr/bin/promtool" .venv/bin/promtool
  rm -rf "$work"
}

install_python_packages() {
  local python=${PYTHON:-python3}
  [[ -x .venv/bin/python ]] || { say "creating .venv"; "$python" -m venv .venv; }
  local stamp=.venv/.sla-designer-installed
  local wanted
  wanted=$(sha256sum pyproject.toml | cut -d' ' -f1)
  if [[ ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
    say "installing Python packages into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[dev]"
    echo "$wanted" > "$stamp"
  fi
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case "$command" in
  editor)
    install_system_packages
    install_python_packages
    starter=${SLA_STARTER:-$HOME/SLA Designer/starter-agreement.yaml}
    if [[ ! -f $starter ]]; then
      mkdir -p "$(dirname "$starter")"
      .venv/bin/sla-designer new --template it-service-desk -o "$starter"
    fi
    exec .venv/bin/sla-designer "$starter" "$@"
    ;;
  test)
    install_system_packages
    install_python_packages
    install_promtool
    PATH="$PWD/.venv/bin:$PATH" exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
    ;;
  *)
    echo "usage: ./dev.sh editor | ./dev.sh test [pytest arguments]" >&2
    exit 2
    ;;
esac
