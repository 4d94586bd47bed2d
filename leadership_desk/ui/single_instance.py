"""One copy of the app per log: a second start asks the first to come to the front.

This uses a local socket (a named pipe on Windows, a Unix socket elsewhere), which never
leaves the computer.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MESSAGE = b"show\n"


def server_name(db_path: Path) -> str:
    digest = hashlib.sha256(str(Path(db_path).absolute()).encode()).hexdigest()[:16]
    return f"leadership-desk-{digest}"


class InstanceServer(QObject):
    """Listens for a second copy of the app. Signals: activation_requested()."""

    activation_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(db_path)
        # only the lock holder gets here, so a leftover socket is a crashed copy's
        QLocalServer.removeServer(name)
        self._server.newConnection.connect(self._on_server_new_connection)
        self.listening = self._server.listen(name)

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # the second copy writes its one line right after connecting
            arrived = socket.bytesAvailable() > 0 or socket.waitForReadyRead(1000)
            if arrived and bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
                self.activation_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def close(self) -> None:
        self._server.close()


def ask_running_copy_to_show(db_path: Path, timeout_ms: int = 1500) -> bool:
    """Asks the copy of the app that has this log open to come to the front."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    delivered = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return delivered
