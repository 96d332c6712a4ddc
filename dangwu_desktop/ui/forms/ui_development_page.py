# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_page.ui'
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
    QTableView, QTableWidget, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_DevelopmentPage(object):
    def setupUi(self, DevelopmentPage):
        if not DevelopmentPage.objectName():
            DevelopmentPage.setObjectName(u"DevelopmentPage")
        self.pageLayout = QVBoxLayout(DevelopmentPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolsLayout = QHBoxLayout()
        self.toolsLayout.setObjectName(u"toolsLayout")
        self.searchEdit = QLineEdit(DevelopmentPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaximumSize(QSize(110, 16777215))

        self.toolsLayout.addWidget(self.searchEdit)

        self.stageCombo = QComboBox(DevelopmentPage)
        self.stageCombo.setObjectName(u"stageCombo")
        self.stageCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolsLayout.addWidget(self.stageCombo)

        self.overdueCheck = QCheckBox(DevelopmentPage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.toolsLayout.addWidget(self.overdueCheck)

        self.toolsSpacer = QSpacerItem(8, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.toolsSpacer)

        self.newButton = QPushButton(DevelopmentPage)
        self.newButton.setObjectName(u"newButton")

        self.toolsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(DevelopmentPage)
        self.editButton.setObjectName(u"editButton")

        self.toolsLayout.addWidget(self.editButton)

        self.stepButton = QPushButton(DevelopmentPage)
        self.stepButton.setObjectName(u"stepButton")

        self.toolsLayout.addWidget(self.stepButton)

        self.deleteButton = QPushButton(DevelopmentPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolsLayout.addWidget(self.deleteButton)

        self.stepsButton = QPushButton(DevelopmentPage)
        self.stepsButton.setObjectName(u"stepsButton")

        self.toolsLayout.addWidget(self.stepsButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolsLayout.addItem(self.actionsSpacer)

        self.outputButton = QPushButton(DevelopmentPage)
        self.outputButton.setObjectName(u"outputButton")

        self.toolsLayout.addWidget(self.outputButton)


        self.pageLayout.addLayout(self.toolsLayout)

        self.splitter = QSplitter(DevelopmentPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.pipelineTable = QTableView(self.splitter)
        self.pipelineTable.setObjectName(u"pipelineTable")
        self.pipelineTable.setTabKeyNavigation(False)
        self.pipelineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pipelineTable.setAlternatingRowColors(True)
        self.pipelineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pipelineTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.pipelineTable)
        self.timelineBox = QWidget(self.splitter)
        self.timelineBox.setObjectName(u"timelineBox")
        self.timelineLayout = QVBoxLayout(self.timelineBox)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.personLabel = QLabel(self.timelineBox)
        self.personLabel.setObjectName(u"personLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personLabel.sizePolicy().hasHeightForWidth())
        self.personLabel.setSizePolicy(sizePolicy)
        self.personLabel.setTextFormat(Qt.TextFormat.RichText)

        self.timelineLayout.addWidget(self.personLabel)

        self.timelineTable = QTableWidget(self.timelineBox)
        self.timelineTable.setObjectName(u"timelineTable")
        self.timelineTable.setTabKeyNavigation(False)
        self.timelineTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timelineTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timelineTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timelineTable.setWordWrap(False)

        self.timelineLayout.addWidget(self.timelineTable)

        self.splitter.addWidget(self.timelineBox)
        self.detailView = QTextBrowser(self.splitter)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setMinimumSize(QSize(0, 40))
        self.detailView.setTabChangesFocus(True)
        self.detailView.setOpenLinks(False)
        self.splitter.addWidget(self.detailView)

        self.pageLayout.addWidget(self.splitter)

        self.legendLabel = QLabel(DevelopmentPage)
        self.legendLabel.setObjectName(u"legendLabel")
        sizePolicy.setHeightForWidth(self.legendLabel.sizePolicy().hasHeightForWidth())
        self.legendLabel.setSizePolicy(sizePolicy)
        self.legendLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.legendLabel)

        self.messageLabel = QLabel(DevelopmentPage)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.messageLabel)


        self.retranslateUi(DevelopmentPage)

        QMetaObject.connectSlotsByName(DevelopmentPage)
    # setupUi

    def retranslateUi(self, DevelopmentPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DevelopmentPage", u"\u67e5\u627e\u59d3\u540d", None))
#if QT_CONFIG(tooltip)
        self.stageCombo.setToolTip(QCoreApplication.translate("DevelopmentPage", u"\u53ea\u770b\u67d0\u4e00\u9636\u6bb5\u7684\u4eba\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCheck.setText(QCoreApplication.translate("DevelopmentPage", u"\u53ea\u770b\u903e\u671f", None))
        self.newButton.setText(QCoreApplication.translate("DevelopmentPage", u"\u65b0\u589e(&N)\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("DevelopmentPage", u"\u65b0\u5efa\u4e00\u540d\u5165\u515a\u7533\u8bf7\u4eba\u7684\u6863\u6848\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("DevelopmentPage", u"\u7f16\u8f91\u6863\u6848(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("DevelopmentPage", u"\u4fee\u6539\u6240\u9009\u4eba\u5458\u7684\u59d3\u540d\u3001\u8eab\u4efd\u53f7\u7801\u7b49", None))
#endif // QT_CONFIG(tooltip)
        self.stepButton.setText(QCoreApplication.translate("DevelopmentPage", u"\u767b\u8bb0\u6b65\u9aa4(&R)\u2026", None))
#if QT_CONFIG(tooltip)
        self.stepButton.setToolTip(QCoreApplication.translate("DevelopmentPage", u"\u4e3a\u6240\u9009\u4eba\u5458\u767b\u8bb0\u4e00\u4e2a\u6b65\u9aa4\uff0c\u9ed8\u8ba4\u662f\u4e0b\u4e00\u6b65\uff08Alt+R\uff09\uff1b\u53cc\u51fb\u4e0b\u65b9\u7684\u6b65\u9aa4\u53ef\u4fee\u6539", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("DevelopmentPage", u"\u5220\u9664\u6b65\u9aa4\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("DevelopmentPage", u"\u5220\u9664\u4e0b\u65b9\u6240\u9009\u7684\u4e00\u6761\u6b65\u9aa4\u8bb0\u5f55\uff08\u767b\u8bb0\u9519\u4e86\u65f6\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.stepsButton.setText(QCoreApplication.translate("DevelopmentPage", u"\u6b65\u9aa4\u8bbe\u7f6e\u2026", None))
#if QT_CONFIG(tooltip)
        self.stepsButton.setToolTip(QCoreApplication.translate("DevelopmentPage", u"\u6309\u672c\u7701\u89c4\u5b9a\u4fee\u6539\u6b65\u9aa4\u540d\u79f0\u548c\u5e94\u6709\u6750\u6599", None))
#endif // QT_CONFIG(tooltip)
        self.outputButton.setText(QCoreApplication.translate("DevelopmentPage", u"\u6253\u5370 / \u5bfc\u51fa", None))
#if QT_CONFIG(tooltip)
        self.outputButton.setToolTip(QCoreApplication.translate("DevelopmentPage", u"\u6240\u9009\u4eba\u5458\u7684\u57f9\u517b\u8003\u5bdf\u767b\u8bb0\u8868\u3001\u5168\u7a0b\u7eaa\u5b9e\u8868\u3001\u5f52\u6863\u6e05\u5355\uff0c\u672c\u5e74\u7684\u53d1\u5c55\u515a\u5458\u5de5\u4f5c\u53f0\u8d26\u548c\u53d1\u5c55\u6307\u6807", None))
#endif // QT_CONFIG(tooltip)
        self.personLabel.setText("")
        self.legendLabel.setText("")
        self.messageLabel.setText("")
        pass
    # retranslateUi

