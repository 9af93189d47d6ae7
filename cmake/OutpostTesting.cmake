# One function registers every test with ctest, so all of them run the same way:
# offscreen Qt platform, C locale, a fixed label (unit, integration, gui, bench),
# and the paths they need passed in the environment rather than guessed.
#
#   outpost_add_test(<name>
#       SOURCES <files...>
#       LABEL unit|integration|gui|bench
#       [LIBS <targets...>]
#       [TIMEOUT <seconds>]          default 120
#       [KEYRING]                    run inside dbus-run-session with a real gnome-keyring-daemon
#       [ARGS <args...>])            extra command-line arguments for the test binary
function(outpost_add_test name)
    cmake_parse_arguments(T "KEYRING" "LABEL;TIMEOUT" "SOURCES;LIBS;ARGS" ${ARGN})
    if(NOT T_LABEL MATCHES "^(unit|integration|gui|bench)$")
        message(FATAL_ERROR "outpost_add_test(${name}): LABEL must be unit, integration, gui or bench")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    outpost_set_warnings(${name})

    set(_cmd $<TARGET_FILE:${name}>)
    if(T_KEYRING)
        set(_cmd ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:${name}>)
    endif()
    add_test(NAME ${name} COMMAND ${_cmd} ${T_ARGS})
    set(_env
        "QT_QPA_PLATFORM=offscreen"
        "LC_ALL=C.UTF-8"
        "LANG=C.UTF-8"
        "LANGUAGE="
        "QT_FORCE_STDERR_LOGGING=1"
        "OUTPOST_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "OUTPOST_FIXTURES_DIR=${PROJECT_SOURCE_DIR}/tests/fixtures/discourse"
        "OUTPOST_BINARY_DIR=${PROJECT_BINARY_DIR}")
    if(TARGET outpost-devserver)
        list(APPEND _env "OUTPOST_DEVSERVER=$<TARGET_FILE:outpost-devserver>")
    endif()
    if(TARGET outpost-linksim)
        list(APPEND _env "OUTPOST_LINKSIM=$<TARGET_FILE:outpost-linksim>")
    endif()
    if(TARGET outpost-cli)
        list(APPEND _env "OUTPOST_CLI=$<TARGET_FILE:outpost-cli>")
    endif()
    if(TARGET outpost)
        list(APPEND _env "OUTPOST_APP=$<TARGET_FILE:outpost>")
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABEL}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${_env}")
endfunction()
