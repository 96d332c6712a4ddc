# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_remittance_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_DuesRemittanceDialog(object):
    def setupUi(self, DuesRemittanceDialog):
        if not DuesRemittanceDialog.objectName():
            DuesRemittanceDialog.setObjectName(u"DuesRemittanceDialog")
        DuesRemittanceDialog.resize(520, 360)
        self.dialogLayout = QVBoxLayout(DuesRemittanceDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.balanceLabel = QLabel(DuesRemittanceDialog)
        self.balanceLabel.setObjectName(u"balanceLabel")
        self.balanceLabel.setWordWrap(True)
        self.balanceLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.balanceLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateLabel = QLabel(DuesRemittanceDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(DuesRemittanceDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.amountLabel = QLabel(DuesRemittanceDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(DuesRemittanceDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.firstMonthLabel = QLabel(DuesRemittanceDialog)
        self.firstMonthLabel.setObjectName(u"firstMonthLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstMonthLabel)

        self.firstMonthCombo = QComboBox(DuesRemittanceDialog)
        self.firstMonthCombo.setObjectName(u"firstMonthCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstMonthCombo)

        self.lastMonthLabel = QLabel(DuesRemittanceDialog)
        self.lastMonthLabel.setObjectName(u"lastMonthLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lastMonthLabel)

        self.lastMonthCombo = QComboBox(DuesRemittanceDialog)
        self.lastMonthCombo.setObjectName(u"lastMonthCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastMonthCombo)

        self.referenceLabel = QLabel(DuesRemittanceDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(DuesRemittanceDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.noteLabel = QLabel(DuesRemittanceDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DuesRemittanceDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DuesRemittanceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesRemittanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.firstMonthLabel.setBuddy(self.firstMonthCombo)
        self.lastMonthLabel.setBuddy(self.lastMonthCombo)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesRemittanceDialog)

        QMetaObject.connectSlotsByName(DuesRemittanceDialog)
    # setupUi

    def retranslateUi(self, DuesRemittanceDialog):
        DuesRemittanceDialog.setWindowTitle(QCoreApplication.translate("DuesRemittanceDialog", u"\u767b\u8bb0\u4e0a\u7f34\u515a\u8d39", None))
        self.balanceLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7f34\u65e5\u671f", None))
        self.amountLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u91d1\u989d\uff08\u5143\uff09", None))
        self.firstMonthLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u6240\u5c5e\u6708\u4efd\u81ea", None))
        self.lastMonthLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u81f3", None))
        self.referenceLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u51ed\u8bc1\u53f7", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7f34\u51ed\u8bc1\u6216\u56de\u6267\u53f7", None))
        self.noteLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u5907\u6ce8", None))
        self.errorLabel.setText("")
    # retranslateUi

