"""What a family review (保单检视) reads: the household around a customer, its policies with their
covers, unpaid instalments and the catalogue; ``domain.review`` does the arithmetic.

The household is read from the relationships: the customer, spouse, children and parents, the
spouse's children, and everyone sharing a family record (家庭) with them. A family record itself
is a hub, not a member; a firm and its employees are not a household.
"""

from __future__ import annotations

from agentbook.domain import enums as E
from agentbook.domain.review import FamilyReview, Member, ReviewRules, review
from agentbook.store.branch.sealing import opened_rows
from agentbook.store.db.database import Database
from agentbook.store.db.mapping import from_db
from agentbook.store.records.payments import PaymentRepository
from agentbook.store.records.policies import PolicyRepository
from agentbook.store.records.products import ProductRepository

_NEAR = (E.RelationKind.SPOUSE, E.RelationKind.CHILD, E.RelationKind.PARENT, E.RelationKind.SELF)


def _relations(db: Database, customer_id: int) -> list[tuple[int, E.RelationKind]]:
    """(other customer, what they are to *customer_id*) in both directions of the table."""
    out = []
    for other, relation, direct in db.read(
        "SELECT customer_id, relation, 1 FROM relationship WHERE related_id = :id"
        " UNION ALL SELECT related_id, relation, 0 FROM relationship WHERE customer_id = :id",
        {"id": customer_id},
    ):
        kind = E.RelationKind(relation)
        out.append((other, kind if direct else kind.inverse))
    return out


def household(db: Database, customer_id: int) -> dict[int, E.RelationKind]:
    """Members of the household by customer id, with what each is to *customer_id* (SELF for them)."""
    kinds = dict(db.read("SELECT id, kind FROM customer WHERE id = ?", (customer_id,)))
    members: dict[int, E.RelationKind] = {}
    hubs: list[int] = []
    if kinds.get(customer_id) == E.CustomerKind.FAMILY.value:
        hubs.append(customer_id)
    else:
        members[customer_id] = E.RelationKind.SELF
        for other, relation in _relations(db, customer_id):
            if relation in _NEAR:
                members.setdefault(other, relation)
            elif relation is E.RelationKind.MEMBER:
                hubs.append(other)  # a family record, or a member listed directly
        spouses = [cid for cid, r in members.items() if r is E.RelationKind.SPOUSE]
        for spouse in spouses:
            for other, relation in _relations(db, spouse):
                if relation is E.RelationKind.CHILD:
                    members.setdefault(other, E.RelationKind.CHILD)
    for hub in hubs:
        members.setdefault(hub, E.RelationKind.MEMBER)  # dropped below when it is a family record
        for other, relation in _relations(db, hub):
            if relation is E.RelationKind.MEMBER:
                members.setdefault(other, E.RelationKind.MEMBER)
    if not members:
        return {}
    ids = sorted(members)
    marks = ",".join("?" * len(ids))
    people = {r[0] for r in db.read(f"SELECT id FROM customer WHERE id IN ({marks}) AND kind = 'individual'", ids)}
    return {cid: relation for cid, relation in members.items() if cid in people}


def family_review(db: Database, customer_id: int, rules: ReviewRules) -> FamilyReview:
    """The review of *customer_id*'s household as the store's clock sees today."""
    today = db.today()
    related = household(db, customer_id)
    ids = sorted(related)
    members: list[Member] = []
    policies = []
    unpaid = []
    names: dict[int, str] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        rows = db.read(
            f"SELECT id, name, birth_date, annual_income, id_number FROM customer WHERE id IN ({marks})", ids
        )
        rows = opened_rows(db.sealer, rows, (4,))
        order = {E.RelationKind.SELF: 0, E.RelationKind.SPOUSE: 1, E.RelationKind.MEMBER: 2, E.RelationKind.PARENT: 3}
        for cid, name, born, income, id_number in rows:
            members.append(Member(cid, name, related[cid], from_db("date", born), from_db("money", income), id_number))
        members.sort(key=lambda m: (order.get(m.relation, 4), m.birth_date or today, m.customer_id))
        policies = PolicyRepository(db).find(
            f"(insured_id IN ({marks}) OR policyholder_id IN ({marks})) AND status IN ('in_force', 'pending')",
            ids + ids,
            order="effective_date, id",
        )
        policy_ids = [p.id for p in policies if p.id is not None]
        for start in range(0, len(policy_ids), 500):
            chunk = policy_ids[start : start + 500]
            unpaid += PaymentRepository(db).find(
                f"policy_id IN ({','.join('?' * len(chunk))}) AND status = 'due' AND due_date < ?",
                [*chunk, today.isoformat()],
                order="due_date",
            )
        payer_ids = sorted({p.policyholder_id for p in policies})
        if payer_ids:
            payer_marks = ",".join("?" * len(payer_ids))
            names = dict(db.read(f"SELECT id, name FROM customer WHERE id IN ({payer_marks})", payer_ids))
    catalogue = ProductRepository(db).catalogue()
    anchor = customer_id if customer_id in related else (ids[0] if ids else customer_id)
    return review(anchor, members, policies, unpaid, catalogue, today, rules, names)
