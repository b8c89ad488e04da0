"""People and firms of the demo archive: names, mobiles, ID numbers and USCCs (each unique and
valid by the domain's own checks), birthdays, and the customer records of persons, households
and enterprises."""

from __future__ import annotations

from datetime import date, timedelta

from agentbook.demo.draws import Draws
from agentbook.domain import enums as E
from agentbook.domain.idnumbers import make_resident_id, make_uscc
from agentbook.domain.models import Customer

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
TAGS = ("VIP", "转介绍", "老客户", "高净值", "需回访", "企业主", "新婚", "二胎家庭", "退休")
SOURCES = ("转介绍", "陌生拜访", "社区活动", "网络咨询", "老客户加保", "银行渠道", "企业团险")


class People(Draws):
    """Customers: individuals, the family records of households, enterprises."""

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
