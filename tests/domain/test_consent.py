"""Consent (PIPL Arts. 13–15, 28, 29, 31) and data-subject requests (Arts. 44–50) on a real store."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from agentbook.domain import enums as E
from agentbook.domain.consent import (
    ConsentAction,
    ConsentChannel,
    ConsentEvent,
    ConsentKind,
    RequestChannel,
    RequestKind,
    RequestState,
    SubjectRequest,
    add_working_days,
    consent_warnings,
    due_date,
)
from agentbook.domain.validation import ValidationError
from tests.conftest import TODAY
from tests.store_builders import person


def _given(
    customer_id: int, kind: ConsentKind = ConsentKind.GENERAL, on: date = date(2026, 5, 1), **kw
) -> ConsentEvent:
    return ConsentEvent(
        customer_id,
        kind,
        ConsentAction.GIVEN,
        on,
        scope=kw.pop("scope", "客户档案管理、保单服务与回访"),
        channel=kw.pop("channel", ConsentChannel.PAPER),
        **kw,
    )


def _fields(entries) -> list[tuple[str, str]]:
    return [(e.action, e.entity) for e in entries]


def test_recording_consent_sets_the_current_state_history_and_audit(store):
    c = store.customers.create(person("王芳"))
    store.record_consent(_given(c.id))
    store.record_consent(_given(c.id, ConsentKind.SENSITIVE, date(2026, 5, 2), scope="健康告知用于核保"))

    now = store.customers.get(c.id)
    assert now.consent_date == date(2026, 5, 1)
    assert now.consent_scope == "客户档案管理、保单服务与回访"
    assert now.consent_sensitive is True
    history = store.consent_history(c.id)
    assert [(e.kind, e.action) for e in history] == [
        (ConsentKind.SENSITIVE, ConsentAction.GIVEN),
        (ConsentKind.GENERAL, ConsentAction.GIVEN),
    ]
    assert history[1].channel is ConsentChannel.PAPER
    audit = _fields(store.audit_entries(customer_id=c.id))
    assert audit.count(("create", "consent_event")) == 2
    assert audit.count(("update", "customer")) == 2
    assert store.verify_audit_chain() is None


def test_withdrawing_general_consent_clears_everything_and_keeps_history(store):
    c = store.customers.create(person("李雷"))
    store.record_consent(_given(c.id))
    store.record_consent(_given(c.id, ConsentKind.SENSITIVE))
    store.record_consent(ConsentEvent(c.id, ConsentKind.GENERAL, ConsentAction.WITHDRAWN, date(2026, 10, 1)))
    now = store.customers.get(c.id)
    assert (now.consent_date, now.consent_scope, now.consent_sensitive) == (None, "", False)
    assert len(store.consent_history(c.id)) == 3
    assert store.consent_history(c.id)[0].action is ConsentAction.WITHDRAWN


def test_withdrawing_only_the_separate_consent(store):
    c = store.customers.create(person("韩梅梅", male=False, health_notes="高血压"))
    store.record_consent(_given(c.id))
    store.record_consent(_given(c.id, ConsentKind.SENSITIVE))
    store.record_consent(ConsentEvent(c.id, ConsentKind.SENSITIVE, ConsentAction.WITHDRAWN, date(2026, 9, 1)))
    now = store.customers.get(c.id)
    assert now.consent_date == date(2026, 5, 1) and now.consent_sensitive is False
    assert [w.field for w in store.consent_warnings(c.id)] == ["consent_sensitive", "health_notes"]


def test_an_older_event_goes_into_the_history_only(store):
    c = store.customers.create(person())
    store.record_consent(_given(c.id, on=date(2026, 6, 1), scope="新范围"))
    store.record_consent(ConsentEvent(c.id, ConsentKind.GENERAL, ConsentAction.WITHDRAWN, date(2025, 1, 1)))
    now = store.customers.get(c.id)
    assert now.consent_date == date(2026, 6, 1) and now.consent_scope == "新范围"
    assert len(store.consent_history(c.id)) == 2


def test_consent_events_are_validated(store):
    c = store.customers.create(person())
    with pytest.raises(ValidationError) as caught:
        store.record_consent(ConsentEvent(c.id, ConsentKind.GUARDIAN, ConsentAction.GIVEN, TODAY + timedelta(days=1)))
    assert {e.field for e in caught.value.errors} == {"on_date", "scope", "guardian_name", "guardian_relation"}
    assert store.consent_history(c.id) == []
    assert store.customers.get(c.id).consent_date is None


def test_warnings_for_each_rule():
    adult = person("赵六", health_notes="", annual_income=None)
    assert [w.field for w in consent_warnings(adult, TODAY)] == ["consent_date"]

    adult.consent_date = date(2026, 1, 1)
    assert consent_warnings(adult, TODAY) == []

    adult.annual_income = Decimal("300000.00")
    adult.financial_notes = "有房贷"
    fields = [w.field for w in consent_warnings(adult, TODAY)]
    assert fields == ["consent_sensitive", "financial_notes", "annual_income"]
    adult.consent_sensitive = True
    assert consent_warnings(adult, TODAY) == []

    enterprise = person("企业", kind=E.CustomerKind.ENTERPRISE, health_notes="x")
    assert consent_warnings(enterprise, TODAY) == []


def test_a_child_under_14_needs_a_guardian():
    child = person("小明", born=date(2015, 3, 1), consent_date=date(2026, 1, 1))
    warnings = consent_warnings(child, TODAY)
    assert [w.field for w in warnings] == ["guardian"]
    assert "14" in warnings[0].text()
    given = _given(1, ConsentKind.GUARDIAN, guardian_name="王芳", guardian_relation="母亲")
    given.id = 1
    assert consent_warnings(child, TODAY, [given]) == []
    withdrawn = ConsentEvent(1, ConsentKind.GUARDIAN, ConsentAction.WITHDRAWN, date(2026, 8, 1), id=2)
    assert [w.field for w in consent_warnings(child, TODAY, [given, withdrawn])] == ["guardian"]
    # the 14th birthday ends the rule (born 2012-11-23: 14 today)
    assert consent_warnings(person("小红", born=date(2012, 11, 23), consent_date=date(2026, 1, 1)), TODAY) == []
    assert consent_warnings(person("小刚", born=date(2012, 11, 24), consent_date=date(2026, 1, 1)), TODAY)


def test_guardian_consent_for_a_child_in_the_store(store):
    child = store.customers.create(person("小明", born=date(2015, 3, 1)))
    assert {w.field for w in store.consent_warnings(child.id)} == {"consent_date", "guardian"}
    store.record_consent(_given(child.id, ConsentKind.GUARDIAN, guardian_name="王芳", guardian_relation="母亲"))
    assert store.consent_warnings(child.id) == []
    event = store.consent_history(child.id)[0]
    assert (event.guardian_name, event.guardian_relation) == ("王芳", "母亲")
    assert store.customers.get(child.id).consent_date == date(2026, 5, 1)


def test_due_date_is_15_working_days():
    # Monday 2026-11-23 + 15 working days = Monday 2026-12-14
    assert due_date(date(2026, 11, 23)) == date(2026, 12, 14)
    # received on a Saturday: the count starts on Monday
    assert add_working_days(date(2026, 11, 28), 1) == date(2026, 11, 30)
    assert due_date(date(2026, 11, 28)) == date(2026, 12, 18)


def test_subject_request_lifecycle_and_overdue(store):
    c = store.customers.create(person("钱七"))
    old = store.add_subject_request(
        SubjectRequest(c.id, RequestKind.CORRECTION, date(2026, 10, 1), RequestChannel.PHONE, "手机号变更")
    )
    new = store.add_subject_request(SubjectRequest(c.id, RequestKind.ACCESS, date(2026, 11, 20), details="要一份资料"))
    assert old.archive_no == c.archive_no
    assert old.due_on == date(2026, 10, 22)
    assert old.state_on(TODAY) is RequestState.OVERDUE
    assert new.state_on(TODAY) is RequestState.OPEN
    assert store.open_subject_requests() == (2, 1)
    assert [r.id for r in store.list_subject_requests()] == [old.id, new.id]

    answered = store.answer_subject_request(new.id, "已提供本人资料副本")
    assert answered.answered_on == TODAY and answered.handled_by == "测试经办人"
    assert answered.state_on(TODAY) is RequestState.ANSWERED and not answered.answered_late
    assert [r.id for r in store.list_subject_requests(c.id)] == [old.id, new.id]
    late = store.answer_subject_request(old.id, "已更正", answered_on=date(2026, 11, 1))
    assert late.answered_late
    assert store.open_subject_requests() == (0, 0)
    assert [r.id for r in store.list_subject_requests()] == [new.id, old.id]  # answered, newest answer first
    audit = _fields(store.audit_entries(customer_id=c.id))
    assert audit.count(("create", "subject_request")) == 2
    assert audit.count(("update", "subject_request")) == 2


def test_an_answer_needs_text_and_a_sane_date(store):
    c = store.customers.create(person())
    r = store.add_subject_request(SubjectRequest(c.id, RequestKind.EXPLANATION, date(2026, 11, 2)))
    with pytest.raises(ValidationError) as caught:
        store.answer_subject_request(r.id, " ", answered_on=date(2026, 11, 1))
    assert {e.field for e in caught.value.errors} == {"answer", "answered_on"}
    assert store.subject_requests.get(r.id).answered_on is None
