# hindsight_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [ENV VAR=value ...]
#                    [WRAPPER program args ...])
# Builds a Qt Test executable and registers it with CTest; every test runs offscreen with a
# UTF-8 locale so results do not depend on the machine that runs them. With WRAPPER, ctest runs
# the wrapper with the executable's path as its last argument.
function(hindsight_add_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;ENV;WRAPPER" ${ARGN})
  if(NOT ARG_NAME OR NOT ARG_SOURCES)
    message(FATAL_ERROR "hindsight_add_test needs NAME and SOURCES")
  endif()
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
  target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_definitions(${ARG_NAME} PRIVATE
    HINDSIGHT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    HINDSIGHT_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures")
  if(ARG_WRAPPER)
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${ARG_NAME}>)
  else()
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
  endif()
  set_tests_properties(${ARG_NAME} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;${ARG_ENV}"
    TIMEOUT 300)
endfunction()

# hindsight_add_pg_test(NAME name SOURCES a.cpp ... LIBS lib ... [ENV VAR=value ...])
# A test that needs a team server: ctest runs it inside a throw-away PostgreSQL cluster of its own
# (tests/teamserver/run-with-server.sh, pg_virtualenv), so it runs, and never skips, in every
# `make test`; it fails when PostgreSQL is not installed. Link hindsight_teamserver for the
# fixture (test::TeamServer). The clusters are separate, so no lock between these tests.
function(hindsight_add_pg_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;ENV" ${ARGN})
  hindsight_add_test(NAME ${ARG_NAME} SOURCES ${ARG_SOURCES}
                     LIBS hindsight_teamserver ${ARG_LIBS} ENV ${ARG_ENV}
                     WRAPPER ${PROJECT_SOURCE_DIR}/tests/teamserver/run-with-server.sh)
  set_property(TEST ${ARG_NAME} APPEND PROPERTY LABELS postgres)
endfunction()

# hindsight_add_store_test(NAME test_x SOURCES tst_x.cpp ... LIBS lib ... [ENV VAR=value ...])
# One store conformance suite, two stores (issue 15, item 2): the sources are compiled once and
# linked twice, as test_x with test::StoreUnderTest on a SQLite file and as test_x_postgres with
# it on a fresh team database as the interviewer alice, run like hindsight_add_pg_test. Two
# executables rather than one choosing at run time, so the SQLite one never links the other store.
function(hindsight_add_store_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;ENV" ${ARGN})
  add_library(${ARG_NAME}_objects OBJECT ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME}_objects PRIVATE Qt6::Test hindsight_core ${ARG_LIBS})
  target_include_directories(${ARG_NAME}_objects PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_definitions(${ARG_NAME}_objects PRIVATE
    HINDSIGHT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    HINDSIGHT_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures")
  hindsight_add_test(NAME ${ARG_NAME} SOURCES $<TARGET_OBJECTS:${ARG_NAME}_objects>
                     LIBS hindsight_storeundertest_sqlite ${ARG_LIBS} ENV ${ARG_ENV})
  hindsight_add_pg_test(NAME ${ARG_NAME}_postgres SOURCES $<TARGET_OBJECTS:${ARG_NAME}_objects>
                        LIBS hindsight_storeundertest_postgres ${ARG_LIBS} ENV ${ARG_ENV})
endfunction()
