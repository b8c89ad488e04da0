"""Finding customers by words in their scans' text (the OCR text of attachments).

"骨折 诊断证明 张三" finds 张三's 诊断证明 that mentions 骨折: every word must appear in the scan's
text, or be its category, or be in its customer's name, and at least one word must be in the
text (a name alone is the ordinary search's job). Words are matched as substrings, as Chinese
has no spaces to split on and OCR joins what the page spaced out. The scan of 12 000 texts is a
plain ``LIKE`` on the read connection (a few milliseconds; the archive holds hundreds of scans
per agent, not millions), so nothing extra is indexed and nothing extra must be destroyed.
"""

from __future__ import annotations

from dataclasses import dataclass

from agentbook.store.db.database import Database

SNIPPET_CHARS = 24  # either side of the first word found


@dataclass(frozen=True, slots=True)
class ScanHit:
    """One attachment whose text matched, with the customer it belongs to and where the word is."""

    customer_id: int
    customer_name: str
    attachment_id: int
    file_name: str
    category: str
    snippet: str


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def words_of(text: str) -> list[str]:
    return [w for w in text.replace("\u3000", " ").split() if w][:8]


def snippet(text: str, words: list[str]) -> str:
    """The text around the first word that occurs in it, on one line."""
    flat = " ".join(text.split())
    lowered = flat.lower()
    spots = [lowered.find(w.lower()) for w in words]
    found = min((s for s in spots if s >= 0), default=-1)
    if found < 0:
        return flat[: SNIPPET_CHARS * 2]
    start = max(found - SNIPPET_CHARS, 0)
    end = min(found + SNIPPET_CHARS + max(len(w) for w in words), len(flat))
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


def find(db: Database, text: str, *, category: str | None = None, limit: int = 200) -> list[ScanHit]:
    """Scans whose text holds the words of *text* (see the module docstring), newest first."""
    words = words_of(text)
    if not words:
        return []
    if db.sealer is not None:
        return _find_sealed(db, words, category, limit)
    params: dict[str, object] = {"limit": limit}
    each, any_in_text = [], []
    for i, word in enumerate(words):
        params[f"w{i}"], params[f"c{i}"] = _like(word), word
        each.append(f"(t.text LIKE :w{i} ESCAPE '\\' OR a.category = :c{i} OR c.name LIKE :w{i} ESCAPE '\\')")
        any_in_text.append(f"t.text LIKE :w{i} ESCAPE '\\'")
    where = " AND ".join([*each, f"({' OR '.join(any_in_text)})"])
    if category:
        where += " AND a.category = :category"
        params["category"] = category
    rows = db.read(
        "SELECT a.customer_id, c.name, a.id, a.file_name, a.category, t.text"
        " FROM attachment_text t JOIN attachment a ON a.id = t.attachment_id"
        " JOIN customer c ON c.id = a.customer_id"
        f" WHERE {where} ORDER BY a.created_at DESC, a.id DESC LIMIT :limit",
        params,
    )
    return [ScanHit(int(r[0]), r[1], int(r[2]), r[3], r[4], snippet(r[5], words)) for r in rows]


def _find_sealed(db: Database, words: list[str], category: str | None, limit: int) -> list[ScanHit]:
    """``find`` on a branch, where the scans' text is sealed (``store/branch/sealing``): the texts
    the person may read (their own customers': hundreds, not millions) are opened and matched
    here by the same rule, newest first."""
    sealer = db.sealer
    where, params = ("a.category = ?", (category,)) if category else ("TRUE", ())
    rows = db.read(
        "SELECT a.customer_id, c.name, a.id, a.file_name, a.category, t.text"
        " FROM attachment_text t JOIN attachment a ON a.id = t.attachment_id"
        f" JOIN customer c ON c.id = a.customer_id WHERE {where} ORDER BY a.created_at DESC, a.id DESC",
        params,
    )
    lowered = [w.lower() for w in words]
    hits: list[ScanHit] = []
    for customer_id, name, attachment_id, file_name, kind, sealed in rows:
        body = str(sealer.open(sealed) or "")
        folded = body.lower()
        in_text = [w in folded for w in lowered]
        if not any(in_text):
            continue
        if all(
            t or word == kind or w in name.lower() for word, w, t in zip(words, lowered, in_text, strict=True)
        ):
            hits.append(ScanHit(int(customer_id), name, int(attachment_id), file_name, kind, snippet(body, words)))
            if len(hits) >= limit:
                break
    return hits


def customer_ids(db: Database, text: str, limit: int = 200) -> list[int]:
    """The customers of the scans found, in order of their newest hit (for the search box)."""
    seen: dict[int, None] = {}
    for hit in find(db, text, limit=limit):
        seen.setdefault(hit.customer_id, None)
    return list(seen)
