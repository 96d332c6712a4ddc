# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mobile_contact_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_MobileContactDialog(object):
    def setupUi(self, MobileContactDialog):
        if not MobileContactDialog.objectName():
            MobileContactDialog.setObjectName(u"MobileContactDialog")
        MobileContactDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(MobileContactDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(MobileContactDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(MobileContactDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.dateLabel = QLabel(MobileContactDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MobileContactDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.wayLabel = QLabel(MobileContactDialog)
        self.wayLabel.setObjectName(u"wayLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.wayLabel)

        self.wayCombo = QComboBox(MobileContactDialog)
        self.wayCombo.setObjectName(u"wayCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.wayCombo)

        self.byLabel = QLabel(MobileContactDialog)
        self.byLabel.setObjectName(u"byLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.byLabel)

        self.byCombo = QComboBox(MobileContactDialog)
        self.byCombo.setObjectName(u"byCombo")
        self.byCombo.setEditable(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.byCombo)

        self.saidLabel = QLabel(MobileContactDialog)
        self.saidLabel.setObjectName(u"saidLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.saidLabel)

        self.saidEdit = QPlainTextEdit(MobileContactDialog)
        self.saidEdit.setObjectName(u"saidEdit")
        self.saidEdit.setTabChangesFocus(True)
        self.saidEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.saidEdit)

        self.studyLabel = QLabel(MobileContactDialog)
        self.studyLabel.setObjectName(u"studyLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.studyLabel)

        self.studyEdit = QLineEdit(MobileContactDialog)
        self.studyEdit.setObjectName(u"studyEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.studyEdit)

        self.hoursLabel = QLabel(MobileContactDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursEditRow = QHBoxLayout()
        self.hoursEditRow.setObjectName(u"hoursEditRow")
        self.hoursEdit = QLineEdit(MobileContactDialog)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.hoursEditRow.addWidget(self.hoursEdit)

        self.paidLabel = QLabel(MobileContactDialog)
        self.paidLabel.setObjectName(u"paidLabel")

        self.hoursEditRow.addWidget(self.paidLabel)

        self.paidEdit = QLineEdit(MobileContactDialog)
        self.paidEdit.setObjectName(u"paidEdit")

        self.hoursEditRow.addWidget(self.paidEdit)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.hoursEditRow)

        self.nextLabel = QLabel(MobileContactDialog)
        self.nextLabel.setObjectName(u"nextLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.nextLabel)

        self.nextEdit = DateField(MobileContactDialog)
        self.nextEdit.setObjectName(u"nextEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.nextEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.planLabel = QLabel(MobileContactDialog)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)
        self.planLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.planLabel)

        self.errorLabel = QLabel(MobileContactDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MobileContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.wayLabel.setBuddy(self.wayCombo)
        self.byLabel.setBuddy(self.byCombo)
        self.saidLabel.setBuddy(self.saidEdit)
        self.studyLabel.setBuddy(self.studyEdit)
        self.hoursLabel.setBuddy(self.hoursEdit)
        self.paidLabel.setBuddy(self.paidEdit)
        self.nextLabel.setBuddy(self.nextEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MobileContactDialog)

        QMetaObject.connectSlotsByName(MobileContactDialog)
    # setupUi

    def retranslateUi(self, MobileContactDialog):
        MobileContactDialog.setWindowTitle(QCoreApplication.translate("MobileContactDialog", u"\u767b\u8bb0\u8054\u7cfb", None))
        self.memberLabel.setText(QCoreApplication.translate("MobileContactDialog", u"\u6d41\u52a8\u515a\u5458", None))
        self.dateLabel.setText(QCoreApplication.translate("MobileContactDialog", u"\u8054\u7cfb\u65e5\u671f", None))
        self.wayLabel.setText(QCoreApplication.translate("MobileContactDialog", u"\u8054\u7cfb\u65b9\u5f0f", None))
        self.byLabel.setText(QCoreApplication.translate("MobileContactDialog", u"\u8054\u7cfb\u4eba", None))
        self.saidLabel.setText(QCoreApplication.translate("MobileContactDialog", u"\u8054\u7cfb\u5185\u5bb9", None))
        self.saidEdit.setPlaceholderText(QCoreApplication.translate("MobileContactDialog", u"\u8c08\u4e86\u4ec0\u4e48\uff1a\u8fd1\u51b5\u3001\u601d\u60f3\u3001\u5de5\u4f5c\u751f\u6d3b\u3001\u6709\u4f55\u56f0\u96be", None))
        self.studyLabel.setText(QCoreApplication.translate("MobileContactDialog", u"\u5b66\u4e60\u60c5\u51b5", None))
        self.studyEdit.setPlaceholderText(QCoreApplication.translate("MobileContactDialog", u"\u5728\u6d41\u5165\u5730\u53c2\u52a0\u7684\u5b66\u4e60\u3001\u7ec4\u7ec7\u751f\u6d3b", None))
        self.hoursLabel.setText(QCoreApplication.translate("MobileContactDialog", u"\u8ba1\u5165\u5b66\u65f6", None))
        self.hoursEdit.setPlaceholderText(QCoreApplication.translate("MobileContactDialog", u"\u5982 2\uff1b\u4e0d\u8ba1\u5b66\u65f6\u4e0d\u586b", None))
        self.paidLabel.setText(QCoreApplication.translate("MobileContactDialog", u"\u5728\u6d41\u5165\u5730\u4ea4\u515a\u8d39\uff08\u5143\uff09", None))
        self.paidEdit.setPlaceholderText(QCoreApplication.translate("MobileContactDialog", u"\u6ca1\u6709\u4e0d\u586b", None))
        self.nextLabel.setText(QCoreApplication.translate("MobileContactDialog", u"\u8ba1\u5212\u4e0b\u6b21\u8054\u7cfb", None))
        self.planLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

