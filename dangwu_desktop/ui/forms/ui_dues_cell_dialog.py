# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_cell_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DuesCellDialog(object):
    def setupUi(self, DuesCellDialog):
        if not DuesCellDialog.objectName():
            DuesCellDialog.setObjectName(u"DuesCellDialog")
        DuesCellDialog.resize(760, 360)
        self.dialogLayout = QVBoxLayout(DuesCellDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headingLabel = QLabel(DuesCellDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.headingLabel)

        self.paymentsTable = QTableWidget(DuesCellDialog)
        self.paymentsTable.setObjectName(u"paymentsTable")
        self.paymentsTable.setTabKeyNavigation(False)
        self.paymentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.paymentsTable.setAlternatingRowColors(True)
        self.paymentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.paymentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.paymentsTable)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.deleteButton = QPushButton(DuesCellDialog)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.dialogLayout.addLayout(self.actionsLayout)

        self.errorLabel = QLabel(DuesCellDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesCellDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(DuesCellDialog)

        QMetaObject.connectSlotsByName(DuesCellDialog)
    # setupUi

    def retranslateUi(self, DuesCellDialog):
        DuesCellDialog.setWindowTitle(QCoreApplication.translate("DuesCellDialog", u"\u515a\u8d39\u4ea4\u7eb3\u8bb0\u5f55", None))
        self.headingLabel.setText("")
        self.deleteButton.setText(QCoreApplication.translate("DuesCellDialog", u"\u5220\u9664\u6240\u9009\u8bb0\u5f55\u2026", None))
        self.errorLabel.setText("")
    # retranslateUi

