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
DOC_PACKAGES="libreoffice-writer-nogui python3-uno poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea"
PY_PACKAGES="python3 python3-venv python3-pip"

say() { printf 'dev.sh: %s\n' "$*" >&2; }

install_system_packages() {
  command -v apt-get >/dev/null 2>&1 || { say "not Debian: install the Qt libraries yourself (README)"; return 0; }
  local missing=()
  for package in $PY_PACKAGES $QT_PACKAGES $DOC_PACKAGES; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  say "installing system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
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
    exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
    ;;
  *)
    echo "usage: ./dev.sh editor | ./dev.sh test [pytest arguments]" >&2
    exit 2
    ;;
esac
