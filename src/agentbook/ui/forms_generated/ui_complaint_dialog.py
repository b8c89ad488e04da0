# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_dialog.ui'
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
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(560, 720)
        self.main_layout = QVBoxLayout(ComplaintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.received_box = QGroupBox(ComplaintDialog)
        self.received_box.setObjectName(u"received_box")
        self.received_box_layout = QVBoxLayout(self.received_box)
        self.received_box_layout.setObjectName(u"received_box_layout")
        self.received_form = QFormLayout()
        self.received_form.setObjectName(u"received_form")
        self.received_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_customer = QLabel(self.received_box)
        self.label_customer.setObjectName(u"label_customer")

        self.received_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_customer)

        self.customer = QLineEdit(self.received_box)
        self.customer.setObjectName(u"customer")

        self.received_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customer)

        self.label_complainant = QLabel(self.received_box)
        self.label_complainant.setObjectName(u"label_complainant")

        self.received_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_complainant)

        self.complainant = QLineEdit(self.received_box)
        self.complainant.setObjectName(u"complainant")

        self.received_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.complainant)

        self.label_policy = QLabel(self.received_box)
        self.label_policy.setObjectName(u"label_policy")

        self.received_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_policy)

        self.policy = QLineEdit(self.received_box)
        self.policy.setObjectName(u"policy")

        self.received_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.policy)

        self.label_received_at = QLabel(self.received_box)
        self.label_received_at.setObjectName(u"label_received_at")

        self.received_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_received_at)

        self.received_at = QDateTimeEdit(self.received_box)
        self.received_at.setObjectName(u"received_at")
        self.received_at.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.received_at.setCalendarPopup(True)

        self.received_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.received_at)

        self.label_channel = QLabel(self.received_box)
        self.label_channel.setObjectName(u"label_channel")

        self.received_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_channel)

        self.channel = QComboBox(self.received_box)
        self.channel.setObjectName(u"channel")

        self.received_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.channel)

        self.label_content = QLabel(self.received_box)
        self.label_content.setObjectName(u"label_content")

        self.received_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_content)

        self.content = QPlainTextEdit(self.received_box)
        self.content.setObjectName(u"content")
        self.content.setMaximumSize(QSize(16777215, 80))
        self.content.setTabChangesFocus(True)

        self.received_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.content)

        self.label_handler = QLabel(self.received_box)
        self.label_handler.setObjectName(u"label_handler")

        self.received_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_handler)

        self.handler = QLineEdit(self.received_box)
        self.handler.setObjectName(u"handler")

        self.received_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.handler)

        self.label_deadline = QLabel(self.received_box)
        self.label_deadline.setObjectName(u"label_deadline")

        self.received_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_deadline)

        self.deadline = QDateEdit(self.received_box)
        self.deadline.setObjectName(u"deadline")
        self.deadline.setDisplayFormat(u"yyyy-MM-dd")
        self.deadline.setCalendarPopup(True)

        self.received_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.deadline)


        self.received_box_layout.addLayout(self.received_form)


        self.main_layout.addWidget(self.received_box)

        self.handled_box = QGroupBox(ComplaintDialog)
        self.handled_box.setObjectName(u"handled_box")
        self.handled_box_layout = QVBoxLayout(self.handled_box)
        self.handled_box_layout.setObjectName(u"handled_box_layout")
        self.handled_form = QFormLayout()
        self.handled_form.setObjectName(u"handled_form")
        self.handled_form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_investigation = QLabel(self.handled_box)
        self.label_investigation.setObjectName(u"label_investigation")

        self.handled_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_investigation)

        self.investigation = QPlainTextEdit(self.handled_box)
        self.investigation.setObjectName(u"investigation")
        self.investigation.setMaximumSize(QSize(16777215, 60))
        self.investigation.setTabChangesFocus(True)

        self.handled_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.investigation)

        self.label_resolution = QLabel(self.handled_box)
        self.label_resolution.setObjectName(u"label_resolution")

        self.handled_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_resolution)

        self.resolution = QPlainTextEdit(self.handled_box)
        self.resolution.setObjectName(u"resolution")
        self.resolution.setMaximumSize(QSize(16777215, 60))
        self.resolution.setTabChangesFocus(True)

        self.handled_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resolution)

        self.label_feedback = QLabel(self.handled_box)
        self.label_feedback.setObjectName(u"label_feedback")

        self.handled_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_feedback)

        self.feedback = QPlainTextEdit(self.handled_box)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setMaximumSize(QSize(16777215, 60))
        self.feedback.setTabChangesFocus(True)

        self.handled_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.feedback)

        self.label_closed = QLabel(self.handled_box)
        self.label_closed.setObjectName(u"label_closed")

        self.handled_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_closed)

        self.closed = QCheckBox(self.handled_box)
        self.closed.setObjectName(u"closed")

        self.handled_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closed)

        self.label_closed_at = QLabel(self.handled_box)
        self.label_closed_at.setObjectName(u"label_closed_at")

        self.handled_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_closed_at)

        self.closed_at = QDateTimeEdit(self.handled_box)
        self.closed_at.setObjectName(u"closed_at")
        self.closed_at.setDisplayFormat(u"yyyy-MM-dd HH:mm")
        self.closed_at.setCalendarPopup(True)

        self.handled_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.closed_at)

        self.label_satisfaction = QLabel(self.handled_box)
        self.label_satisfaction.setObjectName(u"label_satisfaction")

        self.handled_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_satisfaction)

        self.satisfaction = QComboBox(self.handled_box)
        self.satisfaction.setObjectName(u"satisfaction")

        self.handled_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.satisfaction)


        self.handled_box_layout.addLayout(self.handled_form)


        self.main_layout.addWidget(self.handled_box)

        self.general_error = QLabel(ComplaintDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(u"color: #c62828;")

        self.main_layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ComplaintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_customer.setBuddy(self.customer)
        self.label_complainant.setBuddy(self.complainant)
        self.label_policy.setBuddy(self.policy)
        self.label_received_at.setBuddy(self.received_at)
        self.label_channel.setBuddy(self.channel)
        self.label_content.setBuddy(self.content)
        self.label_handler.setBuddy(self.handler)
        self.label_deadline.setBuddy(self.deadline)
        self.label_investigation.setBuddy(self.investigation)
        self.label_resolution.setBuddy(self.resolution)
        self.label_feedback.setBuddy(self.feedback)
        self.label_closed.setBuddy(self.closed)
        self.label_closed_at.setBuddy(self.closed_at)
        self.label_satisfaction.setBuddy(self.satisfaction)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.customer, self.complainant)
        QWidget.setTabOrder(self.complainant, self.policy)
        QWidget.setTabOrder(self.policy, self.received_at)
        QWidget.setTabOrder(self.received_at, self.channel)
        QWidget.setTabOrder(self.channel, self.content)
        QWidget.setTabOrder(self.content, self.handler)
        QWidget.setTabOrder(self.handler, self.deadline)
        QWidget.setTabOrder(self.deadline, self.investigation)
        QWidget.setTabOrder(self.investigation, self.resolution)
        QWidget.setTabOrder(self.resolution, self.feedback)
        QWidget.setTabOrder(self.feedback, self.closed)
        QWidget.setTabOrder(self.closed, self.closed_at)
        QWidget.setTabOrder(self.closed_at, self.satisfaction)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"\u6295\u8bc9\u767b\u8bb0", None))
        self.received_box.setTitle(QCoreApplication.translate("ComplaintDialog", u"\u53d7\u7406", None))
        self.label_customer.setText(QCoreApplication.translate("ComplaintDialog", u"\u5ba2\u6237", None))
        self.label_complainant.setText(QCoreApplication.translate("ComplaintDialog", u"\u6295\u8bc9\u4eba\uff08\u975e\u5ba2\u6237\u672c\u4eba\u65f6\uff09", None))
        self.label_policy.setText(QCoreApplication.translate("ComplaintDialog", u"\u76f8\u5173\u4fdd\u5355", None))
        self.label_received_at.setText(QCoreApplication.translate("ComplaintDialog", u"\u53d7\u7406\u65f6\u95f4", None))
        self.label_channel.setText(QCoreApplication.translate("ComplaintDialog", u"\u6295\u8bc9\u6e20\u9053", None))
        self.label_content.setText(QCoreApplication.translate("ComplaintDialog", u"\u6295\u8bc9\u5185\u5bb9", None))
        self.label_handler.setText(QCoreApplication.translate("ComplaintDialog", u"\u5904\u7406\u4eba", None))
        self.label_deadline.setText(QCoreApplication.translate("ComplaintDialog", u"\u5904\u7406\u65f6\u9650", None))
        self.handled_box.setTitle(QCoreApplication.translate("ComplaintDialog", u"\u5904\u7406\u4e0e\u529e\u7ed3", None))
        self.label_investigation.setText(QCoreApplication.translate("ComplaintDialog", u"\u8c03\u67e5\u60c5\u51b5", None))
        self.label_resolution.setText(QCoreApplication.translate("ComplaintDialog", u"\u5904\u7406\u7ed3\u679c", None))
        self.label_feedback.setText(QCoreApplication.translate("ComplaintDialog", u"\u5411\u5ba2\u6237\u53cd\u9988", None))
        self.label_closed.setText(QCoreApplication.translate("ComplaintDialog", u"\u5df2\u529e\u7ed3", None))
        self.label_closed_at.setText(QCoreApplication.translate("ComplaintDialog", u"\u529e\u7ed3\u65f6\u95f4", None))
        self.label_satisfaction.setText(QCoreApplication.translate("ComplaintDialog", u"\u5ba2\u6237\u6ee1\u610f\u5ea6", None))
    # retranslateUi

