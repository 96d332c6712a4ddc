# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lists_progress_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_ListsProgressDialog(object):
    def setupUi(self, ListsProgressDialog):
        if not ListsProgressDialog.objectName():
            ListsProgressDialog.setObjectName(u"ListsProgressDialog")
        ListsProgressDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(ListsProgressDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.itemLabel = QLabel(ListsProgressDialog)
        self.itemLabel.setObjectName(u"itemLabel")
        self.itemLabel.setTextFormat(Qt.TextFormat.RichText)
        self.itemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.itemLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(ListsProgressDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(ListsProgressDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteLabel = QLabel(ListsProgressDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(ListsProgressDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMaximumSize(QSize(16777215, 100))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.meetingLabel = QLabel(ListsProgressDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingCombo = QComboBox(ListsProgressDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meetingCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ListsProgressDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ListsProgressDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.meetingLabel.setBuddy(self.meetingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ListsProgressDialog)

        QMetaObject.connectSlotsByName(ListsProgressDialog)
    # setupUi

    def retranslateUi(self, ListsProgressDialog):
        ListsProgressDialog.setWindowTitle(QCoreApplication.translate("ListsProgressDialog", u"\u767b\u8bb0\u8fdb\u5c55", None))
        self.itemLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("ListsProgressDialog", u"\u65e5\u671f", None))
        self.noteLabel.setText(QCoreApplication.translate("ListsProgressDialog", u"\u8fdb\u5c55\u60c5\u51b5", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ListsProgressDialog", u"\u505a\u4e86\u4ec0\u4e48\u3001\u5230\u4e86\u54ea\u4e00\u6b65\u3001\u8fd8\u6709\u4ec0\u4e48\u56f0\u96be", None))
        self.meetingLabel.setText(QCoreApplication.translate("ListsProgressDialog", u"\u4f1a\u8bae", None))
        self.errorLabel.setText("")
    # retranslateUi

