# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mobile_stint_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_MobileStintDialog(object):
    def setupUi(self, MobileStintDialog):
        if not MobileStintDialog.objectName():
            MobileStintDialog.setObjectName(u"MobileStintDialog")
        MobileStintDialog.resize(600, 480)
        self.dialogLayout = QVBoxLayout(MobileStintDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(MobileStintDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(MobileStintDialog)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.startLabel = QLabel(MobileStintDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = DateField(MobileStintDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.placeLabel = QLabel(MobileStintDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(MobileStintDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.reasonLabel = QLabel(MobileStintDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonComboRow = QHBoxLayout()
        self.reasonComboRow.setObjectName(u"reasonComboRow")
        self.reasonCombo = QComboBox(MobileStintDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.reasonComboRow.addWidget(self.reasonCombo)

        self.fixedCheck = QCheckBox(MobileStintDialog)
        self.fixedCheck.setObjectName(u"fixedCheck")

        self.reasonComboRow.addWidget(self.fixedCheck)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.reasonComboRow)

        self.orgLabel = QLabel(MobileStintDialog)
        self.orgLabel.setObjectName(u"orgLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.orgLabel)

        self.orgEdit = QLineEdit(MobileStintDialog)
        self.orgEdit.setObjectName(u"orgEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.orgEdit)

        self.orgContactLabel = QLabel(MobileStintDialog)
        self.orgContactLabel.setObjectName(u"orgContactLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.orgContactLabel)

        self.orgContactEdit = QLineEdit(MobileStintDialog)
        self.orgContactEdit.setObjectName(u"orgContactEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.orgContactEdit)

        self.phoneLabel = QLabel(MobileStintDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEditRow = QHBoxLayout()
        self.phoneEditRow.setObjectName(u"phoneEditRow")
        self.phoneEdit = QLineEdit(MobileStintDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneEditRow.addWidget(self.phoneEdit)

        self.wechatLabel = QLabel(MobileStintDialog)
        self.wechatLabel.setObjectName(u"wechatLabel")

        self.phoneEditRow.addWidget(self.wechatLabel)

        self.wechatEdit = QLineEdit(MobileStintDialog)
        self.wechatEdit.setObjectName(u"wechatEdit")

        self.phoneEditRow.addWidget(self.wechatEdit)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.phoneEditRow)

        self.addressLabel = QLabel(MobileStintDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(MobileStintDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cardLabel = QLabel(MobileStintDialog)
        self.cardLabel.setObjectName(u"cardLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.cardLabel)

        self.cardEdit = QLineEdit(MobileStintDialog)
        self.cardEdit.setObjectName(u"cardEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.cardEdit)

        self.cardIssuedLabel = QLabel(MobileStintDialog)
        self.cardIssuedLabel.setObjectName(u"cardIssuedLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.cardIssuedLabel)

        self.cardIssuedEditRow = QHBoxLayout()
        self.cardIssuedEditRow.setObjectName(u"cardIssuedEditRow")
        self.cardIssuedEdit = DateField(MobileStintDialog)
        self.cardIssuedEdit.setObjectName(u"cardIssuedEdit")

        self.cardIssuedEditRow.addWidget(self.cardIssuedEdit)

        self.cardExpiresLabel = QLabel(MobileStintDialog)
        self.cardExpiresLabel.setObjectName(u"cardExpiresLabel")

        self.cardIssuedEditRow.addWidget(self.cardExpiresLabel)

        self.cardExpiresEdit = DateField(MobileStintDialog)
        self.cardExpiresEdit.setObjectName(u"cardExpiresEdit")

        self.cardIssuedEditRow.addWidget(self.cardExpiresEdit)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.cardIssuedEditRow)

        self.keeperLabel = QLabel(MobileStintDialog)
        self.keeperLabel.setObjectName(u"keeperLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.keeperLabel)

        self.keeperCombo = QComboBox(MobileStintDialog)
        self.keeperCombo.setObjectName(u"keeperCombo")
        self.keeperCombo.setEditable(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.keeperCombo)

        self.noteLabel = QLabel(MobileStintDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(MobileStintDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.planLabel = QLabel(MobileStintDialog)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)
        self.planLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.planLabel)

        self.errorLabel = QLabel(MobileStintDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MobileStintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.orgLabel.setBuddy(self.orgEdit)
        self.orgContactLabel.setBuddy(self.orgContactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.wechatLabel.setBuddy(self.wechatEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cardLabel.setBuddy(self.cardEdit)
        self.cardIssuedLabel.setBuddy(self.cardIssuedEdit)
        self.cardExpiresLabel.setBuddy(self.cardExpiresEdit)
        self.keeperLabel.setBuddy(self.keeperCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MobileStintDialog)

        QMetaObject.connectSlotsByName(MobileStintDialog)
    # setupUi

    def retranslateUi(self, MobileStintDialog):
        MobileStintDialog.setWindowTitle(QCoreApplication.translate("MobileStintDialog", u"\u6d41\u51fa\u767b\u8bb0", None))
        self.memberLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u515a\u5458", None))
        self.startLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u5916\u51fa\u65f6\u95f4", None))
        self.placeLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u5916\u51fa\u5730\u70b9", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("MobileStintDialog", u"\u5982 \u6d59\u6c5f\u7701\u676d\u5dde\u5e02\u8427\u5c71\u533a", None))
        self.reasonLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u5916\u51fa\u539f\u56e0", None))
        self.fixedCheck.setText(QCoreApplication.translate("MobileStintDialog", u"\u5730\u70b9\u76f8\u5bf9\u56fa\u5b9a\uff08\u6ee16\u4e2a\u6708\u5e94\u8f6c\u79fb\u7ec4\u7ec7\u5173\u7cfb\uff09", None))
        self.orgLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u6d41\u5165\u5730\u515a\u7ec4\u7ec7", None))
        self.orgEdit.setPlaceholderText(QCoreApplication.translate("MobileStintDialog", u"\u5728\u5916\u53c2\u52a0\u7ec4\u7ec7\u751f\u6d3b\u7684\u515a\u7ec4\u7ec7\uff0c\u4e0d\u6e05\u695a\u53ef\u4e0d\u586b", None))
        self.orgContactLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u6d41\u5165\u5730\u8054\u7cfb\u4eba", None))
        self.orgContactEdit.setPlaceholderText(QCoreApplication.translate("MobileStintDialog", u"\u8be5\u515a\u7ec4\u7ec7\u7684\u8054\u7cfb\u4eba\u548c\u7535\u8bdd", None))
        self.phoneLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u5916\u51fa\u8054\u7cfb\u7535\u8bdd", None))
        self.wechatLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u5fae\u4fe1", None))
        self.addressLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u5916\u51fa\u5730\u5740", None))
        self.cardLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u6d3b\u52a8\u8bc1\u7f16\u53f7", None))
        self.cardEdit.setPlaceholderText(QCoreApplication.translate("MobileStintDialog", u"\u300a\u6d41\u52a8\u515a\u5458\u6d3b\u52a8\u8bc1\u300b\u7f16\u53f7\uff0c\u672a\u53d1\u53ef\u4e0d\u586b", None))
        self.cardIssuedLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u6d3b\u52a8\u8bc1\u53d1\u8bc1\u65e5\u671f", None))
        self.cardExpiresLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u6709\u6548\u671f\u81f3", None))
        self.keeperLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u652f\u90e8\u8054\u7cfb\u4eba", None))
        self.noteLabel.setText(QCoreApplication.translate("MobileStintDialog", u"\u5907\u6ce8", None))
        self.planLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

