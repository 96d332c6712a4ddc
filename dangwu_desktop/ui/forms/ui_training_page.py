# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_TrainingPage(object):
    def setupUi(self, TrainingPage):
        if not TrainingPage.objectName():
            TrainingPage.setObjectName(u"TrainingPage")
        self.pageLayout = QVBoxLayout(TrainingPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.yearLabel = QLabel(TrainingPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.toolLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(TrainingPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.toolLayout.addWidget(self.yearCombo)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.outputButton = QPushButton(TrainingPage)
        self.outputButton.setObjectName(u"outputButton")

        self.toolLayout.addWidget(self.outputButton)

        self.creditButton = QPushButton(TrainingPage)
        self.creditButton.setObjectName(u"creditButton")

        self.toolLayout.addWidget(self.creditButton)

        self.newButton = QPushButton(TrainingPage)
        self.newButton.setObjectName(u"newButton")

        self.toolLayout.addWidget(self.newButton)


        self.pageLayout.addLayout(self.toolLayout)

        self.views = QTabWidget(TrainingPage)
        self.views.setObjectName(u"views")
        self.sessionsTab = QWidget()
        self.sessionsTab.setObjectName(u"sessionsTab")
        self.sessionsLayout = QVBoxLayout(self.sessionsTab)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsTable = QTableWidget(self.sessionsTab)
        self.sessionsTable.setObjectName(u"sessionsTable")
        self.sessionsTable.setTabKeyNavigation(False)
        self.sessionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionsTable.setAlternatingRowColors(True)
        self.sessionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.sessionsLayout.addWidget(self.sessionsTable)

        self.sessionsHint = QLabel(self.sessionsTab)
        self.sessionsHint.setObjectName(u"sessionsHint")

        self.sessionsLayout.addWidget(self.sessionsHint)

        self.views.addTab(self.sessionsTab, "")
        self.hoursTab = QWidget()
        self.hoursTab.setObjectName(u"hoursTab")
        self.hoursLayout = QVBoxLayout(self.hoursTab)
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.hoursFilters = QHBoxLayout()
        self.hoursFilters.setObjectName(u"hoursFilters")
        self.groupFilter = QComboBox(self.hoursTab)
        self.groupFilter.setObjectName(u"groupFilter")

        self.hoursFilters.addWidget(self.groupFilter)

        self.behindCheck = QCheckBox(self.hoursTab)
        self.behindCheck.setObjectName(u"behindCheck")

        self.hoursFilters.addWidget(self.behindCheck)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursFilters.addItem(self.hoursSpacer)

        self.ruleLabel = QLabel(self.hoursTab)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.hoursFilters.addWidget(self.ruleLabel)


        self.hoursLayout.addLayout(self.hoursFilters)

        self.hoursTable = QTableWidget(self.hoursTab)
        self.hoursTable.setObjectName(u"hoursTable")
        self.hoursTable.setTabKeyNavigation(False)
        self.hoursTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hoursTable.setAlternatingRowColors(True)
        self.hoursTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hoursTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hoursTable.setSortingEnabled(True)

        self.hoursLayout.addWidget(self.hoursTable)

        self.detailLabel = QLabel(self.hoursTab)
        self.detailLabel.setObjectName(u"detailLabel")

        self.hoursLayout.addWidget(self.detailLabel)

        self.detailTable = QTableWidget(self.hoursTab)
        self.detailTable.setObjectName(u"detailTable")
        self.detailTable.setTabKeyNavigation(False)
        self.detailTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detailTable.setMaximumSize(QSize(16777215, 180))

        self.hoursLayout.addWidget(self.detailTable)

        self.views.addTab(self.hoursTab, "")
        self.monthsTab = QWidget()
        self.monthsTab.setObjectName(u"monthsTab")
        self.monthsLayout = QVBoxLayout(self.monthsTab)
        self.monthsLayout.setObjectName(u"monthsLayout")
        self.monthsTable = QTableWidget(self.monthsTab)
        self.monthsTable.setObjectName(u"monthsTable")
        self.monthsTable.setTabKeyNavigation(False)
        self.monthsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.monthsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.monthsTable.setMaximumSize(QSize(16777215, 110))

        self.monthsLayout.addWidget(self.monthsTable)

        self.monthsHint = QLabel(self.monthsTab)
        self.monthsHint.setObjectName(u"monthsHint")

        self.monthsLayout.addWidget(self.monthsHint)

        self.monthsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.monthsLayout.addItem(self.monthsSpacer)

        self.views.addTab(self.monthsTab, "")

        self.pageLayout.addWidget(self.views)

        self.summaryLabel = QLabel(TrainingPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.pageLayout.addWidget(self.summaryLabel)


        self.retranslateUi(TrainingPage)

        QMetaObject.connectSlotsByName(TrainingPage)
    # setupUi

    def retranslateUi(self, TrainingPage):
        self.yearLabel.setText(QCoreApplication.translate("TrainingPage", u"\u5e74\u5ea6", None))
        self.outputButton.setText(QCoreApplication.translate("TrainingPage", u"\u6253\u5370 / \u5bfc\u51fa", None))
        self.creditButton.setText(QCoreApplication.translate("TrainingPage", u"\u767b\u8bb0\u5916\u51fa\u5b66\u4e60\u5b66\u65f6\u2026", None))
#if QT_CONFIG(tooltip)
        self.creditButton.setToolTip(QCoreApplication.translate("TrainingPage", u"\u6d41\u52a8\u515a\u5458\u5728\u6d41\u5165\u5730\u53c2\u52a0\u5b66\u4e60\u7684\u5b66\u65f6\uff0c\u6ce8\u660e\u6765\u6e90\u540e\u8ba1\u5165", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("TrainingPage", u"\u65b0\u5efa\u5b66\u4e60\u8bb0\u5f55", None))
        self.sessionsHint.setText(QCoreApplication.translate("TrainingPage", u"\u515a\u8bfe\u3001\u4e3b\u9898\u515a\u65e5\u7b49\u7ec4\u7ec7\u751f\u6d3b\u8bb0\u5f55\u586b\u4e86\u5b66\u65f6\u7684\uff0c\u4e5f\u5728\u8fd9\u91cc\u5217\u51fa\uff0c\u4e0d\u5fc5\u91cd\u590d\u5f55\u5165\u3002\u53cc\u51fb\u6253\u5f00\u3002", None))
        self.views.setTabText(self.views.indexOf(self.sessionsTab), QCoreApplication.translate("TrainingPage", u"\u5b66\u4e60\u8bb0\u5f55", None))
        self.behindCheck.setText(QCoreApplication.translate("TrainingPage", u"\u53ea\u770b\u5b66\u65f6\u4e0d\u8db3\u7684", None))
        self.ruleLabel.setText("")
        self.detailLabel.setText(QCoreApplication.translate("TrainingPage", u"\u53cc\u51fb\u4e00\u540d\u515a\u5458\uff0c\u67e5\u770b\u4ed6\u53c2\u52a0\u7684\u5b66\u4e60\u3002", None))
        self.views.setTabText(self.views.indexOf(self.hoursTab), QCoreApplication.translate("TrainingPage", u"\u5b66\u65f6\u7edf\u8ba1", None))
        self.monthsHint.setText(QCoreApplication.translate("TrainingPage", u"\u6bcf\u6708\u81f3\u5c11\u5f00\u5c551\u6b21\u96c6\u4e2d\u5b66\u4e60\uff08\u81ea\u5b66\u3001\u7ebf\u4e0a\u5b66\u4e60\u4e0d\u8ba1\uff09\u3002", None))
        self.views.setTabText(self.views.indexOf(self.monthsTab), QCoreApplication.translate("TrainingPage", u"\u6bcf\u6708\u96c6\u4e2d\u5b66\u4e60", None))
        self.summaryLabel.setText("")
        pass
    # retranslateUi

