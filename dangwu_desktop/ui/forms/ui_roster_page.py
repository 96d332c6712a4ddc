# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        self.pageLayout = QVBoxLayout(RosterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolLayout = QGridLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(RosterPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(160, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.categoryFilter = QComboBox(RosterPage)
        self.categoryFilter.setObjectName(u"categoryFilter")
        self.categoryFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryFilter.setMinimumContentsLength(9)

        self.filterLayout.addWidget(self.categoryFilter)

        self.groupFilter = QComboBox(RosterPage)
        self.groupFilter.setObjectName(u"groupFilter")
        self.groupFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groupFilter.setMinimumContentsLength(9)

        self.filterLayout.addWidget(self.groupFilter)

        self.statusFilter = QComboBox(RosterPage)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusFilter.setMinimumContentsLength(9)

        self.filterLayout.addWidget(self.statusFilter)

        self.mobileFilter = QComboBox(RosterPage)
        self.mobileFilter.setObjectName(u"mobileFilter")
        self.mobileFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mobileFilter.setMinimumContentsLength(9)

        self.filterLayout.addWidget(self.mobileFilter)


        self.toolLayout.addLayout(self.filterLayout, 0, 0, 1, 1)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.toolSpacer = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.toolSpacer)

        self.importButton = QPushButton(RosterPage)
        self.importButton.setObjectName(u"importButton")

        self.actionLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(RosterPage)
        self.exportButton.setObjectName(u"exportButton")

        self.actionLayout.addWidget(self.exportButton)

        self.addButton = QPushButton(RosterPage)
        self.addButton.setObjectName(u"addButton")

        self.actionLayout.addWidget(self.addButton)

        self.editButton = QPushButton(RosterPage)
        self.editButton.setObjectName(u"editButton")

        self.actionLayout.addWidget(self.editButton)

        self.movementButton = QPushButton(RosterPage)
        self.movementButton.setObjectName(u"movementButton")

        self.actionLayout.addWidget(self.movementButton)


        self.toolLayout.addLayout(self.actionLayout, 0, 1, 1, 1)


        self.pageLayout.addLayout(self.toolLayout)

        self.table = QTableView(RosterPage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)

        self.pageLayout.addWidget(self.table)

        self.countsLabel = QLabel(RosterPage)
        self.countsLabel.setObjectName(u"countsLabel")

        self.pageLayout.addWidget(self.countsLabel)


        self.retranslateUi(RosterPage)

        QMetaObject.connectSlotsByName(RosterPage)
    # setupUi

    def retranslateUi(self, RosterPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("RosterPage", u"\u59d3\u540d/\u62fc\u97f3/\u53f7\u7801/\u7535\u8bdd", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("RosterPage", u"\u6309\u59d3\u540d\u3001\u62fc\u97f3\u5168\u62fc\u6216\u9996\u5b57\u6bcd\uff08\u5982 zs\uff09\u3001\u8eab\u4efd\u53f7\u7801\u6216\u7535\u8bdd\u7684\u4efb\u610f\u4e00\u6bb5\u67e5\u627e", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.categoryFilter.setToolTip(QCoreApplication.translate("RosterPage", u"\u4eba\u5458\u7c7b\u522b", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.groupFilter.setToolTip(QCoreApplication.translate("RosterPage", u"\u6240\u5728\u515a\u5c0f\u7ec4", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("RosterPage", u"\u515a\u7c4d\u72b6\u6001", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.mobileFilter.setToolTip(QCoreApplication.translate("RosterPage", u"\u662f\u5426\u6d41\u52a8\u515a\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u5165\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u4eceExcel\u3001WPS\u8868\u683c\u6216CSV\u6587\u4ef6\u5bfc\u5165\u82b1\u540d\u518c", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("RosterPage", u"\u5bfc\u51fa", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u5bfc\u51fa\u4e61\u9547\u8981\u6c42\u683c\u5f0f\u7684\u82b1\u540d\u518c\uff08\u542b\u7edf\u8ba1\u8868\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("RosterPage", u"\u65b0\u589e\u515a\u5458", None))
        self.editButton.setText(QCoreApplication.translate("RosterPage", u"\u7f16\u8f91", None))
        self.movementButton.setText(QCoreApplication.translate("RosterPage", u"\u767b\u8bb0\u53d8\u52a8", None))
#if QT_CONFIG(tooltip)
        self.movementButton.setToolTip(QCoreApplication.translate("RosterPage", u"\u8f6c\u5165\u3001\u8f6c\u51fa\u3001\u6d41\u51fa\u3001\u8fd4\u56de\u3001\u53bb\u4e16\u3001\u51fa\u515a\u3001\u505c\u6b62\u515a\u7c4d\u3001\u6062\u590d\u515a\u7c4d\u3001\u8f6c\u6b63", None))
#endif // QT_CONFIG(tooltip)
        self.countsLabel.setText("")
        pass
    # retranslateUi

