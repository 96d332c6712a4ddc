# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'templates_dialog.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_TemplatesDialog(object):
    def setupUi(self, TemplatesDialog):
        if not TemplatesDialog.objectName():
            TemplatesDialog.setObjectName(u"TemplatesDialog")
        TemplatesDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(TemplatesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(TemplatesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.kindList = QListWidget(TemplatesDialog)
        self.kindList.setObjectName(u"kindList")
        self.kindList.setMaximumSize(QSize(180, 16777215))

        self.bodyLayout.addWidget(self.kindList)

        self.topicsEdit = QPlainTextEdit(TemplatesDialog)
        self.topicsEdit.setObjectName(u"topicsEdit")
        self.topicsEdit.setTabChangesFocus(True)

        self.bodyLayout.addWidget(self.topicsEdit)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.resetButton = QPushButton(TemplatesDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonsRow.addWidget(self.resetButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(TemplatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsRow)


        self.retranslateUi(TemplatesDialog)

        QMetaObject.connectSlotsByName(TemplatesDialog)
    # setupUi

    def retranslateUi(self, TemplatesDialog):
        TemplatesDialog.setWindowTitle(QCoreApplication.translate("TemplatesDialog", u"\u5404\u7c7b\u8bb0\u5f55\u7684\u9ed8\u8ba4\u8bae\u9898", None))
        self.introLabel.setText(QCoreApplication.translate("TemplatesDialog", u"\u65b0\u5efa\u8bb0\u5f55\u65f6\uff0c\u8bae\u9898\u548c\u4f1a\u8bae\u8bb0\u5f55\u63d0\u7eb2\u6309\u8fd9\u91cc\u586b\u5199\u3002\u6bcf\u884c\u4e00\u4e2a\u8bae\u9898\u3002", None))
        self.resetButton.setText(QCoreApplication.translate("TemplatesDialog", u"\u6062\u590d\u9ed8\u8ba4", None))
    # retranslateUi

