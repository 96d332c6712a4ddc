# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.branchSummary.sizePolicy().hasHeightForWidth())
        self.branchSummary.setSizePolicy(sizePolicy)
        self.branchSummary.setWordWrap(True)
        self.branchSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.branchLayout.addWidget(self.branchSummary)

        self.editBranchButton = QPushButton(self.branchBox)
        self.editBranchButton.setObjectName(u"editBranchButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.editBranchButton.sizePolicy().hasHeightForWidth())
        self.editBranchButton.setSizePolicy(sizePolicy1)

        self.branchLayout.addWidget(self.editBranchButton)


        self.pageLayout.addWidget(self.branchBox)

        self.groupsBox = QGroupBox(SettingsPage)
        self.groupsBox.setObjectName(u"groupsBox")
        self.groupsLayout = QHBoxLayout(self.groupsBox)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsTable = QTableWidget(self.groupsBox)
        self.groupsTable.setObjectName(u"groupsTable")
        self.groupsTable.setTabKeyNavigation(False)
        self.groupsTable.setMinimumSize(QSize(0, 150))
        self.groupsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groupsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groupsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.groupsLayout.addWidget(self.groupsTable)

        self.groupButtons = QVBoxLayout()
        self.groupButtons.setObjectName(u"groupButtons")
        self.addGroupButton = QPushButton(self.groupsBox)
        self.addGroupButton.setObjectName(u"addGroupButton")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.addGroupButton.sizePolicy().hasHeightForWidth())
        self.addGroupButton.setSizePolicy(sizePolicy2)

        self.groupButtons.addWidget(self.addGroupButton)

        self.editGroupButton = QPushButton(self.groupsBox)
        self.editGroupButton.setObjectName(u"editGroupButton")
        sizePolicy2.setHeightForWidth(self.editGroupButton.sizePolicy().hasHeightForWidth())
        self.editGroupButton.setSizePolicy(sizePolicy2)

        self.groupButtons.addWidget(self.editGroupButton)

        self.removeGroupButton = QPushButton(self.groupsBox)
        self.removeGroupButton.setObjectName(u"removeGroupButton")
        sizePolicy2.setHeightForWidth(self.removeGroupButton.sizePolicy().hasHeightForWidth())
        self.removeGroupButton.setSizePolicy(sizePolicy2)

        self.groupButtons.addWidget(self.removeGroupButton)

        self.groupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.groupButtons.addItem(self.groupButtonsSpacer)


        self.groupsLayout.addLayout(self.groupButtons)


        self.pageLayout.addWidget(self.groupsBox)

        self.rulesBox = QGroupBox(SettingsPage)
        self.rulesBox.setObjectName(u"rulesBox")
        self.rulesLayout = QFormLayout(self.rulesBox)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.rulesButtons = QHBoxLayout()
        self.rulesButtons.setObjectName(u"rulesButtons")
        self.saveRulesButton = QPushButton(self.rulesBox)
        self.saveRulesButton.setObjectName(u"saveRulesButton")

        self.rulesButtons.addWidget(self.saveRulesButton)

        self.passwordButton = QPushButton(self.rulesBox)
        self.passwordButton.setObjectName(u"passwordButton")

        self.rulesButtons.addWidget(self.passwordButton)

        self.templatesButton = QPushButton(self.rulesBox)
        self.templatesButton.setObjectName(u"templatesButton")

        self.rulesButtons.addWidget(self.templatesButton)

        self.rulesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rulesButtons.addItem(self.rulesSpacer)


        self.rulesLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.rulesButtons)


        self.pageLayout.addWidget(self.rulesBox)

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

        self.dataButtons = QHBoxLayout()
        self.dataButtons.setObjectName(u"dataButtons")
        self.openFolderButton = QPushButton(self.dataBox)
        self.openFolderButton.setObjectName(u"openFolderButton")
        sizePolicy1.setHeightForWidth(self.openFolderButton.sizePolicy().hasHeightForWidth())
        self.openFolderButton.setSizePolicy(sizePolicy1)

        self.dataButtons.addWidget(self.openFolderButton)

        self.serverButton = QPushButton(self.dataBox)
        self.serverButton.setObjectName(u"serverButton")
        sizePolicy1.setHeightForWidth(self.serverButton.sizePolicy().hasHeightForWidth())
        self.serverButton.setSizePolicy(sizePolicy1)

        self.dataButtons.addWidget(self.serverButton)

        self.dataButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dataButtons.addItem(self.dataButtonsSpacer)


        self.dataLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dataButtons)


        self.pageLayout.addWidget(self.dataBox)

        self.backupBox = QGroupBox(SettingsPage)
        self.backupBox.setObjectName(u"backupBox")
        self.backupLayout = QHBoxLayout(self.backupBox)
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupListLayout = QVBoxLayout()
        self.backupListLayout.setObjectName(u"backupListLayout")
        self.backupTable = QTableWidget(self.backupBox)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setTabKeyNavigation(False)
        self.backupTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupTable.setMinimumSize(QSize(0, 130))

        self.backupListLayout.addWidget(self.backupTable)

        self.foreignBackupsLabel = QLabel(self.backupBox)
        self.foreignBackupsLabel.setObjectName(u"foreignBackupsLabel")
        self.foreignBackupsLabel.setWordWrap(True)

        self.backupListLayout.addWidget(self.foreignBackupsLabel)


        self.backupLayout.addLayout(self.backupListLayout)

        self.backupButtons = QVBoxLayout()
        self.backupButtons.setObjectName(u"backupButtons")
        self.backupNowButton = QPushButton(self.backupBox)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.backupButtons.addWidget(self.backupNowButton)

        self.copyBackupButton = QPushButton(self.backupBox)
        self.copyBackupButton.setObjectName(u"copyBackupButton")

        self.backupButtons.addWidget(self.copyBackupButton)

        self.restoreButton = QPushButton(self.backupBox)
        self.restoreButton.setObjectName(u"restoreButton")

        self.backupButtons.addWidget(self.restoreButton)

        self.backupButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.backupButtons.addItem(self.backupButtonsSpacer)


        self.backupLayout.addLayout(self.backupButtons)


        self.pageLayout.addWidget(self.backupBox)

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
        self.rulesBox.setTitle(QCoreApplication.translate("SettingsPage", u"\u672c\u5730\u89c4\u5b9a\uff08\u6309\u7701\u3001\u53bf\u8981\u6c42\u8c03\u6574\uff1b\u9ed8\u8ba4\u4e3a\u5168\u56fd\u89c4\u5b9a\uff09", None))
        self.saveRulesButton.setText(QCoreApplication.translate("SettingsPage", u"\u4fdd\u5b58\u4ee5\u4e0a\u8bbe\u7f6e", None))
        self.passwordButton.setText(QCoreApplication.translate("SettingsPage", u"\u5bc6\u7801\u2026", None))
