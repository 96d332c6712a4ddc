# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mobile_outcome_dialog.ui'
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

class Ui_MobileOutcomeDialog(object):
    def setupUi(self, MobileOutcomeDialog):
        if not MobileOutcomeDialog.objectName():
            MobileOutcomeDialog.setObjectName(u"MobileOutcomeDialog")
        MobileOutcomeDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(MobileOutcomeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberCaption = QLabel(MobileOutcomeDialog)
        self.memberCaption.setObjectName(u"memberCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberCaption)

        self.memberLabel = QLabel(MobileOutcomeDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberLabel)

        self.outcomeLabel = QLabel(MobileOutcomeDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(MobileOutcomeDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.dateLabel = QLabel(MobileOutcomeDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MobileOutcomeDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.decisionLabel = QLabel(MobileOutcomeDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionEdit = QLineEdit(MobileOutcomeDialog)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.planLabel = QLabel(MobileOutcomeDialog)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)
        self.planLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.planLabel)

        self.errorLabel = QLabel(MobileOutcomeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MobileOutcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.decisionLabel.setBuddy(self.decisionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MobileOutcomeDialog)

        QMetaObject.connectSlotsByName(MobileOutcomeDialog)
    # setupUi

    def retranslateUi(self, MobileOutcomeDialog):
        MobileOutcomeDialog.setWindowTitle(QCoreApplication.translate("MobileOutcomeDialog", u"\u5931\u8054\u5904\u7406\u7ed3\u679c", None))
        self.memberCaption.setText(QCoreApplication.translate("MobileOutcomeDialog", u"\u515a\u5458", None))
        self.memberLabel.setText("")
        self.outcomeLabel.setText(QCoreApplication.translate("MobileOutcomeDialog", u"\u5904\u7406\u7ed3\u679c", None))
        self.dateLabel.setText(QCoreApplication.translate("MobileOutcomeDialog", u"\u7ed3\u679c\u65e5\u671f", None))
        self.decisionLabel.setText(QCoreApplication.translate("MobileOutcomeDialog", u"\u51b3\u5b9a\u6587\u53f7", None))
        self.decisionEdit.setPlaceholderText(QCoreApplication.translate("MobileOutcomeDialog", u"\u505c\u6b62\u515a\u7c4d\u51b3\u5b9a\u7684\u6587\u53f7", None))
        self.planLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

