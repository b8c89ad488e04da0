"""Which text encoding a CSV file is in: UTF-8 (with or without BOM), UTF-16, GB18030 or Big5.

A byte-order mark decides at once. Without one, strict UTF-8 is tried first (random bytes almost
never decode as UTF-8). GB18030 decodes nearly any byte string — a Big5 file read as GB18030
gives valid but meaningless characters (陳大文 → 愱ㄅゅ…) — so GB18030 and Big5 are both tried
strictly and the one whose text is made of common Chinese characters wins. "Common" is judged
without a word list: GB2312 level 1 holds the 3,755 most used simplified characters and Big5's
first block the 5,401 most used traditional ones; text decoded with the wrong table lands
mostly outside both (in kana, symbols and rare characters). Mainland files are the rule, so
GB18030 wins a tie.
"""

from __future__ import annotations

from dataclasses import dataclass

from agentbook.domain.i18n import QT_TRANSLATE_NOOP

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),  # the codec reads the BOM and the byte order from it
    (b"\xfe\xff", "utf-16"),
)
LABELS = {
    "utf-8": QT_TRANSLATE_NOOP("importer", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("importer", "UTF-8（带 BOM）"),
    "utf-16": QT_TRANSLATE_NOOP("importer", "UTF-16（Excel 的“Unicode 文本”）"),
    "gb18030": QT_TRANSLATE_NOOP("importer", "GB18030（简体中文，兼容 GBK）"),
    "big5": QT_TRANSLATE_NOOP("importer", "Big5（繁体中文）"),
}
_SAMPLE = 64 * 1024  # enough text to judge by, whatever the file's size
_TIE = 0.1  # Big5 must be clearly better to beat GB18030


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # a key of LABELS

    @property
    def label(self) -> str:
        return LABELS[self.encoding]


def looks_like_utf16(head: bytes) -> bool:
    """A BOM, or (for a file saved without one) NUL in every other byte of mostly-ASCII text."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    even, odd = head[0:512:2], head[1:512:2]
    if len(head) < 8:
        return False
    zeros = sorted((even.count(0) / len(even), odd.count(0) / len(odd)))
    return zeros[1] > 0.4 and zeros[0] < 0.05  # binary data has NUL in both halves


def _common_share(text: str) -> float:
    """The share of non-ASCII characters that are common in simplified or traditional writing."""
    total = common = 0
    for ch in text:
        if ord(ch) < 0x80:
            continue
        total += 1
        if _common_simplified(ch) or _common_traditional(ch):
            common += 1
    return common / total if total else 1.0


def _common_simplified(ch: str) -> bool:
    try:
        return 0xB0 <= ch.encode("gb2312")[0] <= 0xD7
    except UnicodeEncodeError:
        return False


def _common_traditional(ch: str) -> bool:
    try:
        return 0xA4 <= ch.encode("big5")[0] <= 0xC6
    except UnicodeEncodeError:
        return False


def decode(data: bytes) -> Decoded | None:
    """The text and the encoding it was read with, or None when no candidate reads the bytes."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                return None
    if looks_like_utf16(data):
        odd_zeros = data[1:512:2].count(0) > data[0:512:2].count(0)
        try:
            return Decoded(data.decode("utf-16-le" if odd_zeros else "utf-16-be"), "utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, int, Decoded]] = []
    # cp950 is Big5 as Windows writes it (Big5 plus a few hundred characters and the euro sign).
    for preference, (encoding, codec) in enumerate((("gb18030", "gb18030"), ("big5", "cp950"))):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _common_share(text[:_SAMPLE]) - (0 if encoding == "gb18030" else _TIE)
        candidates.append((score, -preference, Decoded(text, encoding)))
    return max(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None
