"""A batch's sheet data read in a few queries holds exactly what the sheet reads one customer at a time."""

from __future__ import annotations

import pytest

from agentbook.store.api import Store
from agentbook.store.errors import NotFoundError

PRINTED = ("customer", "relations", "policies", "payments", "claims", "contacts", "names", "services")


@pytest.mark.parametrize("contact_limit", [None, 3])
def test_every_printed_section_equals_the_single_customer_read(demo_store: Store, contact_limit: int | None) -> None:
    ids = [row[0] for row in demo_store.db.read("SELECT id FROM customer ORDER BY archive_no DESC")]
    batch = demo_store.sheet_data([*ids, ids[0]], contact_limit=contact_limit)  # a repeat is read once
    assert [data.customer.id for data in batch] == ids
    busy = 0
    for data in batch:
        one = demo_store.customer_360(data.customer.id, contact_limit=contact_limit)
        for section in PRINTED:
            assert getattr(data, section) == getattr(one, section), (data.customer.id, section)
        busy += bool(one.policies and one.payments and one.claims and one.relations and one.contacts)
        assert not data.attachments and not data.loans and not data.commissions and data.paper_location is None
    assert busy >= 5  # the demo archive gives the comparison something to compare


def test_an_unknown_customer_is_refused_as_the_single_read_refuses_it(demo_store: Store) -> None:
    with pytest.raises(NotFoundError):
        demo_store.sheet_data([1, 999_999])
    assert demo_store.sheet_data([]) == []
