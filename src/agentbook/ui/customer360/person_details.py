"""The 360 view's words about the person: the subtitle under the name, the value tier's reasons,
and the rows of 基本信息 — sensitive values masked until the user reveals them (and that is audited
by the view).

They keep the 360 view's translation context: they are that window's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agentbook.domain import enums as E
from agentbook.domain.idnumbers import mask_id_number, mask_phone, mask_text
from agentbook.domain.models import Customer
from agentbook.domain.money import format_money
from agentbook.domain.segmentation import TierFeatures
from agentbook.ui.customer360.consent_section import consent_text
from agentbook.ui.i18n import tr_enum


def subtitle(c: Customer) -> str:
    """Archive number, kind, stage, risk, value tier and tags, in one line."""
    parts = [c.archive_no, tr_enum(c.kind), tr_enum(c.lifecycle)]
    if c.risk_level:
        parts.append(QCoreApplication.translate("Customer360View", "风险{0}").format(tr_enum(c.risk_level)))
    if c.value_tier:
        parts.append(tr_enum(c.value_tier))
    if c.tags:
        parts.append(" ".join(f"#{t}" for t in c.tags))
    return "  ·  ".join(p for p in parts if p)


def tier_reasons(features: TierFeatures) -> str:
    """What the value tier rests on (its thresholds are in the settings)."""
    return QCoreApplication.translate(
        "Customer360View", "客户价值依据：年化保费 {0} 元，有效保单 {1} 件，客户 {2} 年"
    ).format(format_money(features.annual_premium), features.products, features.tenure_years)


def basic_rows(c: Customer, revealed: bool) -> list[tuple[str, str]]:
    """(label, value) of 基本信息, empty values left out; masked unless *revealed*."""
    show = revealed
    rows: list[tuple[str, str]] = []
    if c.kind is not E.CustomerKind.ENTERPRISE and c.kind is not E.CustomerKind.FAMILY:
        rows += [
            (QCoreApplication.translate("Customer360View", "性别"), tr_enum(c.gender)),
            (
                QCoreApplication.translate("Customer360View", "出生日期"),
                c.birth_date.isoformat() if c.birth_date else "",
            ),
        ]
    rows += [
        (
            tr_enum(c.id_type) or QCoreApplication.translate("Customer360View", "证件号码"),
            c.id_number if show else mask_id_number(c.id_number),
        ),
        (QCoreApplication.translate("Customer360View", "手机"), c.mobile if show else mask_phone(c.mobile)),
        (QCoreApplication.translate("Customer360View", "固定电话"), c.phone),
        (QCoreApplication.translate("Customer360View", "微信"), c.wechat),
        (QCoreApplication.translate("Customer360View", "电子邮箱"), c.email),
        (QCoreApplication.translate("Customer360View", "地址"), c.address),
        (QCoreApplication.translate("Customer360View", "职业"), c.occupation),
        (QCoreApplication.translate("Customer360View", "工作单位"), c.employer),
        (
            QCoreApplication.translate("Customer360View", "年收入"),
            format_money(c.annual_income) if show else mask_text(format_money(c.annual_income)),
        ),
        (QCoreApplication.translate("Customer360View", "保障偏好"), tr_enum(c.protection_preference)),
        (QCoreApplication.translate("Customer360View", "风险承受"), tr_enum(c.risk_tolerance)),
        (QCoreApplication.translate("Customer360View", "需求"), c.needs),
        (
            QCoreApplication.translate("Customer360View", "健康状况"),
            c.health_notes if show else mask_text(c.health_notes),
        ),
        (
            QCoreApplication.translate("Customer360View", "财务状况"),
            c.financial_notes if show else mask_text(c.financial_notes),
        ),
        (QCoreApplication.translate("Customer360View", "客户来源"), c.source_channel),
        (QCoreApplication.translate("Customer360View", "知情同意"), consent_text(c)),
        (QCoreApplication.translate("Customer360View", "备注"), c.remarks),
    ]
    return [(label, value) for label, value in rows if value]
