# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(480, 460)
        self.main_layout = QVBoxLayout(PaymentDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_policy = QLabel(PaymentDialog)
        self.label_policy.setObjectName(u"label_policy")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_policy)

        self.policy = QLineEdit(PaymentDialog)
        self.policy.setObjectName(u"policy")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.policy)

        self.label_period = QLabel(PaymentDialog)
        self.label_period.setObjectName(u"label_period")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_period)

        self.period = QSpinBox(PaymentDialog)
        self.period.setObjectName(u"period")
        self.period.setMinimum(1)
        self.period.setMaximum(100)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.period)

        self.label_due_date = QLabel(PaymentDialog)
        self.label_due_date.setObjectName(u"label_due_date")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_due_date)

        self.due_date = QDateEdit(PaymentDialog)
        self.due_date.setObjectName(u"due_date")
        self.due_date.setDisplayFormat(u"yyyy-MM-dd")
        self.due_date.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.due_date)

        self.label_amount_due = QLabel(PaymentDialog)
        self.label_amount_due.setObjectName(u"label_amount_due")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_amount_due)

        self.amount_due = QLineEdit(PaymentDialog)
        self.amount_due.setObjectName(u"amount_due")
        self.amount_due.setPlaceholderText(u"0.00")
        self.amount_due.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amount_due)

        self.label_status = QLabel(PaymentDialog)
        self.label_status.setObjectName(u"label_status")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.status = QComboBox(PaymentDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.status)

        self.label_paid_date = QLabel(PaymentDialog)
        self.label_paid_date.setObjectName(u"label_paid_date")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_paid_date)

        self.paid_date = QDateEdit(PaymentDialog)
        self.paid_date.setObjectName(u"paid_date")
        self.paid_date.setDisplayFormat(u"yyyy-MM-dd")
        self.paid_date.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paid_date)

        self.label_amount_paid = QLabel(PaymentDialog)
        self.label_amount_paid.setObjectName(u"label_amount_paid")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_amount_paid)

        self.amount_paid = QLineEdit(PaymentDialog)
        self.amount_paid.setObjectName(u"amount_paid")
        self.amount_paid.setPlaceholderText(u"0.00")
        self.amount_paid.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.amount_paid)

        self.label_method = QLabel(PaymentDialog)
        self.label_method.setObjectName(u"label_method")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_method)

        self.method = QComboBox(PaymentDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.method)

        self.label_receipt_no = QLabel(PaymentDialog)
        self.label_receipt_no.setObjectName(u"label_receipt_no")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_receipt_no)

        self.receipt_no = QLineEdit(PaymentDialog)
        self.receipt_no.setObjectName(u"receipt_no")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.receipt_no)

        self.label_remarks = QLabel(PaymentDialog)
        self.label_remarks.setObjectName(u"label_remarks")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_remarks)

        self.remarks = QPlainTextEdit(PaymentDialog)
        self.remarks.setObjectName(u"remarks")
        self.remarks.setMaximumSize(QSize(16777215, 70))
        self.remarks.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.remarks)


        self.main_layout.addLayout(self.form)

        self.general_error = QLabel(PaymentDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(u"color: #c62828;")

        self.main_layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(PaymentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_policy.setBuddy(self.policy)
        self.label_period.setBuddy(self.period)
        self.label_due_date.setBuddy(self.due_date)
        self.label_amount_due.setBuddy(self.amount_due)
        self.label_status.setBuddy(self.status)
        self.label_paid_date.setBuddy(self.paid_date)
        self.label_amount_paid.setBuddy(self.amount_paid)
        self.label_method.setBuddy(self.method)
        self.label_receipt_no.setBuddy(self.receipt_no)
        self.label_remarks.setBuddy(self.remarks)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.policy, self.period)
        QWidget.setTabOrder(self.period, self.due_date)
        QWidget.setTabOrder(self.due_date, self.amount_due)
        QWidget.setTabOrder(self.amount_due, self.status)
        QWidget.setTabOrder(self.status, self.paid_date)
        QWidget.setTabOrder(self.paid_date, self.amount_paid)
        QWidget.setTabOrder(self.amount_paid, self.method)
        QWidget.setTabOrder(self.method, self.receipt_no)
        QWidget.setTabOrder(self.receipt_no, self.remarks)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"\u7f34\u8d39\u8bb0\u5f55", None))
        self.label_policy.setText(QCoreApplication.translate("PaymentDialog", u"\u4fdd\u5355", None))
        self.label_period.setText(QCoreApplication.translate("PaymentDialog", u"\u671f\u6570", None))
        self.label_due_date.setText(QCoreApplication.translate("PaymentDialog", u"\u5e94\u7f34\u65e5\u671f", None))
        self.label_amount_due.setText(QCoreApplication.translate("PaymentDialog", u"\u5e94\u7f34\u91d1\u989d\uff08\u5143\uff09", None))
        self.label_status.setText(QCoreApplication.translate("PaymentDialog", u"\u7f34\u8d39\u72b6\u6001", None))
        self.label_paid_date.setText(QCoreApplication.translate("PaymentDialog", u"\u7f34\u8d39\u65e5\u671f", None))
        self.label_amount_paid.setText(QCoreApplication.translate("PaymentDialog", u"\u5b9e\u7f34\u91d1\u989d\uff08\u5143\uff09", None))
        self.label_method.setText(QCoreApplication.translate("PaymentDialog", u"\u7f34\u8d39\u65b9\u6cd5", None))
        self.label_receipt_no.setText(QCoreApplication.translate("PaymentDialog", u"\u6536\u636e\u53f7", None))
        self.label_remarks.setText(QCoreApplication.translate("PaymentDialog", u"\u5907\u6ce8", None))
    # retranslateUi

