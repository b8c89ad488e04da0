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
import re
from operator import itemgetter

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


@functools.cache
def _products(ec_count: int) -> tuple[tuple[int, ...], ...]:
    """For each coefficient after the leading 1 of the generator of *ec_count* codewords, its
    product with every byte in GF(256): Reed-Solomon by table look-ups."""
    products = []
    for g in rsPoly_LUT[ec_count][1:]:
        products.append(tuple(EXP_TABLE[(LOG_TABLE[g] + LOG_TABLE[f]) % 255] if f and g else 0 for f in range(256)))
    return tuple(products)


def _remainder(data: list[int], ec_count: int) -> list[int]:
    """Reed-Solomon: *data* times x^n modulo the generator of *ec_count* codewords."""
    products = _products(ec_count)
    rem = [0] * ec_count
    for byte in data:
        factor = byte ^ rem[0]
        rem = [r ^ p[factor] for r, p in zip([*rem[1:], 0], products, strict=True)]
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
        ec_blocks.append(_remainder(part, block.total_count - block.data_count))
    out: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(b) for b in group)):
            out += [b[i] for b in group if i < len(b)]
    return out


@functools.cache
def _placement() -> tuple[int, int, int, tuple[int, ...], str]:
    """``_layout`` as string work: the side, the number of data modules, the mask over them as
    one integer (the first filled is the highest bit), for each module of the code, row by row,
    where its '1' or '0' comes from in the data modules' string followed by the fixed modules',
    and the fixed modules' string."""
    blank, order = _layout()
    count = len(blank)
    mask = 0
    for _row, _col, masked in order:
        mask = (mask << 1) | masked
    source = {(row, col): k for k, (row, col, _m) in enumerate(order)}
    fixed = len(order)
    picks = tuple(source.get((r, c), fixed + r * count + c) for r in range(count) for c in range(count))
    return count, fixed, mask, picks, "".join("1" if module else "0" for row in blank for module in row)


def _modules(text: str) -> tuple[str, int]:
    """The code of *text* as one string of '1' (dark) and '0', row after row, and its side."""
    words = _codewords(text)
    if words is None:
        code = QRCode(border=0, error_correction=ERROR_CORRECT_M, mask_pattern=MASK)
        code.add_data(text)
        code.make(fit=True)
        matrix = code.get_matrix()
        return "".join("1" if module else "0" for row in matrix for module in row), len(matrix)
    count, places, mask, picks, fixed = _placement()
    bits = int.from_bytes(bytes(words), "big") << (places - len(words) * 8)  # remainder modules light
    data = format(bits ^ mask, f"0{places}b")
    return "".join(itemgetter(*picks)(data + fixed)), count


def qr_matrix(text: str) -> Matrix:
    """The QR modules for *text* (medium error correction, mask 2, no quiet zone)."""
    modules, count = _modules(text or "-")
    return [[module == "1" for module in modules[r * count : (r + 1) * count]] for r in range(count)]


def qr_operators(text: str, x: float, y: float, size: float) -> str:
    """PDF operators drawing the code of *text* with its lower-left corner at (x, y): one filled
    path of each row's dark runs, in module units (so every number is a small integer)."""
    modules, count = _modules(text or "-")
    module = size / count
    ops = [f"q 0 g {module:.4f} 0 0 {module:.4f} {x:.3f} {y:.3f} cm"]
    for r in range(count):
        bottom = count - 1 - r
        for run in _DARK.finditer(modules, r * count, (r + 1) * count):
            start = run.start() - r * count
            ops.append(f"{start} {bottom} {run.end() - run.start()} 1 re")
    ops.append("f Q")
    return "\n".join(ops)


_DARK = re.compile("1+")

__all__ = ["qr_matrix", "qr_operators"]
