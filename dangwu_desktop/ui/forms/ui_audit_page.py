# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        self.pageLayout = QVBoxLayout(AuditPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.subjectFilter = QComboBox(AuditPage)
        self.subjectFilter.setObjectName(u"subjectFilter")

        self.filterRow.addWidget(self.subjectFilter)

        self.searchEdit = QLineEdit(AuditPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.fromLabel = QLabel(AuditPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.fromEdit = DateField(AuditPage)
        self.fromEdit.setObjectName(u"fromEdit")

        self.filterRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(AuditPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toEdit = DateField(AuditPage)
        self.toEdit.setObjectName(u"toEdit")

        self.filterRow.addWidget(self.toEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableWidget(AuditPage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)

        self.pageLayout.addWidget(self.table)

        self.summaryLabel = QLabel(AuditPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.pageLayout.addWidget(self.summaryLabel)


        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"\u67e5\u627e\uff1a\u59d3\u540d\u3001\u5185\u5bb9", None))
        self.fromLabel.setText(QCoreApplication.translate("AuditPage", u"\u4ece", None))
        self.toLabel.setText(QCoreApplication.translate("AuditPage", u"\u5230", None))
        self.summaryLabel.setText(QCoreApplication.translate("AuditPage", u"\u64cd\u4f5c\u65e5\u5fd7\u7531\u7a0b\u5e8f\u5728\u6bcf\u6b21\u4fee\u6539\u65f6\u81ea\u52a8\u8bb0\u5f55\uff0c\u4e0d\u80fd\u4fee\u6539\u6216\u5220\u9664\u3002", None))
        pass
    # retranslateUi

