# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translatable string in the sources has no finished translation.
#
# Run as a script (the CTest test "translations_complete" does this):
#   cmake -DLUPDATE=/usr/lib/qt6/bin/lupdate
#         -DTS_DIR=<repo>/translations
#         -DSOURCE_DIRS="<repo>/core|<repo>/ui|<repo>/app"
#         -DWORK_DIR=<build>/translations-check
#         -P cmake/CheckTranslations.cmake
#
# The journeystudio_*.ts files of TS_DIR are copied into WORK_DIR and updated there with
# lupdate (the tracked files are never touched). Every message of a copy whose translation
# is marked unfinished or is empty (including any empty plural form) is reported, per
# language, and the script fails. SOURCE_DIRS is separated by "|" (a ";" does not survive
# add_test); TS_GLOB may override the file pattern.

cmake_minimum_required(VERSION 3.21)

foreach(var IN ITEMS TS_DIR SOURCE_DIRS WORK_DIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "CheckTranslations: -D${var}=... is required")
  endif()
endforeach()
if(NOT DEFINED TS_GLOB)
  set(TS_GLOB "journeystudio_*.ts")
endif()
if(NOT DEFINED MAX_REPORTED)
  set(MAX_REPORTED 20)
endif()
if(NOT DEFINED LUPDATE OR "${LUPDATE}" STREQUAL "")
  find_program(LUPDATE NAMES lupdate lupdate-qt6 PATHS /usr/lib/qt6/bin /usr/lib/qt6/libexec)
endif()
if(NOT LUPDATE OR NOT EXISTS "${LUPDATE}")
  message(FATAL_ERROR "CheckTranslations: lupdate not found (LUPDATE='${LUPDATE}')")
endif()

string(REPLACE "|" ";" source_dirs "${SOURCE_DIRS}")
foreach(dir IN LISTS source_dirs)
  if(NOT IS_DIRECTORY "${dir}")
    message(FATAL_ERROR "CheckTranslations: source directory '${dir}' does not exist")
  endif()
endforeach()

file(GLOB ts_files "${TS_DIR}/${TS_GLOB}")
list(SORT ts_files)
if(NOT ts_files)
  message(FATAL_ERROR "CheckTranslations: no ${TS_GLOB} files in '${TS_DIR}'")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
set(full_copies "")
set(plural_copies "")
foreach(ts IN LISTS ts_files)
  get_filename_component(name "${ts}" NAME)
  file(COPY_FILE "${ts}" "${WORK_DIR}/${name}")
  list(APPEND copies "${WORK_DIR}/${name}")
  # The source language's file (journeystudio_en.ts) holds only plural forms.
  if(name MATCHES "_en\\.ts$")
    list(APPEND plural_copies "${WORK_DIR}/${name}")
  else()
    list(APPEND full_copies "${WORK_DIR}/${name}")
  endif()
endforeach()

foreach(kind IN ITEMS full plural)
  if(NOT ${kind}_copies)
    continue()
  endif()
  set(options -silent -no-obsolete -locations none)
  if(kind STREQUAL "plural")
    list(APPEND options -pluralonly)
  endif()
  execute_process(
    COMMAND "${LUPDATE}" ${options} ${source_dirs} -ts ${${kind}_copies}
    RESULT_VARIABLE lupdate_result
    OUTPUT_VARIABLE lupdate_output
    ERROR_VARIABLE lupdate_output)
  if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "CheckTranslations: lupdate failed (${lupdate_result}):\n${lupdate_output}")
  endif()
endforeach()

# CMake's regular expressions are greedy and its lists split on ";" and are confused by
# unbalanced brackets, so closing tags become single marker characters and ";", "[", "]"
# are swapped for other control characters before matching, and restored for the report.
string(ASCII 1 END_CONTEXT)
string(ASCII 2 END_MESSAGE)
string(ASCII 3 SEMICOLON)
string(ASCII 4 LBRACKET)
string(ASCII 5 RBRACKET)

function(decode_xml text out_var)
  string(REPLACE "${SEMICOLON}" ";" text "${text}")
  string(REPLACE "${LBRACKET}" "[" text "${text}")
  string(REPLACE "${RBRACKET}" "]" text "${text}")
  string(REPLACE "&lt;" "<" text "${text}")
  string(REPLACE "&gt;" ">" text "${text}")
  string(REPLACE "&quot;" "\"" text "${text}")
  string(REPLACE "&apos;" "'" text "${text}")
  string(REPLACE "&amp;" "&" text "${text}")
  string(REPLACE "\n" "\\n" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

set(report "")
set(total_missing 0)
foreach(ts IN LISTS copies)
  get_filename_component(name "${ts}" NAME)
  file(READ "${ts}" xml)
  string(REGEX MATCH "<TS[^>]*language=\"([^\"]*)\"" _ "${xml}")
  set(language "${CMAKE_MATCH_1}")
  if(language STREQUAL "")
    set(language "${name}")
  endif()

  string(REPLACE ";" "${SEMICOLON}" xml "${xml}")
  string(REPLACE "[" "${LBRACKET}" xml "${xml}")
  string(REPLACE "]" "${RBRACKET}" xml "${xml}")
  string(REPLACE "</context>" "${END_CONTEXT}" xml "${xml}")
  string(REPLACE "</message>" "${END_MESSAGE}" xml "${xml}")

  set(missing 0)
  set(lines "")
  string(REGEX MATCHALL "<context>[^${END_CONTEXT}]*" contexts "${xml}")
  foreach(context IN LISTS contexts)
    string(REGEX MATCH "<name>([^<]*)</name>" _ "${context}")
    decode_xml("${CMAKE_MATCH_1}" context_name)
    string(REGEX MATCHALL "<message[^${END_MESSAGE}]*" messages "${context}")
    foreach(msg IN LISTS messages)
      string(REGEX MATCH "<translation[^>]*type=\"(vanished|obsolete)\"" retired "${msg}")
      if(retired)
        continue()
      endif()
      set(problem "")
      if(msg MATCHES "<translation[^>]*type=\"unfinished\"")
        set(problem "unfinished")
      elseif(msg MATCHES "<translation */>" OR msg MATCHES "<translation[^>]*></translation>")
        set(problem "empty")
      elseif(msg MATCHES "<numerusform */>" OR msg MATCHES "<numerusform[^>]*></numerusform>")
        set(problem "empty plural form")
      endif()
      if(problem STREQUAL "")
        continue()
      endif()
      math(EXPR missing "${missing} + 1")
      if(missing LESS_EQUAL MAX_REPORTED)
        string(REGEX MATCH "<source>([^<]*)</source>" _ "${msg}")
        decode_xml("${CMAKE_MATCH_1}" source_text)
        string(APPEND lines "    ${context_name}: \"${source_text}\" (${problem})\n")
      endif()
    endforeach()
  endforeach()

  if(missing GREATER 0)
    math(EXPR total_missing "${total_missing} + ${missing}")
    string(APPEND report "${name} (${language}): ${missing} string(s) not translated")
    if(missing GREATER MAX_REPORTED)
      string(APPEND report ", first ${MAX_REPORTED}")
    endif()
    string(APPEND report ":\n${lines}")
  else()
    message(STATUS "${name} (${language}): complete")
  endif()
endforeach()

if(total_missing GREATER 0)
  message(FATAL_ERROR
    "Translations are incomplete (${total_missing} in all).\n${report}"
    "Update the .ts files with: cmake --build <build-dir> --target update_translations\n"
    "then translate the strings in Qt Linguist (linguist translations/journeystudio_<locale>.ts).")
endif()
message(STATUS "All translations are complete.")
