"""Builds Leadership Desk for the platform this runs on: python installer/build.py

1. Renders the icons (PNG, ICO, ICNS) from resources/icons/leadership-desk.svg.
2. Runs PyInstaller with installer/leadership_desk.spec (a one-folder build) into dist/.
3. Wraps it the way the platform expects: Linux, a .tar.gz with a .desktop file and icon;
   Windows, an Inno Setup per-user installer (when Inno Setup's ISCC is installed; the MSI
   for IT is made from the folder by installer/windows/msi.sh);
   macOS, a .dmg of the .app (with hdiutil). Prints the sizes.

Needs the build extras: pip install -e ".[build]".
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICONS = BUILD / "icons"
SVG = ROOT / "resources" / "icons" / "leadership-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)

sys.path.insert(0, str(ROOT))
from leadership_desk import APP_NAME, __version__  # noqa: E402


def render_icons() -> None:
    """PNG files at each size from the SVG master (Qt's SVG renderer), then ICO and ICNS."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    ICONS.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"leadership-desk-{size}.png"))
    shutil.copy(ICONS / "leadership-desk-256.png", ICONS / "leadership-desk.png")
    master = Image.open(ICONS / "leadership-desk-1024.png")
    master.save(ICONS / "leadership-desk.ico",
                sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    master.save(ICONS / "leadership-desk.icns")


def write_version_info() -> None:
    """Windows file properties (name, version, company) for both programs."""
    numbers = (*(int(part) for part in __version__.split(".")[:3]), 0)
    (BUILD / "version_info.txt").write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', '{APP_NAME}'),
    StringStruct('FileDescription', '{APP_NAME}: a principal\\'s time log'),
    StringStruct('FileVersion', '{__version__}'),
    StringStruct('ProductName', '{APP_NAME}'),
    StringStruct('ProductVersion', '{__version__}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])]
)
""", encoding="utf-8")


def run_pyinstaller() -> Path:
    import PyInstaller.__main__

    PyInstaller.__main__.run([
        str(ROOT / "installer" / "leadership_desk.spec"), "--noconfirm",
        "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"),
    ])
    return DIST / "LeadershipDesk"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def strip_linux(folder: Path) -> None:
    """Strips the symbols from the shared libraries (about a fifth of the folder), all but
    those that wheels carry in a `*.libs` folder (numpy's OpenBLAS and gfortran, Pillow's
    codecs): they were rewritten by patchelf, and stripping them breaks them ("ELF load
    command ... not page-aligned")."""
    strip = shutil.which("strip")
    if strip is None:
        print("strip not found (binutils): the libraries keep their symbols")
        return
    for library in folder.rglob("*.so*"):
        repaired = any(part.endswith(".libs") for part in library.parts)
        if library.is_file() and not library.is_symlink() and not repaired:
            subprocess.run([strip, "--strip-unneeded", str(library)], check=False,
                           capture_output=True)


def link_linux_app(folder: Path) -> None:
    """One program serves the app and the command line on Linux (see the spec): the app's
    name is a link to it, so the menu entry and `./LeadershipDesk` work as before."""
    app = folder / "LeadershipDesk"
    if not app.is_symlink() and not app.exists():
        app.symlink_to("leadership-desk")


def package_linux(folder: Path) -> Path:
    shutil.copy(ICONS / "leadership-desk.png", folder / "leadership-desk.png")
    shutil.copy(ROOT / "installer" / "linux" / "leadership-desk.desktop",
                folder / "leadership-desk.desktop")
    shutil.copy(ROOT / "installer" / "linux" / "install.sh", folder / "install.sh")
    archive = DIST / f"LeadershipDesk-{__version__}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname="LeadershipDesk")
    return archive


def package_windows(folder: Path) -> Path | None:
    iscc = shutil.which("ISCC") or shutil.which("iscc")
    if iscc is None:
        print("Inno Setup's ISCC is not on PATH: install Inno Setup 6 to make the installer "
              "(see README, 'Building the installer').")
        return None
    subprocess.run([iscc, f"/DAppVersion={__version__}", f"/DSourceDir={folder}",
                    f"/DIconFile={ICONS / 'leadership-desk.ico'}", f"/O{DIST}",
                    str(ROOT / "installer" / "windows" / "leadership-desk.iss")], check=True)
    return DIST / f"LeadershipDesk-{__version__}-setup.exe"


def package_macos() -> Path | None:
    app = DIST / f"{APP_NAME}.app"
    image = DIST / f"LeadershipDesk-{__version__}-macos.dmg"
    image.unlink(missing_ok=True)
    subprocess.run(["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", str(app),
                    "-ov", "-format", "UDZO", str(image)], check=True)
    return image


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-package", action="store_true",
                        help="build the folder only, without the archive or installer")
    args = parser.parse_args()
    BUILD.mkdir(exist_ok=True)
    render_icons()
    write_version_info()
    folder = run_pyinstaller()
    if sys.platform.startswith("linux"):
        strip_linux(folder)
        link_linux_app(folder)
    package = None
    if not args.skip_package:
        if sys.platform.startswith("linux"):
            package = package_linux(folder)
        elif sys.platform == "win32":
            package = package_windows(folder)
        elif sys.platform == "darwin":
            package = package_macos()
    print(f"Built {folder} ({folder_size(folder) / 1e6:.0f} MB)")
    if package is not None:
        print(f"Package {package} ({package.stat().st_size / 1e6:.0f} MB)")


if __name__ == "__main__":
    main()
