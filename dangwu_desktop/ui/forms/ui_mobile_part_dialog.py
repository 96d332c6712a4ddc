# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mobile_part_dialog.ui'
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

class Ui_MobilePartDialog(object):
    def setupUi(self, MobilePartDialog):
        if not MobilePartDialog.objectName():
            MobilePartDialog.setObjectName(u"MobilePartDialog")
        MobilePartDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(MobilePartDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.personCaption = QLabel(MobilePartDialog)
        self.personCaption.setObjectName(u"personCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personCaption)

        self.personLabel = QLabel(MobilePartDialog)
        self.personLabel.setObjectName(u"personLabel")
        self.personLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personLabel)

        self.dateLabel = QLabel(MobilePartDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MobilePartDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.whatLabel = QLabel(MobilePartDialog)
        self.whatLabel.setObjectName(u"whatLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatEdit = QLineEdit(MobilePartDialog)
        self.whatEdit.setObjectName(u"whatEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whatEdit)

        self.hoursLabel = QLabel(MobilePartDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursEdit = QLineEdit(MobilePartDialog)
        self.hoursEdit.setObjectName(u"hoursEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hoursEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MobilePartDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MobilePartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.whatLabel.setBuddy(self.whatEdit)
        self.hoursLabel.setBuddy(self.hoursEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MobilePartDialog)

        QMetaObject.connectSlotsByName(MobilePartDialog)
    # setupUi

    def retranslateUi(self, MobilePartDialog):
        MobilePartDialog.setWindowTitle(QCoreApplication.translate("MobilePartDialog", u"\u6d41\u5165\u515a\u5458\u53c2\u52a0\u6d3b\u52a8", None))
        self.personCaption.setText(QCoreApplication.translate("MobilePartDialog", u"\u6d41\u5165\u515a\u5458", None))
        self.personLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("MobilePartDialog", u"\u65e5\u671f", None))
        self.whatLabel.setText(QCoreApplication.translate("MobilePartDialog", u"\u6d3b\u52a8", None))
        self.whatEdit.setPlaceholderText(QCoreApplication.translate("MobilePartDialog", u"\u5982 \u4e3b\u9898\u515a\u65e5\u3001\u96c6\u4e2d\u5b66\u4e60", None))
        self.hoursLabel.setText(QCoreApplication.translate("MobilePartDialog", u"\u5b66\u65f6", None))
        self.hoursEdit.setPlaceholderText(QCoreApplication.translate("MobilePartDialog", u"\u4e0d\u8ba1\u5b66\u65f6\u4e0d\u586b", None))
        self.errorLabel.setText("")
    # retranslateUi

