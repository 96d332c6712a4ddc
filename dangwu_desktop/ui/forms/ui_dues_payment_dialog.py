# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_payment_dialog.ui'
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

from dangwu_desktop.ui.date_field import DateField

class Ui_DuesPaymentDialog(object):
    def setupUi(self, DuesPaymentDialog):
        if not DuesPaymentDialog.objectName():
            DuesPaymentDialog.setObjectName(u"DuesPaymentDialog")
        DuesPaymentDialog.resize(560, 470)
        self.dialogLayout = QVBoxLayout(DuesPaymentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(DuesPaymentDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(DuesPaymentDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.dateLabel = QLabel(DuesPaymentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(DuesPaymentDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.amountLabel = QLabel(DuesPaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(DuesPaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.firstMonthLabel = QLabel(DuesPaymentDialog)
        self.firstMonthLabel.setObjectName(u"firstMonthLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.firstMonthLabel)

        self.firstMonthCombo = QComboBox(DuesPaymentDialog)
        self.firstMonthCombo.setObjectName(u"firstMonthCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.firstMonthCombo)

        self.receiptLabel = QLabel(DuesPaymentDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receiptEdit = QLineEdit(DuesPaymentDialog)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receiptEdit)

        self.paidByLabel = QLabel(DuesPaymentDialog)
        self.paidByLabel.setObjectName(u"paidByLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.paidByLabel)

        self.paidByEdit = QLineEdit(DuesPaymentDialog)
        self.paidByEdit.setObjectName(u"paidByEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paidByEdit)

        self.methodLabel = QLabel(DuesPaymentDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(DuesPaymentDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.orgLabel = QLabel(DuesPaymentDialog)
        self.orgLabel.setObjectName(u"orgLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgEdit = QLineEdit(DuesPaymentDialog)
        self.orgEdit.setObjectName(u"orgEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.orgEdit)

        self.noteLabel = QLabel(DuesPaymentDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DuesPaymentDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.planLabel = QLabel(DuesPaymentDialog)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)
        self.planLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.planLabel)

        self.errorLabel = QLabel(DuesPaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesPaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.firstMonthLabel.setBuddy(self.firstMonthCombo)
        self.receiptLabel.setBuddy(self.receiptEdit)
        self.paidByLabel.setBuddy(self.paidByEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.orgLabel.setBuddy(self.orgEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesPaymentDialog)

        QMetaObject.connectSlotsByName(DuesPaymentDialog)
    # setupUi

    def retranslateUi(self, DuesPaymentDialog):
        DuesPaymentDialog.setWindowTitle(QCoreApplication.translate("DuesPaymentDialog", u"\u767b\u8bb0\u515a\u8d39", None))
        self.memberLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u515a\u5458", None))
        self.dateLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ea4\u7eb3\u65e5\u671f", None))
        self.amountLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u91d1\u989d\uff08\u5143\uff09", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("DuesPaymentDialog", u"\u5982 6 \u6216 1.50", None))
        self.firstMonthLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ece\u54ea\u4e2a\u6708\u8d77", None))
        self.receiptLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u6536\u636e\u53f7", None))
        self.receiptEdit.setPlaceholderText(QCoreApplication.translate("DuesPaymentDialog", u"\u6536\u636e\uff08\u51ed\u8bc1\uff09\u53f7\uff0c\u53ef\u4e0d\u586b", None))
        self.paidByLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ee3\u7f34\u4eba", None))
        self.paidByEdit.setPlaceholderText(QCoreApplication.translate("DuesPaymentDialog", u"\u672c\u4eba\u4ea4\u7eb3\u4e0d\u586b\uff1b\u4eb2\u5c5e\u6216\u5176\u4ed6\u515a\u5458\u4ee3\u4ea4\u65f6\u586b\u59d3\u540d", None))
        self.methodLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ea4\u7eb3\u65b9\u5f0f", None))
        self.orgLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u6d41\u5165\u5730\u515a\u7ec4\u7ec7", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("DuesPaymentDialog", u"\u6d41\u52a8\u515a\u5458\u5728\u6d41\u5165\u5730\u4ea4\u7eb3\u65f6\u586b\u5199", None))
        self.noteLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u5907\u6ce8", None))
        self.planLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

