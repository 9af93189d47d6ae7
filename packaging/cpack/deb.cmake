# The Debian package, built and checked in CI (packaging/test-package.sh): one binary package
# "outpost" with both programs. Run lintian on what this makes; it must report no errors.

set(CPACK_DEBIAN_PACKAGE_NAME "outpost")
# DEB-DEFAULT: outpost_<version>-<revision>_<arch>.deb, the name Debian tools expect.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# A revision makes the package non-native, as an upstream build of a release is; it is also why
# the changelog is changelog.Debian.gz.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${OUTPOST_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${OUTPOST_REPOSITORY_URL})
# Library dependencies come from dpkg-shlibdeps over the installed binaries. The platform
# plugins (xcb, offscreen) ship in libqt6gui6 in Debian 12, which shlibdeps finds.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Not linked, so shlibdeps cannot see them, but what people expect on a desktop:
#   qt6-wayland            native Wayland windows instead of XWayland
#   qt6-translations-l10n  Qt's own words (dialog buttons, ...) in the person's language
#   a Secret Service       keeps the forum's API key; without one it lives in memory per run
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc")
# xz: a smaller download, which matters to the people Outpost is for.
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Strip as dh_strip does (see the script); CPack's own strip would leave .comment and .note.
set(CPACK_STRIP_FILES OFF)
set(CPACK_OUTPOST_STRIP ${CMAKE_STRIP})
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/strip-like-debian.cmake)
