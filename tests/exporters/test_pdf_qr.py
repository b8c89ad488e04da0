"""The archive sheet's QR code: the same modules the qrcode library makes, and a reader decodes it."""

from __future__ import annotations

import random
import string

import pytest
from qrcode import QRCode
from qrcode.constants import ERROR_CORRECT_M

from agentbook.exporters.pdf_qr import qr_matrix, qr_operators


def library_matrix(text: str) -> list[list[bool]]:
    """What the page drew before: the library asked for version 1, and to fit when that is too small."""
    code = QRCode(version=1, border=0, error_correction=ERROR_CORRECT_M, mask_pattern=2)
    code.add_data(text or "-")
    try:
        code.make(fit=False)
    except Exception:
        code = QRCode(border=0, error_correction=ERROR_CORRECT_M, mask_pattern=2)
        code.add_data(text)
        code.make(fit=True)
    return code.get_matrix()


def samples() -> list[str]:
    fixed = ["KH2026000123", "KH2025004148", "", "-", "kh2026000123", "客户档案", "A B$%*+-./:", "1" * 41, "x" * 14,
             "KH2026000123456789012", "王KH0001"]  # fmt: skip
    rnd = random.Random(7)
    alphabets = [string.digits, string.ascii_uppercase + string.digits, string.printable[:94], "王李张刘KH0123 "]
    drawn = ["".join(rnd.choice(a) for _ in range(rnd.randint(0, 36))) for a in alphabets for _ in range(250)]
    return fixed + drawn


def test_every_matrix_is_the_librarys_whatever_the_text():
    for text in samples():
        assert qr_matrix(text) == library_matrix(text), text


def test_the_drawn_code_decodes_to_the_archive_number():
    cv2 = pytest.importorskip("cv2")
    np = pytest.importorskip("numpy")
    for text in ("KH2026000123", "KH2025004148", "kh-7/客户"):
        matrix = qr_matrix(text)
        scale, quiet = 8, 4
        size = (len(matrix) + 2 * quiet) * scale
        image = np.full((size, size), 255, dtype=np.uint8)
        for r, row in enumerate(matrix):
            for c, dark in enumerate(row):
                if dark:
                    y, x = (r + quiet) * scale, (c + quiet) * scale
                    image[y : y + scale, x : x + scale] = 0
        assert cv2.QRCodeDetector().detectAndDecode(image)[0] == text


def test_the_operators_fill_one_rectangle_per_run_of_dark_modules():
    matrix = qr_matrix("KH2026000123")
    ops = qr_operators("KH2026000123", 10, 20, 21)
    runs = sum(1 for row in matrix for c, dark in enumerate(row) if dark and (c == 0 or not row[c - 1]))
    assert ops.startswith("q 0 g 1.0000 0 0 1.0000 10.000 20.000 cm") and ops.endswith("f Q")
    assert ops.count(" re") == runs
