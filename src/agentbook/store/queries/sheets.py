"""What archive sheets print, for a whole batch of customers in a few queries.

``Store.customer_360`` asks a dozen questions per customer; a batch of a thousand sheets spent a
quarter of its time on them. Here each section is one query over the batch's customers, and
its rows are handed out to the customers they belong to by the same rules the single-customer
queries use (a policy is the holder's, the insured's and each named beneficiary's; a payment,
claim or 保全 request follows its policy's holder and insured). Each query keeps the order of
its single-customer twin, so every customer's list comes out in the same order.

Only the sections the sheet prints are read: attachments, the paper file's location, its loans
and the commission lines stay empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agentbook.domain import enums as E
from agentbook.domain.models import Policy
from agentbook.store.errors import NotFoundError
from agentbook.store.records.relationships import RelatedPerson
from agentbook.store.repositories import Repositories


def read(repos: Repositories, customer_ids: Sequence[int], contact_limit: int | None) -> list[dict[str, Any]]:
    """The keyword arguments of a ``Customer360`` for each of *customer_ids*, in their order."""
    ids = list(dict.fromkeys(int(i) for i in customer_ids))
    if not ids:
        return []
    params: dict[str, Any] = {f"c{n}": i for n, i in enumerate(ids)}
    batch = ",".join(f":c{n}" for n in range(len(ids)))
    held = f"SELECT id FROM policy WHERE policyholder_id IN ({batch}) OR insured_id IN ({batch})"

    customers = {c.id: c for c in repos.customers.find(f"id IN ({batch})", params)}
    missing = [i for i in ids if i not in customers]
    if missing:
        raise NotFoundError(f"customer {missing[0]}")
    policies = repos.policies.find(
        f"policyholder_id IN ({batch}) OR insured_id IN ({batch})"
        f" OR id IN (SELECT policy_id FROM beneficiary WHERE customer_id IN ({batch}))",
        params,
        order="effective_date DESC, id DESC",
    )
    payments = repos.payments.find(
        f"policy_id IN ({held})",
        {**params, "today": repos.db.today().isoformat()},
        order="abs(julianday(due_date) - julianday(:today)), due_date, id",
    )
    claims = repos.claims.find(
        f"claimant_id IN ({batch}) OR policy_id IN ({held})", params, order="filed_date DESC, id DESC"
    )
    services = repos.services.find(f"policy_id IN ({held})", params, order="applied_on DESC, id DESC")
    contacts = _contacts(repos, batch, params, contact_limit)
    relations = _relations(repos, batch, params)

    wanted = set(ids)
    by_policy: dict[int, list[int]] = {}  # policy → the batch's customers its payments, claims, 保全 follow
    their_policies: dict[int, list[Policy]] = {}
    for p in policies:
        assert p.id is not None
        holders = [i for i in dict.fromkeys((p.policyholder_id, p.insured_id)) if i in wanted]
        by_policy[p.id] = holders
        named = [b.customer_id for b in p.beneficiaries if b.customer_id in wanted]
        for customer_id in dict.fromkeys([*holders, *named]):
            their_policies.setdefault(customer_id, []).append(p)
    their_payments = _hand_out(payments, by_policy)
    their_services = _hand_out(services, by_policy)
    their_claims: dict[int, list[Any]] = {}
    for k in claims:
        for customer_id in dict.fromkeys([k.claimant_id, *by_policy.get(k.policy_id or 0, [])]):
            if customer_id in wanted:
                their_claims.setdefault(customer_id, []).append(k)

    out: list[dict[str, Any]] = []
    party_ids: dict[int, set[int]] = {}
    for customer_id in ids:
        parties = {customer_id}
        for p in their_policies.get(customer_id, []):
            parties |= {p.policyholder_id, p.insured_id}
            parties |= {b.customer_id for b in p.beneficiaries if b.customer_id}
        parties |= {k.claimant_id for k in their_claims.get(customer_id, [])}
        party_ids[customer_id] = parties
    names = _names(repos, set().union(*party_ids.values()))
    for customer_id in ids:
        out.append(
            {
                "customer": customers[customer_id],
                "relations": relations.get(customer_id, []),
                "policies": their_policies.get(customer_id, []),
                "payments": their_payments.get(customer_id, []),
                "claims": their_claims.get(customer_id, []),
                "contacts": contacts.get(customer_id, []),
                "names": {i: names[i] for i in sorted(party_ids[customer_id]) if i in names},
                "services": their_services.get(customer_id, []),
            }
        )
    return out


def _hand_out(rows: list[Any], by_policy: dict[int, list[int]]) -> dict[int, list[Any]]:
    """Rows that carry a ``policy_id``, to each of the batch's customers that policy belongs to."""
    found: dict[int, list[Any]] = {}
    for row in rows:
        for customer_id in by_policy.get(row.policy_id, []):
            found.setdefault(customer_id, []).append(row)
    return found


def _contacts(repos: Repositories, batch: str, params: dict[str, Any], limit: int | None) -> dict[int, list[Any]]:
    """Each customer's latest *limit* contact entries (all without a limit), newest first."""
    if limit:
        where = (
            "id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id"
            f" ORDER BY contacted_at DESC, id DESC) AS n FROM contact WHERE customer_id IN ({batch}))"
            " WHERE n <= :limit)"
        )
        params = {**params, "limit": int(limit)}
    else:
        where = f"customer_id IN ({batch})"
    found: dict[int, list[Any]] = {}
    for entry in repos.contacts.find(where, params, order="contacted_at DESC, id DESC"):
        found.setdefault(entry.customer_id, []).append(entry)
    return found


def _relations(repos: Repositories, batch: str, params: dict[str, Any]) -> dict[int, list[RelatedPerson]]:
    """Both directions, each seen from the customer asked about (as ``RelationshipRepository``)."""
    found: dict[int, list[RelatedPerson]] = {}
    for anchor, rid, other, name, archive_no, relation, direct in repos.db.read(
        "SELECT r.related_id, r.id, r.customer_id, c.name, c.archive_no, r.relation, 1 FROM relationship r"
        f" JOIN customer c ON c.id = r.customer_id WHERE r.related_id IN ({batch})"
        " UNION ALL"
        " SELECT r.customer_id, r.id, r.related_id, c.name, c.archive_no, r.relation, 0 FROM relationship r"
        f" JOIN customer c ON c.id = r.related_id WHERE r.customer_id IN ({batch})",
        params,
    ):
        kind = E.RelationKind(relation)
        found.setdefault(anchor, []).append(
            RelatedPerson(rid, other, name, archive_no, kind if direct else kind.inverse)
        )
    return found


def _names(repos: Repositories, ids: set[int]) -> dict[int, str]:
    wanted = sorted(ids)
    params = {f"n{k}": i for k, i in enumerate(wanted)}
    marks = ",".join(f":n{k}" for k in range(len(wanted)))
    return dict(repos.db.read(f"SELECT id, name FROM customer WHERE id IN ({marks})", params))
