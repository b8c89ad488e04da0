"""The flat 客户档案管理表: one row per policy with its customer, latest payment, claim and contact.

This is the table agents already keep in Excel; the branch office wants it back in that shape.
Each "latest" value is a correlated lookup through an index, so rows stream in policy order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from agentbook.domain import enums as E
from agentbook.store.db.database import Database
from agentbook.store.db.mapping import from_db
from agentbook.store.queries.list_specs import ListColumn

# The instalment a row reports (joined as ``y``): the latest one paid; before the first payment,
# the earliest one still open (to come or overdue); for a policy whose premiums are all waived,
# the first waived one. A policy's schedule is generated to its end, so its last instalment lies
# years ahead and says nothing about what was paid. Open instalments are stored as 'due' (overdue
# is derived from the date); each lookup walks an index of the policy's payments.
_SHOWN_PAYMENT = (
    "coalesce("
    "(SELECT y.id FROM payment y WHERE y.policy_id = p.id AND y.status = 'paid' ORDER BY y.period DESC LIMIT 1),"
    " (SELECT y.id FROM payment y WHERE y.policy_id = p.id AND y.status = 'due' ORDER BY y.due_date LIMIT 1),"
    " (SELECT y.id FROM payment y WHERE y.policy_id = p.id AND y.status = 'waived' ORDER BY y.period LIMIT 1))"
)
_LAST_CLAIM = "(SELECT {col} FROM claim k WHERE k.policy_id = p.id ORDER BY k.filed_date DESC, k.id DESC LIMIT 1)"
_LAST_CONTACT = (
    "(SELECT {col} FROM contact t WHERE t.customer_id = p.policyholder_id"
    " ORDER BY t.contacted_at DESC, t.id DESC LIMIT 1)"
)

COLUMNS: tuple[tuple[str, ListColumn], ...] = (
    ("客户姓名", ListColumn("name", "h.name")),
    ("身份证号码", ListColumn("id_number", "h.id_number", sensitive="id_number")),
    ("联系方式", ListColumn("mobile", "h.mobile", sensitive="phone")),
    ("地址", ListColumn("address", "h.address")),
    ("保单号", ListColumn("policy_no", "p.policy_no")),
    ("保险公司", ListColumn("insurer", "p.insurer")),
    ("保险产品名称", ListColumn("product", "p.product")),
    ("保险金额", ListColumn("sum_insured", "p.sum_insured", "money")),
    ("保险起始日期", ListColumn("effective_date", "p.effective_date", "date")),
    ("保险到期日期", ListColumn("expiry_date", "p.expiry_date", "date")),
    ("缴费方式", ListColumn("payment_mode", "p.payment_mode", "enum", E.PaymentMode)),
    ("缴费金额", ListColumn("amount", "coalesce(y.amount_paid, y.amount_due)", "money")),
    ("缴费日期", ListColumn("paid_date", "coalesce(y.paid_date, y.due_date)", "date")),
    (
        "缴费状态",
        ListColumn(
            "payment_status",
            "CASE WHEN y.status = 'due' AND y.due_date < :today THEN 'overdue' ELSE y.status END",
            "enum",
            E.PaymentStatus,
        ),
    ),
    ("理赔申请日期", ListColumn("claim_filed", _LAST_CLAIM.format(col="k.filed_date"), "date")),
    ("理赔金额", ListColumn("claim_amount", _LAST_CLAIM.format(col="k.amount_claimed"), "money")),
    ("理赔状态", ListColumn("claim_status", _LAST_CLAIM.format(col="k.status"), "enum", E.ClaimStatus)),
    ("沟通日期", ListColumn("contact_date", _LAST_CONTACT.format(col="t.contacted_at"), "datetime")),
    ("沟通方式", ListColumn("contact_channel", _LAST_CONTACT.format(col="t.channel"), "enum", E.ContactChannel)),
    ("沟通内容", ListColumn("contact_summary", _LAST_CONTACT.format(col="t.summary"))),
    ("后续跟进", ListColumn("follow_up", _LAST_CONTACT.format(col="t.follow_up_date"), "date")),
)


def count(db: Database) -> int:
    return db.read_int("SELECT count(*) FROM policy")


def rows(db: Database, batch: int = 2000) -> Iterator[tuple[Any, ...]]:
    """Converted rows in policy-number order, fetched in batches (memory stays flat)."""
    select = ", ".join(c.sql for _h, c in COLUMNS)
    sql = (
        f"SELECT p.id, {select} FROM policy p JOIN customer h ON h.id = p.policyholder_id"
        f" LEFT JOIN payment y ON y.id = {_SHOWN_PAYMENT}"
        " WHERE p.id > :after ORDER BY p.id LIMIT :batch"
    )
    after = 0
    columns = [c for _h, c in COLUMNS]
    while True:
        page = db.read(sql, {"after": after, "batch": batch, "today": db.today().isoformat()})
        if not page:
            return
        sealer = db.sealer  # a branch keeps ID numbers and mobiles sealed (store/branch/sealing)
        for raw in page:
            values = raw[1:] if sealer is None else [sealer.open(v) for v in raw[1:]]
            yield tuple(from_db(c.kind, v, c.enum) for c, v in zip(columns, values, strict=True))
        after = page[-1][0]
