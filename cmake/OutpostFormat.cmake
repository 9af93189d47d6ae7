# `format` rewrites our sources with clang-format; `format-check` fails if any would change.
find_program(CLANG_FORMAT_EXECUTABLE NAMES clang-format-14 clang-format)
if(CLANG_FORMAT_EXECUTABLE)
    file(GLOB_RECURSE _outpost_format_sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/resources/*.cpp ${PROJECT_SOURCE_DIR}/resources/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
    add_custom_target(format
        COMMAND ${CLANG_FORMAT_EXECUTABLE} -i ${_outpost_format_sources}
        COMMENT "Formatting sources with clang-format" VERBATIM)
    add_custom_target(format-check
        COMMAND ${CLANG_FORMAT_EXECUTABLE} --dry-run -Werror ${_outpost_format_sources}
        COMMENT "Checking source formatting" VERBATIM)
endif()
