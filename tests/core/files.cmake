# SPDX-License-Identifier: MIT
# Tests for crash-safe files, strict JSON, flow-spec validation, redaction and curl rendering.
# Included from tests/core/CMakeLists.txt.

# A tiny program that saves one file through SafeFile; tst_safefile runs it under strace with faults.
add_executable(safefileprobe ${PROJECT_SOURCE_DIR}/tests/support/safefileprobe.cpp)
target_link_libraries(safefileprobe PRIVATE dataflow_core)
set_target_properties(safefileprobe PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
dataflow_target_defaults(safefileprobe)

dataflow_add_test(tst_safefile SOURCES tst_safefile.cpp LIBS dataflow_core)
target_compile_definitions(tst_safefile PRIVATE SAFEFILE_PROBE="$<TARGET_FILE:safefileprobe>")
add_dependencies(tst_safefile safefileprobe)

dataflow_add_test(tst_strictjson SOURCES tst_strictjson.cpp LIBS dataflow_core)
dataflow_add_test(tst_flowspecvalidator SOURCES tst_flowspecvalidator.cpp LIBS dataflow_core)
dataflow_add_test(tst_redactor SOURCES tst_redactor.cpp LIBS dataflow_core)
dataflow_add_test(tst_curlformatter SOURCES tst_curlformatter.cpp LIBS dataflow_core)
