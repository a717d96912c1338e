# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the desktop integration files in packaging/ with the tools that are installed:
# desktop-file-validate (desktop-file-utils), appstreamcli (appstream), update-mime-database
# (shared-mime-info) and xmllint (libxml2-utils). scripts/install-deps.sh installs them all.
#
#   cmake -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch dir> -P cmake/CheckPackaging.cmake

cmake_minimum_required(VERSION 3.21)

if(NOT DEFINED SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}/packaging")
  message(FATAL_ERROR "CheckPackaging: -DSOURCE_DIR=<repo> is required")
endif()
if(NOT DEFINED WORK_DIR)
  message(FATAL_ERROR "CheckPackaging: -DWORK_DIR=<scratch dir> is required")
endif()

set(id "org.journeystudio.JourneyStudio")
set(pkg "${SOURCE_DIR}/packaging")
set(failures "")
set(ran 0)

# run(<what> <command>...): runs the command, records a failure with its output.
function(run what)
  execute_process(COMMAND ${ARGN}
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT result EQUAL 0)
    set(failures "${failures}${what} failed (${result}):\n${out}\n" PARENT_SCOPE)
  else()
    message(STATUS "${what}: ok")
  endif()
  math(EXPR n "${ran} + 1")
  set(ran ${n} PARENT_SCOPE)
endfunction()

foreach(file IN ITEMS "${id}.desktop" "${id}.metainfo.xml" "${id}.mime.xml" "${id}.svg")
  if(NOT EXISTS "${pkg}/${file}")
    string(APPEND failures "packaging/${file} is missing\n")
  endif()
endforeach()

find_program(XMLLINT xmllint)
if(XMLLINT)
  run("xmllint (well-formed XML)" "${XMLLINT}" --noout
    "${pkg}/${id}.metainfo.xml" "${pkg}/${id}.mime.xml" "${pkg}/${id}.svg")
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
  run("desktop-file-validate" "${DESKTOP_FILE_VALIDATE}" "${pkg}/${id}.desktop")
endif()

find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
  run("appstreamcli validate" "${APPSTREAMCLI}" validate --no-net --no-color
    "${pkg}/${id}.metainfo.xml")
endif()

find_program(UPDATE_MIME_DATABASE update-mime-database)
if(UPDATE_MIME_DATABASE)
  # Compile our type into a private database; it fails on a malformed definition.
  file(REMOVE_RECURSE "${WORK_DIR}")
  file(MAKE_DIRECTORY "${WORK_DIR}/mime/packages")
  file(COPY_FILE "${pkg}/${id}.mime.xml" "${WORK_DIR}/mime/packages/${id}.xml")
  run("update-mime-database" "${UPDATE_MIME_DATABASE}" "${WORK_DIR}/mime")
  if(EXISTS "${WORK_DIR}/mime/globs2")
    file(READ "${WORK_DIR}/mime/globs2" globs)
    if(NOT globs MATCHES "application/x-journeystudio-project:\\*\\.cjm")
      string(APPEND failures "the MIME database does not map *.cjm to our type:\n${globs}\n")
    endif()
  endif()
endif()

# The desktop entry, the metainfo and the MIME type must agree on names.
file(READ "${pkg}/${id}.desktop" desktop)
file(READ "${pkg}/${id}.metainfo.xml" metainfo)
if(NOT desktop MATCHES "\nIcon=${id}\n")
  string(APPEND failures "the desktop entry's Icon is not ${id}\n")
endif()
if(NOT desktop MATCHES "\nMimeType=[^\n]*application/x-journeystudio-project;")
  string(APPEND failures "the desktop entry does not claim application/x-journeystudio-project\n")
endif()
if(NOT metainfo MATCHES "<id>${id}</id>"
   OR NOT metainfo MATCHES "<launchable type=\"desktop-id\">${id}.desktop</launchable>")
  string(APPEND failures "the metainfo's id or launchable does not match ${id}\n")
endif()

if(NOT failures STREQUAL "")
  message(FATAL_ERROR "Packaging metadata is not valid:\n${failures}")
endif()
message(STATUS "Packaging metadata valid (${ran} validator run(s)).")
