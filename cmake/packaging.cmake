# Install rules and two Debian packages, built with `cpack -G DEB` (or the `package` target):
#   chorus         the kiosk app and chorus-cli (the QML module and assets are compiled into chorus),
#                  the kiosk unit and setup script from platforms/linux-kiosk
#   chorus-server  the sync server, its hardened unit, config and README from platforms/server
# Library dependencies come from dpkg-shlibdeps; the QML modules, plugins and fonts the app loads at
# run time are listed by hand (shlibdeps cannot see them): keep them in step with scripts/install-deps.sh.
include(GNUInstallDirs)

# `cpack` installs what is already built instead of building every test and benchmark first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(chorus_platforms ${PROJECT_SOURCE_DIR}/platforms)
# Debian 12 still ships units under /lib (dpkg does not know /lib and /usr/lib are one folder).
set(chorus_systemd_dir /lib/systemd/system)

install(TARGETS chorus-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(FILES ${chorus_platforms}/server/chorus-server.service DESTINATION ${chorus_systemd_dir} COMPONENT server)
install(FILES ${chorus_platforms}/server/chorus-server.json DESTINATION /etc/chorus COMPONENT server)
install(FILES ${chorus_platforms}/server/README.md ${chorus_platforms}/server/nginx-chorus.conf
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/chorus-server COMPONENT server)

if(TARGET chorus)
    install(TARGETS chorus chorus-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT kiosk)
    install(FILES ${chorus_platforms}/linux-kiosk/chorus-kiosk.service DESTINATION ${chorus_systemd_dir} COMPONENT kiosk)
    install(PROGRAMS ${chorus_platforms}/linux-kiosk/setup-kiosk.sh
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/chorus COMPONENT kiosk)
    install(FILES ${chorus_platforms}/linux-kiosk/README.md DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/chorus COMPONENT kiosk)
    set(CPACK_COMPONENTS_ALL kiosk server)
else()
    set(CPACK_COMPONENTS_ALL server)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME chorus)
set(CPACK_PACKAGE_VENDOR "Chorus")
set(CPACK_PACKAGE_CONTACT "Chorus maintainers <chorus@example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://example.org/chorus")

set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME chorus)
set(CPACK_COMPONENT_KIOSK_DESCRIPTION "Chorus kiosk: have your say\n"
    " An offline-first, accessible kiosk for gathering what people think, by writing, speaking,\n"
    " drawing, faces or pictures, in English, Welsh and Arabic; syncs with chorus-server.\n"
    " Includes chorus-cli, the headless tool over the same device store.")
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, \
qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtqml-workerscript, \
qml6-module-qtquick-virtualkeyboard, qt6-virtualkeyboard-plugin, qml6-module-qt-labs-folderlistmodel, \
qml6-module-qtmultimedia, qt6-qpa-plugins, qt6-speech-flite-plugin, \
qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng, \
gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, fonts-dejavu-core, fonts-noto-core, fonts-opendyslexic")
# cage and the Wayland platform plugin are what setup-kiosk.sh runs the kiosk with.
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "cage, qt6-wayland, gstreamer1.0-pulseaudio")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME chorus-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_COMPONENT_SERVER_DESCRIPTION "Chorus sync server\n"
    " The central server Chorus kiosks and coordinators sync with: organisations, sites, device\n"
    " enrolment, push/pull of contributions and media, and the coordinators' web dashboard.")
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "sqlite3")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "nginx")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${chorus_platforms}/server/debian/conffiles ${chorus_platforms}/server/debian/postinst
    ${chorus_platforms}/server/debian/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
