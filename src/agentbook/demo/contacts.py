"""The agent's contact log in the demo archive: everyday contacts with follow-ups, 新单回访 of new
policies, and a register of complaints with the contacts that opened and closed them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from agentbook.demo.draws import Draws, record_id
from agentbook.domain import enums as E
from agentbook.domain.complaints import Complaint, ComplaintChannel, Satisfaction
from agentbook.domain.models import ContactEntry, Customer, Policy
from agentbook.domain.new_policy import has_hesitation_period
from agentbook.store.operations.bulk import Dataset
from agentbook.store.records.complaints import CONTACT_CHANNEL
from agentbook.store.settings import SPECS as SETTING_SPECS

DEFAULT_DEADLINE_DAYS: int = SETTING_SPECS["complaint_deadline_days"].default
SUMMARIES = {
    E.ContactPurpose.FOLLOW_UP: ("保单年度回访，客户对服务满意", "回访新保单，讲解保障责任", "上门回访，核对联系方式"),
    E.ContactPurpose.INQUIRY: ("咨询重疾险保障范围", "咨询孩子教育金规划", "咨询车险续保优惠", "咨询保单贷款"),
    E.ContactPurpose.COMPLAINT: ("对理赔进度不满，已反馈公司", "反映扣费时间有误，核实中"),
    E.ContactPurpose.BIRTHDAY: ("发送生日祝福", "生日当天电话问候"),
    E.ContactPurpose.HOLIDAY: ("春节问候", "中秋节问候并送月饼"),
    E.ContactPurpose.PAYMENT_REMINDER: ("提醒下期保费即将到期", "提醒已逾期，请尽快缴费"),
    E.ContactPurpose.CLAIM_PROGRESS: ("告知理赔材料已递交", "理赔审核中，等待补充发票"),
    E.ContactPurpose.RENEWAL: ("提醒保单即将到期，客户同意续保", "电话沟通续保方案，客户考虑中"),
}
# How often the agent's contacts are of each purpose (callbacks come from _callbacks; opportunities
# are answered in the app, not generated).
CONTACT_WEIGHTS = {
    E.ContactPurpose.FOLLOW_UP: 30,
    E.ContactPurpose.INQUIRY: 20,
    E.ContactPurpose.COMPLAINT: 3,
    E.ContactPurpose.BIRTHDAY: 12,
    E.ContactPurpose.HOLIDAY: 12,
    E.ContactPurpose.PAYMENT_REMINDER: 15,
    E.ContactPurpose.CLAIM_PROGRESS: 8,
    E.ContactPurpose.RENEWAL: 5,
}
COMPLAINT_TEXTS = (
    "理赔款迟迟未到账，要求说明原因",
    "续期保费扣款金额与保单不符",
    "认为销售时介绍的收益与实际不符",
    "客服电话长时间无人接听",
    "保单信息变更办理进度太慢",
    "未经同意被推荐附加险",
)
COMPLAINT_RESOLUTIONS = (
    "已协调保险公司加快审核，款项三个工作日内到账",
    "核实为银行扣款错误，已退回多扣金额",
    "重新讲解产品条款并提供书面说明",
    "已向公司反映，公司已书面答复并致歉",
)
COMPLAINT_FEEDBACK = ("已电话告知客户处理结果", "上门向客户说明情况并致歉", "通过微信发送处理结果说明")
HANDLERS = ("王经理", "刘主管", "本人")
OUTCOMES = ("客户满意", "需再次联系", "已处理", "客户考虑中", "")


class Contacts(Draws):
    """Contact entries and complaints, dated around the generator's today."""

    def _callbacks(self, policies: list[Policy], take: Callable[[str], int]) -> list[ContactEntry]:
        """新单回访 of the recent new policies: most done a few days after the start, one in four
        not yet (fixed by the policy id, not drawn: every other generated value stays put)."""
        out = []
        for p in policies:
            start = p.effective_date
            if (
                start is None
                or not has_hesitation_period(p)
                or (self.today - start).days > 120
                or record_id(p) % 4 == 0
            ):
                continue
            day = start + timedelta(days=3 + record_id(p) % 8)
            if day <= self.today:
                out.append(
                    ContactEntry(
                        id=take("t"),
                        customer_id=p.policyholder_id,
                        contacted_at=datetime.combine(day, time(10, record_id(p) % 60)),  # no draw: see above
                        channel=E.ContactChannel.PHONE,
                        purpose=E.ContactPurpose.CALLBACK,
                        summary="新单回访：客户确认已收到保单，了解保障责任和犹豫期",
                        outcome="客户确认投保意愿",
                        policy_id=p.id,
                    )
                )
        return out

    def _contact(self, tid: int, customer: Customer) -> ContactEntry:
        rng = self.rng
        purpose = rng.choices(list(CONTACT_WEIGHTS), tuple(CONTACT_WEIGHTS.values()))[0]
        day = self.today - timedelta(days=rng.randrange(0, 720))
        follow = None
        done = False
        if rng.random() < 0.25:
            follow = day + timedelta(days=rng.randrange(1, 45))
            # Agents clear their follow-ups: old ones are nearly all done, recent ones often not yet.
            done = follow < self.today and rng.random() < (0.6 if (self.today - follow).days <= 21 else 0.985)
        return ContactEntry(
            id=tid,
            customer_id=record_id(customer),
            contacted_at=self._moment(day),
            channel=rng.choices(list(E.ContactChannel), (40, 20, 30, 5, 5))[0],
            purpose=purpose,
            summary=rng.choice(SUMMARIES[purpose]),
            outcome=rng.choice(OUTCOMES),
            follow_up_date=follow,
            follow_up_done=done,
        )

    def _complaints(self, data: Dataset, take: Callable[[str], int], policies: list[Policy]) -> None:
        """A register of complaints over the past year; the first two are still open, one near
        its deadline and one past it, so the Today view has both."""
        rng = self.rng
        count = max(8, round(len(data.customers) * self.scale.complaints_per_customer))
        numbers: dict[int, int] = {}
        for n in range(count):
            policy = rng.choice(policies)
            if n == 0:
                received = self.today - timedelta(days=DEFAULT_DEADLINE_DAYS - 2)
            elif n == 1:
                received = self.today - timedelta(days=DEFAULT_DEADLINE_DAYS + 5)
            else:
                received = self.today - timedelta(days=rng.randrange(0, 365))
            moment = self._moment(received)
            if moment > datetime.combine(self.today, time(8)):
                moment = datetime.combine(self.today, time(8))
            deadline = received + timedelta(days=DEFAULT_DEADLINE_DAYS)
            still_open = n < 2 or (deadline >= self.today and rng.random() < 0.7) or rng.random() < 0.02
            channel = rng.choices(list(ComplaintChannel), (40, 10, 20, 5, 5, 12, 8))[0]
            content = rng.choice(COMPLAINT_TEXTS)
            registration = ContactEntry(
                policy.policyholder_id,
                moment,
                CONTACT_CHANNEL[channel],
                E.ContactPurpose.COMPLAINT,
                content,
                policy_id=policy.id,
                id=take("t"),
            )
            data.contacts.append(registration)
            numbers[received.year] = numbers.get(received.year, 0) + 1
            complaint = Complaint(
                policy.policyholder_id,
                moment,
                channel,
                content,
                deadline,
                complaint_no=f"TS{received.year}{numbers[received.year]:05d}",
                policy_id=policy.id,
                handler=rng.choice(HANDLERS),
                investigation="已调取保单及缴费记录核实" if rng.random() < 0.7 else "",
                contact_id=registration.id,
                id=take("m"),
            )
            if not still_open:
                closed = min(received + timedelta(days=rng.randrange(1, 25)), self.today)
                complaint.closed_at = max(self._moment(closed), moment + timedelta(hours=1))
                complaint.resolution = rng.choice(COMPLAINT_RESOLUTIONS)
                complaint.feedback = rng.choice(COMPLAINT_FEEDBACK)
                complaint.satisfaction = rng.choices(list(Satisfaction), (60, 30, 10))[0]
                data.contacts.append(
                    ContactEntry(
                        complaint.customer_id,
                        complaint.closed_at,
                        CONTACT_CHANNEL[channel],
                        E.ContactPurpose.COMPLAINT,
                        complaint.feedback,
                        outcome=complaint.satisfaction.label,
                        policy_id=policy.id,
                        id=take("t"),
                    )
                )
            data.complaints.append(complaint)
