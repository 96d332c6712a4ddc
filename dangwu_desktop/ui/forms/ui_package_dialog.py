# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'package_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PackageDialog(object):
    def setupUi(self, PackageDialog):
        if not PackageDialog.objectName():
            PackageDialog.setObjectName(u"PackageDialog")
        PackageDialog.resize(600, 340)
        self.dialogLayout = QVBoxLayout(PackageDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explainLabel = QLabel(PackageDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explainLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fileLabel = QLabel(PackageDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(PackageDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(PackageDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.passwordLabel = QLabel(PackageDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(PackageDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatLabel = QLabel(PackageDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(PackageDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.passwordNoteLabel = QLabel(PackageDialog)
        self.passwordNoteLabel.setObjectName(u"passwordNoteLabel")
        self.passwordNoteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.passwordNoteLabel)

        self.messageLabel = QLabel(PackageDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PackageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.repeatEdit)

        self.retranslateUi(PackageDialog)

        QMetaObject.connectSlotsByName(PackageDialog)
    # setupUi

    def retranslateUi(self, PackageDialog):
        PackageDialog.setWindowTitle(QCoreApplication.translate("PackageDialog", u"\u5bfc\u51fa\u4e0a\u62a5\u6570\u636e\u5305", None))
        self.explainLabel.setText(QCoreApplication.translate("PackageDialog", u"\u4e0a\u62a5\u6570\u636e\u5305\u662f\u4e00\u4e2a\u6587\u4ef6\uff0c\u88c5\u7740\u672c\u652f\u90e8\u5168\u90e8\u8bb0\u5f55\u6b64\u523b\u7684\u5b8c\u6574\u526f\u672c\uff0c\u7528U\u76d8\u6216\u5fae\u4fe1\u4ea4\u7ed9\u4e61\u9547\u515a\u59d4\uff0c\u4e61\u9547\u7528\u515a\u52a1\u53f0\u8d26\u5bfc\u5165\uff0c\u4e0d\u5fc5\u518d\u6284\u5f55\u3002\u4f1a\u8bae\u7684\u9644\u4ef6\uff08\u7b7e\u5230\u8868\u3001\u7167\u7247\u7b49\u6587\u4ef6\uff09\u7559\u5728\u672c\u673a\uff0c\u4e0d\u653e\u8fdb\u6570\u636e\u5305\u3002", None))
        self.fileLabel.setText(QCoreApplication.translate("PackageDialog", u"\u4fdd\u5b58\u4e3a(&F)", None))
        self.browseButton.setText(QCoreApplication.translate("PackageDialog", u"\u9009\u62e9\u4f4d\u7f6e(&B)\u2026", None))
        self.passwordLabel.setText(QCoreApplication.translate("PackageDialog", u"\u6570\u636e\u5305\u5bc6\u7801(&P)", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("PackageDialog", u"\u53ef\u4e0d\u586b\uff1b\u586b\u5219\u81f3\u5c116\u4f4d\uff0c\u6570\u636e\u5305\u52a0\u5bc6", None))
        self.repeatLabel.setText(QCoreApplication.translate("PackageDialog", u"\u518d\u8f93\u4e00\u6b21(&R)", None))
        self.passwordNoteLabel.setText(QCoreApplication.translate("PackageDialog", u"\u8bbe\u4e86\u5bc6\u7801\uff0c\u6ca1\u6709\u5bc6\u7801\u7684\u4eba\u6253\u4e0d\u5f00\u6570\u636e\u5305\uff0c\u6539\u52a8\u8fc7\u7684\u6570\u636e\u5305\u4e5f\u4f1a\u88ab\u53d1\u73b0\u3002\u5bc6\u7801\u8bf7\u6253\u7535\u8bdd\u6216\u5f53\u9762\u544a\u8bc9\u4e61\u9547\uff0c\u4e0d\u8981\u548c\u6570\u636e\u5305\u4e00\u8d77\u53d1\u9001\u3002\u8fd9\u4e2a\u5bc6\u7801\u4e0e\u6253\u5f00\u515a\u52a1\u53f0\u8d26\u7684\u5bc6\u7801\u65e0\u5173\u3002", None))
        self.messageLabel.setText("")
    # retranslateUi

