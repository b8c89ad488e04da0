"""The demo generator: deterministic, valid by the domain's own rules, and filling the Today view."""

from __future__ import annotations

import copy
import dataclasses
from collections import Counter
from datetime import date, timedelta

import pytest

from agentbook.demo.generator import demo_dataset
from agentbook.domain import enums as E
from agentbook.domain.schedules import add_months
from agentbook.domain.validation import (
    validate_claim,
    validate_contact,
    validate_customer,
    validate_payment,
    validate_policy,
    validate_relationship,
)
from agentbook.store.api import Store
from agentbook.store.operations.bulk import Dataset
from tests.conftest import TODAY


def in_days(day: date | None, low: int, high: int) -> bool:
    return day is not None and TODAY + timedelta(days=low) <= day <= TODAY + timedelta(days=high)


def next_birthday(born: date) -> date:
    for year in (TODAY.year, TODAY.year + 1):
        try:
            day = born.replace(year=year)
        except ValueError:  # 29 February
            day = date(year, 3, 1)
        if day >= TODAY:
            return day
    raise AssertionError(born)


class TestDeterminism:
    def test_same_seed_same_data(self, demo_data: Dataset) -> None:
        assert demo_dataset(200, seed=7, today=TODAY) == demo_data

    def test_other_seed_other_data(self, demo_data: Dataset) -> None:
        other = demo_dataset(200, seed=8, today=TODAY)
        assert [c.name for c in other.customers] != [c.name for c in demo_data.customers]

    def test_size(self, demo_data: Dataset) -> None:
        assert 200 <= len(demo_data.customers) <= 210
        assert len(demo_dataset(30, seed=1, today=TODAY).customers) >= 30


class TestValidity:
    def test_customers(self, demo_data: Dataset) -> None:
        for customer in demo_data.customers:
            assert validate_customer(customer, TODAY) == [], customer

    def test_policies(self, demo_data: Dataset) -> None:
        for pol in demo_data.policies:
            assert validate_policy(pol) == [], pol

    def test_payments(self, demo_data: Dataset) -> None:
        for pay in demo_data.payments:
            assert validate_payment(pay) == [], pay

    def test_claims(self, demo_data: Dataset) -> None:
        for claim in demo_data.claims:
            assert validate_claim(claim, TODAY) == [], claim

    def test_contacts_and_relationships(self, demo_data: Dataset) -> None:
        for entry in demo_data.contacts:
            assert validate_contact(entry) == [], entry
        for rel in demo_data.relationships:
            assert validate_relationship(rel) == [], rel

    def test_unique_numbers(self, demo_data: Dataset) -> None:
        def dupes(values: list[str]) -> list[str]:
            return [v for v, n in Counter(values).items() if n > 1]

        assert dupes([c.archive_no for c in demo_data.customers]) == []
        assert dupes([c.id_number for c in demo_data.customers if c.id_number]) == []
        assert dupes([p.policy_no for p in demo_data.policies]) == []
        assert dupes([k.claim_no for k in demo_data.claims]) == []
        individuals = [c.mobile for c in demo_data.customers if c.mobile and c.kind is E.CustomerKind.INDIVIDUAL]
        assert dupes(individuals) == []

    def test_payment_schedule_follows_the_policy(self, demo_data: Dataset) -> None:
        policies = {p.id: p for p in demo_data.policies}
        for pay in demo_data.payments:
            pol = policies[pay.policy_id]
            step = 12 // max(pol.payment_mode.periods_per_year, 1)
            assert pol.effective_date is not None
            assert pay.due_date == add_months(pol.effective_date, (pay.period - 1) * step), pay
            assert pay.amount_due == pol.premium
            if pay.status is E.PaymentStatus.PAID:
                assert pay.paid_date is not None and pay.paid_date <= TODAY

    def test_loads_into_the_store_with_intact_references(self, demo_store: Store, demo_data: Dataset) -> None:
        assert demo_store.db.read("PRAGMA foreign_key_check") == []
        generated = demo_data.counts()
        consents = generated.pop("consent_event")  # the store's counts leave the consent register out
        assert {k: v for k, v in demo_store.counts().items() if k != "audit_log"} == {
            **generated,
            "beneficiary": sum(len(p.beneficiaries) for p in demo_data.policies),
        }
        assert demo_store.db.read_one("SELECT count(*) FROM consent_event")[0] == consents > 0
        # What the store reads back is what was generated.
        first = demo_data.customers[0]
        loaded = demo_store.customers.get(first.id)  # type: ignore[arg-type]
        assert (loaded.name, loaded.id_number, loaded.tags) == (first.name, first.id_number, first.tags)
        pol = next(p for p in demo_data.policies if p.beneficiaries)
        stored = demo_store.policies.get(pol.id).beneficiaries  # type: ignore[arg-type]
        assert [dataclasses.replace(b, id=None) for b in stored] == pol.beneficiaries

    def test_bulk_load_is_all_or_nothing(self, store: Store, demo_data: Dataset) -> None:
        broken = copy.deepcopy(demo_data)
        broken.contacts[-1].customer_id = 999_999  # a dangling reference at the very end
        before = store.counts()
        with pytest.raises(Exception):  # noqa: B017 - any refusal will do, as long as nothing stays
            store.load_dataset(broken)
        assert store.counts() == before


