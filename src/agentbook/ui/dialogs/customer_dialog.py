"""客户资料 dialog: fields by customer kind, ID number fills birth date and gender."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from PySide6.QtWidgets import QLabel, QSizePolicy, QSpacerItem, QWidget

from agentbook.domain import enums as E
from agentbook.domain.consent import ConsentEvent, consent_warnings
from agentbook.domain.i18n import QT_TRANSLATE_NOOP
from agentbook.domain.idnumbers import IdNumberError, normalize_id_text, parse_resident_id
from agentbook.domain.models import Customer
from agentbook.domain.phones import canonical as canonical_phone
from agentbook.domain.validation import FieldError, customer_warnings, validate_customer
from agentbook.store.api import Store
from agentbook.ui.dialogs.fields import FieldParseError
from agentbook.ui.dialogs.id_card_prefill import IdCardPrefill
from agentbook.ui.dialogs.record_dialog import RecordDialog
from agentbook.ui.forms_generated.ui_customer_dialog import Ui_CustomerDialog
from agentbook.ui.i18n import tr_validation

_TEXT = (
    "name",
    "id_number",
    "mobile",
    "phone",
    "wechat",
    "email",
    "address",
    "occupation",
    "employer",
    "source_channel",
    "consent_scope",
    "archive_no",
)
_NOTES = ("financial_notes", "needs", "health_notes", "remarks")
# Where the consent warnings (PIPL) show; the guardian rule shows under the consent date.
_WARNED = ("consent_date", "consent_sensitive", "health_notes", "financial_notes", "annual_income", "id_number")
# Printed on the archive sheet, so checked for characters no shipped font can draw.
_PRINTED = ("name", "address", "employer", "occupation")
_WARNING_STYLE = "color: #8a5300; font-size: 90%;"


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in (part.strip() for part in re.split(r"[,，、;；\s]+", text)) if t)


def unprintable_warnings(record: Customer) -> list[FieldError]:
    """Characters no shipped font has (newer than CJK Extension F, or private-use): the sheet
    prints 〓 in their place, so the agent hears of it when entering them, not from the paper file."""
    warnings = []
    for name in _PRINTED:
        from agentbook.exporters.pdf_fonts import missing_glyphs  # reportlab: loaded when first used

        missing = missing_glyphs(getattr(record, name) or "")
        if missing:
            warnings.append(
                FieldError(
                    name,
                    QT_TRANSLATE_NOOP("validation", "“{chars}”没有可用的字体，档案表上将印作〓，请核对或改用常用字"),
                    (("chars", "".join(missing)),),
                )
            )
    return warnings


class CustomerDialog(RecordDialog):
    def __init__(
        self, store: Store, record: Customer | None = None, parent: QWidget | None = None, **context: Any
    ) -> None:
        super().__init__(store, record, parent)
        self.form = Ui_CustomerDialog()
        self.form.setupUi(self)
        for name in _TEXT:
            self.bind(name)
        for name in _NOTES:
            self.bind(name, "multiline")
        self.bind("tags")
        self.bind("kind", "enum", E.CustomerKind, optional=False)
        self.bind("lifecycle", "enum", E.Lifecycle, optional=False)
        self.bind("gender", "enum", E.Gender)
        self.bind("id_type", "enum", E.IdType)
        self.bind("risk_level", "enum", E.RiskLevel)
        self.bind("value_tier", "enum", E.ValueTier)
        self.bind("protection_preference", "enum", E.ProtectionPreference)
        self.bind("risk_tolerance", "enum", E.RiskTolerance)
        self.bind("birth_date", "date")
        self.bind("consent_date", "date")
        self.bind("retention_until", "date")
        self.bind("annual_income", "money")
        self.bind("consent_sensitive", "bool")
        self.form.archive_no.setPlaceholderText(self.tr("保存时自动生成"))
        self.form.id_number.setPlaceholderText(self.tr("18 位身份证号会自动填写出生日期和性别"))
        # a new customer may start from what the search box held (a name, a mobile number), or
        # — a new family member — from the household's address and landline
        original = record or Customer(
            name=context.get("name", ""),
            mobile=context.get("mobile", ""),
            phone=context.get("phone", ""),
            address=context.get("address", ""),
            id_type=E.IdType.RESIDENT_ID,
        )
        for name, field in self.fields.items():
            field.set(", ".join(original.tags) if name == "tags" else getattr(original, name))
        if record is not None:
            self.form.archive_no.setReadOnly(True)
        self.setWindowTitle(self.tr("编辑客户 – {0}").format(record.name) if record else self.tr("新建客户"))
        self.form.id_number.textEdited.connect(self._fill_from_id)
        self.form.kind.currentIndexChanged.connect(self._kind_changed)
        self._consent_history: list[ConsentEvent] = store.consent_history(record.id) if record and record.id else []
        self.warning_labels: dict[str, QLabel] = {}
        self.finish_setup()
        for name in (*_WARNED, *_PRINTED):
            self.warning_labels[name] = self._add_warning_label(self.fields[name].widget)
        for index in range(5):  # rows stay at the top of each page when a note comes and goes
            getattr(self.form, f"form_{index}").addItem(
                QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
            )
        self._kind_changed()
        self.prefill = IdCardPrefill(self) if IdCardPrefill.offered(record) else None
        self.validate_now()

    def _add_warning_label(self, widget: QWidget) -> QLabel:
        """A non-blocking note under a field (after its error label): consent is missing for it."""
        label = QLabel(self)
        label.setObjectName(f"warning_{widget.objectName()}")
        label.setStyleSheet(_WARNING_STYLE)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no spare height
        label.hide()
        wrapper = widget.parentWidget()
        found = self._form_layout_of(widget) or (self._form_layout_of(wrapper) if wrapper is not None else None)
        if found:
            layout, row = found
            layout.insertRow(row + 2, "", label)  # below the field and its error label
        return label

    def validate_now(self) -> bool:
        ok = super().validate_now()
        self.show_warnings()
        return ok

    def consent_warnings(self) -> list[FieldError]:
        try:
            record = self.build_record()
        except FieldParseError:
            return []
        today = self.store.today()
        return (
            consent_warnings(record, today, self._consent_history)
            + customer_warnings(record, today)
            + unprintable_warnings(record)
        )

    def show_warnings(self) -> None:
        labels = getattr(self, "warning_labels", None)
        if not labels:
            return
        by_field: dict[str, list[str]] = {}
        for warning in self.consent_warnings():
            field = "consent_date" if warning.field == "guardian" else warning.field
            by_field.setdefault(field, []).append(warning.text(tr_validation))
        for name, label in labels.items():
            messages = by_field.get(name, [])
            label.setText("\n".join("⚠ " + m for m in messages))
            label.setVisible(bool(messages))

    def _fill_from_id(self, text: str) -> None:
        if self.value("id_type") is not E.IdType.RESIDENT_ID:
            return
        number = normalize_id_text(text)
        if len(number) != 18:
            return
        try:
            parsed = parse_resident_id(number, self.store.today())
        except IdNumberError:
            return  # the validator shows why next to the field
        self.fields["birth_date"].set(parsed.birth_date)
        self.fields["gender"].set(parsed.gender)

    def _kind_changed(self, *_args: Any) -> None:
        """An enterprise has a credit code and no gender or birth date; a family has no ID."""
        kind = self.value("kind")
        person = kind is E.CustomerKind.INDIVIDUAL
        for name in ("gender", "birth_date"):
            self.fields[name].widget.setEnabled(person)
            label = getattr(self.form, f"label_{name}", None)
            if label is not None:
                label.setEnabled(person)
            if not person:
                self.fields[name].set(None)
        self.form.id_number.setEnabled(kind is not E.CustomerKind.FAMILY)
        self.form.id_type.setEnabled(person)
        if kind is E.CustomerKind.ENTERPRISE:
            self.fields["id_type"].set(E.IdType.USCC)
        elif kind is E.CustomerKind.FAMILY:
            self.fields["id_type"].set(None)
            self.fields["id_number"].set("")
        elif self.value("id_type") in (None, E.IdType.USCC):
            self.fields["id_type"].set(E.IdType.RESIDENT_ID)
        self.schedule_validation()

    def build_record(self) -> Customer:
        values = {name: self.value(name) for name in self.fields if name != "tags"}
        values["tags"] = split_tags(self.value("tags"))
        values["mobile"] = canonical_phone(values["mobile"])
        values["phone"] = canonical_phone(values["phone"])
        values["id_number"] = normalize_id_text(values["id_number"])
        base = self.record or Customer(name="")
        return dataclasses.replace(base, **values)

    def validate_record(self, record: Customer) -> list[FieldError]:
        return validate_customer(record, self.store.today())

    def save_record(self, record: Customer) -> Customer:
        if self.record is None:
            from agentbook.ui.branch.menu import confirm_new_customer  # the duplicate check across a branch

            confirm_new_customer(self, self.store, record.id_number, record.mobile)
            return self.store.customers.create(record)
        return self.store.customers.update(record)
