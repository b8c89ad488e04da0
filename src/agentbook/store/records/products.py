"""The product catalogue: what each product covers, feeding the policy dialog and the review.

A new archive starts with the common products of ``domain.cover.SEED_PRODUCTS``; the agent edits
them like any record (validated, audited). The catalogue is small (tens to hundreds of rows), so
it is read whole.
"""

from __future__ import annotations

from typing import ClassVar

from agentbook.domain import enums as E
from agentbook.domain.cover import Product, kinds_from_text, kinds_text, seed_products, validate_product
from agentbook.domain.validation import FieldError
from agentbook.store.db.database import Database
from agentbook.store.db.mapping import Col, to_db
from agentbook.store.records.repository import Repository


class KindsCol(Col):
    """A product's kinds of cover, stored as their codes joined by commas."""

    def to_db(self, value: tuple[E.CoverKind, ...]) -> str:
        return kinds_text(value)

    def from_db(self, value: str) -> tuple[E.CoverKind, ...]:
        return kinds_from_text(value or "")


class ProductRepository(Repository[Product]):
    table = "product"
    entity = "product"
    model = Product
    columns: ClassVar[tuple[Col, ...]] = (
        Col("insurer"),
        Col("name"),
        Col("business_line", "enum", E.BusinessLine),
        KindsCol("kinds"),
        Col("usual_years", "int"),
        Col("waiting_days", "int"),
        Col("deductible", "money"),
        Col("remarks"),
    )

    def normalize(self, obj: Product) -> None:
        obj.insurer = obj.insurer.strip()
        obj.name = obj.name.strip()

    def validate(self, obj: Product) -> list[FieldError]:
        return validate_product(obj)

    def catalogue(self) -> list[Product]:
        """Every entry, by insurer (generic entries last) and name."""
        return self.find("1 = 1", order="insurer = '', insurer, name")


def seed_catalogue(db: Database) -> int:
    """Fill an empty catalogue with the common products; returns how many were added.

    Runs once, when a migration brings the catalogue into an archive: an agent who empties the
    catalogue on purpose does not see it refilled.
    """
    products = seed_products()
    with db.transaction() as conn:
        if conn.execute("SELECT 1 FROM product LIMIT 1").fetchone():
            return 0
        now = db.now()
        conn.executemany(
            "INSERT INTO product (insurer, name, business_line, kinds, usual_years, waiting_days, deductible,"
            " remarks, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    p.insurer,
                    p.name,
                    p.business_line.value,
                    kinds_text(p.kinds),
                    p.usual_years,
                    p.waiting_days,
                    to_db("money", p.deductible),
                    p.remarks,
                    now,
                    now,
                )
                for p in products
            ),
        )
        db.audit("seed", "product", summary=f"{len(products)} rows", after={"rows": len(products)})
    return len(products)
