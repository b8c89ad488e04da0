"""Today's lists about people: opportunities (商机), birthdays and follow-ups."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from agentbook.domain import enums as E
from agentbook.store.queries import opportunities
from agentbook.store.queries.today_items import ListsBase, TodayItem, birthday_keys, day_of, iso


class PeopleLists(ListsBase):
    # --- opportunities (商机) ----------------------------------------------------------------
    def opportunities(self) -> tuple[list[TodayItem], int]:
        found, total = opportunities.find(self.db, self.today, self.limit)
        items = [
            TodayItem(
                "opportunity",
                f.customer_id,  # the 360 view is where an opportunity is worked on
                f.customer_id,
                f.name,
                f.day,
                (f.day - self.today).days if f.day is not None else 0,
                reference=f.reference,
                label=f.detail,
                amount=f.amount,
                status=f.kind,
                policy_id=f.policy_id,
            )
            for f in found
        ]
        return items, total

    # --- people ------------------------------------------------------------------------
    def birthdays(self) -> tuple[list[TodayItem], int]:
        """Individuals whose birthday falls in the coming days, the nearest first, less those
        greeted lately. Counted on the birthday index less the few greeted (found from those
        greetings), and ranked a day at a time on the same index until the list is full — rather
        than the contact log asked once for each birthday of the week."""
        keys = birthday_keys(self.today, self.birthday_days)
        marks = ",".join(f":k{n}" for n in range(len(keys)))
        params: dict[Any, Any] = {f"k{n}": key for n, key in enumerate(keys)}
        params["greeted_since"] = iso(self.today - timedelta(days=self.birthday_days))
        # On the index that holds kind and lifecycle beside the day: read without the table.
        people = (
            "FROM customer c INDEXED BY customer_birthday WHERE substr(c.birth_date, 6, 5) IN ({marks})"
            " AND c.birth_date IS NOT NULL"
            " AND c.kind = 'individual' AND c.lifecycle <> 'terminated'"
        )
        greeted = {
            cid
            for (cid,) in self.db.read(
                "SELECT t.customer_id FROM contact t INDEXED BY contact_purpose_policy"
                " WHERE t.purpose = 'birthday' AND t.contacted_at >= :greeted_since",
                params,
            )
        }
        total = self.db.read_int(f"SELECT count(*) {people.format(marks=marks)}", params) - self.db.read_int(
            f"SELECT count(*) {people.format(marks=marks)} AND c.id IN (SELECT t.customer_id FROM contact t"
            " INDEXED BY contact_purpose_policy WHERE t.purpose = 'birthday' AND t.contacted_at >= :greeted_since)",
            params,
        )
        by_day: dict[int, list[str]] = {}
        for key, days in keys.items():
            by_day.setdefault(days, []).append(key)
        ids: list[int] = []
        for days in sorted(by_day):
            if len(ids) >= self.limit:
                break
            day_keys = {f"d{n}": key for n, key in enumerate(by_day[days])}
            found = self.db.read(
                f"SELECT c.id {people.format(marks=','.join(f':{k}' for k in day_keys))} ORDER BY c.id", day_keys
            )
            ids += [cid for (cid,) in found if cid not in greeted][: self.limit - len(ids)]
        details: dict[int, tuple[Any, ...]] = {}
        if ids:
            found = self.db.read(
                f"SELECT c.id, c.name, c.birth_date FROM customer c WHERE c.id IN ({_marks(ids)})", ids
            )
            details = {r[0]: r for r in found}
        rows = [details[cid] for cid in ids if cid in details]
        items = []
        for cid, name, born in rows:
            birth = day_of(born)
            assert birth is not None
            left = keys[f"{birth:%m-%d}"]
            day = self.today + timedelta(days=left)
            items.append(TodayItem("birthday", cid, cid, name, day, left, age=day.year - birth.year, urgent=left == 0))
        return items, total

    def follow_ups(self) -> tuple[list[TodayItem], int]:
        params = {"today": iso(self.today), "until": iso(self.today + timedelta(days=self.follow_up_days))}
        body = (
            "FROM contact t WHERE t.follow_up_done = 0 AND t.follow_up_date IS NOT NULL AND t.follow_up_date <= :until"
        )
        total = self.db.read_one(f"SELECT count(*) {body}", params)
        rows = self.page(
            "t",
            body,
            # Today's first, then the most recently missed, then the coming days.
            "t.follow_up_date > :today, CASE WHEN t.follow_up_date > :today THEN t.follow_up_date END,"
            " t.follow_up_date DESC, t.id",
            params,
            "SELECT t.id, c.id, c.name, t.follow_up_date, t.summary, t.purpose, t.policy_id"
            " FROM contact t JOIN customer c ON c.id = t.customer_id WHERE t.id IN ({ids})",
        )
        items = []
        for tid, cid, name, follow, summary, purpose, pid in rows:
            day = day_of(follow)
            assert day is not None
            left = (day - self.today).days
            items.append(
                TodayItem(
                    "follow_up",
                    tid,
                    cid,
                    name,
                    day,
                    left,
                    label=summary,
                    status=E.ContactPurpose(purpose),
                    policy_id=pid,
                    urgent=left < 0,
                )
            )
        return items, int(total[0]) if total else 0

    # --- service -----------------------------------------------------------------------


def _marks(values: list[int]) -> str:
    return ",".join("?" * len(values))
