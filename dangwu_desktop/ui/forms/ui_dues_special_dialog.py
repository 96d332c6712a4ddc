# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_special_dialog.ui'
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

class Ui_DuesSpecialDialog(object):
    def setupUi(self, DuesSpecialDialog):
        if not DuesSpecialDialog.objectName():
            DuesSpecialDialog.setObjectName(u"DuesSpecialDialog")
        DuesSpecialDialog.resize(520, 330)
        self.dialogLayout = QVBoxLayout(DuesSpecialDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(DuesSpecialDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(DuesSpecialDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.dateLabel = QLabel(DuesSpecialDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(DuesSpecialDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.amountLabel = QLabel(DuesSpecialDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(DuesSpecialDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.purposeLabel = QLabel(DuesSpecialDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(DuesSpecialDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.receiptLabel = QLabel(DuesSpecialDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receiptEdit = QLineEdit(DuesSpecialDialog)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receiptEdit)

        self.noteLabel = QLabel(DuesSpecialDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DuesSpecialDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.ruleLabel = QLabel(DuesSpecialDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.errorLabel = QLabel(DuesSpecialDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesSpecialDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.receiptLabel.setBuddy(self.receiptEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesSpecialDialog)

        QMetaObject.connectSlotsByName(DuesSpecialDialog)
    # setupUi

    def retranslateUi(self, DuesSpecialDialog):
        DuesSpecialDialog.setWindowTitle(QCoreApplication.translate("DuesSpecialDialog", u"\u767b\u8bb0\u7279\u6b8a\u515a\u8d39", None))
        self.memberLabel.setText(QCoreApplication.translate("DuesSpecialDialog", u"\u515a\u5458", None))
        self.dateLabel.setText(QCoreApplication.translate("DuesSpecialDialog", u"\u4ea4\u7eb3\u65e5\u671f", None))
        self.amountLabel.setText(QCoreApplication.translate("DuesSpecialDialog", u"\u91d1\u989d\uff08\u5143\uff09", None))
        self.purposeLabel.setText(QCoreApplication.translate("DuesSpecialDialog", u"\u7528\u9014", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("DuesSpecialDialog", u"\u5982\uff1a\u652f\u63f4\u6297\u6d2a\u6551\u707e", None))
        self.receiptLabel.setText(QCoreApplication.translate("DuesSpecialDialog", u"\u6536\u636e\u53f7", None))
        self.receiptEdit.setPlaceholderText(QCoreApplication.translate("DuesSpecialDialog", u"\u6536\u636e\uff08\u51ed\u8bc1\uff09\u53f7\uff0c\u53ef\u4e0d\u586b", None))
        self.noteLabel.setText(QCoreApplication.translate("DuesSpecialDialog", u"\u5907\u6ce8", None))
        self.ruleLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

