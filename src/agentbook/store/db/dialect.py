"""The store's SQL, spoken by PostgreSQL: one text of each statement for both engines.

Repositories and queries are written once, in the SQL both engines share, with SQLite's ``?``
and ``:name`` placeholders. On a branch server each statement is translated once (cached) into
PostgreSQL's spelling. What differs is small and mechanical, and every case is listed here:

- placeholders: ``?`` → ``%s``, ``:name`` → ``%(name)s``; a literal ``%`` doubled for psycopg;
- ``x IS ?`` (SQLite's null-safe equality) → ``IS NOT DISTINCT FROM``;
- ``INSERT OR IGNORE`` → ``INSERT … ON CONFLICT DO NOTHING``;
- ``LIKE`` → ``ILIKE`` (SQLite's LIKE ignores the case of Latin letters, PostgreSQL's does not);
- ``group_concat(x, sep)`` → ``string_agg``; two-argument ``max``/``min`` → ``greatest``/``least``;
- ``date(x, modifier)`` and ``julianday(x)`` → functions of the same meaning installed on the
  server with the schema (``sqlite_date``, ``sqlite_julianday``: ``pg_schema.COMPAT``), because
  the archive keeps dates as ISO text on both engines;
- ``WHERE 1`` (every row) → ``WHERE TRUE``: PostgreSQL's conditions are booleans;
- ``BEGIN IMMEDIATE`` → ``BEGIN``; SQLite's planner hints (``INDEXED BY``) are dropped;
- ``max``/``min`` of a condition need no rewrite: the server has them for booleans
  (``pg_schema.COMPAT``), as SQLite's conditions are the integers 0 and 1. Rows meeting a
  condition are counted as ``count(*) FILTER (WHERE …)``, which both engines know: the
  ``sum(boolean)`` the server also has is a function call per row (150 ms over Today's 33,000
  expiring policies at 100,000 customers).

Anything else (full-text search, the schema itself, PRAGMAs) is not translated: the code that
needs it asks the connection's ``dialect`` and says it both ways in one place.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")


def _tokens(sql: str) -> list[tuple[str, str]]:
    """Split *sql* into (kind, text): 'str' for quoted literals and identifiers, 'code' otherwise,
    so rewrites never touch what is inside quotes."""
    out: list[tuple[str, str]] = []
    i, start, n = 0, 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in ("'", '"'):
            if start < i:
                out.append(("code", sql[start:i]))
            j = i + 1
            while j < n:
                if sql[j] == ch:
                    if j + 1 < n and sql[j + 1] == ch:  # a doubled quote inside the literal
                        j += 2
                        continue
                    break
                j += 1
            out.append(("str", sql[i : j + 1]))
            i = start = j + 1
            continue
        i += 1
    if start < n:
        out.append(("code", sql[start:]))
    return out


def _placeholders(code: str) -> str:
    code = code.replace("%", "%%")
    code = re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", code)
    return code.replace("?", "%s")


def _split_args(text: str, start: int) -> tuple[list[str], int]:
    """The top-level arguments of the call whose '(' is at *start*; returns them and the index
    just past the closing ')'."""
    depth, args, current = 0, [], start + 1
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                args.append(text[current:i])
                return args, i + 1
        elif ch == "," and depth == 1:
            args.append(text[current:i])
            current = i + 1
    raise ValueError(f"unbalanced parentheses in: {text}")


_FUNCTIONS = {"group_concat", "max", "min", "date", "julianday"}


_MASKED = re.compile(r"\s*\x00(\d+)\x00\s*")
_STEP = re.compile(r"'[+-]?[0-9]+ (day|month|year)s?'", re.I)
_ISO_DAY = "'^[0-9]{4}-[0-9]{2}-[0-9]{2}'"


def _date(args: list[str], literals: list[str]) -> str:
    """``date(x, '+1 year')`` — a column or named value moved by a constant step — in the
    server's own date arithmetic (the same interval ``sqlite_date`` adds, so the same days),
    without a PL/pgSQL call per row: 4 µs a row, most of a Today list on a branch. Anything
    else goes to ``sqlite_date``. A value that is not an ISO day gives NULL, as SQLite's does."""
    if len(args) == 2 and "?" not in args[0]:
        step = _MASKED.fullmatch(args[1])
        if step and _STEP.fullmatch(literals[int(step.group(1))]):
            value = args[0].strip()
            day = f"CASE WHEN ({value}) ~ {_ISO_DAY} THEN substr(({value}), 1, 10)::date END"
            return f"to_char({day} + interval{args[1]}, 'YYYY-MM-DD')"
    return "sqlite_date(" + ",".join(args) + ")"


