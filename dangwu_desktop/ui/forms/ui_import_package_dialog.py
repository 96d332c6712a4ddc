# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_package_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ImportPackageDialog(object):
    def setupUi(self, ImportPackageDialog):
        if not ImportPackageDialog.objectName():
            ImportPackageDialog.setObjectName(u"ImportPackageDialog")
        ImportPackageDialog.resize(900, 560)
        self.dialogLayout = QVBoxLayout(ImportPackageDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explainLabel = QLabel(ImportPackageDialog)
        self.explainLabel.setObjectName(u"explainLabel")
        self.explainLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explainLabel)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.addButton = QPushButton(ImportPackageDialog)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton)

        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addLayout.addItem(self.addSpacer)


        self.dialogLayout.addLayout(self.addLayout)

        self.packageTable = QTableWidget(ImportPackageDialog)
        self.packageTable.setObjectName(u"packageTable")
        self.packageTable.setTabKeyNavigation(False)
        self.packageTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.packageTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.packageTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.packageTable)

        self.detailText = QPlainTextEdit(ImportPackageDialog)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setTabChangesFocus(True)
        self.detailText.setReadOnly(True)
        self.detailText.setMaximumHeight(170)

        self.dialogLayout.addWidget(self.detailText)

        self.messageLabel = QLabel(ImportPackageDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ImportPackageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.addButton, self.packageTable)
        QWidget.setTabOrder(self.packageTable, self.detailText)

        self.retranslateUi(ImportPackageDialog)

        QMetaObject.connectSlotsByName(ImportPackageDialog)
    # setupUi

    def retranslateUi(self, ImportPackageDialog):
        ImportPackageDialog.setWindowTitle(QCoreApplication.translate("ImportPackageDialog", u"\u5bfc\u5165\u4e0a\u62a5\u6570\u636e\u5305", None))
        self.explainLabel.setText(QCoreApplication.translate("ImportPackageDialog", u"\u9009\u62e9\u5404\u6751\u515a\u652f\u90e8\u62a5\u6765\u7684\u4e0a\u62a5\u6570\u636e\u5305\uff08\u53ef\u591a\u9009\uff09\u3002\u6bcf\u4e2a\u6570\u636e\u5305\u66ff\u6362\u8be5\u652f\u90e8\u5728\u672c\u6570\u636e\u5e93\u4e2d\u7684\u5168\u90e8\u8bb0\u5f55\uff0c\u5404\u5305\u5206\u522b\u5bfc\u5165\uff1b\u540c\u4e00\u4e2a\u6570\u636e\u5305\u5bfc\u5165\u4e24\u6b21\u4e0d\u4f1a\u91cd\u590d\u3002\u4f1a\u8bae\u9644\u4ef6\u7684\u6587\u4ef6\u7559\u5728\u6751\u91cc\uff0c\u8bb0\u5f55\u4e2d\u4fdd\u7559\u9644\u4ef6\u540d\u79f0\u3002", None))
        self.addButton.setText(QCoreApplication.translate("ImportPackageDialog", u"\u6dfb\u52a0\u6570\u636e\u5305(&A)\u2026", None))
        self.messageLabel.setText("")
    # retranslateUi

