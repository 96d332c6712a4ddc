# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appraisal_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AppraisalDialog(object):
    def setupUi(self, AppraisalDialog):
        if not AppraisalDialog.objectName():
            AppraisalDialog.setObjectName(u"AppraisalDialog")
        AppraisalDialog.resize(760, 600)
        self.dialogLayout = QVBoxLayout(AppraisalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.yearLabel = QLabel(AppraisalDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topRow.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(AppraisalDialog)
        self.yearCombo.setObjectName(u"yearCombo")

        self.topRow.addWidget(self.yearCombo)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.allQualifiedButton = QPushButton(AppraisalDialog)
        self.allQualifiedButton.setObjectName(u"allQualifiedButton")

        self.topRow.addWidget(self.allQualifiedButton)


        self.dialogLayout.addLayout(self.topRow)

        self.gradesTable = QTableWidget(AppraisalDialog)
        self.gradesTable.setObjectName(u"gradesTable")
        self.gradesTable.setTabKeyNavigation(False)
        self.gradesTable.setAlternatingRowColors(True)
        self.gradesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.dialogLayout.addWidget(self.gradesTable)

        self.countsLabel = QLabel(AppraisalDialog)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.countsLabel)

        self.errorLabel = QLabel(AppraisalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AppraisalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(AppraisalDialog)

        QMetaObject.connectSlotsByName(AppraisalDialog)
    # setupUi

    def retranslateUi(self, AppraisalDialog):
        AppraisalDialog.setWindowTitle(QCoreApplication.translate("AppraisalDialog", u"\u6c11\u4e3b\u8bc4\u8bae\u515a\u5458", None))
        self.yearLabel.setText(QCoreApplication.translate("AppraisalDialog", u"\u8bc4\u8bae\u5e74\u5ea6", None))
        self.allQualifiedButton.setText(QCoreApplication.translate("AppraisalDialog", u"\u672a\u8bc4\u7684\u90fd\u8bbe\u4e3a\u201c\u5408\u683c\u201d", None))
        self.countsLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

