# hindsight_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [ENV VAR=value ...])
# Builds a Qt Test executable and registers it with CTest; every test runs offscreen with a
# UTF-8 locale so results do not depend on the machine that runs them.
function(hindsight_add_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;ENV" ${ARGN})
  if(NOT ARG_NAME OR NOT ARG_SOURCES)
    message(FATAL_ERROR "hindsight_add_test needs NAME and SOURCES")
  endif()
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
  target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR})
  target_compile_definitions(${ARG_NAME} PRIVATE
    HINDSIGHT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    HINDSIGHT_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures")
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
  set_tests_properties(${ARG_NAME} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;${ARG_ENV}"
    TIMEOUT 300)
endfunction()
