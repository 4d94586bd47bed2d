"""The installer builds an app that runs with no Python and no source tree in sight.

Slow (a PyInstaller build): marked `build`, left out of the default test run and run by CI
as its own step (`pytest -m build`, after `pip install -e ".[build]"`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from leadership_desk import __version__

pytestmark = [pytest.mark.build,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="the build test runs the Linux build")]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def unpacked(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="needs the build extras: pip install -e '.[build]'")
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py")],
                            capture_output=True, text=True, timeout=3000, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    archives = list((ROOT / "dist").glob(f"LeadershipDesk-{__version__}-linux-*.tar.gz"))
    assert len(archives) == 1
    target = tmp_path_factory.mktemp("elsewhere")
    with tarfile.open(archives[0]) as tar:
        tar.extractall(target, filter="data")
    return target / "LeadershipDesk"


def bare_env(home: Path) -> dict[str, str]:
    """No Python, no virtual environment, no source tree: PATH is an empty folder."""
    empty = home / "empty-bin"
    empty.mkdir(exist_ok=True)
    return {"PATH": str(empty), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8"}


def test_archive_has_the_desktop_entry_and_icon(unpacked):
    for name in ("LeadershipDesk", "leadership-desk", "leadership-desk.desktop",
                 "leadership-desk.png", "install.sh"):
        assert (unpacked / name).exists(), name
    assert "Exec=@INSTALL_DIR@/LeadershipDesk" in (unpacked / "leadership-desk.desktop").read_text()
    assert not list(unpacked.rglob("test_*.py"))


def test_frozen_version_selftest_and_smoke_test(unpacked, tmp_path):
    env = bare_env(tmp_path)
    assert shutil.which("python3", path=env["PATH"]) is None
    version = subprocess.run([str(unpacked / "leadership-desk"), "--version"], env=env,
                             cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert version.stdout.strip() == f"Leadership Desk {__version__}"
    selftest = subprocess.run([str(unpacked / "leadership-desk"), "selftest"], env=env,
                              cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    assert selftest.stdout.startswith("selftest OK")
    smoke = subprocess.run([str(unpacked / "LeadershipDesk"), "--smoke-test", "--db",
                            str(tmp_path / "s.sqlite3")], env=env, cwd=tmp_path,
                           capture_output=True, text=True, timeout=300)
    assert smoke.returncode == 0, smoke.stderr
    assert "main window painted" in smoke.stdout


def test_frozen_charts_keep_their_font_cache(unpacked, tmp_path):
    env = bare_env(tmp_path)
    db = tmp_path / "c.sqlite3"
    for args in (["demo", "--db", str(db), "--days", "20"],
                 ["chart", "--kind", "trend", "--out", str(tmp_path / "t.png"), "--db", str(db)]):
        result = subprocess.run([str(unpacked / "leadership-desk"), *args], env=env,
                                cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    cache = tmp_path / ".cache" / "Leadership Desk" / "matplotlib"
    assert any(cache.glob("fontlist-*.json")), os.listdir(tmp_path)


def test_a_slimmed_build_still_draws_exports_and_imports(unpacked, tmp_path):
    """What leaving out fonts, plugins and image formats could break: charts in PNG and
    SVG, the PDF and JSON summaries, an import of that summary by an IAS."""
    env = bare_env(tmp_path)
    db, ias = tmp_path / "p.sqlite3", tmp_path / "ias.sqlite3"

    def run(*args: str) -> subprocess.CompletedProcess:
        result = subprocess.run([str(unpacked / "leadership-desk"), *args], env=env,
                                cwd=tmp_path, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, (args, result.stderr)
        return result

    run("demo", "--db", str(db), "--days", "30")
    for kind, out in (("breakdown", "b.png"), ("heatmap", "h.svg"), ("trend", "t.svg")):
        run("chart", "--kind", kind, "--out", str(tmp_path / out), "--db", str(db))
    assert (tmp_path / "b.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "h.svg").read_bytes()[:400]
    run("export", "--format", "pdf", "--out", str(tmp_path / "s.pdf"), "--reflection",
        "Coverage on Fridays ★ $5", "--db", str(db))
    assert (tmp_path / "s.pdf").read_bytes()[:5] == b"%PDF-"
    run("export", "--format", "json", "--out", str(tmp_path / "s.json"), "--db", str(db))
    imported = run("import", str(tmp_path / "s.json"), "--json", "--db", str(ias))
    assert [r["status"] for r in json.loads(imported.stdout)] == ["accepted"]
    run("rollup", "--format", "pdf", "--out", str(tmp_path / "r.pdf"), "--db", str(ias))
    assert (tmp_path / "r.pdf").read_bytes()[:5] == b"%PDF-"
