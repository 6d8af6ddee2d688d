# Installs Costbench as a Linux desktop application and packages it as a .deb:
# `cmake --build build --target package` writes build/costbench_<version>-<release>_<arch>.deb.
# The executable needs nothing else at run time: the price table is a Qt resource inside it.

set(COSTBENCH_APP_ID "io.costbench.Costbench")
set(costbench_linux "${PROJECT_SOURCE_DIR}/installer/linux")
set(costbench_doc_dir "share/doc/costbench")

# Debian wants the man page and the changelog gzipped, without a timestamp (-n) so the
# package is reproducible.
set(costbench_gzipped)
foreach(file IN ITEMS costbench.1 changelog)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/installer/${file}.gz")
  add_custom_command(OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -E copy "${costbench_linux}/${file}" "${CMAKE_CURRENT_BINARY_DIR}/installer/${file}"
    COMMAND gzip -9nf "${CMAKE_CURRENT_BINARY_DIR}/installer/${file}"
    DEPENDS "${costbench_linux}/${file}"
    COMMENT "Compressing ${file}"
    VERBATIM)
  list(APPEND costbench_gzipped "${output}")
endforeach()
add_custom_target(costbench_linux_docs ALL DEPENDS ${costbench_gzipped})

set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
install(FILES "${costbench_linux}/${COSTBENCH_APP_ID}.desktop" DESTINATION share/applications)
install(FILES "${costbench_linux}/${COSTBENCH_APP_ID}.metainfo.xml" DESTINATION share/metainfo)
install(FILES "${costbench_linux}/icons/${COSTBENCH_APP_ID}.svg" DESTINATION share/icons/hicolor/scalable/apps)
# The PNGs were rendered once from the SVG: rsvg-convert -w N -h N icons/<id>.svg -o icons/<id>-N.png
foreach(size IN ITEMS 16 22 24 32 48 64 128 256 512)
  install(FILES "${costbench_linux}/icons/${COSTBENCH_APP_ID}-${size}.png"
          DESTINATION share/icons/hicolor/${size}x${size}/apps
          RENAME ${COSTBENCH_APP_ID}.png)
endforeach()
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/installer/costbench.1.gz" DESTINATION share/man/man1)
install(FILES "${costbench_linux}/copyright" DESTINATION ${costbench_doc_dir})
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/installer/changelog.gz" DESTINATION ${costbench_doc_dir}
        RENAME changelog.Debian.gz)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME costbench)
set(CPACK_PACKAGE_VENDOR "Costbench developers")
set(CPACK_PACKAGE_CONTACT "Costbench developers <dev@costbench.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME costbench)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Costbench developers <dev@costbench.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://costbench.io/")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for tracking what GenAI calls cost")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Costbench serves a small document web app on a local HTTP server, with one
cost-tracking scope per request, and shows every model call's cost live, per
use case, instance and user. A load run fires concurrent requests and audits
their attribution in scoped and global instrumentation mode. A simulated
model is built in, so no key and no network are needed; OpenAI-compatible
servers and Pay-i ingest are used when their keys are given. The same server
runs without a window (costbench --headless).")
# dpkg-shlibdeps finds the Qt libraries the binary links (QtKeychain included); these are
# the ones it cannot see: the SQLite driver is a plugin that Qt loads at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# The X11 platform plugin ships in libqt6gui6; these add a native Wayland window and the
# other platform plugins, and a keychain in which Settings can store the provider key.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
