# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lists_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ListsPage(object):
    def setupUi(self, ListsPage):
        if not ListsPage.objectName():
            ListsPage.setObjectName(u"ListsPage")
        self.pageLayout = QVBoxLayout(ListsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.summaryLabel = QLabel(ListsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.summaryLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.listLabel = QLabel(ListsPage)
        self.listLabel.setObjectName(u"listLabel")

        self.filterLayout.addWidget(self.listLabel)

        self.listCombo = QComboBox(ListsPage)
        self.listCombo.setObjectName(u"listCombo")

        self.filterLayout.addWidget(self.listCombo)

        self.statusLabel = QLabel(ListsPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(ListsPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.overdueCheck = QCheckBox(ListsPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.searchEdit = QLineEdit(ListsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaximumSize(QSize(220, 16777215))

        self.filterLayout.addWidget(self.searchEdit)

        self.filterLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterLayoutSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newButton = QPushButton(ListsPage)
        self.newButton.setObjectName(u"newButton")

        self.actionsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ListsPage)
        self.editButton.setObjectName(u"editButton")

        self.actionsLayout.addWidget(self.editButton)

        self.progressButton = QPushButton(ListsPage)
        self.progressButton.setObjectName(u"progressButton")

        self.actionsLayout.addWidget(self.progressButton)

        self.closeButton = QPushButton(ListsPage)
        self.closeButton.setObjectName(u"closeButton")

        self.actionsLayout.addWidget(self.closeButton)

        self.meetingButton = QPushButton(ListsPage)
        self.meetingButton.setObjectName(u"meetingButton")

        self.actionsLayout.addWidget(self.meetingButton)

        self.moreButton = QPushButton(ListsPage)
        self.moreButton.setObjectName(u"moreButton")

        self.actionsLayout.addWidget(self.moreButton)

        self.outputButton = QPushButton(ListsPage)
        self.outputButton.setObjectName(u"outputButton")

        self.actionsLayout.addWidget(self.outputButton)

        self.actionsLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsLayoutSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.splitter = QSplitter(ListsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.itemsTable = QTableView(self.splitter)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setTabKeyNavigation(False)
        self.itemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsTable.setAlternatingRowColors(True)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.itemsTable)
        self.detailBox = QWidget(self.splitter)
        self.detailBox.setObjectName(u"detailBox")
        self.detailLayout = QVBoxLayout(self.detailBox)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.detailLabel = QLabel(self.detailBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setTextFormat(Qt.TextFormat.RichText)

        self.detailLayout.addWidget(self.detailLabel)

        self.notesHead = QHBoxLayout()
        self.notesHead.setObjectName(u"notesHead")
        self.notesLabel = QLabel(self.detailBox)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setTextFormat(Qt.TextFormat.RichText)

        self.notesHead.addWidget(self.notesLabel)

        self.notesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.notesHead.addItem(self.notesSpacer)

        self.openMeetingButton = QPushButton(self.detailBox)
        self.openMeetingButton.setObjectName(u"openMeetingButton")

        self.notesHead.addWidget(self.openMeetingButton)

        self.editNoteButton = QPushButton(self.detailBox)
        self.editNoteButton.setObjectName(u"editNoteButton")

        self.notesHead.addWidget(self.editNoteButton)

        self.deleteNoteButton = QPushButton(self.detailBox)
        self.deleteNoteButton.setObjectName(u"deleteNoteButton")

        self.notesHead.addWidget(self.deleteNoteButton)


        self.detailLayout.addLayout(self.notesHead)

        self.notesTable = QTableWidget(self.detailBox)
        self.notesTable.setObjectName(u"notesTable")
        self.notesTable.setTabKeyNavigation(False)
        self.notesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notesTable.setAlternatingRowColors(True)
        self.notesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.detailLayout.addWidget(self.notesTable)

        self.splitter.addWidget(self.detailBox)

        self.pageLayout.addWidget(self.splitter)

        self.legendLabel = QLabel(ListsPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.legendLabel)

        self.messageLabel = QLabel(ListsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.listCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ListsPage)

        QMetaObject.connectSlotsByName(ListsPage)
    # setupUi

    def retranslateUi(self, ListsPage):
        self.summaryLabel.setText("")
        self.listLabel.setText(QCoreApplication.translate("ListsPage", u"\u6e05\u5355", None))
        self.statusLabel.setText(QCoreApplication.translate("ListsPage", u"\u72b6\u6001", None))
        self.overdueCheck.setText(QCoreApplication.translate("ListsPage", u"\u53ea\u770b\u903e\u671f\u548c\u5373\u5c06\u5230\u671f", None))
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("ListsPage", u"\u8d85\u8fc7\u5b8c\u6210\u65f6\u9650\u4ecd\u672a\u5b8c\u6210\u7684\uff0c\u4ee5\u53ca\u5c06\u5728\u8bbe\u5b9a\u5929\u6570\u5185\u5230\u671f\u7684", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ListsPage", u"\u67e5\u627e\u4e8b\u9879\u3001\u8d23\u4efb\u4eba\uff08Ctrl+F\uff09", None))
        self.newButton.setText(QCoreApplication.translate("ListsPage", u"\u65b0\u589e\u4e8b\u9879(&N)\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ListsPage", u"\u5728\u6240\u9009\u6e05\u5355\u4e2d\u65b0\u589e\u4e00\u4e2a\u4e8b\u9879\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ListsPage", u"\u4fee\u6539(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ListsPage", u"\u4fee\u6539\u6240\u9009\u4e8b\u9879\uff0c\u767b\u8bb0\u5b8c\u6210\u60c5\u51b5\u3001\u6dfb\u52a0\u4f50\u8bc1\u6750\u6599\uff08\u56de\u8f66\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.progressButton.setText(QCoreApplication.translate("ListsPage", u"\u767b\u8bb0\u8fdb\u5c55(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.progressButton.setToolTip(QCoreApplication.translate("ListsPage", u"\u4e3a\u6240\u9009\u4e8b\u9879\u767b\u8bb0\u4e00\u6761\u8fdb\u5c55\u60c5\u51b5", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ListsPage", u"\u9500\u53f7(&H)\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("ListsPage", u"\u6240\u9009\u4e8b\u9879\u5df2\u5b8c\u6210\u3001\u6709\u4f50\u8bc1\u6750\u6599\uff0c\u7ecf\u9a8c\u6536\u540e\u9500\u53f7", None))
#endif // QT_CONFIG(tooltip)
        self.meetingButton.setText(QCoreApplication.translate("ListsPage", u"\u4ece\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u751f\u6210\u6574\u6539\u4e8b\u9879(&M)\u2026", None))
#if QT_CONFIG(tooltip)
        self.meetingButton.setToolTip(QCoreApplication.translate("ListsPage", u"\u628a\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u4f1a\u8bae\u8bb0\u5f55\u4e2d\u67e5\u6446\u7684\u95ee\u9898\u9010\u6761\u5217\u5165\u95ee\u9898\u6e05\u5355", None))
#endif // QT_CONFIG(tooltip)
        self.moreButton.setText(QCoreApplication.translate("ListsPage", u"\u66f4\u591a", None))
        self.outputButton.setText(QCoreApplication.translate("ListsPage", u"\u5bfc\u51fa(&X)", None))
        self.detailLabel.setText("")
        self.notesLabel.setText(QCoreApplication.translate("ListsPage", u"\u8fdb\u5c55\u8bb0\u5f55", None))
        self.openMeetingButton.setText(QCoreApplication.translate("ListsPage", u"\u67e5\u770b\u4f1a\u8bae\u8bb0\u5f55\u2026", None))
#if QT_CONFIG(tooltip)
        self.openMeetingButton.setToolTip(QCoreApplication.translate("ListsPage", u"\u6253\u5f00\u6240\u9009\u4e8b\u9879\u5173\u8054\u7684\u4f1a\u8bae\u8bb0\u5f55", None))
#endif // QT_CONFIG(tooltip)
        self.editNoteButton.setText(QCoreApplication.translate("ListsPage", u"\u4fee\u6539\u8fdb\u5c55\u2026", None))
        self.deleteNoteButton.setText(QCoreApplication.translate("ListsPage", u"\u5220\u9664\u8fdb\u5c55", None))
        self.legendLabel.setText("")
        self.messageLabel.setText("")
        pass
    # retranslateUi

