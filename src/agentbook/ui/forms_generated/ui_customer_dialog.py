# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customer_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_CustomerDialog(object):
    def setupUi(self, CustomerDialog):
        if not CustomerDialog.objectName():
            CustomerDialog.setObjectName(u"CustomerDialog")
        CustomerDialog.resize(620, 560)
        self.main_layout = QVBoxLayout(CustomerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.pages = QTabWidget(CustomerDialog)
        self.pages.setObjectName(u"pages")
        self.page_0 = QWidget()
        self.page_0.setObjectName(u"page_0")
        self.form_0 = QFormLayout(self.page_0)
        self.form_0.setObjectName(u"form_0")
        self.form_0.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_kind = QLabel(self.page_0)
        self.label_kind.setObjectName(u"label_kind")

        self.form_0.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_kind)

        self.kind = QComboBox(self.page_0)
        self.kind.setObjectName(u"kind")

        self.form_0.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.label_lifecycle = QLabel(self.page_0)
        self.label_lifecycle.setObjectName(u"label_lifecycle")

        self.form_0.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_lifecycle)

        self.lifecycle = QComboBox(self.page_0)
        self.lifecycle.setObjectName(u"lifecycle")

        self.form_0.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lifecycle)

        self.label_name = QLabel(self.page_0)
        self.label_name.setObjectName(u"label_name")

        self.form_0.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_name)

        self.name = QLineEdit(self.page_0)
        self.name.setObjectName(u"name")

        self.form_0.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name)

        self.label_id_type = QLabel(self.page_0)
        self.label_id_type.setObjectName(u"label_id_type")

        self.form_0.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_id_type)

        self.id_type = QComboBox(self.page_0)
        self.id_type.setObjectName(u"id_type")

        self.form_0.setWidget(3, QFormLayout.ItemRole.FieldRole, self.id_type)

        self.label_id_number = QLabel(self.page_0)
        self.label_id_number.setObjectName(u"label_id_number")

        self.form_0.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_id_number)

        self.id_number = QLineEdit(self.page_0)
        self.id_number.setObjectName(u"id_number")

        self.form_0.setWidget(4, QFormLayout.ItemRole.FieldRole, self.id_number)

        self.label_gender = QLabel(self.page_0)
        self.label_gender.setObjectName(u"label_gender")

        self.form_0.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_gender)

        self.gender = QComboBox(self.page_0)
        self.gender.setObjectName(u"gender")

        self.form_0.setWidget(5, QFormLayout.ItemRole.FieldRole, self.gender)

        self.label_birth_date = QLabel(self.page_0)
        self.label_birth_date.setObjectName(u"label_birth_date")

        self.form_0.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_birth_date)

        self.birth_date = QDateEdit(self.page_0)
        self.birth_date.setObjectName(u"birth_date")
        self.birth_date.setDisplayFormat(u"yyyy-MM-dd")
        self.birth_date.setCalendarPopup(True)

        self.form_0.setWidget(6, QFormLayout.ItemRole.FieldRole, self.birth_date)

        self.label_archive_no = QLabel(self.page_0)
        self.label_archive_no.setObjectName(u"label_archive_no")

        self.form_0.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_archive_no)

        self.archive_no = QLineEdit(self.page_0)
        self.archive_no.setObjectName(u"archive_no")

        self.form_0.setWidget(7, QFormLayout.ItemRole.FieldRole, self.archive_no)

        self.pages.addTab(self.page_0, "")
        self.page_1 = QWidget()
        self.page_1.setObjectName(u"page_1")
        self.form_1 = QFormLayout(self.page_1)
        self.form_1.setObjectName(u"form_1")
        self.form_1.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_mobile = QLabel(self.page_1)
        self.label_mobile.setObjectName(u"label_mobile")

        self.form_1.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_mobile)

        self.mobile = QLineEdit(self.page_1)
        self.mobile.setObjectName(u"mobile")

        self.form_1.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mobile)

        self.label_phone = QLabel(self.page_1)
        self.label_phone.setObjectName(u"label_phone")

        self.form_1.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_phone)

        self.phone = QLineEdit(self.page_1)
        self.phone.setObjectName(u"phone")

        self.form_1.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phone)

        self.label_wechat = QLabel(self.page_1)
        self.label_wechat.setObjectName(u"label_wechat")

        self.form_1.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_wechat)

        self.wechat = QLineEdit(self.page_1)
        self.wechat.setObjectName(u"wechat")

        self.form_1.setWidget(2, QFormLayout.ItemRole.FieldRole, self.wechat)

        self.label_email = QLabel(self.page_1)
        self.label_email.setObjectName(u"label_email")

        self.form_1.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_email)

        self.email = QLineEdit(self.page_1)
        self.email.setObjectName(u"email")

        self.form_1.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email)

        self.label_address = QLabel(self.page_1)
        self.label_address.setObjectName(u"label_address")

        self.form_1.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_address)

        self.address = QLineEdit(self.page_1)
        self.address.setObjectName(u"address")

        self.form_1.setWidget(4, QFormLayout.ItemRole.FieldRole, self.address)

        self.pages.addTab(self.page_1, "")
        self.page_2 = QWidget()
        self.page_2.setObjectName(u"page_2")
        self.form_2 = QFormLayout(self.page_2)
        self.form_2.setObjectName(u"form_2")
        self.form_2.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_occupation = QLabel(self.page_2)
        self.label_occupation.setObjectName(u"label_occupation")

        self.form_2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_occupation)

        self.occupation = QLineEdit(self.page_2)
        self.occupation.setObjectName(u"occupation")

        self.form_2.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occupation)

        self.label_employer = QLabel(self.page_2)
        self.label_employer.setObjectName(u"label_employer")

        self.form_2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_employer)

        self.employer = QLineEdit(self.page_2)
        self.employer.setObjectName(u"employer")

        self.form_2.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employer)

        self.label_annual_income = QLabel(self.page_2)
        self.label_annual_income.setObjectName(u"label_annual_income")

        self.form_2.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_annual_income)

        self.annual_income = QLineEdit(self.page_2)
        self.annual_income.setObjectName(u"annual_income")
        self.annual_income.setPlaceholderText(u"0.00")
        self.annual_income.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form_2.setWidget(2, QFormLayout.ItemRole.FieldRole, self.annual_income)

        self.label_financial_notes = QLabel(self.page_2)
        self.label_financial_notes.setObjectName(u"label_financial_notes")

        self.form_2.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_financial_notes)

        self.financial_notes = QPlainTextEdit(self.page_2)
        self.financial_notes.setObjectName(u"financial_notes")
        self.financial_notes.setMaximumSize(QSize(16777215, 70))
        self.financial_notes.setTabChangesFocus(True)

        self.form_2.setWidget(3, QFormLayout.ItemRole.FieldRole, self.financial_notes)

        self.pages.addTab(self.page_2, "")
        self.page_3 = QWidget()
        self.page_3.setObjectName(u"page_3")
        self.form_3 = QFormLayout(self.page_3)
        self.form_3.setObjectName(u"form_3")
        self.form_3.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_risk_level = QLabel(self.page_3)
        self.label_risk_level.setObjectName(u"label_risk_level")

        self.form_3.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_risk_level)

        self.risk_level = QComboBox(self.page_3)
        self.risk_level.setObjectName(u"risk_level")

        self.form_3.setWidget(0, QFormLayout.ItemRole.FieldRole, self.risk_level)

        self.label_value_tier = QLabel(self.page_3)
        self.label_value_tier.setObjectName(u"label_value_tier")

        self.form_3.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_value_tier)

        self.value_tier = QComboBox(self.page_3)
        self.value_tier.setObjectName(u"value_tier")

        self.form_3.setWidget(1, QFormLayout.ItemRole.FieldRole, self.value_tier)

        self.label_protection_preference = QLabel(self.page_3)
        self.label_protection_preference.setObjectName(u"label_protection_preference")

        self.form_3.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_protection_preference)

        self.protection_preference = QComboBox(self.page_3)
        self.protection_preference.setObjectName(u"protection_preference")

        self.form_3.setWidget(2, QFormLayout.ItemRole.FieldRole, self.protection_preference)

        self.label_risk_tolerance = QLabel(self.page_3)
        self.label_risk_tolerance.setObjectName(u"label_risk_tolerance")

        self.form_3.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_risk_tolerance)

        self.risk_tolerance = QComboBox(self.page_3)
        self.risk_tolerance.setObjectName(u"risk_tolerance")

        self.form_3.setWidget(3, QFormLayout.ItemRole.FieldRole, self.risk_tolerance)

        self.label_needs = QLabel(self.page_3)
        self.label_needs.setObjectName(u"label_needs")

        self.form_3.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_needs)

        self.needs = QPlainTextEdit(self.page_3)
        self.needs.setObjectName(u"needs")
        self.needs.setMaximumSize(QSize(16777215, 70))
        self.needs.setTabChangesFocus(True)

        self.form_3.setWidget(4, QFormLayout.ItemRole.FieldRole, self.needs)

        self.label_health_notes = QLabel(self.page_3)
        self.label_health_notes.setObjectName(u"label_health_notes")

        self.form_3.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_health_notes)

        self.health_notes = QPlainTextEdit(self.page_3)
        self.health_notes.setObjectName(u"health_notes")
        self.health_notes.setMaximumSize(QSize(16777215, 70))
        self.health_notes.setTabChangesFocus(True)

        self.form_3.setWidget(5, QFormLayout.ItemRole.FieldRole, self.health_notes)

        self.label_source_channel = QLabel(self.page_3)
        self.label_source_channel.setObjectName(u"label_source_channel")

        self.form_3.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_source_channel)

        self.source_channel = QLineEdit(self.page_3)
        self.source_channel.setObjectName(u"source_channel")

        self.form_3.setWidget(6, QFormLayout.ItemRole.FieldRole, self.source_channel)

        self.label_tags = QLabel(self.page_3)
        self.label_tags.setObjectName(u"label_tags")

        self.form_3.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_tags)

        self.tags = QLineEdit(self.page_3)
        self.tags.setObjectName(u"tags")

        self.form_3.setWidget(7, QFormLayout.ItemRole.FieldRole, self.tags)

        self.pages.addTab(self.page_3, "")
        self.page_4 = QWidget()
        self.page_4.setObjectName(u"page_4")
        self.form_4 = QFormLayout(self.page_4)
        self.form_4.setObjectName(u"form_4")
        self.form_4.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_consent_date = QLabel(self.page_4)
        self.label_consent_date.setObjectName(u"label_consent_date")

        self.form_4.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_consent_date)

        self.consent_date = QDateEdit(self.page_4)
        self.consent_date.setObjectName(u"consent_date")
        self.consent_date.setDisplayFormat(u"yyyy-MM-dd")
        self.consent_date.setCalendarPopup(True)

        self.form_4.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consent_date)

        self.label_consent_scope = QLabel(self.page_4)
        self.label_consent_scope.setObjectName(u"label_consent_scope")

        self.form_4.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_consent_scope)

        self.consent_scope = QLineEdit(self.page_4)
        self.consent_scope.setObjectName(u"consent_scope")

        self.form_4.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consent_scope)

        self.label_consent_sensitive = QLabel(self.page_4)
        self.label_consent_sensitive.setObjectName(u"label_consent_sensitive")

        self.form_4.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_consent_sensitive)

        self.consent_sensitive = QCheckBox(self.page_4)
        self.consent_sensitive.setObjectName(u"consent_sensitive")

        self.form_4.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consent_sensitive)

        self.label_retention_until = QLabel(self.page_4)
        self.label_retention_until.setObjectName(u"label_retention_until")

        self.form_4.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_retention_until)

        self.retention_until = QDateEdit(self.page_4)
        self.retention_until.setObjectName(u"retention_until")
        self.retention_until.setDisplayFormat(u"yyyy-MM-dd")
        self.retention_until.setCalendarPopup(True)

        self.form_4.setWidget(3, QFormLayout.ItemRole.FieldRole, self.retention_until)

        self.label_remarks = QLabel(self.page_4)
        self.label_remarks.setObjectName(u"label_remarks")

        self.form_4.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_remarks)

        self.remarks = QPlainTextEdit(self.page_4)
        self.remarks.setObjectName(u"remarks")
        self.remarks.setMaximumSize(QSize(16777215, 70))
        self.remarks.setTabChangesFocus(True)

        self.form_4.setWidget(4, QFormLayout.ItemRole.FieldRole, self.remarks)

        self.pages.addTab(self.page_4, "")

        self.main_layout.addWidget(self.pages)

        self.general_error = QLabel(CustomerDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(u"color: #c62828;")

        self.main_layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(CustomerDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_kind.setBuddy(self.kind)
        self.label_lifecycle.setBuddy(self.lifecycle)
        self.label_name.setBuddy(self.name)
        self.label_id_type.setBuddy(self.id_type)
        self.label_id_number.setBuddy(self.id_number)
        self.label_gender.setBuddy(self.gender)
        self.label_birth_date.setBuddy(self.birth_date)
        self.label_archive_no.setBuddy(self.archive_no)
        self.label_mobile.setBuddy(self.mobile)
        self.label_phone.setBuddy(self.phone)
        self.label_wechat.setBuddy(self.wechat)
        self.label_email.setBuddy(self.email)
        self.label_address.setBuddy(self.address)
        self.label_occupation.setBuddy(self.occupation)
        self.label_employer.setBuddy(self.employer)
        self.label_annual_income.setBuddy(self.annual_income)
        self.label_financial_notes.setBuddy(self.financial_notes)
        self.label_risk_level.setBuddy(self.risk_level)
        self.label_value_tier.setBuddy(self.value_tier)
        self.label_protection_preference.setBuddy(self.protection_preference)
        self.label_risk_tolerance.setBuddy(self.risk_tolerance)
        self.label_needs.setBuddy(self.needs)
        self.label_health_notes.setBuddy(self.health_notes)
        self.label_source_channel.setBuddy(self.source_channel)
        self.label_tags.setBuddy(self.tags)
        self.label_consent_date.setBuddy(self.consent_date)
        self.label_consent_scope.setBuddy(self.consent_scope)
        self.label_consent_sensitive.setBuddy(self.consent_sensitive)
        self.label_retention_until.setBuddy(self.retention_until)
        self.label_remarks.setBuddy(self.remarks)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.lifecycle)
        QWidget.setTabOrder(self.lifecycle, self.name)
        QWidget.setTabOrder(self.name, self.id_type)
        QWidget.setTabOrder(self.id_type, self.id_number)
        QWidget.setTabOrder(self.id_number, self.gender)
        QWidget.setTabOrder(self.gender, self.birth_date)
        QWidget.setTabOrder(self.birth_date, self.archive_no)
        QWidget.setTabOrder(self.archive_no, self.mobile)
        QWidget.setTabOrder(self.mobile, self.phone)
        QWidget.setTabOrder(self.phone, self.wechat)
        QWidget.setTabOrder(self.wechat, self.email)
        QWidget.setTabOrder(self.email, self.address)
        QWidget.setTabOrder(self.address, self.occupation)
        QWidget.setTabOrder(self.occupation, self.employer)
        QWidget.setTabOrder(self.employer, self.annual_income)
        QWidget.setTabOrder(self.annual_income, self.financial_notes)
        QWidget.setTabOrder(self.financial_notes, self.risk_level)
        QWidget.setTabOrder(self.risk_level, self.value_tier)
        QWidget.setTabOrder(self.value_tier, self.protection_preference)
        QWidget.setTabOrder(self.protection_preference, self.risk_tolerance)
        QWidget.setTabOrder(self.risk_tolerance, self.needs)
        QWidget.setTabOrder(self.needs, self.health_notes)
        QWidget.setTabOrder(self.health_notes, self.source_channel)
        QWidget.setTabOrder(self.source_channel, self.tags)
        QWidget.setTabOrder(self.tags, self.consent_date)
        QWidget.setTabOrder(self.consent_date, self.consent_scope)
        QWidget.setTabOrder(self.consent_scope, self.consent_sensitive)
        QWidget.setTabOrder(self.consent_sensitive, self.retention_until)
        QWidget.setTabOrder(self.retention_until, self.remarks)

        self.retranslateUi(CustomerDialog)

        QMetaObject.connectSlotsByName(CustomerDialog)
    # setupUi

    def retranslateUi(self, CustomerDialog):
        CustomerDialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"\u5ba2\u6237\u8d44\u6599", None))
        self.label_kind.setText(QCoreApplication.translate("CustomerDialog", u"\u5ba2\u6237\u7c7b\u578b", None))
        self.label_lifecycle.setText(QCoreApplication.translate("CustomerDialog", u"\u5ba2\u6237\u72b6\u6001", None))
        self.label_name.setText(QCoreApplication.translate("CustomerDialog", u"\u59d3\u540d/\u540d\u79f0", None))
        self.label_id_type.setText(QCoreApplication.translate("CustomerDialog", u"\u8bc1\u4ef6\u7c7b\u578b", None))
        self.label_id_number.setText(QCoreApplication.translate("CustomerDialog", u"\u8bc1\u4ef6\u53f7\u7801", None))
        self.label_gender.setText(QCoreApplication.translate("CustomerDialog", u"\u6027\u522b", None))
        self.label_birth_date.setText(QCoreApplication.translate("CustomerDialog", u"\u51fa\u751f\u65e5\u671f", None))
        self.label_archive_no.setText(QCoreApplication.translate("CustomerDialog", u"\u6863\u6848\u7f16\u53f7", None))
        self.pages.setTabText(self.pages.indexOf(self.page_0), QCoreApplication.translate("CustomerDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.label_mobile.setText(QCoreApplication.translate("CustomerDialog", u"\u624b\u673a\u53f7", None))
        self.label_phone.setText(QCoreApplication.translate("CustomerDialog", u"\u56fa\u5b9a\u7535\u8bdd", None))
        self.label_wechat.setText(QCoreApplication.translate("CustomerDialog", u"\u5fae\u4fe1", None))
        self.label_email.setText(QCoreApplication.translate("CustomerDialog", u"\u7535\u5b50\u90ae\u7bb1", None))
        self.label_address.setText(QCoreApplication.translate("CustomerDialog", u"\u5730\u5740", None))
        self.pages.setTabText(self.pages.indexOf(self.page_1), QCoreApplication.translate("CustomerDialog", u"\u8054\u7cfb\u65b9\u5f0f", None))
        self.label_occupation.setText(QCoreApplication.translate("CustomerDialog", u"\u804c\u4e1a", None))
        self.label_employer.setText(QCoreApplication.translate("CustomerDialog", u"\u5de5\u4f5c\u5355\u4f4d", None))
        self.label_annual_income.setText(QCoreApplication.translate("CustomerDialog", u"\u5e74\u6536\u5165\uff08\u5143\uff09", None))
        self.label_financial_notes.setText(QCoreApplication.translate("CustomerDialog", u"\u8d22\u52a1\u72b6\u51b5", None))
        self.pages.setTabText(self.pages.indexOf(self.page_2), QCoreApplication.translate("CustomerDialog", u"\u804c\u4e1a\u4e0e\u8d22\u52a1", None))
        self.label_risk_level.setText(QCoreApplication.translate("CustomerDialog", u"\u98ce\u9669\u7b49\u7ea7", None))
        self.label_value_tier.setText(QCoreApplication.translate("CustomerDialog", u"\u5ba2\u6237\u4ef7\u503c", None))
        self.label_protection_preference.setText(QCoreApplication.translate("CustomerDialog", u"\u4fdd\u969c\u504f\u597d", None))
        self.label_risk_tolerance.setText(QCoreApplication.translate("CustomerDialog", u"\u98ce\u9669\u627f\u53d7\u80fd\u529b", None))
        self.label_needs.setText(QCoreApplication.translate("CustomerDialog", u"\u4fdd\u9669\u9700\u6c42", None))
        self.label_health_notes.setText(QCoreApplication.translate("CustomerDialog", u"\u5065\u5eb7\u72b6\u51b5", None))
        self.label_source_channel.setText(QCoreApplication.translate("CustomerDialog", u"\u5ba2\u6237\u6765\u6e90", None))
        self.label_tags.setText(QCoreApplication.translate("CustomerDialog", u"\u6807\u7b7e\uff08\u7528\u9017\u53f7\u6216\u987f\u53f7\u5206\u9694\uff09", None))
        self.pages.setTabText(self.pages.indexOf(self.page_3), QCoreApplication.translate("CustomerDialog", u"\u9700\u6c42\u4e0e\u504f\u597d", None))
        self.label_consent_date.setText(QCoreApplication.translate("CustomerDialog", u"\u77e5\u60c5\u540c\u610f\u65e5\u671f", None))
        self.label_consent_scope.setText(QCoreApplication.translate("CustomerDialog", u"\u540c\u610f\u8303\u56f4", None))
        self.label_consent_sensitive.setText(QCoreApplication.translate("CustomerDialog", u"\u654f\u611f\u4fe1\u606f\u5355\u72ec\u540c\u610f", None))
        self.label_retention_until.setText(QCoreApplication.translate("CustomerDialog", u"\u4fdd\u7ba1\u671f\u9650\u81f3", None))
        self.label_remarks.setText(QCoreApplication.translate("CustomerDialog", u"\u5907\u6ce8", None))
        self.pages.setTabText(self.pages.indexOf(self.page_4), QCoreApplication.translate("CustomerDialog", u"\u540c\u610f\u4e0e\u5907\u6ce8", None))
    # retranslateUi

