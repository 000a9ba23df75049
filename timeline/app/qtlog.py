"""Route Qt's own messages (qDebug, qWarning, ...) into Python logging."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

#: Messages that say nothing useful to a user of this program, matched by prefix.
_QUIET_PREFIXES = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise()",
    "QFont::setPointSizeF: Point size <= 0",
)


def qt_message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Log one Qt message at the matching level, under the ``qt`` logger."""
    level = _LEVELS.get(kind, logging.WARNING)
    if level >= logging.WARNING and message.startswith(_QUIET_PREFIXES):
        level = logging.DEBUG
    category = context.category if context is not None and context.category else ""
    if category and category != "default":
        log.log(level, "[%s] %s", category, message)
    else:
        log.log(level, "%s", message)


def install() -> Any:
    """Send every Qt message through :func:`qt_message_handler`; returns the previous handler."""
    return qInstallMessageHandler(qt_message_handler)


def restore(previous: Any) -> None:
    """Put back the handler :func:`install` replaced (None restores Qt's default)."""
    qInstallMessageHandler(previous)
