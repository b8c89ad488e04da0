"""The agent's day: the Today lists and their one-click answers, messages to customers,
premiums and renewals, actions on selected rows, value tiers, the family review, statistics."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from agentbook.domain.enums import ContactChannel, PaymentMethod
from agentbook.domain.messages import Message
from agentbook.domain.models import Payment, Policy
from agentbook.domain.review import FamilyReview
from agentbook.domain.segmentation import TierFeatures
from agentbook.store.facade.session import StoreSession
from agentbook.store.operations import messages, premiums, renewals, selection
from agentbook.store.queries import performance, review, segmentation, statistics, today
from agentbook.store.queries.today_items import TodayItem, TodayReport


class AgentsDay(StoreSession):
    """What the Today view, the tabs' row actions and the statistics tab ask of the archive."""

    def today_lists(self) -> TodayReport:
        return today.compute(self.db)

    def today_counts(self) -> dict[str, int]:
        return today.counts(self.db)

    def resolve_today_item(self, item: TodayItem, *, summary: str | None = None) -> int:
        return today.resolve(self, item, summary=summary)

    def today_message(self, item: TodayItem) -> Message | None:
        """The message to send for *item* (birthday, premium, renewal, claim), None for other kinds."""
        return messages.message_for(self, item) if messages.has_message(item) else None

    def festival_message(self, customer_id: int, festival: str) -> Message:
        """The festival greeting for a customer, filled from the settings' template."""
        return messages.festival_message(self, customer_id, festival)

    def greeting_sent(self, customer_id: int, message: Message) -> int:
        """Record that a greeting went out (a 节日问候 contact entry with its text)."""
        return messages.record_greeting(self, customer_id, message)

    def message_sent(self, item: TodayItem, message: Message) -> int:
        """Record that *message* was sent for *item* (a contact entry; the item leaves Today)."""
        return messages.record_sent(self, item, message)

    def resolve_today_items(self, answers: list[tuple[TodayItem, str]]) -> list[int]:
        """Record the action for each (item, summary) in one transaction: all of them or none."""
        with self.db.transaction():
            return [today.resolve(self, item, summary=summary) for item, summary in answers]

    def mark_paid(
        self, payment_id: int, *, amount: Decimal, paid_date: date, method: PaymentMethod, receipt_no: str = ""
    ) -> Payment:
        return premiums.mark_paid(
            self, payment_id, amount=amount, paid_date=paid_date, method=method, receipt_no=receipt_no
        )

    def mark_paid_many(self, payment_ids: Sequence[int], *, paid_date: date, method: PaymentMethod) -> list[Payment]:
        """Selected instalments paid in full: one transaction, an audit row each."""
        return selection.mark_paid_many(self, payment_ids, paid_date=paid_date, method=method)

    def record_reminders(self, payment_ids: Sequence[int], *, channel: ContactChannel, summary: str) -> list[int]:
        """A 缴费提醒 contact entry per selected instalment (*summary* with {policy} {period} {due})."""
        return selection.record_reminders(self, payment_ids, channel=channel, summary=summary)

    def follow_ups_done(self, contact_ids: Sequence[int]) -> int:
        return selection.follow_ups_done(self, contact_ids)

    def change_tag(self, customer_ids: Sequence[int], *, add: str = "", remove: str = "") -> int:
        return selection.change_tag(self, customer_ids, add=add, remove=remove)

    def mark_lapsed(self, policy_id: int) -> Policy:
        return premiums.mark_lapsed(self, policy_id)

    def reinstate(self, policy_id: int) -> Policy:
        """A lapsed policy reinstated (复效): in force again, recorded in the 保全 log."""
        return premiums.reinstate(self, policy_id)

    def draft_renewal(self, policy_id: int) -> Policy:
        return renewals.draft_renewal(self.policies.get(policy_id), self.today())

    def renew_policy(self, renewal: Policy, *, schedule: bool = True) -> Policy:
        return renewals.renew(self, renewal, schedule=schedule)

    def renewal_of(self, policy_id: int) -> int | None:
        return renewals.renewal_of(self.db, policy_id)

    def renewal_rate(self, start: date, end: date) -> renewals.RenewalRate:
        return renewals.renewal_rate(self.db, start, end)

    def recompute_value_tiers(self) -> segmentation.TierRefresh:
        return segmentation.recompute(self.db, self.settings.tier_thresholds())

    def tier_features(self, customer_id: int) -> TierFeatures:
        return segmentation.features_of(self.db, customer_id)

    def family_review(self, customer_id: int) -> FamilyReview:
        """保单检视 of the customer's household under the rules in the settings (read connection)."""
        return review.family_review(self.db, customer_id, self.settings.review_rules())

    def statistics(self, period: str = "month") -> list[statistics.StatTable]:
        """Every chart of the statistics tab: 业绩 by *period* (month, quarter or year) and
        persistency first, then the book as it stands."""
        return [
            performance.performance(self.db, period),
            performance.persistency(self.db),
            performance.arrears_by_state(self.db),
            *statistics.all_tables(self.db),
        ]
