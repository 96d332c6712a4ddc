# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget, QWizard)

from dangwu_desktop.ui.wizard_page import GatedPage

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(900, 620)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.filePage = GatedPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QFormLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLayout.setHorizontalSpacing(12)
        self.fileLayout.setVerticalSpacing(12)
        self.pathLabel = QLabel(self.filePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fileLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(self.filePage)
        self.pathEdit.setObjectName(u"pathEdit")
        self.pathEdit.setReadOnly(True)

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.fileLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pathRow)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sheetCombo)

        self.fileMessage = QLabel(self.filePage)
        self.fileMessage.setObjectName(u"fileMessage")
        self.fileMessage.setWordWrap(True)

        self.fileLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fileMessage)

        ImportWizard.addPage(self.filePage)
        self.mappingPage = GatedPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.headerInfo = QLabel(self.mappingPage)
        self.headerInfo.setObjectName(u"headerInfo")
        self.headerInfo.setWordWrap(True)

        self.mappingLayout.addWidget(self.headerInfo)

        self.mappingTable = QTableWidget(self.mappingPage)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setTabKeyNavigation(False)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mappingLayout.addWidget(self.mappingTable)

        self.previewLabel = QLabel(self.mappingPage)
        self.previewLabel.setObjectName(u"previewLabel")

        self.mappingLayout.addWidget(self.previewLabel)

        self.previewTable = QTableWidget(self.mappingPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setTabKeyNavigation(False)
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)

        self.mappingLayout.addWidget(self.previewTable)

        ImportWizard.addPage(self.mappingPage)
        self.checkPage = GatedPage()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.summaryLabel = QLabel(self.checkPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.checkLayout.addWidget(self.summaryLabel)

        self.checkTabs = QTabWidget(self.checkPage)
        self.checkTabs.setObjectName(u"checkTabs")
        self.faultsTab = QWidget()
        self.faultsTab.setObjectName(u"faultsTab")
        self.faultsLayout = QVBoxLayout(self.faultsTab)
        self.faultsLayout.setObjectName(u"faultsLayout")
        self.faultsTable = QTableWidget(self.faultsTab)
        self.faultsTable.setObjectName(u"faultsTable")
        self.faultsTable.setTabKeyNavigation(False)
        self.faultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.faultsTable.setAlternatingRowColors(True)

        self.faultsLayout.addWidget(self.faultsTable)

        self.checkTabs.addTab(self.faultsTab, "")
        self.warningsTab = QWidget()
        self.warningsTab.setObjectName(u"warningsTab")
        self.warningsLayout = QVBoxLayout(self.warningsTab)
        self.warningsLayout.setObjectName(u"warningsLayout")
        self.warningsTable = QTableWidget(self.warningsTab)
        self.warningsTable.setObjectName(u"warningsTable")
        self.warningsTable.setTabKeyNavigation(False)
        self.warningsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.warningsTable.setAlternatingRowColors(True)

        self.warningsLayout.addWidget(self.warningsTable)

        self.checkTabs.addTab(self.warningsTab, "")
        self.skippedTab = QWidget()
        self.skippedTab.setObjectName(u"skippedTab")
        self.skippedLayout = QVBoxLayout(self.skippedTab)
        self.skippedLayout.setObjectName(u"skippedLayout")
        self.skippedTable = QTableWidget(self.skippedTab)
        self.skippedTable.setObjectName(u"skippedTable")
        self.skippedTable.setTabKeyNavigation(False)
        self.skippedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.skippedLayout.addWidget(self.skippedTable)

        self.checkTabs.addTab(self.skippedTab, "")

        self.checkLayout.addWidget(self.checkTabs)

        self.reportRow = QHBoxLayout()
        self.reportRow.setObjectName(u"reportRow")
        self.reportSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reportRow.addItem(self.reportSpacer)

        self.saveReportButton = QPushButton(self.checkPage)
        self.saveReportButton.setObjectName(u"saveReportButton")

        self.reportRow.addWidget(self.saveReportButton)


        self.checkLayout.addLayout(self.reportRow)

        ImportWizard.addPage(self.checkPage)
        self.confirmPage = GatedPage()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmSummary = QLabel(self.confirmPage)
        self.confirmSummary.setObjectName(u"confirmSummary")
        self.confirmSummary.setWordWrap(True)

        self.confirmLayout.addWidget(self.confirmSummary)

        self.existingBox = QGroupBox(self.confirmPage)
        self.existingBox.setObjectName(u"existingBox")
        self.existingLayout = QVBoxLayout(self.existingBox)
        self.existingLayout.setObjectName(u"existingLayout")
        self.skipExisting = QRadioButton(self.existingBox)
        self.skipExisting.setObjectName(u"skipExisting")
        self.skipExisting.setChecked(True)

        self.existingLayout.addWidget(self.skipExisting)

        self.updateExisting = QRadioButton(self.existingBox)
        self.updateExisting.setObjectName(u"updateExisting")

        self.existingLayout.addWidget(self.updateExisting)


        self.confirmLayout.addWidget(self.existingBox)

        self.confirmSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.confirmLayout.addItem(self.confirmSpacer)

        ImportWizard.addPage(self.confirmPage)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"\u5bfc\u5165\u82b1\u540d\u518c", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"\u7b2c\u4e00\u6b65\uff1a\u9009\u62e9\u82b1\u540d\u518c\u6587\u4ef6", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"\u53ef\u4ee5\u662fExcel\u6216WPS\u8868\u683c\uff08.xlsx\u3001.xls\uff09\u3001.ods\u3001CSV\uff0c\u6216Excel\u53e6\u5b58\u7684\u201cUnicode \u6587\u672c\u201d\uff08.txt\uff09\u3002\u6587\u4ef6\u53ea\u88ab\u8bfb\u53d6\uff0c\u4e0d\u4f1a\u88ab\u6539\u52a8\u3002", None))
        self.pathLabel.setText(QCoreApplication.translate("ImportWizard", u"\u6587\u4ef6", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"\u70b9\u51fb\u201c\u9009\u62e9\u6587\u4ef6\u2026\u201d", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"\u5de5\u4f5c\u8868", None))
        self.fileMessage.setText("")
        self.mappingPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u7b2c\u4e8c\u6b65\uff1a\u6838\u5bf9\u5404\u5217\u5bf9\u5e94\u7684\u5185\u5bb9", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"\u7a0b\u5e8f\u5df2\u6309\u5217\u540d\u81ea\u52a8\u5bf9\u5e94\u3002\u5982\u6709\u4e0d\u5bf9\uff0c\u8bf7\u5728\u4e0b\u65b9\u201c\u5bfc\u5165\u4e3a\u201d\u4e00\u680f\u4e2d\u6539\u6b63\uff1b\u4e0d\u9700\u8981\u7684\u5217\u9009\u201c\uff08\u4e0d\u5bfc\u5165\uff09\u201d\u3002", None))
        self.headerInfo.setText("")
        self.previewLabel.setText(QCoreApplication.translate("ImportWizard", u"\u524d20\u884c\u6570\u636e\u9884\u89c8\uff08\u5de6\u4fa7\u4e3a\u539f\u8868\u884c\u53f7\uff09\uff1a", None))
        self.checkPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u7b2c\u4e09\u6b65\uff1a\u68c0\u67e5\u7ed3\u679c", None))
        self.checkPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"\u6bcf\u4e00\u884c\u90fd\u6309\u82b1\u540d\u518c\u7684\u89c4\u5219\u68c0\u67e5\u3002\u6709\u9519\u8bef\u7684\u884c\u5fc5\u987b\u5728\u539f\u8868\u4e2d\u6539\u6b63\u540e\u91cd\u65b0\u5bfc\u5165\uff1a\u8981\u4e48\u5168\u90e8\u5bfc\u5165\uff0c\u8981\u4e48\u4e00\u884c\u4e5f\u4e0d\u5bfc\u5165\u3002", None))
        self.summaryLabel.setText("")
        self.checkTabs.setTabText(self.checkTabs.indexOf(self.faultsTab), QCoreApplication.translate("ImportWizard", u"\u9519\u8bef", None))
        self.checkTabs.setTabText(self.checkTabs.indexOf(self.warningsTab), QCoreApplication.translate("ImportWizard", u"\u63d0\u793a", None))
        self.checkTabs.setTabText(self.checkTabs.indexOf(self.skippedTab), QCoreApplication.translate("ImportWizard", u"\u8df3\u8fc7\u7684\u884c", None))
        self.saveReportButton.setText(QCoreApplication.translate("ImportWizard", u"\u4fdd\u5b58\u68c0\u67e5\u7ed3\u679c\u4e3aExcel\u2026", None))
        self.confirmPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u7b2c\u56db\u6b65\uff1a\u786e\u8ba4\u5bfc\u5165", None))
        self.confirmPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"\u70b9\u201c\u5bfc\u5165\u201d\u540e\u5168\u90e8\u4e00\u6b21\u5199\u5165\uff1b\u4e2d\u9014\u53d6\u6d88\u6216\u51fa\u9519\uff0c\u82b1\u540d\u518c\u4fdd\u6301\u5bfc\u5165\u524d\u7684\u6837\u5b50\u3002", None))
        self.confirmSummary.setText("")
        self.existingBox.setTitle(QCoreApplication.translate("ImportWizard", u"\u82b1\u540d\u518c\u4e2d\u5df2\u6709\u7684\u515a\u5458\uff08\u6309\u8eab\u4efd\u53f7\u7801\uff09", None))
        self.skipExisting.setText(QCoreApplication.translate("ImportWizard", u"\u8df3\u8fc7\uff0c\u4fdd\u7559\u82b1\u540d\u518c\u4e2d\u7684\u4fe1\u606f", None))
        self.updateExisting.setText(QCoreApplication.translate("ImportWizard", u"\u7528\u6587\u4ef6\u4e2d\u7684\u4fe1\u606f\u66f4\u65b0\uff08\u6bcf\u4eba\u7684\u53d8\u52a8\u8bb0\u5f55\u4e2d\u7559\u4e0b\u201c\u5bfc\u5165\u66f4\u65b0\u201d\u4e00\u6761\uff09", None))
    # retranslateUi

