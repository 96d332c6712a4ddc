# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_dialog.ui'
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

class Ui_ServerDialog(object):
    def setupUi(self, ServerDialog):
        if not ServerDialog.objectName():
            ServerDialog.setObjectName(u"ServerDialog")
        ServerDialog.resize(560, 260)
        self.dialogLayout = QVBoxLayout(ServerDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explainLabel = QLabel(ServerDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explainLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.urlLabel = QLabel(ServerDialog)
        self.urlLabel.setObjectName(u"urlLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlEdit = QLineEdit(ServerDialog)
        self.urlEdit.setObjectName(u"urlEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.urlEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.passwordNoteLabel = QLabel(ServerDialog)
        self.passwordNoteLabel.setObjectName(u"passwordNoteLabel")
        self.passwordNoteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.passwordNoteLabel)

        self.testLayout = QHBoxLayout()
        self.testLayout.setObjectName(u"testLayout")
        self.testButton = QPushButton(ServerDialog)
        self.testButton.setObjectName(u"testButton")

        self.testLayout.addWidget(self.testButton)

        self.testSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testLayout.addItem(self.testSpacer)


        self.dialogLayout.addLayout(self.testLayout)

        self.messageLabel = QLabel(ServerDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ServerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.urlLabel.setBuddy(self.urlEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.urlEdit, self.testButton)

        self.retranslateUi(ServerDialog)

        QMetaObject.connectSlotsByName(ServerDialog)
    # setupUi

    def retranslateUi(self, ServerDialog):
        ServerDialog.setWindowTitle(QCoreApplication.translate("ServerDialog", u"\u4e61\u9547\u6570\u636e\u5e93\u670d\u52a1\u5668", None))
        self.explainLabel.setText(QCoreApplication.translate("ServerDialog", u"\u4e61\u9547\u529e\u516c\u5ba4\u7684\u51e0\u53f0\u7535\u8111\u53ef\u4ee5\u5171\u7528\u4e00\u53f0 PostgreSQL \u670d\u52a1\u5668\u4e0a\u7684\u6570\u636e\u5e93\u3002\u8bf7\u586b\u5199\u4e61\u9547\u7ba1\u7406\u5458\u7ed9\u7684\u5730\u5740\uff0c\u5148\u201c\u6d4b\u8bd5\u8fde\u63a5\u201d\uff0c\u6210\u529f\u540e\u4fdd\u5b58\uff1b\u4e0b\u6b21\u542f\u52a8\u515a\u52a1\u53f0\u8d26\u65f6\u751f\u6548\u3002\u7559\u7a7a\u5e76\u4fdd\u5b58\u5219\u6539\u56de\u7528\u672c\u673a\u7684\u6570\u636e\u6587\u4ef6\u3002", None))
        self.urlLabel.setText(QCoreApplication.translate("ServerDialog", u"\u670d\u52a1\u5668\u5730\u5740(&A)", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"postgresql://\u7528\u6237\u540d@\u670d\u52a1\u5668\u5730\u5740:5432/\u6570\u636e\u5e93\u540d", None))
        self.passwordNoteLabel.setText(QCoreApplication.translate("ServerDialog", u"\u6570\u636e\u5e93\u7684\u5bc6\u7801\u4e0d\u8981\u5199\u5728\u5730\u5740\u91cc\uff1a\u8bf7\u8ba9\u7ba1\u7406\u5458\u628a\u5b83\u5199\u5728\u672c\u673a\u7684 pgpass.conf \u4e2d\uff08\u89c1\u8bf4\u660e\u4e66\u201c\u7ed9\u4e61\u9547\u7684\u6280\u672f\u4eba\u5458\u201d\uff09\u3002", None))
        self.testButton.setText(QCoreApplication.translate("ServerDialog", u"\u6d4b\u8bd5\u8fde\u63a5(&T)", None))
        self.messageLabel.setText("")
    # retranslateUi

