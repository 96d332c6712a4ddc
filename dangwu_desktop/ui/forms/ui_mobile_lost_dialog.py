# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mobile_lost_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_MobileLostDialog(object):
    def setupUi(self, MobileLostDialog):
        if not MobileLostDialog.objectName():
            MobileLostDialog.setObjectName(u"MobileLostDialog")
        MobileLostDialog.resize(520, 380)
        self.dialogLayout = QVBoxLayout(MobileLostDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.memberCaption = QLabel(MobileLostDialog)
        self.memberCaption.setObjectName(u"memberCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberCaption)

        self.memberLabel = QLabel(MobileLostDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberLabel)

        self.dateLabel = QLabel(MobileLostDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(MobileLostDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.stepsLabel = QLabel(MobileLostDialog)
        self.stepsLabel.setObjectName(u"stepsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.stepsLabel)

        self.stepsEdit = QPlainTextEdit(MobileLostDialog)
        self.stepsEdit.setObjectName(u"stepsEdit")
        self.stepsEdit.setTabChangesFocus(True)
        self.stepsEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.stepsEdit)

        self.noteLabel = QLabel(MobileLostDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(MobileLostDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.planLabel = QLabel(MobileLostDialog)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)
        self.planLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.planLabel)

        self.errorLabel = QLabel(MobileLostDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MobileLostDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.stepsLabel.setBuddy(self.stepsEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MobileLostDialog)

        QMetaObject.connectSlotsByName(MobileLostDialog)
    # setupUi

    def retranslateUi(self, MobileLostDialog):
        MobileLostDialog.setWindowTitle(QCoreApplication.translate("MobileLostDialog", u"\u767b\u8bb0\u5931\u8054", None))
        self.memberCaption.setText(QCoreApplication.translate("MobileLostDialog", u"\u515a\u5458", None))
        self.memberLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("MobileLostDialog", u"\u767b\u8bb0\u5931\u8054\u65e5\u671f", None))
        self.stepsLabel.setText(QCoreApplication.translate("MobileLostDialog", u"\u67e5\u627e\u63aa\u65bd", None))
        self.stepsEdit.setPlaceholderText(QCoreApplication.translate("MobileLostDialog", u"\u5df2\u91c7\u53d6\u7684\u67e5\u627e\u63aa\u65bd\uff1a\u6253\u7535\u8bdd\u3001\u53d1\u5fae\u4fe1\u3001\u8054\u7cfb\u5bb6\u5c5e\u3001\u51fd\u8be2\u6d41\u5165\u5730\u515a\u7ec4\u7ec7\u2026\u2026", None))
        self.noteLabel.setText(QCoreApplication.translate("MobileLostDialog", u"\u5907\u6ce8", None))
        self.planLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

