"""Opportunities (商机): moments when a customer's cover should change, found in the archive's own
records — a child added to the family, a marriage, a raised annual income with no new policy
since, an adult without critical-illness cover, an annuity or education fund paying out, cover
unchanged for three years — each shown once on the Today view for the agent to act on or set
aside, and not again for a quiet period after that answer (recorded in the contact log).
"""

from __future__ import annotations

from agentbook.domain import enums as E
from agentbook.domain.i18n import QT_TRANSLATE_NOOP


class Opportunity(E.LabeledEnum):
    NEW_CHILD = "new_child", QT_TRANSLATE_NOOP("enum", "新添子女")
    MARRIAGE = "marriage", QT_TRANSLATE_NOOP("enum", "新婚")
    NO_CRITICAL_ILLNESS = "no_critical_illness", QT_TRANSLATE_NOOP("enum", "缺少重疾保障")
    MATURITY = "maturity", QT_TRANSLATE_NOOP("enum", "满期/年金给付")
    REVIEW_DUE = "review_due", QT_TRANSLATE_NOOP("enum", "保障三年未调整")
    INCOME_UP = "income_up", QT_TRANSLATE_NOOP("enum", "收入提高")


EVENT_DAYS = 30  # a relationship or a raised income recorded this recently is news worth a call
MATURITY_DAYS = 60  # an annuity or education fund paying out this soon: plan where the money goes
CI_AGES = (18, 55)  # the ages at which an adult without critical-illness cover is an opportunity
QUIET_DAYS = 180  # after an answer (acted on or set aside) the same opportunity rests this long
UNCHANGED_YEARS = 3  # no new policy for this long: a family's needs have moved, its cover has not

# What the contact entry says for each answer; its outcome is the opportunity's label, so the
# quiet period can find it again.
ACTED = "已跟进"
SET_ASIDE = "暂不跟进"
