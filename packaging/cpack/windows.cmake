# Windows installers: NSIS (the default generator) or WiX (`cpack -G WIX`), both with the Qt
# runtime deployed by windeployqt. NOT EXERCISED HERE: no Windows machine builds this project
# yet. Written against CMake 3.25 and Qt 6.4's documented deployment API; expect to fix details
# on the first real Windows build (see packaging/README.md).
#
# What the GUI's own CMakeLists.txt must do for this to work: create `outpost` with
# WIN32_EXECUTABLE (qt_add_executable(outpost WIN32 ...)), add resources/windows/outpost.rc to
# its sources so the .exe carries the icon, and install it to bin.

set(_ico ${PROJECT_SOURCE_DIR}/resources/icons/windows/outpost.ico)

# --- Runtime: Qt through windeployqt, every other DLL (curl, OpenSSL, SQLite, QtKeychain,
# cmark-gfm, from vcpkg or wherever CMAKE_PREFIX_PATH points) found by CMake itself.
if(TARGET outpost)
    qt_generate_deploy_app_script(TARGET outpost FILENAME_VARIABLE _qt_deploy_script)
    install(SCRIPT ${_qt_deploy_script})
endif()
# Quoted one by one: Windows paths often hold spaces.
set(OUTPOST_DLL_SEARCH_DIRS "")
foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
    string(APPEND OUTPOST_DLL_SEARCH_DIRS " \"${_prefix}/bin\"")
endforeach()
set(OUTPOST_DEPLOY_EXECUTABLES "\"$<TARGET_FILE:outpost-cli>\"")
if(TARGET outpost)
    string(APPEND OUTPOST_DEPLOY_EXECUTABLES " \"$<TARGET_FILE:outpost>\"")
endif()
configure_file(cpack/windows-runtime-dlls.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/windows-runtime-dlls.cmake.gen @ONLY)
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/windows-runtime-dlls-$<CONFIG>.cmake
    INPUT ${CMAKE_CURRENT_BINARY_DIR}/windows-runtime-dlls.cmake.gen)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/windows-runtime-dlls-$<CONFIG>.cmake)

# --- NSIS
set(CPACK_NSIS_PACKAGE_NAME "Outpost")
set(CPACK_NSIS_DISPLAY_NAME "Outpost")
set(CPACK_NSIS_MUI_ICON ${_ico})
set(CPACK_NSIS_MUI_UNIICON ${_ico})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\${OUTPOST_GUI_BINARY}.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${OUTPOST_REPOSITORY_URL})
set(CPACK_NSIS_HELP_LINK "${OUTPOST_REPOSITORY_URL}/issues")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin\ on PATH, for outpost-cli in scripts and scheduled tasks.
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
if(TARGET outpost)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "${OUTPOST_GUI_BINARY}.exe")
endif()

# --- WiX (cpack -G WIX). The upgrade code identifies Outpost across versions so a new MSI
# replaces the old one: never change it.
set(CPACK_WIX_UPGRADE_GUID "019FD7BC-725C-4199-9EA6-7C5BE63CAD80")
set(CPACK_WIX_PRODUCT_ICON ${_ico})
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Outpost")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${OUTPOST_REPOSITORY_URL})
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${OUTPOST_REPOSITORY_URL}/issues")
