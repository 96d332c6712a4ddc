# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'election_candidates_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_ElectionCandidatesDialog(object):
    def setupUi(self, ElectionCandidatesDialog):
        if not ElectionCandidatesDialog.objectName():
            ElectionCandidatesDialog.setObjectName(u"ElectionCandidatesDialog")
        ElectionCandidatesDialog.resize(860, 520)
        self.dialogLayout = QVBoxLayout(ElectionCandidatesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ElectionCandidatesDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.memberLabel = QLabel(ElectionCandidatesDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.addLayout.addWidget(self.memberLabel)

        self.memberCombo = QComboBox(ElectionCandidatesDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(True)
        self.memberCombo.setMinimumContentsLength(12)

        self.addLayout.addWidget(self.memberCombo)

        self.addButton = QPushButton(ElectionCandidatesDialog)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(ElectionCandidatesDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.addLayout.addWidget(self.removeButton)

        self.upButton = QPushButton(ElectionCandidatesDialog)
        self.upButton.setObjectName(u"upButton")

        self.addLayout.addWidget(self.upButton)

        self.downButton = QPushButton(ElectionCandidatesDialog)
        self.downButton.setObjectName(u"downButton")

        self.addLayout.addWidget(self.downButton)

        self.sortButton = QPushButton(ElectionCandidatesDialog)
        self.sortButton.setObjectName(u"sortButton")

        self.addLayout.addWidget(self.sortButton)

        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addLayout.addItem(self.addSpacer)


        self.dialogLayout.addLayout(self.addLayout)

        self.candidatesTable = QTableWidget(ElectionCandidatesDialog)
        self.candidatesTable.setObjectName(u"candidatesTable")
        self.candidatesTable.setTabKeyNavigation(False)
        self.candidatesTable.setColumnCount(5)

        self.dialogLayout.addWidget(self.candidatesTable)

        self.marginLabel = QLabel(ElectionCandidatesDialog)
        self.marginLabel.setObjectName(u"marginLabel")
        self.marginLabel.setTextFormat(Qt.TextFormat.RichText)
        self.marginLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.marginLabel)

        self.errorLabel = QLabel(ElectionCandidatesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ElectionCandidatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ElectionCandidatesDialog)

        QMetaObject.connectSlotsByName(ElectionCandidatesDialog)
    # setupUi

    def retranslateUi(self, ElectionCandidatesDialog):
        ElectionCandidatesDialog.setWindowTitle(QCoreApplication.translate("ElectionCandidatesDialog", u"\u5019\u9009\u4eba", None))
        self.introLabel.setText("")
        self.memberLabel.setText(QCoreApplication.translate("ElectionCandidatesDialog", u"\u515a\u5458", None))
        self.addButton.setText(QCoreApplication.translate("ElectionCandidatesDialog", u"\u52a0\u5165\u540d\u5355", None))
        self.removeButton.setText(QCoreApplication.translate("ElectionCandidatesDialog", u"\u79fb\u51fa\u540d\u5355", None))
        self.upButton.setText(QCoreApplication.translate("ElectionCandidatesDialog", u"\u4e0a\u79fb", None))
        self.downButton.setText(QCoreApplication.translate("ElectionCandidatesDialog", u"\u4e0b\u79fb", None))
        self.sortButton.setText(QCoreApplication.translate("ElectionCandidatesDialog", u"\u6309\u59d3\u6c0f\u7b14\u753b\u6392\u5e8f", None))
#if QT_CONFIG(tooltip)
        self.sortButton.setToolTip(QCoreApplication.translate("ElectionCandidatesDialog", u"\u6309\u59d3\u7684\u7b14\u753b\u6570\u4ece\u5c11\u5230\u591a\u6392\u5217\uff08\u7b14\u753b\u6570\u76f8\u540c\u7684\uff0c\u8bf7\u7528\u4e0a\u79fb\u3001\u4e0b\u79fb\u6309\u8d77\u7b14\u987a\u5e8f\u8c03\u6574\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.marginLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