class TestVariety:
    def test_every_kind_line_and_status_occurs(self, demo_data: Dataset) -> None:
        assert {c.kind for c in demo_data.customers} == set(E.CustomerKind)
        assert {c.lifecycle for c in demo_data.customers} == set(E.Lifecycle)
        assert {p.business_line for p in demo_data.policies} == set(E.BusinessLine)
        assert {p.payment_mode for p in demo_data.policies} == set(E.PaymentMode)
        assert {k.status for k in demo_data.claims} == set(E.ClaimStatus)
        assert {t.channel for t in demo_data.contacts} == set(E.ContactChannel)
        # opportunities are answered in the app (Today), not part of the generated history
        assert {t.purpose for t in demo_data.contacts} == set(E.ContactPurpose) - {E.ContactPurpose.OPPORTUNITY}
        assert {y.status for y in demo_data.payments} >= {E.PaymentStatus.PAID, E.PaymentStatus.DUE}

    def test_families_firms_and_beneficiaries(self, demo_data: Dataset) -> None:
        relations = Counter(r.relation for r in demo_data.relationships)
        assert (
            relations[E.RelationKind.SPOUSE] and relations[E.RelationKind.CHILD] and relations[E.RelationKind.EMPLOYEE]
        )
        with_two = [p for p in demo_data.policies if len(p.beneficiaries) == 2]
        assert with_two, "some policies split the benefit between two people"
        assert any(p.policyholder_id != p.insured_id for p in demo_data.policies)

    def test_names_look_chinese(self, demo_data: Dataset) -> None:
        people = [c for c in demo_data.customers if c.kind is E.CustomerKind.INDIVIDUAL]
        assert all(2 <= len(c.name) <= 4 for c in people)
        assert all("\u4e00" <= c.name[0] <= "\u9fff" for c in people)


class TestTodayView:
    """Every list of the agent's Today view has something in it on TODAY."""

    @pytest.mark.parametrize(("low", "high"), [(0, 30), (31, 60), (61, 90)])
    def test_policies_expiring(self, demo_data: Dataset, low: int, high: int) -> None:
        expiring = [
            p for p in demo_data.policies if p.status is E.PolicyStatus.IN_FORCE and in_days(p.expiry_date, low, high)
        ]
        assert expiring, f"no in-force policy expiring in {low}–{high} days"

    def test_overdue_payments(self, demo_data: Dataset) -> None:
        overdue = [y for y in demo_data.payments if y.status_on(TODAY) is E.PaymentStatus.OVERDUE]
        due_soon = [y for y in demo_data.payments if y.status is E.PaymentStatus.DUE and in_days(y.due_date, 0, 30)]
        assert overdue and due_soon

    def test_birthdays_this_week(self, demo_data: Dataset) -> None:
        born = [c for c in demo_data.customers if c.birth_date and next_birthday(c.birth_date) <= TODAY + timedelta(6)]
        assert born

    def test_follow_ups_due(self, demo_data: Dataset) -> None:
        due = [t for t in demo_data.contacts if not t.follow_up_done and t.follow_up_date and t.follow_up_date <= TODAY]
        assert due

    def test_open_claims(self, demo_data: Dataset) -> None:
        assert [k for k in demo_data.claims if k.status.is_open]


