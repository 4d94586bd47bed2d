"""The IAS's Schools view: import summaries (files, folders, drag and drop), the roll-up of
every school side by side, flags, the drill-down and the roll-up export.

Signals: imported(object list of ImportResult), exported(str file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.services.container import Services, run_on_own_connection
from leadership_desk.services.rollup_service import school_detail
from leadership_desk.ui.last_folder import last_folder, remember_folder
from leadership_desk.ui.network_chart import HEIGHT, NetworkChart
from leadership_desk.ui.networks_table import NetworksTable
from leadership_desk.ui.school_dialog import SchoolDialog
from leadership_desk.ui.school_table_model import (
    FLAGS_COLUMN,
    NETWORK_COLUMN,
    PLANNING_FIRST,
    SUPPORT_COLUMN,
    SchoolTableModel,
    network_words,
)
from leadership_desk.ui.sparkline_delegate import SparklineDelegate
from leadership_desk.ui.summaries_in_force_dialog import (
    REPLACE,
    InForceRow,
    SummariesInForceDialog,
)
from leadership_desk.ui.worker import Worker


class AttentionFilter(QSortFilterProxyModel):
    """Text filter over every column, and optionally only flagged schools."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_flagged = False

    def filterAcceptsRow(self, row: int, parent) -> bool:  # Qt's name
        model = self.sourceModel()
        if self.only_flagged and not model.row(row).flags:
            return False
        return super().filterAcceptsRow(row, parent)


SHORT_PAGE, SHORT_CHART = 560, 100  # pixels: a page this short with networks, its chart

# the columns from left to right (the model's order is the file formats')
VISUAL_ORDER = (NETWORK_COLUMN, 0, 4, FLAGS_COLUMN, 5, 6, PLANNING_FIRST, PLANNING_FIRST + 1,
                PLANNING_FIRST + 2, SUPPORT_COLUMN, 7, 8, 1, 2, 3)


