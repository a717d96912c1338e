#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Walks the path of docs/user-guide.md as a new user would, under Xvfb, driving the real
# application with xdotool: a new project, two stages and three touchpoints dragged from
# the palette and named in place, an emotion dragged down, a pain point dropped and rated,
# Save As, quit, reopen. It photographs each step into docs/images/guide-*.png and checks
# the saved file with journeystudio-cli. Needs a build with the GUI, the CLI and the
# screengrab tool (build/release by default, or $BUILD):
#   cmake --build build/release --target journeystudio journeystudio-cli screengrab
#   scripts/user-guide-walkthrough.sh
# Coordinates are for the first-start window layout at 1440x900, 100 % zoom.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD:-$repo/build/release}"
app="$build/app/gui/journeystudio"
cli="$build/app/cli/journeystudio-cli"
grab="$build/tests/screengrab"
images="$repo/docs/images"
for tool in "$app" "$cli" "$grab"; do
  [[ -x "$tool" ]] || { echo "missing $tool: build it first (see the header)" >&2; exit 64; }
done

work="$(mktemp -d)"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1440x900x24 >/dev/null 2>&1 &
xvfb=$!
cleanup() {
  pkill -f "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export DISPLAY="$display"
# A first start: no settings, no recent files, working copies in the temporary folder.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" JOURNEYSTUDIO_WORKDIR="$work/wd"
export LANG=C.UTF-8
sleep 1

start_app() {
  "$app" "$@" >"$work/app.log" 2>&1 &
  local window=""
  for _ in $(seq 50); do
    window="$(xdotool search --name "Journey Studio" 2>/dev/null | head -1 || true)"
    [[ -n "$window" ]] && break
    sleep 0.2
  done
  [[ -n "$window" ]] || { echo "the application did not open" >&2; exit 1; }
  xdotool windowsize "$window" 1440 900 windowmove "$window" 0 0
  sleep 1.5
}
# drag X1 Y1 X2 Y2: press, move there in steps (as a hand does), release.
drag() {
  xdotool mousemove "$1" "$2"; sleep 0.2; xdotool mousedown 1; sleep 0.2
  for i in 1 2 3 4 5 6 7 8; do
    xdotool mousemove $(($1 + ($3 - $1) * i / 8)) $(($2 + ($4 - $2) * i / 8)); sleep 0.08
  done
  sleep 0.3; xdotool mouseup 1; sleep 0.8
}
# rename X Y TEXT: double-click a card to edit its title in place, type, Enter.
rename() {
  xdotool mousemove "$1" "$2" click --repeat 2 --delay 80 1; sleep 0.4
  xdotool key ctrl+a; xdotool type --delay 15 "$3"; xdotool key Return; sleep 0.6
}
shot() { "$grab" "$images/guide-$1.png"; echo "docs/images/guide-$1.png"; }

# Palette items and map places (screen pixels).
palette_stage=(51 436); palette_web=(47 476); palette_app=(46 502); palette_phone=(52 528)
palette_pain=(63 776)

start_app
xdotool mousemove 44 38 click 1; sleep 1.5 # toolbar: New
shot 1-new-project
drag "${palette_stage[@]}" 520 156; rename 520 156 "Discover"
drag "${palette_stage[@]}" 700 156; rename 740 156 "Apply"
shot 2-stages
drag "${palette_web[@]}" 530 209; rename 536 228 "Reads the offer page"
drag "${palette_app[@]}" 700 225; rename 740 228 "Fills in the form"
drag "${palette_phone[@]}" 825 225; rename 936 228 "Calls about the fee"
shot 3-touchpoints
drag 936 410 936 458 # the phone call's emotion point, down to -2
drag "${palette_pain[@]}" 936 513; rename 936 533 "Twenty minutes on hold"
xdotool mousemove 1340 248 click --repeat 2 1; sleep 0.2 # inspector: severity
xdotool key ctrl+a; xdotool type "5"; xdotool key Tab; sleep 0.6
shot 4-pain-point
xdotool mousemove 700 820 click 1; xdotool key ctrl+s; sleep 1.5
shot 5-save-as
project="$work/card-application.cjm"
xdotool key ctrl+a; xdotool type --delay 10 "$project"; xdotool key Return; sleep 1.5
# File > Quit (the last item of the menu; with no window manager, keys go to open menus)
xdotool mousemove 20 8 click 1; sleep 0.6; xdotool key Up Return; sleep 1.5
pgrep -f "$app" >/dev/null && { echo "the application did not quit" >&2; exit 1; }

start_app "$project"
shot 6-reopened

# The file holds what was built.
info="$("$cli" info --json "$project")"
for expected in '"stage": 2' '"touchpoint": 3' '"pain_point": 1'; do
  grep -q "$expected" <<<"$info" || { echo "saved file: expected $expected" >&2; exit 1; }
done
sqlite3 "$project" "SELECT title, emotion FROM touchpoint ORDER BY title; SELECT title, severity FROM pain_point;"
echo "walkthrough done: the saved project reopens with 2 stages, 3 touchpoints, 1 pain point"
