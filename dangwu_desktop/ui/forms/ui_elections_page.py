# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'elections_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ElectionsPage(object):
    def setupUi(self, ElectionsPage):
        if not ElectionsPage.objectName():
            ElectionsPage.setObjectName(u"ElectionsPage")
        ElectionsPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(ElectionsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.dueLabel = QLabel(ElectionsPage)
        self.dueLabel.setObjectName(u"dueLabel")
        self.dueLabel.setTextFormat(Qt.TextFormat.RichText)
        self.dueLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.dueLabel)

        self.termLabel = QLabel(ElectionsPage)
        self.termLabel.setObjectName(u"termLabel")
        self.termLabel.setTextFormat(Qt.TextFormat.RichText)
        self.termLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.termLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.prepareButton = QPushButton(ElectionsPage)
        self.prepareButton.setObjectName(u"prepareButton")

        self.buttonsLayout.addWidget(self.prepareButton)

        self.timingButton = QPushButton(ElectionsPage)
        self.timingButton.setObjectName(u"timingButton")

        self.buttonsLayout.addWidget(self.timingButton)

        self.candidatesButton = QPushButton(ElectionsPage)
        self.candidatesButton.setObjectName(u"candidatesButton")

        self.buttonsLayout.addWidget(self.candidatesButton)

        self.roundButton = QPushButton(ElectionsPage)
        self.roundButton.setObjectName(u"roundButton")

        self.buttonsLayout.addWidget(self.roundButton)

        self.officeButton = QPushButton(ElectionsPage)
        self.officeButton.setObjectName(u"officeButton")

        self.buttonsLayout.addWidget(self.officeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.outputButton = QPushButton(ElectionsPage)
        self.outputButton.setObjectName(u"outputButton")

        self.buttonsLayout.addWidget(self.outputButton)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.checklistTitle = QLabel(ElectionsPage)
        self.checklistTitle.setObjectName(u"checklistTitle")
        self.checklistTitle.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.checklistTitle)

        self.stepsTable = QTableWidget(ElectionsPage)
        self.stepsTable.setObjectName(u"stepsTable")
        self.stepsTable.setTabKeyNavigation(False)
        self.stepsTable.setColumnCount(4)

        self.pageLayout.addWidget(self.stepsTable)

        self.historyTitle = QLabel(ElectionsPage)
        self.historyTitle.setObjectName(u"historyTitle")
        self.historyTitle.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.historyTitle)

        self.historyTable = QTableWidget(ElectionsPage)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setTabKeyNavigation(False)
        self.historyTable.setColumnCount(4)

        self.pageLayout.addWidget(self.historyTable)

        self.messageLabel = QLabel(ElectionsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)


        self.retranslateUi(ElectionsPage)

        QMetaObject.connectSlotsByName(ElectionsPage)
    # setupUi

    def retranslateUi(self, ElectionsPage):
        self.dueLabel.setText("")
        self.termLabel.setText("")
        self.prepareButton.setText(QCoreApplication.translate("ElectionsPage", u"\u6362\u5c4a\u8bf7\u793a/\u6279\u590d\u2026", None))
        self.timingButton.setText(QCoreApplication.translate("ElectionsPage", u"\u63a8\u8fdf/\u63d0\u524d\u6362\u5c4a\u2026", None))
        self.candidatesButton.setText(QCoreApplication.translate("ElectionsPage", u"\u5019\u9009\u4eba\u2026", None))
        self.roundButton.setText(QCoreApplication.translate("ElectionsPage", u"\u9009\u4e3e\u7ed3\u679c\u2026", None))
        self.officeButton.setText(QCoreApplication.translate("ElectionsPage", u"\u5c31\u804c/\u5907\u6848\u2026", None))
        self.outputButton.setText(QCoreApplication.translate("ElectionsPage", u"\u6253\u5370/\u5bfc\u51fa", None))
        self.checklistTitle.setText("")
        self.historyTitle.setText(QCoreApplication.translate("ElectionsPage", u"<b>\u5386\u5c4a\u652f\u90e8\u59d4\u5458\u4f1a</b>", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

