# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'claim_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ClaimDialog(object):
    def setupUi(self, ClaimDialog):
        if not ClaimDialog.objectName():
            ClaimDialog.setObjectName(u"ClaimDialog")
        ClaimDialog.resize(860, 520)
        self.main_layout = QVBoxLayout(ClaimDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_claim_no = QLabel(ClaimDialog)
        self.label_claim_no.setObjectName(u"label_claim_no")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_claim_no)

        self.claim_no = QLineEdit(ClaimDialog)
        self.claim_no.setObjectName(u"claim_no")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.claim_no)

        self.label_policy = QLabel(ClaimDialog)
        self.label_policy.setObjectName(u"label_policy")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_policy)

        self.policy = QLineEdit(ClaimDialog)
        self.policy.setObjectName(u"policy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.policy)

        self.label_claimant = QLabel(ClaimDialog)
        self.label_claimant.setObjectName(u"label_claimant")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_claimant)

        self.claimant = QLineEdit(ClaimDialog)
        self.claimant.setObjectName(u"claimant")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.claimant)

        self.label_incident_date = QLabel(ClaimDialog)
        self.label_incident_date.setObjectName(u"label_incident_date")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_incident_date)

        self.incident_date = QDateEdit(ClaimDialog)
        self.incident_date.setObjectName(u"incident_date")
        self.incident_date.setDisplayFormat(u"yyyy-MM-dd")
        self.incident_date.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.incident_date)

        self.label_filed_date = QLabel(ClaimDialog)
        self.label_filed_date.setObjectName(u"label_filed_date")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.label_filed_date)

        self.filed_date = QDateEdit(ClaimDialog)
        self.filed_date.setObjectName(u"filed_date")
        self.filed_date.setDisplayFormat(u"yyyy-MM-dd")
        self.filed_date.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.filed_date)

        self.label_cause = QLabel(ClaimDialog)
        self.label_cause.setObjectName(u"label_cause")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.label_cause)

        self.cause = QLineEdit(ClaimDialog)
        self.cause.setObjectName(u"cause")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cause)

        self.label_amount_claimed = QLabel(ClaimDialog)
        self.label_amount_claimed.setObjectName(u"label_amount_claimed")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.label_amount_claimed)

        self.amount_claimed = QLineEdit(ClaimDialog)
        self.amount_claimed.setObjectName(u"amount_claimed")
        self.amount_claimed.setPlaceholderText(u"0.00")
        self.amount_claimed.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.amount_claimed)

        self.label_status = QLabel(ClaimDialog)
        self.label_status.setObjectName(u"label_status")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.label_status)

        self.status = QComboBox(ClaimDialog)
        self.status.setObjectName(u"status")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.status)

        self.label_amount_paid = QLabel(ClaimDialog)
        self.label_amount_paid.setObjectName(u"label_amount_paid")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.label_amount_paid)

        self.amount_paid = QLineEdit(ClaimDialog)
        self.amount_paid.setObjectName(u"amount_paid")
        self.amount_paid.setPlaceholderText(u"0.00")
        self.amount_paid.setAlignment(Qt.AlignRight|Qt.AlignVCenter)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.amount_paid)

        self.label_decision_date = QLabel(ClaimDialog)
        self.label_decision_date.setObjectName(u"label_decision_date")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.label_decision_date)

        self.decision_date = QDateEdit(ClaimDialog)
        self.decision_date.setObjectName(u"decision_date")
        self.decision_date.setDisplayFormat(u"yyyy-MM-dd")
        self.decision_date.setCalendarPopup(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.decision_date)

        self.label_remarks = QLabel(ClaimDialog)
        self.label_remarks.setObjectName(u"label_remarks")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.label_remarks)

        self.remarks = QPlainTextEdit(ClaimDialog)
        self.remarks.setObjectName(u"remarks")
        self.remarks.setMaximumSize(QSize(16777215, 70))
        self.remarks.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.remarks)


        self.columns.addLayout(self.form)

        self.materials_box = QGroupBox(ClaimDialog)
        self.materials_box.setObjectName(u"materials_box")
        self.materials_layout = QVBoxLayout(self.materials_box)
        self.materials_layout.setObjectName(u"materials_layout")
        self.materials = QListWidget(self.materials_box)
        self.materials.setObjectName(u"materials")

        self.materials_layout.addWidget(self.materials)

        self.material_buttons = QHBoxLayout()
        self.material_buttons.setObjectName(u"material_buttons")
        self.new_material = QLineEdit(self.materials_box)
        self.new_material.setObjectName(u"new_material")

        self.material_buttons.addWidget(self.new_material)

        self.add_material = QPushButton(self.materials_box)
        self.add_material.setObjectName(u"add_material")

        self.material_buttons.addWidget(self.add_material)


        self.materials_layout.addLayout(self.material_buttons)


        self.columns.addWidget(self.materials_box)


        self.main_layout.addLayout(self.columns)

        self.general_error = QLabel(ClaimDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(u"color: #c62828;")

        self.main_layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(ClaimDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_claim_no.setBuddy(self.claim_no)
        self.label_policy.setBuddy(self.policy)
        self.label_claimant.setBuddy(self.claimant)
        self.label_incident_date.setBuddy(self.incident_date)
        self.label_filed_date.setBuddy(self.filed_date)
        self.label_cause.setBuddy(self.cause)
        self.label_amount_claimed.setBuddy(self.amount_claimed)
        self.label_status.setBuddy(self.status)
        self.label_amount_paid.setBuddy(self.amount_paid)
        self.label_decision_date.setBuddy(self.decision_date)
        self.label_remarks.setBuddy(self.remarks)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.claim_no, self.policy)
        QWidget.setTabOrder(self.policy, self.claimant)
        QWidget.setTabOrder(self.claimant, self.incident_date)
        QWidget.setTabOrder(self.incident_date, self.filed_date)
        QWidget.setTabOrder(self.filed_date, self.cause)
        QWidget.setTabOrder(self.cause, self.amount_claimed)
        QWidget.setTabOrder(self.amount_claimed, self.status)
        QWidget.setTabOrder(self.status, self.amount_paid)
        QWidget.setTabOrder(self.amount_paid, self.decision_date)
        QWidget.setTabOrder(self.decision_date, self.remarks)
        QWidget.setTabOrder(self.remarks, self.materials)
        QWidget.setTabOrder(self.materials, self.new_material)
        QWidget.setTabOrder(self.new_material, self.add_material)

        self.retranslateUi(ClaimDialog)

        QMetaObject.connectSlotsByName(ClaimDialog)
    # setupUi

    def retranslateUi(self, ClaimDialog):
        ClaimDialog.setWindowTitle(QCoreApplication.translate("ClaimDialog", u"\u7406\u8d54", None))
        self.label_claim_no.setText(QCoreApplication.translate("ClaimDialog", u"\u7406\u8d54\u7f16\u53f7", None))
        self.label_policy.setText(QCoreApplication.translate("ClaimDialog", u"\u4fdd\u5355", None))
        self.label_claimant.setText(QCoreApplication.translate("ClaimDialog", u"\u7533\u8bf7\u4eba", None))
        self.label_incident_date.setText(QCoreApplication.translate("ClaimDialog", u"\u51fa\u9669\u65e5\u671f", None))
        self.label_filed_date.setText(QCoreApplication.translate("ClaimDialog", u"\u62a5\u6848\u65e5\u671f", None))
        self.label_cause.setText(QCoreApplication.translate("ClaimDialog", u"\u51fa\u9669\u539f\u56e0", None))
        self.label_amount_claimed.setText(QCoreApplication.translate("ClaimDialog", u"\u7533\u8bf7\u91d1\u989d\uff08\u5143\uff09", None))
        self.label_status.setText(QCoreApplication.translate("ClaimDialog", u"\u7406\u8d54\u72b6\u6001", None))
        self.label_amount_paid.setText(QCoreApplication.translate("ClaimDialog", u"\u5b9e\u8d54\u91d1\u989d\uff08\u5143\uff09", None))
        self.label_decision_date.setText(QCoreApplication.translate("ClaimDialog", u"\u5ba1\u6838\u65e5\u671f", None))
        self.label_remarks.setText(QCoreApplication.translate("ClaimDialog", u"\u5907\u6ce8", None))
        self.materials_box.setTitle(QCoreApplication.translate("ClaimDialog", u"\u7406\u8d54\u6750\u6599\u6e05\u5355\uff08\u52fe\u9009\u5df2\u6536\u5230\uff09", None))
        self.new_material.setPlaceholderText(QCoreApplication.translate("ClaimDialog", u"\u5176\u4ed6\u6750\u6599\u540d\u79f0", None))
        self.add_material.setText(QCoreApplication.translate("ClaimDialog", u"\u6dfb\u52a0", None))
    # retranslateUi

