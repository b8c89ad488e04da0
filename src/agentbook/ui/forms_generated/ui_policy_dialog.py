# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'policy_dialog.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_PolicyDialog(object):
    def setupUi(self, PolicyDialog):
        if not PolicyDialog.objectName():
            PolicyDialog.setObjectName(u"PolicyDialog")
        PolicyDialog.resize(900, 640)
        self.main_layout = QVBoxLayout(PolicyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_policy_no = QLabel(PolicyDialog)
        self.label_policy_no.setObjectName(u"label_policy_no")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_policy_no)

        self.policy_no = QLineEdit(PolicyDialog)
        self.policy_no.setObjectName(u"policy_no")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.policy_no)

        self.label_insurer = QLabel(PolicyDialog)
        self.label_insurer.setObjectName(u"label_insurer")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_insurer)

        self.insurer = QComboBox(PolicyDialog)
        self.insurer.setObjectName(u"insurer")
        self.insurer.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.insurer)

        self.label_product = QLabel(PolicyDialog)
        self.label_product.setObjectName(u"label_product")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_product)

        self.product = QLineEdit(PolicyDialog)
        self.product.setObjectName(u"product")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.product)

        self.label_business_line = QLabel(PolicyDialog)
        self.label_business_line.setObjectName(u"label_business_line")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_business_line)

        self.business_line = QComboBox(PolicyDialog)
        self.business_line.setObjectName(u"business_line")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.business_line)

        self.label_policyholder = QLabel(PolicyDialog)
        self.label_policyholder.setObjectName(u"label_policyholder")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_policyholder)

        self.policyholder = QLineEdit(PolicyDialog)
        self.policyholder.setObjectName(u"policyholder")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.policyholder)

        self.label_insured = QLabel(PolicyDialog)
        self.label_insured.setObjectName(u"label_insured")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_insured)

        self.insured = QLineEdit(PolicyDialog)
        self.insured.setObjectName(u"insured")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.insured)

        self.label_sum_insured = QLabel(PolicyDialog)
        self.label_sum_insured.setObjectName(u"label_sum_insured")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_sum_insured)

        self.sum_insured = QLineEdit(PolicyDialog)
        self.sum_insured.setObjectName(u"sum_insured")
        self.sum_insured.setPlaceholderText(u"0.00")
        self.sum_insured.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sum_insured)

        self.label_premium = QLabel(PolicyDialog)
        self.label_premium.setObjectName(u"label_premium")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_premium)

        self.premium = QLineEdit(PolicyDialog)
        self.premium.setObjectName(u"premium")
        self.premium.setPlaceholderText(u"0.00")
        self.premium.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.premium)

        self.label_payment_mode = QLabel(PolicyDialog)
        self.label_payment_mode.setObjectName(u"label_payment_mode")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_payment_mode)

        self.payment_mode = QComboBox(PolicyDialog)
        self.payment_mode.setObjectName(u"payment_mode")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.payment_mode)


        self.columns.addLayout(self.form)

        self.form_2 = QFormLayout()
        self.form_2.setObjectName(u"form_2")
        self.form_2.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_payment_years = QLabel(PolicyDialog)
        self.label_payment_years.setObjectName(u"label_payment_years")

        self.form_2.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_payment_years)

        self.payment_years = QSpinBox(PolicyDialog)
        self.payment_years.setObjectName(u"payment_years")
        self.payment_years.setMinimum(1)
        self.payment_years.setMaximum(100)

        self.form_2.setWidget(0, QFormLayout.ItemRole.FieldRole, self.payment_years)

        self.label_apply_date = QLabel(PolicyDialog)
        self.label_apply_date.setObjectName(u"label_apply_date")

        self.form_2.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_apply_date)

        self.apply_date = QDateEdit(PolicyDialog)
        self.apply_date.setObjectName(u"apply_date")
        self.apply_date.setDisplayFormat(u"yyyy-MM-dd")
        self.apply_date.setCalendarPopup(True)

        self.form_2.setWidget(1, QFormLayout.ItemRole.FieldRole, self.apply_date)

        self.label_effective_date = QLabel(PolicyDialog)
        self.label_effective_date.setObjectName(u"label_effective_date")

        self.form_2.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_effective_date)

        self.effective_date = QDateEdit(PolicyDialog)
        self.effective_date.setObjectName(u"effective_date")
        self.effective_date.setDisplayFormat(u"yyyy-MM-dd")
        self.effective_date.setCalendarPopup(True)

        self.form_2.setWidget(2, QFormLayout.ItemRole.FieldRole, self.effective_date)

        self.label_expiry_date = QLabel(PolicyDialog)
        self.label_expiry_date.setObjectName(u"label_expiry_date")

        self.form_2.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_expiry_date)

        self.expiry_date = QDateEdit(PolicyDialog)
        self.expiry_date.setObjectName(u"expiry_date")
        self.expiry_date.setDisplayFormat(u"yyyy-MM-dd")
        self.expiry_date.setCalendarPopup(True)

        self.form_2.setWidget(3, QFormLayout.ItemRole.FieldRole, self.expiry_date)

        self.label_status = QLabel(PolicyDialog)
        self.label_status.setObjectName(u"label_status")

        self.form_2.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.status = QComboBox(PolicyDialog)
        self.status.setObjectName(u"status")

        self.form_2.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.label_riders = QLabel(PolicyDialog)
        self.label_riders.setObjectName(u"label_riders")

        self.form_2.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_riders)

        self.riders = QLineEdit(PolicyDialog)
        self.riders.setObjectName(u"riders")

        self.form_2.setWidget(5, QFormLayout.ItemRole.FieldRole, self.riders)

        self.label_commission = QLabel(PolicyDialog)
        self.label_commission.setObjectName(u"label_commission")

        self.form_2.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_commission)

        self.commission = QLineEdit(PolicyDialog)
        self.commission.setObjectName(u"commission")
        self.commission.setPlaceholderText(u"0.00")
        self.commission.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form_2.setWidget(6, QFormLayout.ItemRole.FieldRole, self.commission)

        self.label_remarks = QLabel(PolicyDialog)
        self.label_remarks.setObjectName(u"label_remarks")

        self.form_2.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_remarks)

        self.remarks = QPlainTextEdit(PolicyDialog)
        self.remarks.setObjectName(u"remarks")
        self.remarks.setMaximumSize(QSize(16777215, 70))
        self.remarks.setTabChangesFocus(True)

        self.form_2.setWidget(7, QFormLayout.ItemRole.FieldRole, self.remarks)

        self.label_grace_days = QLabel(PolicyDialog)
        self.label_grace_days.setObjectName(u"label_grace_days")

        self.form_2.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_grace_days)

        self.grace_days = QSpinBox(PolicyDialog)
        self.grace_days.setObjectName(u"grace_days")
        self.grace_days.setMinimum(-1)
        self.grace_days.setMaximum(365)
        self.grace_days.setValue(-1)

        self.form_2.setWidget(8, QFormLayout.ItemRole.FieldRole, self.grace_days)


        self.columns.addLayout(self.form_2)


        self.main_layout.addLayout(self.columns)

        self.beneficiary_box = QGroupBox(PolicyDialog)
        self.beneficiary_box.setObjectName(u"beneficiary_box")
        self.beneficiary_layout = QVBoxLayout(self.beneficiary_box)
        self.beneficiary_layout.setObjectName(u"beneficiary_layout")
        self.beneficiaries = QTableWidget(self.beneficiary_box)
        self.beneficiaries.setObjectName(u"beneficiaries")
        self.beneficiaries.setMinimumSize(QSize(0, 110))

        self.beneficiary_layout.addWidget(self.beneficiaries)

        self.beneficiary_buttons = QHBoxLayout()
        self.beneficiary_buttons.setObjectName(u"beneficiary_buttons")
        self.add_beneficiary = QPushButton(self.beneficiary_box)
        self.add_beneficiary.setObjectName(u"add_beneficiary")

        self.beneficiary_buttons.addWidget(self.add_beneficiary)

        self.remove_beneficiary = QPushButton(self.beneficiary_box)
        self.remove_beneficiary.setObjectName(u"remove_beneficiary")

        self.beneficiary_buttons.addWidget(self.remove_beneficiary)

        self.share_sum = QLabel(self.beneficiary_box)
        self.share_sum.setObjectName(u"share_sum")

        self.beneficiary_buttons.addWidget(self.share_sum)

        self.beneficiary_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.beneficiary_buttons.addItem(self.beneficiary_spacer)


        self.beneficiary_layout.addLayout(self.beneficiary_buttons)


        self.main_layout.addWidget(self.beneficiary_box)

        self.generate_schedule = QCheckBox(PolicyDialog)
        self.generate_schedule.setObjectName(u"generate_schedule")
        self.generate_schedule.setChecked(True)

        self.main_layout.addWidget(self.generate_schedule)

        self.general_error = QLabel(PolicyDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(u"color: #c62828;")

        self.main_layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(PolicyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_policy_no.setBuddy(self.policy_no)
        self.label_insurer.setBuddy(self.insurer)
        self.label_product.setBuddy(self.product)
        self.label_business_line.setBuddy(self.business_line)
        self.label_policyholder.setBuddy(self.policyholder)
        self.label_insured.setBuddy(self.insured)
        self.label_sum_insured.setBuddy(self.sum_insured)
        self.label_premium.setBuddy(self.premium)
        self.label_payment_mode.setBuddy(self.payment_mode)
        self.label_payment_years.setBuddy(self.payment_years)
        self.label_apply_date.setBuddy(self.apply_date)
        self.label_effective_date.setBuddy(self.effective_date)
        self.label_expiry_date.setBuddy(self.expiry_date)
        self.label_status.setBuddy(self.status)
        self.label_riders.setBuddy(self.riders)
        self.label_commission.setBuddy(self.commission)
        self.label_remarks.setBuddy(self.remarks)
        self.label_grace_days.setBuddy(self.grace_days)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.policy_no, self.insurer)
        QWidget.setTabOrder(self.insurer, self.product)
        QWidget.setTabOrder(self.product, self.business_line)
        QWidget.setTabOrder(self.business_line, self.policyholder)
        QWidget.setTabOrder(self.policyholder, self.insured)
        QWidget.setTabOrder(self.insured, self.sum_insured)
        QWidget.setTabOrder(self.sum_insured, self.premium)
        QWidget.setTabOrder(self.premium, self.payment_mode)
        QWidget.setTabOrder(self.payment_mode, self.payment_years)
        QWidget.setTabOrder(self.payment_years, self.apply_date)
        QWidget.setTabOrder(self.apply_date, self.effective_date)
        QWidget.setTabOrder(self.effective_date, self.expiry_date)
        QWidget.setTabOrder(self.expiry_date, self.status)
        QWidget.setTabOrder(self.status, self.riders)
        QWidget.setTabOrder(self.riders, self.commission)
        QWidget.setTabOrder(self.commission, self.remarks)
        QWidget.setTabOrder(self.remarks, self.grace_days)
        QWidget.setTabOrder(self.grace_days, self.beneficiaries)
        QWidget.setTabOrder(self.beneficiaries, self.add_beneficiary)
        QWidget.setTabOrder(self.add_beneficiary, self.remove_beneficiary)
        QWidget.setTabOrder(self.remove_beneficiary, self.generate_schedule)

        self.retranslateUi(PolicyDialog)

        QMetaObject.connectSlotsByName(PolicyDialog)
    # setupUi

    def retranslateUi(self, PolicyDialog):
        PolicyDialog.setWindowTitle(QCoreApplication.translate("PolicyDialog", u"\u4fdd\u5355", None))
        self.label_policy_no.setText(QCoreApplication.translate("PolicyDialog", u"\u4fdd\u5355\u53f7", None))
        self.label_insurer.setText(QCoreApplication.translate("PolicyDialog", u"\u4fdd\u9669\u516c\u53f8", None))
        self.label_product.setText(QCoreApplication.translate("PolicyDialog", u"\u4ea7\u54c1\u540d\u79f0", None))
        self.label_business_line.setText(QCoreApplication.translate("PolicyDialog", u"\u9669\u79cd", None))
        self.label_policyholder.setText(QCoreApplication.translate("PolicyDialog", u"\u6295\u4fdd\u4eba", None))
        self.label_insured.setText(QCoreApplication.translate("PolicyDialog", u"\u88ab\u4fdd\u9669\u4eba", None))
        self.label_sum_insured.setText(QCoreApplication.translate("PolicyDialog", u"\u4fdd\u989d\uff08\u5143\uff09", None))
        self.label_premium.setText(QCoreApplication.translate("PolicyDialog", u"\u6bcf\u671f\u4fdd\u8d39\uff08\u5143\uff09", None))
        self.label_payment_mode.setText(QCoreApplication.translate("PolicyDialog", u"\u7f34\u8d39\u65b9\u5f0f", None))
        self.label_payment_years.setText(QCoreApplication.translate("PolicyDialog", u"\u7f34\u8d39\u5e74\u9650", None))
        self.label_apply_date.setText(QCoreApplication.translate("PolicyDialog", u"\u6295\u4fdd\u65e5\u671f", None))
        self.label_effective_date.setText(QCoreApplication.translate("PolicyDialog", u"\u751f\u6548\u65e5\u671f", None))
        self.label_expiry_date.setText(QCoreApplication.translate("PolicyDialog", u"\u5230\u671f\u65e5\u671f", None))
        self.label_status.setText(QCoreApplication.translate("PolicyDialog", u"\u4fdd\u5355\u72b6\u6001", None))
        self.label_riders.setText(QCoreApplication.translate("PolicyDialog", u"\u9644\u52a0\u9669", None))
        self.label_commission.setText(QCoreApplication.translate("PolicyDialog", u"\u4f63\u91d1\uff08\u5143\uff09", None))
        self.label_remarks.setText(QCoreApplication.translate("PolicyDialog", u"\u5907\u6ce8", None))
        self.label_grace_days.setText(QCoreApplication.translate("PolicyDialog", u"\u5bbd\u9650\u671f\uff08\u5929\uff09", None))
#if QT_CONFIG(tooltip)
        self.grace_days.setToolTip(QCoreApplication.translate("PolicyDialog", u"\u5408\u540c\u7ea6\u5b9a\u7684\u5bbd\u9650\u671f\uff1b\u4e0d\u586b\u6309\u8bbe\u7f6e\u4e2d\u7684\u5bbd\u9650\u671f\uff08\u6cd5\u5b9a 60 \u5929\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.grace_days.setSpecialValueText(QCoreApplication.translate("PolicyDialog", u"\u6309\u8bbe\u7f6e", None))
        self.beneficiary_box.setTitle(QCoreApplication.translate("PolicyDialog", u"\u53d7\u76ca\u4eba\uff08\u4e0d\u586b\u5219\u4e3a\u6cd5\u5b9a\u53d7\u76ca\u4eba\uff09", None))
        self.add_beneficiary.setText(QCoreApplication.translate("PolicyDialog", u"\u6dfb\u52a0\u53d7\u76ca\u4eba", None))
        self.remove_beneficiary.setText(QCoreApplication.translate("PolicyDialog", u"\u5220\u9664\u6240\u9009", None))
        self.generate_schedule.setText(QCoreApplication.translate("PolicyDialog", u"\u4fdd\u5b58\u540e\u751f\u6210\u7f34\u8d39\u8ba1\u5212", None))
    # retranslateUi

