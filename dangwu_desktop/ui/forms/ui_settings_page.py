# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.branchBox = QGroupBox(SettingsPage)
        self.branchBox.setObjectName(u"branchBox")
        self.branchLayout = QHBoxLayout(self.branchBox)
        self.branchLayout.setObjectName(u"branchLayout")
        self.branchSummary = QLabel(self.branchBox)
        self.branchSummary.setObjectName(u"branchSummary")
        self.branchSummary.setWordWrap(True)
        self.branchSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.branchLayout.addWidget(self.branchSummary)

        self.branchSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.branchLayout.addItem(self.branchSpacer)

        self.editBranchButton = QPushButton(self.branchBox)
        self.editBranchButton.setObjectName(u"editBranchButton")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.editBranchButton.sizePolicy().hasHeightForWidth())
        self.editBranchButton.setSizePolicy(sizePolicy)

        self.branchLayout.addWidget(self.editBranchButton)


        self.pageLayout.addWidget(self.branchBox)

        self.groupsBox = QGroupBox(SettingsPage)
        self.groupsBox.setObjectName(u"groupsBox")
        self.groupsLayout = QHBoxLayout(self.groupsBox)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsTable = QTableWidget(self.groupsBox)
        self.groupsTable.setObjectName(u"groupsTable")
        self.groupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.groupsLayout.addWidget(self.groupsTable)

        self.groupButtons = QVBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.addGroupButton = QPushButton(self.groupsBox)
        self.addGroupButton.setObjectName(u"addGroupButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.addGroupButton.sizePolicy().hasHeightForWidth())
        self.addGroupButton.setSizePolicy(sizePolicy1)

        self.groupButtons.addWidget(self.addGroupButton)

        self.editGroupButton = QPushButton(self.groupsBox)
        self.editGroupButton.setObjectName(u"editGroupButton")
        sizePolicy1.setHeightForWidth(self.editGroupButton.sizePolicy().hasHeightForWidth())
        self.editGroupButton.setSizePolicy(sizePolicy1)

        self.groupButtons.addWidget(self.editGroupButton)

        self.removeGroupButton = QPushButton(self.groupsBox)
        self.removeGroupButton.setObjectName(u"removeGroupButton")
        sizePolicy1.setHeightForWidth(self.removeGroupButton.sizePolicy().hasHeightForWidth())
        self.removeGroupButton.setSizePolicy(sizePolicy1)

        self.groupButtons.addWidget(self.removeGroupButton)

        self.groupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.groupButtons.addItem(self.groupButtonsSpacer)


        self.groupsLayout.addLayout(self.groupButtons)


        self.pageLayout.addWidget(self.groupsBox)

        self.dataBox = QGroupBox(SettingsPage)
        self.dataBox.setObjectName(u"dataBox")
        self.dataLayout = QFormLayout(self.dataBox)
        self.dataLayout.setObjectName(u"dataLayout")
        self.databaseLabel = QLabel(self.dataBox)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.dataLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseValue = QLabel(self.dataBox)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dataLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.journalLabel = QLabel(self.dataBox)
        self.journalLabel.setObjectName(u"journalLabel")

        self.dataLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.journalLabel)

        self.journalValue = QLabel(self.dataBox)
        self.journalValue.setObjectName(u"journalValue")

        self.dataLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.journalValue)

        self.openFolderButton = QPushButton(self.dataBox)
        self.openFolderButton.setObjectName(u"openFolderButton")
        sizePolicy.setHeightForWidth(self.openFolderButton.sizePolicy().hasHeightForWidth())
        self.openFolderButton.setSizePolicy(sizePolicy)

        self.dataLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openFolderButton)


        self.pageLayout.addWidget(self.dataBox)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(SettingsPage)

        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.branchBox.setTitle(QCoreApplication.translate("SettingsPage", u"\u652f\u90e8\u57fa\u672c\u4fe1\u606f", None))
        self.branchSummary.setText("")
        self.editBranchButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fee\u6539\u2026", None))
        self.groupsBox.setTitle(QCoreApplication.translate("SettingsPage", u"\u515a\u5c0f\u7ec4", None))
        self.addGroupButton.setText(QCoreApplication.translate("SettingsPage", u"\u65b0\u5efa\u515a\u5c0f\u7ec4\u2026", None))
        self.editGroupButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fee\u6539\u2026", None))
        self.removeGroupButton.setText(QCoreApplication.translate("SettingsPage", u"\u5220\u9664", None))
        self.dataBox.setTitle(QCoreApplication.translate("SettingsPage", u"\u6570\u636e", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u5e93\u6587\u4ef6", None))
        self.databaseValue.setText("")
        self.journalLabel.setText(QCoreApplication.translate("SettingsPage", u"\u5199\u5165\u65b9\u5f0f", None))
        self.journalValue.setText("")
        self.openFolderButton.setText(QCoreApplication.translate("SettingsPage", u"\u6253\u5f00\u6570\u636e\u6240\u5728\u6587\u4ef6\u5939", None))
        pass
    # retranslateUi

