# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mobile_incoming_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_MobileIncomingDialog(object):
    def setupUi(self, MobileIncomingDialog):
        if not MobileIncomingDialog.objectName():
            MobileIncomingDialog.setObjectName(u"MobileIncomingDialog")
        MobileIncomingDialog.resize(560, 480)
        self.dialogLayout = QVBoxLayout(MobileIncomingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(MobileIncomingDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MobileIncomingDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.homeBranchLabel = QLabel(MobileIncomingDialog)
        self.homeBranchLabel.setObjectName(u"homeBranchLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.homeBranchLabel)

        self.homeBranchEdit = QLineEdit(MobileIncomingDialog)
        self.homeBranchEdit.setObjectName(u"homeBranchEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.homeBranchEdit)

        self.homeContactLabel = QLabel(MobileIncomingDialog)
        self.homeContactLabel.setObjectName(u"homeContactLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.homeContactLabel)

        self.homeContactEdit = QLineEdit(MobileIncomingDialog)
        self.homeContactEdit.setObjectName(u"homeContactEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.homeContactEdit)

        self.sinceLabel = QLabel(MobileIncomingDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sinceLabel)

        self.sinceEdit = DateField(MobileIncomingDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setProperty(u"required", True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sinceEdit)

        self.idLabel = QLabel(MobileIncomingDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(MobileIncomingDialog)
        self.idEdit.setObjectName(u"idEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.phoneLabel = QLabel(MobileIncomingDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(MobileIncomingDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.addressLabel = QLabel(MobileIncomingDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(MobileIncomingDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cardLabel = QLabel(MobileIncomingDialog)
        self.cardLabel.setObjectName(u"cardLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.cardLabel)

        self.cardEdit = QLineEdit(MobileIncomingDialog)
        self.cardEdit.setObjectName(u"cardEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.cardEdit)

        self.cardExpiresLabel = QLabel(MobileIncomingDialog)
        self.cardExpiresLabel.setObjectName(u"cardExpiresLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cardExpiresLabel)

        self.cardExpiresEdit = DateField(MobileIncomingDialog)
        self.cardExpiresEdit.setObjectName(u"cardExpiresEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.cardExpiresEdit)

        self.noteLabel = QLabel(MobileIncomingDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(MobileIncomingDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MobileIncomingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MobileIncomingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.homeBranchLabel.setBuddy(self.homeBranchEdit)
        self.homeContactLabel.setBuddy(self.homeContactEdit)
        self.sinceLabel.setBuddy(self.sinceEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cardLabel.setBuddy(self.cardEdit)
        self.cardExpiresLabel.setBuddy(self.cardExpiresEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MobileIncomingDialog)

        QMetaObject.connectSlotsByName(MobileIncomingDialog)
    # setupUi

    def retranslateUi(self, MobileIncomingDialog):
        MobileIncomingDialog.setWindowTitle(QCoreApplication.translate("MobileIncomingDialog", u"\u6d41\u5165\u515a\u5458\u767b\u8bb0", None))
        self.nameLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u59d3\u540d", None))
        self.homeBranchLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u6240\u5728\u515a\u7ec4\u7ec7", None))
        self.homeBranchEdit.setPlaceholderText(QCoreApplication.translate("MobileIncomingDialog", u"\u7ec4\u7ec7\u5173\u7cfb\u6240\u5728\u7684\u515a\u7ec4\u7ec7", None))
        self.homeContactLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u6240\u5728\u515a\u7ec4\u7ec7\u8054\u7cfb\u4eba", None))
        self.sinceLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u6d41\u5165\u65f6\u95f4", None))
        self.idLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u516c\u6c11\u8eab\u4efd\u53f7\u7801", None))
        self.phoneLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.addressLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u73b0\u4f4f\u5740", None))
        self.cardLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u6d3b\u52a8\u8bc1\u7f16\u53f7", None))
        self.cardExpiresLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u6d3b\u52a8\u8bc1\u6709\u6548\u671f\u81f3", None))
        self.noteLabel.setText(QCoreApplication.translate("MobileIncomingDialog", u"\u5907\u6ce8", None))
        self.errorLabel.setText("")
    # retranslateUi

