#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Journey Studio (Release, in build/release) and opens the sample project.
# Missing Debian 12 packages are installed first (scripts/install-deps.sh, sudo when not root).
# Extra arguments are passed on to the application after the sample's file name.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$repo/build/release"
sample="$repo/resources/samples/credit-card-en.cjm"
gui="$build/app/gui/journeystudio"
cli="$build/app/cli/journeystudio-cli"

bash "$repo/scripts/install-deps.sh"

generator=()
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  generator=(-G Ninja)
fi
cmake -S "$repo" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" -j"$(nproc)"

if [[ ! -f "$sample" ]]; then
  echo "warning: the sample project $sample does not exist." >&2
fi

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  if [[ -f "$sample" ]]; then
    exec "$gui" "$sample" "$@"
  fi
  exec "$gui" "$@"
fi

echo
echo "No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open here."
if [[ -f "$sample" ]]; then
  echo "The sample project, as the command-line tool sees it:"
  echo
  status=0
  "$cli" info "$sample" || status=$?
  if [[ $status -ne 0 ]]; then
    echo "(journeystudio-cli info exited with code $status)"
  fi
fi
cat <<HELP

To see the application:
  - on a Linux desktop (X11 or Wayland), run this script again from a terminal there:
      scripts/run.sh
  - or start the built program directly, from the repository's folder:
      ${gui#"$repo/"} ${sample#"$repo/"}
  - on a machine without a screen, inside a virtual X server (for screenshots):
      xvfb-run -a -s '-screen 0 1600x1000x24' scripts/run.sh
The command-line tool works everywhere: ${cli#"$repo/"} --help
HELP
