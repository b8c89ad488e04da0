# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
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
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(500, 420)
        self.main_layout = QVBoxLayout(ContactDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_customer = QLabel(ContactDialog)
        self.label_customer.setObjectName(u"label_customer")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_customer)

        self.customer = QLineEdit(ContactDialog)
        self.customer.setObjectName(u"customer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customer)

        self.label_contacted_at = QLabel(ContactDialog)
        self.label_contacted_at.setObjectName(u"label_contacted_at")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_contacted_at)

        self.contacted_at = QDateTimeEdit(ContactDialog)
        self.contacted_at.setObjectName(u"contacted_at")
        self.contacted_at.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.contacted_at.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contacted_at)

        self.label_channel = QLabel(ContactDialog)
        self.label_channel.setObjectName(u"label_channel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_channel)

        self.channel = QComboBox(ContactDialog)
        self.channel.setObjectName(u"channel")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channel)

        self.label_purpose = QLabel(ContactDialog)
        self.label_purpose.setObjectName(u"label_purpose")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_purpose)

        self.purpose = QComboBox(ContactDialog)
        self.purpose.setObjectName(u"purpose")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.label_summary = QLabel(ContactDialog)
        self.label_summary.setObjectName(u"label_summary")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_summary)

        self.summary = QPlainTextEdit(ContactDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setMaximumSize(QSize(16777215, 70))
        self.summary.setTabChangesFocus(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summary)

        self.label_outcome = QLabel(ContactDialog)
        self.label_outcome.setObjectName(u"label_outcome")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_outcome)

        self.outcome = QLineEdit(ContactDialog)
        self.outcome.setObjectName(u"outcome")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.label_follow_up_date = QLabel(ContactDialog)
        self.label_follow_up_date.setObjectName(u"label_follow_up_date")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_follow_up_date)

        self.follow_up_date = QDateEdit(ContactDialog)
        self.follow_up_date.setObjectName(u"follow_up_date")
        self.follow_up_date.setDisplayFormat(u"yyyy-MM-dd")
        self.follow_up_date.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.follow_up_date)

        self.label_follow_up_done = QLabel(ContactDialog)
        self.label_follow_up_done.setObjectName(u"label_follow_up_done")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_follow_up_done)

        self.follow_up_done = QCheckBox(ContactDialog)
        self.follow_up_done.setObjectName(u"follow_up_done")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.follow_up_done)


        self.main_layout.addLayout(self.form)

        self.general_error = QLabel(ContactDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(u"color: #c62828;")

        self.main_layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ContactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_customer.setBuddy(self.customer)
        self.label_contacted_at.setBuddy(self.contacted_at)
        self.label_channel.setBuddy(self.channel)
        self.label_purpose.setBuddy(self.purpose)
        self.label_summary.setBuddy(self.summary)
        self.label_outcome.setBuddy(self.outcome)
        self.label_follow_up_date.setBuddy(self.follow_up_date)
        self.label_follow_up_done.setBuddy(self.follow_up_done)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.customer, self.contacted_at)
        QWidget.setTabOrder(self.contacted_at, self.channel)
        QWidget.setTabOrder(self.channel, self.purpose)
        QWidget.setTabOrder(self.purpose, self.summary)
        QWidget.setTabOrder(self.summary, self.outcome)
        QWidget.setTabOrder(self.outcome, self.follow_up_date)
        QWidget.setTabOrder(self.follow_up_date, self.follow_up_done)

        self.retranslateUi(ContactDialog)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"\u6c9f\u901a\u8bb0\u5f55", None))
        self.label_customer.setText(QCoreApplication.translate("ContactDialog", u"\u5ba2\u6237", None))
        self.label_contacted_at.setText(QCoreApplication.translate("ContactDialog", u"\u6c9f\u901a\u65f6\u95f4", None))
        self.label_channel.setText(QCoreApplication.translate("ContactDialog", u"\u6c9f\u901a\u65b9\u5f0f", None))
        self.label_purpose.setText(QCoreApplication.translate("ContactDialog", u"\u6c9f\u901a\u76ee\u7684", None))
        self.label_summary.setText(QCoreApplication.translate("ContactDialog", u"\u6c9f\u901a\u5185\u5bb9", None))
        self.label_outcome.setText(QCoreApplication.translate("ContactDialog", u"\u7ed3\u679c", None))
        self.label_follow_up_date.setText(QCoreApplication.translate("ContactDialog", u"\u8ddf\u8fdb\u65e5\u671f", None))
        self.label_follow_up_done.setText(QCoreApplication.translate("ContactDialog", u"\u5df2\u8ddf\u8fdb", None))
    # retranslateUi

