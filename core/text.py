"""Cleaning what people type before it is stored."""

import re

# C0 and C1 control characters except tab and newline, and Unicode noncharacters: none
# has a place in a member's text, and some are used internally (search highlights).
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def text_clean(value: str) -> str:
    """``value`` with Windows line ends as ``\\n`` and control characters removed."""
    return _UNPRINTABLE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