def _functions(sql: str, literals: list[str]) -> str:
    """Rewrite SQLite-only function calls (after quoting is masked, see ``translate``)."""
    out: list[str] = []
    i = 0
    while True:
        match = re.compile(r"\b(group_concat|max|min|date|julianday)\s*\(", re.I).search(sql, i)
        if match is None:
            out.append(sql[i:])
            return "".join(out)
        name = match.group(1).lower()
        before = sql[match.start() - 1] if match.start() else " "
        if before == "." or name not in _FUNCTIONS:
            out.append(sql[i : match.end()])
            i = match.end()
            continue
        paren = match.end() - 1
        args, end = _split_args(sql, paren)
        args = [_functions(a, literals) for a in args]
        out.append(sql[i : match.start()])
        if name == "group_concat":
            separator = args[1].strip() if len(args) > 1 else "','"
            out.append(f"string_agg(({args[0].strip()})::text, {separator})")
        elif name in ("max", "min") and len(args) > 1:
            out.append(("greatest" if name == "max" else "least") + "(" + ",".join(args) + ")")
        elif name == "date":
            out.append(_date(args, literals))
        elif name == "julianday":
            out.append("sqlite_julianday(" + ",".join(args) + ")")
        else:
            out.append(sql[match.start() : paren] + "(" + ",".join(args) + ")")
        i = end


@lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """*sql* as PostgreSQL (psycopg) takes it; see the module's docstring for every rule."""
    tokens = _tokens(sql)
    # Mask literals so that rewrites of the code cannot reach into them; put them back at the end.
    literals = [text for kind, text in tokens if kind == "str"]
    masked = "".join(text if kind == "code" else f"\x00{n}\x00" for n, (kind, text) in _numbered(tokens))
    masked = _functions(masked, literals)
    masked = re.sub(r"\bBEGIN\s+IMMEDIATE\b", "BEGIN", masked, flags=re.I)
    masked = re.sub(r"\bWHERE\s+1\b(?!\s*[=<>!])", "WHERE TRUE", masked, flags=re.I)
    masked = re.sub(r"\s+(?:INDEXED\s+BY\s+\w+|NOT\s+INDEXED)\b", "", masked, flags=re.I)
    masked = re.sub(r"\bIS\s+NOT\s+\?", "IS DISTINCT FROM ?", masked, flags=re.I)
    masked = re.sub(r"\bIS\s+\?", "IS NOT DISTINCT FROM ?", masked, flags=re.I)
    masked = re.sub(r"\bNOT\s+LIKE\b", "NOT ILIKE", masked, flags=re.I)
    masked = re.sub(r"(?<!NOT )\bLIKE\b", "ILIKE", masked, flags=re.I)
    ignore = re.match(r"\s*INSERT\s+OR\s+IGNORE\s+INTO\b", masked, flags=re.I)
    if ignore:
        masked = "INSERT INTO" + masked[ignore.end() :].rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    parts = re.split(r"\x00(\d+)\x00", masked)
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(literals[int(part)].replace("%", "%%"))
        else:
            out.append(_placeholders(part))
    return "".join(out)


def _numbered(tokens: list[tuple[str, str]]) -> list[tuple[int, tuple[str, str]]]:
    counted, n = [], 0
    for token in tokens:
        counted.append((n, token))
        if token[0] == "str":
            n += 1
    return counted


def insert_table(sql: str) -> str | None:
    """The table an INSERT writes to (lower case), or None for any other statement."""
    match = re.match(r"\s*INSERT\s+(?:OR\s+\w+\s+)?INTO\s+(\w+)", sql, flags=re.I)
    return match.group(1).lower() if match else None
