# SPDX-License-Identifier: GPL-3.0-or-later
# Included by the top CMakeLists.txt when MEDIATELIER_FUZZ is ON, before any target: the whole build
# gets AddressSanitizer, UndefinedBehaviorSanitizer (any finding aborts) and libFuzzer's coverage
# instrumentation, so that the core library the fuzz targets call is instrumented too.
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
    set(MEDIATELIER_FUZZ_ENGINE ON)
else()
    message(WARNING "MEDIATELIER_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++): only the replay "
                    "executables are built")
    set(MEDIATELIER_FUZZ_ENGINE OFF)
endif()
