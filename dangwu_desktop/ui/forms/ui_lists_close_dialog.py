# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lists_close_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_ListsCloseDialog(object):
    def setupUi(self, ListsCloseDialog):
        if not ListsCloseDialog.objectName():
            ListsCloseDialog.setObjectName(u"ListsCloseDialog")
        ListsCloseDialog.resize(560, 440)
        self.dialogLayout = QVBoxLayout(ListsCloseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.itemLabel = QLabel(ListsCloseDialog)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setTextFormat(Qt.TextFormat.RichText)
        self.itemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.closedLabel = QLabel(ListsCloseDialog)
        self.closedLabel.setObjectName(u"closedLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closedLabel)

        self.closedEdit = DateField(ListsCloseDialog)
        self.closedEdit.setObjectName(u"closedEdit")
        self.closedEdit.setProperty(u"required", True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closedEdit)

        self.reviewerLabel = QLabel(ListsCloseDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewerCombo = QComboBox(ListsCloseDialog)
        self.reviewerCombo.setObjectName(u"reviewerCombo")
        self.reviewerCombo.setEditable(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reviewerCombo)

        self.reviewMeetingLabel = QLabel(ListsCloseDialog)
        self.reviewMeetingLabel.setObjectName(u"reviewMeetingLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewMeetingLabel)

        self.reviewMeetingCombo = QComboBox(ListsCloseDialog)
        self.reviewMeetingCombo.setObjectName(u"reviewMeetingCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewMeetingCombo)

        self.reviewNoteLabel = QLabel(ListsCloseDialog)
        self.reviewNoteLabel.setObjectName(u"reviewNoteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reviewNoteLabel)

        self.reviewNoteEdit = QPlainTextEdit(ListsCloseDialog)
        self.reviewNoteEdit.setObjectName(u"reviewNoteEdit")
        self.reviewNoteEdit.setTabChangesFocus(True)
        self.reviewNoteEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reviewNoteEdit)

        self.evidenceLabel = QLabel(ListsCloseDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceEdit = QLineEdit(ListsCloseDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)

        self.filesLabel = QLabel(ListsCloseDialog)
        self.filesLabel.setObjectName(u"filesLabel")
        self.filesLabel.setTextFormat(Qt.TextFormat.RichText)
        self.filesLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.filesLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.ruleLabel = QLabel(ListsCloseDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ruleLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.ruleLabel)

        self.errorLabel = QLabel(ListsCloseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ListsCloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.closedLabel.setBuddy(self.closedEdit)
        self.reviewerLabel.setBuddy(self.reviewerCombo)
        self.reviewMeetingLabel.setBuddy(self.reviewMeetingCombo)
        self.reviewNoteLabel.setBuddy(self.reviewNoteEdit)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ListsCloseDialog)

        QMetaObject.connectSlotsByName(ListsCloseDialog)
    # setupUi

    def retranslateUi(self, ListsCloseDialog):
        ListsCloseDialog.setWindowTitle(QCoreApplication.translate("ListsCloseDialog", u"\u9500\u53f7", None))
        self.itemLabel.setText("")
        self.closedLabel.setText(QCoreApplication.translate("ListsCloseDialog", u"\u9500\u53f7\u65e5\u671f", None))
        self.reviewerLabel.setText(QCoreApplication.translate("ListsCloseDialog", u"\u9a8c\u6536\u4eba\uff08\u5355\u4f4d\uff09", None))
        self.reviewMeetingLabel.setText(QCoreApplication.translate("ListsCloseDialog", u"\u9a8c\u6536\u4f1a\u8bae", None))
        self.reviewNoteLabel.setText(QCoreApplication.translate("ListsCloseDialog", u"\u9a8c\u6536\u610f\u89c1", None))
        self.reviewNoteEdit.setPlaceholderText(QCoreApplication.translate("ListsCloseDialog", u"\u5982 \u7ecf\u73b0\u573a\u67e5\u770b\uff0c\u5df2\u6574\u6539\u5230\u4f4d\uff0c\u540c\u610f\u9500\u53f7", None))
        self.evidenceLabel.setText(QCoreApplication.translate("ListsCloseDialog", u"\u4f50\u8bc1\u6750\u6599\u8bf4\u660e", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("ListsCloseDialog", u"\u4f50\u8bc1\u6750\u6599\u662f\u4ec0\u4e48\u3001\u5b58\u653e\u5728\u54ea\u91cc", None))
        self.filesLabel.setText("")
        self.ruleLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

