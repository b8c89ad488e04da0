"""The tab lists, the search box (records and scans' text), the pickers built on them, and the
flat 客户档案管理表 the Excel export reads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from agentbook.store.facade.session import StoreSession
from agentbook.store.queries import archive_table, scan_search
from agentbook.store.queries.list_specs import SPECS
from agentbook.store.queries.listing import ListQuery, ListRequest
from agentbook.store.queries.search import SearchHit, SearchIndex
from agentbook.store.queries.search_match import Match, MatchReason


class ListsAndSearch(StoreSession):
    """Rows for the tabs and pickers, narrowed by what the search box holds."""

    def list_query(self, tab: str, request: ListRequest | None = None) -> ListQuery:
        return ListQuery(self.db, SPECS[tab], request or ListRequest())

    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """Ranked customers for what the search box holds (on a read connection: never waits)."""

        def run(conn: Any) -> list[SearchHit]:
            # inside this thread's write transaction: the writer's index, with that write's customers
            index = self.db.search_index if conn is self.db.conn else SearchIndex(conn)
            return index.search(text, limit)

        return self.db.run_read(run)

    def search_scans(self, text: str, *, category: str | None = None, limit: int = 200) -> list[scan_search.ScanHit]:
        """Scans whose OCR text holds the words of *text* ("骨折 诊断证明 张三"), newest first."""
        return scan_search.find(self.db, text, category=category, limit=limit)

    def customers_by_scan_text(self, text: str, limit: int = 200) -> list[int]:
        """Customers with a scan that holds the words of *text*, for the search box to add."""
        return scan_search.customer_ids(self.db, text, limit)

    def apply_search(self, tab: str, request: ListRequest, text: str, limit: int = 500) -> ListRequest:
        """*request* narrowed by what the search box holds, for any tab.

        Customers come back in search-rank order; the record tabs show the rows of the
        customers found, or of policies whose number starts with the text.
        """
        text = text.strip()
        filters = {k: v for k, v in request.filters.items() if k != "quick"}
        narrowed = ListRequest(filters, request.sort, request.descending, None)
        if not text:
            return narrowed
        hits = self.search(text, limit)
        ids = [hit.customer_id for hit in hits]
        narrowed.matches = {hit.customer_id: hit.matches for hit in hits}
        # then the customers whose scans hold the words (诊断证明 of 张三 …), after the record matches
        words = scan_search.words_of(text)
        for scan in self.search_scans(text, limit=limit) if words else []:
            if scan.customer_id not in narrowed.matches and len(ids) < limit:
                ids.append(scan.customer_id)
                narrowed.matches[scan.customer_id] = (Match.at(MatchReason.SCAN_TEXT, scan.snippet, words[0]),)
        if tab == "customers":
            narrowed.ranked_ids = ids
        else:
            narrowed.filters["quick"] = (ids, text)
        return narrowed

    def customer_choices(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """(id, "姓名（档案编号）") pairs for a picker: the search box's ranking, few rows."""
        return [(h.customer_id, f"{h.name}（{h.archive_no}）") for h in self.search(text, limit)]

    def customer_label(self, customer_id: int) -> str:
        row = self.db.read_one("SELECT name, archive_no FROM customer WHERE id = ?", (customer_id,))
        return f"{row[0]}（{row[1]}）" if row else ""

    def policy_choices(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """Policies whose number starts with *text*, or of the customers *text* finds."""
        request = self.apply_search("policies", ListRequest(), text)
        query = self.list_query("policies", request)
        spec = query.spec
        number, product, holder = (spec.columns.index(spec.column(k)) for k in ("policy_no", "product", "policyholder"))
        return [(r.id, f"{r.values[number]} {r.values[product]}（{r.values[holder]}）") for r in query.page(0, limit)]

    def policy_label(self, policy_id: int) -> str:
        row = self.db.read_one(
            "SELECT p.policy_no, p.product, c.name FROM policy p JOIN customer c ON c.id = p.policyholder_id"
            " WHERE p.id = ?",
            (policy_id,),
        )
        return f"{row[0]} {row[1]}（{row[2]}）" if row else ""

    def archive_table_rows(self) -> Iterator[tuple[Any, ...]]:
        """The flat 客户档案管理表, one row per policy (Excel export), read in batches."""
        return archive_table.rows(self.db)

    def archive_table_count(self) -> int:
        return archive_table.count(self.db)
