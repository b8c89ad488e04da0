"""Relationships between customers: the families and firms behind the records."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from agentbook.domain import enums as E
from agentbook.domain.models import Relationship
from agentbook.domain.validation import FieldError, validate_relationship
from agentbook.store.db.mapping import Col
from agentbook.store.records.repository import Repository


@dataclass(frozen=True, slots=True)
class RelatedPerson:
    """A relationship seen from one customer: who the other is and what they are to them."""

    relationship_id: int
    other_id: int
    other_name: str
    other_archive_no: str
    relation: E.RelationKind  # what the other is to the customer asked about


class RelationshipRepository(Repository[Relationship]):
    table = "relationship"
    entity = "relationship"
    model = Relationship
    columns: ClassVar[tuple[Col, ...]] = (
        Col("customer_id", "int"),
        Col("related_id", "int"),
        Col("relation", "enum", E.RelationKind),
        Col("remarks"),
    )

    def validate(self, obj: Relationship) -> list[FieldError]:
        return validate_relationship(obj)

    def customer_of(self, obj: Relationship) -> int | None:
        return obj.related_id

    def of_customer(self, customer_id: int) -> list[RelatedPerson]:
        """Both directions: rows where the customer is either side, relation read from their side."""
        out: list[RelatedPerson] = []
        for rid, other, name, archive_no, relation, direct in self.db.read(
            "SELECT r.id, r.customer_id, c.name, c.archive_no, r.relation, 1 FROM relationship r"
            " JOIN customer c ON c.id = r.customer_id WHERE r.related_id = :id"
            " UNION ALL"
            " SELECT r.id, r.related_id, c.name, c.archive_no, r.relation, 0 FROM relationship r"
            " JOIN customer c ON c.id = r.related_id WHERE r.customer_id = :id",
            {"id": customer_id},
        ):
            kind = E.RelationKind(relation)
            out.append(RelatedPerson(rid, other, name, archive_no, kind if direct else kind.inverse))
        return out
