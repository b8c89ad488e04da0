"""The QR code in the corner of every archive-sheet page: the archive number as a version-1 code.

Every sheet has its own code, so nothing can be remembered between them, and the ``qrcode``
library spends ~0.15 ms building one (bit by bit, with Reed-Solomon as polynomial objects) and
the drawing as many again: a sixth of a sheet's budget. An archive number always fits the
smallest code (21 × 21, medium error correction), so this module works that size out once — the
finder, timing and format patterns and the order the data modules are filled in — and then only
places each code's 26 codewords. The codewords are the library's own segments (its mode choice
and bit layout) with the error correction computed from log tables. Text too long for version 1
goes to the library as it is. ``tests/exporters/test_pdf_qr.py`` holds every matrix equal to
the library's.
"""

from __future__ import annotations

import functools

from qrcode import QRCode, util
from qrcode.base import EXP_TABLE, LOG_TABLE, rs_blocks
from qrcode.constants import ERROR_CORRECT_M
from qrcode.LUT import rsPoly_LUT

VERSION = 1
MASK = 2  # fixed: letting the encoder score all eight costs ~2 ms a code, and any of them scans

Matrix = list[list[bool]]


class _Bits:
    """The library's ``BitBuffer`` as one integer: its segments write into this unchanged."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def __len__(self) -> int:
        return self.length


@functools.cache
def _layout() -> tuple[tuple[tuple[bool | None, ...], ...], tuple[tuple[int, int, bool], ...]]:
    """Version 1-M with mask 2: the fixed modules (``None`` where data goes), and the data
    modules in the order the standard fills them, each with its mask bit."""

    class Blank(QRCode):
        def map_data(self, data: list[int], mask_pattern: int) -> None:
            self.blank = [list(row) for row in self.modules]

    code = Blank(version=VERSION, border=0, error_correction=ERROR_CORRECT_M, mask_pattern=MASK)
    code.add_data("-")
    code.make(fit=False)
    blank: list[list[bool | None]] = code.blank
    count = len(blank)
    masked = util.mask_func(MASK)
    order: list[tuple[int, int, bool]] = []
    row, step = count - 1, -1
    for right in range(count - 1, 0, -2):  # two-module columns, right to left, zigzagging up and down
        if right <= 6:
            right -= 1  # the vertical timing pattern is skipped
        while True:
            for col in (right, right - 1):
                if blank[row][col] is None:
                    order.append((row, col, bool(masked(row, col))))
            row += step
            if not 0 <= row < count:
                row -= step
                step = -step
                break
    return tuple(tuple(row) for row in blank), tuple(order)


def _remainder(data: list[int], generator: list[int]) -> list[int]:
    """Reed-Solomon: *data* times x^n modulo *generator* (leading 1, n more coefficients)."""
    n = len(generator) - 1
    logs = [LOG_TABLE[g] if g else -1 for g in generator[1:]]
    rem = [0] * n
    for byte in data:
        factor = byte ^ rem[0]
        rem = [*rem[1:], 0]
        if factor:
            lf = LOG_TABLE[factor]
            for i, lg in enumerate(logs):
                if lg >= 0:
                    rem[i] ^= EXP_TABLE[(lg + lf) % 255]
    return rem


def _codewords(text: str) -> list[int] | None:
    """The data and error-correction codewords of *text* in a version-1 code (``None``: too long)."""
    bits = _Bits()
    for segment in util.optimal_data_chunks(text, minimum=20):  # as QRCode.add_data splits it
        bits.put(segment.mode, 4)
        bits.put(len(segment), util.length_in_bits(segment.mode, VERSION))
        segment.write(bits)
    blocks = rs_blocks(VERSION, ERROR_CORRECT_M)
    limit = sum(block.data_count * 8 for block in blocks)
    if bits.length > limit:
        return None
    bits.put(0, min(limit - bits.length, 4))  # terminator
    bits.put(0, -bits.length % 8)
    data = list(bits.value.to_bytes(bits.length // 8, "big"))
    data += [util.PAD0 if i % 2 == 0 else util.PAD1 for i in range(limit // 8 - len(data))]
    data_blocks: list[list[int]] = []
    ec_blocks: list[list[int]] = []
    offset = 0
    for block in blocks:
        part = data[offset : offset + block.data_count]
        offset += block.data_count
        data_blocks.append(part)
        ec_blocks.append(_remainder(part, rsPoly_LUT[block.total_count - block.data_count]))
    out: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            out += [b[i] for b in group if i < len(b)]
    return out


def qr_matrix(text: str) -> Matrix:
    """The QR modules for *text* (medium error correction, mask 2, no quiet zone)."""
    text = text or "-"
    words = _codewords(text)
    if words is None:
        code = QRCode(border=0, error_correction=ERROR_CORRECT_M, mask_pattern=MASK)
        code.add_data(text)
        code.make(fit=True)
        return code.get_matrix()
    blank, order = _layout()
    matrix: list[list[bool | None]] = [list(row) for row in blank]
    value = int.from_bytes(bytes(words), "big")
    total = len(words) * 8
    for k, (row, col, masked) in enumerate(order):
        dark = k < total and (value >> (total - 1 - k)) & 1 == 1
        matrix[row][col] = dark != masked
    return matrix  # type: ignore[return-value]


def qr_operators(text: str, x: float, y: float, size: float) -> str:
    """PDF operators drawing the code of *text* with its lower-left corner at (x, y): one filled
    path of each row's dark runs, in module units (so every number is a small integer)."""
    matrix = qr_matrix(text)
    count = len(matrix)
    module = size / count
    ops = [f"q 0 g {module:.4f} 0 0 {module:.4f} {x:.3f} {y:.3f} cm"]
    for r, row in enumerate(matrix):
        bottom = count - 1 - r
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(f"{start} {bottom} {c - start} 1 re")
            else:
                c += 1
    ops.append("f Q")
    return "\n".join(ops)


__all__ = ["qr_matrix", "qr_operators"]
