# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'election_office_dialog.ui'
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

class Ui_ElectionOfficeDialog(object):
    def setupUi(self, ElectionOfficeDialog):
        if not ElectionOfficeDialog.objectName():
            ElectionOfficeDialog.setObjectName(u"ElectionOfficeDialog")
        ElectionOfficeDialog.resize(600, 480)
        self.dialogLayout = QVBoxLayout(ElectionOfficeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ElectionOfficeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.postsTitle = QLabel(ElectionOfficeDialog)
        self.postsTitle.setObjectName(u"postsTitle")
        self.postsTitle.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.postsTitle)

        self.postsBox = QWidget(ElectionOfficeDialog)
        self.postsBox.setObjectName(u"postsBox")
        self.postsLayout = QFormLayout(self.postsBox)
        self.postsLayout.setObjectName(u"postsLayout")
        self.postsLayout.setContentsMargins(0, 0, 0, 0)

        self.dialogLayout.addWidget(self.postsBox)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.submittedOnLabel = QLabel(ElectionOfficeDialog)
        self.submittedOnLabel.setObjectName(u"submittedOnLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.submittedOnLabel)

        self.submittedOnEdit = DateField(ElectionOfficeDialog)
        self.submittedOnEdit.setObjectName(u"submittedOnEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.submittedOnEdit)

        self.approvedOnLabel = QLabel(ElectionOfficeDialog)
        self.approvedOnLabel.setObjectName(u"approvedOnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.approvedOnLabel)

        self.approvedOnEdit = DateField(ElectionOfficeDialog)
        self.approvedOnEdit.setObjectName(u"approvedOnEdit")
        self.approvedOnEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.approvedOnEdit)

        self.approvalRefLabel = QLabel(ElectionOfficeDialog)
        self.approvalRefLabel.setObjectName(u"approvalRefLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approvalRefLabel)

        self.approvalRefEdit = QLineEdit(ElectionOfficeDialog)
        self.approvalRefEdit.setObjectName(u"approvalRefEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approvalRefEdit)

        self.filedOnLabel = QLabel(ElectionOfficeDialog)
        self.filedOnLabel.setObjectName(u"filedOnLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.filedOnLabel)

        self.filedOnEdit = DateField(ElectionOfficeDialog)
        self.filedOnEdit.setObjectName(u"filedOnEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.filedOnEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ElectionOfficeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ElectionOfficeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.submittedOnLabel.setBuddy(self.submittedOnEdit)
        self.approvedOnLabel.setBuddy(self.approvedOnEdit)
        self.approvalRefLabel.setBuddy(self.approvalRefEdit)
        self.filedOnLabel.setBuddy(self.filedOnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ElectionOfficeDialog)

        QMetaObject.connectSlotsByName(ElectionOfficeDialog)
    # setupUi

    def retranslateUi(self, ElectionOfficeDialog):
        ElectionOfficeDialog.setWindowTitle(QCoreApplication.translate("ElectionOfficeDialog", u"\u65b0\u4e00\u5c4a\u59d4\u5458\u4f1a\u5c31\u804c\u548c\u5907\u6848", None))
        self.introLabel.setText("")
        self.postsTitle.setText(QCoreApplication.translate("ElectionOfficeDialog", u"<b>\u59d4\u5458\u5206\u5de5</b>\uff08\u4e66\u8bb0\u3001\u526f\u4e66\u8bb0\u7531\u59d4\u5458\u4f1a\u9009\u4e3e\u4ea7\u751f\uff09", None))
        self.submittedOnLabel.setText(QCoreApplication.translate("ElectionOfficeDialog", u"\u4e66\u8bb0\u3001\u526f\u4e66\u8bb0\u62a5\u6279\u65e5\u671f", None))
        self.approvedOnLabel.setText(QCoreApplication.translate("ElectionOfficeDialog", u"\u4e66\u8bb0\u3001\u526f\u4e66\u8bb0\u6279\u51c6\u65e5\u671f", None))
        self.approvalRefLabel.setText(QCoreApplication.translate("ElectionOfficeDialog", u"\u6279\u51c6\u6587\u53f7", None))
        self.filedOnLabel.setText(QCoreApplication.translate("ElectionOfficeDialog", u"\u59d4\u5458\u5907\u6848\u65e5\u671f", None))
        self.errorLabel.setText("")
    # retranslateUi

