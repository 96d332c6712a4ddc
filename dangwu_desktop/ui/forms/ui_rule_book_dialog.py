# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rule_book_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RuleBookDialog(object):
    def setupUi(self, RuleBookDialog):
        if not RuleBookDialog.objectName():
            RuleBookDialog.setObjectName(u"RuleBookDialog")
        RuleBookDialog.resize(1100, 600)
        self.dialogLayout = QVBoxLayout(RuleBookDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(RuleBookDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.rulesTable = QTableWidget(RuleBookDialog)
        self.rulesTable.setObjectName(u"rulesTable")
        self.rulesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rulesTable.setWordWrap(True)
        self.rulesTable.setAlternatingRowColors(True)
        self.rulesTable.setTabKeyNavigation(False)

        self.dialogLayout.addWidget(self.rulesTable)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.printButton = QPushButton(RuleBookDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsRow.addWidget(self.printButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(RuleBookDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttonsRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonsRow)


        self.retranslateUi(RuleBookDialog)

        QMetaObject.connectSlotsByName(RuleBookDialog)
    # setupUi

    def retranslateUi(self, RuleBookDialog):
        RuleBookDialog.setWindowTitle(QCoreApplication.translate("RuleBookDialog", u"\u89c4\u5219\u4e0e\u4f9d\u636e", None))
        self.introLabel.setText(QCoreApplication.translate("RuleBookDialog", u"\u7a0b\u5e8f\u68c0\u67e5\u8bb0\u5f55\u3001\u63d0\u9192\u548c\u751f\u6210\u62a5\u8868\u65f6\u6240\u4f9d\u636e\u7684\u5168\u90e8\u89c4\u5219\u3002\u5e26\u201c\u8bbe\u7f6e\u201d\u7684\u6570\u5b57\u53ef\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u6309\u672c\u5730\u89c4\u5b9a\u8c03\u6574\u3002", None))
        self.printButton.setText(QCoreApplication.translate("RuleBookDialog", u"\u6253\u5370\u2026", None))
    # retranslateUi

