# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activities_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCalendarWidget, QCheckBox,
    QComboBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ActivitiesPage(object):
    def setupUi(self, ActivitiesPage):
        if not ActivitiesPage.objectName():
            ActivitiesPage.setObjectName(u"ActivitiesPage")
        self.pageLayout = QVBoxLayout(ActivitiesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.yearLabel = QLabel(ActivitiesPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.toolLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(ActivitiesPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.toolLayout.addWidget(self.yearCombo)

        self.kindFilter = QComboBox(ActivitiesPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.toolLayout.addWidget(self.kindFilter)

        self.binCheck = QCheckBox(ActivitiesPage)
        self.binCheck.setObjectName(u"binCheck")

        self.toolLayout.addWidget(self.binCheck)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.planButton = QPushButton(ActivitiesPage)
        self.planButton.setObjectName(u"planButton")

        self.toolLayout.addWidget(self.planButton)

        self.appraisalButton = QPushButton(ActivitiesPage)
        self.appraisalButton.setObjectName(u"appraisalButton")

        self.toolLayout.addWidget(self.appraisalButton)

        self.outputButton = QPushButton(ActivitiesPage)
        self.outputButton.setObjectName(u"outputButton")

        self.toolLayout.addWidget(self.outputButton)

        self.newButton = QPushButton(ActivitiesPage)
        self.newButton.setObjectName(u"newButton")

        self.toolLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ActivitiesPage)
        self.editButton.setObjectName(u"editButton")

        self.toolLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(ActivitiesPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolLayout.addWidget(self.deleteButton)

        self.restoreButton = QPushButton(ActivitiesPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.toolLayout.addWidget(self.restoreButton)


        self.pageLayout.addLayout(self.toolLayout)

        self.views = QTabWidget(ActivitiesPage)
        self.views.setObjectName(u"views")
        self.listTab = QWidget()
        self.listTab.setObjectName(u"listTab")
        self.listLayout = QVBoxLayout(self.listTab)
        self.listLayout.setObjectName(u"listLayout")
        self.table = QTableView(self.listTab)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.listLayout.addWidget(self.table)

        self.views.addTab(self.listTab, "")
        self.scheduleTab = QWidget()
        self.scheduleTab.setObjectName(u"scheduleTab")
        self.scheduleLayout = QVBoxLayout(self.scheduleTab)
        self.scheduleLayout.setObjectName(u"scheduleLayout")
        self.scheduleTable = QTableWidget(self.scheduleTab)
        self.scheduleTable.setObjectName(u"scheduleTable")
        self.scheduleTable.setTabKeyNavigation(False)
        self.scheduleTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scheduleTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.scheduleLayout.addWidget(self.scheduleTable)

        self.scheduleLegend = QLabel(self.scheduleTab)
        self.scheduleLegend.setObjectName(u"scheduleLegend")
        self.scheduleLegend.setWordWrap(True)
        self.scheduleLegend.setTextFormat(Qt.TextFormat.RichText)

        self.scheduleLayout.addWidget(self.scheduleLegend)

        self.views.addTab(self.scheduleTab, "")
        self.talksTab = QWidget()
        self.talksTab.setObjectName(u"talksTab")
        self.talksLayout = QVBoxLayout(self.talksTab)
        self.talksLayout.setObjectName(u"talksLayout")
        self.talksSummary = QLabel(self.talksTab)
        self.talksSummary.setObjectName(u"talksSummary")
        self.talksSummary.setWordWrap(True)

        self.talksLayout.addWidget(self.talksSummary)

        self.talksTable = QTableWidget(self.talksTab)
        self.talksTable.setObjectName(u"talksTable")
        self.talksTable.setTabKeyNavigation(False)
        self.talksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.talksTable.setAlternatingRowColors(True)
        self.talksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.talksLayout.addWidget(self.talksTable)

        self.talksHint = QLabel(self.talksTab)
        self.talksHint.setObjectName(u"talksHint")
        self.talksHint.setWordWrap(True)

        self.talksLayout.addWidget(self.talksHint)

        self.views.addTab(self.talksTab, "")
        self.calendarTab = QWidget()
        self.calendarTab.setObjectName(u"calendarTab")
        self.calendarLayout = QHBoxLayout(self.calendarTab)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.calendar = QCalendarWidget(self.calendarTab)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setGridVisible(True)

        self.calendarLayout.addWidget(self.calendar)

        self.dayLayout = QVBoxLayout()
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayLabel = QLabel(self.calendarTab)
        self.dayLabel.setObjectName(u"dayLabel")

        self.dayLayout.addWidget(self.dayLabel)

        self.dayList = QListWidget(self.calendarTab)
        self.dayList.setObjectName(u"dayList")

        self.dayLayout.addWidget(self.dayList)


        self.calendarLayout.addLayout(self.dayLayout)

        self.views.addTab(self.calendarTab, "")

        self.pageLayout.addWidget(self.views)

        self.summaryLabel = QLabel(ActivitiesPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.pageLayout.addWidget(self.summaryLabel)


        self.retranslateUi(ActivitiesPage)

        QMetaObject.connectSlotsByName(ActivitiesPage)
    # setupUi

    def retranslateUi(self, ActivitiesPage):
        self.yearLabel.setText(QCoreApplication.translate("ActivitiesPage", u"\u5e74\u5ea6", None))
#if QT_CONFIG(tooltip)
        self.kindFilter.setToolTip(QCoreApplication.translate("ActivitiesPage", u"\u6309\u7c7b\u522b\u7b5b\u9009", None))
#endif // QT_CONFIG(tooltip)
        self.binCheck.setText(QCoreApplication.translate("ActivitiesPage", u"\u56de\u6536\u7ad9", None))
#if QT_CONFIG(tooltip)
        self.binCheck.setToolTip(QCoreApplication.translate("ActivitiesPage", u"\u663e\u793a\u5df2\u5220\u9664\u7684\u8bb0\u5f55\uff0c\u53ef\u6062\u590d", None))
#endif // QT_CONFIG(tooltip)
        self.planButton.setText(QCoreApplication.translate("ActivitiesPage", u"\u5b63\u5ea6\u8ba1\u5212\u2026", None))
#if QT_CONFIG(tooltip)
        self.planButton.setToolTip(QCoreApplication.translate("ActivitiesPage", u"\u6309\u89c4\u5b9a\u751f\u6210\u672c\u5b63\u5ea6\u7684\u6d3b\u52a8\u8ba1\u5212\uff0c\u5bfc\u51fa\u62a5\u5907\u8868", None))
#endif // QT_CONFIG(tooltip)
        self.appraisalButton.setText(QCoreApplication.translate("ActivitiesPage", u"\u6c11\u4e3b\u8bc4\u8bae\u2026", None))
#if QT_CONFIG(tooltip)
        self.appraisalButton.setToolTip(QCoreApplication.translate("ActivitiesPage", u"\u767b\u8bb0\u6bcf\u540d\u515a\u5458\u7684\u5e74\u5ea6\u8bc4\u8bae\u7b49\u6b21", None))
#endif // QT_CONFIG(tooltip)
        self.outputButton.setText(QCoreApplication.translate("ActivitiesPage", u"\u6253\u5370 / \u5bfc\u51fa", None))
        self.newButton.setText(QCoreApplication.translate("ActivitiesPage", u"\u65b0\u5efa\u8bb0\u5f55", None))
        self.editButton.setText(QCoreApplication.translate("ActivitiesPage", u"\u6253\u5f00", None))
        self.deleteButton.setText(QCoreApplication.translate("ActivitiesPage", u"\u5220\u9664", None))
        self.restoreButton.setText(QCoreApplication.translate("ActivitiesPage", u"\u6062\u590d", None))
        self.views.setTabText(self.views.indexOf(self.listTab), QCoreApplication.translate("ActivitiesPage", u"\u8bb0\u5f55\u5217\u8868", None))
        self.scheduleLegend.setText("")
        self.views.setTabText(self.views.indexOf(self.scheduleTab), QCoreApplication.translate("ActivitiesPage", u"\u5e74\u5ea6\u5b8c\u6210\u60c5\u51b5", None))
        self.talksSummary.setText("")
        self.talksHint.setText(QCoreApplication.translate("ActivitiesPage", u"\u6309\u5e74\u5ea6\u7edf\u8ba1\u201c\u8c08\u5fc3\u8c08\u8bdd\u201d\u8bb0\u5f55\u4e2d\u9010\u6b21\u767b\u8bb0\u7684\u8c08\u8bdd\uff1a\u652f\u90e8\u59d4\u5458\u4e4b\u95f4\u6bcf\u4e24\u4eba\u81f3\u5c11\u8c081\u6b21\uff0c\u5176\u4ed6\u515a\u5458\u6bcf\u4eba\u81f3\u5c11\u4e0e1\u540d\u652f\u90e8\u59d4\u5458\u8c081\u6b21\u3002\u672a\u8c08\u7684\u6392\u5728\u524d\u9762\uff1b\u65b0\u5efa\u201c\u8c08\u5fc3\u8c08\u8bdd\u201d\u8bb0\u5f55\uff0c\u5728\u201c\u8c08\u8bdd\u8bb0\u5f55\u201d\u9875\u767b\u8bb0\u3002", None))
        self.views.setTabText(self.views.indexOf(self.talksTab), QCoreApplication.translate("ActivitiesPage", u"\u8c08\u5fc3\u8c08\u8bdd\u8986\u76d6", None))
        self.dayLabel.setText("")
        self.views.setTabText(self.views.indexOf(self.calendarTab), QCoreApplication.translate("ActivitiesPage", u"\u65e5\u5386", None))
        self.summaryLabel.setText("")
        pass
    # retranslateUi

