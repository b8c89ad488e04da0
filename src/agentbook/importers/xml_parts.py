"""Which XML parser reads a sheet or the shared strings of an imported workbook.

openpyxl parses through defusedxml when it is installed, and defusedxml guards against what a
document type declaration can do (entity bombs, external entities, fetching a DTD) by putting
Python's pure-Python parser in the place of the C one: half of the time it takes to read a
10,000-row sheet. Without a document type declaration XML has no entities except the five
predefined ones and character references, so there is nothing for defusedxml to guard. A part
whose prolog is shown to hold no declaration, in bytes that read the same as ASCII (UTF-8 or
ASCII, which every spreadsheet program writes), therefore goes to the C parser. Every other part
goes to defusedxml exactly as before: a DOCTYPE in the prolog, UTF-16 or another declared
encoding, or a prolog that does not end within the first chunk.

The prolog is everything before the root element: an XML declaration, comments, processing
instructions and white space, and at most one document type declaration (XML 1.0, production 22).
A declaration cannot come after the root element starts, so reading the prolog is enough.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

from openpyxl.reader import strings as openpyxl_strings
from openpyxl.worksheet import _reader as openpyxl_reader

_HEAD = 64 * 1024  # the prolog must end within this; Excel's is 56 bytes
_WHITE = b" \t\r\n"
_ENCODING = re.compile(rb"""\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_ASCII_READABLE = {b"utf-8", b"utf8", b"us-ascii", b"ascii"}
_NAME_START = re.compile(rb"[A-Za-z_:\x80-\xff]")  # a root element's first byte in UTF-8

_defused_iterparse = openpyxl_reader.iterparse  # defusedxml's, as openpyxl chose it


def prolog_is_plain(head: bytes) -> bool:
    """True when *head* holds a whole prolog without a document type declaration, in UTF-8 or
    ASCII, followed by the root element's start tag; False whenever that is not certain."""
    pos = 3 if head.startswith(b"\xef\xbb\xbf") else 0
    while True:
        while pos < len(head) and head[pos] in _WHITE:
            pos += 1
        if head.startswith(b"<?", pos):
            end = head.find(b"?>", pos + 2)
            if end < 0:
                return False
            if head.startswith(b"<?xml", pos) and head[pos + 5 : pos + 6] in (b" ", b"\t", b"\r", b"\n"):
                declared = _ENCODING.search(head, pos, end)
                if declared and declared.group(1).lower() not in _ASCII_READABLE:
                    return False
            pos = end + 2
        elif head.startswith(b"<!--", pos):
            end = head.find(b"-->", pos + 4)
            if end < 0:
                return False
            pos = end + 3
        elif head.startswith(b"<", pos):  # "<!DOCTYPE" (or any other "<!") is not a root element
            return _NAME_START.match(head, pos + 1) is not None
        else:
            return False


class _Rejoined:
    """The part's stream with its first chunk, already read to look at the prolog, put back."""

    def __init__(self, head: bytes, rest: Any) -> None:
        self._head = head
        self._rest = rest

    def read(self, size: int = -1) -> bytes:
        if self._head:
            if size is None or size < 0 or size >= len(self._head):
                data, self._head = self._head, b""
            else:
                data, self._head = self._head[:size], self._head[size:]
            return data
        return self._rest.read(size)

    def close(self) -> None:
        self._rest.close()


def iterparse(source: Any, events: Any = None) -> Iterator[tuple[str, Any]]:
    """openpyxl's ``iterparse``, with the C parser for a part that has no DTD (see the module)."""
    if not hasattr(source, "read"):  # a file name: openpyxl opens parts itself, so leave it alone
        return _defused_iterparse(source, events)
    head = source.read(_HEAD)
    stream = _Rejoined(head, source)
    if prolog_is_plain(head):
        return ElementTree.iterparse(stream, events)
    return _defused_iterparse(stream, events)


@contextlib.contextmanager
def c_parser_for_plain_parts() -> Iterator[None]:
    """While reading: the sheet and shared-string readers of openpyxl parse through ``iterparse``
    above. The workbook's small parts (the list of sheets, styles) keep defusedxml."""
    openpyxl_reader.iterparse = openpyxl_strings.iterparse = iterparse
    try:
        yield
    finally:
        openpyxl_reader.iterparse = openpyxl_strings.iterparse = _defused_iterparse
