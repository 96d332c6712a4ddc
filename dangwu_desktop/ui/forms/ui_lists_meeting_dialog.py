# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lists_meeting_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_ListsMeetingDialog(object):
    def setupUi(self, ListsMeetingDialog):
        if not ListsMeetingDialog.objectName():
            ListsMeetingDialog.setObjectName(u"ListsMeetingDialog")
        ListsMeetingDialog.resize(900, 540)
        self.dialogLayout = QVBoxLayout(ListsMeetingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.meetingLabel = QLabel(ListsMeetingDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(ListsMeetingDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.foundLabel = QLabel(ListsMeetingDialog)
        self.foundLabel.setObjectName(u"foundLabel")
        self.foundLabel.setTextFormat(Qt.TextFormat.RichText)
        self.foundLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.foundLabel)

        self.problemsTable = QTableWidget(ListsMeetingDialog)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setTabKeyNavigation(False)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.dialogLayout.addWidget(self.problemsTable)

        self.rowsLayout = QHBoxLayout()
        self.rowsLayout.setObjectName(u"rowsLayout")
        self.addRowButton = QPushButton(ListsMeetingDialog)
        self.addRowButton.setObjectName(u"addRowButton")

        self.rowsLayout.addWidget(self.addRowButton)

        self.removeRowButton = QPushButton(ListsMeetingDialog)
        self.removeRowButton.setObjectName(u"removeRowButton")

        self.rowsLayout.addWidget(self.removeRowButton)

        self.deadlineAllLabel = QLabel(ListsMeetingDialog)
        self.deadlineAllLabel.setObjectName(u"deadlineAllLabel")

        self.rowsLayout.addWidget(self.deadlineAllLabel)

        self.deadlineAllEdit = DateField(ListsMeetingDialog)
        self.deadlineAllEdit.setObjectName(u"deadlineAllEdit")

        self.rowsLayout.addWidget(self.deadlineAllEdit)

        self.deadlineAllButton = QPushButton(ListsMeetingDialog)
        self.deadlineAllButton.setObjectName(u"deadlineAllButton")

        self.rowsLayout.addWidget(self.deadlineAllButton)

        self.rowsLayoutSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowsLayout.addItem(self.rowsLayoutSpacer)


        self.dialogLayout.addLayout(self.rowsLayout)

        self.ruleLabel = QLabel(ListsMeetingDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ruleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.errorLabel = QLabel(ListsMeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ListsMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.deadlineAllLabel.setBuddy(self.deadlineAllEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ListsMeetingDialog)

        QMetaObject.connectSlotsByName(ListsMeetingDialog)
    # setupUi

    def retranslateUi(self, ListsMeetingDialog):
        ListsMeetingDialog.setWindowTitle(QCoreApplication.translate("ListsMeetingDialog", u"\u4ece\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u751f\u6210\u6574\u6539\u4e8b\u9879", None))
        self.meetingLabel.setText(QCoreApplication.translate("ListsMeetingDialog", u"\u7ec4\u7ec7\u751f\u6d3b\u4f1a", None))
        self.foundLabel.setText("")
        self.addRowButton.setText(QCoreApplication.translate("ListsMeetingDialog", u"\u6dfb\u52a0\u4e00\u884c", None))
        self.removeRowButton.setText(QCoreApplication.translate("ListsMeetingDialog", u"\u5220\u9664\u6240\u9009\u884c", None))
        self.deadlineAllLabel.setText(QCoreApplication.translate("ListsMeetingDialog", u"\u6574\u6539\u65f6\u9650\u7edf\u4e00\u8bbe\u4e3a", None))
        self.deadlineAllButton.setText(QCoreApplication.translate("ListsMeetingDialog", u"\u5e94\u7528", None))
        self.ruleLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

