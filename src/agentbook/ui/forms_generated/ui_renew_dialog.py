# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'renew_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RenewDialog(object):
    def setupUi(self, RenewDialog):
        if not RenewDialog.objectName():
            RenewDialog.setObjectName(u"RenewDialog")
        RenewDialog.resize(460, 360)
        self.main_layout = QVBoxLayout(RenewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info = QLabel(RenewDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_policy_no = QLabel(RenewDialog)
        self.label_policy_no.setObjectName(u"label_policy_no")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_policy_no)

        self.policy_no = QLineEdit(RenewDialog)
        self.policy_no.setObjectName(u"policy_no")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.policy_no)

        self.label_insurer = QLabel(RenewDialog)
        self.label_insurer.setObjectName(u"label_insurer")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_insurer)

        self.insurer = QLineEdit(RenewDialog)
        self.insurer.setObjectName(u"insurer")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.insurer)

        self.label_product = QLabel(RenewDialog)
        self.label_product.setObjectName(u"label_product")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_product)

        self.product = QLineEdit(RenewDialog)
        self.product.setObjectName(u"product")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.product)

        self.label_effective_date = QLabel(RenewDialog)
        self.label_effective_date.setObjectName(u"label_effective_date")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_effective_date)

        self.effective_date = QDateEdit(RenewDialog)
        self.effective_date.setObjectName(u"effective_date")
        self.effective_date.setDisplayFormat(u"yyyy-MM-dd")
        self.effective_date.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.effective_date)

        self.label_expiry_date = QLabel(RenewDialog)
        self.label_expiry_date.setObjectName(u"label_expiry_date")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_expiry_date)

        self.expiry_date = QDateEdit(RenewDialog)
        self.expiry_date.setObjectName(u"expiry_date")
        self.expiry_date.setDisplayFormat(u"yyyy-MM-dd")
        self.expiry_date.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.expiry_date)

        self.label_premium = QLabel(RenewDialog)
        self.label_premium.setObjectName(u"label_premium")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_premium)

        self.premium = QLineEdit(RenewDialog)
        self.premium.setObjectName(u"premium")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.premium)

        self.label_sum_insured = QLabel(RenewDialog)
        self.label_sum_insured.setObjectName(u"label_sum_insured")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_sum_insured)

        self.sum_insured = QLineEdit(RenewDialog)
        self.sum_insured.setObjectName(u"sum_insured")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sum_insured)

        self.label_schedule = QLabel(RenewDialog)
        self.label_schedule.setObjectName(u"label_schedule")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_schedule)

        self.schedule = QCheckBox(RenewDialog)
        self.schedule.setObjectName(u"schedule")
        self.schedule.setChecked(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.schedule)


        self.main_layout.addLayout(self.form)

        self.general_error = QLabel(RenewDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(u"color: #c62828;")

        self.main_layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(RenewDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_policy_no.setBuddy(self.policy_no)
        self.label_insurer.setBuddy(self.insurer)
        self.label_product.setBuddy(self.product)
        self.label_effective_date.setBuddy(self.effective_date)
        self.label_expiry_date.setBuddy(self.expiry_date)
        self.label_premium.setBuddy(self.premium)
        self.label_sum_insured.setBuddy(self.sum_insured)
        self.label_schedule.setBuddy(self.schedule)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.policy_no, self.insurer)
        QWidget.setTabOrder(self.insurer, self.product)
        QWidget.setTabOrder(self.product, self.effective_date)
        QWidget.setTabOrder(self.effective_date, self.expiry_date)
        QWidget.setTabOrder(self.expiry_date, self.premium)
        QWidget.setTabOrder(self.premium, self.sum_insured)
        QWidget.setTabOrder(self.sum_insured, self.schedule)

        self.retranslateUi(RenewDialog)

        QMetaObject.connectSlotsByName(RenewDialog)
    # setupUi

    def retranslateUi(self, RenewDialog):
        RenewDialog.setWindowTitle(QCoreApplication.translate("RenewDialog", u"\u7eed\u4fdd", None))
        self.label_policy_no.setText(QCoreApplication.translate("RenewDialog", u"\u65b0\u4fdd\u5355\u53f7", None))
        self.label_insurer.setText(QCoreApplication.translate("RenewDialog", u"\u4fdd\u9669\u516c\u53f8", None))
        self.label_product.setText(QCoreApplication.translate("RenewDialog", u"\u4ea7\u54c1", None))
        self.label_effective_date.setText(QCoreApplication.translate("RenewDialog", u"\u751f\u6548\u65e5\u671f", None))
        self.label_expiry_date.setText(QCoreApplication.translate("RenewDialog", u"\u5230\u671f\u65e5\u671f", None))
        self.label_premium.setText(QCoreApplication.translate("RenewDialog", u"\u4fdd\u8d39\uff08\u5143\uff09", None))
        self.label_sum_insured.setText(QCoreApplication.translate("RenewDialog", u"\u4fdd\u989d\uff08\u5143\uff09", None))
        self.label_schedule.setText(QCoreApplication.translate("RenewDialog", u"\u751f\u6210\u7f34\u8d39\u8ba1\u5212", None))
    # retranslateUi

