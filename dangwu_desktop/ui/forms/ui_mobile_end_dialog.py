# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mobile_end_dialog.ui'
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

class Ui_MobileEndDialog(object):
    def setupUi(self, MobileEndDialog):
        if not MobileEndDialog.objectName():
            MobileEndDialog.setObjectName(u"MobileEndDialog")
        MobileEndDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(MobileEndDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberCaption = QLabel(MobileEndDialog)
        self.memberCaption.setObjectName(u"memberCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberCaption)

        self.memberLabel = QLabel(MobileEndDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberLabel)

        self.kindLabel = QLabel(MobileEndDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MobileEndDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(MobileEndDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MobileEndDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.transferLabel = QLabel(MobileEndDialog)
        self.transferLabel.setObjectName(u"transferLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.transferLabel)

        self.transferEdit = QLineEdit(MobileEndDialog)
        self.transferEdit.setObjectName(u"transferEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.transferEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.planLabel = QLabel(MobileEndDialog)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)
        self.planLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.planLabel)

        self.errorLabel = QLabel(MobileEndDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MobileEndDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.transferLabel.setBuddy(self.transferEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MobileEndDialog)

        QMetaObject.connectSlotsByName(MobileEndDialog)
    # setupUi

    def retranslateUi(self, MobileEndDialog):
        MobileEndDialog.setWindowTitle(QCoreApplication.translate("MobileEndDialog", u"\u7ed3\u675f\u5916\u51fa", None))
        self.memberCaption.setText(QCoreApplication.translate("MobileEndDialog", u"\u515a\u5458", None))
        self.memberLabel.setText("")
        self.kindLabel.setText(QCoreApplication.translate("MobileEndDialog", u"\u7ed3\u675f\u65b9\u5f0f", None))
        self.dateLabel.setText(QCoreApplication.translate("MobileEndDialog", u"\u65e5\u671f", None))
        self.transferLabel.setText(QCoreApplication.translate("MobileEndDialog", u"\u8f6c\u5165\u515a\u7ec4\u7ec7", None))
        self.transferEdit.setPlaceholderText(QCoreApplication.translate("MobileEndDialog", u"\u7ec4\u7ec7\u5173\u7cfb\u8f6c\u5f80\u7684\u515a\u7ec4\u7ec7\uff08\u6d41\u5165\u5730\uff09", None))
        self.planLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

