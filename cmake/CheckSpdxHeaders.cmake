# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file lacks a one-line SPDX licence header in its first three lines.
#
# Run as a script (the CTest test "spdx_headers" does this):
#   cmake -DSOURCE_DIR=<repo> -P cmake/CheckSpdxHeaders.cmake
#
# Checked: *.cpp, *.h, CMakeLists.txt, *.cmake, *.sql and *.sh files under the folders of
# SPDX_DIRS ("|"-separated, relative to SOURCE_DIR; default: core ui app tests scripts cmake
# translations packaging). The header is a comment line holding
# "SPDX-License-Identifier: <expression>", e.g. "// SPDX-License-Identifier: GPL-3.0-or-later".

cmake_minimum_required(VERSION 3.21)

if(NOT DEFINED SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}")
  message(FATAL_ERROR "CheckSpdxHeaders: -DSOURCE_DIR=<repo> is required")
endif()
if(NOT DEFINED SPDX_DIRS)
  set(SPDX_DIRS "core|ui|app|tests|scripts|cmake|translations|packaging")
endif()
string(REPLACE "|" ";" dirs "${SPDX_DIRS}")

set(files "")
foreach(dir IN LISTS dirs)
  if(NOT IS_DIRECTORY "${SOURCE_DIR}/${dir}")
    continue()
  endif()
  file(GLOB_RECURSE found LIST_DIRECTORIES false
    "${SOURCE_DIR}/${dir}/*.cpp"
    "${SOURCE_DIR}/${dir}/*.h"
    "${SOURCE_DIR}/${dir}/CMakeLists.txt"
    "${SOURCE_DIR}/${dir}/*.cmake"
    "${SOURCE_DIR}/${dir}/*.sql"
    "${SOURCE_DIR}/${dir}/*.sh")
  list(APPEND files ${found})
endforeach()
list(REMOVE_DUPLICATES files)
list(SORT files)

set(bad "")
set(bad_count 0)
foreach(file IN LISTS files)
  # Only the first three lines matter; 600 bytes comfortably holds them.
  file(READ "${file}" head LIMIT 600)
  # Make the text safe as a CMake list, one element per line.
  string(REPLACE ";" "," head "${head}")
  string(REPLACE "[" "(" head "${head}")
  string(REPLACE "]" ")" head "${head}")
  string(REPLACE "\\" "/" head "${head}")
  string(REPLACE "\r" "" head "${head}")
  string(REPLACE "\n" ";" lines "${head}")
  set(ok FALSE)
  set(index 0)
  foreach(line IN LISTS lines)
    if(index GREATER_EQUAL 3)
      break()
    endif()
    if(line MATCHES "^(//|#|--|/\\*| \\*)[ \t]*SPDX-License-Identifier:[ \t]*[A-Za-z0-9.+-]+")
      set(ok TRUE)
      break()
    endif()
    math(EXPR index "${index} + 1")
  endforeach()
  if(NOT ok)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
    string(APPEND bad "  ${rel}\n")
    math(EXPR bad_count "${bad_count} + 1")
  endif()
endforeach()

list(LENGTH files checked)
if(bad_count GREATER 0)
  message(FATAL_ERROR
    "${bad_count} of ${checked} source file(s) have no SPDX header in their first 3 lines:\n"
    "${bad}"
    "Add one, e.g. '// SPDX-License-Identifier: GPL-3.0-or-later' (C++) or "
    "'# SPDX-License-Identifier: GPL-3.0-or-later' (CMake, shell), '-- ...' (SQL).")
endif()
message(STATUS "SPDX headers: ${checked} file(s) checked, all have one.")
