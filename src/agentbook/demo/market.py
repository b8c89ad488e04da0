"""What the demo sells and where its customers live, as an agent would expect it.

Kept apart from the generator, which assembles records: this module knows the market — which
insurers may sell which cover, the sums insured products are sold with, mainland addresses,
the kinds of cover each product gives, and the signed consents behind a customer's consent flags.
"""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal

from agentbook.domain import enums as E
from agentbook.domain.consent import ConsentAction, ConsentChannel, ConsentEvent, ConsentKind
from agentbook.domain.cover import covers_for, seed_products
from agentbook.domain.models import Cover, Customer, Policy

# Life insurers may not sell motor or property cover, property insurers may not sell life cover
# (China's separation of the two); short-term health and accident cover both may sell.
PROPERTY_INSURERS = ("人保财险", "平安产险", "阳光财险")
LIFE_INSURERS = ("中国人寿", "平安人寿", "太平洋人寿", "新华保险", "泰康人寿", "太平人寿", "友邦保险")
PROPERTY_ONLY = {E.BusinessLine.AUTO, E.BusinessLine.PROPERTY}
LIFE_ONLY_PRODUCTS = {"重大疾病保险（康宁）", "少儿重疾险（安康宝贝）"}
# Sums insured as such products are sold: (lowest, highest, step) in yuan.
SUMS_INSURED: dict[str, tuple[int, int, int]] = {
    "交强险": (200_000, 200_000, 1),  # the statutory total limit
    "机动车商业保险": (1_000_000, 3_000_000, 500_000),  # third-party liability
    "百万医疗险": (1_000_000, 6_000_000, 1_000_000),
    "防癌医疗险": (1_000_000, 4_000_000, 1_000_000),
    "重大疾病保险（康宁）": (100_000, 500_000, 50_000),
    "少儿重疾险（安康宝贝）": (200_000, 600_000, 100_000),
    "定期寿险（百万守护）": (500_000, 3_000_000, 500_000),
    "终身寿险（尊享版）": (200_000, 1_000_000, 100_000),
    "综合意外伤害保险": (100_000, 1_000_000, 100_000),
    "交通意外险": (500_000, 2_000_000, 500_000),
    "老年意外险": (50_000, 200_000, 50_000),
    "团体意外险": (200_000, 1_000_000, 100_000),
    "家庭财产综合保险": (100_000, 1_000_000, 100_000),
    "企业财产保险": (2_000_000, 50_000_000, 1_000_000),
    "店铺综合保险": (200_000, 2_000_000, 100_000),
}
# Mainland provinces with real cities and districts; Faker's zh_CN addresses mix in Hong Kong
# and invented counties (香港特别行政区雪梅县).
CITIES = (
    ("北京市", "朝阳区"),
    ("北京市", "海淀区"),
    ("上海市", "浦东新区"),
    ("上海市", "徐汇区"),
    ("广东省广州市", "天河区"),
    ("广东省深圳市", "南山区"),
    ("浙江省杭州市", "西湖区"),
    ("四川省成都市", "武侯区"),
    ("湖北省武汉市", "武昌区"),
    ("江苏省南京市", "鼓楼区"),
    ("山东省青岛市", "市南区"),
    ("陕西省西安市", "雁塔区"),
    ("重庆市", "渝中区"),
    ("福建省厦门市", "思明区"),
    ("湖南省长沙市", "岳麓区"),
    ("辽宁省大连市", "中山区"),
    ("天津市", "和平区"),
    ("河南省郑州市", "金水区"),
    ("云南省昆明市", "五华区"),
    ("黑龙江省哈尔滨市", "南岗区"),
)
STREETS = ("人民路", "建设路", "解放路", "中山路", "和平街", "文化路", "长江路", "新华街", "光明路", "迎宾大道")
CONSENT_CHANNELS = (ConsentChannel.PAPER, ConsentChannel.ELECTRONIC, ConsentChannel.WECHAT)


def insurer_for(line: E.BusinessLine, product: str, drawn: int, insurers: tuple[str, ...]) -> str:
    """An insurer allowed to sell *product*: the drawn one when it may, else one of the right kind."""
    if line in PROPERTY_ONLY:
        pool: tuple[str, ...] = PROPERTY_INSURERS
    elif line in (E.BusinessLine.LIFE, E.BusinessLine.ANNUITY) or product in LIFE_ONLY_PRODUCTS:
        pool = LIFE_INSURERS
    else:
        pool = insurers
    name = insurers[drawn]
    return name if name in pool else pool[drawn % len(pool)]


def sum_insured_of(product: str, pid: int) -> Decimal | None:
    """The product's usual sum insured, spread by the policy id (no draw from the shared random
    stream, so every other generated value stays as it was)."""
    if product not in SUMS_INSURED:
        return None
    low, high, step = SUMS_INSURED[product]
    steps = (high - low) // step + 1
    return Decimal(low + (pid * 7919 % steps) * step)


def addresses(rng: random.Random, count: int) -> list[str]:
    out = []
    for _ in range(count):
        city, district = rng.choice(CITIES)
        street = rng.choice(STREETS)
        out.append(f"{city}{district}{street}{rng.randrange(1, 300)}号")
    return out


def consent_history(customers: list[Customer]) -> list[ConsentEvent]:
    """The signed consents behind each customer's consent date and sensitive-data flag, so the
    consent panel and the 知情同意 history tell the same story."""
    events: list[ConsentEvent] = []
    for customer in customers:
        if customer.consent_date is None or customer.id is None:
            continue
        channel = CONSENT_CHANNELS[customer.id % len(CONSENT_CHANNELS)]
        kinds = [ConsentKind.GENERAL] + ([ConsentKind.SENSITIVE] if customer.consent_sensitive else [])
        for kind in kinds:
            events.append(
                ConsentEvent(
                    customer_id=customer.id,
                    kind=kind,
                    action=ConsentAction.GIVEN,
                    on_date=customer.consent_date,
                    scope=customer.consent_scope,
                    channel=channel,
                    id=len(events) + 1,
                )
            )
    return events


_CATALOGUE = {p.name: p for p in seed_products() if not p.insurer}
# A rider's cover: the accident-medical rider most agents attach, reimbursing above 100 yuan.
RIDER_COVERS = {
    "附加意外医疗": Cover(E.CoverKind.MEDICAL, Decimal(20_000), rider="附加意外医疗", deductible=Decimal(100))
}


def covers_of(policy: Policy) -> list[Cover]:
    """The kinds of cover a demo policy gives: its product's catalogue entry at the policy's sum
    insured, plus its rider's (no draw from the random stream: every other value stays put)."""
    product = _CATALOGUE.get(policy.product)
    covers = covers_for(product, policy.sum_insured) if product else []
    for cover in covers:
        if cover.kind is E.CoverKind.MEDICAL and cover.sum_insured > policy.sum_insured:
            cover.sum_insured = policy.sum_insured
        if cover.kind is E.CoverKind.MEDICAL and product and product.kinds[0] is E.CoverKind.ACCIDENT:
            cover.sum_insured = (policy.sum_insured / 10).quantize(Decimal(1))  # 意外医疗 is a tenth
            cover.deductible = Decimal(100)
    rider = RIDER_COVERS.get(policy.riders)
    if rider is not None:
        covers.append(replace(rider))
    return covers
