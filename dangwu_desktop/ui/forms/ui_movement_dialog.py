# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'movement_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_MovementDialog(object):
    def setupUi(self, MovementDialog):
        if not MovementDialog.objectName():
            MovementDialog.setObjectName(u"MovementDialog")
        MovementDialog.resize(480, 380)
        self.dialogLayout = QVBoxLayout(MovementDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.memberLabel = QLabel(MovementDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.dialogLayout.addWidget(self.memberLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.kindLabel = QLabel(MovementDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MovementDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(MovementDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MovementDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.decisionLabel = QLabel(MovementDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = DateField(MovementDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionEdit)

        self.monthsLabel = QLabel(MovementDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsSpin = QSpinBox(MovementDialog)
        self.monthsSpin.setObjectName(u"monthsSpin")
        self.monthsSpin.setMinimum(6)
        self.monthsSpin.setMaximum(12)
        self.monthsSpin.setValue(6)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.monthsSpin)

        self.otherOrgLabel = QLabel(MovementDialog)
        self.otherOrgLabel.setObjectName(u"otherOrgLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.otherOrgLabel)

        self.otherOrgEdit = QLineEdit(MovementDialog)
        self.otherOrgEdit.setObjectName(u"otherOrgEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.otherOrgEdit)

        self.letterNumberLabel = QLabel(MovementDialog)
        self.letterNumberLabel.setObjectName(u"letterNumberLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.letterNumberLabel)

        self.letterNumberEdit = QLineEdit(MovementDialog)
        self.letterNumberEdit.setObjectName(u"letterNumberEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.letterNumberEdit)

        self.receiptLabel = QLabel(MovementDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receiptEdit = DateField(MovementDialog)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.receiptEdit)

        self.placeLabel = QLabel(MovementDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(MovementDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.reasonLabel = QLabel(MovementDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(MovementDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MovementDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MovementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
        self.monthsLabel.setBuddy(self.monthsSpin)
        self.otherOrgLabel.setBuddy(self.otherOrgEdit)
        self.letterNumberLabel.setBuddy(self.letterNumberEdit)
        self.receiptLabel.setBuddy(self.receiptEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MovementDialog)

        QMetaObject.connectSlotsByName(MovementDialog)
    # setupUi

    def retranslateUi(self, MovementDialog):
        MovementDialog.setWindowTitle(QCoreApplication.translate("MovementDialog", u"\u767b\u8bb0\u4eba\u5458\u53d8\u52a8", None))
        self.memberLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("MovementDialog", u"\u53d8\u52a8\u7c7b\u578b", None))
        self.dateLabel.setText(QCoreApplication.translate("MovementDialog", u"\u53d8\u52a8\u65e5\u671f", None))
        self.decisionLabel.setText(QCoreApplication.translate("MovementDialog", u"\u652f\u90e8\u515a\u5458\u5927\u4f1a\u65e5\u671f", None))
        self.monthsLabel.setText(QCoreApplication.translate("MovementDialog", u"\u5ef6\u957f", None))
        self.monthsSpin.setSuffix(QCoreApplication.translate("MovementDialog", u" \u4e2a\u6708", None))
        self.otherOrgLabel.setText(QCoreApplication.translate("MovementDialog", u"\u5bf9\u65b9\u515a\u7ec4\u7ec7", None))
        self.letterNumberLabel.setText(QCoreApplication.translate("MovementDialog", u"\u4ecb\u7ecd\u4fe1\u7f16\u53f7", None))
        self.letterNumberEdit.setPlaceholderText(QCoreApplication.translate("MovementDialog", u"\u5982 \u6d59\u6d66\u7ec4\u8f6c\u5b57\u30142026\u3015\u7b2c12\u53f7", None))
        self.receiptLabel.setText(QCoreApplication.translate("MovementDialog", u"\u56de\u6267\u6536\u56de\u65e5\u671f", None))
#if QT_CONFIG(tooltip)
        self.receiptEdit.setToolTip(QCoreApplication.translate("MovementDialog", u"\u63a5\u6536\u65b9\u5bc4\u56de\u7684\u4ecb\u7ecd\u4fe1\u56de\u6267\u8054\u6536\u5230\u7684\u65e5\u671f\uff1b\u8fd8\u6ca1\u6709\u6536\u56de\u7684\u7559\u7a7a\uff0c\u6536\u56de\u540e\u518d\u6765\u767b\u8bb0", None))
#endif // QT_CONFIG(tooltip)
        self.placeLabel.setText(QCoreApplication.translate("MovementDialog", u"\u6d41\u5411\u5730\u70b9", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("MovementDialog", u"\u5982 \u6d59\u6c5f\u7701\u676d\u5dde\u5e02\u8427\u5c71\u533a", None))
        self.reasonLabel.setText(QCoreApplication.translate("MovementDialog", u"\u539f\u56e0 / \u8bf4\u660e", None))
        self.errorLabel.setText("")
    # retranslateUi

