# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'credit_dialog.ui'
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_CreditDialog(object):
    def setupUi(self, CreditDialog):
        if not CreditDialog.objectName():
            CreditDialog.setObjectName(u"CreditDialog")
        CreditDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(CreditDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberLabel = QLabel(CreditDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(CreditDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.dateLabel = QLabel(CreditDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(CreditDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.hoursLabel = QLabel(CreditDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(CreditDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMaximum(99.000000000000000)
        self.hoursSpin.setSingleStep(0.500000000000000)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.topicLabel = QLabel(CreditDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.topicLabel)

        self.topicEdit = QLineEdit(CreditDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.sourceLabel = QLabel(CreditDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(CreditDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CreditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CreditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.topicLabel.setBuddy(self.topicEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreditDialog)

        QMetaObject.connectSlotsByName(CreditDialog)
    # setupUi

    def retranslateUi(self, CreditDialog):
        CreditDialog.setWindowTitle(QCoreApplication.translate("CreditDialog", u"\u767b\u8bb0\u5916\u51fa\u5b66\u4e60\u5b66\u65f6", None))
        self.memberLabel.setText(QCoreApplication.translate("CreditDialog", u"\u515a\u5458", None))
        self.dateLabel.setText(QCoreApplication.translate("CreditDialog", u"\u5b66\u4e60\u65e5\u671f", None))
        self.hoursLabel.setText(QCoreApplication.translate("CreditDialog", u"\u5b66\u65f6", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("CreditDialog", u" \u5b66\u65f6", None))
        self.topicLabel.setText(QCoreApplication.translate("CreditDialog", u"\u5b66\u4e60\u5185\u5bb9", None))
        self.sourceLabel.setText(QCoreApplication.translate("CreditDialog", u"\u6765\u6e90", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("CreditDialog", u"\u5982 \u8427\u5c71\u533a\u65b0\u5858\u8857\u9053\u6d41\u52a8\u515a\u5458\u515a\u652f\u90e8\u7ec4\u7ec7\u7684\u96c6\u4e2d\u5b66\u4e60\uff08\u6709\u7b7e\u5230\u8bc1\u660e\uff09", None))
        self.errorLabel.setText("")
    # retranslateUi

