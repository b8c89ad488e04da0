"""The importer writes copies of the plan's records: the repositories fill them in (ids, stamps,
normalised text) and the plan stays as it was, so a failed run can be run again."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal

from agentbook.domain import enums as E
from agentbook.domain.models import Beneficiary, Customer, Policy
from agentbook.importers.execute import _fresh
from tests.store_builders import beneficiary, person, policy


@dataclass
class Unslotted:
    name: str
    items: list[int] = field(default_factory=list)


def test_a_copy_is_equal_and_shares_no_list_or_record_of_a_list() -> None:
    customer = person("王伟", tags=("VIP",))
    customer.annual_income = Decimal("10.00")
    covered = policy(2, beneficiaries=[beneficiary("王小明", "60"), beneficiary("王小红", "40")])
    for record in (customer, covered, Unslotted("x", [1, 2])):
        before = copy.deepcopy(record)
        clone = _fresh(record)
        assert clone == record and type(clone) is type(record) and clone is not record
        for f in fields(record):  # type: ignore[arg-type]
            value = getattr(record, f.name)
            if isinstance(value, list):
                assert getattr(clone, f.name) is not value
                for a, b in zip(getattr(clone, f.name), value, strict=True):
                    assert a == b and (a is not b or not isinstance(a, Beneficiary))
        if isinstance(clone, Customer):
            clone.id, clone.name, clone.birth_date = 7, "改", date(2000, 1, 1)
        if isinstance(clone, Policy):
            clone.beneficiaries[0].share = Decimal("1")
            clone.beneficiaries.append(clone.beneficiaries[0])
            clone.business_line = E.BusinessLine.HEALTH
        assert record == before
