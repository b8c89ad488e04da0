# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sheet_print_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SheetPrintDialog(object):
    def setupUi(self, SheetPrintDialog):
        if not SheetPrintDialog.objectName():
            SheetPrintDialog.setObjectName(u"SheetPrintDialog")
        SheetPrintDialog.resize(520, 400)
        self.main_layout = QVBoxLayout(SheetPrintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.scope_box = QGroupBox(SheetPrintDialog)
        self.scope_box.setObjectName(u"scope_box")
        self.scope_layout = QVBoxLayout(self.scope_box)
        self.scope_layout.setObjectName(u"scope_layout")
        self.scope_selected = QRadioButton(self.scope_box)
        self.scope_selected.setObjectName(u"scope_selected")
        self.scope_selected.setChecked(True)

        self.scope_layout.addWidget(self.scope_selected)

        self.scope_filter = QRadioButton(self.scope_box)
        self.scope_filter.setObjectName(u"scope_filter")

        self.scope_layout.addWidget(self.scope_filter)


        self.main_layout.addWidget(self.scope_box)

        self.output_box = QGroupBox(SheetPrintDialog)
        self.output_box.setObjectName(u"output_box")
        self.output_layout = QVBoxLayout(self.output_box)
        self.output_layout.setObjectName(u"output_layout")
        self.one_file = QRadioButton(self.output_box)
        self.one_file.setObjectName(u"one_file")
        self.one_file.setChecked(True)

        self.output_layout.addWidget(self.one_file)

        self.per_customer = QRadioButton(self.output_box)
        self.per_customer.setObjectName(u"per_customer")

        self.output_layout.addWidget(self.per_customer)


        self.main_layout.addWidget(self.output_box)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.label_contacts = QLabel(SheetPrintDialog)
        self.label_contacts.setObjectName(u"label_contacts")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_contacts)

        self.contacts = QSpinBox(SheetPrintDialog)
        self.contacts.setObjectName(u"contacts")
        self.contacts.setMaximum(999)
        self.contacts.setValue(20)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contacts)


        self.main_layout.addLayout(self.form)

        self.reveal = QCheckBox(SheetPrintDialog)
        self.reveal.setObjectName(u"reveal")

        self.main_layout.addWidget(self.reveal)

        self.reveal_warning = QLabel(SheetPrintDialog)
        self.reveal_warning.setObjectName(u"reveal_warning")
        self.reveal_warning.setWordWrap(True)

        self.main_layout.addWidget(self.reveal_warning)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(SheetPrintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel)

        self.main_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.label_contacts.setBuddy(self.contacts)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scope_selected, self.scope_filter)
        QWidget.setTabOrder(self.scope_filter, self.one_file)
        QWidget.setTabOrder(self.one_file, self.per_customer)
        QWidget.setTabOrder(self.per_customer, self.contacts)
        QWidget.setTabOrder(self.contacts, self.reveal)

        self.retranslateUi(SheetPrintDialog)

        QMetaObject.connectSlotsByName(SheetPrintDialog)
    # setupUi

    def retranslateUi(self, SheetPrintDialog):
        SheetPrintDialog.setWindowTitle(QCoreApplication.translate("SheetPrintDialog", u"\u6253\u5370\u5ba2\u6237\u6863\u6848\u8868", None))
        self.scope_box.setTitle(QCoreApplication.translate("SheetPrintDialog", u"\u6253\u5370\u54ea\u4e9b\u5ba2\u6237", None))
        self.scope_selected.setText(QCoreApplication.translate("SheetPrintDialog", u"\u9009\u4e2d\u7684\u5ba2\u6237", None))
        self.scope_filter.setText(QCoreApplication.translate("SheetPrintDialog", u"\u5f53\u524d\u7b5b\u9009\u7ed3\u679c\u4e2d\u7684\u5168\u90e8\u5ba2\u6237", None))
        self.output_box.setTitle(QCoreApplication.translate("SheetPrintDialog", u"\u5bfc\u51fa\u65b9\u5f0f", None))
        self.one_file.setText(QCoreApplication.translate("SheetPrintDialog", u"\u5408\u5e76\u4e3a\u4e00\u4e2a PDF \u6587\u4ef6\uff08\u6bcf\u4f4d\u5ba2\u6237\u53e6\u8d77\u4e00\u9875\uff0c\u5e26\u4e66\u7b7e\uff09", None))
        self.per_customer.setText(QCoreApplication.translate("SheetPrintDialog", u"\u6bcf\u4f4d\u5ba2\u6237\u4e00\u4e2a PDF \u6587\u4ef6\uff08\u5b58\u5165\u6587\u4ef6\u5939\uff0c\u6309\u6863\u6848\u7f16\u53f7\u547d\u540d\uff09", None))
        self.label_contacts.setText(QCoreApplication.translate("SheetPrintDialog", u"\u6c9f\u901a\u8bb0\u5f55", None))
        self.contacts.setPrefix(QCoreApplication.translate("SheetPrintDialog", u"\u6700\u8fd1 ", None))
        self.contacts.setSuffix(QCoreApplication.translate("SheetPrintDialog", u" \u6761", None))
        self.reveal.setText(QCoreApplication.translate("SheetPrintDialog", u"\u6253\u5370\u5b8c\u6574\u7684\u8bc1\u4ef6\u53f7\u7801\u3001\u624b\u673a\u53f7\u7801\u53ca\u6536\u5165\u3001\u5065\u5eb7\u548c\u8d22\u52a1\u4fe1\u606f", None))
        self.reveal_warning.setText(QCoreApplication.translate("SheetPrintDialog", u"\u9ed8\u8ba4\u53ea\u6253\u5370\u8131\u654f\u540e\u7684\u53f7\u7801\u3002\u9009\u62e9\u6253\u5370\u5b8c\u6574\u4fe1\u606f\u4f1a\u8bb0\u5165\u64cd\u4f5c\u65e5\u5fd7\uff08\u7ecf\u529e\u4eba\u3001\u5ba2\u6237\u3001\u65f6\u95f4\uff09\u3002", None))
    # retranslateUi

