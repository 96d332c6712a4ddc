# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activity_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QTimeEdit,
    QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField
from dangwu_desktop.ui.growing_table import GrowingTable

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(860, 640)
        self.dialogLayout = QVBoxLayout(ActivityDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(ActivityDialog)
        self.tabs.setObjectName(u"tabs")
        self.basicTab = QWidget()
        self.basicTab.setObjectName(u"basicTab")
        self.basicLayout = QGridLayout(self.basicTab)
        self.basicLayout.setObjectName(u"basicLayout")
        self.basicLayout.setHorizontalSpacing(12)
        self.basicLayout.setVerticalSpacing(10)
        self.kindLabel = QLabel(self.basicTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.basicLayout.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(self.basicTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.basicLayout.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.kindDetailLabels = QHBoxLayout()
        self.kindDetailLabels.setObjectName(u"kindDetailLabels")
        self.groupLabel = QLabel(self.basicTab)
        self.groupLabel.setObjectName(u"groupLabel")

        self.kindDetailLabels.addWidget(self.groupLabel)

        self.yearLabel = QLabel(self.basicTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.kindDetailLabels.addWidget(self.yearLabel)


        self.basicLayout.addLayout(self.kindDetailLabels, 0, 2, 1, 1)

        self.kindDetailRow = QHBoxLayout()
        self.kindDetailRow.setObjectName(u"kindDetailRow")
        self.groupCombo = QComboBox(self.basicTab)
        self.groupCombo.setObjectName(u"groupCombo")

        self.kindDetailRow.addWidget(self.groupCombo)

        self.yearCombo = QComboBox(self.basicTab)
        self.yearCombo.setObjectName(u"yearCombo")

        self.kindDetailRow.addWidget(self.yearCombo)

        self.yearHint = QLabel(self.basicTab)
        self.yearHint.setObjectName(u"yearHint")

        self.kindDetailRow.addWidget(self.yearHint)

        self.kindDetailSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindDetailRow.addItem(self.kindDetailSpacer)


        self.basicLayout.addLayout(self.kindDetailRow, 0, 3, 1, 1)

        self.dateLabel = QLabel(self.basicTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.basicLayout.addWidget(self.dateLabel, 1, 0, 1, 1)

        self.dateEdit = DateField(self.basicTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.basicLayout.addWidget(self.dateEdit, 1, 1, 1, 1)

        self.timeLabel = QLabel(self.basicTab)
        self.timeLabel.setObjectName(u"timeLabel")

        self.basicLayout.addWidget(self.timeLabel, 1, 2, 1, 1)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.startTimeEdit = QTimeEdit(self.basicTab)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.timeRow.addWidget(self.startTimeEdit)

        self.toLabel = QLabel(self.basicTab)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.endTimeEdit = QTimeEdit(self.basicTab)
        self.endTimeEdit.setObjectName(u"endTimeEdit")

        self.timeRow.addWidget(self.endTimeEdit)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.basicLayout.addLayout(self.timeRow, 1, 3, 1, 1)

        self.placeLabel = QLabel(self.basicTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.basicLayout.addWidget(self.placeLabel, 2, 0, 1, 1)

        self.placeEdit = QLineEdit(self.basicTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.basicLayout.addWidget(self.placeEdit, 2, 1, 1, 3)

        self.titleLabel = QLabel(self.basicTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.basicLayout.addWidget(self.titleLabel, 3, 0, 1, 1)

        self.titleEdit = QLineEdit(self.basicTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.basicLayout.addWidget(self.titleEdit, 3, 1, 1, 3)

        self.hostLabel = QLabel(self.basicTab)
        self.hostLabel.setObjectName(u"hostLabel")

        self.basicLayout.addWidget(self.hostLabel, 4, 0, 1, 1)

        self.hostEdit = QLineEdit(self.basicTab)
        self.hostEdit.setObjectName(u"hostEdit")

        self.basicLayout.addWidget(self.hostEdit, 4, 1, 1, 1)

        self.recorderLabel = QLabel(self.basicTab)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.basicLayout.addWidget(self.recorderLabel, 4, 2, 1, 1)

        self.recorderEdit = QLineEdit(self.basicTab)
        self.recorderEdit.setObjectName(u"recorderEdit")

        self.basicLayout.addWidget(self.recorderEdit, 4, 3, 1, 1)

        self.observersLabel = QLabel(self.basicTab)
        self.observersLabel.setObjectName(u"observersLabel")

        self.basicLayout.addWidget(self.observersLabel, 5, 0, 1, 1)

        self.observersEdit = QLineEdit(self.basicTab)
        self.observersEdit.setObjectName(u"observersEdit")

        self.basicLayout.addWidget(self.observersEdit, 5, 1, 1, 3)

        self.hoursLabel = QLabel(self.basicTab)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.basicLayout.addWidget(self.hoursLabel, 6, 0, 1, 1)

        self.hoursSpin = QDoubleSpinBox(self.basicTab)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMaximum(24.000000000000000)
        self.hoursSpin.setSingleStep(0.500000000000000)

        self.basicLayout.addWidget(self.hoursSpin, 6, 1, 1, 1)

        self.teacherLabel = QLabel(self.basicTab)
        self.teacherLabel.setObjectName(u"teacherLabel")

        self.basicLayout.addWidget(self.teacherLabel, 6, 2, 1, 1)

        self.teacherEdit = QLineEdit(self.basicTab)
        self.teacherEdit.setObjectName(u"teacherEdit")

        self.basicLayout.addWidget(self.teacherEdit, 6, 3, 1, 1)

        self.enteredLabel = QLabel(self.basicTab)
        self.enteredLabel.setObjectName(u"enteredLabel")
        self.enteredLabel.setWordWrap(True)

        self.basicLayout.addWidget(self.enteredLabel, 7, 1, 1, 3)

        self.basicSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.basicLayout.addItem(self.basicSpacer, 8, 0, 1, 4)

        self.tabs.addTab(self.basicTab, "")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.attendanceTop = QHBoxLayout()
        self.attendanceTop.setObjectName(u"attendanceTop")
        self.countsLabel = QLabel(self.attendanceTab)
        self.countsLabel.setObjectName(u"countsLabel")

        self.attendanceTop.addWidget(self.countsLabel)

        self.attendanceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceTop.addItem(self.attendanceSpacer)

        self.allPresentButton = QPushButton(self.attendanceTab)
        self.allPresentButton.setObjectName(u"allPresentButton")

        self.attendanceTop.addWidget(self.allPresentButton)

        self.addPersonButton = QPushButton(self.attendanceTab)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.attendanceTop.addWidget(self.addPersonButton)

        self.removePersonButton = QPushButton(self.attendanceTab)
        self.removePersonButton.setObjectName(u"removePersonButton")

        self.attendanceTop.addWidget(self.removePersonButton)


        self.attendanceLayout.addLayout(self.attendanceTop)

        self.quorumLabel = QLabel(self.attendanceTab)
        self.quorumLabel.setObjectName(u"quorumLabel")
        self.quorumLabel.setWordWrap(True)

        self.attendanceLayout.addWidget(self.quorumLabel)

        self.attendanceTable = QTableWidget(self.attendanceTab)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setTabKeyNavigation(False)
        self.attendanceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendanceTable.setAlternatingRowColors(True)

        self.attendanceLayout.addWidget(self.attendanceTable)

        self.attendanceHint = QLabel(self.attendanceTab)
        self.attendanceHint.setObjectName(u"attendanceHint")

        self.attendanceLayout.addWidget(self.attendanceHint)

        self.tabs.addTab(self.attendanceTab, "")
        self.recordTab = QWidget()
        self.recordTab.setObjectName(u"recordTab")
        self.recordLayout = QGridLayout(self.recordTab)
        self.recordLayout.setObjectName(u"recordLayout")
        self.topicsLabel = QLabel(self.recordTab)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.recordLayout.addWidget(self.topicsLabel, 0, 0, 1, 1)

        self.templateButton = QPushButton(self.recordTab)
        self.templateButton.setObjectName(u"templateButton")

        self.recordLayout.addWidget(self.templateButton, 0, 1, 1, 1)

        self.topicsEdit = QPlainTextEdit(self.recordTab)
        self.topicsEdit.setObjectName(u"topicsEdit")
        self.topicsEdit.setTabChangesFocus(True)
        self.topicsEdit.setMaximumSize(QSize(16777215, 90))

        self.recordLayout.addWidget(self.topicsEdit, 1, 0, 1, 2)

        self.minutesLabel = QLabel(self.recordTab)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.recordLayout.addWidget(self.minutesLabel, 2, 0, 1, 2)

        self.minutesEdit = QPlainTextEdit(self.recordTab)
        self.minutesEdit.setObjectName(u"minutesEdit")
        self.minutesEdit.setTabChangesFocus(True)

        self.recordLayout.addWidget(self.minutesEdit, 3, 0, 1, 2)

        self.decisionsLabel = QLabel(self.recordTab)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.recordLayout.addWidget(self.decisionsLabel, 4, 0, 1, 2)

        self.decisionsEdit = QPlainTextEdit(self.recordTab)
        self.decisionsEdit.setObjectName(u"decisionsEdit")
        self.decisionsEdit.setTabChangesFocus(True)
        self.decisionsEdit.setMaximumSize(QSize(16777215, 80))

        self.recordLayout.addWidget(self.decisionsEdit, 5, 0, 1, 2)

        self.votesLabel = QLabel(self.recordTab)
        self.votesLabel.setObjectName(u"votesLabel")

        self.recordLayout.addWidget(self.votesLabel, 6, 0, 1, 2)

        self.votesTable = QTableWidget(self.recordTab)
        self.votesTable.setObjectName(u"votesTable")
        self.votesTable.setTabKeyNavigation(False)
        self.votesTable.setMinimumSize(QSize(0, 104))
        self.votesTable.setMaximumSize(QSize(16777215, 104))

        self.recordLayout.addWidget(self.votesTable, 7, 0, 1, 2)

        self.tabs.addTab(self.recordTab, "")
        self.talksTab = QWidget()
        self.talksTab.setObjectName(u"talksTab")
        self.talksLayout = QVBoxLayout(self.talksTab)
        self.talksLayout.setObjectName(u"talksLayout")
        self.talksTop = QHBoxLayout()
        self.talksTop.setObjectName(u"talksTop")
        self.talksCount = QLabel(self.talksTab)
        self.talksCount.setObjectName(u"talksCount")

        self.talksTop.addWidget(self.talksCount)

        self.talksSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.talksTop.addItem(self.talksSpacer)

        self.addTalkButton = QPushButton(self.talksTab)
        self.addTalkButton.setObjectName(u"addTalkButton")

        self.talksTop.addWidget(self.addTalkButton)

        self.removeTalkButton = QPushButton(self.talksTab)
        self.removeTalkButton.setObjectName(u"removeTalkButton")

        self.talksTop.addWidget(self.removeTalkButton)


        self.talksLayout.addLayout(self.talksTop)

        self.talksTable = GrowingTable(self.talksTab)
        self.talksTable.setObjectName(u"talksTable")
        self.talksTable.setTabKeyNavigation(True)
        self.talksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.talksTable.setWordWrap(True)

        self.talksLayout.addWidget(self.talksTable)

        self.talksHint = QLabel(self.talksTab)
        self.talksHint.setObjectName(u"talksHint")
        self.talksHint.setWordWrap(True)

        self.talksLayout.addWidget(self.talksHint)

        self.tabs.addTab(self.talksTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsTable = QTableWidget(self.attachmentsTab)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setTabKeyNavigation(False)
        self.attachmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.attachmentsLayout.addWidget(self.attachmentsTable)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.attachmentKindCombo = QComboBox(self.attachmentsTab)
        self.attachmentKindCombo.setObjectName(u"attachmentKindCombo")

        self.attachmentButtons.addWidget(self.attachmentKindCombo)

        self.addAttachmentButton = QPushButton(self.attachmentsTab)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentButtons.addWidget(self.addAttachmentButton)

        self.openAttachmentButton = QPushButton(self.attachmentsTab)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.attachmentButtons.addWidget(self.openAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.attachmentsTab)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentButtons.addWidget(self.removeAttachmentButton)

        self.attachmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtons)

        self.attachmentHint = QLabel(self.attachmentsTab)
        self.attachmentHint.setObjectName(u"attachmentHint")
        self.attachmentHint.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentHint)

        self.tabs.addTab(self.attachmentsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.findingsLabel = QLabel(ActivityDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")
        self.findingsLabel.setWordWrap(True)
        self.findingsLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.findingsLabel)

        self.buttonBox = QDialogButtonBox(ActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.startTimeEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.recorderLabel.setBuddy(self.recorderEdit)
        self.observersLabel.setBuddy(self.observersEdit)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.teacherLabel.setBuddy(self.teacherEdit)
        self.topicsLabel.setBuddy(self.topicsEdit)
        self.minutesLabel.setBuddy(self.minutesEdit)
        self.decisionsLabel.setBuddy(self.decisionsEdit)
        self.votesLabel.setBuddy(self.votesTable)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"\u7ec4\u7ec7\u751f\u6d3b\u8bb0\u5f55", None))
        self.kindLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u7c7b\u522b", None))
        self.groupLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u515a\u5c0f\u7ec4", None))
        self.yearLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u6240\u5c5e\u5e74\u5ea6", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("ActivityDialog", u"\u4e0a\u4e00\u5e74\u5ea6\u7684\u7ec4\u7ec7\u751f\u6d3b\u4f1a\u3001\u6c11\u4e3b\u8bc4\u8bae\u5728\u6b21\u5e741\u81f32\u6708\u53ec\u5f00\u7684\uff0c\u9009\u4e0a\u4e00\u5e74\u5ea6", None))
#endif // QT_CONFIG(tooltip)
        self.yearHint.setText("")
        self.dateLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u65e5\u671f", None))
        self.timeLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u65f6\u95f4", None))
        self.startTimeEdit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"HH:mm", None))
        self.toLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u81f3", None))
        self.endTimeEdit.setDisplayFormat(QCoreApplication.translate("ActivityDialog", u"HH:mm", None))
        self.placeLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u5730\u70b9", None))
        self.titleLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u4e3b\u9898", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u515a\u8bfe\u9898\u76ee\u3001\u4e3b\u9898\u515a\u65e5\u4e3b\u9898\u7b49\uff08\u53ef\u4e0d\u586b\uff09", None))
        self.hostLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u4e3b\u6301\u4eba", None))
        self.recorderLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u8bb0\u5f55\u4eba", None))
        self.observersLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u5217\u5e2d\u4eba\u5458", None))
        self.observersEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u975e\u515a\u5458\u6216\u5176\u4ed6\u5217\u5e2d\u4eba\u5458\uff0c\u7528\u987f\u53f7\u5206\u5f00", None))
        self.hoursLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u5b66\u65f6", None))
#if QT_CONFIG(tooltip)
        self.hoursSpin.setToolTip(QCoreApplication.translate("ActivityDialog", u"\u586b\u4e86\u5b66\u65f6\uff0c\u672c\u8bb0\u5f55\u540c\u65f6\u8ba1\u5165\u5b66\u4e60\u57f9\u8bad\u53f0\u8d26\uff0c\u51fa\u5e2d\u4eba\u5458\u5404\u8ba1\u6b64\u5b66\u65f6", None))
#endif // QT_CONFIG(tooltip)
        self.hoursSpin.setSpecialValueText(QCoreApplication.translate("ActivityDialog", u"\u4e0d\u8ba1\u5b66\u65f6", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("ActivityDialog", u" \u5b66\u65f6", None))
        self.teacherLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u4e3b\u8bb2\u4eba", None))
        self.teacherEdit.setPlaceholderText(QCoreApplication.translate("ActivityDialog", u"\u4e3b\u8bb2\u4eba\u6216\u7ec4\u7ec7\u5355\u4f4d", None))
        self.enteredLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.basicTab), QCoreApplication.translate("ActivityDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.countsLabel.setText("")
        self.allPresentButton.setText(QCoreApplication.translate("ActivityDialog", u"\u5168\u90e8\u51fa\u5e2d", None))
        self.addPersonButton.setText(QCoreApplication.translate("ActivityDialog", u"\u6dfb\u52a0\u4eba\u5458\u2026", None))
        self.removePersonButton.setText(QCoreApplication.translate("ActivityDialog", u"\u79fb\u9664\u6240\u9009", None))
        self.quorumLabel.setText("")
        self.attendanceHint.setText(QCoreApplication.translate("ActivityDialog", u"\u53d6\u6d88\u52fe\u9009\u8868\u793a\u7f3a\u5e2d\uff0c\u7f3a\u5e2d\u987b\u9009\u62e9\u6216\u586b\u5199\u539f\u56e0\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendanceTab), QCoreApplication.translate("ActivityDialog", u"\u51fa\u5e2d\u60c5\u51b5", None))
        self.topicsLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u8bae\u9898\uff08\u6bcf\u884c\u4e00\u4e2a\uff09", None))
        self.templateButton.setText(QCoreApplication.translate("ActivityDialog", u"\u6309\u6a21\u677f\u586b\u5199", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("ActivityDialog", u"\u7528\u8be5\u7c7b\u8bb0\u5f55\u7684\u9ed8\u8ba4\u8bae\u9898\u548c\u4f1a\u8bae\u8bb0\u5f55\u63d0\u7eb2\u91cd\u65b0\u586b\u5199\uff08\u53ef\u5728\u201c\u8bbe\u7f6e\u201d\u4e2d\u4fee\u6539\u6a21\u677f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.minutesLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u4f1a\u8bae\u8bb0\u5f55", None))
        self.decisionsLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u51b3\u8bae", None))
        self.votesLabel.setText(QCoreApplication.translate("ActivityDialog", u"\u8868\u51b3\uff08\u4f5c\u51fa\u51b3\u5b9a\u7684\u8bae\u9898\u52fe\u9009\u201c\u8868\u51b3\u201d\u5e76\u586b\u5199\u7968\u6570\uff09", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recordTab), QCoreApplication.translate("ActivityDialog", u"\u8bae\u9898\u4e0e\u8bb0\u5f55", None))
        self.talksCount.setText("")
        self.addTalkButton.setText(QCoreApplication.translate("ActivityDialog", u"\u6dfb\u52a0\u8c08\u8bdd", None))
#if QT_CONFIG(tooltip)
        self.addTalkButton.setToolTip(QCoreApplication.translate("ActivityDialog", u"\u6dfb\u52a0\u4e00\u884c\uff0c\u5728\u201c\u8c08\u8bdd\u4eba\u201d\u4e2d\u8f93\u5165\u59d3\u540d\uff08\u6309\u63d0\u793a\u9009\u62e9\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.removeTalkButton.setText(QCoreApplication.translate("ActivityDialog", u"\u5220\u9664\u6240\u9009", None))
        self.talksHint.setText(QCoreApplication.translate("ActivityDialog", u"\u6bcf\u6b21\u8c08\u8bdd\u4e00\u884c\uff1a\u8c08\u8bdd\u4eba\u3001\u8c08\u8bdd\u5bf9\u8c61\u8f93\u5165\u59d3\u540d\u540e\u6309\u63d0\u793a\u9009\u62e9\uff0c\u65e5\u671f\u5982 2026-3-26\uff0cTab \u952e\u5230\u4e0b\u4e00\u683c\uff0c\u5728\u6700\u540e\u4e00\u683c\u6309 Tab \u6dfb\u52a0\u65b0\u7684\u4e00\u884c\u3002\u5e74\u5ea6\u8986\u76d6\u60c5\u51b5\u89c1\u201c\u7ec4\u7ec7\u751f\u6d3b\u201d\u9875\u7684\u201c\u8c08\u5fc3\u8c08\u8bdd\u8986\u76d6\u201d\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.talksTab), QCoreApplication.translate("ActivityDialog", u"\u8c08\u8bdd\u8bb0\u5f55", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("ActivityDialog", u"\u6dfb\u52a0\u6587\u4ef6\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("ActivityDialog", u"\u6253\u5f00", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("ActivityDialog", u"\u79fb\u9664", None))
        self.attachmentHint.setText(QCoreApplication.translate("ActivityDialog", u"\u7b7e\u5230\u8868\u626b\u63cf\u4ef6\u3001\u6d3b\u52a8\u7167\u7247\u3001\u4f1a\u8bae\u901a\u77e5\u7b49\u3002\u6587\u4ef6\u4f1a\u590d\u5236\u4fdd\u5b58\u5230\u7a0b\u5e8f\u7684\u6570\u636e\u6587\u4ef6\u5939\u4e2d\uff0c\u539f\u6587\u4ef6\u79fb\u8d70\u6216\u5220\u9664\u4e5f\u4e0d\u5f71\u54cd\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachmentsTab), QCoreApplication.translate("ActivityDialog", u"\u9644\u4ef6", None))
        self.findingsLabel.setText("")
    # retranslateUi

