"""The Qt binding in use keeps Python's singletons alive (PySide6 6.12.0 on 3.11 did not)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QVariantAnimation, Signal


class _Emitter(QObject):
    changed = Signal(int)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="3.12 makes True and None immortal")
def test_emitting_and_void_calls_do_not_leak_references_to_singletons(qapp: object) -> None:
    emitter = _Emitter()
    animation = QVariantAnimation()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for value in range(500):
        emitter.changed.emit(value)
        animation.stop()
    assert sys.getrefcount(True) - true_before > -50
    assert sys.getrefcount(None) - none_before > -50
