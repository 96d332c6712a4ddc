# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(420, 220)
        self.dialogLayout = QVBoxLayout(PasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.currentLabel = QLabel(PasswordDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(PasswordDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newLabel = QLabel(PasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(PasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.repeatLabel = QLabel(PasswordDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(PasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(PasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(PasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(PasswordDialog)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"\u8bbe\u7f6e\u5bc6\u7801", None))
        self.currentLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u539f\u5bc6\u7801", None))
        self.newLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u65b0\u5bc6\u7801", None))
        self.newEdit.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"\u81f3\u5c116\u4f4d", None))
        self.repeatLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u518d\u8f93\u4e00\u6b21", None))
        self.messageLabel.setText(QCoreApplication.translate("PasswordDialog", u"\u5bc6\u7801\u4fdd\u62a4\u7684\u662f\uff1a\u5728\u8fd9\u53f0\u7535\u8111\u4e0a\u6253\u5f00\u515a\u52a1\u53f0\u8d26\u7684\u7a97\u53e3\uff08\u547d\u4ee4\u884c\u4e5f\u8981\u8f93\u5165\u540c\u4e00\u5bc6\u7801\uff09\u3002\u5b83\u4e0d\u7ed9\u6570\u636e\u6587\u4ef6\u52a0\u5bc6\uff1a\u62ff\u5230\u6570\u636e\u6587\u4ef6\u3001\u5907\u4efd\u6216U\u76d8\u4e0a\u526f\u672c\u7684\u4eba\uff0c\u7528\u5176\u4ed6\u8f6f\u4ef6\u4ecd\u80fd\u8bfb\u51fa\u5185\u5bb9\uff0c\u8bf7\u50cf\u4fdd\u7ba1\u7eb8\u8d28\u82b1\u540d\u518c\u4e00\u6837\u4fdd\u7ba1\u5b83\u4eec\u3002\u7a0b\u5e8f\u53ea\u4fdd\u5b58\u5bc6\u7801\u7684\u4e0d\u53ef\u8fd8\u539f\u6458\u8981\uff08argon2\uff09\uff0c\u5fd8\u8bb0\u5bc6\u7801\u5c06\u65e0\u6cd5\u5728\u7a0b\u5e8f\u4e2d\u6253\u5f00\u6570\u636e\uff0c\u8bf7\u7262\u8bb0\u3002", None))
    # retranslateUi

