# Run by cpack on the staged files, before the DEB generator splits the debug information off and
# strips (CPACK_PRE_BUILD_SCRIPTS): drop the compiler's .comment section from the programs, as
# Debian's dh_strip does, which --strip-unneeded keeps (lintian: binary-has-unneeded-section).
find_program(HINDSIGHT_OBJCOPY objcopy REQUIRED)
file(GLOB programs "${CPACK_TEMPORARY_DIRECTORY}/usr/bin/*")
foreach(program IN LISTS programs)
  execute_process(COMMAND ${HINDSIGHT_OBJCOPY} --remove-section=.comment "${program}"
                  COMMAND_ERROR_IS_FATAL ANY)
endforeach()
