"""Kinds of cover a policy or rider gives, and the product catalogue that suggests them.

A policy's business line (寿险, 健康险 …) says which licence sold it; the family review needs to
know what it pays for: a 重疾 product is 健康险, and so is 百万医疗, but one pays a lump sum on
diagnosis and the other reimburses bills above a deductible. Each policy therefore carries a list
of ``Cover`` rows (the main contract's and each rider's), usually filled from the catalogue entry
of its product. Products typed freely keep working; ``guess_kinds`` reads the name so a review can
still place them, marked as a guess, until the agent classifies them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from agentbook.domain.enums import BusinessLine, CoverKind
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.models import Cover
from agentbook.domain.validation import FieldError, check_money

MAX_WAITING_DAYS = 730


@dataclass(slots=True)
class Product:
    """A catalogue entry: what a product covers and for how long, to fill the policy dialog.

    ``usual_years`` 0 means whole of life (终身); None means not stated.
    """

    name: str
    business_line: BusinessLine
    kinds: tuple[CoverKind, ...] = ()
    insurer: str = ""
    usual_years: int | None = None
    waiting_days: int = 0
    deductible: Decimal | None = None
    remarks: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


def validate_covers(covers: list[Cover]) -> list[FieldError]:
    """Each (rider, kind) once; amounts exact and not negative; a deductible only on medical cover."""
    errors: list[FieldError] = []
    seen: set[tuple[str, CoverKind]] = set()
    for cover in covers:
        key = (cover.rider.strip(), cover.kind)
        if key in seen:
            errors.append(FieldError("covers", QT_TRANSLATE_NOOP("validation", "同一主险或附加险的保障类型重复")))
        seen.add(key)
        errors += check_money(cover.sum_insured, "covers", required=True)
        if cover.deductible is not None:
            if cover.kind is not CoverKind.MEDICAL:
                errors.append(FieldError("covers", QT_TRANSLATE_NOOP("validation", "只有医疗保障可以填写免赔额")))
            errors += check_money(cover.deductible, "covers")
        if not 0 <= cover.waiting_days <= MAX_WAITING_DAYS:
            errors.append(FieldError("covers", QT_TRANSLATE_NOOP("validation", "等待期应在 0 到 730 天之间")))
    return errors


def validate_product(product: Product) -> list[FieldError]:
    errors: list[FieldError] = []
    if not product.name.strip():
        errors.append(FieldError("name", QT_TRANSLATE_NOOP("validation", "请填写产品名称")))
    if not product.kinds:
        errors.append(FieldError("kinds", QT_TRANSLATE_NOOP("validation", "请至少选择一种保障类型")))
    if product.usual_years is not None and not 0 <= product.usual_years <= 120:
        errors.append(FieldError("usual_years", QT_TRANSLATE_NOOP("validation", "保险期间应在 0（终身）到 120 年之间")))
    if not 0 <= product.waiting_days <= MAX_WAITING_DAYS:
        errors.append(FieldError("waiting_days", QT_TRANSLATE_NOOP("validation", "等待期应在 0 到 730 天之间")))
    if product.deductible is not None and CoverKind.MEDICAL not in product.kinds:
        errors.append(FieldError("deductible", QT_TRANSLATE_NOOP("validation", "只有医疗保障可以填写免赔额")))
    errors += check_money(product.deductible, "deductible")
    return errors


def covers_for(product: Product, sum_insured: Decimal) -> list[Cover]:
    """The main contract's covers for a policy of *product* with *sum_insured*.

    Medical cover is sold by its limit (保额 of 百万医疗 is the yearly limit), so every kind takes
    the policy's sum insured; the agent corrects a product whose kinds pay different sums.
    """
    return [
        Cover(
            kind,
            sum_insured,
            deductible=product.deductible if kind is CoverKind.MEDICAL else None,
            waiting_days=product.waiting_days if kind in _WAITING_KINDS else 0,
        )
        for kind in product.kinds
    ]


_WAITING_KINDS = (CoverKind.CRITICAL_ILLNESS, CoverKind.MEDICAL, CoverKind.DEATH)

# Words in a product or rider name and the cover they mean, checked in this order: "少儿重疾" is
# 重疾 before 少儿, "意外医疗" is 医疗 *and* 意外.
_KEYWORDS: tuple[tuple[str, CoverKind], ...] = (
    ("重疾", CoverKind.CRITICAL_ILLNESS),
    ("重大疾病", CoverKind.CRITICAL_ILLNESS),
    ("防癌", CoverKind.CRITICAL_ILLNESS),
    ("医疗", CoverKind.MEDICAL),
    ("住院", CoverKind.MEDICAL),
    ("意外", CoverKind.ACCIDENT),
    ("寿", CoverKind.DEATH),
    ("两全", CoverKind.DEATH),
    ("年金", CoverKind.ANNUITY),
    ("养老", CoverKind.ANNUITY),
    ("教育", CoverKind.ANNUITY),
    ("交强", CoverKind.MOTOR),
    ("车", CoverKind.MOTOR),
    ("财产", CoverKind.PROPERTY),
    ("家财", CoverKind.PROPERTY),
)
_BY_LINE = {
    BusinessLine.LIFE: CoverKind.DEATH,
    BusinessLine.HEALTH: CoverKind.CRITICAL_ILLNESS,
    BusinessLine.ACCIDENT: CoverKind.ACCIDENT,
    BusinessLine.PROPERTY: CoverKind.PROPERTY,
    BusinessLine.AUTO: CoverKind.MOTOR,
    BusinessLine.ANNUITY: CoverKind.ANNUITY,
}


def guess_kinds(name: str, line: BusinessLine | None = None) -> tuple[CoverKind, ...]:
    """The kinds a product or rider name suggests; the business line's usual kind when the name
    says nothing ("平安福" is a life policy: 身故)."""
    found: list[CoverKind] = []
    for word, kind in _KEYWORDS:
        if word in name and kind not in found:
            found.append(kind)
    if CoverKind.ANNUITY in found and CoverKind.DEATH in found and "寿险" not in name:
        found.remove(CoverKind.DEATH)  # 福寿 in an annuity's name is a wish, not life cover
    if not found and line is not None:
        found.append(_BY_LINE[line])
    return tuple(found)


def match_product(catalogue: list[Product], insurer: str, name: str) -> Product | None:
    """The catalogue entry of *name*: the insurer's own first, then one listed for any insurer."""
    name = name.strip()
    own = next((p for p in catalogue if p.name == name and p.insurer == insurer.strip()), None)
    return own or next((p for p in catalogue if p.name == name and not p.insurer), None)