class TestClaimHistory:
    def test_history_ends_in_the_current_status(self, demo_data: Dataset) -> None:
        for claim in demo_data.claims:
            assert claim.history and claim.history[-1].status is claim.status

    def test_noop_update_adds_no_status_change(self, demo_store: Store) -> None:
        """Saving a loaded claim unchanged must not invent a status change, whatever its timestamps."""
        for claim in demo_store.claims.find("1"):
            before = len(claim.history)
            demo_store.claims.update(claim)
            assert len(demo_store.claims.get(claim.id).history) == before, claim.claim_no  # type: ignore[arg-type]

    @pytest.mark.xfail(reason="generator: history moments are random hours, clamped to TODAY, so not in order")
    def test_history_is_chronological(self, demo_data: Dataset) -> None:
        for claim in demo_data.claims:
            moments = [h.changed_at for h in claim.history]
            assert moments == sorted(moments), claim.claim_no


class TestRealism:
    """Known shortcomings of the generator (src/agentbook/demo is outside this branch's remit).
    Strict xfails: whoever fixes the generator is told to drop the marker."""

    @pytest.mark.xfail(reason="generator: a single person's policy names the insured as its own beneficiary")
    def test_insured_is_not_their_own_beneficiary(self, demo_data: Dataset) -> None:
        for pol in demo_data.policies:
            assert all(b.customer_id != pol.insured_id for b in pol.beneficiaries), pol.policy_no

    @pytest.mark.xfail(reason="generator: an employee's policy can name the firm, as 配偶 or 子女")
    def test_beneficiaries_are_people(self, demo_data: Dataset) -> None:
        kinds = {c.id: c.kind for c in demo_data.customers}
        for pol in demo_data.policies:
            for b in pol.beneficiaries:
                assert b.customer_id is None or kinds[b.customer_id] is E.CustomerKind.INDIVIDUAL, pol.policy_no

    @pytest.mark.xfail(reason="generator: relation is 配偶 whenever genders differ, 子女 otherwise")
    def test_beneficiary_relation_matches_the_relationships(self, demo_data: Dataset) -> None:
        spouses = {
            frozenset((r.customer_id, r.related_id))
            for r in demo_data.relationships
            if r.relation is E.RelationKind.SPOUSE
        }
        for pol in demo_data.policies:
            for b in pol.beneficiaries:
                if b.relation is E.RelationKind.SPOUSE:
                    assert frozenset((b.customer_id, pol.insured_id)) in spouses, pol.policy_no


def test_demo_data_is_valid_and_covers_the_agents_day(demo_data):
    from agentbook.domain.validation import (
        validate_claim,
        validate_contact,
        validate_customer,
        validate_payment,
        validate_policy,
    )

    assert all(validate_customer(c, TODAY) == [] for c in demo_data.customers)
    assert all(validate_policy(p) == [] for p in demo_data.policies)
    assert all(validate_payment(p) == [] for p in demo_data.payments)
    assert all(validate_claim(k, TODAY) == [] for k in demo_data.claims)
    assert all(validate_contact(t) == [] for t in demo_data.contacts)
    kinds = {c.kind for c in demo_data.customers}
    assert kinds == set(E.CustomerKind)
    assert {k.status for k in demo_data.claims} == set(E.ClaimStatus)
    assert any(p.status_on(TODAY) is E.PaymentStatus.OVERDUE for p in demo_data.payments)
    assert any(p.expiry_date and 0 <= (p.expiry_date - TODAY).days <= 90 for p in demo_data.policies)
    assert any(
        c.birth_date and 0 <= (c.birth_date.replace(year=TODAY.year) - TODAY).days < 7
        for c in demo_data.customers
        if c.birth_date and c.birth_date.month != 2
    )
    assert any(t.follow_up_date and not t.follow_up_done and t.follow_up_date <= TODAY for t in demo_data.contacts)


