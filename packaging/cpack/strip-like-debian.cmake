# CPack pre-build script for the DEB (CPACK_PRE_BUILD_SCRIPTS): strips the staged ELF files
# the way Debian's dh_strip does, dropping the .comment and .note sections that CPack's plain
# `strip` (CPACK_STRIP_FILES) leaves and lintian reports. Runs on the staging tree only, so
# `cmake --install` keeps its symbols.
if(NOT CPACK_TEMPORARY_INSTALL_DIRECTORY)
    message(FATAL_ERROR "strip-like-debian.cmake runs from CPack only")
endif()
file(GLOB_RECURSE _files LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*")
foreach(_file IN LISTS _files)
    if(IS_SYMLINK "${_file}")
        continue()
    endif()
    file(READ "${_file}" _magic LIMIT 4 HEX)
    if(NOT _magic STREQUAL "7f454c46") # "\x7fELF"
        continue()
    endif()
    execute_process(
        COMMAND "${CPACK_OUTPOST_STRIP}" --remove-section=.comment --remove-section=.note
                --strip-unneeded "${_file}"
        RESULT_VARIABLE _result)
    if(_result)
        message(FATAL_ERROR "strip failed on ${_file}: ${_result}")
    endif()
endforeach()
