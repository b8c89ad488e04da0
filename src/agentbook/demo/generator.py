"""A generator of realistic zh_CN archives: families and firms, policies with beneficiaries,
payment schedules with some overdue, claims in every state, contact logs with follow-ups.

The same code makes the ~200-customer demo database and the 100,000-customer benchmark set.
Faker (zh_CN) supplies pools of names, addresses, companies and jobs once; records are then
assembled with one seeded ``random.Random``, which keeps 100,000 customers to seconds and the
output identical for a given seed and date. Dates are placed around *today* so that every list
of the agent's Today view has something in it.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from faker import Faker
from faker.providers.person.zh_CN import Provider as PersonProvider

from agentbook.demo.archive_extras import add_archive
from agentbook.demo.market import addresses, consent_history, covers_of, insurer_for, sum_insured_of
from agentbook.domain import enums as E
from agentbook.domain.complaints import Complaint, ComplaintChannel, Satisfaction
from agentbook.domain.idnumbers import make_resident_id, make_uscc
from agentbook.domain.models import (
    DEFAULT_CLAIM_MATERIALS,
    Beneficiary,
    Claim,
    ClaimMaterial,
    ClaimStatusChange,
    ContactEntry,
    Customer,
    Payment,
    Policy,
    Relationship,
)
from agentbook.domain.new_policy import has_hesitation_period
from agentbook.domain.schedules import add_months
from agentbook.domain.segmentation import TierFeatures, annualised_premium, value_tier, whole_years
from agentbook.store.operations.bulk import Dataset
from agentbook.store.records.complaints import CONTACT_CHANNEL
from agentbook.store.settings import SPECS as SETTING_SPECS

DEFAULT_DEADLINE_DAYS: int = SETTING_SPECS["complaint_deadline_days"].default
REGIONS = (
    "110105",
    "110108",
    "310104",
    "310115",
    "440106",
    "440305",
    "330106",
    "510107",
    "420106",
    "320102",
    "370202",
    "610113",
    "500103",
    "350203",
    "430104",
    "210202",
    "120101",
    "410105",
    "530102",
    "230103",
)
# Real area codes whose subscriber numbers have eight digits, so every demo landline is valid.
AREA_CODES = (
    *("010", "020", "021", "022", "023", "024", "025", "027", "028", "029"),
    *("0311", "0371", "0431", "0451", "0531", "0551", "0571", "0591", "0731", "0755", "0769", "0871", "0898"),
)
MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "158",
    "159",
    "166",
    "176",
    "177",
    "180",
    "181",
    "182",
    "186",
    "187",
    "188",
    "189",
    "199",
)
INSURERS = {
    "中国人寿": "P",
    "平安人寿": "PA",
    "太平洋人寿": "CP",
    "新华保险": "NC",
    "泰康人寿": "TK",
    "太平人寿": "TP",
    "人保财险": "PI",
    "平安产险": "PC",
    "阳光财险": "SG",
    "友邦保险": "AI",
}
PRODUCTS = {
    E.BusinessLine.LIFE: ("终身寿险（尊享版）", "定期寿险（百万守护）", "两全保险（金福）", "增额终身寿险（传世）"),
    E.BusinessLine.HEALTH: ("重大疾病保险（康宁）", "百万医疗险", "防癌医疗险", "少儿重疾险（安康宝贝）"),
    E.BusinessLine.ACCIDENT: ("综合意外伤害保险", "交通意外险", "老年意外险", "团体意外险"),
    E.BusinessLine.PROPERTY: ("家庭财产综合保险", "企业财产保险", "店铺综合保险"),
    E.BusinessLine.AUTO: ("机动车商业保险", "交强险"),
    E.BusinessLine.ANNUITY: ("养老年金保险（福寿）", "教育年金保险（金榜）", "年金保险（鑫享）"),
}
LINE_WEIGHTS = {
    E.BusinessLine.LIFE: 22,
    E.BusinessLine.HEALTH: 30,
    E.BusinessLine.ACCIDENT: 18,
    E.BusinessLine.PROPERTY: 6,
    E.BusinessLine.AUTO: 14,
    E.BusinessLine.ANNUITY: 10,
}
TAGS = ("VIP", "转介绍", "老客户", "高净值", "需回访", "企业主", "新婚", "二胎家庭", "退休")
SOURCES = ("转介绍", "陌生拜访", "社区活动", "网络咨询", "老客户加保", "银行渠道", "企业团险")
# Why an insurer refuses: what an agent writes in the remarks of a rejected claim.
REJECTION_REASONS = (
    "拒赔原因：既往症未如实告知",
    "拒赔原因：等待期内出险",
    "拒赔原因：不属于保险责任范围",
    "拒赔原因：免赔额以内",
)
CAUSES = (
    "住院治疗（肺炎）",
    "意外骨折",
    "交通事故",
    "恶性肿瘤确诊",
    "门诊手术",
    "车辆刮擦",
    "家中水管爆裂",
    "急性阑尾炎",
    "运动扭伤",
    "心脏支架手术",
)
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


def _id(record: Any) -> int:
    """The id this generator gave *record* (every generated record gets one before it is used)."""
    assert record.id is not None
    return int(record.id)


class DemoGenerator:
    def __init__(self, today: date, seed: int = 2024, scale: Scale | None = None) -> None:
        self.rng = random.Random(seed)
        self.today = today  # the store's today: schedules, ages and due dates hang on it
        self.scale = scale or Scale()
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        for _ in range(1500):  # Faker's addresses are not used (see market.addresses), but drawn as
            fake.address()  # before, so its companies and jobs, and all that follows, stay the same
        self.addresses = addresses(random.Random(seed), 1500)
        self.companies = list({fake.company() for _ in range(600)})
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

    # --- small pieces --------------------------------------------------------------------
    def _name(self, gender: E.Gender | None) -> str:
        last = self.rng.choices(self.last_names, self.last_weights)[0]
        pool = self.first_male if gender is E.Gender.MALE else self.first_female
        given = self.rng.choice(pool)
        if len(given) == 1 and self.rng.random() < 0.6:
            given += self.rng.choice(self.first_names)[-1]
        return last + given

    def _mobile(self) -> str:
        while True:
            number = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if number not in self._mobiles:
                self._mobiles.add(number)
                return number

    def _id_number(self, born: date, gender: E.Gender) -> str:
        while True:
            seq = self.rng.randrange(1, 999)
            if (seq % 2 == 1) != (gender is E.Gender.MALE):
                seq += 1
            number = make_resident_id(self.rng.choice(REGIONS), born, seq)
            if number not in self._ids:
                self._ids.add(number)
                return number

    def _uscc(self) -> str:
        chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        while True:
            body = (
                "9"
                + self.rng.choice("123")
                + self.rng.choice(REGIONS)
                + "".join(self.rng.choice(chars) for _ in range(9))
            )
            number = make_uscc(body)
            if number not in self._ids:
                self._ids.add(number)
                return number

    def _birth(self, min_age: int, max_age: int) -> date:
        # A few birthdays fall in the coming week so the Today view has some.
        if self.rng.random() < 0.03:
            day = self.today + timedelta(days=self.rng.randrange(7))
            year = self.today.year - self.rng.randrange(min_age, max_age)
            try:
                return day.replace(year=year)
            except ValueError:  # 29 February in a common year
                return date(year, 2, 28)
        start = self.today.replace(year=self.today.year - max_age, month=1, day=1)
        end = self.today.replace(year=self.today.year - min_age, month=1, day=1)
        return start + timedelta(days=self.rng.randrange((end - start).days))

    def _money(self, low: int, high: int, step: int = 100) -> Decimal:
        return Decimal(self.rng.randrange(low // step, high // step + 1) * step)

    def _moment(self, day: date) -> datetime:
        return datetime.combine(day, time(self.rng.randrange(8, 20), self.rng.choice((0, 15, 30, 45))))

    # --- records -------------------------------------------------------------------------
    def _person(self, cid: int, gender: E.Gender | None = None, min_age: int = 22, max_age: int = 70) -> Customer:
        rng = self.rng
        gender = gender or rng.choice((E.Gender.MALE, E.Gender.FEMALE))
        born = self._birth(min_age, max_age)
        lifecycle = rng.choices((E.Lifecycle.ACTIVE, E.Lifecycle.PROSPECT, E.Lifecycle.TERMINATED), (80, 15, 5))[0]
        sensitive = rng.random() < 0.4
        return Customer(
            id=cid,
            archive_no=f"KH{self.today.year - rng.randrange(0, 6)}{cid:06d}",
            name=self._name(gender),
            kind=E.CustomerKind.INDIVIDUAL,
            lifecycle=lifecycle,
            gender=gender,
            birth_date=born,
            id_type=E.IdType.RESIDENT_ID,
            id_number=self._id_number(born, gender),
            mobile=self._mobile(),
            email=f"user{cid}@example.com" if rng.random() < 0.3 else "",
            wechat=f"wx_{cid:06d}" if rng.random() < 0.6 else "",
            address=rng.choice(self.addresses),
            occupation=rng.choice(self.jobs),
            employer=rng.choice(self.companies) if rng.random() < 0.7 else "",
            annual_income=self._money(60_000, 800_000, 10_000),
            risk_level=rng.choices((E.RiskLevel.LOW, E.RiskLevel.MEDIUM, E.RiskLevel.HIGH), (60, 30, 10))[0],
            value_tier=rng.choices((E.ValueTier.HIGH, E.ValueTier.MEDIUM, E.ValueTier.LOW), (15, 45, 40))[0],
            protection_preference=rng.choice(list(E.ProtectionPreference)),
            risk_tolerance=rng.choice(list(E.RiskTolerance)),
            needs=rng.choice(("子女教育金规划", "家庭保障缺口补充", "养老规划", "重疾与医疗保障", "资产传承", "")),
            health_notes=rng.choice(("", "", "高血压，规律服药", "2019 年甲状腺结节手术", "无既往病史")),
            financial_notes="有房贷约 80 万元" if sensitive else "",
            source_channel=rng.choice(SOURCES),
            tags=tuple(sorted(set(rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2)))))),
            consent_date=self.today - timedelta(days=rng.randrange(30, 1500)),
            consent_scope="客户档案管理、保单服务与回访",
            consent_sensitive=sensitive,
            retention_until=(self.today + timedelta(days=rng.randrange(-60, 3 * 365)))
            if lifecycle is E.Lifecycle.TERMINATED
            else None,
        )

    def _family(self, cid: int, head: Customer) -> Customer:
        return Customer(
            id=cid,
            archive_no=f"KH{self.today.year}{cid:06d}",
            name=f"{head.name[0]}氏家庭",
            kind=E.CustomerKind.FAMILY,
            lifecycle=E.Lifecycle.ACTIVE,
            mobile=head.mobile,
            address=head.address,
            source_channel=head.source_channel,
            remarks=f"户主：{head.name}",
        )

    def _enterprise(self, cid: int) -> Customer:
        rng = self.rng
        return Customer(
            id=cid,
            archive_no=f"KH{self.today.year - rng.randrange(0, 4)}{cid:06d}",
            name=rng.choice(self.companies),
            kind=E.CustomerKind.ENTERPRISE,
            lifecycle=E.Lifecycle.ACTIVE,
            id_type=E.IdType.USCC,
            id_number=self._uscc(),
            mobile=self._mobile(),
            phone=f"{AREA_CODES[rng.randrange(10, 99) % len(AREA_CODES)]}-{rng.randrange(10**7, 10**8)}",
            address=rng.choice(self.addresses),
            annual_income=self._money(1_000_000, 50_000_000, 100_000),
            risk_level=rng.choice(list(E.RiskLevel)),
            value_tier=E.ValueTier.HIGH,
            source_channel="企业团险",
            tags=("企业主",),
            needs="员工团体意外与医疗保障",
        )

    def _policy_no(self, insurer: str) -> str:
        while True:
            number = (
                f"{INSURERS[insurer]}{self.rng.randrange(2015, self.today.year + 1)}{self.rng.randrange(10**9):09d}"
            )
            if number not in self._policy_nos:
                self._policy_nos.add(number)
                return number

    def _policy(self, pid: int, holder: Customer, insured: Customer, family: list[Customer]) -> Policy:
        rng = self.rng
        line = rng.choices(list(LINE_WEIGHTS), list(LINE_WEIGHTS.values()))[0]
        drawn = list(INSURERS).index(rng.choice(list(INSURERS)))  # drawn as before: later draws stay put
        roll = rng.random()
        if roll < 0.04:  # expiring within the Today view's windows
            effective = add_months(self.today + timedelta(days=rng.randrange(1, 90)), -12)
        else:
            effective = self.today - timedelta(days=rng.randrange(-20, 365 * 8))
        if line in (E.BusinessLine.AUTO, E.BusinessLine.PROPERTY, E.BusinessLine.ACCIDENT) or (
            line is E.BusinessLine.HEALTH and rng.random() < 0.5
        ):
            mode, years, term_years = E.PaymentMode.SINGLE, 1, 1
            if roll >= 0.04:  # short-term cover renewed each year: keep most of them current
                effective = add_months(self.today, -rng.randrange(0, 13)) + timedelta(days=rng.randrange(28))
        else:
            mode = rng.choices(list(E.PaymentMode), (5, 60, 8, 7, 20))[0]
            years = 1 if mode is E.PaymentMode.SINGLE else rng.choice((3, 5, 10, 15, 20))
            term_years = rng.choice((20, 30, 0)) if line is E.BusinessLine.LIFE else rng.choice((10, 20, 30))
        expiry = add_months(effective, 12 * term_years) if term_years else None
        premium_range = {
            E.BusinessLine.AUTO: (2_000, 9_000),
            E.BusinessLine.ACCIDENT: (100, 1_500),
            E.BusinessLine.PROPERTY: (300, 5_000),
            E.BusinessLine.HEALTH: (300, 12_000),
            E.BusinessLine.LIFE: (3_000, 50_000),
            E.BusinessLine.ANNUITY: (10_000, 100_000),
        }[line]
        premium = self._money(*premium_range, step=10)
        if mode in (E.PaymentMode.MONTHLY, E.PaymentMode.QUARTERLY, E.PaymentMode.SEMIANNUAL):
            premium = (premium / mode.periods_per_year).quantize(Decimal("1"))
        status = E.PolicyStatus.IN_FORCE
        if effective > self.today:
            status = E.PolicyStatus.PENDING
        elif expiry and expiry < self.today:
            status = E.PolicyStatus.MATURED
        elif rng.random() < 0.05:
            status = rng.choice((E.PolicyStatus.LAPSED, E.PolicyStatus.SURRENDERED, E.PolicyStatus.TERMINATED))
        beneficiaries: list[Beneficiary] = []
        if line in (E.BusinessLine.LIFE, E.BusinessLine.ANNUITY, E.BusinessLine.ACCIDENT) and rng.random() < 0.8:
            others = [m for m in family if m.id != insured.id] or [holder]
            chosen = rng.sample(others, min(len(others), rng.choice((1, 1, 2))))
            shares = [Decimal(100)] if len(chosen) == 1 else [Decimal(60), Decimal(40)]
            for person, share in zip(chosen, shares, strict=False):
                relation = E.RelationKind.SPOUSE if person.gender != insured.gender else E.RelationKind.CHILD
                beneficiaries.append(Beneficiary(person.name, relation, share, 1, person.id, person.id_number))
        sum_factor = {E.BusinessLine.AUTO: 100, E.BusinessLine.PROPERTY: 200}.get(line, 40)
        drawn_name = list(INSURERS)[drawn]
        number = self._policy_no(drawn_name)  # before the product, as the shared random stream always had it
        product = self._product(line, holder)
        insurer = insurer_for(line, product, drawn, tuple(INSURERS))
        policy_no = INSURERS[insurer] + number[len(INSURERS[drawn_name]) :]
        if policy_no != number:
            if policy_no in self._policy_nos:  # another policy of this insurer has it: draw one of its own
                policy_no = self._policy_no(insurer)
            self._policy_nos.add(policy_no)
        by_premium = (premium * sum_factor).quantize(Decimal("1000")) or Decimal(10_000)
        sum_insured = sum_insured_of(product, pid) or by_premium
        if product == "交强险":  # a fixed tariff (家庭自用 6 座以下), not a negotiated premium
            premium = Decimal(950)
        policy = Policy(
            id=pid,
            policy_no=policy_no,
            insurer=insurer,
            product=product,
            business_line=line,
            policyholder_id=_id(holder),
            insured_id=_id(insured),
            premium=premium,
            sum_insured=sum_insured,
            payment_mode=mode,
            payment_years=years,
            apply_date=effective - timedelta(days=rng.randrange(1, 15)),
            effective_date=effective,
            expiry_date=expiry,
            status=status,
            beneficiaries=beneficiaries,
            riders="附加意外医疗" if rng.random() < 0.2 else "",
            commission=(premium * Decimal("0.15")).quantize(Decimal("0.01")),
        )
        policy.covers = covers_of(policy)
        return policy

    def _product(self, line: E.BusinessLine, holder: Customer) -> str:
        """Group and business cover only for firms, household cover only for people."""
        firm_only = {"企业财产保险", "店铺综合保险", "团体意外险"}
        wanted = [p for p in PRODUCTS[line] if (p in firm_only) == (holder.kind is E.CustomerKind.ENTERPRISE)]
        return self.rng.choice(wanted or list(PRODUCTS[line]))

    def _payments(self, first_id: int, policy: Policy) -> list[Payment]:
        """Instalments due so far plus the next one; recent ones sometimes unpaid (overdue)."""
        rng, out = self.rng, []
        mode = policy.payment_mode
        per_year = max(mode.periods_per_year, 1)
        step = 12 // per_year
        total = 1 if mode is E.PaymentMode.SINGLE else policy.payment_years * per_year
        cap = max(1, self.scale.max_payments_per_policy)
        assert policy.effective_date is not None
        due_dates = [add_months(policy.effective_date, n * step) for n in range(total)]
        horizon = self.today + timedelta(days=45)
        due_dates = [d for d in due_dates if d <= horizon][-cap:]
        lapsed = policy.status in (E.PolicyStatus.LAPSED, E.PolicyStatus.SURRENDERED, E.PolicyStatus.TERMINATED)
        for n, due in enumerate(due_dates):
            period = 1 + round(
                (due.year - policy.effective_date.year) * per_year + (due.month - policy.effective_date.month) / step
            )
            pay = Payment(
                policy_id=_id(policy), period=period, due_date=due, amount_due=policy.premium, id=first_id + n
            )
            recent = (self.today - due).days
            if due > self.today or (recent < 90 and rng.random() < 0.25) or (lapsed and recent < 400):
                pay.status = E.PaymentStatus.DUE
            elif rng.random() < 0.01:
                pay.status = E.PaymentStatus.WAIVED
            else:
                pay.status = E.PaymentStatus.PAID
                pay.paid_date = due + timedelta(days=rng.randrange(0, 20))
                pay.paid_date = min(pay.paid_date, self.today)
                pay.amount_paid = policy.premium
                pay.method = rng.choice(list(E.PaymentMethod))
                pay.receipt_no = f"R{policy.id:07d}{period:03d}"
            out.append(pay)
        return out

    def _claim(self, kid: int, policy: Policy) -> Claim:
        rng = self.rng
        status = rng.choice(list(E.ClaimStatus))
        start = policy.effective_date or self.today
        span = max((self.today - start).days, 1)
        incident = start + timedelta(days=rng.randrange(span))
        if status.is_open and rng.random() < 0.5:
            incident = self.today - timedelta(days=rng.randrange(3, 60))
        incident = min(max(incident, start), self.today)
        filed = min(incident + timedelta(days=rng.randrange(0, 10)), self.today)
        claimed = self._money(500, 200_000, 50)
        decided = status in (E.ClaimStatus.APPROVED, E.ClaimStatus.REJECTED, E.ClaimStatus.PAID, E.ClaimStatus.CLOSED)
        decision = min(filed + timedelta(days=rng.randrange(3, 40)), self.today) if decided else None
        paid = None
        if status in (E.ClaimStatus.PAID, E.ClaimStatus.CLOSED):
            paid = (claimed * Decimal(rng.choice((100, 100, 90, 80))) / 100).quantize(Decimal("0.01"))
        order = list(E.ClaimStatus)
        path: list[E.ClaimStatus] = [
            s for s in order[: order.index(status) + 1] if s not in (E.ClaimStatus.REJECTED,)
        ] or [status]
        if status is E.ClaimStatus.REJECTED:
            path = [E.ClaimStatus.REPORTED, E.ClaimStatus.COLLECTING, E.ClaimStatus.UNDER_REVIEW, status]
        history = [
            ClaimStatusChange(s, self._moment(min(filed + timedelta(days=i * 3), self.today)))
            for i, s in enumerate(path)
        ]
        materials = [ClaimMaterial(m, decided or rng.random() < 0.5) for m in DEFAULT_CLAIM_MATERIALS[:4]]
        return Claim(
            id=kid,
            claim_no=f"LP{filed:%Y%m}{kid:06d}",
            policy_id=_id(policy),
            claimant_id=policy.insured_id,
            incident_date=incident,
            filed_date=filed,
            cause=rng.choice(CAUSES),
            amount_claimed=claimed,
            status=status,
            amount_paid=paid,
            decision_date=decision,
            materials=materials,
            history=history,
            # a fixed pick, not another draw: the generator's later numbers stay as they were
            remarks=REJECTION_REASONS[kid % len(REJECTION_REASONS)] if status is E.ClaimStatus.REJECTED else "",
        )

    def _callbacks(self, policies: list[Policy], take: Callable[[str], int]) -> list[ContactEntry]:
        """新单回访 of the recent new policies: most done a few days after the start, one in four
        not yet (fixed by the policy id, not drawn: every other generated value stays put)."""
        out = []
        for p in policies:
            start = p.effective_date
            if start is None or not has_hesitation_period(p) or (self.today - start).days > 120 or _id(p) % 4 == 0:
                continue
            day = start + timedelta(days=3 + _id(p) % 8)
            if day <= self.today:
                out.append(
                    ContactEntry(
                        id=take("t"),
                        customer_id=p.policyholder_id,
                        contacted_at=datetime.combine(day, time(10, _id(p) % 60)),  # no draw: see above
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
            customer_id=_id(customer),
            contacted_at=self._moment(day),
            channel=rng.choices(list(E.ContactChannel), (40, 20, 30, 5, 5))[0],
            purpose=purpose,
            summary=rng.choice(SUMMARIES[purpose]),
            outcome=rng.choice(OUTCOMES),
            follow_up_date=follow,
            follow_up_done=done,
        )

    # --- the whole set -------------------------------------------------------------------
    def generate(self, customers: int) -> Dataset:
        """About *customers* customers with everything that hangs off them."""
        rng, scale, data = self.rng, self.scale, Dataset()
        next_id = {"c": 1, "r": 1, "p": 1, "y": 1, "k": 1, "t": 1, "m": 1}

        def take(kind: str) -> int:
            value = next_id[kind]
            next_id[kind] += 1
            return value

        while len(data.customers) < customers:
            roll = rng.random()
            if roll < 0.05:  # an enterprise with a few employees
                firm = self._enterprise(take("c"))
                data.customers.append(firm)
                staff = [self._person(take("c")) for _ in range(rng.randrange(1, 4))]
                for person in staff:
                    person.employer = firm.name
                    data.customers.append(person)
                    data.relationships.append(
                        Relationship(_id(person), _id(firm), E.RelationKind.EMPLOYEE, id=take("r"))
                    )
                group = [firm, *staff]
                for person in staff:
                    self._add_policies(data, take, firm, person, group)
            elif roll < 0.45:  # a family: couple, maybe children, sometimes a family record
                head = self._person(take("c"), min_age=28, max_age=60)
                partner = self._person(
                    take("c"),
                    E.Gender.FEMALE if head.gender is E.Gender.MALE else E.Gender.MALE,
                    min_age=26,
                    max_age=60,
                )
                members = [head, partner]
                data.relationships.append(Relationship(_id(partner), _id(head), E.RelationKind.SPOUSE, id=take("r")))
                for _ in range(rng.choice((0, 1, 1, 2))):
                    child = self._person(take("c"), min_age=1, max_age=20)
                    child.occupation, child.employer, child.annual_income = "学生", "", None
                    child.lifecycle, child.retention_until = E.Lifecycle.ACTIVE, None
                    father = head if head.gender is E.Gender.MALE else partner
                    child.name = father.name[0] + child.name[1:]  # children take the father's surname
                    child.mobile = child.mobile if rng.random() < 0.3 else ""
                    if not child.mobile:
                        child.wechat = ""
                        child.phone = ""
                        child.email = f"family{child.id}@example.com"
                    members.append(child)
                    data.relationships.append(Relationship(_id(child), _id(head), E.RelationKind.CHILD, id=take("r")))
                    data.relationships.append(
                        Relationship(_id(child), _id(partner), E.RelationKind.CHILD, id=take("r"))
                    )
                data.customers.extend(members)
                if rng.random() < 0.2:
                    family = self._family(take("c"), head)
                    data.customers.append(family)
                    for m in members:
                        data.relationships.append(
                            Relationship(_id(m), _id(family), E.RelationKind.MEMBER, id=take("r"))
                        )
                for insured in members:
                    self._add_policies(data, take, head if insured is not partner else partner, insured, members)
            else:
                person = self._person(take("c"))
                data.customers.append(person)
                self._add_policies(data, take, person, person, [person])

        for customer in data.customers:
            for _ in range(_poisson_count(rng, scale.contacts_per_customer)):
                data.contacts.append(self._contact(take("t"), customer))
        data.contacts.extend(self._callbacks(data.policies, take))
        claimable = [p for p in data.policies if p.effective_date and p.effective_date <= self.today]
        for _ in range(round(len(data.customers) * scale.claims_per_customer)):
            if claimable:
                data.claims.append(self._claim(take("k"), rng.choice(claimable)))
        if claimable:
            self._complaints(data, take, claimable)
        self._assign_tiers(data)
        data.consent_events = consent_history(data.customers)
        add_archive(data, rng.random(), self.today)
        return data

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

    def _assign_tiers(self, data: Dataset) -> None:
        """Value tiers by the rule the store applies (default thresholds), not at random."""
        live = (E.PolicyStatus.IN_FORCE, E.PolicyStatus.PENDING)
        premium: dict[int, Decimal] = {}
        products: dict[int, int] = {}
        first: dict[int, date] = {}
        for p in data.policies:
            holder = p.policyholder_id
            if p.status in live:
                premium[holder] = premium.get(holder, Decimal(0)) + annualised_premium(
                    p.premium, p.payment_mode, p.effective_date, p.expiry_date
                )
                products[holder] = products.get(holder, 0) + 1
            if p.effective_date and (holder not in first or p.effective_date < first[holder]):
                first[holder] = p.effective_date
        for c in data.customers:
            assert c.id is not None
            features = TierFeatures(
                premium.get(c.id, Decimal(0)), products.get(c.id, 0), whole_years(first.get(c.id), self.today)
            )
            c.value_tier = value_tier(features)

    def _add_policies(
        self, data: Dataset, take: Callable[[str], int], holder: Customer, insured: Customer, family: list[Customer]
    ) -> None:
        if insured.lifecycle is E.Lifecycle.PROSPECT:
            return
        count = _poisson_count(self.rng, self.scale.policies_per_customer * (1.25 if holder is insured else 0.8))
        for _ in range(max(1, count)):
            policy = self._policy(take("p"), holder, insured, family)
            if self._one_year(policy) and policy.effective_date and policy.effective_date <= self.today:
                roll = self.rng.random()
                if roll < self.scale.renewed_share:  # last year's cover, renewed into this one
                    earlier = self._earlier(take("p"), policy, policy.effective_date)
                    policy.renewal_of_id = earlier.id
                elif roll < self.scale.renewed_share + self.scale.lost_share:  # ended, not renewed
                    earlier = self._earlier(
                        take("p"), policy, policy.effective_date - timedelta(days=self.rng.randrange(20, 300))
                    )
                else:
                    earlier = None
                if earlier is not None:
                    data.policies.append(earlier)
                    data.payments.extend(self._payments(len(data.payments) + 1, earlier))
            data.policies.append(policy)
            data.payments.extend(self._payments(len(data.payments) + 1, policy))

    @staticmethod
    def _one_year(policy: Policy) -> bool:
        return (
            policy.payment_mode is E.PaymentMode.SINGLE
            and policy.effective_date is not None
            and policy.expiry_date == add_months(policy.effective_date, 12)
        )

    def _earlier(self, pid: int, policy: Policy, expiry: date) -> Policy:
        """The same one-year cover for the year ending on *expiry* (a renewal's predecessor)."""
        effective = add_months(expiry, -12)
        return dataclasses.replace(
            policy,
            id=pid,
            policy_no=self._policy_no(policy.insurer),
            apply_date=effective - timedelta(days=self.rng.randrange(1, 15)),
            effective_date=effective,
            expiry_date=expiry,
            status=E.PolicyStatus.MATURED if expiry < self.today else E.PolicyStatus.IN_FORCE,
            renewal_of_id=None,
            beneficiaries=[dataclasses.replace(b) for b in policy.beneficiaries],
            covers=[dataclasses.replace(c) for c in policy.covers],
        )


def _poisson_count(rng: random.Random, mean: float) -> int:
    """A small non-negative count around *mean* (geometric-ish spread, cheap to draw)."""
    whole = int(mean)
    return (
        whole + (1 if rng.random() < mean - whole else 0) + rng.choice((-1, 0, 0, 1))
        if whole
        else (1 if rng.random() < mean else 0)
    )


def demo_dataset(customers: int, seed: int, today: date) -> Dataset:
    """*customers* generated customers with everything around them, dated relative to *today*."""
    return DemoGenerator(today, seed).generate(customers)
