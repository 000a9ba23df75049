"""The filter panel: date range, lanes, tags, source article and minimum number of sources."""

from __future__ import annotations

import dataclasses
import logging
from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from timeline.app.timeline_model import EventFilter, TimelineModel

log = logging.getLogger(__name__)


def clear_filters(model: TimelineModel) -> None:
    """Show every event again: default filter and no search."""
    model.set_filter(EventFilter())


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class FilterPanel(QWidget):
    """Widgets that edit the model's filter and follow it when it changes elsewhere."""

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._article_count = -1

        self.from_check = QCheckBox("From")
        self.from_check.setToolTip("Only events that end on or after this day")
        self.from_edit = QDateEdit()
        self.to_check = QCheckBox("To")
        self.to_check.setToolTip("Only events that begin on or before this day")
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setEnabled(False)

        self.lane_list = QListWidget()
        self.lane_list.setToolTip("Untick a lane to hide its events")
        self.lane_list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.all_lanes = QPushButton("All lanes")
        self.all_lanes.setToolTip("Tick every lane")

        self.tag_list = QListWidget()
        self.tag_list.setToolTip(
            "Tick tags to show only events carrying any of them (none ticked: every event)"
        )
        self.tag_list.setMinimumHeight(self.fontMetrics().height() * 5)
        self.tag_find = QLineEdit()
        self.tag_find.setPlaceholderText("Find a tag")
        self.tag_find.setClearButtonEnabled(True)
        self.tag_find.setToolTip("Show only the tags containing this text in the list")
        self.any_tag = QPushButton("Any tag")
        self.any_tag.setToolTip("Untick every tag: events are not filtered by tag")

        self.article_combo = QComboBox()
        self.article_combo.setToolTip("Only events supported by this article")
        self.article_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.article_combo.setMinimumContentsLength(18)

        self.min_sources = QSpinBox()
        self.min_sources.setRange(0, 99)
        self.min_sources.setToolTip(
            "Hide events told by fewer sources (0 also shows events left without a source)"
        )

        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setToolTip("Show every event again (Ctrl+Shift+L)")

        dates = QFormLayout()
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            dates.addRow(check, edit)
        lanes_box = _titled_list("Lanes", self.all_lanes, self.lane_list)
        tags_box = _titled_list("Tags", self.any_tag, self.tag_find, self.tag_list)
        self.lists = QSplitter(Qt.Orientation.Vertical)
        self.lists.setChildrenCollapsible(False)
        self.lists.addWidget(lanes_box)
        self.lists.addWidget(tags_box)
        form = QFormLayout()
        form.addRow("Article", self.article_combo)
        form.addRow("At least", self.min_sources)

        layout = QVBoxLayout(self)
        layout.addLayout(dates)
        layout.addWidget(self.lists, 1)
        layout.addLayout(form)
        layout.addWidget(self.clear_button)

        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        for check in (self.from_check, self.to_check):
            check.toggled.connect(self._push)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._push)
        self.lane_list.itemChanged.connect(self._push)
        self.all_lanes.clicked.connect(self._tick_all_lanes)
        self.tag_list.itemChanged.connect(self._push)
        self.any_tag.clicked.connect(self._untick_all_tags)
        self.tag_find.textChanged.connect(self._show_matching_tags)
        self.article_combo.currentIndexChanged.connect(self._push)
        self.min_sources.valueChanged.connect(self._push)
        self.clear_button.clicked.connect(lambda: clear_filters(self.model))

        model.eventsChanged.connect(self.pull)
        model.laneModeChanged.connect(self._lane_mode_changed)
        self.pull()

    # -- model -> widgets ----------------------------------------------------

    def _fill_lanes(self, chosen: frozenset[str] | None) -> None:
        names = self.model.lanes()
        current = [
            self.lane_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.lane_list.count())
        ]
        if current != names:
            self.lane_list.clear()
            for name in names:
                item = QListWidgetItem(name or "(no lane)")
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.lane_list.addItem(item)
        for i in range(self.lane_list.count()):
            item = self.lane_list.item(i)
            on = chosen is None or item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _fill_tags(self, chosen: frozenset[str] | None) -> None:
        counts = self.model.tag_counts()
        known = {tag for tag, _ in counts}
        # A chosen tag that no event carries any more stays listed so it can be unticked.
        rows = counts + [(tag, 0) for tag in sorted((chosen or frozenset()) - known)]
        current = [
            (self.tag_list.item(i).data(Qt.ItemDataRole.UserRole), self._count_of(i))
            for i in range(self.tag_list.count())
        ]
        if current != rows:
            self.tag_list.clear()
            for tag, count in rows:
                item = QListWidgetItem(f"{tag}  ({count:,})")
                item.setData(Qt.ItemDataRole.UserRole, tag)
                item.setData(Qt.ItemDataRole.UserRole + 1, count)
                item.setToolTip(
                    f"{count:,} event{'s' if count != 1 else ''} tagged \u201c{tag}\u201d"
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.tag_list.addItem(item)
            self._show_matching_tags(self.tag_find.text())
        for i in range(self.tag_list.count()):
            item = self.tag_list.item(i)
            on = chosen is not None and item.data(Qt.ItemDataRole.UserRole) in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _count_of(self, row: int) -> int:
        return int(self.tag_list.item(row).data(Qt.ItemDataRole.UserRole + 1))

    def _show_matching_tags(self, text: str) -> None:
        wanted = text.strip().lower()
        for i in range(self.tag_list.count()):
            item = self.tag_list.item(i)
            tag = str(item.data(Qt.ItemDataRole.UserRole))
            item.setHidden(
                bool(wanted) and wanted not in tag and item.checkState() != Qt.CheckState.Checked
            )

    def _fill_articles(self, chosen: frozenset[int] | None) -> None:
        count = self.model.store.count_articles()
        if count != self._article_count:
            self._article_count = count
            articles = self.model.store.articles()
            self.article_combo.clear()
            self.article_combo.addItem("All articles", None)
            for article in articles:
                label = article.title or article.path
                if article.published is not None:
                    label = f"{article.published.isoformat()}  {label}"
                self.article_combo.addItem(label, article.id)
                self.article_combo.setItemData(
                    self.article_combo.count() - 1, article.path, Qt.ItemDataRole.ToolTipRole
                )
        wanted = next(iter(chosen)) if chosen and len(chosen) == 1 else None
        index = self.article_combo.findData(wanted) if wanted is not None else 0
        self.article_combo.setCurrentIndex(max(0, index))

    def pull(self) -> None:
        """Show the model's current filter in the widgets."""
        f = self.model.filter()
        blockers = [
            QSignalBlocker(w)
            for w in (
                self.from_check,
                self.to_check,
                self.from_edit,
                self.to_edit,
                self.lane_list,
                self.tag_list,
                self.article_combo,
                self.min_sources,
            )
        ]
        extent = self.model.store.extent()
        for check, edit, value, fallback in (
            (self.from_check, self.from_edit, f.date_from, extent[0] if extent else None),
            (self.to_check, self.to_edit, f.date_to, extent[1] if extent else None),
        ):
            check.setChecked(value is not None)
            edit.setEnabled(value is not None)
            shown = value or fallback
            if shown is not None:
                edit.setDate(_qdate(shown))
        self._fill_lanes(f.lanes)
        self._fill_tags(f.tags)
        self._fill_articles(f.article_ids)
        self.min_sources.setValue(f.min_sources)
        del blockers

    def _lane_mode_changed(self) -> None:
        if self.model.filter().lanes is not None:
            # Lane names differ between modes: a lane filter of another mode means nothing.
            self.model.set_filter(dataclasses.replace(self.model.filter(), lanes=None))
        with QSignalBlocker(self.lane_list):
            self._fill_lanes(self.model.filter().lanes)

    def _tick_all_lanes(self) -> None:
        self.model.set_filter(dataclasses.replace(self.model.filter(), lanes=None))

    def _untick_all_tags(self) -> None:
        self.model.set_filter(dataclasses.replace(self.model.filter(), tags=None))

    # -- widgets -> model ----------------------------------------------------

    def filter_from_widgets(self) -> EventFilter:
        """The filter the widgets describe (keeping the model's search text)."""
        ticked = {
            self.lane_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.lane_list.count())
            if self.lane_list.item(i).checkState() == Qt.CheckState.Checked
        }
        lanes = None if len(ticked) == self.lane_list.count() else frozenset(ticked)
        tags = frozenset(
            self.tag_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.tag_list.count())
            if self.tag_list.item(i).checkState() == Qt.CheckState.Checked
        )
        article = self.article_combo.currentData()
        return dataclasses.replace(
            self.model.filter(),
            date_from=_pydate(self.from_edit.date()) if self.from_check.isChecked() else None,
            date_to=_pydate(self.to_edit.date()) if self.to_check.isChecked() else None,
            lanes=lanes,
            tags=tags or None,
            article_ids=frozenset({int(article)}) if article is not None else None,
            min_sources=self.min_sources.value(),
        )

    def _push(self) -> None:
        self.model.set_filter(self.filter_from_widgets())


def _titled_list(title: str, button: QWidget, *widgets: QWidget) -> QWidget:
    """A heading with a button on its right, then ``widgets``; the last one stretches."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    head = QHBoxLayout()
    head.addWidget(QLabel(title))
    head.addStretch(1)
    head.addWidget(button)
    layout.addLayout(head)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is widgets[-1] else 0)
    return box
