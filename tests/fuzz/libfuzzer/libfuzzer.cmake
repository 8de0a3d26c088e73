# The libFuzzer targets (tests/fuzz/libfuzzer): clang only, in a build directory of their own,
# because ASan, UBSan and libFuzzer's coverage instrumentation go on every library they link.
# Configure: CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCHORUS_LIBFUZZER=ON -DCHORUS_BUILD_APP=OFF
#            -DCHORUS_BUILD_TESTS=OFF -DCHORUS_BUILD_BENCH=OFF   (tests/fuzz/libfuzzer/run.sh does this)
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "CHORUS_LIBFUZZER needs clang (configure with CXX=clang++ in a build directory of its own)")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
  -fno-omit-frame-pointer -g)
add_link_options(-fsanitize=address,undefined)
add_subdirectory(${CMAKE_CURRENT_LIST_DIR} ${CMAKE_BINARY_DIR}/tests/fuzz/libfuzzer)
