# The interface's translations: one i18n/chorus_<language>.ts per shipped language.
#   update_translations   lupdate: adds new qsTr/tr strings from the QML and C++ sources to every .ts
#   release_translations  lrelease: .ts -> .qm (also done by every build of chorus_qml)
# The .qm files are embedded in chorus_qml under :/i18n, where LanguageSwitcher loads them.
# Included from qml/CMakeLists.txt: Qt adds the .qm resources in the directory of the target.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

file(GLOB CHORUS_TS_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/i18n/chorus_*.ts)
file(GLOB_RECURSE chorus_translatable CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/qml/*.qml ${PROJECT_SOURCE_DIR}/cpp/*.cpp ${PROJECT_SOURCE_DIR}/cpp/*.h)
# lupdate needs the headers' folders to name a tr() call's context as the class it belongs to.
set(chorus_lupdate_includes ${PROJECT_SOURCE_DIR}/cpp ${PROJECT_SOURCE_DIR}/cpp/controllers
    ${PROJECT_SOURCE_DIR}/cpp/models ${PROJECT_SOURCE_DIR}/cpp/sync)

qt_add_translations(chorus_qml
    TS_FILES ${CHORUS_TS_FILES}
    SOURCES ${chorus_translatable}
    INCLUDE_DIRECTORIES ${chorus_lupdate_includes}
    LUPDATE_OPTIONS -no-obsolete -locations none)

# The same lupdate input as a list file, so tests/packaging/tst_translations can run lupdate over
# exactly these sources into copies of the .ts files and find any string nobody translated.
list(TRANSFORM chorus_lupdate_includes PREPEND "-I")
string(JOIN "\n" chorus_lupdate_list ${chorus_lupdate_includes} ${chorus_translatable})
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/i18n/lupdate-sources.lst CONTENT "${chorus_lupdate_list}\n")

# English needs only its plural forms ("1 change", "2 changes" from "%n change(s)"): a plural-only
# file outside the glob above, so update_translations never fills it with every other string.
#   update_english_plurals   lupdate -pluralonly: adds new %n strings to i18n/plurals/chorus_en.ts
set(chorus_en_ts ${PROJECT_SOURCE_DIR}/i18n/plurals/chorus_en.ts)
set(chorus_en_qm ${CMAKE_CURRENT_BINARY_DIR}/i18n-plurals/chorus_en.qm)
add_custom_command(OUTPUT ${chorus_en_qm}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/i18n-plurals
    COMMAND Qt6::lrelease ${chorus_en_ts} -qm ${chorus_en_qm}
    DEPENDS ${chorus_en_ts} VERBATIM)
qt_add_resources(chorus_qml chorus_english_plurals PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n-plurals
    FILES ${chorus_en_qm})
add_custom_target(update_english_plurals
    COMMAND Qt6::lupdate @${PROJECT_BINARY_DIR}/i18n/lupdate-sources.lst -pluralonly -no-obsolete -locations none
        -target-language en -ts ${chorus_en_ts}
    VERBATIM)
