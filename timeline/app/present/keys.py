"""What the presentation keys mean: clicker and keyboard keys to actions, with number entry."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt

Key = Qt.Key


class Action(enum.Enum):
    """Something the stage can do."""

    NEXT = "next"
    PREVIOUS = "previous"
    FIRST = "first"
    LAST = "last"
    JUMP = "jump"  # to ``Command.number`` (1-based)
    BLANK = "blank"  # toggle
    REVEAL = "reveal"  # toggle
    LEAVE = "leave"
    TYPING = "typing"  # the pending number changed


@dataclass(frozen=True, slots=True)
class Command:
    """An action and, for a jump, the step number typed."""

    action: Action
    number: int | None = None


_SIMPLE: dict[int, Action] = {
    Key.Key_Right.value: Action.NEXT,
    Key.Key_PageDown.value: Action.NEXT,
    Key.Key_Space.value: Action.NEXT,
    Key.Key_Down.value: Action.NEXT,
    Key.Key_Left.value: Action.PREVIOUS,
    Key.Key_PageUp.value: Action.PREVIOUS,
    Key.Key_Backspace.value: Action.PREVIOUS,
    Key.Key_Up.value: Action.PREVIOUS,
    Key.Key_Home.value: Action.FIRST,
    Key.Key_End.value: Action.LAST,
    Key.Key_B.value: Action.BLANK,
    Key.Key_Period.value: Action.BLANK,
    Key.Key_R.value: Action.REVEAL,
    Key.Key_Escape.value: Action.LEAVE,
}

_DIGITS = {getattr(Key, f"Key_{d}").value: str(d) for d in range(10)}
_ENTER = {Key.Key_Return.value, Key.Key_Enter.value}

#: Longest step number one can type (keeps a stuck key from growing it forever).
MAX_DIGITS = 5


class KeyInterpreter:
    """Turns key presses into commands, keeping the digits of a step number being typed."""

    def __init__(self) -> None:
        self._digits = ""

    @property
    def pending(self) -> str:
        """The digits typed so far (empty when no number is being typed)."""
        return self._digits

    def clear(self) -> None:
        """Forget a number being typed."""
        self._digits = ""

    def press(self, key: int) -> Command | None:
        """The command for one key press, or ``None`` when the key means nothing here."""
        if key in _DIGITS:
            if len(self._digits) < MAX_DIGITS:
                self._digits += _DIGITS[key]
            return Command(Action.TYPING)
        if key in _ENTER:
            if not self._digits:
                return None
            number = int(self._digits)
            self._digits = ""
            return Command(Action.JUMP, number)
        if key == Key.Key_Backspace.value and self._digits:
            self._digits = self._digits[:-1]
            return Command(Action.TYPING)
        action = _SIMPLE.get(key)
        if action is None:
            return None
        self._digits = ""  # any other key abandons a number being typed, then acts
        return Command(action)
