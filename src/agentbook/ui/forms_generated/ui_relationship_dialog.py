# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'relationship_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RelationshipDialog(object):
    def setupUi(self, RelationshipDialog):
        if not RelationshipDialog.objectName():
            RelationshipDialog.setObjectName(u"RelationshipDialog")
        RelationshipDialog.resize(460, 240)
        self.main_layout = QVBoxLayout(RelationshipDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.label_customer = QLabel(RelationshipDialog)
        self.label_customer.setObjectName(u"label_customer")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_customer)

        self.customer = QLineEdit(RelationshipDialog)
        self.customer.setObjectName(u"customer")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customer)

        self.label_relation = QLabel(RelationshipDialog)
        self.label_relation.setObjectName(u"label_relation")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.label_relation)

        self.relation = QComboBox(RelationshipDialog)
        self.relation.setObjectName(u"relation")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.relation)

        self.label_related = QLabel(RelationshipDialog)
        self.label_related.setObjectName(u"label_related")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_related)

        self.related = QLineEdit(RelationshipDialog)
        self.related.setObjectName(u"related")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.related)

        self.label_remarks = QLabel(RelationshipDialog)
        self.label_remarks.setObjectName(u"label_remarks")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.label_remarks)

        self.remarks = QLineEdit(RelationshipDialog)
        self.remarks.setObjectName(u"remarks")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.remarks)


        self.main_layout.addLayout(self.form)

        self.general_error = QLabel(RelationshipDialog)
        self.general_error.setObjectName(u"general_error")
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(u"color: #c62828;")

        self.main_layout.addWidget(self.general_error)

        self.buttons = QDialogButtonBox(RelationshipDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_customer.setBuddy(self.customer)
        self.label_relation.setBuddy(self.relation)
        self.label_related.setBuddy(self.related)
        self.label_remarks.setBuddy(self.remarks)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.customer, self.relation)
        QWidget.setTabOrder(self.relation, self.related)
        QWidget.setTabOrder(self.related, self.remarks)

        self.retranslateUi(RelationshipDialog)

        QMetaObject.connectSlotsByName(RelationshipDialog)
    # setupUi

    def retranslateUi(self, RelationshipDialog):
        RelationshipDialog.setWindowTitle(QCoreApplication.translate("RelationshipDialog", u"\u5ba2\u6237\u5173\u7cfb", None))
        self.label_customer.setText(QCoreApplication.translate("RelationshipDialog", u"\u5ba2\u6237", None))
        self.label_relation.setText(QCoreApplication.translate("RelationshipDialog", u"\u662f\u5bf9\u65b9\u7684", None))
        self.label_related.setText(QCoreApplication.translate("RelationshipDialog", u"\u5bf9\u65b9", None))
        self.label_remarks.setText(QCoreApplication.translate("RelationshipDialog", u"\u5907\u6ce8", None))
    # retranslateUi

