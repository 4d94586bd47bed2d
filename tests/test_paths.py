"""Where the live log must not be: network shares and drives, synced folders."""

from __future__ import annotations

import pytest

from leadership_desk.paths import location_risk

MOUNTS = [("/", "ext4"), ("/home", "ext4"), ("/mnt/district", "cifs"),
          ("/mnt/district/local-cache", "ext4"), ("/srv/nfs", "nfs4"), ("/mnt/usb", "vfat")]


@pytest.mark.parametrize("path", ["\\\\server\\share\\desk.sqlite3",
                                  "\\\\district-fs.example.org\\principals$\\desk.sqlite3",
                                  "//server/share/desk.sqlite3"])
def test_a_unc_path_is_a_network_share(path):
    assert location_risk(path, mounts=MOUNTS) == "a network share"


@pytest.mark.parametrize("path", ["/mnt/district/desk.sqlite3", "/mnt/district/a/b/desk.sqlite3",
                                  "/srv/nfs/desk.sqlite3"])
def test_a_file_on_a_network_file_system_is_on_a_network_drive(path):
    assert location_risk(path, mounts=MOUNTS) == "a network drive"


@pytest.mark.parametrize("path", ["/home/pat/desk.sqlite3", "/mnt/usb/desk.sqlite3",
                                  "/mnt/district-old/desk.sqlite3",  # only a similar name
                                  "/mnt/district/local-cache/desk.sqlite3"])  # a local mount inside
def test_local_places_are_fine(path):
    assert location_risk(path, mounts=MOUNTS) is None


def test_synced_folders_are_named():
    assert location_risk("/home/pat/OneDrive - District/desk.sqlite3", mounts=MOUNTS) == \
        "a folder synced by OneDrive"
    assert location_risk("/home/pat/Dropbox/desk.sqlite3", mounts=MOUNTS) == \
        "a folder synced by Dropbox"
