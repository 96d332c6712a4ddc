# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodLabel = QLabel(ReportsPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodRow.addWidget(self.periodLabel)

        self.yearCombo = QComboBox(ReportsPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.periodRow.addWidget(self.yearCombo)

        self.periodCombo = QComboBox(ReportsPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodRow.addWidget(self.periodCombo)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)

        self.wordButton = QPushButton(ReportsPage)
        self.wordButton.setObjectName(u"wordButton")

        self.periodRow.addWidget(self.wordButton)

        self.excelButton = QPushButton(ReportsPage)
        self.excelButton.setObjectName(u"excelButton")

        self.periodRow.addWidget(self.excelButton)


        self.pageLayout.addLayout(self.periodRow)

        self.figuresLabel = QLabel(ReportsPage)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setWordWrap(True)
        self.figuresLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.figuresLabel)

        self.notesBox = QGroupBox(ReportsPage)
        self.notesBox.setObjectName(u"notesBox")
        self.notesLayout = QGridLayout(self.notesBox)
        self.notesLayout.setObjectName(u"notesLayout")
        self.achievementsLabel = QLabel(self.notesBox)
        self.achievementsLabel.setObjectName(u"achievementsLabel")

        self.notesLayout.addWidget(self.achievementsLabel, 0, 0, 1, 1)

        self.problemsLabel = QLabel(self.notesBox)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.notesLayout.addWidget(self.problemsLabel, 0, 1, 1, 1)

        self.plansLabel = QLabel(self.notesBox)
        self.plansLabel.setObjectName(u"plansLabel")

        self.notesLayout.addWidget(self.plansLabel, 0, 2, 1, 1)

        self.achievementsEdit = QPlainTextEdit(self.notesBox)
        self.achievementsEdit.setObjectName(u"achievementsEdit")
        self.achievementsEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.achievementsEdit, 1, 0, 1, 1)

        self.problemsEdit = QPlainTextEdit(self.notesBox)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.problemsEdit, 1, 1, 1, 1)

        self.plansEdit = QPlainTextEdit(self.notesBox)
        self.plansEdit.setObjectName(u"plansEdit")
        self.plansEdit.setTabChangesFocus(True)

        self.notesLayout.addWidget(self.plansEdit, 1, 2, 1, 1)

        self.saveNotesButton = QPushButton(self.notesBox)
        self.saveNotesButton.setObjectName(u"saveNotesButton")

        self.notesLayout.addWidget(self.saveNotesButton, 2, 2, 1, 1)


        self.pageLayout.addWidget(self.notesBox)

        self.templateBox = QGroupBox(ReportsPage)
        self.templateBox.setObjectName(u"templateBox")
        self.templateLayout = QHBoxLayout(self.templateBox)
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateLabel = QLabel(self.templateBox)
        self.templateLabel.setObjectName(u"templateLabel")
        self.templateLabel.setWordWrap(True)

        self.templateLayout.addWidget(self.templateLabel)

        self.chooseTemplateButton = QPushButton(self.templateBox)
        self.chooseTemplateButton.setObjectName(u"chooseTemplateButton")

        self.templateLayout.addWidget(self.chooseTemplateButton)

        self.defaultTemplateButton = QPushButton(self.templateBox)
        self.defaultTemplateButton.setObjectName(u"defaultTemplateButton")

        self.templateLayout.addWidget(self.defaultTemplateButton)


        self.pageLayout.addWidget(self.templateBox)


        self.retranslateUi(ReportsPage)

        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.periodLabel.setText(QCoreApplication.translate("ReportsPage", u"\u62a5\u544a\u671f", None))
        self.wordButton.setText(QCoreApplication.translate("ReportsPage", u"\u751f\u6210Word\u5de5\u4f5c\u62a5\u544a\u2026", None))
        self.excelButton.setText(QCoreApplication.translate("ReportsPage", u"\u751f\u6210Excel\u5de5\u4f5c\u7c3f\u2026", None))
        self.figuresLabel.setText("")
        self.notesBox.setTitle(QCoreApplication.translate("ReportsPage", u"\u7531\u4e66\u8bb0\u586b\u5199\u7684\u90e8\u5206\uff08\u6309\u62a5\u544a\u671f\u4fdd\u5b58\uff0c\u53ef\u968f\u65f6\u4fee\u6539\u540e\u91cd\u65b0\u751f\u6210\uff09", None))
        self.achievementsLabel.setText(QCoreApplication.translate("ReportsPage", u"\u5de5\u4f5c\u6210\u6548", None))
        self.problemsLabel.setText(QCoreApplication.translate("ReportsPage", u"\u5b58\u5728\u95ee\u9898", None))
        self.plansLabel.setText(QCoreApplication.translate("ReportsPage", u"\u4e0b\u6b65\u6253\u7b97", None))
        self.achievementsEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"\u6bcf\u6bb5\u4e00\u884c\uff0c\u5982\uff1a\u4e00\u662f\u2026\u2026", None))
        self.saveNotesButton.setText(QCoreApplication.translate("ReportsPage", u"\u4fdd\u5b58", None))
        self.templateBox.setTitle(QCoreApplication.translate("ReportsPage", u"\u62a5\u544a\u6a21\u677f", None))
        self.templateLabel.setText("")
        self.chooseTemplateButton.setText(QCoreApplication.translate("ReportsPage", u"\u4f7f\u7528\u4e61\u9547\u7684\u6a21\u677f\u2026", None))
        self.defaultTemplateButton.setText(QCoreApplication.translate("ReportsPage", u"\u6062\u590d\u9ed8\u8ba4\u6a21\u677f", None))
        pass
    # retranslateUi

