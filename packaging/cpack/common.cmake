# CPack settings every generator shares. Included by packaging/CMakeLists.txt before the
# platform's own file and include(CPack).

set(CPACK_PACKAGE_NAME "outpost")
set(CPACK_PACKAGE_VENDOR "The Outpost contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VERSION_MAJOR ${PROJECT_VERSION_MAJOR})
set(CPACK_PACKAGE_VERSION_MINOR ${PROJECT_VERSION_MINOR})
set(CPACK_PACKAGE_VERSION_PATCH ${PROJECT_VERSION_PATCH})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline-first client for Discourse forums")
# Debian shows this as the extended description: lines under 80 columns, paragraphs apart.
set(CPACK_PACKAGE_DESCRIPTION
"Outpost keeps the Discourse forum categories you follow on your computer,
so you can read, search and write when the connection is slow, costly or
gone. It was made first for the members of the DHIS2 Community of Practice
and works with any Discourse forum.

Replies and new topics wait in an outbox and are delivered exactly once
when the link returns; drafts save themselves as you type. Sign-in uses a
Discourse User API Key kept in the system keychain.

The package contains the desktop application (outpost) and a command-line
program for scripts (outpost-cli).")
set(CPACK_PACKAGE_HOMEPAGE_URL ${OUTPOST_REPOSITORY_URL})
set(CPACK_PACKAGE_CONTACT ${OUTPOST_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Outpost")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
set(CPACK_STRIP_FILES ON)
if(OUTPOST_BUILD_GUI)
    # Start menu entry (NSIS, WiX): executable name, then the name people see.
    set(CPACK_PACKAGE_EXECUTABLES "${OUTPOST_GUI_BINARY};Outpost")
endif()

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR NSIS)
    elseif(APPLE)
        set(CPACK_GENERATOR DragNDrop)
    else()
        set(CPACK_GENERATOR DEB)
    endif()
endif()

# `cpack --config CPackSourceConfig.cmake`: a source tarball of the checkout, without build
# trees or version-control data.
set(CPACK_SOURCE_GENERATOR TXZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "outpost-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES
    "/\\\\.git/" "/\\\\.cache/" "/build/" "/build-[^/]*/" "/cmake-build-[^/]*/" "/out/"
    "/CMakeUserPresets\\\\.json$" "\\\\.user$" "/__pycache__/")