class SchoolsPage(QWidget):
    """Every imported school in one sortable, filterable table."""

    imported = Signal(object)
    exported = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._worker: Worker | None = None
        self.setAcceptDrops(True)
        self.model = SchoolTableModel(self)
        self.proxy = AttentionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.import_button = QPushButton("Import summaries…")
        self.folder_button = QPushButton("Import a folder…")
        self.export_button = QPushButton("Export roll-up…")
        self.in_force_button = QPushButton("Summaries in use…")
        self.in_force_button.setToolTip("Which summary each school's figures come from; "
                                        "replace it or forget it")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter by school or principal")
        self.filter_edit.setAccessibleName("Filter by school or principal")
        self.attention_check = QCheckBox("Only schools that need attention")
        top = QHBoxLayout()
        for widget in (self.import_button, self.folder_button, self.export_button,
                       self.in_force_button):
            top.addWidget(widget)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.attention_check)
        self.networks_table = NetworksTable()  # for the assistant superintendent
        self.networks_table.hide()
        self.chart = NetworkChart()
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setAccessibleName("Schools roll-up")
        self.table.setModel(self.proxy)
        self.table.setColumnHidden(NETWORK_COLUMN, True)  # until a network summary comes
        self.trend_delegate = SparklineDelegate(self.table)
        self.table.setItemDelegateForColumn(6, self.trend_delegate)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(FLAGS_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # a school's flags wrap onto the lines they need rather than being cut short
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # read left to right: (the network,) the school, its share and what needs attention
        # first, so a laptop's width shows what matters without scrolling
        for visual, column in enumerate(VISUAL_ORDER):
            header.moveSection(header.visualIndex(column), visual)
        # the school's name and its flags wrap in columns of their own width
        for column, width in ((0, 170), (FLAGS_COLUMN, 230), (NETWORK_COLUMN, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Fixed)  # the drawn trend
        header.resizeSection(6, 120)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setMinimumSectionSize(30)  # room for the trend's line
        self.empty_label = QLabel(
            "No summaries yet. Import the .json files your principals send you (or drop them "
            "here). Double-click a school to see its own dashboard.")
        self.empty_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.results = QPlainTextEdit()
        self.results.setReadOnly(True)
        self.results.setAccessibleName("What the import did")
        self.results.setMaximumHeight(110)
        self.results.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.networks_table)
        layout.addWidget(self.chart)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.results)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.in_force_button.clicked.connect(self._on_in_force_button_clicked)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.attention_check.toggled.connect(self._on_attention_check_toggled)
        # a double-click, or Enter from the keyboard (Qt's "activated" covers both)
        self.table.activated.connect(self._on_table_double_clicked)
        self.chart.school_chosen.connect(self._on_chart_school_chosen)
        self.networks_table.network_chosen.connect(self.filter_edit.setText)
        self.refresh()

    def refresh(self) -> None:
        # principals' summaries, then schools known only from IASs' network summaries
        rows = self.services.networks.school_rows()
        self.model.set_rows(rows)
        self.chart.set_rows(rows)
        self.chart.setVisible(bool(rows))
        self.refresh_support()
        self._show_networks(rows)
        self.empty_label.setVisible(not rows)
        # the roll-up and the summaries in use are the principals' summaries'
        own = any(r.via is None for r in rows)
        self.export_button.setEnabled(own)
        self.in_force_button.setEnabled(own)

    def _show_networks(self, rows) -> None:
        """The assistant superintendent's view: schools grouped by the network summaries,
        and the networks side by side above them."""
        from leadership_desk.services.network_service import network_labels

        networks = self.services.networks
        labels = network_labels(networks.networks())
        self.networks_table.set_sides(networks.side_by_side(rows) if labels else [])
        self._fit_chart()
        self.model.set_networks(labels)
        hidden = self.table.isColumnHidden(NETWORK_COLUMN)
        self.table.setColumnHidden(NETWORK_COLUMN, not labels)
        if labels and hidden:  # grouped by network when networks first appear
            self.table.sortByColumn(NETWORK_COLUMN, Qt.SortOrder.AscendingOrder)

    def refresh_support(self) -> None:
        """The Your support column: an IAS's own hours to each school this school year."""
        s = self.services
        ias = s.profiles.profile().is_ias
        self.table.setColumnHidden(SUPPORT_COLUMN, not ias)
        if ias:
            self.model.set_support(s.visits.support_hours(s.reports.period("year")))

    def resizeEvent(self, event) -> None:  # Qt's name
        self._fit_chart()
        super().resizeEvent(event)

    def _fit_chart(self) -> None:
        """With the networks side by side on a 1024x600 screen, a shorter chart leaves the
        table room for more than a few schools."""
        crowded = self.height() < SHORT_PAGE and not self.networks_table.isHidden()
        self.chart.setFixedHeight(SHORT_CHART if crowded else HEIGHT)

    # importing

    def import_paths(self, paths: list[Path]) -> None:
        """Imports on a worker thread, with progress; the results are listed when done."""
        if self._worker is not None or not paths:
            return
        s = self.services
        db_path, clock, zone = s.path, s.clock, s.profiles.profile().timezone
        worker = Worker(lambda progress: run_on_own_connection(
            db_path, clock, zone, lambda own: own.imports.import_paths(paths, progress)),
            with_progress=True, cancellable=True)  # each file is imported whole or not
        worker.signals.progress.connect(self._on_worker_progress)
        worker.signals.finished.connect(self._on_import_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        worker.start()

    def _on_worker_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"{done} of {total} files")

    def _on_import_finished(self, results) -> None:
        self._worker = None
        self._set_busy(False)
        self.progress.hide()
        self.show_results(results)
        self.refresh()
        self.imported.emit(results)

    def show_results(self, results, heading: str = "") -> None:
        """What an import did, file by file, under the table."""
        accepted = sum(r.status == "accepted" for r in results)
        rejected = sum(r.status == "rejected" for r in results)
        lines = [f"{heading}{accepted} imported, {len(results) - accepted - rejected} already "
                 f"there, {rejected} not imported."] + [r.line() for r in results]
        self.results.setPlainText("\n".join(lines))
        self.results.show()

    def _on_worker_failed(self, error: Exception) -> None:
        self._worker = None
        self._set_busy(False)
        self.progress.hide()
        self.results.setPlainText(getattr(error, "message", str(error)))
        self.results.show()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.import_button, self.folder_button, self.export_button,
                       self.in_force_button):
            button.setEnabled(not busy)

    def _on_import_button_clicked(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import summaries",
                                                str(last_folder("summaries")),
                                                "Leadership Desk summaries (*.json)")
        if files:
            remember_folder("summaries", files[0])
        self.import_paths([Path(f) for f in files])

    def _on_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import every summary in a folder",
                                                  str(last_folder("summaries")))
        if folder:
            remember_folder("summaries", Path(folder).parent)
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event) -> None:  # Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # Qt's name
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.import_paths(paths)

    # the roll-up export and the drill-down

    def _on_export_button_clicked(self) -> None:
        out, _filter = QFileDialog.getSaveFileName(
            self, "Export the roll-up", str(last_folder("rollup") / "Schools roll-up.pdf"),
            "PDF report (*.pdf);;Spreadsheet (*.csv)")
        if out:
            remember_folder("rollup", out)
            self.export_rollup(Path(out))

    def export_rollup(self, out: Path) -> None:
        fmt = "csv" if out.suffix.lower() == ".csv" else "pdf"
        out = out.with_suffix(f".{fmt}")
        s = self.services
        db_path, clock, zone = s.path, s.clock, s.profiles.profile().timezone
        worker = Worker(lambda: run_on_own_connection(
            db_path, clock, zone, lambda own: own.rollup.write(fmt, out), read_only=True))
        worker.signals.finished.connect(lambda count: self._on_rollup_finished(count, out))
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        self._set_busy(True)
        worker.start()

    def _on_rollup_finished(self, count: int, out: Path) -> None:
        self._worker = None
        self._set_busy(False)
        self.results.setPlainText(f"Wrote the roll-up of {count} schools to {out}")
        self.results.show()
        self.exported.emit(str(out))

    # the summary in use for each school

    def _on_in_force_button_clicked(self) -> None:
        s = self.services
        in_force = s.imports.in_force()
        rows = [InForceRow(r.school_id, r.school, in_force.get(r.school_id))
                for r in s.rollup.rows()]
        choice = SummariesInForceDialog.ask(self, rows, s.profiles.profile().zone)
        if choice is None:
            return
        action, school_id = choice
        if action == REPLACE:
            file, _ = QFileDialog.getOpenFileName(
                self, "The summary to use for this school", str(last_folder("summaries")),
                "Leadership Desk summaries (*.json)")
            if file:
                self.change_school(school_id, Path(file))
        else:
            self.change_school(school_id, None)

    def change_school(self, school_id: str, file: Path | None) -> None:
        """Puts `file` in use for the school, or (None) forgets its summaries; off the GUI
        thread, a backup first."""
        if self._worker is not None:
            return
        s = self.services
        db_path, clock, zone = s.path, s.clock, s.profiles.profile().timezone

        def job(own):
            if file is not None:
                return own.imports.replace_school(school_id, file).line()
            school, days = own.imports.forget_school(school_id)
            return (f"Forgot {school}'s summaries ({days} days); import them again to bring "
                    f"the school back.")

        worker = Worker(lambda: run_on_own_connection(db_path, clock, zone, job))
        worker.signals.finished.connect(self._on_change_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        self._set_busy(True)
        worker.start()

    def _on_change_finished(self, line: str) -> None:
        self._worker = None
        self._set_busy(False)
        self.results.setPlainText(line)
        self.results.show()
        self.refresh()

    def _on_attention_check_toggled(self, checked: bool) -> None:
        self.proxy.only_flagged = checked
        self.proxy.invalidate()

    def _on_chart_school_chosen(self, school_id: str) -> None:
        """Selects the school's row in the table (shown even when filtered out)."""
        for row in range(self.model.rowCount()):
            if self.model.row(row).school_id == school_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    self.filter_edit.clear()
                    self.attention_check.setChecked(False)
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return

    def _on_table_double_clicked(self, index) -> None:
        row = self.model.row(self.proxy.mapToSource(index).row())
        if row is None:
            return
        if row.via is not None:  # no days to show: say where its figures come from
            self.results.setPlainText(network_words(row) + " Import the principal's own "
                                      "summary to see the school's weeks and categories.")
            self.results.show()
            return
        detail = school_detail(self.services.rollup, row.school_id)
        if detail is not None:
            SchoolDialog(detail, self).exec()
