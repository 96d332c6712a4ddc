# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_page.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_DuesPage(object):
    def setupUi(self, DuesPage):
        if not DuesPage.objectName():
            DuesPage.setObjectName(u"DuesPage")
        self.pageLayout = QVBoxLayout(DuesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(DuesPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(DuesPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterLayout.addWidget(self.yearCombo)

        self.searchEdit = QLineEdit(DuesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaximumSize(QSize(160, 16777215))

        self.filterLayout.addWidget(self.searchEdit)

        self.behindCheck = QCheckBox(DuesPage)
        self.behindCheck.setObjectName(u"behindCheck")

        self.filterLayout.addWidget(self.behindCheck)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.monthButton = QPushButton(DuesPage)
        self.monthButton.setObjectName(u"monthButton")

        self.actionsLayout.addWidget(self.monthButton)

        self.paymentButton = QPushButton(DuesPage)
        self.paymentButton.setObjectName(u"paymentButton")

        self.actionsLayout.addWidget(self.paymentButton)

        self.standardButton = QPushButton(DuesPage)
        self.standardButton.setObjectName(u"standardButton")

        self.actionsLayout.addWidget(self.standardButton)

        self.specialButton = QPushButton(DuesPage)
        self.specialButton.setObjectName(u"specialButton")

        self.actionsLayout.addWidget(self.specialButton)

        self.remittanceButton = QPushButton(DuesPage)
        self.remittanceButton.setObjectName(u"remittanceButton")

        self.actionsLayout.addWidget(self.remittanceButton)

        self.arrearsButton = QPushButton(DuesPage)
        self.arrearsButton.setObjectName(u"arrearsButton")

        self.actionsLayout.addWidget(self.arrearsButton)

        self.listButton = QPushButton(DuesPage)
        self.listButton.setObjectName(u"listButton")

        self.actionsLayout.addWidget(self.listButton)

        self.outputButton = QPushButton(DuesPage)
        self.outputButton.setObjectName(u"outputButton")

        self.actionsLayout.addWidget(self.outputButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.pageLayout.addLayout(self.actionsLayout)

        self.bookTable = QTableView(DuesPage)
        self.bookTable.setObjectName(u"bookTable")
        self.bookTable.setTabKeyNavigation(False)
        self.bookTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bookTable.setAlternatingRowColors(True)
        self.bookTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.bookTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.pageLayout.addWidget(self.bookTable)

        self.legendLabel = QLabel(DuesPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)
        self.legendLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.legendLabel)

        self.summaryLabel = QLabel(DuesPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.summaryLabel)

        self.messageLabel = QLabel(DuesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.RichText)

        self.pageLayout.addWidget(self.messageLabel)


        self.retranslateUi(DuesPage)

        QMetaObject.connectSlotsByName(DuesPage)
    # setupUi

    def retranslateUi(self, DuesPage):
        self.yearLabel.setText(QCoreApplication.translate("DuesPage", u"\u5e74\u5ea6", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("DuesPage", u"\u67e5\u627e\u59d3\u540d", None))
        self.behindCheck.setText(QCoreApplication.translate("DuesPage", u"\u53ea\u770b\u6b20\u4ea4", None))
        self.monthButton.setText(QCoreApplication.translate("DuesPage", u"\u6574\u6708\u767b\u8bb0(&M)\u2026", None))
#if QT_CONFIG(tooltip)
        self.monthButton.setToolTip(QCoreApplication.translate("DuesPage", u"\u4e00\u4e2a\u6708\u5168\u6751\u6309\u6807\u51c6\u767b\u8bb0\uff0c\u6ca1\u4ea4\u7684\u53d6\u6d88\u52fe\u9009\uff08Alt+M\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.paymentButton.setText(QCoreApplication.translate("DuesPage", u"\u767b\u8bb0\u515a\u8d39(&D)\u2026", None))
#if QT_CONFIG(tooltip)
        self.paymentButton.setToolTip(QCoreApplication.translate("DuesPage", u"\u4e00\u540d\u515a\u5458\u4ea4\u7684\u4e00\u7b14\u515a\u8d39\uff0c\u53ef\u4e00\u6b21\u4ea4\u51e0\u4e2a\u6708\uff08Ctrl+N\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.standardButton.setText(QCoreApplication.translate("DuesPage", u"\u6838\u5b9a\u6807\u51c6(&B)\u2026", None))
#if QT_CONFIG(tooltip)
        self.standardButton.setToolTip(QCoreApplication.translate("DuesPage", u"\u6838\u5b9a\u6240\u9009\u515a\u5458\u6bcf\u6708\u5e94\u4ea4\u7684\u515a\u8d39\uff1b\u9009\u4e2d\u591a\u540d\u515a\u5458\u53ef\u4e00\u6b21\u6838\u5b9a\u4e3a\u519c\u6c11\u515a\u5458\u7b49", None))
#endif // QT_CONFIG(tooltip)
        self.specialButton.setText(QCoreApplication.translate("DuesPage", u"\u7279\u6b8a\u515a\u8d39\u2026", None))
#if QT_CONFIG(tooltip)
        self.specialButton.setToolTip(QCoreApplication.translate("DuesPage", u"\u515a\u5458\u81ea\u613f\u4ea4\u7eb3\u7684\u7279\u6b8a\u515a\u8d39\uff0c\u5355\u72ec\u767b\u8bb0\uff0c\u4e0d\u8ba1\u5165\u6309\u6708\u5e94\u4ea4\u7684\u515a\u8d39", None))
#endif // QT_CONFIG(tooltip)
        self.remittanceButton.setText(QCoreApplication.translate("DuesPage", u"\u4e0a\u7f34\u2026", None))
#if QT_CONFIG(tooltip)
        self.remittanceButton.setToolTip(QCoreApplication.translate("DuesPage", u"\u767b\u8bb0\u5411\u4e0a\u7ea7\u515a\u59d4\u4e0a\u7f34\u515a\u8d39", None))
#endif // QT_CONFIG(tooltip)
        self.arrearsButton.setText(QCoreApplication.translate("DuesPage", u"\u6b20\u7f34\u540d\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.arrearsButton.setToolTip(QCoreApplication.translate("DuesPage", u"\u5230\u4e0a\u6708\u4e3a\u6b62\u6ca1\u6709\u4ea4\u6e05\u515a\u8d39\u7684\u515a\u5458", None))
#endif // QT_CONFIG(tooltip)
        self.listButton.setText(QCoreApplication.translate("DuesPage", u"\u6309\u540d\u5355\u767b\u8bb0(&L)\u2026", None))
#if QT_CONFIG(tooltip)
        self.listButton.setToolTip(QCoreApplication.translate("DuesPage", u"\u7c98\u8d34\u94f6\u884c\u3001\u5fae\u4fe1\u7684\u6536\u6b3e\u540d\u5355\uff0c\u6216\u9009\u62e9Excel\u540d\u5355\uff0c\u68c0\u67e5\u540e\u4e00\u6b21\u767b\u8bb0", None))
#endif // QT_CONFIG(tooltip)
        self.outputButton.setText(QCoreApplication.translate("DuesPage", u"\u6253\u5370 / \u5bfc\u51fa", None))
        self.legendLabel.setText("")
        self.summaryLabel.setText("")
        self.messageLabel.setText("")
        pass
    # retranslateUi

