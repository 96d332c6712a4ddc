# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lists_item_dialog.ui'
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
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_ListsItemDialog(object):
    def setupUi(self, ListsItemDialog):
        if not ListsItemDialog.objectName():
            ListsItemDialog.setObjectName(u"ListsItemDialog")
        ListsItemDialog.resize(680, 520)
        self.dialogLayout = QVBoxLayout(ListsItemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(ListsItemDialog)
        self.tabs.setObjectName(u"tabs")
        self.itemTab = QWidget()
        self.itemTab.setObjectName(u"itemTab")
        self.itemTabLayout = QVBoxLayout(self.itemTab)
        self.itemTabLayout.setObjectName(u"itemTabLayout")
        self.itemForm = QFormLayout()
        self.itemForm.setObjectName(u"itemForm")
        self.listLabel = QLabel(self.itemTab)
        self.listLabel.setObjectName(u"listLabel")

        self.itemForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.listLabel)

        self.listRow = QHBoxLayout()
        self.listRow.setObjectName(u"listRow")
        self.listCombo = QComboBox(self.itemTab)
        self.listCombo.setObjectName(u"listCombo")

        self.listRow.addWidget(self.listCombo)

        self.categoryLabel = QLabel(self.itemTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.listRow.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(self.itemTab)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.listRow.addWidget(self.categoryCombo)

        self.listRow.setStretch(0, 1)
        self.listRow.setStretch(2, 1)

        self.itemForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.listRow)

        self.sourceLabel = QLabel(self.itemTab)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.itemForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceRow = QHBoxLayout()
        self.sourceRow.setObjectName(u"sourceRow")
        self.sourceCombo = QComboBox(self.itemTab)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.sourceRow.addWidget(self.sourceCombo)

        self.sourceDetailLabel = QLabel(self.itemTab)
        self.sourceDetailLabel.setObjectName(u"sourceDetailLabel")

        self.sourceRow.addWidget(self.sourceDetailLabel)

        self.sourceDetailEdit = QLineEdit(self.itemTab)
        self.sourceDetailEdit.setObjectName(u"sourceDetailEdit")

        self.sourceRow.addWidget(self.sourceDetailEdit)

        self.sourceRow.setStretch(0, 1)
        self.sourceRow.setStretch(2, 2)

        self.itemForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.sourceRow)

        self.descriptionLabel = QLabel(self.itemTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.itemForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.itemTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))

        self.itemForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.measuresLabel = QLabel(self.itemTab)
        self.measuresLabel.setObjectName(u"measuresLabel")

        self.itemForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.measuresLabel)

        self.measuresEdit = QPlainTextEdit(self.itemTab)
        self.measuresEdit.setObjectName(u"measuresEdit")
        self.measuresEdit.setTabChangesFocus(True)
        self.measuresEdit.setMaximumSize(QSize(16777215, 80))

        self.itemForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.measuresEdit)

        self.responsibleLabel = QLabel(self.itemTab)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.itemForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleCombo = QComboBox(self.itemTab)
        self.responsibleCombo.setObjectName(u"responsibleCombo")
        self.responsibleCombo.setEditable(True)

        self.itemForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.responsibleCombo)

        self.raisedLabel = QLabel(self.itemTab)
        self.raisedLabel.setObjectName(u"raisedLabel")

        self.itemForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.raisedLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.raisedEdit = DateField(self.itemTab)
        self.raisedEdit.setObjectName(u"raisedEdit")
        self.raisedEdit.setProperty(u"required", True)

        self.datesRow.addWidget(self.raisedEdit)

        self.deadlineLabel = QLabel(self.itemTab)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.datesRow.addWidget(self.deadlineLabel)

        self.deadlineEdit = DateField(self.itemTab)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.datesRow.addWidget(self.deadlineEdit)

        self.deadlineHint = QLabel(self.itemTab)
        self.deadlineHint.setObjectName(u"deadlineHint")

        self.datesRow.addWidget(self.deadlineHint)

        self.datesRow.setStretch(0, 1)
        self.datesRow.setStretch(2, 1)

        self.itemForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.meetingLabel = QLabel(self.itemTab)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(self.itemTab)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.itemForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.meetingCombo)


        self.itemTabLayout.addLayout(self.itemForm)

        self.tabs.addTab(self.itemTab, "")
        self.doneTab = QWidget()
        self.doneTab.setObjectName(u"doneTab")
        self.doneTabLayout = QVBoxLayout(self.doneTab)
        self.doneTabLayout.setObjectName(u"doneTabLayout")
        self.doneForm = QFormLayout()
        self.doneForm.setObjectName(u"doneForm")
        self.statusLabel = QLabel(self.doneTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.doneForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.statusCombo = QComboBox(self.doneTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusRow.addWidget(self.statusCombo)

        self.completedLabel = QLabel(self.doneTab)
        self.completedLabel.setObjectName(u"completedLabel")

        self.statusRow.addWidget(self.completedLabel)

        self.completedEdit = DateField(self.doneTab)
        self.completedEdit.setObjectName(u"completedEdit")

        self.statusRow.addWidget(self.completedEdit)

        self.statusRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusRowSpacer)


        self.doneForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.statusRow)

        self.resultLabel = QLabel(self.doneTab)
        self.resultLabel.setObjectName(u"resultLabel")

        self.doneForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QPlainTextEdit(self.doneTab)
        self.resultEdit.setObjectName(u"resultEdit")
        self.resultEdit.setTabChangesFocus(True)
        self.resultEdit.setMaximumSize(QSize(16777215, 70))

        self.doneForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.evidenceLabel = QLabel(self.doneTab)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.doneForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceEdit = QLineEdit(self.doneTab)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.doneForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)


        self.doneTabLayout.addLayout(self.doneForm)

        self.attachmentsHead = QHBoxLayout()
        self.attachmentsHead.setObjectName(u"attachmentsHead")
        self.attachmentsLabel = QLabel(self.doneTab)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.attachmentsHead.addWidget(self.attachmentsLabel)

        self.attachmentKindCombo = QComboBox(self.doneTab)
        self.attachmentKindCombo.setObjectName(u"attachmentKindCombo")

        self.attachmentsHead.addWidget(self.attachmentKindCombo)

        self.addAttachmentButton = QPushButton(self.doneTab)
        self.addAttachmentButton.setObjectName(u"addAttachmentButton")

        self.attachmentsHead.addWidget(self.addAttachmentButton)

        self.openAttachmentButton = QPushButton(self.doneTab)
        self.openAttachmentButton.setObjectName(u"openAttachmentButton")

        self.attachmentsHead.addWidget(self.openAttachmentButton)

        self.removeAttachmentButton = QPushButton(self.doneTab)
        self.removeAttachmentButton.setObjectName(u"removeAttachmentButton")

        self.attachmentsHead.addWidget(self.removeAttachmentButton)

        self.attachmentsHeadSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentsHead.addItem(self.attachmentsHeadSpacer)


        self.doneTabLayout.addLayout(self.attachmentsHead)

        self.attachmentsTable = QTableWidget(self.doneTab)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setTabKeyNavigation(False)
        self.attachmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachmentsTable.setAlternatingRowColors(True)
        self.attachmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsTable.setMaximumSize(QSize(16777215, 120))

        self.doneTabLayout.addWidget(self.attachmentsTable)

        self.closedLabel = QLabel(self.doneTab)
        self.closedLabel.setObjectName(u"closedLabel")
        self.closedLabel.setTextFormat(Qt.TextFormat.RichText)
        self.closedLabel.setWordWrap(True)

        self.doneTabLayout.addWidget(self.closedLabel)

        self.tabs.addTab(self.doneTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(ListsItemDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ListsItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.listCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.sourceDetailLabel.setBuddy(self.sourceDetailEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.measuresLabel.setBuddy(self.measuresEdit)
        self.responsibleLabel.setBuddy(self.responsibleCombo)
        self.raisedLabel.setBuddy(self.raisedEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.completedLabel.setBuddy(self.completedEdit)
        self.resultLabel.setBuddy(self.resultEdit)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ListsItemDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ListsItemDialog)
    # setupUi

    def retranslateUi(self, ListsItemDialog):
        ListsItemDialog.setWindowTitle(QCoreApplication.translate("ListsItemDialog", u"\u65b0\u589e\u6e05\u5355\u4e8b\u9879", None))
        self.listLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u6e05\u5355", None))
        self.categoryLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u7c7b\u578b", None))
        self.sourceLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u6765\u6e90", None))
        self.sourceDetailLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u6765\u6e90\u8bf4\u660e", None))
        self.sourceDetailEdit.setPlaceholderText(QCoreApplication.translate("ListsItemDialog", u"\u7763\u67e5\u901a\u62a5\u3001\u5de1\u5bdf\u53cd\u9988\u610f\u89c1\u7684\u540d\u79f0\u6216\u6587\u53f7", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u4e8b\u9879\u5185\u5bb9", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ListsItemDialog", u"\u95ee\u9898\u7684\u5177\u4f53\u8868\u73b0\uff0c\u6216\u4efb\u52a1\u3001\u8d23\u4efb\u7684\u5185\u5bb9", None))
        self.measuresLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u63aa\u65bd", None))
        self.measuresEdit.setPlaceholderText(QCoreApplication.translate("ListsItemDialog", u"\u6574\u6539\u63aa\u65bd\uff08\u95ee\u9898\uff09\u3001\u5de5\u4f5c\u63aa\u65bd\uff08\u4efb\u52a1\uff09\u6216\u5c65\u8d23\u63aa\u65bd\uff08\u8d23\u4efb\uff09", None))
        self.responsibleLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u8d23\u4efb\u4eba", None))
        self.raisedLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u63d0\u51fa\u65e5\u671f", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u5b8c\u6210\u65f6\u9650", None))
        self.deadlineHint.setText("")
        self.meetingLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u7814\u7a76\u4f1a\u8bae", None))
        self.tabs.setTabText(self.tabs.indexOf(self.itemTab), QCoreApplication.translate("ListsItemDialog", u"\u4e8b\u9879", None))
        self.statusLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u72b6\u6001", None))
        self.completedLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u5b8c\u6210\u65e5\u671f", None))
        self.resultLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u5b8c\u6210\u60c5\u51b5", None))
        self.resultEdit.setPlaceholderText(QCoreApplication.translate("ListsItemDialog", u"\u505a\u4e86\u4ec0\u4e48\u3001\u8fbe\u5230\u4ec0\u4e48\u6548\u679c", None))
        self.evidenceLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u4f50\u8bc1\u6750\u6599\u8bf4\u660e", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("ListsItemDialog", u"\u5982 \u6574\u6539\u524d\u540e\u7167\u7247\u3001\u4f1a\u8bae\u8bb0\u5f55\u5b58\u652f\u90e8\u6863\u6848\u76d2", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("ListsItemDialog", u"\u4f50\u8bc1\u6750\u6599\u6587\u4ef6", None))
        self.addAttachmentButton.setText(QCoreApplication.translate("ListsItemDialog", u"\u6dfb\u52a0\u6587\u4ef6\u2026", None))
        self.openAttachmentButton.setText(QCoreApplication.translate("ListsItemDialog", u"\u6253\u5f00", None))
        self.removeAttachmentButton.setText(QCoreApplication.translate("ListsItemDialog", u"\u79fb\u9664", None))
        self.closedLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.doneTab), QCoreApplication.translate("ListsItemDialog", u"\u5b8c\u6210\u60c5\u51b5\u4e0e\u4f50\u8bc1\u6750\u6599", None))
        self.errorLabel.setText("")
    # retranslateUi

