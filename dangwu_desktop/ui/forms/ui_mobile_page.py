# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mobile_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MobilePage(object):
    def setupUi(self, MobilePage):
        if not MobilePage.objectName():
            MobilePage.setObjectName(u"MobilePage")
        self.pageLayout = QVBoxLayout(MobilePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.summaryLabel = QLabel(MobilePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.summaryLabel)

        self.tabs = QTabWidget(MobilePage)
        self.tabs.setObjectName(u"tabs")
        self.awayTab = QWidget()
        self.awayTab.setObjectName(u"awayTab")
        self.awayLayout = QVBoxLayout(self.awayTab)
        self.awayLayout.setObjectName(u"awayLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.awayTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaximumSize(QSize(160, 16777215))

        self.filterLayout.addWidget(self.searchEdit)

        self.needCheck = QCheckBox(self.awayTab)
        self.needCheck.setObjectName(u"needCheck")

        self.filterLayout.addWidget(self.needCheck)

        self.endedCheck = QCheckBox(self.awayTab)
        self.endedCheck.setObjectName(u"endedCheck")

        self.filterLayout.addWidget(self.endedCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.awayLayout.addLayout(self.filterLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.contactButton = QPushButton(self.awayTab)
        self.contactButton.setObjectName(u"contactButton")

        self.actionsLayout.addWidget(self.contactButton)

        self.stintButton = QPushButton(self.awayTab)
        self.stintButton.setObjectName(u"stintButton")

        self.actionsLayout.addWidget(self.stintButton)

        self.editButton = QPushButton(self.awayTab)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.endButton = QPushButton(self.awayTab)
        self.endButton.setObjectName(u"endButton")

        self.actionsLayout.addWidget(self.endButton)

        self.lostButton = QPushButton(self.awayTab)
        self.lostButton.setObjectName(u"lostButton")

        self.actionsLayout.addWidget(self.lostButton)

        self.outputButton = QPushButton(self.awayTab)
        self.outputButton.setObjectName(u"outputButton")

        self.actionsLayout.addWidget(self.outputButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.awayLayout.addLayout(self.actionsLayout)

        self.splitter = QSplitter(self.awayTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.awayTable = QTableView(self.splitter)
        self.awayTable.setObjectName(u"awayTable")
        self.awayTable.setTabKeyNavigation(False)
        self.awayTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.awayTable.setAlternatingRowColors(True)
        self.awayTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.awayTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.awayTable)
        self.contactsBox = QWidget(self.splitter)
        self.contactsBox.setObjectName(u"contactsBox")
        self.contactsLayout = QVBoxLayout(self.contactsBox)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsLayout.setContentsMargins(0, 0, 0, 0)
        self.contactsHead = QHBoxLayout()
        self.contactsHead.setObjectName(u"contactsHead")
        self.contactsLabel = QLabel(self.contactsBox)
        self.contactsLabel.setObjectName(u"contactsLabel")
        self.contactsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.contactsHead.addWidget(self.contactsLabel)

        self.contactsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contactsHead.addItem(self.contactsSpacer)

        self.editContactButton = QPushButton(self.contactsBox)
        self.editContactButton.setObjectName(u"editContactButton")

        self.contactsHead.addWidget(self.editContactButton)

        self.deleteContactButton = QPushButton(self.contactsBox)
        self.deleteContactButton.setObjectName(u"deleteContactButton")

        self.contactsHead.addWidget(self.deleteContactButton)


        self.contactsLayout.addLayout(self.contactsHead)

        self.contactTable = QTableWidget(self.contactsBox)
        self.contactTable.setObjectName(u"contactTable")
        self.contactTable.setTabKeyNavigation(False)
        self.contactTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactTable.setAlternatingRowColors(True)
        self.contactTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.contactsLayout.addWidget(self.contactTable)

        self.splitter.addWidget(self.contactsBox)

        self.awayLayout.addWidget(self.splitter)

        self.legendLabel = QLabel(self.awayTab)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setTextFormat(Qt.TextFormat.RichText)

        self.awayLayout.addWidget(self.legendLabel)

        self.tabs.addTab(self.awayTab, "")
        self.incomingTab = QWidget()
        self.incomingTab.setObjectName(u"incomingTab")
        self.incomingLayout = QVBoxLayout(self.incomingTab)
        self.incomingLayout.setObjectName(u"incomingLayout")
        self.incomingActions = QHBoxLayout()
        self.incomingActions.setObjectName(u"incomingActions")
        self.incomingButton = QPushButton(self.incomingTab)
        self.incomingButton.setObjectName(u"incomingButton")

        self.incomingActions.addWidget(self.incomingButton)

        self.partButton = QPushButton(self.incomingTab)
        self.partButton.setObjectName(u"partButton")

        self.incomingActions.addWidget(self.partButton)

        self.leaveButton = QPushButton(self.incomingTab)
        self.leaveButton.setObjectName(u"leaveButton")

        self.incomingActions.addWidget(self.leaveButton)

        self.incomingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.incomingActions.addItem(self.incomingSpacer)


        self.incomingLayout.addLayout(self.incomingActions)

        self.incomingTable = QTableWidget(self.incomingTab)
        self.incomingTable.setObjectName(u"incomingTable")
        self.incomingTable.setTabKeyNavigation(False)
        self.incomingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incomingTable.setAlternatingRowColors(True)
        self.incomingTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.incomingTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.incomingLayout.addWidget(self.incomingTable)

        self.tabs.addTab(self.incomingTab, "")

        self.pageLayout.addWidget(self.tabs)

        self.messageLabel = QLabel(MobilePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.messageLabel)


        self.retranslateUi(MobilePage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MobilePage)
    # setupUi

    def retranslateUi(self, MobilePage):
        self.summaryLabel.setText("")
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MobilePage", u"\u67e5\u627e\u59d3\u540d\uff08Ctrl+F\uff09", None))
        self.needCheck.setText(QCoreApplication.translate("MobilePage", u"\u53ea\u770b\u9700\u8981\u8054\u7cfb", None))
#if QT_CONFIG(tooltip)
        self.needCheck.setToolTip(QCoreApplication.translate("MobilePage", u"\u8d85\u8fc7\u89c4\u5b9a\u95f4\u9694\u6ca1\u6709\u8054\u7cfb\u3001\u8054\u7cfb\u4e0d\u4e0a\u6216\u6b63\u5728\u67e5\u627e\u7684", None))
#endif // QT_CONFIG(tooltip)
        self.endedCheck.setText(QCoreApplication.translate("MobilePage", u"\u542b\u5df2\u8fd4\u56de", None))
#if QT_CONFIG(tooltip)
        self.endedCheck.setToolTip(QCoreApplication.translate("MobilePage", u"\u540c\u65f6\u5217\u51fa\u672c\u5e74\u5df2\u8fd4\u56de\u6216\u5df2\u8f6c\u51fa\u7684", None))
#endif // QT_CONFIG(tooltip)
        self.contactButton.setText(QCoreApplication.translate("MobilePage", u"\u767b\u8bb0\u8054\u7cfb(&C)\u2026", None))
#if QT_CONFIG(tooltip)
        self.contactButton.setToolTip(QCoreApplication.translate("MobilePage", u"\u767b\u8bb0\u4e0e\u6240\u9009\u6d41\u52a8\u515a\u5458\u7684\u4e00\u6b21\u8054\u7cfb\uff08Ctrl+N \u6216\u56de\u8f66\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.stintButton.setText(QCoreApplication.translate("MobilePage", u"\u6d41\u51fa\u767b\u8bb0(&O)\u2026", None))
#if QT_CONFIG(tooltip)
        self.stintButton.setToolTip(QCoreApplication.translate("MobilePage", u"\u515a\u5458\u5916\u51fa\uff1a\u53bb\u5411\u3001\u539f\u56e0\u3001\u8054\u7cfb\u65b9\u5f0f\u3001\u6d41\u52a8\u515a\u5458\u6d3b\u52a8\u8bc1", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("MobilePage", u"\u4fee\u6539\u6d41\u51fa\u767b\u8bb0(&E)\u2026", None))
        self.endButton.setText(QCoreApplication.translate("MobilePage", u"\u7ed3\u675f\u5916\u51fa(&R)\u2026", None))
#if QT_CONFIG(tooltip)
        self.endButton.setToolTip(QCoreApplication.translate("MobilePage", u"\u8fd4\u56de\uff0c\u6216\u5916\u51fa\u6ee16\u4e2a\u6708\u5730\u70b9\u56fa\u5b9a\u3001\u8f6c\u79fb\u7ec4\u7ec7\u5173\u7cfb", None))
#endif // QT_CONFIG(tooltip)
        self.lostButton.setText(QCoreApplication.translate("MobilePage", u"\u5931\u8054", None))
        self.outputButton.setText(QCoreApplication.translate("MobilePage", u"\u5bfc\u51fa\u53f0\u8d26(&X)\u2026", None))
#if QT_CONFIG(tooltip)
        self.outputButton.setToolTip(QCoreApplication.translate("MobilePage", u"\u5bfc\u51fa\u672c\u5e74\u6d41\u52a8\u515a\u5458\u53f0\u8d26\uff08Excel\uff1a\u6d41\u51fa\u515a\u5458\u3001\u8054\u7cfb\u8bb0\u5f55\u3001\u6d41\u5165\u515a\u5458\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.contactsLabel.setText(QCoreApplication.translate("MobilePage", u"\u8054\u7cfb\u8bb0\u5f55", None))
        self.editContactButton.setText(QCoreApplication.translate("MobilePage", u"\u4fee\u6539\u8054\u7cfb\u2026", None))
        self.deleteContactButton.setText(QCoreApplication.translate("MobilePage", u"\u5220\u9664\u8054\u7cfb", None))
        self.legendLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.awayTab), QCoreApplication.translate("MobilePage", u"\u6d41\u51fa\u515a\u5458", None))
        self.incomingButton.setText(QCoreApplication.translate("MobilePage", u"\u6d41\u5165\u767b\u8bb0\u2026", None))
#if QT_CONFIG(tooltip)
        self.incomingButton.setToolTip(QCoreApplication.translate("MobilePage", u"\u5728\u672c\u6751\u5c45\u4f4f\u7684\u5916\u5730\u515a\u5458\uff1a\u7ec4\u7ec7\u5173\u7cfb\u4e0d\u5728\u672c\u652f\u90e8\uff0c\u4e0d\u8ba1\u5165\u672c\u652f\u90e8\u515a\u5458\u4eba\u6570", None))
#endif // QT_CONFIG(tooltip)
        self.partButton.setText(QCoreApplication.translate("MobilePage", u"\u53c2\u52a0\u6d3b\u52a8\u2026", None))
#if QT_CONFIG(tooltip)
        self.partButton.setToolTip(QCoreApplication.translate("MobilePage", u"\u6240\u9009\u6d41\u5165\u515a\u5458\u5728\u672c\u652f\u90e8\u53c2\u52a0\u7684\u4e00\u6b21\u7ec4\u7ec7\u751f\u6d3b\u6216\u5b66\u4e60", None))
#endif // QT_CONFIG(tooltip)
        self.leaveButton.setText(QCoreApplication.translate("MobilePage", u"\u79bb\u5f00\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.incomingTab), QCoreApplication.translate("MobilePage", u"\u6d41\u5165\u515a\u5458", None))
        self.messageLabel.setText("")
        pass
    # retranslateUi

