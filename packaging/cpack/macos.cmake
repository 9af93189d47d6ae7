# The macOS disk image (DragNDrop): Outpost.app with the Qt frameworks deployed by macdeployqt.
# NOT EXERCISED HERE: no macOS machine builds this project yet; expect to fix details on the
# first real build (see packaging/README.md). Not signed or notarised.
#
# What the GUI's own CMakeLists.txt must do for this to work: create `outpost` as a bundle
# (qt_add_executable(outpost MACOSX_BUNDLE ...)) and install it with BUNDLE DESTINATION . --
# install(TARGETS) decides where a bundle goes when it is called, so that cannot be set here.

set(_icns ${PROJECT_SOURCE_DIR}/resources/icons/macos/outpost.icns)

if(TARGET outpost)
    # Info.plist and icon: read at generate time, so they can be set from here.
    set_target_properties(outpost PROPERTIES
        MACOSX_BUNDLE_BUNDLE_NAME "Outpost"
        MACOSX_BUNDLE_GUI_IDENTIFIER ${OUTPOST_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE outpost.icns
        MACOSX_BUNDLE_COPYRIGHT "The Outpost contributors. GPL-3.0-or-later.")
    target_sources(outpost PRIVATE ${_icns})
    set_source_files_properties(${_icns} TARGET_DIRECTORY outpost
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

    qt_generate_deploy_app_script(TARGET outpost FILENAME_VARIABLE _qt_deploy_script)
    install(SCRIPT ${_qt_deploy_script})
endif()

set(CPACK_DMG_VOLUME_NAME "Outpost")
set(CPACK_DMG_FORMAT UDBZ)
set(CPACK_PACKAGE_ICON ${_icns})
# outpost-cli installs to bin/ beside the app in the image; it finds Qt only where Qt is
# installed. Moving it into Outpost.app/Contents/MacOS (and passing it to macdeployqt) is the
# next step once a Mac can test it.