@dataclass(frozen=True, slots=True)
class SeedProduct:
    insurer: str
    name: str
    line: BusinessLine
    kinds: tuple[CoverKind, ...]
    usual_years: int | None
    waiting_days: int = 0
    deductible: int | None = None


_D, _CI, _M, _A, _AN, _P, _MO = (
    CoverKind.DEATH,
    CoverKind.CRITICAL_ILLNESS,
    CoverKind.MEDICAL,
    CoverKind.ACCIDENT,
    CoverKind.ANNUITY,
    CoverKind.PROPERTY,
    CoverKind.MOTOR,
)
_L, _H, _AC, _PR, _AU, _AY = (
    BusinessLine.LIFE,
    BusinessLine.HEALTH,
    BusinessLine.ACCIDENT,
    BusinessLine.PROPERTY,
    BusinessLine.AUTO,
    BusinessLine.ANNUITY,
)
# Common products of the main insurers, and generic entries (no insurer) for the kinds every
# company sells; the agent edits, adds and removes entries in the catalogue dialog.
SEED_PRODUCTS: tuple[SeedProduct, ...] = (
    SeedProduct("平安人寿", "平安福", _L, (_D, _CI), 0, 180),
    SeedProduct("平安人寿", "平安e生保", _H, (_M,), 1, 30, 10_000),
    SeedProduct("中国人寿", "国寿福", _L, (_D, _CI), 0, 180),
    SeedProduct("中国人寿", "国寿鑫享宝", _AY, (_AN,), 0),
    SeedProduct("太平洋人寿", "金佑人生", _L, (_D, _CI), 0, 180),
    SeedProduct("新华保险", "多倍保障", _H, (_CI, _D), 0, 180),
    SeedProduct("泰康人寿", "健康有约", _H, (_CI,), 0, 180),
    SeedProduct("太平人寿", "福禄康瑞", _H, (_CI, _D), 0, 90),
    SeedProduct("友邦保险", "友如意", _L, (_D,), 0, 90),
    SeedProduct("", "终身寿险（尊享版）", _L, (_D,), 0, 90),
    SeedProduct("", "定期寿险（百万守护）", _L, (_D,), 20, 90),
    SeedProduct("", "两全保险（金福）", _L, (_D, _AN), 30),
    SeedProduct("", "增额终身寿险（传世）", _L, (_D,), 0),
    SeedProduct("", "重大疾病保险（康宁）", _H, (_CI, _D), 0, 180),
    SeedProduct("", "少儿重疾险（安康宝贝）", _H, (_CI,), 30, 180),
    SeedProduct("", "防癌医疗险", _H, (_M,), 1, 90),
    SeedProduct("", "百万医疗险", _H, (_M,), 1, 30, 10_000),
    SeedProduct("", "综合意外伤害保险", _AC, (_A, _M), 1),
    SeedProduct("", "交通意外险", _AC, (_A,), 1),
    SeedProduct("", "老年意外险", _AC, (_A, _M), 1),
    SeedProduct("", "团体意外险", _AC, (_A,), 1),
    SeedProduct("", "养老年金保险（福寿）", _AY, (_AN,), 0),
    SeedProduct("", "教育年金保险（金榜）", _AY, (_AN,), 20),
    SeedProduct("", "年金保险（鑫享）", _AY, (_AN,), 20),
    SeedProduct("", "家庭财产综合保险", _PR, (_P,), 1),
    SeedProduct("", "企业财产保险", _PR, (_P,), 1),
    SeedProduct("", "店铺综合保险", _PR, (_P,), 1),
    SeedProduct("", "机动车商业保险", _AU, (_MO,), 1),
    SeedProduct("", "交强险", _AU, (_MO,), 1),
)


def seed_products() -> list[Product]:
    """The catalogue a new archive starts with."""
    return [
        Product(
            s.name,
            s.line,
            s.kinds,
            insurer=s.insurer,
            usual_years=s.usual_years,
            waiting_days=s.waiting_days,
            deductible=Decimal(s.deductible) if s.deductible is not None else None,
        )
        for s in SEED_PRODUCTS
    ]


def kinds_text(kinds: tuple[CoverKind, ...]) -> str:
    """Stored form of a product's kinds: their codes joined by commas."""
    return ",".join(k.value for k in kinds)


def kinds_from_text(text: str) -> tuple[CoverKind, ...]:
    return tuple(CoverKind(code) for code in text.split(",") if code)


__all__ = [
    "Cover",
    "CoverKind",
    "Product",
    "covers_for",
    "guess_kinds",
    "kinds_from_text",
    "kinds_text",
    "match_product",
    "seed_products",
    "validate_covers",
    "validate_product",
]
