# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mark_paid_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_MarkPaidDialog(object):
    def setupUi(self, MarkPaidDialog):
        if not MarkPaidDialog.objectName():
            MarkPaidDialog.setObjectName(u"MarkPaidDialog")
        MarkPaidDialog.resize(420, 260)
        self.main_layout = QVBoxLayout(MarkPaidDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.info = QLabel(MarkPaidDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.main_layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_paid_date = QLabel(MarkPaidDialog)
        self.label_paid_date.setObjectName(u"label_paid_date")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_paid_date)

        self.paid_date = QDateEdit(MarkPaidDialog)
        self.paid_date.setObjectName(u"paid_date")
        self.paid_date.setDisplayFormat(u"yyyy-MM-dd")
        self.paid_date.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.paid_date)

        self.label_amount_paid = QLabel(MarkPaidDialog)
        self.label_amount_paid.setObjectName(u"label_amount_paid")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_amount_paid)

        self.amount_paid = QLineEdit(MarkPaidDialog)
        self.amount_paid.setObjectName(u"amount_paid")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amount_paid)

        self.label_method = QLabel(MarkPaidDialog)
        self.label_method.setObjectName(u"label_method")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_method)

        self.method = QComboBox(MarkPaidDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.method)

        self.label_receipt_no = QLabel(MarkPaidDialog)
        self.label_receipt_no.setObjectName(u"label_receipt_no")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_receipt_no)

        self.receipt_no = QLineEdit(MarkPaidDialog)
        self.receipt_no.setObjectName(u"receipt_no")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receipt_no)


        self.main_layout.addLayout(self.form)

        self.general_error = QLabel(MarkPaidDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(u"color: #c62828;")

        self.main_layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(MarkPaidDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_paid_date.setBuddy(self.paid_date)
        self.label_amount_paid.setBuddy(self.amount_paid)
        self.label_method.setBuddy(self.method)
        self.label_receipt_no.setBuddy(self.receipt_no)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.paid_date, self.amount_paid)
        QWidget.setTabOrder(self.amount_paid, self.method)
        QWidget.setTabOrder(self.method, self.receipt_no)

        self.retranslateUi(MarkPaidDialog)

        QMetaObject.connectSlotsByName(MarkPaidDialog)
    # setupUi

    def retranslateUi(self, MarkPaidDialog):
        MarkPaidDialog.setWindowTitle(QCoreApplication.translate("MarkPaidDialog", u"\u767b\u8bb0\u7f34\u8d39", None))
        self.label_paid_date.setText(QCoreApplication.translate("MarkPaidDialog", u"\u7f34\u8d39\u65e5\u671f", None))
        self.label_amount_paid.setText(QCoreApplication.translate("MarkPaidDialog", u"\u5b9e\u7f34\u91d1\u989d\uff08\u5143\uff09", None))
        self.label_method.setText(QCoreApplication.translate("MarkPaidDialog", u"\u7f34\u8d39\u65b9\u6cd5", None))
        self.label_receipt_no.setText(QCoreApplication.translate("MarkPaidDialog", u"\u6536\u636e\u53f7", None))
    # retranslateUi