#if QT_CONFIG(tooltip)
        self.passwordButton.setToolTip(QCoreApplication.translate("SettingsPage", u"\u8bbe\u7f6e\u3001\u4fee\u6539\u6216\u53d6\u6d88\u542f\u52a8\u65f6\u7684\u5bc6\u7801", None))
#endif // QT_CONFIG(tooltip)
        self.templatesButton.setText(QCoreApplication.translate("SettingsPage", u"\u5404\u7c7b\u8bb0\u5f55\u7684\u9ed8\u8ba4\u8bae\u9898\u2026", None))
        self.dataBox.setTitle(QCoreApplication.translate("SettingsPage", u"\u6570\u636e", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsPage", u"\u6570\u636e\u5e93\u6587\u4ef6", None))
        self.databaseValue.setText("")
        self.journalLabel.setText(QCoreApplication.translate("SettingsPage", u"\u5199\u5165\u65b9\u5f0f", None))
        self.journalValue.setText("")
        self.openFolderButton.setText(QCoreApplication.translate("SettingsPage", u"\u6253\u5f00\u6570\u636e\u6240\u5728\u6587\u4ef6\u5939", None))
        self.serverButton.setText(QCoreApplication.translate("SettingsPage", u"\u4e61\u9547\u6570\u636e\u5e93\u670d\u52a1\u5668\u2026", None))
        self.backupBox.setTitle(QCoreApplication.translate("SettingsPage", u"\u5907\u4efd\u4e0e\u6062\u590d\uff08\u6bcf\u5929\u9996\u6b21\u542f\u52a8\u65f6\u82e5\u6570\u636e\u6709\u53d8\u5316\u4f1a\u81ea\u52a8\u5907\u4efd\uff1b\u5bfc\u5165\u3001\u6062\u590d\u524d\u4e5f\u4f1a\u5907\u4efd\uff09", None))
        self.foreignBackupsLabel.setText("")
        self.backupNowButton.setText(QCoreApplication.translate("SettingsPage", u"\u7acb\u5373\u5907\u4efd", None))
        self.copyBackupButton.setText(QCoreApplication.translate("SettingsPage", u"\u5907\u4efd\u5230U\u76d8/\u5176\u4ed6\u4f4d\u7f6e\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("SettingsPage", u"\u7528\u6240\u9009\u5907\u4efd\u6062\u590d\u2026", None))
        pass
    # retranslateUi

