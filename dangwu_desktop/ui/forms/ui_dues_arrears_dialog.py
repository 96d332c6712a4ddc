# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_arrears_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DuesArrearsDialog(object):
    def setupUi(self, DuesArrearsDialog):
        if not DuesArrearsDialog.objectName():
            DuesArrearsDialog.setObjectName(u"DuesArrearsDialog")
        DuesArrearsDialog.resize(640, 520)
        self.dialogLayout = QVBoxLayout(DuesArrearsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(DuesArrearsDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.headingLabel)

        self.arrearsTable = QTableWidget(DuesArrearsDialog)
        self.arrearsTable.setObjectName(u"arrearsTable")
        self.arrearsTable.setTabKeyNavigation(False)
        self.arrearsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.arrearsTable.setAlternatingRowColors(True)
        self.arrearsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.dialogLayout.addWidget(self.arrearsTable)

        self.ruleLabel = QLabel(DuesArrearsDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.buttonBox = QDialogButtonBox(DuesArrearsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(DuesArrearsDialog)

        QMetaObject.connectSlotsByName(DuesArrearsDialog)
    # setupUi

    def retranslateUi(self, DuesArrearsDialog):
        DuesArrearsDialog.setWindowTitle(QCoreApplication.translate("DuesArrearsDialog", u"\u515a\u8d39\u6b20\u7f34\u540d\u5355", None))
        self.headingLabel.setText("")
        self.ruleLabel.setText("")
    # retranslateUi

