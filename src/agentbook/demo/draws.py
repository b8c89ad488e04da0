"""What every part of the demo generator shares: the one seeded ``random.Random``, the day the
archive is dated around, the scale, Faker's pools drawn once, the numbers already given out, and
the small draws of money and moments.

Every part draws from the same stream in the order ``DemoGenerator.generate`` calls it; that order,
not the module a draw sits in, keeps a given seed and date giving the same archive.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from faker import Faker
from faker.providers.person.zh_CN import Provider as PersonProvider

from agentbook.demo.market import addresses


@dataclass(frozen=True, slots=True)
class Scale:
    """How much of everything per customer; the defaults give the benchmark's proportions."""

    policies_per_customer: float = 2.5
    claims_per_customer: float = 0.3
    contacts_per_customer: float = 4.0
    payments_per_policy: float = 6.0
    max_payments_per_policy: int = 12  # history kept per policy: the latest instalments
    complaints_per_customer: float = 0.03
    renewed_share: float = 0.6  # one-year cover with last year's policy renewed into it
    lost_share: float = 0.15  # one-year cover that ended in the past year and was not renewed


def record_id(record: Any) -> int:
    """The id this generator gave *record* (every generated record gets one before it is used)."""
    assert record.id is not None
    return int(record.id)


def poisson_count(rng: random.Random, mean: float) -> int:
    """A small non-negative count around *mean* (geometric-ish spread, cheap to draw)."""
    whole = int(mean)
    return (
        whole + (1 if rng.random() < mean - whole else 0) + rng.choice((-1, 0, 0, 1))
        if whole
        else (1 if rng.random() < mean else 0)
    )


class Draws:
    """The generator's state; the parts (people, policies, payments and claims, contacts) are
    built on it."""

    def __init__(self, today: date, seed: int = 2024, scale: Scale | None = None) -> None:
        self.rng = random.Random(seed)
        self.today = today  # the store's today: schedules, ages and due dates hang on it
        self.scale = scale or Scale()
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        # Faker's addresses are not used (see market.addresses) but still drawn: they advance the
        # stream the companies and jobs come from, so a seed keeps giving the archive it gave.
        for _ in range(1500):
            fake.address()
        self.addresses = addresses(random.Random(seed), 1500)
        # In the order drawn, not a set's: a set of strings is ordered by their hashes, which
        # change from one Python process to the next (PYTHONHASHSEED).
        self.companies = list(dict.fromkeys(fake.company() for _ in range(600)))
        self.jobs = [fake.job() for _ in range(300)]
        weights = PersonProvider.last_names
        self.last_names = list(weights)
        self.last_weights = list(weights.values())
        self.first_names = list(PersonProvider.first_names)
        self.first_male = list(getattr(PersonProvider, "first_names_male", self.first_names))
        self.first_female = list(getattr(PersonProvider, "first_names_female", self.first_names))
        self._ids: set[str] = set()
        self._mobiles: set[str] = set()
        self._policy_nos: set[str] = set()

    def _money(self, low: int, high: int, step: int = 100) -> Decimal:
        return Decimal(self.rng.randrange(low // step, high // step + 1) * step)

    def _moment(self, day: date) -> datetime:
        return datetime.combine(day, time(self.rng.randrange(8, 20), self.rng.choice((0, 15, 30, 45))))