def test_demo_generator_is_deterministic():
    from agentbook.demo.generator import demo_dataset

    first, second = demo_dataset(50, seed=11, today=TODAY), demo_dataset(50, seed=11, today=TODAY)
    assert first.customers == second.customers and first.policies == second.policies


def test_a_seed_gives_the_same_archive_in_every_process():
    """Two interpreters with different string hashing draw the same demo archive."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import hashlib, datetime\n"
        "from agentbook.demo.generator import demo_dataset\n"
        f"data = demo_dataset(60, seed=11, today=datetime.date({TODAY.year}, {TODAY.month}, {TODAY.day}))\n"
        "print(hashlib.sha256(repr((data.customers, data.policies, data.contacts)).encode()).hexdigest())\n"
    )
    src = str(Path(__file__).resolve().parents[2] / "src")
    digests = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": src},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for hash_seed in ("1", "2", "3")
    }
    assert len(digests) == 1


def test_every_demo_claim_has_what_its_state_requires(demo_data: Dataset) -> None:
    """A paid claim with its amount, date and documents; a refusal with its date and reason."""
    from agentbook.domain.validation import claim_status_requirements

    assert [k.claim_no for k in demo_data.claims if claim_status_requirements(k)] == []
    assert any(k.status is E.ClaimStatus.REJECTED for k in demo_data.claims)


class TestMarketRealism:
    """What an agent would laugh at: the wrong insurer, an absurd sum insured, a made-up place."""

    def test_products_belong_to_insurers_of_the_right_kind(self, demo_data: Dataset) -> None:
        from agentbook.demo.market import LIFE_INSURERS, PROPERTY_INSURERS

        for pol in demo_data.policies:
            if pol.business_line in (E.BusinessLine.AUTO, E.BusinessLine.PROPERTY):
                assert pol.insurer in PROPERTY_INSURERS, (pol.product, pol.insurer)
            if pol.business_line in (E.BusinessLine.LIFE, E.BusinessLine.ANNUITY) or "重疾" in pol.product:
                assert pol.insurer in LIFE_INSURERS, (pol.product, pol.insurer)

    def test_sums_insured_fit_the_product(self, demo_data: Dataset) -> None:
        limits = {
            "交强险": (200_000, 200_000),
            "百万医疗险": (1_000_000, 6_000_000),
            "定期寿险（百万守护）": (500_000, 3_000_000),
            "重大疾病保险（康宁）": (100_000, 500_000),
        }
        seen = set()
        for pol in demo_data.policies:
            if pol.product in limits:
                low, high = limits[pol.product]
                assert low <= pol.sum_insured <= high, (pol.product, pol.sum_insured)
                seen.add(pol.product)
        assert seen == set(limits)

    def test_addresses_are_mainland_cities(self, demo_data: Dataset) -> None:
        from agentbook.demo.market import CITIES

        addressed = [c for c in demo_data.customers if c.address]
        assert addressed
        for customer in addressed:
            assert "香港" not in customer.address and "澳门" not in customer.address and "台湾" not in customer.address
            assert any(customer.address.startswith(city + district) for city, district in CITIES), customer.address

    def test_consent_flags_and_consent_history_agree(self, demo_data: Dataset) -> None:
        from agentbook.domain.consent import ConsentAction, ConsentKind

        given = {(e.customer_id, e.kind) for e in demo_data.consent_events if e.action is ConsentAction.GIVEN}
        for customer in demo_data.customers:
            has_general = (customer.id, ConsentKind.GENERAL) in given
            assert has_general == (customer.consent_date is not None), customer.name
            assert ((customer.id, ConsentKind.SENSITIVE) in given) == bool(customer.consent_sensitive), customer.name


def test_the_demo_archive_shows_the_consents_in_the_history(demo_store) -> None:
    customer = next(c for c in demo_store.customers.find("consent_date IS NOT NULL", order="id"))
    history = demo_store.consent_history(customer.id)  # type: ignore[arg-type]
    assert history and history[0].on_date == customer.consent_date
